"""The origin's faster paths give what the slower ones gave: compared over corpus texts of six
languages and synthetic articles (origin.py)."""

from __future__ import annotations

from collections import Counter

from amanat.monitor import synthetic
from amanat.monitor.nlp import gazetteer, kin, lang, normalise, origin, tagging
from amanat.monitor.tests.conftest import CORPUS

_SPLITS = ("tnr-dev", "labelled", "seeds", "tnr-fresh", "tnr-fresh2", "tnr-fresh3")


def _texts() -> list[tuple[str, str]]:
    found = []
    for split in _SPLITS:
        for path in sorted((CORPUS / split).glob("*.txt")):
            try:
                text = normalise.clean(normalise.decode(path.read_bytes()).text)
            except normalise.BadInput:
                continue
            found.append((text, lang.identify(text).code))
    for text in synthetic.generate(300, multilingual=True)[0]:
        found.append((text, lang.identify(text).code))
    return found


def _old_relatives(rules: tagging._Rules, analysis: tagging.Analysis) -> tuple[str, ...] | None:
    """What ``from_relatives`` read of the relatives rules before they were run once a text."""
    family = rules.run(origin._FAMILY_RULES)
    if not family.first:
        return None
    return family.first["threat_to_family"][:1]


def _old_pressed(rules: tagging._Rules, analysis: tagging.Analysis, state: str) -> bool:
    home = gazetteer.ORIGIN_REGIONS.get(state, frozenset({state}))
    hits = rules.run(origin._FAMILY_RULES, check=lambda _rule, span: kin.placed_with_relatives(
        analysis.text, rules.language, span, analysis.places, home))  # fmt: skip
    return bool(hits.count)


def test_the_relatives_rules_run_once_give_what_each_pass_found_running_them() -> None:
    languages: Counter[str] = Counter()
    fired = 0
    for text, language in _texts():
        analysis = tagging.analyse(text, language)
        old_rules, new_rules = tagging._Rules(analysis), tagging._Rules(analysis)
        old = _old_relatives(old_rules, analysis)
        spans = origin._family_fired(new_rules)
        assert old == ((spans[0].text,) if spans else None)
        states = {m.iso for m in analysis.states} | {p.iso for p in analysis.places} | {"IR"}
        for state in sorted(states):
            assert _old_pressed(old_rules, analysis, state) == origin.relatives_pressed_at_home(
                new_rules, analysis, state
            )
        assert origin.from_relatives(old_rules, analysis) == origin.from_relatives(
            new_rules, analysis
        )
        languages[language] += 1
        fired += bool(spans)
    assert {"en", "tr", "zh", "ug", "ru", "fa"} <= {lang for lang, n in languages.items() if n > 5}
    assert fired > 20
