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

The surface forms of every state, from data (CLDR, countryinfo) with per-state additions, are
state_names.py's.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from amanat.monitor.nlp import gazetteer, literals, state_names, tries
from amanat.monitor.nlp import state_roles as roles
from amanat.monitor.nlp.state_names import (
    ADDITIONS,
    ETHNONYMS,
    RU_ADJECTIVE,
    ambiguous_names,
    capitals,
    forms,
    ru_adjective_iso,
)

VERSION = "states-11"  # 11: an ambiguous name as a verb's subject ("Togo issues warrants")
LANGUAGES = ("en", "tr", "zh", "ug", "ru", "fa")
CONTROLLED = state_names.CONTROLLED  # territories whose agents act for another state


@dataclass(frozen=True)
class StateMention:
    iso: str
    # "actor", "request", "destination", "national" or "named"; "home" for the state people are
    # "sent back home" to, named only as theirs (:func:`_sent_home`)
    role: str
    start: int
    end: int


@cache
def _matcher(language: str) -> re.Pattern[str]:
    """Every form as one trie regex, outside Chinese matched at word starts only
    (:func:`tries.at_word_starts`; by the same forms' automaton: :func:`tries.word_start_spans`)."""
    words, lead = sorted(forms(language)), tries.LEAD.get(language)
    body = gazetteer.trie_pattern(words, lead)
    if language == "zh":
        return re.compile(body)
    suffixed = language in {"tr", "ug", "ru"}
    tail = r"[\w'’]*" if suffixed else r"(?![\w])"
    grouped = gazetteer.trie_pattern(words, lead, tries.GROUPS)
    pattern = tries.with_groups(re.compile(rf"(?:{body}){tail}"), rf"(?:{grouped}){tail}")
    return tries.with_names(pattern, words, suffixed=suffixed)


@cache
def _context(language: str) -> dict[str, re.Pattern[str] | None]:
    def compile_or_none(source: str | None) -> re.Pattern[str] | None:
        return re.compile(source, re.IGNORECASE) if source else None

    nouns = roles.ACTOR_NOUNS[language]
    actor_after = {
        "en": rf"(?:['’]s)?\s+(?:[\w-]+\s+){{0,2}}?(?:{nouns})\b",
        "tr": rf"[\w'’]*\s+(?:\w+\s+){{0,2}}?(?:{nouns})",
        "zh": rf"(?:的)?(?:{roles.ZH_AGENCY_MODIFIERS})?(?:{nouns})",
        "ug": rf"\w*\s+(?:\w+\s+){{0,2}}?(?:{nouns})",
        "ru": rf"\w*\s+(?:\w+\s+)?(?:{nouns})",
        "fa": None,
    }[language]
    person = roles.PERSON_NOUNS.get(language)
    national_after = None
    if person:
        national_after = {
            "en": rf"(?:-[A-Z]\w+)?\s+(?:[\w-]+\s+){{0,2}}?(?:{person})\b",
            "zh": rf"[^，。；：、\s的]{{0,2}}?(?:{person})",
        }.get(language, rf"[\w'’]*\s+(?:\w+\s+)?(?:{person})")
    extra = roles.NATIONAL_AFTER_EXTRA.get(language)
    if extra:
        national_after = f"(?:{national_after})|(?:{extra})" if national_after else extra
    return {
        "actor_after": compile_or_none(actor_after),
        "actor_before": compile_or_none(
            rf"(?:{nouns})(?:\u200c?(?:های|ها|ی))?\s+"
            rf"(?:(?!{roles.PREPOSITIONS[language]}\s)(?!{roles.VERB_BETWEEN.get(language, '$^')})"
            rf"\w+\s+)?$"
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


# Verb-final languages put the request verb after a long clause ("Tacikistan, Avrupa'da yaşayan
# muhalifler için Interpol'e kırmızı bülten başvurusunda bulundu"): they read further after.
_AFTER = {"tr": 100, "ug": 100}


def _role(text: str, start: int, end: int, language: str, addition: str | None) -> str:
    ctx = _context(language)
    before, after = text[max(0, start - 60) : start], text[end : end + _AFTER.get(language, 60)]
    if addition == "actor":
        return "actor"

    before_holds = _holds(language, before)

    def hit(name: str, where: str, anchored: bool) -> bool:
        pattern = ctx[name]
        if pattern is None:
            return False
        if anchored:
            return pattern.match(where) is not None
        return before_holds(name) and pattern.search(where) is not None

    if language == "zh" and before.endswith("驻"):
        return "named"  # 中国驻哈萨克斯坦大使馆: the embassy is China's, Kazakhstan its host
    addressed = roles.ADDRESSED.get(language)
    if addressed is not None and addressed.match(after):
        return "named"  # "the Kenyan government should investigate": asked to act, not the actor
    asked = roles.ASKED_BEFORE.get(language)
    if (hit("request_after", after, True) and not (asked and asked.search(before))) or hit(
        "request_before", before, False
    ):
        if language in {"ru", "fa"} and hit("actor_before", before, False):
            return "named" if _speaks(text, start, end, language) else "actor"
        return "request"
    if hit("destination_before", before, False) and (
        language != "fa" or hit("destination_after", after, True)
    ):
        return "destination"
    if hit("destination_after", after, True) and language in {"tr", "ug", "fa"}:
        return "destination"
    if (language == "ru" and roles.RU_DATIVE_DESTINATION.search(before)
            and roles.RU_DATIVE_ENDING.match(after)):  # fmt: skip
        return "destination"
    behind = roles.BEHIND_AFTER.get(language)
    if behind is not None and behind.match(after):
        return "actor"
    if hit("actor_after", after, True) or hit("actor_before", before, False):
        if _person_first(ctx, after):
            return "national"  # "Mısırlı gazeteci polis tarafından…": the journalist is Egyptian
        if roles.FORMER_BEFORE[language].search(before):
            return "national"  # "a former Saudi official": a person, no longer its agent
        return "named" if _speaks(text, start, end, language) else "actor"
    if addition == "national" or hit("national_after", after, True):
        return "national"
    if hit("national_before", before, False):
        return "national"
    fled_from, fled = roles.FA_FLED_FROM
    if language == "fa" and fled_from.search(before) and fled.match(after):
        return "national"  # "از مصر گریخت": fled from Egypt
    return "named"


_CAPITALISED_BEFORE = re.compile(r"(?<![.!?。]\s)(?<!^)\b[A-ZА-ЯЁ][\w-]*\s+$")


# An ambiguous name as the subject of a verb ("Togo issues warrants", "Georgia demanded that
# Ukraine extradite him", "Guinea seeks extradition"), not of a verb of speaking (a person
# "Jordan said"), and never where the text names a person or a place with it ("Chad Wolf",
# "Jim Jordan", "Atlanta, Georgia").
_SUBJECT_OF = re.compile(r"(?:\s+(?:has|have|had|will|would|is|was)(?:\s+been)?)?\s+"
                         r"(?!(?:says|said|told|tells|added|adds|wrote|writes|recalled|asked)\b)"
                         r"[a-z]{3,}(?:s|ed)\b")  # fmt: skip


def _state_acts(text: str, form: str, end: int, language: str) -> bool:
    """Whether an ambiguous English name is a state acting: the subject of a verb, with no
    person of that name in the text (session 23)."""
    if language != "en" or not _SUBJECT_OF.match(text, end):
        return False
    name = re.escape(form)  # "Jim Jordan", "Chad Wolf"; "Atlanta, Georgia"
    person = re.compile(rf"\b[A-Z][a-z]+,?\s+{name}\b|\b{name}\s+[A-Z][a-z]+")
    return person.search(text) is None


def _after_a_name(text: str, start: int) -> bool:
    """Whether a capitalised word (not a sentence's first) comes just before: "Michael Jordan"."""
    return _CAPITALISED_BEFORE.search(text, max(0, start - 30), start) is not None


def _person_first(ctx: dict[str, re.Pattern[str] | None], after: str) -> bool:
    """Whether a person noun follows the name before the agent noun does: the name describes
    the person ("Mısırlı gazeteci polis tarafından gözaltına alındı"), not the agents."""
    agents, people = ctx["actor_after"], ctx["national_after"]
    agent = agents.match(after) if agents is not None else None
    person = people.match(after) if people is not None else None
    return agent is not None and person is not None and person.end() < agent.end()


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
    named = _not_addressed(text, language, found)
    candidates = {m.iso for m in named if m.role == "national"} or {m.iso for m in named}
    if len(candidates) != 1:
        return []
    iso = candidates.pop()
    return [StateMention(iso, "actor", match.start(), match.end()) for match in agents]


def _may_send(text: str, start: int, end: int, language: str) -> bool:
    """Whether a request or destination phrase is around the name at all: most capitals are
    merely named ("in Berlin"), and :func:`_role` need not weigh them."""
    ctx = _context(language)
    before, after = text[max(0, start - 60) : start], text[end : end + 60]
    before_holds = _holds(language, before)
    for name, anchored in (("request_after", True), ("request_before", False),
                           ("destination_before", False), ("destination_after", True)):  # fmt: skip
        pattern = ctx[name]
        if pattern is None:
            continue
        if anchored:
            if pattern.match(after) is not None:
                return True
        elif before_holds(name) and pattern.search(before) is not None:
            return True
    return False


@cache
def _gates(language: str) -> dict[str, literals.Gate]:
    """The role contexts' literals (:class:`literals.Gate`), one of which the text before a
    name must hold for a "before" context to match there."""
    return {name: literals.Gate(pattern) for name, pattern in _context(language).items()
            if pattern is not None}  # fmt: skip


def _holds(language: str, before: str) -> Callable[[str], bool]:
    """Whether ``before`` holds a literal of the named "before" context. The contexts end in
    ``$`` and are searched from every position of the window, most of them big alternations
    (≈ 10–30 µs a search); most windows hold none of their words. Folded once, when first asked."""
    gates, folded = _gates(language), ""

    def holds(name: str) -> bool:
        nonlocal folded
        gate = gates[name]
        if gate.folds and not folded:
            folded = literals.fold(before)
        return gate.holds(before, folded)

    return holds


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
    capital_forms = capitals(language)
    ambiguous = ambiguous_names(language)
    pattern = _matcher(language)
    if language == "zh":
        spans = [match.span() for match in pattern.finditer(text)]
    else:
        spans = tries.word_start_spans(pattern, text)
    for start, match_end in spans:
        surface = text[start:match_end]
        resolved = _resolve(surface, language)
        if resolved is None or gazetteer.inside_longer_name(text, start):
            continue
        iso, form = resolved
        # Context after a suffixed name starts where the name ends, before its case ending.
        end = start + len(form)
        if form in capital_forms and not _may_send(text, start, end, language):
            continue  # a capital is its state only as requester or destination (below)
        role = _role(text, start, end, language, additions.get(form))
        if role == "national" and language == "en" and form in ETHNONYMS:
            role = "named"
        suffix = roles.DEMONYM_SUFFIX.get(language)
        if role == "named" and suffix is not None and suffix.match(surface, len(form)):
            role = "national"  # "Ummanlı", "ئومانلىق": the state's people
        if role not in {"request", "destination"} and form in capital_forms:
            continue  # a capital merely named, or its court, is a place (hosts), not the state
        if (form in ambiguous
                and (role not in {"request", "destination", "actor"} or _after_a_name(text, start))
                and not (role == "named" and _state_acts(text, form, end, language))):  # fmt: skip
            continue  # "Того же дня", "Michael Jordan's agents": a word or a person
        found.append(StateMention(iso, role, start, match_end))
    if language == "ru":
        taken = {m.start for m in found}
        for match in RU_ADJECTIVE.finditer(text):
            adjective_of = ru_adjective_iso(match.group(1))
            if adjective_of and match.start() not in taken:
                role = _role(text, match.start(), match.end(), language, None)
                found.append(StateMention(adjective_of, role, match.start(), match.end()))
    return found + _unnamed_agents(text, language, found) + _sent_home(text, language, found)


def _sent_home(text: str, language: str, found: list[StateMention]) -> list[StateMention]:
    """People sent back to their own state, which the text does not name there ("returned him
    home", "вернули на родину"): the destination is the one state whose people the text names
    (a nationality), other than a state asked to protect them."""
    pattern = roles.SENT_HOME.get(language)
    sent = list(pattern.finditer(text)) if pattern is not None else []
    if not sent:
        return []
    candidates = {m.iso for m in _not_addressed(text, language, found) if m.role == "national"}
    if len(candidates) != 1:
        return []
    iso = candidates.pop()
    return [StateMention(iso, "home", match.start(), match.end()) for match in sent]


def _not_addressed(text: str, language: str, found: list[StateMention]) -> list[StateMention]:
    """The mentions of states other than one asked to protect the people ("U.S. authorities
    should ensure…"): that state is their host, not their home."""
    addressed = roles.ADDRESSED.get(language)
    hosts = {m.iso for m in found
             if addressed is not None and addressed.match(text, m.end, m.end + 60)}  # fmt: skip
    return [m for m in found if m.iso not in hosts]
