"""Hotline views: thin wrappers around forms, evidence processing, actions and queries.

Every view that sees content is marked sensitive, so Django's error reporting never includes POST
data or local variables. No view writes a log line, an IP address or a time. No anonymous view
touches the session: CSRF lives in a cookie, and wrong receipts are counted per receipt prefix in
memory (throttle.py), so only a signed-in reporter has a session row.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django.conf import settings
from django.db import DatabaseError
from django.http import HttpRequest, HttpResponse
from django.middleware.csrf import rotate_token
from django.shortcuts import redirect, render
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.debug import sensitive_post_parameters, sensitive_variables
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from amanat.intake import actions, pages, queries, receipts, throttle
from amanat.intake.evidence import process_uploads
from amanat.intake.forms import (
    MAX_NARRATIVE_CHARS,
    FollowUpForm,
    ReceiptForm,
    ReportForm,
)
from amanat.intake.hotline import HotlineNotConfigured, hotline_organisation
from amanat.intake.uploads import oversized_uploads
from amanat.keys.keyring import NoRecipientKey

SESSION_REPORT = "reporter_report"
SESSION_KEY = "reporter_key"


def _page(request: HttpRequest, template: str, status: int = 200, **context: Any) -> HttpResponse:
    context.update(
        max_mb=settings.MAX_ATTACHMENT_BYTES >> 20,
        max_files=settings.MAX_ATTACHMENTS,
        max_chars=MAX_NARRATIVE_CHARS,
    )
    return render(request, f"intake/{template}", context, status=status)


def _blank_page(
    request: HttpRequest, template: str, form: Callable[[], Any] | None = None
) -> HttpResponse:
    """A page with nothing of the visitor's in it: rendered once per language and address, then
    served with this request's CSRF token (pages.py). The form is only built for that render."""

    def render_with(token: str) -> HttpResponse:
        context = {"csrf_token": token} if form is None else {"csrf_token": token, "form": form()}
        return _page(request, template, **context)

    return pages.cached(request, template, render_with)


def busy(request: HttpRequest) -> HttpResponse:
    """The answer to a post refused before its body was read (middleware.py): nothing of it can
    be shown back, so the page says so instead of promising the text is still there."""
    response = _page(request, "busy.html", status=429)
    response.headers["Retry-After"] = "120"
    return response


@require_GET
def landing(request: HttpRequest) -> HttpResponse:
    return _blank_page(request, "landing.html")


@require_GET
def leave(request: HttpRequest) -> HttpResponse:
    """The 'leave quickly' target: a neutral page that asks the browser to forget this site."""
    response = render(request, "intake/leave.html")
    response.headers["Clear-Site-Data"] = '"cache", "cookies", "storage"'
    return response


@sensitive_variables()
@sensitive_post_parameters()
@require_http_methods(["GET", "POST"])
def report(request: HttpRequest) -> HttpResponse:
    if request.method == "GET":
        return _blank_page(request, "report.html", ReportForm)
    form = ReportForm(request.POST)
    files_note = bool(request.FILES) or bool(oversized_uploads(request))
    if not throttle.budget_granted(request) or not throttle.intake_slots.acquire(
        timeout=throttle.SLOT_WAIT_SECONDS
    ):
        return _page(
            request, "report.html", status=429, form=form, busy=True, files_note=files_note
        )
    try:
        return _accept_report(request, form, files_note)
    finally:
        throttle.intake_slots.release()


@sensitive_variables()
def _accept_report(request: HttpRequest, form: ReportForm, files_note: bool) -> HttpResponse:
    """Validate → strip → encrypt → commit → show the receipt (only after the commit)."""
    if not form.is_valid():
        return _page(request, "report.html", status=400, form=form, files_note=files_note)
    outcome = process_uploads(
        request.FILES.getlist("attachments"),
        oversized_uploads(request),
        keep_original=form.cleaned_data["keep_original"],
    )
    fields = {k: v for k, v in form.cleaned_data.items() if k != "keep_original"}
    new = actions.NewReport(fields=fields, language=get_language(), files=outcome.accepted)
    try:
        _, receipt = actions.submit_report(new, organisation=hotline_organisation())
    except (NoRecipientKey, HotlineNotConfigured, DatabaseError):
        # Nothing was committed (a full disk, a database restart): say so, keep no receipt, and
        # give the reporter's own words back so that nothing they typed is lost.
        response = _page(
            request, "unavailable.html", status=503, kept_text=fields.get("what_happened", "")
        )
        response.headers["Retry-After"] = "300"
        return response
    rotate_token(request)  # a reload of this page re-posts: the old token then fails, no duplicate
    return _receipt_page(request, receipts.display(receipt), outcome, form.removed_controls)


@sensitive_variables()
def _receipt_page(
    request: HttpRequest, receipt: str, outcome: Any, removed_controls: int
) -> HttpResponse:
    """The receipt page; a text-only report's is the same for all but the receipt (pages.py)."""
    if outcome.accepted or outcome.rejected or removed_controls:
        return _page(
            request,
            "receipt.html",
            receipt=receipt,
            outcome=outcome,
            removed_controls=removed_controls,
        )

    def render_with(_token: str) -> HttpResponse:
        return _page(request, "receipt.html", receipt=pages.RECEIPT_PLACEHOLDER, outcome=outcome)

    return pages.cached(
        request, "receipt.html", render_with, fills={pages.RECEIPT_PLACEHOLDER: receipt}
    )


@sensitive_variables()
@sensitive_post_parameters()
@require_http_methods(["GET", "POST"])
def sign_in(request: HttpRequest) -> HttpResponse:
    if request.method == "GET":
        return _blank_page(request, "sign_in.html", ReceiptForm)
    form = ReceiptForm(request.POST)
    digits = receipts.normalise(request.POST.get("receipt", ""))
    if digits is not None and throttle.receipt_failures.exhausted(digits):
        # Right or wrong alike (else the refusal would tell a guesser when they were right).
        return _page(request, "sign_in.html", status=429, form=ReceiptForm(), locked=True)
    login = queries.find_by_receipt(request.POST.get("receipt", "")) if form.is_valid() else None
    if login is None:
        if digits is not None:
            throttle.receipt_failures.spend(digits)
        return _page(request, "sign_in.html", status=200, form=ReceiptForm(), wrong=True)
    request.session.cycle_key()
    request.session[SESSION_REPORT] = login.report.pk
    request.session[SESSION_KEY] = login.private_key.hex()
    return redirect("intake:status")


def _signed_in(request: HttpRequest) -> queries.ReporterLogin | None:
    from amanat.intake.models import Report

    report_id = request.session.get(SESSION_REPORT)
    key_hex = request.session.get(SESSION_KEY)
    if report_id is None or key_hex is None:
        return None
    report = Report.objects.filter(pk=report_id).first()
    if report is None:
        return None
    return queries.ReporterLogin(report=report, private_key=bytes.fromhex(key_hex))


@sensitive_variables()
@sensitive_post_parameters()
@require_http_methods(["GET", "POST"])
def status(request: HttpRequest) -> HttpResponse:
    login = _signed_in(request)
    if login is None:
        return redirect("intake:sign_in")
    form = FollowUpForm()
    sent = outcome = None
    code = 200
    if request.method == "POST":
        form, sent, outcome, code = _follow_up_within_limits(request, login)
    thread = queries.reporter_thread(login.report, login.private_key)
    return _page(
        request,
        "status.html",
        status=code,
        busy=code == 429,
        report=login.report,
        thread=thread,
        form=form,
        sent=sent,
        outcome=outcome,
    )


@sensitive_variables()
def _follow_up_within_limits(
    request: HttpRequest, login: queries.ReporterLogin
) -> tuple[Any, Any, Any, int]:
    """Follow-ups spend the same budget and processing slots as new reports (issue #11.5)."""
    if not throttle.budget_granted(request) or not throttle.intake_slots.acquire(
        timeout=throttle.SLOT_WAIT_SECONDS
    ):
        form = FollowUpForm(request.POST)
        form.is_valid()
        return form, None, None, 429
    try:
        return _follow_up(request, login)
    finally:
        throttle.intake_slots.release()


@sensitive_variables()
def _follow_up(request: HttpRequest, login: queries.ReporterLogin) -> tuple[Any, Any, Any, int]:
    form = FollowUpForm(request.POST)
    if not form.is_valid():
        return form, None, None, 400
    text = form.cleaned_data["message"]
    files = request.FILES.getlist("attachments")
    if not text and not files and not oversized_uploads(request):
        form.add_error("message", _("Please write a message or choose a file to send."))
        return form, None, None, 400
    if text and queries.contains_receipt_of(login.report, text):
        form.add_error(
            "message",
            _(
                "Your message seems to contain your receipt code. For your safety it was not sent: "
                "please remove the code and send again."
            ),
        )
        return form, None, None, 400
    outcome = process_uploads(
        files, oversized_uploads(request), keep_original=form.cleaned_data["keep_original"]
    )
    actions.add_follow_up(login.report, text, outcome.accepted, language=get_language())
    return FollowUpForm(), bool(text) or bool(outcome.accepted), outcome, 200


@require_POST
def sign_out(request: HttpRequest) -> HttpResponse:
    request.session.flush()
    response = _page(request, "signed_out.html")
    response.headers["Clear-Site-Data"] = '"cache", "cookies", "storage"'
    return response
