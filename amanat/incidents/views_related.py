"""Pages for what hangs off an incident: people, sources, referrals and the referral packet.

Content roles only: each of these shows or writes encrypted fields. Objects are looked up
through ``incidents.access`` first, so another organisation's id is a 404 whatever the role.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from typing import Any

from django.core.exceptions import PermissionDenied
from django.http import FileResponse, HttpRequest, HttpResponse, HttpResponseBase
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from amanat.accounts.access import signed_in, staff_required
from amanat.accounts.models import Role
from amanat.casework.reading import NoGrant, Tampered
from amanat.incidents import codebook, packet, people, queries, reading, referrals
from amanat.incidents.access import (
    get_incident_for_member,
    get_person_for_member,
    get_referral_for_member,
)
from amanat.incidents.actions import CodingError, add_source
from amanat.incidents.forms import PacketForm, PersonForm, ReferralForm, SourceForm
from amanat.incidents.models import Incident, IncidentReport
from amanat.incidents.views import CONTENT, FORM, add_error, locked


def _submit(
    request: HttpRequest,
    form: Any,
    incident: Incident,
    save: Callable[[Any], object],
    **context: Any,
) -> HttpResponse:
    """A valid POST is saved (``save(form.result())``) and goes back to the incident; a coding
    error lands on the form; otherwise the form is shown again (400 when it has errors)."""
    if request.method == "POST" and form.is_valid():
        try:
            save(form.result())
        except CodingError as error:
            add_error(form, error)
        else:
            return redirect("casework:incidents:detail", pk=incident.public_id)
    context = {"form": form, "incident": incident, **context}
    return render(request, FORM, context, status=400 if form.errors else 200)


@require_http_methods(["GET", "POST"])
@staff_required(roles=CONTENT)
def person_add(request: HttpRequest, pk: str) -> HttpResponse:
    signed = signed_in(request)
    incident = get_incident_for_member(signed.member, pk, write=True)
    book = codebook.book_for(incident.codebook)
    form = PersonForm(request.POST if request.method == "POST" else None, book=book)
    return _submit(
        request,
        form,
        incident,
        lambda result: people.add_person(incident, result, actor=signed.member),
        submit=_("Add the person"),
        title=_("Add a person to incident #%(pk)s") % {"pk": incident.public_id},
    )


@require_http_methods(["GET", "POST"])
@staff_required(roles=CONTENT)
def person_edit(request: HttpRequest, pk: int) -> HttpResponse:
    signed = signed_in(request)
    person = get_person_for_member(signed.member, pk)
    incident = person.incident
    book = codebook.book_for(incident.codebook)
    if request.method == "POST":
        form = PersonForm(request.POST, book=book)
    else:
        try:
            fields = reading.open_person(person, signed)
        except (NoGrant, Tampered) as error:
            return locked(request, incident, error)
        initial = {
            "role": person.role,
            "relationship": person.relationship,
            "age_band": person.age_band,
            **fields,
        }
        form = PersonForm(initial=initial, book=book)
    return _submit(
        request,
        form,
        incident,
        lambda result: people.update_person(person, result, actor=signed.member),
        submit=_("Save changes"),
        title=_("Edit %(pseudonym)s of incident #%(pk)s")
        % {"pseudonym": person.pseudonym, "pk": incident.public_id},
    )


@require_http_methods(["GET", "POST"])
@staff_required(roles=CONTENT)
def source_add(request: HttpRequest, pk: str) -> HttpResponse:
    signed = signed_in(request)
    incident = get_incident_for_member(signed.member, pk, write=True)
    book = codebook.book_for(incident.codebook)
    form = SourceForm(
        request.POST if request.method == "POST" else None,
        book=book,
        reports=queries.linked_reports(incident),
    )
    if request.method == "POST" and form.is_valid():
        link = IncidentReport.objects.filter(
            incident=incident, report_id=form.cleaned_data["report"]
        ).first()
        try:
            add_source(incident, form.details(link.report if link else None), actor=signed.member)
        except CodingError as error:
            add_error(form, error)
        else:
            return redirect("casework:incidents:detail", pk=incident.public_id)
    context = {
        "form": form,
        "incident": incident,
        "submit": _("Add the source"),
        "title": _("Add a source to incident #%(pk)s") % {"pk": incident.public_id},
    }
    return render(request, FORM, context, status=400 if form.errors else 200)


@require_http_methods(["GET", "POST"])
@staff_required(roles=CONTENT)
def referral_add(request: HttpRequest, pk: str) -> HttpResponse:
    signed = signed_in(request)
    incident = get_incident_for_member(signed.member, pk, write=True)
    book = codebook.book_for(incident.codebook)
    form = ReferralForm(
        request.POST if request.method == "POST" else None,
        book=book,
        initial={"status": codebook.DRAFT},
    )
    return _submit(
        request,
        form,
        incident,
        lambda result: referrals.create_referral(incident, result, actor=signed.member),
        submit=_("Save the referral"),
        title=_("Refer incident #%(pk)s") % {"pk": incident.public_id},
    )


@require_http_methods(["GET", "POST"])
@staff_required(roles=CONTENT)
def referral_edit(request: HttpRequest, pk: int) -> HttpResponse:
    signed = signed_in(request)
    referral = get_referral_for_member(signed.member, pk)
    incident = referral.incident
    book = codebook.book_for(incident.codebook)
    if request.method == "POST":
        form = ReferralForm(request.POST, book=book)
    else:
        try:
            texts = reading.open_referral(referral, signed)
        except (NoGrant, Tampered) as error:
            return locked(request, incident, error)
        initial = {
            "recipient_kind": referral.recipient_kind,
            "status": referral.status,
            "recipient_name": referral.recipient_name,
            "referred_on": referral.referred_on,
            **texts,
        }
        form = ReferralForm(initial=initial, book=book)
    return _submit(
        request,
        form,
        incident,
        lambda result: referrals.update_referral(referral, result, actor=signed.member),
        referral=referral,
        submit=_("Save changes"),
        title=_("Referral #%(pk)d of incident #%(i)s")
        % {"pk": referral.pk, "i": incident.public_id},
    )


@require_http_methods(["GET", "POST"])
@staff_required(roles=CONTENT)
def referral_packet(request: HttpRequest, pk: int) -> HttpResponseBase:
    """The coordinator picks reports; the ZIP comes back as a download, never inline."""
    signed = signed_in(request)
    referral = get_referral_for_member(signed.member, pk)  # 404 for outsiders, whatever role
    if signed.member.role != Role.COORDINATOR:
        raise PermissionDenied
    incident = referral.incident
    form = PacketForm(
        request.POST if request.method == "POST" else None, reports=queries.linked_reports(incident)
    )
    if request.method == "POST" and form.is_valid():
        try:
            built = packet.build_packet(referral, form.cleaned_data["reports"], signed=signed)
        except CodingError as error:
            add_error(form, error)
        except (NoGrant, Tampered) as error:
            return locked(request, incident, error)
        else:
            return _download(built)
    context = {"form": form, "incident": incident, "referral": referral}
    return render(request, "incidents/packet.html", context, status=400 if form.errors else 200)


def _download(built: packet.Packet) -> FileResponse:
    response = FileResponse(
        io.BytesIO(built.content),
        as_attachment=True,
        filename=built.filename,
        content_type="application/zip",
    )
    response.headers["Content-Security-Policy"] = "sandbox; default-src 'none'"
    response.headers["Cache-Control"] = "no-store"
    return response
