"""Every state Freedom House counts as a perpetrator of transnational repression (48 governments
in its 2014–2024 data) is read as the origin in every language the monitor reads (issue 12).

The sentences are one template per language; the state's name is not written here but taken
from the project's own data (Babel's CLDR names via the gazetteer, countryinfo demonyms) and put
in the case the language needs by rule: Russian genitive, Turkish genitive suffix by vowel
harmony, Uyghur -نىڭ, Persian ezafe (unmarked), Chinese name + body. Invented sentences."""

from __future__ import annotations

from functools import cache

import pytest

from amanat.monitor.nlp import gazetteer, state_names
from amanat.monitor.tests.readings import origin_if_tnr

# The perpetrator states of Freedom House's transnational repression data (2014–2024): the
# list its reports name (the stored pages confirm 48 governments, not every name), a few more.
PERPETRATORS = ["AF", "AZ", "BH", "BD", "BY", "BI", "KH", "CM", "TD", "CN", "DJ", "EG", "GQ",
                "ER", "ET", "IN", "IR", "IQ", "KZ", "KG", "LA", "LY", "MA", "MM", "NI", "KP",
                "OM", "PK", "RW", "RU", "SA", "SO", "SS", "SD", "SY", "TJ", "TH", "TM", "TR",
                "UG", "AE", "UZ", "VE", "VN", "YE", "ZW", "LK", "CO", "GT", "PS", "PH"]  # fmt: skip
LANGUAGES = ("en", "tr", "zh", "ug", "ru", "fa")


@cache
def _name(iso: str, language: str) -> str:
    """The state's CLDR name in one language (the shortest the gazetteer reads back to it)."""
    names = {**state_names.ambiguous_names(language), **gazetteer.country_names(language)}
    found = [name for name, code in names.items() if code == iso]
    return min(found, key=lambda name: (" " in name, len(name))) if found else ""


def _demonym_en(iso: str) -> str:
    found = [d for d, code in state_names._demonyms_en().items() if code == iso]
    return found[0] if found else ""


_TR_BACK = set("aıou")


def _tr_genitive(name: str) -> str:
    """Turkish genitive after an apostrophe: the last vowel picks ın/in/un/ün, a final vowel
    takes n."""
    vowels = [c for c in name.lower() if c in "aeıioöuü"]
    last = vowels[-1] if vowels else "e"
    suffix = {"a": "ın", "ı": "ın", "e": "in", "i": "in", "o": "un", "u": "un", "ö": "ün",
              "ü": "ün"}[last]  # fmt: skip
    return f"{name}'{'n' if name[-1].lower() in 'aeıioöuü' else ''}{suffix}"


def _tr_demonym(name: str) -> str:
    """Turkish -lı/-li/-lu/-lü demonym by the last vowel (Eritreli, Ruandalı, Burundili)."""
    vowels = [c for c in name.lower() if c in "aeıioöuü"] or ["e"]
    return name + {"a": "lı", "ı": "lı", "e": "li", "i": "li", "o": "lu", "u": "lu", "ö": "lü",
                   "ü": "lü"}[vowels[-1]]  # fmt: skip


def _ru_genitive(name: str) -> str:
    """Russian genitive of a name: -ия → -ии, -а → -ы (-и after г к х ж ш ч щ), -я → -и,
    -й → -я, -ь → -и, a consonant takes -а; a leading adjective -ая → -ой, -ый/-ий → -ого."""
    words = name.split(" ")
    out = []
    for word in words:
        if word.endswith("ая"):
            out.append(word[:-2] + "ой")
        elif word.endswith(("ый", "ий")) and len(words) > 1 and word is not words[-1]:
            out.append(word[:-2] + "ого")
        elif word.endswith("ия") or word.endswith("я"):
            out.append(word[:-1] + "и")
        elif word.endswith("а"):
            out.append(word[:-1] + ("и" if word[-2] in "гкхжшчщ" else "ы"))
        elif word.endswith("й"):
            out.append(word[:-1] + "я")
        elif word.endswith("ь"):
            out.append(word[:-1] + "и")
        elif word[-1] in "еоиуэю":
            out.append(word)
        else:
            out.append(word + "а")
    return " ".join(out)


def sentences(iso: str, language: str) -> list[str]:
    name = _name(iso, language)
    assert name, (iso, language)
    if language == "en":
        demonym = _demonym_en(iso) or name
        return [
            f"{demonym} security services threatened the family of a dissident living in Berlin.",
            f"Agents of {name} abducted an exiled activist in Berlin and flew him home.",
            f"German intelligence said {name}'s intelligence service had threatened the family "
            "of an exiled dissident living in Berlin.",
            f"An exiled journalist living in Berlin said {demonym} diplomats had threatened his "
            "relatives back home.",
        ]
    if language == "tr":
        return [
            f"{_tr_genitive(name)} güvenlik servisleri, Berlin'de sürgünde yaşayan bir muhalifin "
            "ailesini tehdit etti.",
            f"{_tr_genitive(name)} ajanları Almanya'da sürgündeki bir aktivisti kaçırdı.",
            f"Alman istihbaratına göre {_tr_genitive(name)} istihbaratı, Berlin'de sürgünde "
            "yaşayan bir muhalifin ailesini tehdit etti.",
            f"Berlin'de sürgünde yaşayan gazeteci, {_tr_demonym(name)} diplomatların ailesini "
            "tehdit ettiğini söyledi.",
        ]
    if language == "zh":
        return [
            f"{name}国家安全部门威胁了一名流亡柏林的异见人士在国内的家人。",
            f"{name}特工在德国绑架了一名流亡的活动人士。",
            f"德国情报部门说，{name}驻德国使馆的官员威胁了一名流亡柏林的异见人士在国内的家人。",
            f"流亡柏林的记者说，{name}外交官威胁了他在国内的亲属。",
        ]
    if language == "ug":
        return [
            f"{name}نىڭ بىخەتەرلىك ئورگانلىرى گېرمانىيەدە ياشايدىغان بىر پائالىيەتچىنىڭ "
            "ئائىلىسىگە تەھدىت سالدى.",
            f"{name} ئىشپىيونلىرى گېرمانىيەدە سۈرگۈندە ياشايدىغان بىر پائالىيەتچىنى بۇلاپ كەتتى.",
            f"گېرمانىيە ئىستىخباراتىنىڭ ئېيتىشىچە، {name}نىڭ ئىستىخبارات ئورگانلىرى "
            "بېرلىندا سۈرگۈندە ياشايدىغان بىر پائالىيەتچىنىڭ ئائىلىسىگە تەھدىت سالغان.",
            f"بېرلىندا سۈرگۈندە ياشايدىغان مۇخبىر {name} ئەلچىخانىسىنىڭ ئۇنىڭ ئائىلىسىگە تەھدىت "
            "سالغانلىقىنى ئېيتتى.",
        ]
    if language == "ru":
        genitive = _ru_genitive(name)
        return [
            f"Спецслужбы {genitive} угрожали семье диссидента, живущего в эмиграции в Берлине.",
            f"Агенты {genitive} похитили в Германии активиста, живущего в эмиграции.",
            f"По данным немецкой разведки, спецслужбы {genitive} угрожали родственникам "
            "оппозиционера, живущего в эмиграции в Берлине.",
            "Живущий в эмиграции в Берлине журналист рассказал, что посольство "
            f"{genitive} угрожало его родственникам.",
        ]
    return [
        f"مأموران امنیتی {name} خانواده یک مخالف تبعیدی ساکن برلین را تهدید کردند.",
        f"ماموران {name} یک فعال تبعیدی را در آلمان ربودند.",
        f"به گفته سازمان اطلاعات آلمان، سرویس اطلاعاتی {name} خانواده یک مخالف تبعیدی ساکن "
        "برلین را تهدید کرده است.",
        f"روزنامه‌نگار تبعیدی ساکن برلین گفت سفارت {name} خانواده‌اش را تهدید کرده است.",
    ]


CASES = [(iso, language, i) for iso in PERPETRATORS for language in LANGUAGES for i in range(4)]


@pytest.mark.parametrize(("iso", "language", "which"), CASES)
def test_every_perpetrator_state_is_read_as_origin(iso: str, language: str, which: int) -> None:
    text = sentences(iso, language)[which]
    assert origin_if_tnr(text, language) == iso, text


@pytest.mark.parametrize(("language", "text", "origin"), [
    # Names CLDR does not give, which news writes: Russian Туркмения (gazetteer alias).
    ("ru", "Спецслужбы Туркмении угрожали семье диссидента, живущего в эмиграции в Берлине.",
     "TM"),
    # A territory's police act for the state that controls it.
    ("ug", "شياڭگاڭ ساقچىلىرى ئەنگلىيەدە سۈرگۈندە ياشايدىغان بىر پائالىيەتچىنىڭ ئائىلىسىگە تەھدىت "
     "سالدى.", "CN"),
    # Belarus's Chinese name holds Russia's: Belarusian agents are not Russian ones.
    ("zh", "白俄罗斯特工在立陶宛绑架了一名流亡的白俄罗斯博主。", "BY"),
    # The host's own intelligence, named as the source, is not the state reaching the exile.
    ("en", "Dutch intelligence said Eritrea's embassy had threatened the family of a dissident "
     "living in Amsterdam.", "ER"),
    ("fa", "به گفته سازمان اطلاعات هلند، ماموران اریتره خانواده یک مخالف تبعیدی ساکن آمستردام را "
     "تهدید کردند.", "ER"),
])  # fmt: skip
def test_a_state_is_the_origin_beside_other_names_and_the_hosts_services(
    language: str, text: str, origin: str
) -> None:
    assert origin_if_tnr(text, language) == origin


def _ru_adjective(name: str) -> str:
    """The Russian adjective by rule, capitalised as a sentence's first word: Египет →
    Египетские, Эритрея → Эритрейские, Руанда → Руандийские, Таджикистан → Таджикские,
    Саудовская Аравия → Саудовские; "" where the rule gives none (Шри-Ланка, ОАЭ)."""
    first, _space, rest = name.partition(" ")
    if rest:
        return first[:-2] + "ие" if first.endswith(("ская", "ский")) else ""
    if "-" in name or name.isupper():
        return ""
    if name.endswith("истан") and len(name) >= 9:  # Пакистан → Пакистанские
        return name[:-5] + "ские"
    if name.endswith(("ия", "ея")):
        return name[:-1] + "йские"
    if name.endswith("а"):
        return name[:-1] + "ийские"
    return (name[:-1] if name.endswith("ь") else name) + "ские"


RU_ADJECTIVES = [(iso, _ru_adjective(_name(iso, "ru"))) for iso in PERPETRATORS]


@pytest.mark.parametrize(("iso", "adjective"), [case for case in RU_ADJECTIVES if case[1]])
def test_a_russian_state_adjective_opening_a_sentence_is_the_origin(
    iso: str, adjective: str
) -> None:
    text = f"{adjective} спецслужбы угрожали семье диссидента, живущего в эмиграции в Берлине."
    assert origin_if_tnr(text, "ru") == iso, text
