"""Pressure on relatives at home and demands to stay away from protests, told in the words news
uses for them rather than in the codebook's: police who "leaned on" or "knocked on the door of"
the parents, who "找上" them or paid a "拜访" in quotation marks, relatives "invited for tea", and
an exile "told not to attend any protests" (rules/tactics.py). Invented sentences about people
and places none of the corpora's texts are about; the plain visit of a son to his parents, an
unquoted 拜访 and organisers cancelling a rally for the weather add nothing. And a detention "on a
large scale" in Uyghur is a crackdown at home (rules/tactics_death_and_return.py), as "mass
detentions" is."""

from __future__ import annotations

import pytest

from amanat.monitor.nlp import pipeline
from amanat.monitor.nlp.rules.vetoes import vetoed
from amanat.monitor.tests.readings import tactics_in

READ = [
    (
        "threat_to_family",
        "en",
        "Eritrean security officers leaned on her parents in Asmara after "
        "she spoke at the Geneva rally.",
    ),
    (
        "threat_to_family",
        "en",
        "Police in Hotan knocked on the door of his mother's house the day "
        "after his interview was broadcast.",
    ),
    (
        "threat_to_family",
        "en",
        "His brother was invited for tea by state security in Minsk twice in one week.",
    ),
    ("threat_to_family", "zh", "他在东京发声后，国保人员找上了他在老家的父母。"),
    ("threat_to_family", "zh", "她在伦敦参加集会后，警察“拜访”了她在国内的父母。"),
    ("threat_to_family", "zh", "他的哥哥又被请去喝茶，警察问起他在柏林的活动。"),
    (
        "threat_to_family",
        "tr",
        "Polis, Viyana'daki gazetecinin Taşkent'teki ailesinin kapısını çaldı.",
    ),
    (
        "silencing_demand",
        "en",
        "The consulate told the Tibetan student not to attend any protests during the visit.",
    ),
    ("silencing_demand", "en", "Her father called and asked her not to join any rallies in Oslo."),
    ("silencing_demand", "zh", "父母在电话里让他不要参加任何抗议，也不要组织集会。"),
]

NOT_READ = [
    (
        "threat_to_family",
        "en",
        "He paid a visit to his parents in Kashgar before moving to Berlin.",
    ),
    ("threat_to_family", "en", "The ministry leaned on the banks to lend more to small firms."),
    ("threat_to_family", "zh", "他回国后拜访了父母和老师，然后返回东京读书。"),
    (
        "silencing_demand",
        "en",
        "Organisers asked supporters not to attend the rally after a storm warning.",
    ),
]


@pytest.mark.parametrize(("tactic", "language", "sentence"), READ)
def test_it_reads_the_euphemisms_of_pressure_and_silencing(
    tactic: str, language: str, sentence: str
) -> None:
    assert tactic in tactics_in(sentence, language)


@pytest.mark.parametrize(("tactic", "language", "sentence"), NOT_READ)
def test_it_adds_nothing_for_the_same_words_without_pressure(
    tactic: str, language: str, sentence: str
) -> None:
    assert tactic not in tactics_in(sentence, language)


def test_an_exile_whose_parents_were_leaned_on_is_read_as_transnational_repression() -> None:
    text = (
        "A Vietnamese student at a university in Melbourne says the police back home leaned on "
        "his parents after he held a one-man protest, and that the pressure returned this year. "
        "His parents called and told him not to attend any protests, he said."
    )
    tags = pipeline.prepare("x", text).tagging.tags
    assert any(t.kind == "relevance" and t.value == "tnr" for t in tags)
    assert {t.value for t in tags if t.kind == "tactic"} >= {"threat_to_family", "silencing_demand"}


def test_a_detention_on_a_large_scale_in_uyghur_is_the_state_s_crackdown_not_an_act_abroad() -> (
    None
):
    sentence = "ئىدارە ئۇيغۇرلارنى كەڭ كۆلەمدە تۇتۇپ تۇرۇشقا مەسئۇل."
    assert "detention" in vetoed("ug", sentence.lower())
