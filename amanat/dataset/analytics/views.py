"""Staff analytics: the dashboard with its charts and tables, CSV of each chart, exports and the
data dictionary. Every view starts from what the member may see (``incidents_visible_to``)."""

from __future__ import annotations

import json
from urllib.parse import urlencode

from django.http import HttpRequest, HttpResponse, StreamingHttpResponse
from django.shortcuts import render
from django.utils.translation import get_language_bidi
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from amanat.accounts.access import signed_in, staff_required
from amanat.audit.actions import record
from amanat.audit.tags import EventTag
from amanat.core.time import today
from amanat.dataset import filters, schema
from amanat.dataset.access import ANALYTICS_ROLES
from amanat.dataset.analytics import breakdowns, charts, snapshot
from amanat.dataset.releases.rows import coded_rows, organisation_key
from amanat.dataset.releases.writers import csv_table, stream
from amanat.incidents import codebook
from amanat.incidents.models import Codebook

EXPORT_TYPES = {
    "csv": "text/csv; charset=utf-8",
    "json": "application/json",
    "parquet": "application/vnd.apache.parquet",
}


def _attachment(response: HttpResponse | StreamingHttpResponse, name: str) -> None:
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    response["X-Content-Type-Options"] = "nosniff"


@require_GET
@staff_required(roles=ANALYTICS_ROLES)
def dashboard(request: HttpRequest) -> HttpResponse:
    member = signed_in(request).member
    book = codebook.current()
    selection, form = filters.parse(request.GET, book)
    result = breakdowns.compute(snapshot.for_member(member), selection, book)
    query = urlencode(selection.query_items())
    sections = [
        {
            "breakdown": breakdown,
            "chart": charts.bars(breakdown.title, breakdown.cells, rtl=get_language_bidi()),
            "csv": "?".join(
                ["breakdown.csv", urlencode([("dimension", key), *selection.query_items()])]
            ),
        }
        for key, breakdown in result.breakdowns.items()
    ]
    world = charts.world_map(
        _("Incidents by host country (map)"),
        result.breakdowns["host_country"].cells,
        _("other and unknown countries"),
    )
    return render(
        request,
        "dataset/dashboard.html",
        {
            "form": form,
            "result": result,
            "sections": sections,
            "world": world,
            "query": query,
            "formats": list(EXPORT_TYPES),
        },
    )


@require_GET
@staff_required(roles=ANALYTICS_ROLES)
def breakdown_csv(request: HttpRequest) -> HttpResponse:
    member = signed_in(request).member
    book = codebook.current()
    dimension = request.GET.get("dimension", "")
    form = filters.FilterForm(request.GET, book=book)
    if dimension not in breakdowns.DIMENSIONS or not form.is_valid():
        return HttpResponse(_("Unknown chart or invalid filter."), status=400)
    result = breakdowns.compute(snapshot.for_member(member), form.to_filter(), book)
    cells = result.breakdowns[dimension].cells
    body = csv_table(
        [[dimension, "label", "incidents"], *[[c.code, c.label, c.count] for c in cells]]
    )
    response = HttpResponse(body, content_type="text/csv; charset=utf-8")
    _attachment(response, f"amanat-{dimension}-{today().isoformat()}.csv")
    return response


@require_GET
@staff_required(roles=ANALYTICS_ROLES)
def export(request: HttpRequest) -> HttpResponse | StreamingHttpResponse:
    """The filtered dataset, streamed in constant memory (large ones: build a release)."""
    member = signed_in(request).member
    fmt = request.GET.get("format", "")
    form = filters.FilterForm(request.GET, book=codebook.current())
    if fmt not in EXPORT_TYPES or not form.is_valid():
        return HttpResponse(_("Unknown format or invalid filter."), status=400)
    selection = form.to_filter()
    incidents = selection.apply(snapshot.dataset_incidents(member))
    columns = schema.Schema.of(codebook.book_for(cb) for cb in Codebook.objects.all())
    meta = {
        "dataset": "Amanat coded incidents",
        "exported_on": today().isoformat(),
        "codebook_version": columns.version,
        "filters": selection.to_json(),
    }
    rows = coded_rows(incidents, organisation_key(member.organisation_id))
    record(
        EventTag.DATASET_EXPORT,
        actor=member,
        payload={"format": fmt, "filtered": not selection.is_empty()},
    )
    response = StreamingHttpResponse(
        stream(rows, fmt, columns, meta), content_type=EXPORT_TYPES[fmt]
    )
    _attachment(response, f"amanat-incidents-{today().isoformat()}.{fmt}")
    return response


@require_GET
@staff_required(roles=ANALYTICS_ROLES)
def dictionary(request: HttpRequest) -> HttpResponse:
    columns = schema.Schema.of(codebook.book_for(cb) for cb in Codebook.objects.all())
    data = schema.dictionary(columns)
    if request.GET.get("format") == "json":
        response = HttpResponse(
            json.dumps(data, ensure_ascii=False, indent=1), content_type="application/json"
        )
        _attachment(response, f"amanat-dictionary-v{columns.version}.json")
        return response
    return render(request, "dataset/dictionary.html", {"dictionary": data})
