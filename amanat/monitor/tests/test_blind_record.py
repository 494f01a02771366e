"""bench/monitor_blind.py: each split is scored by the code of the commit that added it, and
splits are pooled without their file names or story groups colliding."""

from __future__ import annotations

import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

from amanat.monitor.nlp.corpus import Label
from bench import monitor_agreement, monitor_blind, monitor_selector, monitor_textmodel

ROOT = Path(monitor_blind.__file__).resolve().parent.parent


def test_it_counts_the_look_alikes_the_predictions_reject() -> None:
    gold = [
        Label("a.txt", True, "TR", ("DE",), ("detention",), "s1"),
        Label("b.txt", False, story_group="s2"),
        Label("c.txt", False, story_group="s3"),
    ]
    predicted = [
        Label("a.txt", True, "TR", ("DE",), ("detention",)),
        Label("b.txt", True, "TR", ("DE",), ("deportation",)),
    ]  # c.txt: no prediction
    report = monitor_blind.figures(gold, predicted)
    assert report["rejected"] == (1, 2)
    assert report["relevance"]["precision"] == 0.5


def test_pooled_splits_keep_their_files_and_stories_apart() -> None:
    one = monitor_blind._renamed(Label("001.txt", True, "CN", (), ("detention",), "x"), "s1")
    two = monitor_blind._renamed(Label("001.txt", True, "CN", (), ("detention",), "x"), "s2")
    assert (one.file, one.story_group) == ("s1-001.txt", "s1/x")
    assert (two.file, two.story_group) == ("s2-001.txt", "s2/x")


def test_numbered_splits_come_in_their_order() -> None:
    names = monitor_blind.splits()
    assert names.index("tnr-fresh2") < names.index("tnr-fresh10")


@pytest.mark.skipif(not (ROOT / ".git").exists(), reason="needs the git history")
def test_the_code_that_scores_a_split_blind_is_older_than_the_split() -> None:
    commit, _date = monitor_blind.added_in("tnr-fresh5")
    parent_tree = subprocess.run(
        ["git", "ls-tree", "-r", "--name-only", f"{commit}^"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert "amanat/monitor/corpus/tnr-fresh5/labels.jsonl" not in parent_tree


def test_the_selector_scores_only_texts_rightly_found_as_tnr() -> None:
    rows = [
        {"split": "s", "file": "a", "is_tnr": True, "gold_tnr": True,
         "tactics": ["detention", "deportation"], "gold": ["deportation", "rendition"]},
        {"split": "s", "file": "b", "is_tnr": True, "gold_tnr": False,
         "tactics": ["assault"], "gold": []},
    ]  # fmt: skip
    assert monitor_selector._micro(rows, {}) == [1, 1, 1]
    assert monitor_selector._micro(rows, {("s", "a", "detention"): False}) == [1, 0, 1]


def test_the_selector_reads_the_other_tactics_beside_a_candidate() -> None:
    row = {"lang": "tr", "sentences": 5, "cands": {"detention": [2, 0], "deportation": [1, 4]}}
    found = monitor_selector.features(row, "deportation", pairs=True)
    assert found["t=deportation&with=detention"] == 1
    assert found["rank=2"] == 1
    assert found["position"] == 1.0
    assert "t=deportation&with=detention" not in monitor_selector.features(
        row, "deportation", False
    )


def test_the_second_annotator_labelled_80_corpus_texts_in_the_codebook_format() -> None:
    first, second = monitor_agreement.pairs()
    assert len(first) == len(second) == 80
    assert [a.file for a in first] == [b.file for b in second]
    assert len({a.file for a in first}) == 80


def test_both_session_29_annotations_label_three_texts_of_each_split_313_to_352() -> None:
    """The two sets differ only in what their annotators were told: the same 120 texts."""
    sets = [chosen.path for chosen in monitor_agreement.ANNOTATIONS[1:]]
    named = [monitor_agreement.texts(path) for path in sets]
    assert sorted(named[0]) == sorted(named[1])
    assert len(set(named[0])) == 120
    per_split = Counter(split for split, _file in named[0])
    assert per_split == {f"tnr-fresh{number}": 3 for number in range(313, 353)}
    for path in sets:
        first, second = monitor_agreement.pairs(path)
        assert [a.file for a in first] == [b.file for b in second]


def test_the_text_model_reads_chinese_as_pairs_of_characters() -> None:
    assert monitor_textmodel.tokens("警方 拘留了他 in Paris") == [
        "警方", "拘留", "留了", "了他", "in", "paris",
    ]  # fmt: skip
    found = monitor_textmodel.features("The police The police")
    assert found == sorted(set(found))
    assert len(found) == 4  # "the", "police", "the police", "police the"


def test_the_text_model_veto_only_turns_positives_negative() -> None:
    words = " ".join(["word"] * 70)
    found = {"a": monitor_textmodel.Text("s", "a", words, Label("a", True)),
             "b": monitor_textmodel.Text("s", "b", words, Label("b", False))}  # fmt: skip
    labels = [Label("a", True, "TR", ("DE",), ("detention",)), Label("b", False)]
    vetoed = monitor_textmodel._vetoed(labels, found, lambda _text: 0.1)
    assert [label.is_tnr for label in vetoed] == [False, False]
    kept = monitor_textmodel._vetoed(labels, found, lambda _text: 0.9)
    assert kept == labels


def test_the_text_model_one_shot_test_refuses_a_split_it_does_not_know() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "bench.monitor_textmodel", "--test", "tnr-fresh32", "tnr-nosuch"],
        cwd=ROOT, capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert done.returncode == 2
    assert "unknown split tnr-nosuch" in done.stderr
    assert done.stdout == ""
