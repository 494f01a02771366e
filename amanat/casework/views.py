"""Case workers' report views: inbox, reading (audited), replying, status, assignment, files."""

from __future__ import annotations

from django.conf import settings
from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse, QueryDict
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import content_disposition_header
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from amanat.accounts.access import signed_in, staff_required
from amanat.accounts.models import Role, StaffMember
from amanat.casework import access, actions, queries, reading
from amanat.casework.answers import answers_in_words
from amanat.casework.forms import AssignForm, ConfirmDeleteForm, ReplyForm, StatusForm
from amanat.core.names import language_name
from amanat.core.time import today
from amanat.intake.models import Author, BlobRole, ReportStatus
from amanat.keys.keyring import CONTENT_ROLES

CONTENT = [str(role) for role in CONTENT_ROLES]
INBOX_PAGE_SIZE = 50  # the inbox's cost must not grow with every report ever received
UNKNOWN_LANGUAGE = ""  # reports received before the language was kept in clear


@require_GET
@staff_required
def inbox(request: HttpRequest) -> HttpResponse:
    """What needs action, from clear columns only: nothing here is decrypted or audited as read."""
    signed = signed_in(request)
    if not signed.member.reads_content:
        return render(request, "casework/no_content.html")
    status = request.GET.get("status") or None
    if status is not None and status not in ReportStatus.values:
        status = None
    language = request.GET.get("language")
    if language is not None and language not in {*dict(settings.LANGUAGES), UNKNOWN_LANGUAGE}:
        language = None
    rows = queries.inbox(signed.member, status, language)
    page = Paginator(rows, INBOX_PAGE_SIZE).get_page(request.GET.get("page"))
    day = today()
    for report in page:
        report.days_waiting = (day - report.updated_on).days  # type: ignore[attr-defined]  # display-only values added to the row
        report.language_name = language_name(report.language)  # type: ignore[attr-defined]  # display-only values added to the row
    counts = queries.status_counts(signed.member)
    context = {
        "reports": page,
        "page": page,
        "status": status,
        "language": language,
        "statuses": [(code, label, counts.get(code, 0)) for code, label in ReportStatus.choices],
        "total": sum(counts.values()),
        "languages": [(code, language_name(code)) for code, _name in settings.LANGUAGES],
        "answered": Author.REPORTER,
    }
    return render(request, "casework/inbox.html", context)


def _assign_form(member: StaffMember, data: QueryDict | None = None) -> AssignForm:
    """The assignment form, offering only active colleagues with a content role."""
    form = AssignForm(data)
    colleagues = access.colleagues_of(member).filter(active=True, role__in=CONTENT)
    choices = [("", "—")] + [(m.pk, m.user.get_username()) for m in colleagues]
    form.fields["member"].choices = choices  # type: ignore[attr-defined]  # ChoiceField's choices, typed on Field by the stubs
    return form


@require_GET
@staff_required(roles=CONTENT)
def report_detail(request: HttpRequest, pk: str) -> HttpResponse:
    signed = signed_in(request)
    report = access.get_report_for_member(signed.member, pk)
    try:
        content = reading.open_report(report, signed)
    except reading.NoGrant:
        return render(request, "casework/no_grant.html", {"report": report}, status=403)
    except reading.Tampered:
        return render(request, "casework/tampered.html", {"report": report}, status=500)
    actions.mark_read(report)
    context = {
        "content": content,
        "report": report,
        "answers": answers_in_words(content.fields),
        "reporter_language": language_name(content.language),
        "replied": request.GET.get("sent") == "1",
        "reply_form": ReplyForm(),
        "status_form": StatusForm(initial={"status": report.status}),
        "assign_form": _assign_form(signed.member),
    }
    return render(request, "casework/report.html", context)


@require_POST
@staff_required(roles=CONTENT)
def reply(request: HttpRequest, pk: str) -> HttpResponse:
    signed = signed_in(request)
    report = access.get_report_for_member(signed.member, pk)
    form = ReplyForm(request.POST)
    if not form.is_valid():
        return render(
            request, "casework/form_error.html", {"form": form, "report": report}, status=400
        )
    actions.reply_to_reporter(report, form.cleaned_data["text"], signed=signed)
    return redirect(reverse("casework:report", kwargs={"pk": report.public_id}) + "?sent=1")


@require_POST
@staff_required(roles=CONTENT)
def change_status(request: HttpRequest, pk: str) -> HttpResponse:
    signed = signed_in(request)
    report = access.get_report_for_member(signed.member, pk)
    form = StatusForm(request.POST)
    if not form.is_valid():
        return render(
            request, "casework/form_error.html", {"form": form, "report": report}, status=400
        )
    actions.set_status(report, form.cleaned_data["status"], actor=signed.member)
    return redirect("casework:report", pk=report.public_id)


@require_POST
@staff_required(roles=CONTENT)
def assign(request: HttpRequest, pk: str) -> HttpResponse:
    signed = signed_in(request)
    report = access.get_report_for_member(signed.member, pk)
    form = _assign_form(signed.member, request.POST)
    if not form.is_valid():
        return render(
            request, "casework/form_error.html", {"form": form, "report": report}, status=400
        )
    pk_member = form.cleaned_data["member"]
    member = access.get_colleague(signed.member, pk_member) if pk_member else None
    actions.assign(report, member, actor=signed.member)
    return redirect("casework:report", pk=report.public_id)


@require_GET
@staff_required(roles=CONTENT)
def download(request: HttpRequest, pk: int, role: str) -> HttpResponse:
    """Decrypted file as a download only: never rendered inline on the staff origin."""
    if role not in BlobRole.values:
        raise Http404
    signed = signed_in(request)
    attachment = access.get_attachment_for_member(signed.member, pk)
    try:
        opened = reading.open_attachment(attachment, role, signed)
    except reading.NoGrant:
        return render(request, "casework/no_grant.html", {"report": attachment.report}, status=403)
    except reading.Tampered:
        return render(request, "casework/tampered.html", {"report": attachment.report}, status=500)
    name = f"report-{attachment.report_id}-file-{attachment.pk}-{role}.{opened.meta['extension']}"
    response = HttpResponse(opened.content, content_type="application/octet-stream")
    response.headers["Content-Disposition"] = content_disposition_header(True, name)
    response.headers["Content-Security-Policy"] = "sandbox; default-src 'none'"
    response.headers["X-Amanat-SHA256"] = opened.sha256
    response.headers["X-Amanat-Integrity"] = "ok" if opened.intact else "MISMATCH"
    return response


@require_http_methods(["GET", "POST"])
@staff_required(roles=[Role.COORDINATOR])
def delete_content(request: HttpRequest, pk: str) -> HttpResponse:
    signed = signed_in(request)
    report = access.get_report_for_member(signed.member, pk)
    form = ConfirmDeleteForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        actions.delete_reporter_content(report, actor=signed.member)
        return redirect("casework:inbox")
    return render(
        request,
        "casework/delete.html",
        {"form": form, "report": report},
        status=400 if form.errors else 200,
    )
