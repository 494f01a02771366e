"""The look-alike gate: whether a text the rules read as transnational repression reports law
enforcement, espionage, a release or another state's quarrel instead (the rules' checks of the
lead and the acts, rules/lookalikes.py and the ``gate_*`` modules). Asked by the tagger
(tagging.py) after the acts abroad are read; a "yes" turns the rules' verdict down, and the
decider (nlp/decider.py) weighs that it did.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from amanat.monitor.nlp import extract, gazetteer
from amanat.monitor.nlp.rules import (
    Rule,
    driven_out,
    gate_clashes,
    gate_crimes,
    gate_regimes,
    gate_whose_act,
    lawful_acts,
    lookalikes,
    seats,
    suspects,
)
from amanat.monitor.nlp.rules.context import (
    CRIMINAL_RULES,
    NEW_ACT_RULES,
    POLITICAL_RULES,
    RELEASE_RULES,
)
from amanat.monitor.nlp.rules.gate_cues import POLITICAL_MORE, POLITICIAN_RULES, RELEASE_NOT_DONE
from amanat.monitor.nlp.rules.lookalikes import LAWFUL_TOO
from amanat.monitor.nlp.tagging_rules import Hits, Rules

if TYPE_CHECKING:
    from amanat.monitor.nlp.tagging import Analysis

# Every rule list the gate runs (``tagging.warm_up`` builds their plans before the fork).
RULE_LISTS = (RELEASE_RULES, RELEASE_NOT_DONE, NEW_ACT_RULES, POLITICAL_RULES, POLITICAL_MORE,
              POLITICIAN_RULES, CRIMINAL_RULES)  # fmt: skip


def look_alike(rules: Rules, tactics: Hits, returned: bool = False,
               analysis: Analysis | None = None, origin: str | None = None) -> bool:  # fmt: skip
    """Law enforcement, espionage or a release, not a new act of repression: only acts a state
    also does lawfully, against no political target; or a lead sentence reporting a release
    (at home: a release that ends an act abroad is read like the act, rules/lookalikes.py)."""
    lead = rules.spans[0][0].text if rules.spans else ""

    def in_lead(_rule: Rule, span: extract.Span) -> bool:
        return span.text == lead

    released = lead and rules.run(RELEASE_RULES, check=in_lead).count
    not_done = released and rules.run(RELEASE_NOT_DONE, check=in_lead).count  # "urged to free"
    if released and not not_done and not released_abroad(rules, analysis, origin):
        return not rules.run(NEW_ACT_RULES, check=in_lead).count
    if lookalikes.perpetrator_tried(rules.language, rules.lowered, tactics.count):
        return True  # a perpetrator tried abroad, whatever victims the text names
    home = gazetteer.ORIGIN_REGIONS.get(origin or "", frozenset({origin}))
    if analysis and origin and gate_whose_act.lead_look_alike(
        rules.language, rules.spans[0][0], home, analysis.states, analysis.places):  # fmt: skip
        return True  # a foreign official wanted, foreign agents tried at home
    lawful_only = set(tactics.count) <= LAWFUL_TOO
    if lawful_only and not returned and seats.diplomatic_row(rules.language, lead.lower()):
        return True  # a row between states over their envoys (rules/seats.py)
    if analysis and lawful_acts.look_alike(rules.language, analysis.text, lead, tactics.first, home,
                                           analysis.places, analysis.states):  # fmt: skip
        return True  # a convict extradited, a host's returns of refugees (rules/lawful_acts.py)
    if gate_clashes.espionage_on_institutions(rules.language, rules.lowered, tactics.count):
        return True  # spying on a military or companies (rules/gate_clashes.py)
    heads = " ".join(span.text for span, _found in rules.spans[:2])  # a headline and its lead
    sentences = [sentence for sentence, _rule in tactics.first.values()]
    if gate_clashes.clash_at_an_event(rules.language, heads, sentences, tactics.count,
                                      rules.lowered):  # fmt: skip
        return True  # a clash at a protest or festival abroad (rules/gate_clashes.py)
    if gate_clashes.armed_group_claims(rules.language, rules.lowered, tactics.count):
        return True  # a killing an armed group claims (rules/gate_clashes.py)
    if gate_crimes.look_alike(rules.language, heads.lower(), rules.lowered, tactics.count):
        return True  # an atrocity's suspect pursued, criminals for gain (rules/gate_crimes.py)
    if gate_regimes.regime_agent_pursued(rules.language, heads.lower(), tactics.count):
        return True  # a fallen regime's agent pursued (rules/gate_regimes.py)
    if analysis and driven_out.driven_out(rules.language, lead.lower(), analysis.text, sentences,
                                          analysis.places, home):  # fmt: skip
        return True  # fled because of acts at home (rules/driven_out.py)
    if rules.run(POLITICAL_RULES).count or rules.run(POLITICAL_MORE).count:
        return False
    criminal = rules.run(CRIMINAL_RULES).count or suspects.charged_with_crime(
        rules.language, rules.lowered
    )
    if (not criminal and rules.run(POLITICIAN_RULES).count
            and not gate_regimes.crime_named(rules.language, rules.lowered)):  # fmt: skip
        return False  # a politician pursued for no crime the text names (rules/gate_regimes.py)
    return lawful_only or bool(criminal)


def released_abroad(rules: Rules, analysis: Analysis | None, origin: str | None) -> bool:
    """The lead's release ends an act placed in another state than the origin."""
    if analysis is None or origin is None or not rules.spans:
        return False
    home = gazetteer.ORIGIN_REGIONS.get(origin, frozenset({origin}))
    # A headline's release is placed by the sentence under it (rules/gate_clashes.py).
    headline = gate_clashes.is_headline(analysis.text, rules.spans[0][0].text)
    lead = rules.spans[: 2 if headline else 1]
    return any(lookalikes.released_abroad(rules.language, span, home, analysis.places)
               for span, _lowered in lead)  # fmt: skip
