"""Every state as an actor, in every language the monitor reads — built from data, not per state.

Transnational repression is an actor of state A acting against people in host state B ≠ A. So
what matters about a state named in a text is its *role*:

- ``actor``: its agents are named ("Rwandan intelligence", "China's embassy", "власти Египта",
  "ماموران سعودی", "沙特特工", "İran istihbaratı");
- ``request``: something is done for it ("at the request of Vietnam", "Çin'in talebiyle",
  "应中国要求", "به درخواست چین");
- ``destination``: people are sent to it ("deported to Tajikistan", "遣返中国", "в Таджикистан
  выдан", "به ایران منتقل شد") — the state a person is sent back to is the one reaching out;
- ``national``: its people are the targets ("a Saudi journalist", "Tacik muhalif", "埃及裔",
  "روزنامه‌نگار سعودی", "fled Eritrea").

Surface forms of every state come from CLDR (Babel's territory names per language), English
demonyms from ``countryinfo``, and adjectives derived by each language's morphology (Russian
``-ск-/-цк-`` adjectives matched by the longest name prefix, Turkish ``-lı`` and ``-istan``
stems, Persian ``-ی``). Per-state additions (Chechen → RU, Kremlin, IRGC…) live in
:data:`ADDITIONS` and only add to this.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from amanat.monitor.nlp import gazetteer
from amanat.monitor.nlp import state_roles as roles

VERSION = "states-6"
LANGUAGES = ("en", "tr", "zh", "ug", "ru", "fa")
_BABEL = {"en": "en", "tr": "tr", "zh": "zh_Hans", "ug": "ug", "ru": "ru", "fa": "fa"}
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
    },
}


@dataclass(frozen=True)
class StateMention:
    iso: str
    role: str  # "actor", "request", "destination", "national" or "named"
    start: int
    end: int


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
_ETHNONYMS: set[str] = set()


@cache
def _demonyms_en() -> dict[str, str]:
    """English demonym → ISO for every state countryinfo knows (one per state)."""
    found: dict[str, str] = {}
    for iso, name, demonym, _capital in _country_info():
        if demonym and demonym not in found:
            found[demonym] = iso
        # countryinfo gives "Kirghiz", "Tadzhik", "Uzbekistani"; news writes the name's stem:
        # Kyrgyz, Tajik, Uzbek, Kazakh, Turkmen, Afghan.
        stem = re.sub(r"i?stan$", "", name)
        if stem != name and len(stem) >= 4:
            found.setdefault(stem, iso)
            _ETHNONYMS.add(stem)
    return found


@cache
def _capitals(language: str) -> dict[str, str]:
    """A capital's names in one language → ISO. A capital stands for its state only where the
    text gives it a requester's or destination's role ("a request from Bishkek", "Bişkek'in
    iade talebi", "sent back to Minsk"); named alone, or with its court ("a Stockholm court"),
    it is a place. A name that is also the country's (Тунис, 突尼斯) or a demonym stays the
    state's; a per-state addition (Moscow, 北京) keeps its own role."""
    taken = set(gazetteer.country_names(language))
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


def _fa_forms(name: str) -> list[str]:
    """Persian demonyms: name + ی (ایرانی, چینی), name + یی after a long vowel (رواندایی),
    name + ‌ای after ه (ترکیه‌ای); the last word of a multi-word name ending in ی (سعودی)."""
    forms = [name]
    last = name[-1]
    if last in "اوی":
        forms.append(name + "یی")
    elif last == "ه":
        forms.append(name + "\u200cای")
    else:
        forms.append(name + "ی")
    words = name.split()
    if len(words) > 1 and words[-1].endswith("ی") and len(words[-1]) > 3:
        forms.append(words[-1])
    return forms


def _ru_forms(name: str) -> list[str]:
    """Russian case forms share the name's stem: Ливия → Ливи- (Ливии, Ливию), Шри-Ланка →
    Шри-Ланк- (Шри-Ланки), Китай → Кита- (Китае); a fleeting vowel drops: Египет → Египт-."""
    forms = [name]
    if (len(name) >= 5 and name[-1] in "аяйь") or (len(name) == 4 and name[-1] == "а"):
        forms.append(name[:-1])  # Куба → Куб- (на Кубе): gazetteer.ending_fits keeps it a case
    elif len(name) >= 5 and name[-2] in "еоё" and name[-1] not in "аеёиоуыэюяйь":
        forms.append(name[:-2] + name[-1])
    return forms


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
        for form in candidates:
            table.setdefault(form, iso)
    if language == "en":
        for demonym, iso in _demonyms_en().items():
            table.setdefault(demonym, _canonical(iso))
    for capital, iso in _capitals(language).items():
        table.setdefault(capital, iso)
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
        if len(word) < 4 or " " in word or "-" in word:
            continue
        stem = word[:-1] if word[-1] in "аяеиоуыйь" else word
        cuts = list(range(max(3, len(stem) - 2), len(stem) + 1))
        ending = next((end for end in ("истан", "стан") if stem.endswith(end)), "")
        if ending and len(stem) - len(ending) >= 4:  # узбекский ← Узбекистан, казахский
            cuts.append(len(stem) - len(ending))
        for cut in cuts:
            owners.setdefault(stem[:cut], set()).add(_canonical(iso))
    return {prefix: next(iter(isos)) for prefix, isos in owners.items() if len(isos) == 1}


_RU_ADJECTIVE = re.compile(r"(?<!\w)([А-ЯЁа-яё]{3,}?(?:ск|цк)(?:ий|ая|ое|ие|ого|ой|ому|ую|"
                           r"их|ими|им|ом|ие)?)(?!\w)")  # fmt: skip


def _ru_adjective_iso(word: str) -> str | None:
    lowered = word.lower()
    table = _ru_prefixes()
    for cut in range(min(len(lowered), 12), 2, -1):
        iso = table.get(lowered[:cut])
        if iso and len(lowered) - cut <= 7:
            return iso
    return None


@cache
def _matcher(language: str) -> re.Pattern[str]:
    """Every form as one trie regex, outside Chinese matched at word starts only
    (:func:`gazetteer.at_word_starts`)."""
    body = gazetteer.trie_pattern(sorted(forms(language)))
    if language == "zh":
        return re.compile(body)
    if language in {"tr", "ug", "ru"}:
        return re.compile(rf"(?:{body})[\w'’]*")
    return re.compile(rf"(?:{body})(?![\w])")


@cache
def _context(language: str) -> dict[str, re.Pattern[str] | None]:
    def compile_or_none(source: str | None) -> re.Pattern[str] | None:
        return re.compile(source, re.IGNORECASE) if source else None

    nouns = roles.ACTOR_NOUNS[language]
    actor_after = {
        "en": rf"(?:['’]s)?\s+(?:[\w-]+\s+){{0,2}}?(?:{nouns})\b",
        "tr": rf"[\w'’]*\s+(?:\w+\s+){{0,2}}?(?:{nouns})",
        "zh": rf"(?:的)?(?:{nouns})",
        "ug": rf"\w*\s+(?:\w+\s+){{0,2}}?(?:{nouns})",
        "ru": rf"\w*\s+(?:\w+\s+)?(?:{nouns})",
        "fa": None,
    }[language]
    person = roles.PERSON_NOUNS.get(language)
    national_after = None
    if person:
        national_after = {
            "en": rf"(?:-[A-Z]\w+)?\s+(?:[\w-]+\s+){{0,2}}?(?:{person})\b",
            "zh": rf"(?:{person})",
        }.get(language, rf"[\w'’]*\s+(?:\w+\s+)?(?:{person})")
    extra = roles.NATIONAL_AFTER_EXTRA.get(language)
    if extra:
        national_after = f"(?:{national_after})|(?:{extra})" if national_after else extra
    return {
        "actor_after": compile_or_none(actor_after),
        "actor_before": compile_or_none(
            rf"(?:{nouns})(?:\u200c?(?:های|ها|ی))?\s+(?:(?!{roles.PREPOSITIONS[language]}\s)\w+\s+)?$"
            if language in {"ru", "fa"}
            else None
        ),
        "request_before": compile_or_none(roles.REQUEST_BEFORE.get(language)),
        "request_after": compile_or_none(roles.REQUEST_AFTER.get(language)),
        "destination_before": compile_or_none(roles.DESTINATION_BEFORE.get(language)),
        "destination_after": compile_or_none(roles.DESTINATION_AFTER.get(language) or None),
        "national_before": compile_or_none(roles.NATIONAL_BEFORE.get(language)),
        "national_after": compile_or_none(national_after),
    }


def _role(text: str, start: int, end: int, language: str, addition: str | None) -> str:
    ctx = _context(language)
    before, after = text[max(0, start - 60) : start], text[end : end + 60]
    if addition == "actor":
        return "actor"

    def hit(name: str, where: str, anchored: bool) -> bool:
        pattern = ctx[name]
        if pattern is None:
            return False
        return bool(pattern.match(where) if anchored else pattern.search(where))

    addressed = roles.ADDRESSED.get(language)
    if addressed is not None and addressed.match(after):
        return "named"  # "the Kenyan government should investigate": asked to act, not the actor
    if hit("request_after", after, True) or hit("request_before", before, False):
        if language in {"ru", "fa"} and hit("actor_before", before, False):
            return "named" if _speaks(text, start, end, language) else "actor"
        return "request"
    if hit("destination_before", before, False) and (
        language != "fa" or hit("destination_after", after, True)
    ):
        return "destination"
    if hit("destination_after", after, True) and language in {"tr", "ug", "fa"}:
        return "destination"
    behind = roles.BEHIND_AFTER.get(language)
    if behind is not None and behind.match(after):
        return "actor"
    if hit("actor_after", after, True) or hit("actor_before", before, False):
        return "named" if _speaks(text, start, end, language) else "actor"
    if addition == "national" or hit("national_after", after, True):
        return "national"
    if hit("national_before", before, False):
        return "national"
    return "named"


def _unnamed_agents(text: str, language: str, found: list[StateMention]) -> list[StateMention]:
    """ "The authorities back home", "the island's state security": agents of the people's own
    state, which the text names only as theirs. Given to that state when it is the one state
    whose people the text names (a nationality), or failing that the one state named at all;
    never when the text names an acting state already."""
    pattern, hint = roles.UNNAMED_AGENTS.get(language), roles.UNNAMED_HINTS.get(language)
    if pattern is None or hint is None or not hint.search(text):
        return []
    if any(m.role in {"actor", "request", "destination"} for m in found):
        return []
    agents = list(pattern.finditer(text))
    if not agents:
        return []
    candidates = {m.iso for m in found if m.role == "national"} or {m.iso for m in found}
    if len(candidates) != 1:
        return []
    iso = candidates.pop()
    return [StateMention(iso, "actor", match.start(), match.end()) for match in agents]


def _may_send(text: str, start: int, end: int, language: str) -> bool:
    """Whether a request or destination phrase is around the name at all: most capitals are
    merely named ("in Berlin"), and :func:`_role` need not weigh them."""
    ctx = _context(language)
    before, after = text[max(0, start - 60) : start], text[end : end + 60]
    return any(
        pattern is not None and (pattern.match(after) if anchored else pattern.search(before))
        for pattern, anchored in (
            (ctx["request_after"], True),
            (ctx["request_before"], False),
            (ctx["destination_before"], False),
            (ctx["destination_after"], True),
        )
    )


_SENTENCE_END = re.compile(r"[.!?。！？؟]")


def _speaks(text: str, start: int, end: int, language: str) -> bool:
    """Whether the state's agents named here are the ones saying or accusing (the source)."""
    after_verb = roles.SPEAKER_AFTER.get(language)
    if after_verb is not None:
        return bool(after_verb.match(text, end, end + 60))
    verb = roles.SPEECH_VERB.get(language)
    if verb is None:
        return False
    opening = max((m.end() for m in _SENTENCE_END.finditer(text, 0, start)), default=0)
    if len(text[opening:start].split()) > roles.SENTENCE_OPENING_WORDS:
        return False
    closing = _SENTENCE_END.search(text, end)
    return bool(verb.search(text, end, closing.start() if closing else len(text)))


@cache
def _addition_roles(language: str) -> dict[str, str]:
    return {form: role for extra in ADDITIONS.get(language, {}).values() for form, role in extra}


def _resolve(surface: str, language: str) -> tuple[str, str] | None:
    table = forms(language)
    if language not in {"tr", "ug", "ru"}:
        iso = table.get(surface)
        return (iso, surface) if iso else None
    for cut in range(len(surface), 1, -1):
        iso = table.get(surface[:cut])
        if iso and gazetteer.ending_fits(surface[:cut], surface[cut:], language):
            return iso, surface[:cut]
    return None


def mentions(text: str, language: str) -> list[StateMention]:
    """Every state named in the text, with the role the text gives it."""
    language = language if language in LANGUAGES else "en"
    found: list[StateMention] = []
    additions = _addition_roles(language)
    capitals = _capitals(language)
    pattern = _matcher(language)
    matches = (
        pattern.finditer(text) if language == "zh" else gazetteer.at_word_starts(pattern, text)
    )
    for match in matches:
        resolved = _resolve(match.group(0), language)
        if resolved is None or gazetteer.inside_longer_name(text, match.start()):
            continue
        iso, form = resolved
        # Context after a suffixed name starts where the name ends, before its case ending.
        end = match.start() + len(form)
        if form in capitals and not _may_send(text, match.start(), end, language):
            continue  # a capital is its state only as requester or destination (below)
        role = _role(text, match.start(), end, language, additions.get(form))
        if role == "national" and language == "en" and form in _ETHNONYMS:
            role = "named"
        if role not in {"request", "destination"} and form in capitals:
            continue  # a capital merely named, or its court, is a place (hosts), not the state
        found.append(StateMention(iso, role, match.start(), match.end()))
    if language == "ru":
        taken = {m.start for m in found}
        for match in _RU_ADJECTIVE.finditer(text):
            adjective_of = _ru_adjective_iso(match.group(1))
            if adjective_of and match.start() not in taken:
                role = _role(text, match.start(), match.end(), language, None)
                found.append(StateMention(adjective_of, role, match.start(), match.end()))
    return found + _unnamed_agents(text, language, found)
