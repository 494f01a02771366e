"""The text model's veto on the rules' positives (nlp/textmodel.py), on by default since session
17: what it vetoes with the shipped model, what it never touches (it never makes an article TNR,
and a vetoed text keeps its story group), that the switch off changes nothing, that a bad
switch or a broken model file is an error and not a silent pass, and that evaluation and
proposals run with it on. The model is rebuilt by ``python -m bench.monitor_textmodel --write``."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from collections.abc import Iterator
from io import StringIO
from pathlib import Path

import numpy as np
import pytest
from django.core.management import call_command

from amanat.monitor.nlp import corpus, lang, pipeline, shingles, tagging, textmodel
from amanat.monitor.tests import test_evaluate

# Invented. A sanctions story over acts abroad: the rules read the acts, the model a look-alike.
SANCTIONS = (
    "The United States on Friday imposed sanctions on two Chinese security officials over the "
    "harassment of Uyghur activists living abroad, the Treasury said in a statement. The "
    "measures freeze any assets the two men hold in American banks and bar Americans from doing "
    "business with them. Washington said the officials had directed a campaign to intimidate "
    "critics overseas. China's foreign ministry called the sanctions groundless and said it "
    "would respond with measures of its own. The sanctions are the first the Treasury "
    "has announced this year under its human rights programme, a spokesman said. The Treasury "
    "has sanctioned more than forty officials from several countries since 2020. The Treasury "
    "also added three companies to its list, and the Commerce Department tightened export "
    "controls on surveillance technology."
)  # the sentence before the last since textmodel-3, which gives the rest p = 0.44, above its
# 0.4; textmodel-12 gave that text 0.58: the Congress sentence is out, the export controls in
# (p = 0.31)
# Invented. Relatives held at home to silence an exile: transnational repression, read whole.
RELATIVES_HELD = (
    "Chinese police detained the brother and the elderly father of a Uyghur activist living in "
    "the Netherlands and told him they would stay in custody unless he stopped speaking to "
    "journalists, the activist said on Monday. Officers called him on a video link from the "
    "police station in Kashgar and showed him his father, who asked him to come home. The "
    "activist, who fled China in 2016, said he had received threats on social media for months. "
    "Rights groups said the pressure on relatives is part of a wider campaign against Uyghurs "
    "abroad, and urged the Dutch government to protect him."
)
SHORT_RENDITION = ("Turkish intelligence agents abducted the teacher in Nairobi and flew him to "
                   "Ankara, his family said.")  # fmt: skip


@pytest.fixture
def veto_on(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(textmodel, "ENABLED", True)


@pytest.fixture
def model_at(monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A model file path of the test's own; the cached model is forgotten before and after."""
    path = Path("/nonexistent/text-model.npz")
    monkeypatch.setattr(textmodel, "MODEL", path)
    textmodel.load.cache_clear()
    yield path
    textmodel.load.cache_clear()


def _tag(text: str) -> tagging.Tagging:
    return tagging.tag(text, lang.identify(text).code)


def test_a_look_alike_the_rules_take_is_vetoed_with_the_rules_evidence(veto_on: None) -> None:
    with pytest.MonkeyPatch.context() as off:
        off.setattr(textmodel, "ENABLED", False)
        rules = _tag(SANCTIONS)
    assert rules.is_tnr
    vetoed = _tag(SANCTIONS)
    assert not vetoed.is_tnr
    assert (vetoed.origin_state, vetoed.host_countries, vetoed.tactics) == (None, [], [])
    before, after = rules.of_kind("relevance")[0], vetoed.of_kind("relevance")[0]
    p = textmodel.probability(SANCTIONS)
    assert p is not None
    assert p < textmodel.THRESHOLD
    assert after.value == "not_tnr"
    assert after.evidence == before.evidence != ""
    assert after.rule == f"relevance.textmodel[{textmodel.VERSION} p={p:.2f}] over {before.rule}"
    assert before.rule.startswith("relevance.rules[")


def test_a_vetoed_text_is_grouped_by_the_event_the_rules_read(veto_on: None) -> None:
    analysis = tagging.analyse(SANCTIONS, "en")
    vetoed = tagging.tag(SANCTIONS, "en", analysis)
    with pytest.MonkeyPatch.context() as off:
        off.setattr(textmodel, "ENABLED", False)
        rules = tagging.tag(SANCTIONS, "en", analysis)
    assert not vetoed.is_tnr
    assert rules.is_tnr
    assert rules.tactics
    found = shingles.event_features(analysis, vetoed)
    assert found == shingles.event_features(analysis, rules)
    assert any(feature.startswith("k:") for feature in found)


def test_a_report_of_relatives_held_to_silence_an_exile_is_not_vetoed(veto_on: None) -> None:
    found = _tag(RELATIVES_HELD)
    assert found.is_tnr
    assert found.of_kind("relevance")[0].rule.startswith("relevance.rules[")
    p = textmodel.probability(RELATIVES_HELD)
    assert p is not None
    assert p > textmodel.THRESHOLD


def test_a_text_under_twenty_five_words_is_never_read(
    veto_on: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(textmodel, "THRESHOLD", 2.0)  # every probability would veto
    monkeypatch.setattr(textmodel, "SHORT_THRESHOLD", 2.0)
    assert textmodel.word_count(SHORT_RENDITION) < textmodel.SHORT_FLOOR
    assert _tag(SHORT_RENDITION).is_tnr
    words = SANCTIONS.replace("'", " ").split()  # "China's" is two words
    assert textmodel.probability(" ".join(words[:24])) is None
    assert textmodel.probability(" ".join(words[:25])) is not None


def test_a_short_report_is_vetoed_only_below_the_firmer_threshold(
    veto_on: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    words = SANCTIONS.replace("'", " ").split()
    short, long = " ".join(words[:59]), " ".join(words[:60])
    monkeypatch.setattr(textmodel, "_score", lambda _words: 0.35)
    assert textmodel.vetoes(long) == 0.35  # under the long texts' 0.4
    assert textmodel.vetoes(short) is None  # not under the short reports' 0.3
    monkeypatch.setattr(textmodel, "_score", lambda _words: 0.25)
    assert textmodel.vetoes(short) == 0.25


def test_a_chinese_article_is_neither_long_nor_short() -> None:
    # Invented: 140 Chinese characters (five sentences) are 5 words to the long texts' floor
    # and 70 to the short reports' size, a character counting as half a word.
    article = "中国警方拘留了一名流亡荷兰的维吾尔族活动人士的父亲和兄弟。" * 5
    assert textmodel.word_count(article) < textmodel.MIN_WORDS
    assert textmodel.short_size(article) is None
    assert textmodel.probability(article) is None
    assert textmodel.short_size(article[:60]) == 29  # 58 characters and two stops


def test_with_the_switch_off_the_model_is_never_asked(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(textmodel, "ENABLED", False)

    def asked(_text: str) -> float:
        raise AssertionError("the model was asked with the switch off")

    monkeypatch.setattr(textmodel, "vetoes", asked)
    found = _tag(SANCTIONS)
    assert found.is_tnr
    assert found.of_kind("relevance")[0].rule.startswith("relevance.rules[")


def test_only_the_rules_positives_are_put_to_the_model(
    veto_on: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []
    monkeypatch.setattr(textmodel, "vetoes", lambda text: asked.append(text))
    _tag("The city council approved a larger budget for parks and libraries on Tuesday.")
    assert asked == []
    _tag(SANCTIONS)
    assert asked == [SANCTIONS]


def _version_with(switch: str | None) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != textmodel.SWITCH}
    if switch is not None:
        env[textmodel.SWITCH] = switch
    code = "from amanat.monitor.nlp import tagging; print(tagging.VERSION)"
    return subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True,
                          timeout=120, check=False)  # fmt: skip


def test_the_veto_is_on_by_default_and_named_in_the_version() -> None:
    assert textmodel.DEFAULT is True
    assert (textmodel.VERSION, textmodel.THRESHOLD) == ("textmodel-13", 0.4)
    assert textmodel.P_SCALE == "textmodel-10"
    assert (textmodel.SHORT_FLOOR, textmodel.SHORT_THRESHOLD, textmodel.RESCUE) == (25, 0.3, 0.5)
    on, off, unset = _version_with("1"), _version_with("0"), _version_with(None)
    versions = "+textmodel-13+tacticmodel-12+decider-2+unplaced-1"
    assert on.stdout.strip().endswith(versions), on.stderr
    assert unset.stdout.strip() == on.stdout.strip() != ""
    assert off.stdout.strip() != ""
    assert "textmodel" not in off.stdout


@pytest.mark.parametrize("typo", ["yes", "true", "2", " 1", "off"])
def test_a_switch_but_1_or_0_is_refused_with_a_clear_error(typo: str) -> None:
    found = _version_with(typo)
    assert found.returncode != 0
    assert f"AMANAT_MONITOR_TEXTMODEL must be 1 or 0, not {typo!r}" in found.stderr


def test_the_switch_off_turns_the_veto_off() -> None:
    assert textmodel._switch("0") is False
    assert textmodel._switch("1") is True
    assert textmodel._switch(None) is textmodel._switch("") is textmodel.DEFAULT


def test_the_model_file_can_be_pointed_at_for_a_measurement() -> None:
    env = {**os.environ, textmodel.MODEL_FILE: "/nonexistent/other.npz"}
    code = ("from amanat.monitor.nlp import pipeline, textmodel\n"
            "print(textmodel.MODEL)\npipeline.warm_up()")  # fmt: skip
    found = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True,
                           text=True, timeout=120, check=False)  # fmt: skip
    assert found.stdout.strip() == "/nonexistent/other.npz"
    assert found.returncode != 0
    assert "/nonexistent/other.npz: missing; rebuild it with" in found.stderr


def test_the_veto_never_makes_an_article_tnr(
    veto_on: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(textmodel, "probability", lambda _text: 1.0)  # the model says "TNR"
    monkeypatch.setattr(textmodel, "THRESHOLD", 2.0)  # and every probability would veto
    negative = ("The city council approved a larger budget for parks and libraries on Tuesday "
                "after a long debate. ") * 8  # fmt: skip
    found = _tag(negative)
    assert not found.is_tnr
    assert found.of_kind("relevance")[0].rule.startswith("relevance.rules[")


def test_a_missing_model_file_is_an_error_naming_it_and_the_rebuild(
    veto_on: None, model_at: Path
) -> None:
    message = r"/nonexistent/text-model\.npz: missing; rebuild it with `python -m bench\."
    with pytest.raises(textmodel.ModelFileError, match=message):
        _tag(SANCTIONS)
    with pytest.raises(textmodel.ModelFileError, match=message):
        pipeline.warm_up()


def test_a_command_that_tags_stops_at_start_without_its_model_file(
    veto_on: None, model_at: Path, tmp_path: Path
) -> None:
    from django.core.management.base import CommandError

    with pytest.raises(CommandError, match=r"text-model\.npz: missing; rebuild it with `python"):
        call_command("monitor", "evaluate", str(tmp_path / "nowhere"), stdout=StringIO())


def test_a_corrupt_model_file_is_an_error_naming_it(
    tmp_path: Path, model_at: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "text-model.npz"
    monkeypatch.setattr(textmodel, "MODEL", path)
    path.write_bytes(b"not a zip file")
    with pytest.raises(textmodel.ModelFileError, match=rf"{path}: unreadable .*--write"):
        textmodel.load()
    good = {"index": np.array([1], np.int32), "weight": np.array([0.5], np.float32),
            "bias": np.float64(0.0), "version": np.array(textmodel.VERSION),
            "splits": np.array(["tnr-dev"])}  # fmt: skip
    broken = ((np.array("textmodel-1"), "version", "written as 'textmodel-1'"),
              (np.array([1 << 20], np.int32), "index", "bucket indices outside"),
              (np.array([0.5, 1.0], np.float32), "weight", "differ in shape"))  # fmt: skip
    for array, name, why in broken:
        np.savez(path, **{**good, name: array})
        textmodel.load.cache_clear()
        with pytest.raises(textmodel.ModelFileError, match=why):
            textmodel.load()
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("index.npy", b"")
    textmodel.load.cache_clear()
    with pytest.raises(textmodel.ModelFileError, match="no bias, splits, version, weight in"):
        textmodel.load()


def test_the_shipped_model_is_trained_on_every_split_but_tnr_heldout() -> None:
    """Every labelled split of its day but tnr-heldout (so tnr-heldout stays out-of-sample for
    the veto); a split added since does not make it stale, a changed training text does."""
    from bench import monitor_textmodel

    assert "tnr-heldout" not in monitor_textmodel.training_splits()
    with np.load(textmodel.SHIPPED) as shipped:
        assert str(shipped["version"]) == textmodel.VERSION
        splits = [str(s) for s in shipped["splits"]]
        assert "tnr-heldout" not in splits
        assert {"tnr-dev", "holdout", "tnr-fresh43", "tnr-fresh51"} <= set(splits)
        train = [t for s in splits for t in monitor_textmodel.texts(s)]
        assert str(shipped["digest"]) == monitor_textmodel.digest(train), (
            "the training corpus changed: rebuild with " + textmodel.REBUILD
        )
    assert monitor_textmodel.features is textmodel.features  # one definition of the features


def test_the_word_model_whose_p_the_later_models_read_is_kept_for_their_benches() -> None:
    """``textmodel.P_SCALE``'s weights, from which the decider's, ``unplaced``'s and the story
    vote's benches rebuild their files: that model's own file, trained on splits up to
    ``P_SCALE_LAST`` only, and the tagger reads its p while the benches collect rows."""
    from bench import monitor_blind, monitor_textmodel

    with np.load(monitor_textmodel.P_SCALE_FILE) as kept:
        assert str(kept["version"]) == textmodel.P_SCALE != textmodel.VERSION
        splits = [str(s) for s in kept["splits"]]
        weights = kept["weight"]
    assert splits == monitor_textmodel.p_scale_splits()
    assert "tnr-heldout" not in splits
    assert not any(monitor_blind.written_after(s, monitor_textmodel.P_SCALE_LAST) for s in splits)
    assert "tnr-fresh232" in splits
    with monitor_textmodel.p_scale():
        assert np.count_nonzero(textmodel.load().dense) == weights.size
    assert np.count_nonzero(textmodel.load().dense) != weights.size  # the shipped model again


@pytest.mark.parametrize(
    ("bench", "name", "context", "why"),
    [
        ("monitor_textmodel", "P_SCALE_FILE", "p_scale", "the word model of textmodel-10"),
        ("monitor_tacticmodel", "LINK_VETO_FILE", "link_veto_readings",
         "the tactic model of tacticmodel-8"),
    ],
)  # fmt: skip
def test_a_missing_kept_model_file_stops_the_bench_that_reads_it(
    bench: str, name: str, context: str, why: str, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    """The word and tactic models kept in bench/data for the later models' benches."""
    import importlib

    module = importlib.import_module(f"bench.{bench}")
    monkeypatch.setattr(module, name, tmp_path / "gone.npz")
    with pytest.raises(SystemExit, match=rf"gone\.npz: {why}"), getattr(module, context)():
        pass


def test_evaluate_runs_with_the_veto_on_and_predicts_the_veto(
    veto_on: None, tmp_path: Path
) -> None:
    (tmp_path / "a.txt").write_text(SANCTIONS, encoding="utf-8")
    (tmp_path / "b.txt").write_text(RELATIVES_HELD, encoding="utf-8")
    labels = '{"file": "a.txt", "is_tnr": false}\n{"file": "b.txt", "is_tnr": true}\n'
    (tmp_path / "labels.jsonl").write_text(labels, encoding="utf-8")
    target = tmp_path / "predicted.jsonl"
    out = StringIO()
    call_command("monitor", "evaluate", str(tmp_path), "--json", "--predictions", str(target),
                 stdout=out)  # fmt: skip
    assert json.loads(out.getvalue())["relevance"]["f1"] == 1.0
    assert [p.is_tnr for p in corpus.read_labels(target)] == [False, True]


def test_predictions_never_depend_on_the_labels_with_the_veto_on(
    veto_on: None, tmp_path: Path
) -> None:
    test_evaluate.test_predictions_never_depend_on_the_labels(tmp_path)


@pytest.mark.django_db
def test_a_vetoed_article_is_tagged_not_proposed_and_the_story_still_is(
    veto_on: None, teacher_story
) -> None:
    from amanat.monitor import actions
    from amanat.monitor.models import Article, Proposal, Tag
    from amanat.monitor.sources import RawArticle

    organisation = teacher_story.organisation
    item = RawArticle(url="https://news.example.org/invented/sanctions", text=SANCTIONS,
                      title=SANCTIONS.split(".")[0], outlet="Example News")  # fmt: skip
    actions.ingest(organisation, [item])
    actions.group_articles(organisation)
    actions.tag_articles(organisation)
    article = Article.objects.get(url=item.url)
    assert not article.is_tnr
    relevance = Tag.objects.get(article=article, kind="relevance")
    assert relevance.rule.startswith(f"relevance.textmodel[{textmodel.VERSION} p=0.")
    assert Proposal.objects.filter(organisation=organisation).count() == 1
