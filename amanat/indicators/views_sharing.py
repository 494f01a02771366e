"""Sharing with partners: export chosen identifiers (STIX 2.1 or MISP), match a partner's file.

Coordinators and analysts only. An export holds identifiers and the producing organisation,
never an incident, a person or a narrative; an import writes nothing but its audit entry.
"""

from __future__ import annotations

from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from amanat.accounts.access import signed_in, staff_required
from amanat.casework.reading import Tampered
from amanat.indicators import importing, queries, sharing
from amanat.indicators.access import INDICATOR_ROLES, get_campaign_for_member
from amanat.indicators.forms import ExportForm, ImportForm
from amanat.indicators.models import Campaign, Indicator, Kind
from amanat.indicators.views import needs_key, tampered


def _choice_label(indicator: Indicator) -> str:
    """What the export form lists: no value (opening every value to draw a form is not
    needed); the analyst opens one from its page, or exports a whole campaign."""
    kind = indicator.platform or Kind(indicator.kind).label
    return _("%(kind)s #%(pk)d — on %(n)d incident(s), last seen %(day)s") % {
        "kind": kind,
        "pk": indicator.pk,
        "n": indicator.shared,  # type: ignore[attr-defined]  # annotated by the query
        "day": f"{indicator.last_seen_on:%Y-%m}",
    }


def _campaign_filter(request: HttpRequest) -> Campaign | None:
    raw = request.GET.get("campaign")
    if raw is None:
        return None
    if not raw.isdigit():
        raise Http404
    return get_campaign_for_member(signed_in(request).member, int(raw))


@require_http_methods(["GET", "POST"])
@staff_required(roles=INDICATOR_ROLES)
@needs_key
def export(request: HttpRequest) -> HttpResponse:
    signed = signed_in(request)
    campaign = _campaign_filter(request)
    candidates = list(queries.exportable(signed.member, campaign)[:1000])
    choices = [(i.pk, _choice_label(i)) for i in candidates]
    data = request.POST if request.method == "POST" else None
    initial = {"indicators": [pk for pk, _label in choices]} if campaign else {}
    form = ExportForm(data, request.FILES or None, choices=choices, initial=initial)
    if request.method == "POST" and form.is_valid():
        choice = sharing.ExportChoice(
            indicator_ids=form.cleaned_data["indicators"],
            tlp=form.cleaned_data["tlp"],
            fmt=form.cleaned_data["fmt"],
            joint_key=None if form.cleaned_data["share_values"] else form.joint(),
        )
        try:
            exported = sharing.export(signed, choice)
        except Tampered:
            return tampered(request)
        if exported.count:
            response = HttpResponse(exported.content, content_type=exported.content_type)
            response["Content-Disposition"] = f'attachment; filename="{exported.name}"'
            response["Cache-Control"] = "no-store"
            return response
        form.add_error(None, _("You hold no key to any of the chosen identifiers."))
    context = {"form": form, "campaign": campaign}
    return render(request, "indicators/export.html", context, status=400 if form.errors else 200)


@require_http_methods(["GET", "POST"])
@staff_required(roles=INDICATOR_ROLES)
@needs_key
def import_bundle(request: HttpRequest) -> HttpResponse:
    """Match a partner's bundle against our identifiers; nothing is stored or sent back."""
    signed = signed_in(request)
    data = request.POST if request.method == "POST" else None
    form = ImportForm(data, request.FILES or None)
    report = None
    if request.method == "POST" and form.is_valid():
        try:
            parsed = importing.read_bundle(
                form.cleaned_data["bundle"].read(), region=form.cleaned_data["region"]
            )
        except importing.BundleError as error:
            sharing.refused(signed, "invalid-bundle")
            form.add_error("bundle", str(error))
        else:
            try:
                report = sharing.match(signed, parsed, form.joint())
            except Tampered:
                return tampered(request)
    context = {"form": form, "report": report}
    return render(request, "indicators/import.html", context, status=400 if form.errors else 200)
