"""Round 13e (rules/vetoes_charged_at_home.py): tactic words that name no act done to the person
abroad — the origin's charges against its critic, plots counted as context, a return only
conditional or ruled out as a norm, an undercover officer's sting. Invented texts about states
and people none of the corpora's texts came from; each beside a text of the same shape that keeps
the tactic."""

from __future__ import annotations

import pytest

from amanat.monitor.nlp.tagging import tag

_ABROAD_EN = ("Kyrgyz police detained the Uzbek dissident in Bishkek on 3 May at the request of "
              "Tashkent. ")  # fmt: skip

CASES = [
    # The origin's charges: what the state says its critic did.
    ("charged_at_home", "en", "assassination",
     _ABROAD_EN + "Uzbekistan blames him for bombings in Tashkent that killed 12 people.",
     _ABROAD_EN + "Two men sent by Uzbekistan's security service tried to kill him in Bishkek "
                  "a year ago."),
    ("charged_at_home", "en", "assassination",
     _ABROAD_EN + "A court in Tashkent sentenced him in absentia for plotting to kill the "
                  "president.",
     _ABROAD_EN + "A man pleaded guilty to charges that he helped an Uzbek official plot to "
                  "kill him in Bishkek."),
    # Plots counted are the context, not the act.
    ("plots_counted", "en", "rendition",
     "Police in Oslo said on Monday that they had warned an Eritrean journalist of threats "
     "from Eritrean agents. Norwegian intelligence says it has foiled 9 plots to kidnap "
     "Eritrean exiles since 2020.",
     "Police in Oslo said on Monday that Eritrean agents had tried to kidnap an Eritrean "
     "journalist outside his flat. He escaped."),
    ("plots_counted", "ru", "assassination",
     "Полиция Осло предупредила эритрейского журналиста об угрозах со стороны эритрейских "
     "агентов. По данным норвежской разведки, с 2020 года сорвано 9 покушений на эмигрантов.",
     "Полиция Осло сообщила, что эритрейские агенты совершили покушение на эритрейского "
     "журналиста у его дома."),
    # A return only conditional, or ruled out as a norm.
    ("if_returned", "en", "deportation",
     "Serbian police detained a Bahraini activist in Belgrade at the request of Manama. "
     "Rights groups say that if he is deported he may face torture.",
     "Serbian police detained a Bahraini activist in Belgrade at the request of Manama and "
     "deported him to Bahrain the next day."),
    ("if_returned", "zh", "deportation",
     "塞尔维亚警方应巴林要求在贝尔格莱德拘留了一名巴林活动人士。人权组织说，任何人都不应被遣返到可能遭受酷刑的国家。",
     "塞尔维亚警方应巴林要求在贝尔格莱德拘留了一名巴林活动人士，第二天将他遣返巴林。"),
    # An undercover officer posing as an official is the host's sting.
    ("undercover", "en", "impersonation",
     "A man acting for the Chinese government was charged in Los Angeles with bribing an "
     "undercover officer posing as a tax official to open an audit of a Uyghur group.",
     "Chinese police sent messages to a Uyghur activist in Los Angeles from his sister's "
     "account, posing as her, to ask where he lives."),
]  # fmt: skip


@pytest.mark.parametrize(("kind", "language", "tactic", "vetoed", "kept"), CASES,
                         ids=[f"{c[0]}-{c[1]}-{i}" for i, c in enumerate(CASES)])  # fmt: skip
def test_the_tactic_word_that_names_no_act_abroad_is_dropped(
    kind: str, language: str, tactic: str, vetoed: str, kept: str
) -> None:
    assert tactic not in tag(vetoed, language).tactics, kind


@pytest.mark.parametrize(("kind", "language", "tactic", "vetoed", "kept"), CASES,
                         ids=[f"{c[0]}-{c[1]}-{i}" for i, c in enumerate(CASES)])  # fmt: skip
def test_the_same_act_done_abroad_is_kept(
    rules_tactics: None, kind: str, language: str, tactic: str, vetoed: str, kept: str
) -> None:
    """The rules' tactics (`tacticmodel-8` dropped the killing planned beside the detention)."""
    result = tag(kept, language)
    assert result.is_tnr, (kind, result.tags)
    assert tactic in result.tactics, (kind, result.tags)
