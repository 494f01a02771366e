"""Rule-based tagging: is it transnational repression, by which state, against people where,
with which tactics; people counts and dates. Every tag carries its evidence sentence, the rule id
and the rule-set version.

Relevance (``relevance.rules``): an origin state is named as actor, and either a tactic fires
while the people are abroad (a diaspora cue or a host country), or the article names
transnational repression itself. Camps, trials and trade inside the origin state are not enough.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from functools import partial

from amanat.monitor.nlp import (
    decider,
    extract,
    gate,
    gazetteer,
    people_counts,
    states,
    tacticmodel,
    textmodel,
    unplaced,
)
from amanat.monitor.nlp import origin as origins
from amanat.monitor.nlp.rules import (
    RULE_LANGUAGES,
    Rule,
    after_a_killing,
    gate_whose_act,
    lookalikes,
    reach_abroad,
    seats,
    shots_and_fears,
)
from amanat.monitor.nlp.rules import VERSION as RULES_VERSION
from amanat.monitor.nlp.rules.context import (
    COMMUNITY_RULES,
    DIASPORA_RULES,
    EXPLICIT_RULES,
    PERPETRATOR_RULES,
)
from amanat.monitor.nlp.rules.gate_cues import TARGETING_ABROAD
from amanat.monitor.nlp.rules.vetoes import vetoed
from amanat.monitor.nlp.rules.vetoes_asked import SentenceChecks, dropping_in
from amanat.monitor.nlp.tagging_rules import TACTIC_RULES, asked_once, literal_index
from amanat.monitor.nlp.tagging_rules import Hits as _Hits
from amanat.monitor.nlp.tagging_rules import Rules as _Rules
from amanat.monitor.nlp.tagging_rules import warm_up as _warm_up_rules

VERSION = f"{RULES_VERSION}+{gazetteer.VERSION}+{states.VERSION}+{extract.VERSION}"
if textmodel.ENABLED:  # the text models are part of what tagged an article (nlp/textmodel.py)
    VERSION += f"+{textmodel.VERSION}+{tacticmodel.VERSION}"
    if decider.ENABLED:  # short reports decided by both readings (nlp/decider.py)
        VERSION += f"+{decider.VERSION}"
    if unplaced.ENABLED:  # short reports with no origin read (nlp/unplaced.py)
        VERSION += f"+{unplaced.VERSION}"
MAX_EVIDENCE = 400
_STAGE3 = ("deportation", "rendition")
_STAGE2 = ("detention",)
REACH_RULES = tuple(rule for rule in TACTIC_RULES if rule.value in reach_abroad.ACTS)


@dataclass(frozen=True)
class Tag:
    kind: str
    value: str
    evidence: str
    rule: str
    version: str = VERSION


@dataclass
class Analysis:
    """What the tagger and the grouper both read from one text, computed once."""

    text: str
    language: str
    sentences: extract.SentenceIndex
    places: list[gazetteer.Place]
    states: list[states.StateMention]
    dates: list[extract.DateMention]
    counts: list[people_counts.Count]


def analyse(text: str, language: str) -> Analysis:
    places = gazetteer.find_places(text, language)
    return Analysis(
        text=text,
        language=language,
        sentences=extract.SentenceIndex(extract.sentences(text)),
        places=places,
        states=states.mentions(text, language),
        dates=extract.dates(text),
        counts=people_counts.people_counts(text, language),
    )


@dataclass
class Tagging:
    tags: list[Tag] = field(default_factory=list)
    is_tnr: bool = False
    origin_state: str | None = None
    host_countries: list[str] = field(default_factory=list)
    tactics: list[str] = field(default_factory=list)
    # What the rules had found when the text model overruled them (a veto or a rescue): the
    # grouper reads the event from it, so the model decides relevance and nothing else.
    before_veto: Tagging | None = None

    def of_kind(self, kind: str) -> list[Tag]:
        return [tag for tag in self.tags if tag.kind == kind]

    def first(self, kind: str) -> str:
        found = self.of_kind(kind)
        return found[0].value if found else ""


def _evidence(sentence: str) -> str:
    return sentence if len(sentence) <= MAX_EVIDENCE else sentence[: MAX_EVIDENCE - 1] + "…"


def _hosts(analysis: Analysis, origin: str | None) -> list[Tag]:
    """Countries where the people are: named in a locative ("in Dubai") or by their authorities
    ("Thai authorities"); the origin state and its regions never count. Failing both, the
    other nationality of the people ("a Canadian Sikh leader"); failing that, any other place
    the text names ("the embassy in St James's Square, London")."""
    home = gazetteer.ORIGIN_REGIONS.get(origin or "", frozenset({origin}))
    scores: Counter[str] = Counter()
    evidence: dict[str, tuple[str, str]] = {}
    # A title in 《》 ("《纽约时报》") names a paper, not a place (rules/gate_whose_act.py).
    places = [p for p in analysis.places
              if not gate_whose_act.in_title(analysis.language, analysis.text,
                                             p.start)]  # fmt: skip
    for place in places:
        iso = states.CONTROLLED.get(place.iso, place.iso)
        seat = seats.seat_of_a_body(analysis.language, analysis.text, place.start, place.end)
        if place.locative and iso not in home and not seat:
            scores[iso] += 1
            evidence.setdefault(iso, (analysis.sentences.at(place.start).text,
                                      "host.locative"))  # fmt: skip
    nationals: Counter[str] = Counter()
    for mention in analysis.states:
        if mention.iso in home:
            continue
        if gate_whose_act.envoys_of(analysis.language, analysis.text, mention, analysis.states):
            continue  # a state's consulate or diplomats are observers (rules/gate_whose_act.py)
        if mention.role == "actor":
            scores[mention.iso] += 2
            evidence.setdefault(mention.iso, (analysis.sentences.at(mention.start).text,
                                              "host.authority"))  # fmt: skip
        elif mention.role == "national":
            nationals[mention.iso] += 1
            evidence.setdefault(mention.iso, (analysis.sentences.at(mention.start).text,
                                              "host.national"))  # fmt: skip
    if not scores:
        scores = nationals
    if not scores:
        for place in places:
            iso = states.CONTROLLED.get(place.iso, place.iso)
            if iso not in home:
                scores[iso] += 1
                evidence.setdefault(iso, (analysis.sentences.at(place.start).text, "host.place"))
    if not scores:
        return []
    top = scores.most_common(1)[0][1]
    return [Tag("host_country", iso, _evidence(evidence[iso][0]), evidence[iso][1])
            for iso, score in scores.most_common() if score * 2 >= top]  # fmt: skip


def _tactics(rules: _Rules, analysis: Analysis, origin: str | None, hosts: list[str],
             tactic_rules: Sequence[Rule] = TACTIC_RULES) -> _Hits:  # fmt: skip
    home = gazetteer.ORIGIN_REGIONS.get(origin or "", frozenset({origin}))
    # A nationality ("a Djiboutian opponent") says who the people are, not where the act was.
    peoples = {m.start for m in analysis.states if m.role == "national"}
    where = [p for p in analysis.places if p.start not in peoples]
    shots_fears: dict[tuple[int, str], bool] = {}
    # The sentence checks and vetoes, asked per tactic: only those that can drop it.
    checks: dict[int, SentenceChecks] = {}
    mentions = analysis.states

    named: set[str] = set()

    def check(rule: Rule, span: extract.Span) -> bool:
        if not kept(rule, span):
            named.add(rule.value)
            return False
        return True

    def kept(rule: Rule, span: extract.Span) -> bool:
        asked = checks.get(span.start)
        if asked is None:
            found = rules.found_at.get(span.start)
            lowered = rules.lowered_at[span.start]  # span.text.lower()
            asked = checks[span.start] = SentenceChecks(rules.language, span, lowered, found,
                                                        home, where, mentions)  # fmt: skip
        if asked.drops(rule.value):
            return False  # the sentence names the act without its being done (rules/vetoes.py)
        # Round 16b's checks, asked only for this tactic, once per sentence (shots_and_fears.py).
        key = (span.start, rule.value)
        if key not in shots_fears:
            lowered = rules.lowered_at[span.start]  # span.text.lower()
            shots_fears[key] = shots_and_fears.drops(rules.language, lowered, rule.value)
        if shots_fears[key]:
            return False
        if "not_home" not in rule.needs:
            return True
        inside = [p.iso for p in where if span.start <= p.start < span.end]
        return not any(iso in home for iso in inside) or any(iso in hosts for iso in inside)

    hits = rules.run(tactic_rules, check=check)
    hits.named = named
    return hits


def _targeting_abroad(rules: _Rules, analysis: Analysis, origin: str) -> _Hits:
    """The text sums the act up as the state's pursuit of its critics abroad, in a sentence no
    veto drops nor a look-alike check drops beyond transfers (a sanction *over* the targeting
    of exiles drops every act; "in Oman's targeting…" is no transfer at home)."""
    home = gazetteer.ORIGIN_REGIONS.get(origin, frozenset({origin}))

    def check(_rule: Rule, span: extract.Span) -> bool:
        found = rules.found_at.get(span.start)
        lookalike = lookalikes.dropped(rules.language, span, home, analysis.places,
                                       analysis.states, rules.lowered_at[span.start],
                                       found) - {"deportation", "rendition"}  # fmt: skip
        return not (vetoed(rules.language, rules.lowered_at[span.start], found) or lookalike)

    return rules.run(TARGETING_ABROAD, check=check)


def _tags_of(kind: str, hits: _Hits, values: Iterable[str] | None = None) -> list[Tag]:
    chosen = list(values) if values is not None else list(hits.first)
    return [Tag(kind, value, _evidence(hits.first[value][0]), hits.first[value][1])
            for value in chosen]  # fmt: skip


def tag(text: str, language: str, analysis: Analysis | None = None) -> Tagging:
    """Tag one article's text (cleaned, language identified). Without an origin state nothing
    can be transnational repression, so the tactic and context rules are not even run."""
    analysis = analysis or analyse(text, language)
    rules = _Rules(analysis)
    found = origins.found(rules, analysis)
    if found is None:
        return _no_origin(text, rules, analysis)
    origin = found.iso
    origin_tag = Tag("origin_state", origin, _evidence(found.sentence), found.rule)
    host_tags = _hosts(analysis, origin)
    hosts = [t.value for t in host_tags]
    abroad = rules.run(DIASPORA_RULES)
    explicit = rules.run(EXPLICIT_RULES)
    if not explicit.count:  # "Oman's targeting of activists abroad" (rules/gate_cues.py)
        explicit = _targeting_abroad(rules, analysis, origin)
    returned = any(m.role == "destination" and m.iso == origin for m in analysis.states)
    # Relatives pressed at home (≈ 40 µs of rules) are asked only where nothing else decides.
    pressed_home = asked_once(partial(origins.relatives_pressed_at_home, rules, analysis, origin))
    # With nobody abroad and nothing sent back, no act can be transnational: the tactic rules
    # (most of the tagger's time) are not run.
    if abroad.count or hosts or explicit.count or returned or pressed_home():
        tactics = _tactics(rules, analysis, origin, hosts)
    else:  # only the acts that show people abroad themselves (rules/reach_abroad.py)
        tactics = _tactics(rules, analysis, origin, hosts, REACH_RULES)
    if not returned and shots_and_fears.entry_refused(rules.language, rules.lowered):
        tactics.count.pop("deportation", None)  # sent back from the origin (shots_and_fears.py)
        if tactics.first.pop("deportation", None):
            tactics.named.add("deportation")
    # Someone sent back to the origin ("brought back to Uganda") was abroad, wherever from.
    sent_back = returned and bool(
        set(tactics.count) & {"rendition", "deportation", "extradition_request"}
    )
    # A place merely named (no locative, no authority) shows people abroad only for acts no
    # state does lawfully: a Stockholm court's arrest of an official is not repression.
    named_only = all(t.rule == "host.place" for t in host_tags)
    unlawful = bool(set(tactics.count) - lookalikes.LAWFUL_TOO)
    away = (bool(abroad.count) or (bool(hosts) and (unlawful or not named_only)) or sent_back
            or ("threat_to_family" in tactics.count and pressed_home())
            or reach_abroad.reaches_abroad(rules.language, rules.lowered, tactics.count)
            )  # fmt: skip
    is_tnr = (bool(tactics.count) and away) or bool(explicit.count)
    gated = is_tnr and not explicit.count and gate.look_alike(rules, tactics, returned, analysis,
                                                          origin)  # fmt: skip
    is_tnr = is_tnr and not gated
    if is_tnr:  # readings that only add a tactic to a text found as TNR (rules/after_a_killing.py)
        added = _tactics(rules, analysis, origin, hosts, after_a_killing.MANY_ACCOUNTS_RULES)
        for value, (sentence, rule_id) in added.first.items():
            tactics.count[value] += added.count[value]
            tactics.first.setdefault(value, (sentence, rule_id))
    killing = {value: sentence for value, (sentence, _rule) in tactics.first.items()}
    for value in after_a_killing.after_killing(killing, analysis.text.find):
        tactics.count.pop(value, None)
        tactics.first.pop(value, None)
        tactics.named.add(value)
    # The whole text read by the text model: its "no" vetoes the rules' positive; in a short
    # report whose origin and people abroad the rules found, its "yes" rescues their negative
    # (a surer "yes" where a look-alike gate stopped it).
    # A short report is decided by both readings weighed together (nlp/decider.py, session 27).
    asked = is_tnr or bool(abroad.count or hosts)
    p = textmodel.short_probability(text) if asked and decider.active() else None
    signals = None if p is None else decider.Signals(
        p, analysis.language, is_tnr, gated, frozenset(tactics.count), bool(abroad.count),
        len(hosts), named_only, unlawful, sent_back, returned, bool(explicit.count),
        origin in hosts, found.rule)  # fmt: skip
    verdict = decider.verdict(text, is_tnr, gated, asked, signals)
    vetoed, rescued = verdict.vetoed, verdict.rescued
    rules_read = None
    if vetoed is not None:
        rules_read = Tagging(is_tnr=True, origin_state=origin, host_countries=hosts,
                             tactics=list(tactics.first))  # fmt: skip
    elif rescued is not None:
        rules_read = Tagging()  # the rules' negative: no event read for the grouper
    is_tnr = (is_tnr and vetoed is None) or rescued is not None
    relevance = _relevance(is_tnr, origin, tactics, abroad, explicit, hosts)
    if vetoed is not None:  # the rules' evidence sentence stays; the rule says who said no
        relevance = replace(relevance, rule=f"{verdict.reader}] over {relevance.rule}")
    if rescued is not None:  # evidence: the rules' tactic sentence, else the origin's
        relevance = replace(relevance, evidence=relevance.evidence or origin_tag.evidence,
                            rule=f"{verdict.reader} rescue{', gate overruled' if gated else ''}]"
                            f" over {relevance.rule}")  # fmt: skip
    read = list(tactics.first)
    if is_tnr and textmodel.ENABLED and _model_tactics(text, rules, tactics) and not rules_read:
        rules_read = Tagging(is_tnr=True, origin_state=origin, host_countries=hosts,
                             tactics=read)  # the grouper reads the rules' tactics  # fmt: skip
    result = Tagging(is_tnr=is_tnr, origin_state=origin if is_tnr else None,
                     host_countries=hosts if is_tnr else [],
                     tactics=list(tactics.first) if is_tnr else [],
                     before_veto=rules_read)  # fmt: skip
    result.tags.append(relevance)
    result.tags.append(origin_tag)
    result.tags += host_tags + _tags_of("tactic", tactics)
    if is_tnr:
        result.tags += _stage(tactics) + _community(rules) + _perpetrator(rules)
    result.tags += _counts_and_dates(analysis)
    return result


def _no_origin(text: str, rules: _Rules, analysis: Analysis) -> Tagging:
    """A text in which the rules read no origin state: not a report, unless it is a short text
    that nlp/unplaced.py decides is one (session 30; with it off, one the word model reads as
    one beyond doubt, ``textmodel.rescues_unplaced``, session 25). Such a report has no origin
    or host, and the tactic model's likeliest tactic if any; its evidence is that tactic's
    sentence, else the headline (the model read the whole text)."""
    empty = _Hits()
    rescued = _unplaced_rescue(text, rules, analysis)
    if rescued is None:
        result = Tagging()
        result.tags.append(_relevance(False, None, empty, empty, empty, []))
        result.tags += _counts_and_dates(analysis)
        return result
    tactics = _Hits()
    _model_tactics(text, rules, tactics)
    relevance = _relevance(True, None, tactics, empty, empty, [])
    relevance = replace(
        relevance,
        evidence=relevance.evidence or _evidence(analysis.sentences.at(0).text),
        rule=f"{rescued} rescue, no origin read] over {relevance.rule}",
    )
    result = Tagging(is_tnr=True, tactics=list(tactics.first), before_veto=Tagging())
    result.tags.append(relevance)
    result.tags += _tags_of("tactic", tactics) + _stage(tactics) + _community(rules)
    result.tags += _perpetrator(rules) + _counts_and_dates(analysis)
    return result


def _unplaced_rescue(text: str, rules: _Rules, analysis: Analysis) -> str | None:
    """Who made a short report with no origin read a report, as its relevance rule names them
    (without the closing bracket), or None where nobody did."""
    if not textmodel.ENABLED:
        return None
    if not unplaced.active():
        sure = textmodel.rescues_unplaced(text)
        return None if sure is None else f"relevance.textmodel[{textmodel.VERSION} p={sure:.2f}"
    p = textmodel.short_probability(text) if textmodel.short_size(text) is not None else None
    if p is None:  # a long text or a snippet (no hashing for them)
        return None
    signals = unplaced.Signals(
        p, analysis.language, frozenset(rules.run(TACTIC_RULES).count),
        bool(rules.run(DIASPORA_RULES).count), bool(rules.run(EXPLICIT_RULES).count),
        bool(rules.run(TARGETING_ABROAD).count), len({m.iso for m in analysis.states}),
        len({place.iso for place in analysis.places}),
        sum(place.locative for place in analysis.places),
        frozenset(m.role for m in analysis.states))  # fmt: skip
    said = unplaced.probability(signals)
    if said < unplaced.THRESHOLD:
        return None
    return f"relevance.unplaced[{unplaced.VERSION} p={said:.2f}, {textmodel.VERSION} p={p:.2f}"


def _model_tactics(text: str, rules: _Rules, tactics: _Hits) -> bool:
    """The tactic model (nlp/tacticmodel.py): a report found with no tactic gets its likeliest,
    if likely enough; in one with tactics it drops those it finds unlikely and adds the
    likeliest they lack. An added tactic's evidence is the sentence that weighs most for it.
    Whether it changed tactics the rules had read."""
    sentences = [span.text for span, _lowered in rules.spans]
    beside = " beside the rules" if tactics.first else ""
    if beside:
        change = tacticmodel.reread(text, sentences, set(tactics.first), tactics.named)
    else:
        change = tacticmodel.Change(frozenset(), tacticmodel.likeliest(text, sentences))
    for code in change.dropped if change else ():
        tactics.count.pop(code, None)
        tactics.first.pop(code, None)
    if change and change.added:
        added = change.added
        tactics.count[added.code] += 1
        rule = f"tactic.{tacticmodel.VERSION}[p={added.p:.2f}{beside}]"
        tactics.first[added.code] = (added.sentence, rule)
    return bool(beside) and change is not None


# Every rule list the tagger runs (``_Rules.run``), here, in gate.py and in origin.py.
RULE_LISTS = (TACTIC_RULES, REACH_RULES, after_a_killing.MANY_ACCOUNTS_RULES, TARGETING_ABROAD,
              DIASPORA_RULES, EXPLICIT_RULES, COMMUNITY_RULES, PERPETRATOR_RULES,
              *gate.RULE_LISTS, *origins.RULE_LISTS)  # fmt: skip


def warm_up() -> None:
    """Build the rule loop's plans of every list and language now (``pipeline.warm_up``), the
    vetoes each tactic asks and the text model's weights (4 MiB), so that forked workers share
    them; a missing or foreign model file fails here, at start, not at the first positive."""
    textmodel.ready()
    tacticmodel.ready()
    decider.ready()
    unplaced.ready()
    _warm_up_rules(RULE_LISTS)
    for language in RULE_LANGUAGES:
        dropping_in(language, literal_index(language).universe)


def _relevance(is_tnr: bool, origin: str | None, tactics: _Hits, abroad: _Hits, explicit: _Hits,
               hosts: list[str]) -> Tag:  # fmt: skip
    if explicit.count and origin:
        sentence, rule = next(iter(explicit.first.values()))
    elif tactics.first:
        sentence, rule = next(iter(tactics.first.values()))
    else:
        sentence, rule = "", ""
    signals = (("origin", origin), ("tactic", tactics.count), ("abroad", abroad.count or hosts),
               ("explicit", explicit.count))  # fmt: skip
    parts = [name for name, present in signals if present]
    value = "tnr" if is_tnr else "not_tnr"
    return Tag("relevance", value, _evidence(sentence), f"relevance.rules[{'+'.join(parts)}]"
               + (f" via {rule}" if rule else ""))  # fmt: skip


def _stage(tactics: _Hits) -> list[Tag]:
    for stage, codes in (("stage3", _STAGE3), ("stage2", _STAGE2)):
        for code in codes:
            if code in tactics.first:
                sentence, _rule = tactics.first[code]
                return [Tag("stage", stage, _evidence(sentence), f"stage.from.{code}")]
    if tactics.first:
        sentence, _rule = next(iter(tactics.first.values()))
        return [Tag("stage", "stage1", _evidence(sentence), "stage.default")]
    return []


def _community(rules: _Rules) -> list[Tag]:
    hits = rules.run(COMMUNITY_RULES)
    if not hits.count:
        return []
    return _tags_of("community", hits, [hits.count.most_common(1)[0][0]])


def _perpetrator(rules: _Rules) -> list[Tag]:
    hits = rules.run(PERPETRATOR_RULES)
    if not hits.count:
        return []
    return _tags_of("perpetrator", hits, [hits.count.most_common(1)[0][0]])


def _counts_and_dates(analysis: Analysis) -> list[Tag]:
    tags = []
    for count in analysis.counts:
        value = f"{count.value}+" if count.approximate else str(count.value)
        sentence = analysis.sentences.at(count.start).text
        tags.append(Tag("people_count", value, _evidence(sentence), f"count.{analysis.language}"))
    for mention in analysis.dates:
        sentence = analysis.sentences.at(mention.start).text
        tags.append(Tag("date", mention.value, _evidence(sentence), f"date.{mention.precision}"))
    return tags
