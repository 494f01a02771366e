"""Short state names that begin common words, person names or longer places are not states;
their inflected forms still are (gazetteer.ending_fits, gazetteer.inside_longer_name)."""

from __future__ import annotations

import pytest

from amanat.monitor.nlp import gazetteer, states


def _places(text: str, language: str) -> set[str]:
    return {place.iso for place in gazetteer.find_places(text, language)}


def _states(text: str, language: str) -> set[str]:
    return {mention.iso for mention in states.mentions(text, language)}


@pytest.mark.parametrize(
    ("language", "text", "absent"),
    [
        # Uyghur قاتارلىق "and others, including" is not Qatar.
        ("ug", "ئۇ ياپونىيە، كورېيە قاتارلىق دۆلەتلەرگە بارغان.", "QA"),
        # Turkish Maliye (finance ministry) is not Mali, Çadır (tent) not Chad.
        ("tr", "Maliye Bakanlığı önünde bir çadır kuruldu. Çadırda üç kişi vardı.", "ML"),
        ("tr", "Çadırda bekleyen göçmenler Norveç'e gitmek istiyor.", "TD"),
        # Russian Кубок (cup) is not Cuba, the name Малик not Mali.
        ("ru", "Кубок Чили выиграл клуб, тренер Малик Саидов доволен.", "CU"),
        ("ru", "Тренер Малика Саидова живёт в Лиме.", "ML"),
        # Chinese: the transliterated 马尔祖基 (Marzouki) is not 马尔代夫 (the Maldives).
        ("zh", "突尼斯前总统马尔祖基在巴黎发表讲话。", "MV"),
        # The end of a longer place's name is not that place.
        ("ru", "Он живёт в Нью-Джерси и работает в Новой Гвинее.", "JE"),
        ("ru", "Он живёт в Нью-Джерси и работает в Новой Гвинее.", "GN"),
        ("en", "He taught in New Guinea before moving to New Mexico.", "MX"),
        ("tr", "Yeni Gine'de öğretmenlik yaptı, sonra Yeni Meksika'ya taşındı.", "MX"),
    ],
)
def test_a_common_word_or_a_longer_name_starting_with_a_state_name_is_not_that_state(
    language: str, text: str, absent: str
) -> None:
    assert absent not in _places(text, language)
    assert absent not in _states(text, language)


@pytest.mark.parametrize(
    ("language", "text", "present"),
    [
        ("ug", "ئۇ ئومانغا بارغان، كېيىن قاتاردا ياشىغان.", "QA"),
        ("ug", "ئۇ ئومانغا بارغان، كېيىن قاتاردا ياشىغان.", "OM"),
        ("ug", "ئىرانلىق پائالىيەتچى", "IR"),
        ("tr", "Mali'de yaşayan bir gazeteci, Malili muhalifler", "ML"),
        ("tr", "Çad'a sınır dışı edildi.", "TD"),
        ("ru", "Он живёт на Кубе с 2010 года.", "CU"),
        ("ru", "Власти Кубы потребовали выдать его с Ганы.", "CU"),
        ("ru", "Его выслали в Гану.", "GH"),
        ("ru", "Он жил в Омане и Иране.", "OM"),
        ("zh", "沙特特工在伊斯坦布尔杀害了他。", "SA"),
        ("zh", "白俄特工在维尔纽斯跟踪他。", "BY"),
    ],
)
def test_a_short_state_name_with_a_case_ending_is_still_that_state(
    language: str, text: str, present: str
) -> None:
    assert present in _places(text, language) | _states(text, language)


def test_on_cuba_in_the_prepositional_case_is_a_host_place() -> None:
    text = "Он живёт на Кубе с 2010 года."
    assert [(p.iso, p.locative) for p in gazetteer.find_places(text, "ru")] == [("CU", True)]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "He fled Niger for Nigeria."),
        ("ru", "Он бежал из Нигера в Нигерию."),
        ("tr", "Nijer'den Nijerya'ya kaçtı."),
    ],
)
def test_niger_and_nigeria_are_each_their_own_state(language: str, text: str) -> None:
    assert [p.iso for p in gazetteer.find_places(text, language)] == ["NE", "NG"]
    assert {m.iso for m in states.mentions(text, language)} == {"NE", "NG"}


def test_the_niger_delta_is_in_nigeria() -> None:
    assert _places("Militants in the Niger Delta kidnapped him.", "en") == {"NG"}


@pytest.mark.parametrize(
    ("language", "text", "present"),
    [
        ("en", "New China Police Station Found in Lima", "CN"),
        ("en", "New Eritrea Embassy Staff Questioned Over Threats", "ER"),
        ("tr", "Yeni Türkiye Yasası Sürgündeki Gazetecileri Hedef Alıyor", "TR"),
        ("ru", "Порт Египта закрыли после протестов.", "EG"),
    ],
)
def test_a_headline_word_new_before_a_state_name_keeps_the_state(
    language: str, text: str, present: str
) -> None:
    assert present in _states(text, language)
