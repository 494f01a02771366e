"""Public statistics (anyone, no JavaScript, no external resource), read-only.

The pages are in the language of their address (``/stats/`` English, ``/ug/stats/`` …); the
downloads (CSV, JSON) are the same bytes under every prefix: English labels and headers, so a
file cited or compared is one file whatever page it was taken from (``_language_neutral``).

Only published releases and what was stored with them at publication (tables, labels, ledger)
are read: nothing of staff, keys, reports or incidents (``amanat.publishing`` writes them).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import Any, TypeVar

from django.conf import settings
from django.db.models import Prefetch, QuerySet, Sum
from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import render
from django.utils import translation
from django.views.decorators.http import require_GET

from amanat.dataset.models import Release
from amanat.dataset.releases.licences import licence
from amanat.dataset.releases.writers import csv_table
from amanat.stats import presentation
from amanat.stats.models import LedgerEntry, OrganisationBudget, PrivacyLedger

_Response = TypeVar("_Response", bound=HttpResponse)


def _language_neutral(view: Callable[..., _Response]) -> Callable[..., _Response]:
    """A download rendered in English whatever the prefix it was asked under, and said so."""

    @wraps(view)
    def in_english(request: HttpRequest, *args: Any, **kwargs: Any) -> _Response:
        with translation.override(settings.LANGUAGE_CODE):
            response = view(request, *args, **kwargs)
        response["Content-Language"] = settings.LANGUAGE_CODE
        return response

    return in_english


def _public() -> QuerySet[Release]:
    return Release.objects.filter(public=True).select_related("organisation", "codebook")


def _budget(release: Release) -> tuple[float, float]:
    ledger = PrivacyLedger.objects.filter(release=release).first()
    if ledger is None:
        return 0.0, 0.0
    spent = ledger.entries.aggregate(total=Sum("epsilon"))["total"] or 0.0
    return float(spent), float(ledger.epsilon_total)


def _organisation_ledger(release: Release) -> dict[str, Any]:
    """The organisation's lifetime budget and every release that drew on it."""
    budget = OrganisationBudget.objects.filter(organisation_id=release.organisation_id).first()
    lifetime = budget.epsilon_lifetime if budget else settings.STATS_LIFETIME_EPSILON
    spends = (
        PrivacyLedger.objects.filter(release__organisation_id=release.organisation_id)
        .select_related("release")
        .annotate(spent=Sum("entries__epsilon"))
        .order_by("release__number")
    )
    return presentation.budget_json(lifetime, [(s.release, float(s.spent or 0)) for s in spends])


def _release(pk: int) -> Release:
    found = _public().prefetch_related("tables").filter(pk=pk).first()
    if found is None:
        raise Http404
    return found


@require_GET
def index(request: HttpRequest) -> HttpResponse:
    found = _public().prefetch_related(
        Prefetch("ledger__entries", queryset=LedgerEntry.objects.order_by("pk"))
    )
    listed = [(release, sum(e.epsilon for e in release.ledger.entries.all())) for release in found]
    return render(request, "stats/index.html", {"releases": listed})


@require_GET
def release_page(request: HttpRequest, pk: int) -> HttpResponse:
    release = _release(pk)
    tables = [presentation.view(table) for table in release.tables.all()]
    spent, total = _budget(release)
    context = {"release": release, "tables": tables, "spent": spent, "total": total,
               "licence": licence(release.licence),
               "organisation_budget": _organisation_ledger(release),
               "release_total": tables[0].table.total if tables else None}  # fmt: skip
    return render(request, "stats/release.html", context)


@require_GET
@_language_neutral
def table_csv(request: HttpRequest, pk: int) -> HttpResponse:
    release = _release(pk)
    table = next((t for t in release.tables.all() if t.key == request.GET.get("key")), None)
    if table is None:
        raise Http404
    found = presentation.view(table)
    head = [table.row_dimension, "label", *(found.columns or ["count"])]
    body: list[list[Any]] = [head]
    for line in found.lines:
        values = line.values if table.column_dimension else [line.value]
        body.append([line.code, line.label, *("suppressed" if v is None else v for v in values)])
    withheld = "withheld (the release total is below the minimum cell)"
    body.append(["", "suppressed (sum of the hidden cells)", _or(table.suppressed, withheld)])
    body.append(["", "total", _or(table.total, withheld)])
    response = HttpResponse(csv_table(body), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="amanat-{pk}-{table.key}.csv"'
    return response


def _or(value: int | None, instead: str) -> int | str:
    return instead if value is None else value


@require_GET
@_language_neutral
def api_index(request: HttpRequest) -> JsonResponse:
    releases = [presentation.release_json(r, *_budget(r)) for r in _public()]
    return JsonResponse({"releases": releases}, json_dumps_params={"ensure_ascii": False})


@require_GET
@_language_neutral
def api_release(request: HttpRequest, pk: int) -> JsonResponse:
    release = _release(pk)
    spent, total = _budget(release)
    entries = LedgerEntry.objects.filter(ledger__release=release).order_by("pk")
    data = presentation.release_json(release, spent, total)
    data["privacy"]["ledger"] = [
        {"table": e.table, "epsilon": e.epsilon, "mechanism": e.mechanism} for e in entries
    ]
    data["privacy"]["organisation_budget"] = _organisation_ledger(release)
    data["entry_rule"] = "sensitivity public; verification corroborated or verified"
    data["total"] = next((t.total for t in release.tables.all()), None)
    data["tables"] = [presentation.table_json(table) for table in release.tables.all()]
    return JsonResponse(data, json_dumps_params={"ensure_ascii": False})
