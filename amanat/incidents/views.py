"""Incident pages: list, code (from a report or not), re-code, detail, links, duplicates, merge.

Deny by default: every view names its roles; every object comes through ``incidents.access``
(another organisation's incident is a 404). Researchers reach the list and the coded fields of
the detail page, never decrypted text: nothing is decrypted for them (they hold no key anyway).
"""

from __future__ import annotations

from typing import Any

from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from amanat.accounts.access import SignedIn, signed_in, staff_required
from amanat.accounts.models import StaffMember
from amanat.casework.access import get_report_for_member
from amanat.casework.actions import mark_read
from amanat.casework.answers import answers_in_words
from amanat.casework.reading import NoGrant, ReportContent, Tampered, open_report
from amanat.incidents import actions, codebook, merge, queries, reading
from amanat.incidents.access import (
    VIEWER_ROLES,
    get_incident_for_member,
    incidents_visible_to,
)
from amanat.incidents.dates import show
from amanat.incidents.forms import (
    DuplicateForm,
    IncidentForm,
    MergeForm,
    ReportNumberForm,
)
from amanat.incidents.models import CODED_FIELDS, Incident, Verification
from amanat.incidents.prefill import initial_from_report
from amanat.intake.models import Report
from amanat.keys.keyring import CONTENT_ROLES

CONTENT = [str(role) for role in CONTENT_ROLES]
VIEWERS = [str(role) for role in VIEWER_ROLES]
FORM = "incidents/form.html"


def add_error(form: Any, error: actions.CodingError) -> None:
    """Attach an action's refusal to its form field (or to the form as a whole)."""
    form.add_error(error.field if error.field in form.fields else None, error.message)


def problem(request: HttpRequest, incident: Incident, form: Any) -> HttpResponse:
    """A refused POST: the reasons, a way back, and the promise that nothing changed."""
    return render(
        request, "incidents/problem.html", {"incident": incident, "form": form}, status=400
    )


def locked(request: HttpRequest, incident: Incident, error: Exception) -> HttpResponse:
    if isinstance(error, Tampered):
        return render(request, "casework/tampered.html", {"incident": incident}, status=500)
    return render(request, "incidents/no_grant.html", {"incident": incident}, status=403)


@require_GET
@staff_required(roles=VIEWERS)
def incident_list(request: HttpRequest) -> HttpResponse:
    signed = signed_in(request)
    book = codebook.current()
    status = request.GET.get("status") or None
    status = status if status in Verification.values else None
    tactic = request.GET.get("tactic") or None
    tactic = tactic if tactic is not None and book.has(codebook.TACTIC, tactic) else None
    merged = request.GET.get("merged") == "1"
    incidents = queries.incident_list(
        signed.member, verification=status, tactic=tactic, include_merged=merged
    )
    context = {
        "rows": queries.list_rows(incidents),
        "status": status,
        "tactic": tactic,
        "merged": merged,
        "statuses": Verification.choices,
        "tactics": book.choices(codebook.TACTIC),
    }
    return render(request, "incidents/list.html", context)


def _report_from_query(request: HttpRequest, member: StaffMember) -> Report | None:
    """``?report=<public id>``: a report of the member's inbox to link, or a 404."""
    raw = request.GET.get("report")
    if raw is None:
        return None
    return get_report_for_member(member, raw)


def _opened_report(report: Report | None, signed: SignedIn) -> ReportContent | None:
    """The report to code from, decrypted (audited as a report read), or None without a key."""
    if report is None:
        return None
    try:
        content = open_report(report, signed)
    except (NoGrant, Tampered):
        return None
    mark_read(report)
    return content


@require_http_methods(["GET", "POST"])
@staff_required(roles=CONTENT)
def new(request: HttpRequest) -> HttpResponse:
    signed = signed_in(request)
    report = _report_from_query(request, signed.member)
    book = codebook.current()
    if request.method == "POST":
        form = IncidentForm(request.POST, book=book)
    else:
        content = _opened_report(report, signed)
        initial = initial_from_report(content.fields, book) if content else {}
        form = IncidentForm(initial=initial, book=book)
    if request.method == "POST" and form.is_valid():
        try:
            incident = actions.create_incident(
                signed.member.organisation,
                form.result(),
                actor=signed.member,
                reports=[report] if report else [],
            )
        except actions.CodingError as error:
            add_error(form, error)
        else:
            return redirect("casework:incidents:detail", pk=incident.public_id)
    if request.method == "POST":  # refused: the report is shown again beside the form
        content = _opened_report(report, signed)
    context = {
        "form": form,
        "report": report,
        "content": content,
        "answers": answers_in_words(content.fields) if content else {},
        "title": _("Code a new incident"),
        "book": book,
        "submit": _("Save the incident"),
    }
    return render(request, FORM, context, status=400 if form.errors else 200)


def _initial(incident: Incident, text: reading.IncidentText) -> dict[str, Any]:
    shown_as_text = ("date_start", "date_end")  # at their precision, below
    fields = [name for name in CODED_FIELDS if name not in shown_as_text]
    initial = {name: getattr(incident, name) for name in fields}
    initial["date_start"] = show(incident.date_start, incident.date_start_precision)
    initial["date_end"] = show(incident.date_end, incident.date_end_precision)
    initial["tactics"] = list(incident.tactics.values_list("code", flat=True))
    initial["channels"] = list(incident.channels.values_list("code", flat=True))
    return initial | {"summary": text.summary, "perpetrator_evidence": text.perpetrator_evidence}


@require_http_methods(["GET", "POST"])
@staff_required(roles=CONTENT)
def edit(request: HttpRequest, pk: str) -> HttpResponse:
    signed = signed_in(request)
    incident = get_incident_for_member(signed.member, pk, write=True)
    book = codebook.current()
    if request.method == "POST":
        form = IncidentForm(request.POST, book=book)
        if form.is_valid():
            try:
                actions.update_incident(incident, form.result(), actor=signed.member)
            except actions.CodingError as error:
                add_error(form, error)
            else:
                return redirect("casework:incidents:detail", pk=incident.public_id)
    else:
        try:
            text = reading.open_incident(incident, signed)
        except (NoGrant, Tampered) as error:
            return locked(request, incident, error)
        form = IncidentForm(initial=_initial(incident, text), book=book)
    context = {
        "form": form,
        "incident": incident,
        "book": book,
        "submit": _("Save changes"),
        "title": _("Re-code incident #%(pk)s") % {"pk": incident.public_id},
    }
    return render(request, FORM, context, status=400 if form.errors else 200)


def _decrypted(incident: Incident, page: queries.IncidentPage, signed: SignedIn) -> dict[str, Any]:
    """What a content role reads on the page (audited); researchers get nothing decrypted."""
    text: reading.IncidentText | None = None
    views = [reading.PersonView(p, None) for p in page.people]
    if signed.member.reads_content:
        try:
            text = reading.open_incident(incident, signed)
        except NoGrant:
            text = None
        views = reading.open_people(page.people, signed)
    relationship = {code: label for code, label in page.book.choices(codebook.RELATIONSHIP)}
    rows = [(view, relationship.get(view.person.relationship, "—")) for view in views]
    return {"text": text, "people": rows}


@require_GET
@staff_required(roles=VIEWERS)
def detail(request: HttpRequest, pk: str) -> HttpResponse:
    signed = signed_in(request)
    incident = get_incident_for_member(signed.member, pk)
    page = queries.incident_page(incident)
    try:
        decrypted = _decrypted(incident, page, signed)
    except Tampered as error:
        return locked(request, incident, error)
    duplicate = incident.suspected_duplicate_of_id
    context = {
        "incident": incident,
        "page": page,
        "reads": signed.member.reads_content,
        "link_form": ReportNumberForm(),
        "duplicate_form": DuplicateForm(initial={"other": duplicate}),
        "merge_form": MergeForm(initial={"target": duplicate}),
        **decrypted,
    }
    return render(request, "incidents/detail.html", context)


@require_POST
@staff_required(roles=CONTENT)
def link_report(request: HttpRequest, pk: str) -> HttpResponse:
    signed = signed_in(request)
    incident = get_incident_for_member(signed.member, pk, write=True)
    form = ReportNumberForm(request.POST)
    if form.is_valid():
        number = form.cleaned_data["report"]
        try:
            report = get_report_for_member(signed.member, number)
            actions.link_report(incident, report, actor=signed.member)
        except Http404:
            form.add_error(
                "report", _("There is no report #%(pk)s in your inbox.") % {"pk": number}
            )
        except actions.CodingError as error:
            add_error(form, error)
        else:
            return redirect("casework:incidents:detail", pk=incident.public_id)
    return problem(request, incident, form)


@require_POST
@staff_required(roles=CONTENT)
def unlink_report(request: HttpRequest, pk: str, report_pk: str) -> HttpResponse:
    signed = signed_in(request)
    incident = get_incident_for_member(signed.member, pk, write=True)
    report = get_report_for_member(signed.member, report_pk)
    try:
        actions.unlink_report(incident, report, actor=signed.member)
    except actions.CodingError as error:
        form = ReportNumberForm()
        add_error(form, error)
        return problem(request, incident, form)
    return redirect("casework:incidents:detail", pk=incident.public_id)


def _other_incident(member: StaffMember, number: str, form: Any, field: str) -> Incident | None:
    """An incident named in a form; one the member cannot see is a form error, not a 404."""
    found = incidents_visible_to(member).filter(public_id=number).first()
    if found is None:
        form.add_error(
            field, _("There is no incident #%(pk)s in your organisation.") % {"pk": number}
        )
    return found


@require_POST
@staff_required(roles=CONTENT)
def mark_duplicate(request: HttpRequest, pk: str) -> HttpResponse:
    signed = signed_in(request)
    incident = get_incident_for_member(signed.member, pk, write=True)
    form = DuplicateForm(request.POST)
    if form.is_valid():
        number = form.cleaned_data["other"]
        other = _other_incident(signed.member, number, form, "other") if number else None
        if not form.errors:
            try:
                merge.mark_duplicate(incident, other, actor=signed.member)
            except actions.CodingError as error:
                form.add_error("other", error.message)
            else:
                return redirect("casework:incidents:detail", pk=incident.public_id)
    return problem(request, incident, form)


@require_POST
@staff_required(roles=CONTENT)
def merge_into(request: HttpRequest, pk: str) -> HttpResponse:
    """Merge this incident (B) into another (A), confirmed by the person in the form."""
    signed = signed_in(request)
    incident = get_incident_for_member(signed.member, pk, write=True)
    form = MergeForm(request.POST)
    if form.is_valid():
        target = _other_incident(signed.member, form.cleaned_data["target"], form, "target")
        if target is not None:
            try:
                merge.merge_incidents(incident, target, actor=signed.member)
            except actions.CodingError as error:
                add_error(form, error)
            else:
                return redirect("casework:incidents:detail", pk=target.public_id)
    return problem(request, incident, form)
