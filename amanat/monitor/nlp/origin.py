"""The origin state: which state reaches abroad in a text. Scored from the roles the text gives
each state (states.py) and the per-state rules (rules/context.py); failing a state with a strong
role, from where an exile's relatives are pressed, or where a warrant was issued.

Kept apart from tagging.py, which decides relevance from what is found here.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, NamedTuple, Protocol

from amanat.monitor.nlp import extract, gazetteer, kin, states, warrants
from amanat.monitor.nlp.rules import Rule, for_language, gate_cues
from amanat.monitor.nlp.rules.context import DIASPORA_RULES, ORIGIN_ACTOR_RULES, ORIGIN_NAME_RULES
from amanat.monitor.nlp.rules.tactics import TACTIC_RULES as _RULES_1
from amanat.monitor.nlp.rules.tactics_conditional import CONDITIONAL_TACTIC_RULES
from amanat.monitor.nlp.rules.tactics_more import MORE_TACTIC_RULES

if TYPE_CHECKING:
    from amanat.monitor.nlp.tagging import Analysis

_TACTICS = _RULES_1 + MORE_TACTIC_RULES + CONDITIONAL_TACTIC_RULES
_FAMILY_RULES = [rule for rule in _TACTICS if rule.value == "threat_to_family"]
_WARRANT_RULES = [rule for rule in _TACTICS if rule.value == "bounty_or_warrant"]
# Every rule list this module runs (``tagging.warm_up`` builds their plans before the fork).
RULE_LISTS = (ORIGIN_ACTOR_RULES, ORIGIN_NAME_RULES, DIASPORA_RULES, _FAMILY_RULES, _WARRANT_RULES)


class Origin(NamedTuple):
    """The state found, the sentence that shows it and the rule that found it."""

    iso: str
    sentence: str
    rule: str


class Hits(Protocol):
    """Per rule value: how many sentences it fired in, and the first (sentence, rule id)."""

    @property
    def count(self) -> Counter[str]: ...
    @property
    def first(self) -> dict[str, tuple[str, str]]: ...


class Rules(Protocol):
    """The rules of one language run over one text (tagging._Rules)."""

    language: str
    lowered: str
    memo: dict[str, object]  # what several passes over the text ask for alike

    def run(
        self, rules: Sequence[Rule], *, check: Callable[[Rule, extract.Span], bool] | None = None
    ) -> Hits: ...


# How much each role says that a state is the one reaching abroad (see states.py): what is done
# for it or whom it receives most, its agents next, its people (the targets) less, a bare name
# least.
_ROLE_WEIGHT = {"request": 3.0, "destination": 3.0, "home": 3.0, "actor": 2.0, "national": 1.5,
                "named": 0.5}  # fmt: skip


def from_roles(rules: Rules, analysis: Analysis) -> Origin | None:
    """The state with the strongest roles in the text; per-state rules (rules/context.py) add
    to what the generic state roles give."""
    actors = rules.run(ORIGIN_ACTOR_RULES)
    names = rules.run(ORIGIN_NAME_RULES)
    scores: defaultdict[str, float] = defaultdict(float)
    for iso, n in actors.count.items():
        scores[iso] += 2 * n
    for iso, n in names.count.items():
        scores[iso] += 0.5 * min(n, 3)
    evidence: dict[str, tuple[float, str, str]] = {}
    named: Counter[str] = Counter()
    located = {place.start for place in analysis.places if place.locative}
    lived = (lived_in(rules, analysis)
                if any(m.start in located for m in analysis.states) else set())  # fmt: skip
    for mention in analysis.states:
        if mention.role in {"named", "national"} and mention.start in lived:
            continue  # "living in exile in America": where the people are, not who they are
        if mention.role == "named":
            named[mention.iso] += 1
            if named[mention.iso] > 3:
                continue
        weight = _ROLE_WEIGHT[mention.role]
        scores[mention.iso] += weight
        best = evidence.get(mention.iso)
        if best is None or weight > best[0]:
            sentence = analysis.sentences.at(mention.start).text
            evidence[mention.iso] = (weight, sentence, f"origin.{mention.role}.{analysis.language}")
    strong = set(actors.count) | {iso for iso, (w, _s, _r) in evidence.items() if w >= 1.5}
    # On a tie, the state whose people the text names: a host acts on them, their state wants them.
    peoples = {m.iso for m in analysis.states if m.role == "national"}
    by_score = sorted(scores.items(), key=lambda item: (-item[1], item[0] not in peoples))
    ranked = [iso for iso, score in by_score if iso in strong and score >= 1.5]
    if not ranked:
        return None
    # A citizenship the person acquired abroad ("取得瑞典国籍") is where they live: ranked last.
    text, language = analysis.text, rules.language
    acquired = {m.iso for m in analysis.states
                if gate_cues.acquired_citizenship(text, language, m.start, m.end)}  # fmt: skip
    ranked = [iso for iso in ranked if iso not in acquired] or ranked
    if len(ranked) > 1:
        # Where the people live is not the state reaching them: its intelligence or police named
        # in the same sentence ("German intelligence said Eritrea's agents threatened the family
        # of a dissident living in Berlin", "德国情报部门说，X驻德国使馆…") is the host's — unless
        # people are sent to it or it asks for them (a request, a destination, a home), or the
        # people are its own.
        home = lived if lived else lived_in(rules, analysis)
        hosts = {
            place.iso
            for place in analysis.places
            if place.start in home
            and evidence.get(place.iso, (0.0, "", ""))[0] < _ROLE_WEIGHT["request"]
        }
        hosts -= peoples  # "lived in exile after fleeing Tajikistan": the people's own state
        ranked = [iso for iso in ranked if iso not in hosts] or ranked
    iso = ranked[0]
    if iso in actors.first:
        sentence, rule = actors.first[iso]
    else:
        _weight, sentence, rule = evidence[iso]
    return Origin(iso, sentence, rule)


_CLAUSE_END = re.compile(r"[.;,:!?،؛。，；：！？]")


def lived_in(rules: Rules, analysis: Analysis) -> set[int]:
    """Starts of the places where the people live: a place in the clause of a diaspora cue
    ("living in exile in the United States", "流亡美国", "در آمریکا در تبعید") or "<place>-based"
    — not every place of that sentence ("taken from her home in Lusaka; her brother, who lives
    in exile in Canada"). Read once per text (the origin's passes ask up to three times)."""
    known = rules.memo.get("lived_in")
    if not isinstance(known, frozenset):
        known = rules.memo["lived_in"] = frozenset(_lived_in(rules, analysis))
    return set(known)


def _lived_in(rules: Rules, analysis: Analysis) -> set[int]:
    wanted = [rule for rule in for_language(DIASPORA_RULES, rules.language)
              if rule.all_of[0].search(rules.lowered)]  # fmt: skip
    found = set()
    text = analysis.text
    for place in analysis.places:
        if text.startswith("-based", place.end):
            found.add(place.start)
            continue
        if not wanted or not place.locative:
            continue
        before = _CLAUSE_END.split(text[max(0, place.start - 40) : place.start])[-1]
        after = _CLAUSE_END.split(text[place.end : place.end + 40])[0]
        clause = f"{before} {after}".lower()
        # A rule whose first pattern's literals the clause lacks cannot fire there.
        if any(_may_hold(rule.needed, clause) and rule.fires(clause) for rule in wanted):
            found.add(place.start)
    return found


def _may_hold(needed: frozenset[str] | None, text: str) -> bool:
    return needed is None or any(literal in text for literal in needed)


def from_relatives(rules: Rules, analysis: Analysis) -> Origin | None:
    """Relatives pressed where they live ("relatives … in Iran were summoned") or in a state
    the sentence names, of an exile, name the state that pressures the person abroad. Failing
    both ("Sister of exiled journalist taken in dawn raid"), the one state the text places
    anyone in, other than where the people live, is home."""
    family = rules.run(_FAMILY_RULES)
    if not family.first:
        return None
    sentence, _rule = family.first["threat_to_family"]
    start = analysis.text.find(sentence)
    lived = lived_in(rules, analysis)
    abroad = {place.iso for place in analysis.places if place.start in lived}
    # A state the sentence names is not home when the people live there ("…who lives in Oslo,
    # said Norway must protect her after her relatives…"): compared by state, not position.
    homes = [place.iso for place in analysis.places
             if place.locative and place.start not in lived
             and start <= place.start < start + len(sentence)] or (
        [m.iso for m in analysis.states
         if m.iso not in abroad and start <= m.start < start + len(sentence)]
        if rules.run(DIASPORA_RULES).count else [])  # fmt: skip
    if not homes:
        others = {states.CONTROLLED.get(p.iso, p.iso) for p in analysis.places} - abroad
        if not abroad or len(others) != 1:
            return None
        iso = others.pop()
        return Origin(iso, sentence, "origin.relatives_elsewhere")
    # The person lives in one place and the relatives in another: the relatives' place is the
    # one named after the relatives (or the people's own state, when the text names it).
    nationals = {m.iso for m in analysis.states if m.role == "national"}
    home = next((iso for iso in homes if iso in nationals), homes[-1])
    iso = states.CONTROLLED.get(home, home)
    return Origin(iso, sentence, "origin.relatives_home")


def relatives_pressed_at_home(rules: Rules, analysis: Analysis, origin: str) -> bool:
    """Relatives pressed where the text places them at home: the person is not there (kin.py)."""
    home = gazetteer.ORIGIN_REGIONS.get(origin, frozenset({origin}))
    hits = rules.run(_FAMILY_RULES, check=lambda _rule, span: kin.placed_with_relatives(
        analysis.text, rules.language, span, analysis.places, home))  # fmt: skip
    return bool(hits.count)


def from_warrant(rules: Rules, analysis: Analysis) -> Origin | None:
    """Where a warrant was issued is the state that wants the person (warrants.py)."""
    sentence = rules.run(_WARRANT_RULES).first.get("bounty_or_warrant", ("", ""))[0]
    lived = lived_in(rules, analysis) if sentence else set()
    iso = warrants.issuer(analysis.text, analysis.text.find(sentence), sentence, analysis.places,
                          lived, rules.language)  # fmt: skip
    if iso is None or not sentence:
        return None
    return Origin(iso, sentence, "origin.warrant_issued")


# A report under this many words is short: it may name the acting state once, with no role. A
# longer one names it again as an agency, a request or a destination. On long texts a bare-name
# reading (tested as the state named most, then first) gained little (relevance F1 +0.004 on
# tnr-fresh18 … 58 without the veto, 16 more look-alikes taken) and, in the 100,000-article
# bench, lowered grouping pair precision 0.914 → 0.866; read on short texts only, 0.901.
SHORT_WORDS = 60
_WORD = re.compile(r"\w+")


def _short(text: str) -> bool:
    """Under :data:`SHORT_WORDS` words (counting stops there)."""
    return sum(1 for _ in itertools.islice(_WORD.finditer(text), SHORT_WORDS)) < SHORT_WORDS


# "of" before a place names whose, not where: "members of Uzbekistan's opposition", "the
# pilot of Iran's speaker", "smuggled out of Malawi". The gazetteer's locative flag counts it,
# and the hosts still read it so; only here, where a located state cannot be the origin, is it
# read as a genitive (origin-of, session 30).
_GENITIVE_EN = re.compile(r"\bof\s+(?:the\s+)?$", re.IGNORECASE)


def _where(place: gazetteer.Place, analysis: Analysis) -> bool:
    """Whether the place says where people are: locative, and not after an English "of"."""
    if not place.locative:
        return False
    before = analysis.text[max(0, place.start - 24) : place.start]
    return analysis.language != "en" or _GENITIVE_EN.search(before) is None


def _unlocated(analysis: Analysis) -> list[states.StateMention]:
    """The states' mentions but those of a state a place of the text is located in ("in
    Britain", "in Madrid": where the people are)."""
    located = {place.iso for place in analysis.places if _where(place, analysis)}
    return [mention for mention in analysis.states if mention.iso not in located]


def _first(mentions: list[states.StateMention], analysis: Analysis, rule: str) -> Origin:
    first = min(mentions, key=lambda mention: mention.start)
    sentence = analysis.sentences.at(first.start).text
    return Origin(first.iso, sentence, f"origin.{rule}.{analysis.language}")


def from_names(analysis: Analysis) -> Origin | None:
    """Failing every role: a short report often names the acting state once, with no role the
    states module reads ("Bangladesh has begun a process to extradite…", "Tajikistan's
    Prosecutor-General said…"). When it names one state only, other than any state a place of
    the text is located in, that state is the origin. Two or more are left to
    :func:`from_first_named`: the state named most can be the one acted on ("…put Lithuania's
    prime minister and two Lithuanian lawmakers on its wanted list")."""
    named = _unlocated(analysis)
    if len({mention.iso for mention in named}) != 1:
        return None
    return _first(named, analysis, "named_alone")


def from_first_named(analysis: Analysis) -> Origin | None:
    """The state a short report names first, other than a state one of its places is located
    in (session 21): asked only when no role, relative, warrant or lone name gave an origin,
    so only of a report naming two states or more. A short report leads with the state that
    acts ("A young Nicaraguan flying from New York…", "Sudan seeks return of exiled leader…",
    "North Korea demands Seoul send back 13 defectors"). The tagger's rules and gates then
    decide whether the text reports an act of that state against people abroad; where the
    first state acts on a third ("America sanctioned Eritrea's president") they find no tactic
    of repression. On 1,200 blind short texts it found 17 more true reports for 3 more of 480
    look-alikes (docs/monitor/learned-models.md, "Session 21")."""
    named = _unlocated(analysis)
    return _first(named, analysis, "first_named") if named else None


def _from_names_in_short(analysis: Analysis) -> Origin | None:
    """In a short report only: the one state it names, else the state it names first."""
    if not _short(analysis.text):
        return None
    return from_names(analysis) or from_first_named(analysis)


def found(rules: Rules, analysis: Analysis) -> Origin | None:
    """The origin state: from the states' roles; where a nationality is all that names it ("a
    British journalist"), the state that issued a warrant for the person outranks it; failing
    any role, from the relatives' or the warrant's place, or, in a short report, the one state
    it names, else the state it names first."""
    by_role = from_roles(rules, analysis)
    if by_role is None:
        return (from_relatives(rules, analysis) or from_warrant(rules, analysis)
                or _from_names_in_short(analysis))  # fmt: skip
    if by_role.rule.startswith("origin.national."):
        return from_warrant(rules, analysis) or by_role
    return by_role
