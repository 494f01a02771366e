"""A matrix of invented sentences, one codebook tactic (design/taxonomy.md) in each
language the monitor reads, in the common ways news states it — passive and active, noun and
verb forms, each language's morphology. Written from the codebook, never from a corpus text: a
pass shows the tactic tables read the act however it is worded, not one article's wording.
The sentences are kept by tactic family in matrix_direct.py, matrix_distance.py and
matrix_host_state.py."""

from __future__ import annotations

import pytest

from amanat.monitor.tests import matrix_direct, matrix_distance, matrix_host_state
from amanat.monitor.tests.readings import tactics_in

MATRIX = {**matrix_direct.MATRIX, **matrix_distance.MATRIX, **matrix_host_state.MATRIX}
CASES = [(tactic, language, sentence) for tactic, by_language in MATRIX.items()
         for language, sentences in by_language.items() for sentence in sentences]  # fmt: skip


@pytest.mark.parametrize(("tactic", "language", "sentence"), CASES)
def test_each_common_wording_of_a_tactic_is_read_in_every_language(
    tactic: str, language: str, sentence: str
) -> None:
    assert tactic in tactics_in(sentence, language)


def test_the_matrix_covers_every_language_for_each_tactic_it_lists() -> None:
    assert len(MATRIX) == 16
    for by_language in MATRIX.values():
        assert set(by_language) == {"en", "tr", "zh", "ug", "ru", "fa"}


@pytest.mark.parametrize(("language", "sentence"), [
    # A consul or diplomat expelled is not a person sent back to be persecuted.
    ("ru", "Канада выслала консула этой страны в Торонто."),
    # Relatives taken at home are pressure by proxy, not a detention in the host.
    ("tr", "Aktivistin kardeşi memleketinde yakalandı."),
    # An agent filmed making a threat is not surveillance of the people he threatened.
    ("fa", "این وابسته نظامی در حالی فیلمبرداری شد که معترضان را تهدید می‌کرد."),
    # Falling ill is not an arrest; a film watched is not surveillance.
    ("tr", "Gazeteci Berlin'de hastalığa yakalandı."),
    ("tr", "Film Berlin'de binlerce kişi tarafından izlendi."),
])  # fmt: skip
def test_look_alike_wordings_do_not_add_the_tactic(language: str, sentence: str) -> None:
    found = tactics_in(sentence, language)
    assert not found & {"deportation", "detention", "surveillance"}, found
