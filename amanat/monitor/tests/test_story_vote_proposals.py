"""A stored story of two or three articles, one of them TNR, is proposed as the folder run
reads it (nlp/story_vote.py, session 31): the story vote decides whether it is a report,
whatever each article was read as. A story it reads as a report is proposed from all its
articles' readings; one it does not gets no proposal, a proposal already made is never
withdrawn, and every article keeps its own flag and tags. A story with no TNR article is not
proposed (the vote never raised one on the blind splits). With the vote off a story is
proposed when one of its articles is a report, as before.

The vote's weights are set here (every story a report, or none): which real stories it reads as
reports is measured on blind splits (docs/monitor/learned-models.md)."""

from __future__ import annotations

import pytest

from amanat.monitor import actions
from amanat.monitor.models import Article, Proposal, ProposalStatus
from amanat.monitor.nlp import decider, story_vote, textmodel
from amanat.monitor.tests.conftest import corpus_items

pytestmark = pytest.mark.django_db


def _vote(monkeypatch: pytest.MonkeyPatch, *, yes: bool) -> None:
    """The vote on, reading every story as a report (``yes``) or as none."""
    monkeypatch.setattr(textmodel, "ENABLED", True)
    monkeypatch.setattr(story_vote, "ENABLED", True)
    model = decider.Model({}, 10.0 if yes else -10.0, textmodel.P_SCALE, ())
    monkeypatch.setattr(story_vote, "load", lambda: model)


def _teacher_pair(organisation) -> list[Article]:
    """The Istanbul teacher story told twice (English, its rewrite), grouped and tagged."""
    actions.ingest(organisation, corpus_items("001.txt", "002.txt"))
    actions.group_articles(organisation)
    actions.tag_articles(organisation)
    articles = list(Article.objects.order_by("pk"))
    assert len({a.story_id for a in articles}) == 1
    return articles


def test_a_story_the_vote_reads_as_no_report_gets_no_proposal(org_a, monkeypatch) -> None:
    _vote(monkeypatch, yes=False)
    articles = _teacher_pair(org_a.organisation)
    assert not Proposal.objects.exists()
    assert [a.is_tnr for a in articles] == [True, True]  # each keeps its own flag


def test_a_story_the_vote_reads_as_a_report_is_proposed_from_every_article(
    org_a, monkeypatch
) -> None:
    _vote(monkeypatch, yes=True)
    articles = _teacher_pair(org_a.organisation)
    Article.objects.filter(pk=articles[0].pk).update(is_tnr=False)  # read apart
    Proposal.objects.all().delete()
    assert actions.propose_incidents(org_a.organisation) == 1
    proposal = Proposal.objects.get()
    assert proposal.article == articles[0]  # the telling not read as a report leads
    assert proposal.fields["origin_state"] == "CN"
    assert proposal.fields["tactics"]
    assert Article.objects.get(pk=articles[0].pk).is_tnr is False  # its own flag kept


def test_a_story_none_of_whose_articles_is_a_report_is_not_proposed(org_a, monkeypatch) -> None:
    _vote(monkeypatch, yes=True)
    _teacher_pair(org_a.organisation)
    Article.objects.update(is_tnr=False)
    Proposal.objects.all().delete()
    assert actions.propose_incidents(org_a.organisation) == 0


def test_a_proposal_already_made_is_never_withdrawn_by_the_vote(org_a, monkeypatch) -> None:
    _teacher_pair(org_a.organisation)
    proposal = Proposal.objects.get()
    _vote(monkeypatch, yes=False)
    assert actions.propose_incidents(org_a.organisation) == 0
    proposal.refresh_from_db()
    assert proposal.status == ProposalStatus.PENDING


def test_with_the_vote_off_a_story_with_one_report_is_proposed(org_a, monkeypatch) -> None:
    monkeypatch.setattr(story_vote, "ENABLED", False)
    _teacher_pair(org_a.organisation)
    Article.objects.filter(pk=Article.objects.order_by("pk").last().pk).update(is_tnr=False)
    Proposal.objects.all().delete()
    assert actions.propose_incidents(org_a.organisation) == 1
