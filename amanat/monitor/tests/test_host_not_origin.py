"""A host state is never taken for the origin by a fallback: the state where the exile lives,
asked to protect them, named in the sentence about their relatives (origin.from_relatives), or
the place where police arrested someone on a warrant (warrants.issuer). Invented sentences,
each beside one where the fallback must still find the state reaching abroad."""

from __future__ import annotations

import pytest

from amanat.monitor.nlp.tagging import tag


@pytest.mark.parametrize(("language", "text"), [
    ("en", "The exiled poet, who lives in Oslo, said the Norwegian government must protect her "
     "after her relatives were detained."),
    ("en", "The exiled blogger, who lives in Vienna, said Austria must protect him after his "
     "relatives were detained."),
    ("ru", "Живущая в Осло поэтесса-эмигрантка заявила, что Норвегия должна защитить её после "
     "задержания её родственников."),
])  # fmt: skip
def test_the_host_asked_to_protect_an_exile_is_not_where_relatives_are_pressed(
    language: str, text: str
) -> None:
    result = tag(text, language)
    assert not result.is_tnr, result.tags


@pytest.mark.parametrize(("language", "text"), [
    ("en", "The exiled Eritrean poet, who lives in Oslo, said her relatives were detained."),
    ("en", "The exiled poet, who lives in Oslo, said her relatives in Eritrea were detained."),
])  # fmt: skip
def test_relatives_pressed_in_their_own_state_still_name_the_origin(
    language: str, text: str
) -> None:
    result = tag(text, language)
    assert result.is_tnr, result.tags
    assert result.origin_state == "ER"
