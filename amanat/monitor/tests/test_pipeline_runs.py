"""Ingest → group → tag → propose, stored per organisation, incremental across runs; the
`amanat monitor` command and the scheduled task drive the same actions."""

from __future__ import annotations

from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from amanat.audit.models import AuditEntry
from amanat.monitor import actions
from amanat.monitor.models import Article, Proposal, ProposalStatus, Story, Tag, WatchedSource
from amanat.monitor.nlp.tagging import VERSION
from amanat.monitor.tasks import monitor_watched_sources
from amanat.monitor.tests.conftest import CORPUS, corpus_items

pytestmark = pytest.mark.django_db


def _run(org, *names: str) -> actions.RunReport:
    report = actions.ingest(org, corpus_items(*names))
    actions.group_articles(org, report=report)
    actions.tag_articles(org, report=report)
    return report


def test_a_run_stores_articles_groups_stories_tags_evidence_and_proposes(teacher_story) -> None:
    proposal = teacher_story
    articles = list(Article.objects.order_by("pk"))
    assert [a.language for a in articles] == ["en", "en", "tr", "en"]
    assert all(a.language_watched for a in articles)
    assert len({a.story_id for a in articles[:3]}) == 1
    assert articles[3].story_id != articles[0].story_id
    assert [a.group_match for a in articles[:3]] == ["new", "rewrite", "rewrite"]
    assert [a.is_tnr for a in articles] == [True, True, True, False]
    assert proposal.story_id == articles[0].story_id
    assert proposal.article == articles[0]
    assert proposal.status == ProposalStatus.PENDING
    assert proposal.rule_version == VERSION
    assert proposal.fields["origin_state"] == "CN"
    assert proposal.fields["host_country"] == "TR"
    assert set(proposal.fields["tactics"]) == {"threat_to_family", "silencing_demand"}
    assert proposal.fields["date_start"] == "2023-03-14"
    assert proposal.fields["date_start_precision"] == "day"
    family = Tag.objects.filter(article=articles[0], kind="tactic", value="threat_to_family").get()
    assert family.evidence
    assert family.rule.startswith("tactic.threat_to_family")
    assert family.version == VERSION
    tags = set(AuditEntry.objects.values_list("tag", flat=True))
    assert {"monitor:articles:ingest", "monitor:stories:group", "monitor:articles:tag"} <= tags


def test_the_same_text_twice_is_one_article_but_each_organisation_has_its_own(org_a, org_b) -> None:
    first = actions.ingest(org_a.organisation, corpus_items("001.txt"))
    again = actions.ingest(org_a.organisation, corpus_items("001.txt"))
    other = actions.ingest(org_b.organisation, corpus_items("001.txt"))
    assert (first.added, again.added, again.duplicates, other.added) == (1, 0, 1, 1)


def test_later_runs_join_old_stories_and_never_move_old_articles(org_a) -> None:
    organisation = org_a.organisation
    _run(organisation, "006.txt", "012.txt", "034.txt")
    before = dict(Article.objects.values_list("pk", "story_id"))
    report = _run(organisation, "007.txt", "013.txt", "035.txt")
    after = dict(Article.objects.values_list("pk", "story_id"))
    assert all(after[pk] == story for pk, story in before.items())
    by_url = {a.url.rsplit("/", 1)[1]: a.story_id for a in Article.objects.all()}
    assert by_url["007.txt"] == by_url["006.txt"]
    assert by_url["013.txt"] == by_url["012.txt"]
    assert report.new_stories == 1
    assert report.merged == 0
    assert Proposal.objects.filter(organisation=organisation).count() == 2


def test_a_bridging_article_merges_stories_and_supersedes_the_younger_proposal(org_a) -> None:
    from amanat.monitor.sources import RawArticle

    organisation = org_a.organisation
    _run(organisation, "008.txt")
    _run(organisation, "024.txt")
    older, younger = Story.objects.order_by("pk")
    assert Proposal.objects.filter(status=ProposalStatus.PENDING).count() == 2
    # A round-up retelling both stories in full matches each firmly: the stories become one.
    both = [(CORPUS / "labelled" / n).read_text(encoding="utf-8") for n in ("008.txt", "024.txt")]
    report = actions.ingest(organisation, [RawArticle(url="https://x.example/roundup",
                                                      text="\n\n".join(both))])  # fmt: skip
    actions.group_articles(organisation, report=report)
    actions.tag_articles(organisation, report=report)
    assert report.merged == 1
    younger.refresh_from_db()
    assert younger.merged_into_id == older.pk
    assert set(Article.objects.values_list("story_id", flat=True)) == {older.pk}
    statuses = dict(Proposal.objects.values_list("story_id", "status"))
    assert statuses == {older.pk: ProposalStatus.PENDING, younger.pk: ProposalStatus.SUPERSEDED}


def test_retagging_replaces_tags_instead_of_adding_them(teacher_story) -> None:
    count = Tag.objects.count()
    report = actions.tag_articles(teacher_story.organisation, retag=True)
    assert report.tagged == 4
    assert Tag.objects.count() == count
    assert actions.tag_articles(teacher_story.organisation).tagged == 0  # all current


def test_the_command_ingests_a_folder_groups_and_tags(org_a) -> None:
    out = StringIO()
    call_command("monitor", "ingest", "--org", "org-a", "--path", str(CORPUS / "seeds"), stdout=out)
    assert "added 5" in out.getvalue()
    call_command("monitor", "group", "--org", "org-a", stdout=out)
    call_command("monitor", "tag", "--org", "org-a", stdout=out)
    assert "grouped 5, new_stories 3" in out.getvalue()
    assert Story.objects.filter(merged_into__isnull=True).count() == 3
    assert Proposal.objects.count() == 3


def test_the_command_refuses_an_unknown_organisation_or_nothing_to_do(org_a) -> None:
    with pytest.raises(CommandError, match="no organisation 'nope'"):
        call_command("monitor", "group", "--org", "nope")
    with pytest.raises(CommandError, match="nothing to ingest"):
        call_command("monitor", "ingest", "--org", "org-a")


def test_watched_sources_feed_the_command_run_and_the_scheduled_task(org_a, tmp_path) -> None:
    (tmp_path / "a.txt").write_text((CORPUS / "labelled" / "001.txt").read_text("utf-8"), "utf-8")
    call_command("monitor", "watch", "--org", "org-a", "--kind", "path", str(tmp_path),
                 stdout=StringIO())  # fmt: skip
    assert WatchedSource.objects.get().kind == "path"
    out = StringIO()
    call_command("monitor", "run", "--org", "org-a", stdout=out)
    assert "added 1" in out.getvalue()
    assert "proposed 1" in out.getvalue()
    (tmp_path / "b.txt").write_text((CORPUS / "labelled" / "002.txt").read_text("utf-8"), "utf-8")
    counts = monitor_watched_sources.call("org-a")
    assert counts["added"] == 1
    assert counts["grouped"] == 1
    assert counts["new_stories"] == 0
    assert WatchedSource.objects.get().last_run_on is not None
    assert "monitor:source:watch" in AuditEntry.objects.values_list("tag", flat=True)


def test_the_reviews_command_reports_decisions_by_reason(teacher_story) -> None:
    actions.reject_proposal(
        teacher_story, "wrong_codes", actor=teacher_story.organisation.staff.first()
    )
    out = StringIO()
    call_command("monitor", "reviews", "--org", "org-a", stdout=out)
    text = out.getvalue()
    assert "proposal precision (accepted / decided): 0.000" in text
    assert "rejected as wrong_codes: 1" in text
