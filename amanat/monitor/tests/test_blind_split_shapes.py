"""The splits written blind to one brief (session 11 on: tnr-fresh18 …): 40 texts, 24 TNR and
16 look-alikes, 20 in English and four in each other language, a source for every text, stories
new to every other split, and their "same person, different event" traps kept apart. Each
split's writer declares its shape in ``corpus/BLIND_SHAPES.toml``: its origin states, how many
stories it tells twice or three times, its traps, and what it holds. Only the shape is checked
here: the per-file predictions are never opened."""

from __future__ import annotations

import re
import tomllib
from functools import cache
from typing import Any

import pytest

from amanat.monitor.tests.conftest import CORPUS
from amanat.monitor.tests.corpus_shapes import assert_a_blind_split_of_forty

SHAPES = CORPUS / "BLIND_SHAPES.toml"
ARGUMENTS = ("states", "count", "sibling", "sizes", "largest", "traps",
             "lookalikes_have_no_origin")  # fmt: skip
FIRST = 18  # the first split written to session 11's brief
BLIND = re.compile(r"tnr-fresh(\d+)")


@cache
def declared() -> dict[str, dict[str, Any]]:
    """Every split's table, read once (a split declared twice fails to load)."""
    with SHAPES.open("rb") as handle:
        return tomllib.load(handle)


def number(name: str) -> int:
    found = BLIND.fullmatch(name)
    return int(found.group(1)) if found else -1


def arguments(shape: dict[str, Any]) -> dict[str, Any]:
    """The table as :func:`assert_a_blind_split_of_forty` takes it (TOML keys are strings,
    its arrays lists)."""
    found = {key: shape[key] for key in ARGUMENTS if key in shape}
    if "sizes" in found:
        found["sizes"] = {int(size): stories for size, stories in found["sizes"].items()}
    if "traps" in found:
        found["traps"] = tuple(tuple(trap) for trap in found["traps"])
    if isinstance(found.get("sibling"), list):
        found["sibling"] = tuple(found["sibling"])
    return found


@pytest.mark.parametrize("name", sorted(declared(), key=number))
def test_a_blind_split_has_the_shape_its_writer_declared(name: str) -> None:
    assert_a_blind_split_of_forty(name, **arguments(declared()[name]))


def test_every_blind_split_declares_its_shape_and_every_shape_has_its_split() -> None:
    """A split added without its table, or a table whose split is gone, is caught here."""
    folders = {
        path.name for path in CORPUS.iterdir() if path.is_dir() and number(path.name) >= FIRST
    }
    assert folders == set(declared())


def test_every_shape_says_what_its_split_holds_and_nothing_this_test_ignores() -> None:
    """An unknown key (a misspelt ``largets``) would otherwise be skipped without a word, and
    every split's sizes and words about itself are part of what its writer declares."""
    for name, shape in declared().items():
        assert set(shape) <= {*ARGUMENTS, "about"}, name
        assert "sizes" in shape, name
        assert shape["about"].startswith(name), name
