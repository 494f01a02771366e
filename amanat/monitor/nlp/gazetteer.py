"""Countries and a few cities named in English, Turkish, Chinese, Uyghur, Russian and Kazakh.

Country names come from Babel's CLDR territory names in each language, plus the short forms
newspapers use ("UK", "Turkey", "阿联酋"). Cities are every state's capital (countryinfo), CLDR's
time-zone cities, the world's cities of a million people or more (GeoNames, data/cities.json)
and a short curated list in several scripts: where diaspora communities live (hosts) and the
home regions the origin state controls. Each mention records
whether it sits in a locative context ("in Dubai", "Türkiye'de", "在英国", "в Алматы"), which
is what tells a host country from a country merely named.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from importlib.resources import files

from babel import Locale
from babel.core import get_global

from amanat.monitor.nlp import iso_names
from amanat.monitor.nlp.gazetteer_names import ALIASES, CITIES
from amanat.monitor.nlp.tries import (
    GROUPS,
    LEAD,
    trie_pattern,
    with_groups,
    with_names,
    word_start_spans,
)

VERSION = "gazetteer-9"
_NOT_COUNTRIES = frozenset({"EU", "EZ", "UN", "QO", "XA", "XB", "ZZ", "IC", "EA", "DG", "CP", "AC",
                            "TA"})  # fmt: skip
# Names that are also common words or first names (Russian "Того" is also "of that"): places
# only by their aliases; states only where the text gives them a role (states.py).
AMBIGUOUS = {"en": frozenset({"Jordan", "Chad", "Georgia", "Jersey", "Guernsey", "Isle of Man",
                               "Guinea", "Dominica", "Togo"}),
              "ru": frozenset({"Того"})}  # fmt: skip
_BABEL_LANGUAGES = {
    "en": "en",
    "tr": "tr",
    "zh": "zh_Hans",
    "ug": "ug",
    "ru": "ru",
    "kk": "kk",
    "fa": "fa",
}
# The territories a state controls are never its diaspora's host countries.
ORIGIN_REGIONS = {"CN": frozenset({"CN", "HK", "MO"})}

_SUFFIXED = {"tr", "ug", "ru", "kk"}  # agglutinative or inflected: names take endings
_LOCATIVE_BEFORE = {
    "en": re.compile(
        r"\b(?:in|to|from|across|at|into|throughout|inside|near|via|of)\s+(?:the\s+)?$",
        re.IGNORECASE,
    ),
    "ru": re.compile(r"(?:^|\s)(?:в|во|из|на|по|до)\s+$", re.IGNORECASE),
    "zh": re.compile(r"(?:在|到|从|于|往|赴|居|自|逃|住|流亡|驻)[^，。、\s]{0,2}$"),
    "fa": re.compile(r"(?:^|\s)(?:در|به|از|مقیم|ساکن)\s+$"),
}
_LOCATIVE_SUFFIX = {
    "tr": re.compile(r"^['’]?(?:[dt][ae]n?|[dt][ae]ki|y?[ae]|n[dt][ae]n?)(?!\w{3})"),
    "ug": re.compile(r"^(?:دا|دە|تا|تە|دىن|تىن|غا|قا|گە|كە|دىكى|تىكى|دىمۇ)"),
}


@dataclass(frozen=True)
class Place:
    iso: str
    city: str  # canonical city key, "" for a country name
    start: int
    end: int
    locative: bool


@cache
def _names(language: str) -> dict[str, str]:
    """Surface name → ISO for one language (CLDR names, aliases and city names)."""
    names: dict[str, str] = {}
    locale = Locale.parse(_BABEL_LANGUAGES.get(language, "en"))
    territories = {str(iso): str(name) for iso, name in locale.territories.items()}
    full = set(territories.values())
    for iso, name in territories.items():
        ambiguous = name in AMBIGUOUS.get(language, ())
        if len(iso) == 2 and iso.isalpha() and iso not in _NOT_COUNTRIES and not ambiguous:
            for form in _name_forms(name, language):
                if form == name or form not in full:
                    names.setdefault(form, iso)
    for name, iso in iso_names.names(language).items():  # iso-codes' forms, after CLDR's
        if iso not in _NOT_COUNTRIES and name not in AMBIGUOUS.get(language, ()):
            for form in _name_forms(name, language):
                if form not in full:
                    names.setdefault(form, iso)
    for alias, iso in ALIASES.get(language, {}).items():
        for form in _name_forms(alias, language):
            names[form] = iso
    return names


_PARENTHESIS = re.compile(r"^(.+?)\s*[(（](.+?)[)）]$")


def _name_forms(name: str, language: str) -> list[str]:
    """A CLDR name and the forms news uses for it: both halves of "Myanmar (Burma)",
    "Мьянма (Бирма)", "میانمار (برمه)" (no text writes the parenthesis); in Uyghur, a final
    vowel narrows before an ending (ئامېرىكا → ئامېرىكىدا, تانزانىيە → تانزانىيىدە)."""
    forms = [name]
    pair = _PARENTHESIS.match(name)
    if pair:
        forms += [part for part in pair.groups() if len(part) >= 3 and not part.isupper()]
    if language == "fa" and "\u200c" in name:  # سری‌لانکا, also written سریلانکا, سری لانکا
        forms += [name.replace("\u200c", ""), name.replace("\u200c", " ")]
    if language == "ug":
        forms += [form[:-1] + "ى" for form in list(forms) if len(form) >= 5 and form[-1] in "اە"]
        # CLDR writes some names with و (o) where news writes ۇ (u): كامېرون, كامېرۇن (Kamerun).
        forms += [_U_FOR_O.sub("ۇ", form) for form in list(forms) if _U_FOR_O.search(form)]
    return forms


_U_FOR_O = re.compile(r"(?<=[^\sئ])و")


def country_names(language: str) -> dict[str, str]:
    """Surface country name → ISO in one language (CLDR names and the short forms above)."""
    return _names(_matcher_language(language))


def territory_codes() -> list[str]:
    """CLDR's two-letter territory codes (Babel also lists regions such as "001")."""
    return [str(code) for code in Locale.parse("en").territories if str(code).isalpha()]


# Capitals that are also common words or names.
_AMBIGUOUS_CAPITALS = frozenset(
    {
        "Victoria",
        "Kingston",
        "Male",
        "Malé",
        "Georgetown",
        "Hamilton",
        "Palikir",
        "Apia",
        "Castries",
        "Basseterre",
        "Plymouth",
        "The Valley",
        "Saint John's",
        "Road Town",
        "Avarua",
    }
)


@cache
def _capitals() -> dict[str, tuple[str, str]]:
    """Every state's capital (English name, from countryinfo): "in Nairobi", "in Kigali"."""
    from countryinfo import CountryInfo, CountryNotFoundError

    found: dict[str, tuple[str, str]] = {}
    for iso in territory_codes():
        if len(iso) != 2 or not iso.isalpha() or iso in _NOT_COUNTRIES:
            continue
        try:
            capital = CountryInfo(iso).capital()
        except CountryNotFoundError:  # a CLDR code countryinfo lacks (e.g. XK)
            continue
        if capital and capital[0].isupper() and capital not in _AMBIGUOUS_CAPITALS:
            found.setdefault(capital, (iso, capital.casefold().replace(" ", "_")))
    return found


@cache
def capital_names() -> dict[str, str]:
    """Every state's capital by each of its names (Bishkek, Бишкек, Bişkek, بىشكەك, 比什凯克)
    → ISO: countryinfo's capitals, named in other languages through CLDR's time-zone cities and
    the list above."""
    capitals = {key: iso for iso, key in _capitals().values()}
    return {name: iso for name, (iso, key) in _city_lookup().items() if capitals.get(key) == iso}


# Time-zone cities that are also common English words or names.
_AMBIGUOUS_ZONE_CITIES = frozenset({"Center", "Knox", "Casey", "Davis", "Palmer", "Troll",
                                    "Mawson", "Vostok", "Marengo", "Vevay", "Beulah", "Salem",
                                    "Christmas", "Wake", "Midway", "Easter", "Norfolk", "Chatham",
                                    "Stanley", "Jersey", "Guernsey", "Victoria", "Kingston",
                                    "Regina", "Winnipeg", "Boise", "Phoenix", "Denver", "Detroit",
                                    "Juneau", "Nome", "Sitka", "Macquarie", "Eucla", "Darwin",
                                    "Hobart", "Perth", "Brisbane", "Adelaide", "Sydney",
                                    "Melbourne", "Lord Howe", "Broken Hill",
                                    "Monterrey"})  # fmt: skip
_ZONE_LOCALES = ("en", "tr", "zh_Hans", "ru", "fa", "ug")


@cache
def _zone_cities() -> dict[str, tuple[str, str]]:
    """The cities CLDR names time zones after (Nairobi, 内罗毕, Найроби, نایروبی, İstanbul…),
    in every language the monitor reads, keyed by the zone's city so that a city named in two
    languages is one feature. English names come from the zone id itself."""
    territories = get_global("zone_territories")
    found: dict[str, tuple[str, str]] = {}
    for zone, iso in territories.items():
        parts = zone.split("/")
        if len(parts) != 2 or parts[0] in {"Etc", "Antarctica"} or iso in _NOT_COUNTRIES:
            continue
        english = parts[1].replace("_", " ")
        key = english.casefold().replace(" ", "_")
        names = {english}
        for code in _ZONE_LOCALES:
            city = Locale.parse(code).time_zones.get(zone, {}).get("city")
            if city:
                names.add(str(city))
        for name in names - _AMBIGUOUS_ZONE_CITIES:
            if len(name) >= 2:
                found.setdefault(name, (str(iso), key))
    return found


@cache
def _large_cities() -> dict[str, tuple[str, str]]:
    """GeoNames' cities of a million people or more (Guangzhou, Шэньчжэнь, گوانگژو, 深圳),
    written by ``scripts/make_gazetteer_cities.py``: a name only one country's city has."""
    table = json.loads(files("amanat.monitor.nlp").joinpath("data/cities.json").read_text())
    return {name: (row["iso"], key) for key, row in table.items() for name in row["names"]
            if row["iso"] not in _NOT_COUNTRIES}  # fmt: skip


@cache
def _city_lookup() -> dict[str, tuple[str, str]]:
    table = dict(_zone_cities())
    table.update(_capitals())
    table.update({name: (iso, key) for key, (iso, names) in CITIES.items() for name in names})
    for name, place in _large_cities().items():  # never instead of a name known above
        table.setdefault(name, place)
    return table


def _stem(name: str, language: str) -> str:
    """Russian and Kazakh names decline (Турция → в Турции, Куба → на Кубе): match on the stem.
    A four-letter name declines only if it ends in -а (Мали, Перу, Того do not)."""
    if language in {"ru", "kk"} and len(name) > 4 and name[-1] in "аяеиоуыйь":
        return name[:-1]
    if language in {"ru", "kk"} and len(name) == 4 and name[-1] == "а":
        return name[:-1]
    return name


# What may follow a short name (or stem) in a suffixed language: a case ending, not more
# letters of a common word (Uyghur قاتارلىق "and others", Turkish Maliye, Russian Кубок, Малик).
_SHORT = 5
_ENDINGS = {
    "ru": re.compile(r"(?:а|я|ы|и|е|у|ю|ой|ей|ою|ом|ем|ь)?"),
    "tr": re.compile(r"(?:['’]\w*|l[ıiuüae]\w*|[çc][ae]\w*)?"),
    "ug": re.compile(r"(?:لار|لەر)?(?:ى|سى|ىمىز|ىڭىز)?(?:نىڭ|نى|دا|دە|تا|تە|دىن|تىن|غا|قا|گە|"
                     r"كە|دىكى|تىكى|چە|لىق|لىك|لۇق|لۈك)?(?:لار|لەر)?(?:مۇ|چۇ)?"),
}  # fmt: skip
# Names that are also a common word of the language take only case endings, never a
# derivation: Uyghur قاتار is "row" and قاتارلىق "and others, including".
_COMMON_WORDS = {"ug": frozenset({"قاتار"})}
_DERIVATIONS = re.compile(r"(?:لىق|لىك|لۇق|لۈك|l[ıiuü])")


def ending_fits(name: str, ending: str, language: str) -> bool:
    """Whether ``ending`` may follow the matched name: always after a long name; after a short
    one (five letters or fewer) only an inflection of the language (see :data:`_ENDINGS`)."""
    if not ending:
        return True
    if name in _COMMON_WORDS.get(language, ()) and _DERIVATIONS.search(ending):
        return False
    pattern = _ENDINGS.get(language)
    if pattern is None or len(name) > _SHORT:
        return True
    return pattern.fullmatch(ending) is not None


# "New Jersey", "Нью-Джерси", "New Guinea", "Новая Гвинея": a name that is the end of a longer
# place's name is not that place. Only the longer names listed: headlines capitalise every word
# ("New China Police Station…", "Yeni Türkiye Yasası…"), and there the state is meant.
_PART_OF_LONGER = re.compile(
    r"(?:(?<!\w)(?:New|Yeni|Nueva|Nuevo|Nouvelle|Нью|Сан|Сен|Порт|Форт)[\s-]|"
    r"(?<!\w)Нов(?:ая|ой|ую|ом)\s)$"
)
_LONGER_ENDS = re.compile(
    r"Jersey|Guinea|Mexico|México|Britain|Ireland|South Wales|Caledonia|Guinée|Gine|Meksika|"
    r"Джерси|Гвине|Мексико|Каледони|Сальвадор|Томе|Судан"
)


def inside_longer_name(text: str, start: int) -> bool:
    """Whether the name at ``start`` ends a longer place's name: one of :data:`_LONGER_ENDS`
    after a word of :data:`_PART_OF_LONGER`."""
    return (
        _LONGER_ENDS.match(text, start) is not None
        and _PART_OF_LONGER.search(text, max(0, start - 12), start) is not None
    )


@cache
def _lookup(language: str) -> dict[str, tuple[str, str]]:
    """Stem or surface → (ISO, city key); country names win over cities of the same spelling."""
    table = {_stem(name, language): value for name, value in _city_lookup().items()}
    table.update({_stem(name, language): (iso, "") for name, iso in _names(language).items()})
    return table


@cache
def matcher(language: str) -> re.Pattern[str]:
    """Every name of the language as one trie-shaped regex (outside Chinese, matched only at
    the start of a word: :func:`tries.at_word_starts`, or by the same names' automaton:
    :func:`tries.word_start_spans`)."""
    words, lead = list(_lookup(language)), LEAD.get(language)
    body = trie_pattern(words, lead)
    if language == "zh":
        return re.compile(body)
    suffixed = language in _SUFFIXED
    tail = r"[\w'’]*" if suffixed else r"(?!\w)"
    grouped = trie_pattern(words, lead, GROUPS)
    pattern = with_groups(re.compile(rf"(?:{body}){tail}"), rf"(?:{grouped}){tail}")
    return with_names(pattern, words, suffixed=suffixed)


def _resolve(surface: str, language: str) -> tuple[str, str, str] | None:
    """(ISO, city key, ending) of a matched surface form; endings are peeled off longest-first."""
    table = _lookup(language)
    if language not in _SUFFIXED:
        found = table.get(surface)
        return (found[0], found[1], "") if found else None
    for cut in range(len(surface), 1, -1):
        found = table.get(surface[:cut])
        if found and ending_fits(surface[:cut], surface[cut:], language):
            return found[0], found[1], surface[cut:]
    return None


def _matcher_language(language: str) -> str:
    return language if language in _BABEL_LANGUAGES else "en"


def find_places(text: str, language: str) -> list[Place]:
    """Every country or known city named in the text, with its locative flag."""
    language = _matcher_language(language)
    found = []
    pattern = matcher(language)
    if language == "zh":
        spans = [match.span() for match in pattern.finditer(text)]
    else:
        spans = word_start_spans(pattern, text)
    for start, end in spans:
        resolved = _resolve(text[start:end], language)
        if resolved is None or inside_longer_name(text, start):
            continue
        iso, city, ending = resolved
        found.append(Place(iso, city, start, end,
                           _is_locative(text, start, ending, language, end)))  # fmt: skip
    return found


def _is_locative(text: str, start: int, ending: str, language: str, end: int = -1) -> bool:
    if language == "en" and end >= 0 and text.startswith("-based", end):  # "London-based"
        return True
    if language in _LOCATIVE_SUFFIX:
        return bool(_LOCATIVE_SUFFIX[language].match(ending))
    pattern = _LOCATIVE_BEFORE.get(language, _LOCATIVE_BEFORE["en"])
    return bool(pattern.search(text[max(0, start - 24) : start]))


# English adjectives of countries: capitalised words that are no one's name (shingles.py).
DEMONYMS_EN = {
    "Chinese": "CN", "Turkish": "TR", "British": "GB", "Dutch": "NL", "German": "DE",
    "Emirati": "AE", "Moroccan": "MA", "Swedish": "SE", "Canadian": "CA", "American": "US",
    "Australian": "AU", "Thai": "TH", "Tajik": "TJ", "Iranian": "IR", "Russian": "RU",
    "Egyptian": "EG", "Saudi": "SA", "Norwegian": "NO", "French": "FR", "Belgian": "BE",
    "Japanese": "JP", "Pakistani": "PK", "Kazakhstani": "KZ", "Kyrgyz": "KG", "Uzbek": "UZ",
    "Malaysian": "MY", "Indian": "IN", "Afghan": "AF", "Serbian": "RS", "Polish": "PL",
    "Italian": "IT", "Spanish": "ES", "Nepalese": "NP", "Hong Kong": "HK", "Kenyan": "KE",
}  # fmt: skip
