"""Publishing a release's public statistics: noisy counts, then suppression, budget enforced.

What enters: only the release's incidents whose sensitivity is ``public`` and whose
verification is ``corroborated`` or ``verified`` — read from the release's frozen Parquet file,
so the statistics match the release, not today's database.

Order: noise first, suppression second. Suppressing on true counts and then adding noise would
make the suppression pattern itself depend on exact small counts ("this cell was hidden, so its
true count is below 5") outside any privacy guarantee. Deciding on noisy counts is
post-processing of a differentially private output, so it costs no budget and leaks nothing
more; the price is that a published cell may stand for a true count below the minimum (the
noise protects it) and a true count above it may be hidden. Table keys (years of a fixed range,
every ISO country, every codebook code) never depend on the data.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import Any

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq
from django.conf import settings
from django.db import transaction
from django.db.models import Sum
from django.utils.translation import gettext as _

from amanat.accounts.models import Role, StaffMember
from amanat.audit.actions import record
from amanat.audit.tags import EventTag
from amanat.core.time import today
from amanat.dataset import releases
from amanat.dataset.filters import DatasetFilter
from amanat.dataset.models import Release, ReleaseStatus
from amanat.dataset.schema import TACTIC_PREFIX, Schema
from amanat.incidents import codebook
from amanat.incidents.models import Codebook, Sensitivity, Verification
from amanat.keys.models import Organisation
from amanat.publishing.privacy import TACTIC_BOUND, noisy
from amanat.publishing.suppression import suppress
from amanat.stats.models import LedgerEntry, PrivacyLedger, PublishedTable

FIRST_YEAR = 2000
ENTERS = {"sensitivity": [Sensitivity.PUBLIC],
          "verification": [Verification.CORROBORATED, Verification.VERIFIED]}  # fmt: skip


@dataclass(frozen=True)
class Spec:
    key: str
    rows: str
    columns: str = ""
    sensitivity: int = 1


SPECS = (
    Spec("by_year", "year"),
    Spec("by_host_country", "host_country"),
    Spec("by_stage", "stage"),
    Spec("by_tactic", "tactic", sensitivity=TACTIC_BOUND),
    Spec("year_by_stage", "year", "stage"),
)


class BudgetExceeded(Exception):
    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class NotPublishable(BudgetExceeded):
    """The release cannot have public statistics (not built yet)."""


def _year_codes(release: Release) -> list[str]:
    selection = DatasetFilter.from_json(release.filters)
    first = selection.year_from or FIRST_YEAR
    last = selection.year_to or max(release.created_on.year, first)
    return [f"<{first}", *(str(y) for y in range(first, last + 1)), f">{last}", "unknown"]


def _year_code(year: int | None, codes: list[str]) -> str:
    first, last = int(codes[1]), int(codes[-3])
    if year is None:
        return "unknown"
    return codes[0] if year < first else codes[-2] if year > last else str(year)


def domains(release: Release, schema: Schema) -> dict[str, list[str]]:
    stages = [e.code for book in schema.books for e in book.entries(codebook.STAGE)]
    return {
        "year": _year_codes(release),
        "host_country": [*sorted(codebook.COUNTRY_CODES), ""],
        "stage": [*dict.fromkeys(stages), ""],  # "": not stated, counted, never dropped
        "tactic": list(schema.tactics),
    }


def public_rows(release: Release, schema: Schema) -> pa.Table:
    path = releases.release_dir(release) / "incidents.parquet"
    tactic_columns = [TACTIC_PREFIX + code for code in schema.tactics]
    columns = ["incident_code", "year", "host_country", "stage", "verification", "sensitivity"]
    table = pq.read_table(path, columns=[*columns, *tactic_columns])
    keep = pc.and_(
        pc.is_in(table["sensitivity"], value_set=pa.array(ENTERS["sensitivity"])),
        pc.is_in(table["verification"], value_set=pa.array(ENTERS["verification"])),
    )
    return table.filter(keep)


def _bounded_tactics(rows: pa.Table, tactics: list[str]) -> dict[str, int]:
    """Counts per tactic, each incident under at most TACTIC_BOUND tactics (a reproducible,
    code-independent choice when it has more: order by a hash of incident code and tactic)."""
    counts = {code: int(pc.sum(rows[TACTIC_PREFIX + code]).as_py() or 0) for code in tactics}
    flags = [rows[TACTIC_PREFIX + code].to_pylist() for code in tactics] if tactics else []
    for index, code_of_incident in enumerate(rows["incident_code"].to_pylist()):
        involved = [code for code, column in zip(tactics, flags, strict=True) if column[index]]
        if len(involved) <= TACTIC_BOUND:
            continue
        ranked = sorted(
            involved, key=lambda c: hashlib.sha256(f"{code_of_incident}:{c}".encode()).digest()
        )
        for dropped in ranked[TACTIC_BOUND:]:
            counts[dropped] -= 1
    return counts


def true_counts(spec: Spec, rows: pa.Table, keys: dict[str, list[str]]) -> list[list[int]]:
    """Exact counts over the fixed keys: one row for a one-way table."""
    if spec.rows == "tactic":
        counts = _bounded_tactics(rows, keys["tactic"])
        return [[counts.get(code, 0) for code in keys["tactic"]]]
    years = [_year_code(y, keys["year"]) for y in rows["year"].to_pylist()]
    values = {
        "year": years,
        "host_country": rows["host_country"].to_pylist(),
        "stage": rows["stage"].to_pylist(),
    }
    if not spec.columns:
        tally: dict[str, int] = {}
        for value in values[spec.rows]:
            tally[value] = tally.get(value, 0) + 1
        return [[tally.get(code, 0) for code in keys[spec.rows]]]
    pairs: dict[tuple[str, str], int] = {}
    for a, b in zip(values[spec.rows], values[spec.columns], strict=True):
        pairs[(a, b)] = pairs.get((a, b), 0) + 1
    return [[pairs.get((r, c), 0) for c in keys[spec.columns]] for r in keys[spec.rows]]


def _spend(ledger: PrivacyLedger, key: str, epsilon: float, mechanism: str) -> None:
    spent = ledger.entries.aggregate(total=Sum("epsilon"))["total"] or 0.0
    if spent + epsilon > ledger.epsilon_total * (1 + 1e-9):
        raise BudgetExceeded(
            _("Refused: table “%(table)s” would spend ε=%(asked).3g, but only ε=%(left).3g of "
              "this release's privacy budget (ε=%(total).3g) is left.")
            % {"table": key, "asked": epsilon, "left": max(0.0, ledger.epsilon_total - spent),
               "total": ledger.epsilon_total}
        )  # fmt: skip
    LedgerEntry.objects.create(
        ledger=ledger, table=key, epsilon=epsilon, mechanism=mechanism, created_on=today()
    )


def _label(book: codebook.Book, dimension: str, code: str, language: str) -> str:
    if dimension == "host_country":
        return codebook.country_name(code, language)
    return book.label(dimension, code, language)


def stored_labels(
    book: codebook.Book, spec: Spec, keys: dict[str, list[str]]
) -> dict[str, dict[str, dict[str, str]]]:
    """Each code's label in every interface language, fixed at publication, so the public site
    never reads the codebook (years and "unknown" are worded by the page itself)."""
    named = [d for d in (spec.rows, spec.columns) if d and d != "year"]
    return {
        language: {d: {c: _label(book, d, c, language) for c in keys[d] if c} for d in named}
        for language, _name in settings.LANGUAGES
    }


def _table(release: Release, spec: Spec, position: int, counts: list[list[int]],
           epsilon: float, keys: dict[str, list[str]], book: codebook.Book,
           ) -> tuple[PublishedTable, Any]:  # fmt: skip
    flat, noise = noisy([v for row in counts for v in row], epsilon, spec.sensitivity)
    width = len(counts[0]) if counts else 0
    grid = [flat[i * width : (i + 1) * width] for i in range(len(counts))]
    shown = suppress(grid, settings.STATS_MIN_CELL, two_way=bool(spec.columns))
    table = PublishedTable(
        release=release, key=spec.key, position=position, row_dimension=spec.rows,
        column_dimension=spec.columns, row_codes=keys[spec.rows],
        column_codes=keys[spec.columns] if spec.columns else [],
        cells=shown.cells if spec.columns else shown.cells[0],
        row_totals=shown.row_totals if spec.columns else [],
        column_totals=shown.column_totals, total=shown.total, mechanism=noise.mechanism,
        epsilon=noise.epsilon, scale=noise.scale, sensitivity=noise.sensitivity,
        accuracy=noise.accuracy, min_cell=settings.STATS_MIN_CELL,
        labels=stored_labels(book, spec, keys), created_on=today(),
    )  # fmt: skip
    return table, noise


def publish(
    release: Release, *, actor: StaffMember | None, epsilon_per_table: float | None = None
) -> list[PublishedTable]:
    """Publish every standard table of a built release; all or nothing, audited (a refusal
    too, outside the transaction it rolled back)."""
    try:
        return _publish(release, actor=actor, epsilon_per_table=epsilon_per_table)
    except BudgetExceeded as exc:
        record(EventTag.STATS_BUDGET_REFUSED, actor=actor.user if actor else None,
               subject=release, payload={"reason": type(exc).__name__})  # fmt: skip
        raise


@transaction.atomic
def _publish(
    release: Release, *, actor: StaffMember | None, epsilon_per_table: float | None
) -> list[PublishedTable]:
    release = Release.objects.select_for_update().get(pk=release.pk)
    if release.status != ReleaseStatus.DONE:
        raise NotPublishable(_("Only a built release can have public statistics."))
    ledger, _created = PrivacyLedger.objects.get_or_create(
        release=release, defaults={"epsilon_total": settings.STATS_EPSILON, "created_on": today()}
    )
    epsilon = epsilon_per_table or ledger.epsilon_total / len(SPECS)
    schema = Schema.of(codebook.book_for(cb) for cb in Codebook.objects.all())
    keys = domains(release, schema)
    rows = public_rows(release, schema)
    book = codebook.book_for(release.codebook)
    user = actor.user if actor else None
    tables = []
    for position, spec in enumerate(SPECS):
        counts = true_counts(spec, rows, keys)
        table, noise = _table(release, spec, position, counts, epsilon, keys, book)
        _spend(ledger, spec.key, noise.epsilon, noise.mechanism)
        table.save()
        tables.append(table)
    Release.objects.filter(pk=release.pk).update(public=True, published_on=today())
    record(EventTag.STATS_RELEASE_PUBLISH, actor=user, subject=release,
           payload={"tables": len(tables), "epsilon": f"{epsilon * len(tables):.6g}",
                    "min_cell": settings.STATS_MIN_CELL})  # fmt: skip
    return tables


def publish_demo_release(organisation: Organisation) -> Release:
    """For ``amanat stats demo``: build a release of the shareable incidents and publish it."""
    member = (
        StaffMember.objects.filter(organisation=organisation, active=True,
                                   role__in=[Role.COORDINATOR, Role.RESEARCHER])
        .order_by("role").first()
    )  # fmt: skip
    if member is None:
        raise NotPublishable(_("The organisation has no coordinator or researcher."))
    release = releases.create_release(member, DatasetFilter(), "Demo release (synthetic data)")
    releases.build(release.pk)
    release.refresh_from_db()
    publish(release, actor=None)
    release.refresh_from_db()
    return release
