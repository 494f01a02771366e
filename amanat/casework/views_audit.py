"""The audit log page for coordinators: who decrypted, replied, coded, granted, exported.

Reading the log is itself recorded (with the filters as ids and codes), so a coordinator looking
for what a colleague read leaves a trace of that look too.
"""

from __future__ import annotations

from django.core.paginator import Paginator
from django.db.models import QuerySet
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_GET

from amanat.accounts.access import SignedIn, signed_in, staff_required
from amanat.accounts.models import Role
from amanat.audit.actions import record
from amanat.audit.models import AuditEntry
from amanat.audit.tags import EventTag
from amanat.casework import access, audit_log
from amanat.casework.forms import AuditFilterForm

AUDIT_PAGE_SIZE = 100


def _form(request: HttpRequest, signed: SignedIn) -> AuditFilterForm:
    form = AuditFilterForm(request.GET or None)
    colleagues = access.colleagues_of(signed.member).order_by("user__username")
    form.fields["person"].choices = [("", "—")] + [  # type: ignore[attr-defined]  # ChoiceField's choices, typed on Field by the stubs
        (m.pk, m.user.get_username()) for m in colleagues
    ]
    tags = audit_log.tags_in_use(signed.member.organisation_id)
    form.fields["tag"].choices = [("", "—")] + [  # type: ignore[attr-defined]  # ChoiceField's choices, typed on Field by the stubs
        (tag, audit_log.action_label(tag)) for tag in tags
    ]
    return form


def _chosen(form: AuditFilterForm, signed: SignedIn) -> audit_log.AuditFilter:
    """The validated filter; a person or report outside the organisation is a 404, logged."""
    data = form.cleaned_data
    person = report = None
    if data.get("person") is not None:
        person = access.get_colleague(signed.member, data["person"])
    if data.get("report") is not None:
        report = access.get_report_for_member(signed.member, data["report"])
    return audit_log.AuditFilter(
        person=person,
        report=report,
        tag=data.get("tag") or "",
        since=data.get("since"),
        until=data.get("until"),
    )


def _read_log(
    request: HttpRequest, signed: SignedIn, tag: EventTag
) -> tuple[AuditFilterForm, QuerySet[AuditEntry] | None]:
    """The filter form and the entries it selects (None if the filter is invalid); the reading
    itself is recorded under ``tag`` with the filter as ids and codes."""
    form = _form(request, signed)
    if request.GET and not form.is_valid():
        return form, None
    chosen = _chosen(form, signed) if request.GET else audit_log.AuditFilter()
    record(tag, actor=signed.member, payload=chosen.as_payload())
    return form, audit_log.filtered(signed.member.organisation_id, chosen)


@require_GET
@staff_required(roles=[Role.COORDINATOR])
def audit_page(request: HttpRequest) -> HttpResponse:
    form, entries = _read_log(request, signed_in(request), EventTag.CASEWORK_AUDIT_VIEW)
    if entries is None:
        return render(request, "casework/audit.html", {"form": form}, status=400)
    page = Paginator(entries, AUDIT_PAGE_SIZE).get_page(request.GET.get("page"))
    query = request.GET.copy()
    query.pop("page", None)
    context = {
        "form": form,
        "page": page,
        "rows": [(entry, audit_log.action_label(entry.tag)) for entry in page],
        "query": query.urlencode(),
    }
    return render(request, "casework/audit.html", context)


@require_GET
@staff_required(roles=[Role.COORDINATOR])
def audit_csv(request: HttpRequest) -> HttpResponse:
    form, entries = _read_log(request, signed_in(request), EventTag.CASEWORK_AUDIT_EXPORT)
    if entries is None:
        return render(request, "casework/audit.html", {"form": form}, status=400)
    response = HttpResponse(audit_log.as_csv(entries.iterator()), content_type="text/csv")
    response["Content-Disposition"] = 'attachment; filename="audit-log.csv"'
    return response
