"""What every labelled split's shape test checks: its labels, origin states, a source for every
text, stories new to every other split, and the counts of a split written blind. Shared by the
corpus-shape tests of the development splits and of the splits written blind."""

from __future__ import annotations

import csv
from collections import Counter
from pathlib import Path

from amanat.monitor.nlp import corpus
from amanat.monitor.nlp.corpus import Label
from amanat.monitor.tests.conftest import CORPUS

LANGUAGES = ("tr", "zh", "ru", "ug", "fa")


def labels_of(folder: Path) -> list[Label]:
    return corpus.read_labels(folder / corpus.LABELS_FILE)


def origin_states(labels: list[Label]) -> set[str]:
    return {label.origin_state for label in labels if label.is_tnr and label.origin_state}


def assert_a_source_for_every_text(folder: Path, labels: list[Label]) -> None:
    """SOURCES.tsv names every text of the split once, each with an http(s) address."""
    with (folder / "SOURCES.tsv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    assert sorted(row["file"] for row in rows) == sorted(label.file for label in labels)
    assert all(row["source"].startswith(("https://", "http://")) for row in rows)


def assert_stories_new_to_every_other_split(
    folder: Path, labels: list[Label], sibling: str | tuple[str, ...] = ""
) -> None:
    """No story group of the split is shared with any other labelled split (but its siblings:
    splits written blind at the same time, which could not see it; writers working in parallel
    may pick the same event, each in their own words)."""
    siblings = (sibling,) if isinstance(sibling, str) else sibling
    others = {
        label.story_group
        for path in CORPUS.iterdir()
        if path.is_dir()
        and path != folder
        and path.name not in siblings
        and (path / corpus.LABELS_FILE).exists()
        for label in labels_of(path)
    }
    assert not {label.story_group for label in labels} & others


def blind_split(
    name: str,
    *,
    texts: int,
    tnr: int,
    origins: int,
    english: int,
    sibling: str | tuple[str, ...] = "",
) -> tuple[Counter[str], Counter[str | None]]:
    """The checks every blind split shares: its counts of texts, TNR texts, origin states and
    English texts, a source for every text and stories new to every other split. Returns the
    texts per language and per story group, for the split's own checks."""
    folder = CORPUS / name
    labels = labels_of(folder)
    assert len(labels) == texts
    assert sum(label.is_tnr for label in labels) == tnr
    assert len(origin_states(labels)) == origins
    counts = Counter(label.lang or "en" for label in labels)
    assert counts["en"] == english
    assert_a_source_for_every_text(folder, labels)
    assert_stories_new_to_every_other_split(folder, labels, sibling)
    return counts, Counter(label.story_group for label in labels)


def assert_a_blind_split_of_forty(
    name: str,
    *,
    states: str = "",
    count: int = 8,
    sibling: str | tuple[str, ...] = "",
    sizes: dict[int, int],
    largest: int | None = None,
    traps: tuple[tuple[str, str], ...] = (),
    lookalikes_have_no_origin: bool = True,
) -> None:
    """A blind split written to the brief of session 11 on: 40 texts, 24 TNR and 16
    look-alikes, 20 in English and four in each other language, ``count`` origin states
    (``states``, when the test names them), story groups of the ``sizes`` given (size → how
    many), at most ``largest`` texts a story, and each "same person, different event" trap of
    ``traps`` kept as two groups."""
    counts, groups = blind_split(name, texts=40, tnr=24, origins=count, english=20, sibling=sibling)
    assert all(counts[lang] == 4 for lang in LANGUAGES), counts
    labels = labels_of(CORPUS / name)
    if states:
        assert " ".join(sorted(origin_states(labels))) == states
    if lookalikes_have_no_origin:
        assert all(label.origin_state is None for label in labels if not label.is_tnr)
    for trap in traps:
        assert set(trap) <= set(groups), trap
    for size, stories in sizes.items():
        assert sum(1 for found in groups.values() if found == size) == stories, size
    if largest is not None:
        assert max(groups.values()) == largest
