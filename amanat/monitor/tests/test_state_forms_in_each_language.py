"""states-7: the forms a state takes in each language, derived from its CLDR name rather than
listed per state — a Russian leading adjective in every case ("власти Саудовской Аравии"), the
people of a "-stan" in Persian and Uyghur (تاجیک, ازبک, تاجىك), Persian "-یه" names' adjectives
(سوری, روسی) — plus the few short forms no rule derives (روس, Azeri, Lao, Кыргызстан). Each
beside the same state acting at home, which must stay rejected. Invented sentences."""

from __future__ import annotations

import pytest

from amanat.monitor.nlp import states
from amanat.monitor.nlp.tagging import tag
from amanat.monitor.tests.readings import origin_if_tnr


@pytest.mark.parametrize(("language", "text", "iso", "role"), [
    ("ru", "Власти Саудовской Аравии добиваются его выдачи.", "SA", "actor"),
    ("ru", "Посольство Южного Судана отказало ему в паспорте.", "SS", "actor"),
    ("ru", "Власти Кыргызстана добиваются его выдачи.", "KG", "actor"),
    ("fa", "یک روزنامه‌نگار تاجیک در مسکو ناپدید شد.", "TJ", "national"),
    ("fa", "یک فعال ازبک در استانبول تهدید شد.", "UZ", "national"),
    ("fa", "یک روزنامه‌نگار سوری در برلین تهدید شد.", "SY", "national"),
    ("fa", "یک فعال روس در ویلنیوس تهدید شد.", "RU", "national"),
    ("ug", "ئىستانبۇلدا ياشايدىغان تاجىك مۇخبىر تەھدىت قىلىندى.", "TJ", "national"),
    ("ug", "سەئۇدىي ساقچىلىرى ئۇنى ئىزدىدى.", "SA", "actor"),
    ("en", "Azeri agents followed him in Tbilisi.", "AZ", "actor"),
    ("en", "A Lao activist vanished in Bangkok.", "LA", "national"),
])  # fmt: skip
def test_a_state_is_read_in_the_form_news_writes(
    language: str, text: str, iso: str, role: str
) -> None:
    assert (iso, role) in {(m.iso, m.role) for m in states.mentions(text, language)}


@pytest.mark.parametrize(("language", "origin", "abroad", "at_home"), [
    ("ru", "SA", "Власти Саудовской Аравии добились задержания в Стамбуле блогера, живущего в "
     "эмиграции.", "Власти Саудовской Аравии задержали блогера в Эр-Рияде."),
    ("fa", "RU", "یک فعال روس در تبعید در ویلنیوس تهدید به مرگ شد.",
     "پلیس در مسکو یک فعال روس را بازداشت کرد."),
])  # fmt: skip
def test_the_state_abroad_is_transnational_and_at_home_is_not(
    language: str, origin: str, abroad: str, at_home: str
) -> None:
    assert origin_if_tnr(abroad, language) == origin
    assert not tag(at_home, language).is_tnr


def test_a_russian_dative_after_a_handover_verb_is_the_destination() -> None:
    def roles(text: str) -> set[tuple[str, str]]:
        return {(m.iso, m.role) for m in states.mentions(text, "ru")}

    assert ("TJ", "destination") in roles("Россия выдала Таджикистану оппозиционера.")
    assert ("CN", "destination") in roles("Активист был передан Китаю в 2019 году.")
    # The nominative after the verb is its subject: Egypt handed him over, to someone else.
    assert ("EG", "destination") not in roles("Его выдал Египет в 2020 году.")


def test_a_persian_flight_from_a_state_names_its_people() -> None:
    def roles(text: str) -> set[tuple[str, str]]:
        return {(m.iso, m.role) for m in states.mentions(text, "fa")}

    assert ("ER", "national") in roles("او در سال ۲۰۱۶ از اریتره گریخت.")
    # Fleeing to a state makes it the host, not the people's state.
    assert ("SE", "national") not in roles("او در سال ۲۰۱۶ به سوئد گریخت.")


@pytest.mark.parametrize(("language", "text", "iso"), [
    ("en", "He was deported to Jordan in 2021.", "JO"),
    ("en", "He was detained at the request of Chad.", "TD"),
    ("en", "In 2020 Jordan's intelligence service summoned his brother.", "JO"),
    ("ru", "В 2020 году власти Того выслали его.", "TG"),
])  # fmt: skip
def test_a_name_that_is_also_a_word_is_the_state_where_it_has_a_role(
    language: str, text: str, iso: str
) -> None:
    assert iso in {m.iso for m in states.mentions(text, language)}


@pytest.mark.parametrize(("language", "text"), [
    ("en", "Fans said Michael Jordan's agents had signed a new deal."),
    ("en", "Officers said Chad Smith was questioned in Ohio."),
    ("ru", "Того же дня его брата вызвали на допрос."),
])  # fmt: skip
def test_the_same_word_as_a_person_or_a_pronoun_is_no_state(language: str, text: str) -> None:
    assert not {m.iso for m in states.mentions(text, language)} & {"JO", "TD", "TG"}


def test_a_before_context_is_searched_only_where_the_window_holds_one_of_its_words() -> None:
    import re

    from amanat.monitor.nlp import lang, normalise
    from amanat.monitor.tests.conftest import CORPUS

    texts = ["He was deported back to the Islamic Republic of Iran. At the request of the "
             "government of China. Агенты спецслужб Таджикистана; по запросу Турции; выдан в "
             "Узбекистан. به درخواست دولت ایران، به ایران. 应中国 遣返回中国"]  # fmt: skip
    for path in sorted(CORPUS.glob("*/*.txt"))[::6]:
        texts.append(normalise.clean(normalise.decode(path.read_bytes()).text))
    matched = 0
    for text in texts:
        language = lang.identify(text).code
        if language not in states.LANGUAGES:
            continue
        contexts = states._context(language)
        names = [name for name, pattern in contexts.items()
                 if name.endswith("_before") and pattern is not None]  # fmt: skip
        for start in [m.start() for m in re.finditer(r"(?<=\s)\S", text)][::3]:
            before = text[max(0, start - 60) : start]
            holds = states._holds(language, before)
            for name in names:
                if contexts[name].search(before) is not None:
                    assert holds(name), (language, name)
                    matched += 1
    assert matched > 100
