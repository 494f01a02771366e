"""`amanat monitor evaluate`: the JSON shape design/taxonomy.md fixes, the scores measured on
the shipped corpora (floors just under what was measured, to catch regressions), predictions
in the labels format, and strict reading of labels files."""

from __future__ import annotations

import json
import os
import random
import shutil
import subprocess
import sys
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from amanat.monitor.nlp import corpus, evaluate, pipeline
from amanat.monitor.nlp.corpus import Label
from amanat.monitor.tests.conftest import CORPUS

PRF = {"precision", "recall", "f1"}


def _evaluate(*args: str) -> str:
    out = StringIO()
    call_command("monitor", "evaluate", *args, stdout=out)
    return out.getvalue()


def test_the_json_report_has_exactly_the_documented_shape() -> None:
    report = json.loads(_evaluate(str(CORPUS / "labelled"), "--json"))
    assert set(report) == {"n", "relevance", "tactics", "origin_state_accuracy",
                           "host_countries_accuracy", "grouping"}  # fmt: skip
    assert report["n"] == 46
    assert set(report["relevance"]) == PRF
    assert set(report["grouping"]) == PRF
    assert set(report["tactics"]) == {"micro", "per_label"}
    assert set(report["tactics"]["micro"]) == PRF
    assert all(set(scores) == PRF for scores in report["tactics"]["per_label"].values())
    assert "detention" in report["tactics"]["per_label"]


def test_scores_on_the_labelled_corpus_stay_at_what_was_measured() -> None:
    # Measured with rules-1: relevance F1 1.000, tactics micro F1 0.986, origin and host
    # accuracy 1.000, grouping F1 0.966. The rules were written alongside this corpus, so these
    # are development-set scores; the holdout below is the honest estimate.
    report = json.loads(_evaluate(str(CORPUS / "labelled"), "--json"))
    assert report["relevance"]["f1"] >= 0.95
    assert report["tactics"]["micro"]["f1"] >= 0.95
    assert report["origin_state_accuracy"] >= 0.95
    assert report["host_countries_accuracy"] >= 0.95
    assert report["grouping"]["f1"] >= 0.9


def test_scores_on_the_holdout_written_after_the_rules_were_frozen() -> None:
    # Measured: relevance F1 0.941, tactics micro F1 0.722 (recall 0.591), origin 0.889, hosts
    # 0.778, grouping F1 1.000. Never tuned against: a drop here is a real regression.
    report = json.loads(_evaluate(str(CORPUS / "holdout"), "--json"))
    assert report["relevance"]["f1"] >= 0.9
    assert report["tactics"]["micro"]["f1"] >= 0.7
    assert report["grouping"]["f1"] >= 0.9


def test_the_seed_articles_are_grouped_as_labelled() -> None:
    report = json.loads(_evaluate(str(CORPUS / "seeds"), "--json"))
    assert report["grouping"] == {"precision": 1.0, "recall": 1.0, "f1": 1.0}
    assert report["relevance"]["f1"] == 1.0


def test_predictions_are_written_in_the_labels_format(tmp_path: Path) -> None:
    target = tmp_path / "predicted.jsonl"
    _evaluate(str(CORPUS / "seeds"), "--predictions", str(target))
    predicted = corpus.read_labels(target)
    assert [p.file for p in predicted] == sorted(p.file for p in predicted)
    groups = {p.file[:3]: p.story_group for p in predicted}
    assert groups["000"] == groups["001"]
    assert groups["002"] == groups["004"]
    assert groups["003"] is None
    first = json.loads(target.read_text(encoding="utf-8").splitlines()[0])
    assert set(first) == {"file", "is_tnr", "origin_state", "host_countries", "tactics",
                          "story_group"}  # English: no "lang"  # fmt: skip


def test_the_text_report_lists_every_metric() -> None:
    text = _evaluate(str(CORPUS / "seeds"))
    for line in ("relevance (is TNR)", "tactics (micro)", "origin-state accuracy",
                 "host-countries accuracy", "grouping (pairwise)"):  # fmt: skip
        assert line in text


def test_pairwise_grouping_counts_pairs_not_groups() -> None:
    gold = [Label("a", False, story_group="s"), Label("b", False, story_group="s"),
            Label("c", False, story_group="s"), Label("d", False)]  # fmt: skip
    predicted = [Label("a", False, story_group="x"), Label("b", False, story_group="x"),
                 Label("c", False), Label("d", False, story_group="x")]  # fmt: skip
    # gold pairs ab ac bc; predicted ab ad bd: one right of three each way.
    assert evaluate.grouping_scores(gold, predicted) == {"precision": 0.3333, "recall": 0.3333,
                                                         "f1": 0.3333}  # fmt: skip


def test_tactics_of_a_prediction_judged_not_tnr_do_not_count() -> None:
    gold = [Label("a", True, "CN", ("TR",), ("detention",))]
    predicted = [Label("a", False, None, (), ("detention",))]
    report = evaluate.score(gold, predicted)
    # Nothing predicted though something was to find: precision 0, not "undefined".
    assert report["tactics"]["per_label"]["detention"] == {"precision": 0.0, "recall": 0.0,
                                                          "f1": 0.0}  # fmt: skip
    assert report["relevance"]["recall"] == 0.0
    assert report["origin_state_accuracy"] == 0.0


def test_a_labels_file_that_breaks_the_format_is_refused_with_its_line(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("text", encoding="utf-8")
    (tmp_path / "labels.jsonl").write_text('{"file": "a.txt", "is_tnr": "yes"}\n', encoding="utf-8")
    with pytest.raises(CommandError, match=r"labels.jsonl:1: 'is_tnr' must be true or false"):
        _evaluate(str(tmp_path))
    (tmp_path / "labels.jsonl").write_text('{"file": "b.txt", "is_tnr": false}\n', "utf-8")
    with pytest.raises(CommandError, match=r"b\.txt is labelled but missing"):
        _evaluate(str(tmp_path))
    with pytest.raises(CommandError, match=r"no labels\.jsonl"):
        _evaluate(str(tmp_path / "nowhere"))


def test_scores_on_the_development_corpus_of_real_reported_events() -> None:
    # tnr-dev: 346 texts, 25 origin states, six languages, 45% look-alikes; the rules were
    # written with it. Measured (rules-10, states-7, grouping-3 of session 5): relevance F1
    # 0.987 (look-alikes rejected 153/155), tactics micro F1 0.870, origin 0.979, grouping
    # P 0.924 F1 0.851. The floors stay loose: this is in-sample.
    report = json.loads(_evaluate(str(CORPUS / "tnr-dev"), "--json"))
    assert report["relevance"]["f1"] >= 0.95
    assert report["tactics"]["micro"]["f1"] >= 0.84
    assert report["grouping"]["precision"] >= 0.82
    assert report["grouping"]["f1"] >= 0.77


def test_scores_on_the_held_out_origin_states_never_tuned_on() -> None:
    # tnr-heldout: 82 texts about 17 origin states absent from tnr-dev (and from every rule).
    # Measured with rules-5 (and rules-4): relevance P 0.923 R 0.800 F1 0.857, look-alikes
    # rejected 34/37, tactics micro F1 0.772, grouping F1 0.897 (rules-3: 0.857, 0.761, 0.911;
    # rules-2: F1 0.815, 0.727, 0.838; before issue 12: relevance F1 0.0, grouping 0.245).
    # Session 22's word models (textmodel-7, never trained on this split) take one more of its
    # 37 look-alikes and find two more true reports: P 0.911 -> 0.896, R 0.911 -> 0.956, F1
    # 0.911 -> 0.925, tactics 0.825 -> 0.814; the precision floor moved from 0.9 to 0.89.
    report = json.loads(_evaluate(str(CORPUS / "tnr-heldout"), "--json"))
    assert report["relevance"]["precision"] >= 0.89
    assert report["relevance"]["f1"] >= 0.84
    assert report["tactics"]["micro"]["f1"] >= 0.74
    assert report["grouping"]["f1"] >= 0.88


def test_the_text_report_shows_recall_per_origin_state_and_the_lookalikes_taken() -> None:
    gold = [Label("a.txt", True, "RW"), Label("b.txt", True, "RW"), Label("c.txt", False),
            Label("d.txt", True, "VN")]  # fmt: skip
    predicted = [Label("a.txt", True, "RW"), Label("b.txt", False), Label("c.txt", True, "IN",
                 tactics=("extradition_request",)), Label("d.txt", True, "VN")]  # fmt: skip
    assert evaluate.origin_recall(gold, predicted) == {"RW": (1, 2), "VN": (1, 1)}
    text = evaluate.render_breakdown(gold, predicted)
    assert "RW    1 / 2    0.50" in text
    assert "look-alikes rejected         0 / 1" in text
    assert "taken for TNR: c.txt (origin IN, tactics extradition_request)" in text


def test_predictions_never_depend_on_the_labels(tmp_path: Path) -> None:
    """Scrambling every label (relevance, states, tactics, groups) changes no prediction."""
    source = CORPUS / "tnr-heldout"
    scrambled = tmp_path / "scrambled"
    shutil.copytree(source, scrambled)
    labels = corpus.read_labels(source / "labels.jsonl")
    rng = random.Random(12)
    shuffled = [label.to_json() for label in labels]
    for key in ("is_tnr", "origin_state", "host_countries", "tactics", "story_group"):
        values = [row[key] for row in shuffled]
        rng.shuffle(values)
        for row, value in zip(shuffled, values, strict=True):
            row[key] = value
    (scrambled / "labels.jsonl").write_text(
        "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in shuffled), encoding="utf-8"
    )
    assert corpus.read_labels(scrambled / "labels.jsonl") != labels
    original = pipeline.predict_folder(corpus.read_folder(source)).predictions
    again = pipeline.predict_folder(corpus.read_folder(scrambled)).predictions
    assert again == original


def test_evaluate_runs_on_a_fresh_checkout_without_deployment_settings(tmp_path: Path) -> None:
    env = {key: value for key, value in os.environ.items()
           if not key.startswith(("AMANAT_", "DJANGO_"))}  # fmt: skip
    target = tmp_path / "predicted.jsonl"
    code = ("from amanat.cli.main import main; main(['amanat', 'monitor', 'evaluate', "
            f"{str(CORPUS / 'seeds')!r}, '--predictions', {str(target)!r}])")  # fmt: skip
    done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True,
                          timeout=120, check=False)  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "recall per origin state" in done.stdout
    assert "look-alikes rejected" in done.stdout
    assert len(corpus.read_labels(target)) == 5


def test_evaluate_without_settings_names_a_missing_folder(tmp_path: Path) -> None:
    env = {key: value for key, value in os.environ.items()
           if not key.startswith(("AMANAT_", "DJANGO_"))}  # fmt: skip
    code = ("from amanat.cli.main import main; main(['amanat', 'monitor', 'evaluate', "
            f"{str(tmp_path / 'nowhere')!r}])")  # fmt: skip
    done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True,
                          timeout=120, check=False)  # fmt: skip
    assert done.returncode == 1
    assert "no labels.jsonl" in done.stderr


def test_the_folder_run_groups_with_the_grouper_it_is_given() -> None:
    """An empty grouper has no length, so ``grouper or StoryGrouper()`` once dropped the one
    passed in for a new one: a bench that passed its own (to record or to measure) measured
    the default instead."""
    from amanat.monitor.nlp.grouping import Assignment, Doc, StoryGrouper

    class Counting(StoryGrouper):
        added = 0

        def add(self, doc: Doc, *, signature: bytes | None = None) -> Assignment:
            Counting.added += 1
            return super().add(doc, signature=signature)

    grouper = Counting()
    folder = corpus.read_folder(CORPUS / "tnr-fresh384")
    pipeline.predict_folder(folder, grouper)
    assert Counting.added == len(folder.texts) == len(grouper)
