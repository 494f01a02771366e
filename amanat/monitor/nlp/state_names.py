"""The surface forms of every state in each language the monitor reads: CLDR names (Babel's
territory names), English demonyms from ``countryinfo`` (derived from the name where it gives
none), capitals, and adjectives derived by each language's morphology (Russian ``-ск-/-цк-``
adjectives matched by the longest name prefix, Turkish ``-lı`` and ``-istan`` stems, Persian
``-ی``, Chinese short forms). Per-state additions (Chechen → RU, Kremlin, IRGC…) live in
:data:`ADDITIONS` and only add to this. What role a form plays in a text is states.py's.
"""

from __future__ import annotations

import re
from functools import cache

from amanat.monitor.nlp import gazetteer

_SKIP = frozenset({"EU", "EZ", "UN", "QO", "XA", "XB", "ZZ", "IC", "EA", "DG", "CP", "AC", "TA",
                   "AQ", "BV", "HM", "UM", "CQ"})  # fmt: skip
# Territories whose agents act for another state.
CONTROLLED = {"HK": "CN", "MO": "CN"}

# Per-state additions: forms CLDR and countryinfo do not give (short forms, communities whose
# state is not in doubt, agencies named by acronym). Role "actor" or "national".
ADDITIONS: dict[str, dict[str, list[tuple[str, str]]]] = {
    "en": {
        "CN": [
            ("Beijing", "actor"),
            ("CCP", "actor"),
            ("Ministry of State Security", "actor"),
            ("Ministry of Public Security", "actor"),
            ("Hong Kong police", "actor"),
            ("Uyghur", "national"),
            ("Uighur", "national"),
            ("Tibetan", "national"),
            ("Hong Kong", "national"),
            ("Hong Kong's", "national"),
        ],
        "RU": [
            ("Kremlin", "actor"),
            ("FSB", "actor"),
            ("GRU", "actor"),
            ("Kadyrov", "actor"),
            ("Chechen", "national"),
            ("Moscow", "actor"),
        ],
        "IR": [
            ("IRGC", "actor"),
            ("Revolutionary Guards", "actor"),
            ("Tehran", "actor"),
            ("Islamic Republic", "actor"),
        ],
        "SA": [("Saudi", "national"), ("Riyadh", "actor")],
        "TR": [("MIT", "actor"), ("Ankara", "actor"), ("Erdoğan's", "actor")],
        "IN": [("New Delhi", "actor"), ("Sikh", "national")],
        "BY": [("KGB", "actor"), ("Minsk", "actor"), ("Lukashenko's", "actor")],
        "AE": [("Emirati", "national")],
        "KP": [("North Korean", "national")],
        "AZ": [("Azeri", "national")],
        "LA": [("Lao", "national")],
    },
    "tr": {
        "CN": [("Pekin", "actor"), ("Uygur", "national")],
        "TR": [("MİT", "actor"), ("Türk", "national")],
        "RU": [("Rus", "national"), ("Çeçen", "national")],
        "SA": [("Suudi", "national")],
        "IN": [("Hint", "national")],
    },
    "zh": {
        "CN": [
            ("中共", "actor"),
            ("公安", "actor"),
            ("国安", "actor"),
            ("北京", "actor"),
            ("维吾尔", "national"),
            ("藏人", "national"),
            ("香港", "national"),
        ],
        "SA": [("沙特", "national")],
        "ID": [("印尼", "national")],
        "RU": [("俄", "national"), ("车臣", "national")],
        "AE": [("阿联酋", "national")],
        "US": [("美", "national")],
    },
    "ug": {"CN": [("خىتاي", "national"), ("ئۇيغۇر", "national")], "RU": [("چېچەن", "national")]},
    "ru": {
        "CN": [("КНР", "actor"), ("уйгур", "national")],
        "RU": [
            ("ФСБ", "actor"),
            ("ГРУ", "actor"),
            ("Кремл", "actor"),
            ("Кадыров", "actor"),
            ("чеченск", "national"),
        ],
        "BY": [("КГБ", "actor"), ("белорусск", "national")],
        "TR": [("турецк", "national")],
        "US": [("американск", "national")],
        "GB": [("британск", "national")],
        "KP": [("КНДР", "actor"), ("северокорейск", "national")],
        "SA": [("саудовск", "national")],
        "FR": [("французск", "national")],
        "SS": [("южносуданск", "national")],
        "AE": [("эмиратск", "national")],
    },
    "fa": {
        "IR": [("جمهوری اسلامی", "actor"), ("سپاه پاسداران", "actor"), ("وزارت اطلاعات", "actor")],
        "SA": [("سعودی", "national")],
        "TR": [("ترک", "national")],
        "AE": [("اماراتی", "national")],
        "CN": [("اویغور", "national")],
        "US": [("آمریکا", "national"), ("آمریکایی", "national")],
        "RU": [("روس", "national"), ("روس‌ها", "national")],
    },
}


def _canonical(iso: str) -> str:
    return CONTROLLED.get(iso, iso)


@cache
def _country_info() -> tuple[tuple[str, str, str, str], ...]:
    """(ISO, English name, demonym, capital) for every state countryinfo knows."""
    from countryinfo import CountryInfo, CountryNotFoundError

    rows = []
    for iso in gazetteer.territory_codes():
        if len(iso) != 2 or not iso.isalpha() or iso in _SKIP:
            continue
        try:
            info = CountryInfo(iso)
            rows.append((iso, info.name().title(), info.demonym() or "", info.capital() or ""))
        except CountryNotFoundError:  # a CLDR code countryinfo lacks (e.g. XK)
            continue
    return tuple(rows)


# These stems also name peoples living in other states ("an ethnic Kazakh from Xinjiang"): they
# name a state, but never make it the people's state.
ETHNONYMS: set[str] = set()


def _derived_demonym(name: str) -> str:
    """The usual English adjective of a one-word name whose data gives none: Djibouti →
    Djiboutian, Palestine → Palestinian, Gibraltar → Gibraltarian, Somalia → Somalian."""
    if name.endswith("e"):
        return name[:-1] + "ian"
    if name.endswith("a"):
        return name + "n"
    return name + ("an" if name[-1] in "io" else "ian")


@cache
def _demonyms_en() -> dict[str, str]:
    """English demonym → ISO for every state countryinfo knows (one per state)."""
    found: dict[str, str] = {}
    for iso, name, demonym, _capital in _country_info():
        short = name.split(",")[0]  # "Palestine, State Of"
        if (not demonym or demonym == name) and " " not in short:
            demonym = _derived_demonym(short)  # countryinfo gives "Djibouti" for Djibouti
        if demonym and demonym not in found:
            found[demonym] = iso
        # countryinfo gives "Kirghiz", "Tadzhik", "Uzbekistani"; news writes the name's stem:
        # Kyrgyz, Tajik, Uzbek, Kazakh, Turkmen, Afghan.
        stem = re.sub(r"i?stan$", "", name)
        if stem != name and len(stem) >= 4:
            found.setdefault(stem, iso)
            ETHNONYMS.add(stem)
    return found


@cache
def capitals(language: str) -> dict[str, str]:
    """A capital's names in one language → ISO. A capital stands for its state only where the
    text gives it a requester's or destination's role ("a request from Bishkek", "Bişkek'in
    iade talebi", "sent back to Minsk"); named alone, or with its court ("a Stockholm court"),
    it is a place. A name that is also the country's (Тунис, 突尼斯) or a demonym stays the
    state's; a per-state addition (Moscow, 北京) keeps its own role."""
    taken = set(gazetteer.country_names(language))
    taken |= {form for extra in ADDITIONS.get(language, {}).values() for form, _role in extra}
    if language == "en":
        taken |= set(_demonyms_en())
    return {name: _canonical(iso) for name, iso in gazetteer.capital_names().items()
            if name not in taken and not name.islower()}  # fmt: skip


def _tr_forms(name: str) -> list[str]:
    """Turkish adjectives of a country name: Tacikistan → Tacik, Rusya → Rus, Türkiye → Türk;
    and the ``-lı`` demonym (Ruandalı, Vietnamlı)."""
    forms = [name]
    for ending in ("istan", "ıstan", "stan", "ya", "iye", "ye"):
        if name.endswith(ending) and len(name) - len(ending) >= 3:
            forms.append(name[: -len(ending)])
    return forms


def _stan_stem(name: str, endings: tuple[str, ...], shortest: int) -> list[str]:
    """The people's name a "-stan" country is named for: تاجیکستان → تاجیک, تاجىكىستان →
    تاجىك (as English Tajik, Turkish Tacik); not when too short to be one (پاکستان → پاک)."""
    for ending in endings:
        if name.endswith(ending) and len(name) - len(ending) >= shortest and " " not in name:
            return [name[: -len(ending)]]
    return []


def _fa_forms(name: str) -> list[str]:
    """Persian demonyms: name + ی (ایرانی, چینی), name + یی after a long vowel (رواندایی),
    name + ایی after ی (بوروندیایی, مالیایی), name + ‌ای after ه (ترکیه‌ای); the last word of a
    multi-word name ending in ی (سعودی)."""
    forms = [name]
    last = name[-1]
    if last == "ی":
        forms.append(name + "ایی")
    if last in "اوی":
        forms.append(name + "یی")
    elif last == "ه":
        forms.append(name + "\u200cای")
    else:
        forms.append(name + "ی")
    words = name.split()
    if len(words) > 1 and words[-1].endswith("ی") and len(words[-1]) > 3:
        forms.append(words[-1])
    if name.endswith("یه") and len(name) >= 4:
        forms.append(name[:-1])  # سوریه → سوری, روسیه → روسی
    return forms + _stan_stem(name, ("ستان",), 4)


def _ug_forms(name: str) -> list[str]:
    """Uyghur: the people of a "-istan" (تاجىكىستان → تاجىك, ئۆزبېكىستان → ئۆزبېك) and the
    leading adjective of a two-word name (سەئۇدىي ئەرەبىستان → سەئۇدىي, سەئۇدى)."""
    forms = [name, *_stan_stem(name, ("ىستان", "ستان"), 4)]
    first, _space, rest = name.partition(" ")
    if rest and first.endswith("ىي") and len(first) > 4:
        forms += [first, first[:-1]]
    return forms


def _ru_forms(name: str) -> list[str]:
    """Russian case forms share the name's stem: Ливия → Ливи- (Ливии, Ливию), Шри-Ланка →
    Шри-Ланк- (Шри-Ланки), Китай → Кита- (Китае); a fleeting vowel drops: Египет → Египт-.
    A leading adjective declines too: Саудовская Аравия → Саудовской Арави- (Саудовской
    Аравии), Южный Судан → Южного Судан-."""
    forms = []
    for whole in _ru_declined_adjective(name):
        forms.append(whole)
        if (len(whole) >= 5 and whole[-1] in "аяйь") or (len(whole) == 4 and whole[-1] == "а"):
            forms.append(whole[:-1])  # Куба → Куб- (на Кубе): gazetteer.ending_fits keeps a case
        elif len(whole) >= 5 and whole[-2] in "еоё" and whole[-1] not in "аеёиоуыэюяйь":
            forms.append(whole[:-2] + whole[-1])
    return forms


_RU_ADJECTIVE_CASES = {
    "ая": ("ой", "ую"),
    "ий": ("ого", "ому", "ом"),
    "ый": ("ого", "ому", "ом"),
    "ое": ("ого", "ому", "ом"),
    "ие": ("их", "им"),
    "ые": ("ых", "ым"),
}


def _ru_declined_adjective(name: str) -> list[str]:
    """The name and, if it opens with an adjective, that adjective in the other cases."""
    first, _space, rest = name.partition(" ")
    if not rest or first[-2:] not in _RU_ADJECTIVE_CASES:
        return [name]
    return [name] + [f"{first[:-2]}{case} {rest}" for case in _RU_ADJECTIVE_CASES[first[-2:]]]


# Two-character short forms news really writes for a long name. A name's first two characters
# are not one in general: 马尔 (马尔代夫) begins the transliterated 马尔祖基 (Marzouki), 波斯
# (波斯尼亚) is Persia, 阿拉 (阿拉伯联合酋长国) begins 阿拉伯 "Arab".
_ZH_SHORT_FORMS = frozenset({"沙特", "白俄"})


def _zh_forms(name: str) -> list[str]:
    """Chinese short forms: 塔吉克斯坦 → 塔吉克; 沙特阿拉伯 → 沙特, 白俄罗斯 → 白俄."""
    forms = [name]
    if name.endswith("斯坦") and len(name) > 4:
        forms.append(name[:-2])
    if name[:2] in _ZH_SHORT_FORMS and len(name) >= 4:
        forms.append(name[:2])
    return forms


@cache
def ambiguous_names(language: str) -> dict[str, str]:
    """Country names that are also common words or first names (gazetteer.AMBIGUOUS: Jordan,
    Chad, Togo, Russian Того "of that") → ISO: a state only where the text gives it a role
    (states.py), never a place."""
    from babel import Locale

    locale = Locale.parse("zh_Hans" if language == "zh" else language)
    ambiguous = gazetteer.AMBIGUOUS.get(language, frozenset())
    return {str(name): _canonical(str(iso)) for iso, name in locale.territories.items()
            if name in ambiguous}  # fmt: skip


@cache
def forms(language: str) -> dict[str, str]:
    """Surface form → ISO (canonical state) for one language: names, adjectives, demonyms."""
    table: dict[str, str] = {}
    names = {name: iso for name, iso in gazetteer.country_names(language).items()}
    for name, iso in names.items():
        iso = _canonical(iso)
        candidates: list[str] = [name]
        if language == "tr":
            candidates = _tr_forms(name)
        elif language == "fa":
            candidates = _fa_forms(name)
        elif language == "zh":
            candidates = _zh_forms(name)
        elif language == "ru":
            candidates = _ru_forms(name)
        elif language == "ug":
            candidates = _ug_forms(name)
        for form in candidates:
            table.setdefault(form, iso)
    if language == "en":
        for demonym, iso in _demonyms_en().items():
            table.setdefault(demonym, _canonical(iso))
    for capital, iso in capitals(language).items():
        table.setdefault(capital, iso)
    for name, iso in ambiguous_names(language).items():
        table.setdefault(name, iso)
    for iso, extra in ADDITIONS.get(language, {}).items():
        for form, _role in extra:
            table[form] = iso
    return table


@cache
def _ru_prefixes() -> dict[str, str]:
    """Russian adjectives are matched by the longest country-name prefix they start with
    (египетск- ← Египет, ливийск- ← Ливи…, ливанск- ← Ливан; узбекск- ← Узбек(истан)):
    prefix → ISO, every prefix of the stem's length less two or more that only one name has,
    and a "-истан" name's stem."""
    owners: dict[str, set[str]] = {}
    for name, iso in gazetteer.country_names("ru").items():
        word = name.lower()
        first, _space, rest = word.partition(" ")
        if rest and first[-2:] in _RU_ADJECTIVE_CASES and first.endswith(("ская", "ский")):
            # саудовск- ← Саудовская Аравия: a name's own leading adjective, at any case and
            # capitalised at a sentence's start (the surface matcher keeps the case).
            owners.setdefault(first[:-2], set()).add(_canonical(iso))
        if len(word) < 3 or " " in word or "-" in word:  # Чад → чадск-
            continue
        stem = word[:-1] if word[-1] in "аяеиоуыйь" else word
        cuts = list(range(max(3, len(stem) - 2), len(stem) + 1))
        ending = next((end for end in ("истан", "стан") if stem.endswith(end)), "")
        if ending and len(stem) - len(ending) >= 4:  # узбекский ← Узбекистан, казахский
            cuts.append(len(stem) - len(ending))
        for cut in cuts:
            owners.setdefault(stem[:cut], set()).add(_canonical(iso))
    for iso, extra in ADDITIONS["ru"].items():  # эмиратск-, британск-: also capitalised
        for form, _role in extra:
            if form.islower() and form.endswith(("ск", "цк")):
                owners.setdefault(form, set()).add(iso)
    return {prefix: next(iter(isos)) for prefix, isos in owners.items() if len(isos) == 1}


RU_ADJECTIVE = re.compile(r"(?<!\w)([А-ЯЁа-яё]{3,}?(?:ск|цк)(?:ий|ая|ое|ие|ого|ой|ому|ую|"
                           r"их|ими|им|ом|ие)?)(?!\w)")  # fmt: skip


def ru_adjective_iso(word: str) -> str | None:
    lowered = word.lower()
    table = _ru_prefixes()
    for cut in range(min(len(lowered), 12), 2, -1):
        iso = table.get(lowered[:cut])
        if iso and len(lowered) - cut <= 7:
            return iso
    return None
