"""The review queue: pending proposals with their evidence; accept (code the incident) or
reject (with a reason). Coordinators and analysts only; other organisations get a 404."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_GET, require_POST

from amanat.accounts.access import signed_in, staff_required
from amanat.accounts.models import Role
from amanat.incidents import actions as incidents
from amanat.incidents import codebook
from amanat.incidents.forms import IncidentForm
from amanat.monitor import actions, queries
from amanat.monitor.forms import GradeForm, RejectForm, incident_initial
from amanat.monitor.models import Proposal, ProposalStatus

REVIEWERS = [str(Role.COORDINATOR), str(Role.ANALYST)]


def _page(
    request: HttpRequest, proposal: Proposal, status: int = 200, **forms: Any
) -> HttpResponse:
    book = codebook.current()
    context = {
        "proposal": proposal,
        "articles": [(a, queries.evidence_of(a)) for a in queries.story_articles(proposal)],
        "incident_form": forms.get("incident_form")
        or IncidentForm(initial=incident_initial(proposal), book=book),
        "grade_form": forms.get("grade_form") or GradeForm(),
        "reject_form": forms.get("reject_form") or RejectForm(),
        "error": forms.get("error", ""),
        "pending": proposal.status == ProposalStatus.PENDING,
    }
    return render(request, "monitor/proposal.html", context, status=status)


@require_GET
@staff_required(roles=REVIEWERS)
def queue(request: HttpRequest) -> HttpResponse:
    signed = signed_in(request)
    rows = [(p, queries.evidence_of(p.article)) for p in queries.pending_queue(signed.member)]
    return render(request, "monitor/queue.html", {"rows": rows, "limit": queries.QUEUE_LIMIT})


@require_GET
@staff_required(roles=REVIEWERS)
def proposal_detail(request: HttpRequest, pk: int) -> HttpResponse:
    proposal = queries.get_proposal_for_member(signed_in(request).member, pk)
    return _page(request, proposal)


@require_POST
@staff_required(roles=REVIEWERS)
def accept(request: HttpRequest, pk: int) -> HttpResponse:
    signed = signed_in(request)
    proposal = queries.get_proposal_for_member(signed.member, pk)
    incident_form = IncidentForm(request.POST, book=codebook.current())
    grade_form = GradeForm(request.POST)
    if incident_form.is_valid() and grade_form.is_valid():
        try:
            incident = actions.accept_proposal(
                proposal, incident_form.result(), actor=signed.member,
                reliability=grade_form.cleaned_data["reliability"],
                credibility=grade_form.cleaned_data["credibility"],
            )  # fmt: skip
        except incidents.CodingError as error:
            field = error.field if error.field in incident_form.fields else None
            incident_form.add_error(field, error.message)
        except actions.MonitorError as error:
            return _page(request, proposal, 409, error=str(error))
        else:
            return redirect("casework:incidents:detail", pk=incident.public_id)
    return _page(request, proposal, 400, incident_form=incident_form, grade_form=grade_form)


@require_POST
@staff_required(roles=REVIEWERS)
def reject(request: HttpRequest, pk: int) -> HttpResponse:
    signed = signed_in(request)
    proposal = queries.get_proposal_for_member(signed.member, pk)
    form = RejectForm(request.POST)
    if not form.is_valid():
        return _page(request, proposal, 400, reject_form=form)
    try:
        actions.reject_proposal(proposal, form.cleaned_data["reason"], form.cleaned_data["note"],
                                actor=signed.member)  # fmt: skip
    except actions.MonitorError as error:
        return _page(request, proposal, 409, error=str(error))
    return redirect("monitor:queue")
