"""Monitor writers: watch a source, ingest, group, tag, propose, and the analyst's decisions.

Ingest writes each article in its own short transaction (a run may spend minutes fetching and
must not hold a transaction meanwhile); grouping and tagging are one transaction each; every
step is audited with counts only. Accepting a proposal codes the incident through casework's
own actions, so the codebook checks, encryption of the summary and audit entries are theirs.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from django.db import IntegrityError, transaction
from django.utils.translation import gettext as _

from amanat.accounts.models import StaffMember
from amanat.audit.actions import record
from amanat.audit.tags import EventTag
from amanat.core.time import today
from amanat.incidents import actions as incidents
from amanat.incidents.models import Incident
from amanat.keys.models import Organisation
from amanat.monitor.models import (
    Article,
    Proposal,
    ProposalStatus,
    RejectReason,
    SourceKind,
    Story,
    Tag,
    WatchedSource,
)
from amanat.monitor.nlp import lang, normalise, pipeline, story_vote, textmodel
from amanat.monitor.nlp.grouping import Doc, StoryGrouper
from amanat.monitor.nlp.tagging import VERSION as TAGGER_VERSION
from amanat.monitor.nlp.tagging import tag
from amanat.monitor.proposing import proposed_fields
from amanat.monitor.sources import Item, Skipped

logger = logging.getLogger("amanat.monitor")
ARTICLE_SOURCE_KIND = "article"


class MonitorError(Exception):
    """A refused decision; the message is shown to the person."""


@dataclass
class RunReport:
    added: int = 0
    duplicates: int = 0
    skipped: list[tuple[str, str]] = field(default_factory=list)
    grouped: int = 0
    new_stories: int = 0
    merged: int = 0
    tagged: int = 0
    relevant: int = 0
    proposed: int = 0

    def counts(self) -> dict[str, int]:
        return {"added": self.added, "duplicates": self.duplicates, "skipped": len(self.skipped),
                "grouped": self.grouped, "new_stories": self.new_stories, "merged": self.merged,
                "tagged": self.tagged, "relevant": self.relevant,
                "proposed": self.proposed}  # fmt: skip


@transaction.atomic
def watch_source(
    organisation: Organisation, kind: str, location: str, *, actor: StaffMember | None
) -> WatchedSource:
    if kind not in SourceKind.values:
        raise MonitorError(_("Unknown kind of source."))
    source, created = WatchedSource.objects.get_or_create(
        organisation=organisation, kind=kind, location=location.strip(),
        defaults={"added_on": today()},
    )  # fmt: skip
    if created:
        record(EventTag.MONITOR_SOURCE_WATCH, actor=actor, subject=source,
               payload={"kind": kind})  # fmt: skip
    return source


def _store(organisation: Organisation, item: Item, report: RunReport) -> None:
    if isinstance(item, Skipped):
        logger.warning("monitor: skipped %s: %s", item.where, item.reason)
        report.skipped.append((item.where, item.reason))
        return
    text = normalise.clean(item.text)
    reason = normalise.problem(text)
    if reason is not None:
        logger.warning("monitor: skipped %s: %s", item.where or item.url, reason)
        report.skipped.append((item.where or item.url, reason))
        return
    digest = normalise.text_hash(text)
    if Article.objects.filter(organisation=organisation, text_hash=digest).exists():
        report.duplicates += 1
        return
    guess = lang.identify(text)
    try:
        with transaction.atomic():
            Article.objects.create(
                organisation=organisation, url=item.url[:2000], outlet=item.outlet[:200],
                title=item.title[:500], authors=item.authors[:500],
                published_on=item.published_on, fetched_on=today(), language=guess.code,
                language_watched=guess.watched, text=text, text_hash=digest,
            )  # fmt: skip
    except IntegrityError:  # the same text stored meanwhile by a concurrent run
        report.duplicates += 1
        return
    report.added += 1


def ingest(
    organisation: Organisation,
    items: Iterable[Item],
    *,
    actor: StaffMember | None = None,
    report: RunReport | None = None,
) -> RunReport:
    """Store every new article; skip bad input with its reason and go on."""
    report = report or RunReport()
    for item in items:
        _store(organisation, item, report)
    record(EventTag.MONITOR_ARTICLES_INGEST, actor=actor, subject=organisation,
           payload={"added": report.added, "duplicates": report.duplicates,
                    "skipped": len(report.skipped)})  # fmt: skip
    return report


def _load_grouper(organisation: Organisation) -> StoryGrouper:
    """The grouper's state rebuilt from stored signatures and features (no regrouping)."""

    def new_story() -> int:
        return Story.objects.create(organisation=organisation, created_on=today()).pk

    grouper = StoryGrouper(new_group=new_story)
    grouped = Article.objects.filter(organisation=organisation, story__isnull=False)
    fields = ("pk", "story_id", "signature", "features", "text_hash", "language")
    for article in grouped.only(*fields).order_by("pk").iterator(chunk_size=2000):
        doc = Doc(article.pk, article.text_hash, [], list(article.features), article.language)
        signature = bytes(article.signature) if article.signature else None
        if signature is None:  # grouped before signatures were stored: recompute
            doc = pipeline.grouping_doc(article.pk, article.text, article.language,
                                        article.text_hash)  # fmt: skip
        grouper.restore(doc, article.story_id or 0, signature)
    return grouper


@transaction.atomic
def group_articles(
    organisation: Organisation, *, actor: StaffMember | None = None, report: RunReport | None = None
) -> RunReport:
    """Give every ungrouped article its story; earlier articles never move except when a new
    article shows two stories are one (then the younger story is merged into the older)."""
    report = report or RunReport()
    grouper = _load_grouper(organisation)
    pending = Article.objects.filter(organisation=organisation, story__isnull=True).order_by("pk")
    for article in pending.iterator(chunk_size=500):
        doc = pipeline.grouping_doc(article.pk, article.text, article.language, article.text_hash)
        assignment = grouper.add(doc)
        best = max(assignment.matches, key=lambda m: m.score, default=None)
        article.story_id = assignment.group
        article.group_match = best.kind if best is not None else "new"
        article.signature = grouper.signature(article.pk)
        article.features = doc.features
        article.save(update_fields=["story", "group_match", "signature", "features"])
        report.grouped += 1
        report.new_stories += int(assignment.new_group)
        for merged in assignment.merged:
            _merge_story(merged, assignment.group)
            report.merged += 1
    record(EventTag.MONITOR_STORIES_GROUP, actor=actor, subject=organisation,
           payload={"grouped": report.grouped, "new_stories": report.new_stories,
                    "merged": report.merged})  # fmt: skip
    return report


def _merge_story(younger: int, older: int) -> None:
    Article.objects.filter(story_id=younger).update(story_id=older)
    Story.objects.filter(pk=younger).update(merged_into_id=older)
    Proposal.objects.filter(story_id=younger, status=ProposalStatus.PENDING).update(
        status=ProposalStatus.SUPERSEDED
    )


@transaction.atomic
def tag_articles(
    organisation: Organisation,
    *,
    actor: StaffMember | None = None,
    retag: bool = False,
    report: RunReport | None = None,
) -> RunReport:
    """Tag articles not yet tagged by this rule version (or all, ``retag``), then propose."""
    report = report or RunReport()
    articles = Article.objects.filter(organisation=organisation)
    if not retag:
        articles = articles.exclude(tagged_version=TAGGER_VERSION)
    for article in articles.order_by("pk").iterator(chunk_size=500):
        result = tag(article.text, article.language)
        Tag.objects.filter(article=article).delete()
        Tag.objects.bulk_create(
            Tag(article=article, kind=t.kind, value=t.value[:64], evidence=t.evidence,
                rule=t.rule[:200], version=t.version[:100])
            for t in result.tags
        )  # fmt: skip
        article.is_tnr, article.tagged_version = result.is_tnr, TAGGER_VERSION
        article.save(update_fields=["is_tnr", "tagged_version"])
        report.tagged += 1
        report.relevant += int(result.is_tnr)
    report.proposed = propose_incidents(organisation)
    record(EventTag.MONITOR_ARTICLES_TAG, actor=actor, subject=organisation,
           payload={"tagged": report.tagged, "relevant": report.relevant,
                    "proposed": report.proposed, "version": TAGGER_VERSION})  # fmt: skip
    return report


def propose_incidents(organisation: Organisation) -> int:
    """One proposal per live story read as a report (:func:`_reports_of`); a pending one follows
    its story's newest tags, a decided one is never reopened. Returns how many were created."""
    created = 0
    for story in _proposable(organisation):
        articles = _reports_of(story)
        if not articles:
            continue
        fields = proposed_fields([(a, list(a.tags.all())) for a in articles])
        current = story.proposals.exclude(status=ProposalStatus.SUPERSEDED).first()
        if current is None:
            Proposal.objects.create(organisation=organisation, story=story, article=articles[0],
                                    fields=fields, rule_version=TAGGER_VERSION,
                                    created_on=today())  # fmt: skip
            created += 1
        elif current.status == ProposalStatus.PENDING and current.fields != fields:
            current.fields, current.rule_version = fields, TAGGER_VERSION
            current.save(update_fields=["fields", "rule_version"])
    return created


def _proposable(organisation: Organisation) -> Iterable[Story]:
    """The live stories with a TNR article. A story none of whose articles is one is never
    proposed, though the folder run's story vote could raise it: on the blind splits it never
    did (tnr-fresh369 … 400: every story it changed was read both ways), and asking would
    read every small story's text on every run."""
    return Story.objects.filter(
        organisation=organisation, merged_into__isnull=True, articles__is_tnr=True
    ).distinct()


def _reports_of(story: Story) -> list[Article]:
    """The articles a story's proposal is read from, oldest first: its TNR articles; for a story
    the story vote decides (nlp/story_vote.py, as ``amanat monitor evaluate`` reads it), all of
    them when it reads the story as a report and none when it does not. Each article keeps its
    own flag and tags for the analyst, and a proposal already made is never withdrawn."""
    articles = list(story.articles.order_by("pk").prefetch_related("tags"))
    if not story_vote.asks(len(articles)):  # the word model read only for a story it weighs
        return [a for a in articles if a.is_tnr]
    read = story_vote.verdicts([(bool(a.is_tnr), textmodel.probability(a.text)) for a in articles])
    return [a for a, is_tnr in zip(articles, read, strict=True) if is_tnr]


def _pending(proposal: Proposal) -> Proposal:
    locked = Proposal.objects.select_for_update().select_related("article").get(pk=proposal.pk)
    if locked.status != ProposalStatus.PENDING:
        raise MonitorError(_("This proposal was already decided."))
    return locked


def _changed(proposed: dict[str, Any], coding: incidents.Coding) -> list[str]:
    """Which proposed fields the analyst corrected (what the tagger got wrong)."""
    changed = [
        name
        for name in ("origin_state", "host_country", "stage", "community", "perpetrator")
        if proposed.get(name, "") != getattr(coding, name)
    ]
    if set(proposed.get("tactics", [])) != set(coding.tactics):
        changed.append("tactics")
    return changed  # fmt: skip


@transaction.atomic
def accept_proposal(
    proposal: Proposal,
    coding: incidents.Coding,
    *,
    reliability: str,
    credibility: int,
    actor: StaffMember,
) -> Incident:
    """Code the incident (as the analyst corrected it) with the article as a graded source."""
    proposal = _pending(proposal)
    article = proposal.article
    incident = incidents.create_incident(proposal.organisation, coding, actor=actor)
    citation = article.url or f"{article.outlet}: {article.title}".strip(": ")
    incidents.add_source(incident, incidents.SourceDetails(
        kind=ARTICLE_SOURCE_KIND, reliability=reliability, credibility=credibility,
        citation=citation[:500] or f"monitor article {article.pk}",
    ), actor=actor)  # fmt: skip
    proposal.status, proposal.incident = ProposalStatus.ACCEPTED, incident
    proposal.decided_by, proposal.decided_on = actor, today()
    proposal.save(update_fields=["status", "incident", "decided_by", "decided_on"])
    record(EventTag.MONITOR_PROPOSAL_ACCEPT, actor=actor, subject=proposal,
           payload={"incident": incident.pk, "rule_version": proposal.rule_version,
                    "changed": ",".join(_changed(proposal.fields, coding))})  # fmt: skip
    return incident


@transaction.atomic
def reject_proposal(proposal: Proposal, reason: str, note: str = "", *, actor: StaffMember) -> None:
    """Record why a proposal is wrong; the reasons are how the tagger is judged."""
    if reason not in RejectReason.values:
        raise MonitorError(_("Choose why this proposal is rejected."))
    if reason == RejectReason.OTHER and not note.strip():
        raise MonitorError(_("Explain the reason in the note when you choose “Other”."))
    proposal = _pending(proposal)
    proposal.status, proposal.reject_reason, proposal.reject_note = (
        ProposalStatus.REJECTED,
        reason,
        note.strip(),
    )
    proposal.decided_by, proposal.decided_on = actor, today()
    proposal.save(update_fields=["status", "reject_reason", "reject_note", "decided_by",
                                 "decided_on"])  # fmt: skip
    record(EventTag.MONITOR_PROPOSAL_REJECT, actor=actor, subject=proposal,
           payload={"reason": reason, "rule_version": proposal.rule_version})  # fmt: skip
