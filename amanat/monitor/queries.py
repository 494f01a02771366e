"""Monitor readers: the review queue, one proposal with its story, and the review summary.

Every lookup starts from the member's organisation; another organisation's proposal is a 404
(audited), never a 403, so outsiders learn nothing, not even that it exists.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from django.db.models import Prefetch, QuerySet

from amanat.accounts.access import found_or_deny
from amanat.accounts.models import StaffMember
from amanat.keys.models import Organisation
from amanat.monitor.models import Article, Proposal, ProposalStatus, Tag

QUEUE_LIMIT = 100
# Tags shown as evidence, in this order.
EVIDENCE_KINDS = ("relevance", "origin_state", "host_country", "tactic", "stage", "community",
                  "perpetrator", "people_count", "date")  # fmt: skip


def proposals_visible_to(member: StaffMember) -> QuerySet[Proposal]:
    return Proposal.objects.filter(organisation_id=member.organisation_id)


def _with_evidence(proposals: QuerySet[Proposal]) -> QuerySet[Proposal]:
    tags = Tag.objects.filter(kind__in=EVIDENCE_KINDS).order_by("pk")
    return proposals.select_related("article", "story").prefetch_related(
        Prefetch("article__tags", queryset=tags)
    )


def pending_queue(member: StaffMember) -> list[Proposal]:
    """The oldest pending proposals first (a fixed number of queries however long the queue)."""
    pending = proposals_visible_to(member).filter(status=ProposalStatus.PENDING)
    return list(_with_evidence(pending).order_by("pk")[:QUEUE_LIMIT])


def get_proposal_for_member(member: StaffMember, pk: int) -> Proposal:
    visible = _with_evidence(proposals_visible_to(member)).filter(pk=pk)
    return found_or_deny(visible, member, "monitor_proposal", pk)


def story_articles(proposal: Proposal) -> list[Article]:
    """Every article of the proposal's story, with its tags."""
    tags = Tag.objects.filter(kind__in=EVIDENCE_KINDS).order_by("pk")
    articles = Article.objects.filter(story_id=proposal.story_id).order_by("pk")
    return list(articles.prefetch_related(Prefetch("tags", queryset=tags)))


def evidence_of(article: Article) -> list[Tag]:
    """The article's prefetched evidence tags in display order."""
    order = {kind: index for index, kind in enumerate(EVIDENCE_KINDS)}
    return sorted(article.tags.all(), key=lambda tag: (order.get(tag.kind, 99), tag.pk))


@dataclass
class ReviewSummary:
    """How the analysts judged the tagger's proposals, per rule version."""

    by_status: Counter[str]
    by_reason: Counter[str]
    by_version: dict[str, Counter[str]]

    @property
    def precision(self) -> float | None:
        """Accepted ÷ decided: the share of proposals an analyst found worth an incident."""
        decided = self.by_status[ProposalStatus.ACCEPTED] + self.by_status[ProposalStatus.REJECTED]
        return self.by_status[ProposalStatus.ACCEPTED] / decided if decided else None


def review_summary(organisation: Organisation) -> ReviewSummary:
    rows = Proposal.objects.filter(organisation=organisation).values_list(
        "status", "reject_reason", "rule_version"
    )
    summary = ReviewSummary(Counter(), Counter(), {})
    for status, reason, version in rows:
        summary.by_status[status] += 1
        if reason:
            summary.by_reason[reason] += 1
        summary.by_version.setdefault(version, Counter())[status] += 1
    return summary
