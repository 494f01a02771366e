"""Round 12e look-alike stress: invented short news texts that no rule was tuned on, one or more
per codebook look-alike class (repression at home, lawful extradition or deportation of ordinary
suspects and migrants, criminal hacking, a state's hacking of infrastructure or espionage against
the host, diaspora community news, sanctions, diplomatic rows, court cases at home, asylum and
arrivals, indexes and NGO statements, deaths in custody, wanted lists of foreign politicians,
exiles quoted with no act against them, killings between criminals), in en, tr, zh, ug, ru and fa,
over states rarely seen in our corpora. Where natural, a minimal TNR counterpart must stay found.
Entries: (class, language, look-alike, TNR counterpart or None, origin of the counterpart).
Tagged by the rules alone (pairs.rules_tag); where the text model overrules them on these texts
since session 18 is pinned in test_short_reports_read_by_the_model.py."""

from __future__ import annotations

import pytest

from amanat.monitor.nlp.tagging import tag
from amanat.monitor.tests.lookalike_stress_a import CASES as CASES_A
from amanat.monitor.tests.lookalike_stress_b import CASES_B, STILL_TAKEN
from amanat.monitor.tests.pairs import rules_tag

CASES = CASES_A + CASES_B


@pytest.mark.parametrize(
    "case", [pytest.param(c, id=f"{c[0]}-{c[1]}-{i}") for i, c in enumerate(CASES)]
)
def test_look_alike_is_rejected(case: tuple[str, str, str, str | None, str]) -> None:
    kind, language, look_alike, _, _ = case
    result = rules_tag(look_alike, language)
    assert not result.is_tnr, (kind, result.tags)


@pytest.mark.parametrize(
    "case", [pytest.param(c, id=f"{c[0]}-{c[1]}-{i}") for i, c in enumerate(CASES) if c[3]]
)
def test_tnr_counterpart_is_found(case: tuple[str, str, str, str | None, str]) -> None:
    kind, language, _, tnr, origin = case
    assert tnr is not None
    result = rules_tag(tnr, language)
    assert result.is_tnr, (kind, result.tags)
    assert result.origin_state == origin, (kind, result.tags)


# The Round 12e checks stay narrow: coming back from abroad with the act placed abroad,
# prisoners' kin pressed over a voice abroad, and criminals hired by a state stay TNR.
@pytest.mark.parametrize(("language", "text", "origin"), [
    ("en", "Turkish police detained the Uyghur activist in Istanbul days after he returned from "
           "a conference in Geneva, acting on a Chinese extradition request.", "CN"),
    ("ru", "Полиция в Стамбуле задержала таджикского оппозиционера после возвращения из "
           "Берлина по запросу Душанбе.", "TJ"),
    ("en", "Police in Urumqi detained the relatives of the jailed scholar after his daughter "
           "spoke out in Washington about his case.", "CN"),
    ("en", "The hitmen hired by Iranian intelligence through a rival gang shot the dissident "
           "dead in Amsterdam.", "IR"),
])  # fmt: skip
def test_the_stress_checks_leave_tnr_alone(language: str, text: str, origin: str) -> None:
    result = tag(text, language)
    assert result.is_tnr, result.tags
    assert result.origin_state == origin, result.tags


@pytest.mark.xfail(strict=True, reason="look-alike classes Round 12e did not reach")
@pytest.mark.parametrize("case", [pytest.param(c, id=f"{c[0]}-{c[1]}") for c in STILL_TAKEN])
def test_look_alike_still_taken(case: tuple[str, str, str, str | None, str]) -> None:
    kind, language, look_alike, _, _ = case
    assert not tag(look_alike, language).is_tnr, kind
