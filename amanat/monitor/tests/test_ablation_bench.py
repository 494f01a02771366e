"""bench/monitor_ablation.py: every family switch reaches a real entry point of the monitor and
puts it back afterwards, and an unknown variant is refused by name with exit code 2."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from amanat.monitor.nlp import tagging
from amanat.monitor.nlp.rules import after_a_killing
from amanat.monitor.nlp.rules.tactics_papers_and_handovers import PAPERS_AND_HANDOVERS_RULES
from bench import monitor_ablation

ROOT = Path(__file__).resolve().parents[3]


@pytest.mark.parametrize("variant", list(monitor_ablation.VARIANTS))
def test_every_switch_enters_and_puts_the_monitor_back(variant: str) -> None:
    rules_before = tagging._tactics.__defaults__
    killing_before = after_a_killing.MANY_ACCOUNTS_RULES
    for switch in monitor_ablation.switches(variant):
        with switch():  # mock.patch.object refuses an attribute that is not there
            pass
    assert tagging._tactics.__defaults__ is rules_before
    assert after_a_killing.MANY_ACCOUNTS_RULES is killing_before


def test_a_family_of_readings_is_left_out_of_the_tagger_only_while_switched_off() -> None:
    (full,) = tagging._tactics.__defaults__  # type: ignore[misc]  # one default: the rules
    (switch,) = monitor_ablation.switches("off:readings.papers_and_handovers")
    with switch():
        (kept,) = tagging._tactics.__defaults__  # type: ignore[misc]  # one default: the rules
        assert len(kept) == len(full) - len(PAPERS_AND_HANDOVERS_RULES)
    assert tagging._tactics.__defaults__[0] is full  # type: ignore[index]  # one default


def test_variants_join_with_a_plus() -> None:
    assert len(monitor_ablation.switches("off:gates.crimes+off:vetoes.family")) == 2


def test_an_unknown_variant_is_refused_by_name_with_exit_code_2() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "bench.monitor_ablation", "base+off:gates.nosuch"],
        cwd=ROOT, capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert done.returncode == 2
    assert "unknown variant off:gates.nosuch" in done.stderr
    assert done.stdout == ""


def test_an_unknown_set_is_refused_with_exit_code_2() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "bench.monitor_ablation", "--set", "tnr-heldout", "base"],
        cwd=ROOT, capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert done.returncode == 2
    assert "invalid choice: 'tnr-heldout'" in done.stderr
