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


@pytest.mark.parametrize(("language", "text"), [
    ("en", "The exiled singer, who lives in Prague, was detained in Lisbon on an international "
     "arrest warrant on Friday."),
    ("ru", "Живущего в Праге певца-эмигранта задержали в Лиссабоне по международному ордеру на "
     "арест."),
    ("tr", "Prag'da yaşayan sürgündeki şarkıcı, uluslararası yakalama kararıyla Lizbon'da "
     "gözaltına alındı."),
    ("zh", "居住在布拉格的流亡歌手周五在里斯本因国际逮捕令被拘留。"),
])  # fmt: skip
def test_where_police_arrest_on_a_warrant_is_not_where_it_was_issued(
    language: str, text: str
) -> None:
    result = tag(text, language)
    assert result.origin_state != "PT", result.tags


@pytest.mark.parametrize(("language", "text"), [
    ("en", "The exiled singer, who lives in Prague, was detained in Lisbon on an international "
     "arrest warrant issued in Tashkent."),
    ("ru", "Живущего в Праге певца-эмигранта задержали в Лиссабоне по международному ордеру, "
     "выданному в Ташкенте."),
    ("ru", "В Ташкенте 3 марта 2024 года выдан ордер на арест живущего в Праге певца-эмигранта."),
    ("en", "In Tashkent on 3 March 2024 a court issued an arrest warrant for the exiled singer, "
     "who lives in Prague."),
])  # fmt: skip
def test_where_the_warrant_was_issued_is_still_found(language: str, text: str) -> None:
    assert tag(text, language).origin_state == "UZ"
