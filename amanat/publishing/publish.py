"""Publishing a release's public statistics: measured once, made consistent, budget enforced.

What enters: only the release's incidents whose sensitivity is ``public`` and whose
verification is ``corroborated`` or ``verified`` — read from the release's frozen Parquet file,
so the statistics match the release, not today's database.

Budget: the organisation's lifetime epsilon (``OrganisationBudget``) minus everything its
releases spent so far; a release that asks for more than remains is refused, whatever incidents
it holds (publishing the same incidents again costs the same as new ones).

Measurements (each an OpenDP mechanism with sensitivity 1 per incident, a share of the
release's epsilon, drawn once and stored): the total; year × stage (by year and by stage are
its margins); host country; and tactic *shares* — tactics are multi-valued, so an incident with
k tactics adds 1/k to each (and an incident without one counts under "no tactic"), which keeps
the sensitivity at 1 and makes the tactic table add up to the incidents, like every other table.
Everything after the draw is post-processing (``consistent.py``): projection onto the release
total, controlled rounding, the phantom-cell threshold, suppression. Deciding suppression on
noisy counts costs no budget and leaks nothing more than the noise allows. Table keys (years of
a fixed range, every ISO country, every codebook code) never depend on the data.
"""

from __future__ import annotations

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
from amanat.dataset.filters import DatasetFilter
from amanat.dataset.models import Release, ReleaseStatus
from amanat.dataset.releases import versions as releases
from amanat.dataset.schema import TACTIC_PREFIX, Schema
from amanat.incidents import codebook
from amanat.incidents.models import Codebook, Sensitivity, Verification
from amanat.keys.models import Organisation
from amanat.publishing import consistent
from amanat.publishing.privacy import measure
from amanat.stats.models import (
    LedgerEntry,
    OrganisationBudget,
    PrivacyLedger,
    PublishedTable,
    StoredMeasurement,
)

FIRST_YEAR = 2000
ENTERS = {"sensitivity": [Sensitivity.PUBLIC],
          "verification": [Verification.CORROBORATED, Verification.VERIFIED]}  # fmt: skip


SHARES = consistent.SHARES
TABLE_KEYS = ("by_year", "by_host_country", "by_stage", "by_tactic", "year_by_stage")
NO_TACTIC = ""


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
        "stage": [*dict.fromkeys(code for code in stages if code), ""],  # "": not stated
        "tactic": [*schema.tactics, NO_TACTIC],
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


def true_counts(rows: pa.Table, keys: dict[str, list[str]]) -> dict[str, list[float]]:
    """The exact vectors to measure, over the fixed keys (never shown to anyone)."""
    years = [_year_code(y, keys["year"]) for y in rows["year"].to_pylist()]
    year_index = {code: i for i, code in enumerate(keys["year"])}
    stage_index = {code: i for i, code in enumerate(keys["stage"])}
    country_index = {code: i for i, code in enumerate(keys["host_country"])}
    grid = [0.0] * (len(keys["year"]) * len(keys["stage"]))
    countries = [0.0] * len(keys["host_country"])
    unknown_country = country_index[""]
    for year, stage, country in zip(
        years, rows["stage"].to_pylist(), rows["host_country"].to_pylist(), strict=True
    ):
        column = stage_index.get(stage or "", stage_index[""])  # unknown codes: "not stated"
        grid[year_index[year] * len(keys["stage"]) + column] += 1
        countries[country_index.get(country or "", unknown_country)] += 1
    return {
        "total": [float(rows.num_rows)],
        "year_stage": grid,
        "host_country": countries,
        "tactic": tactic_shares(rows, keys["tactic"]),
    }


def tactic_shares(rows: pa.Table, tactics: list[str]) -> list[float]:
    """Per tactic, Σ 1/k over incidents with k tactics; the last entry: incidents with none."""
    shares = [0.0] * len(tactics)
    none = 0.0
    flags = [rows[TACTIC_PREFIX + code].to_pylist() for code in tactics[:-1]]
    for index in range(rows.num_rows):
        involved = [i for i, column in enumerate(flags) if column[index]]
        if not involved:
            none += 1
        for i in involved:
            shares[i] += 1 / len(involved)
    shares[-1] = none
    return shares


class BudgetExceeded(Exception):
    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class NotPublishable(BudgetExceeded):
    """The release cannot have public statistics (not built yet, or already published)."""


def budget_of(organisation_id: int, *, lock: bool = False) -> OrganisationBudget:
    """The organisation's lifetime budget, fixed from the setting the first time it is needed."""
    found = OrganisationBudget.objects.filter(organisation_id=organisation_id)
    budget = (found.select_for_update() if lock else found).first()
    if budget is None:
        budget, _created = OrganisationBudget.objects.get_or_create(
            organisation_id=organisation_id,
            defaults={"epsilon_lifetime": settings.STATS_LIFETIME_EPSILON, "created_on": today()},
        )
    return budget


def spent_by(organisation_id: int) -> float:
    entries = LedgerEntry.objects.filter(ledger__release__organisation_id=organisation_id)
    return float(entries.aggregate(total=Sum("epsilon"))["total"] or 0.0)


def _check_budget(release: Release, epsilon: float) -> OrganisationBudget:
    budget = budget_of(release.organisation_id, lock=True)
    spent = spent_by(release.organisation_id)
    left = max(0.0, budget.epsilon_lifetime - spent)
    if epsilon > left * (1 + 1e-9):
        raise BudgetExceeded(
            _("Refused: this release would spend ε=%(asked).3g, but only ε=%(left).3g of the "
              "organisation's lifetime privacy budget (ε=%(total).3g) remains; ε=%(spent).3g "
              "was spent by earlier releases.")
            % {"asked": epsilon, "left": left, "total": budget.epsilon_lifetime, "spent": spent}
        )  # fmt: skip
    return budget


def _measure_all(
    release: Release, truth: dict[str, list[float]], keys: dict[str, list[str]], epsilon: float
) -> dict[str, consistent.Measurement]:
    """Draw every measurement once, store it and its ledger entry."""
    ledger = PrivacyLedger.objects.create(
        release=release, epsilon_total=epsilon, created_on=today()
    )
    codes = {"total": [], "year_stage": [keys["year"], keys["stage"]],
             "host_country": [keys["host_country"]], "tactic": [keys["tactic"]]}  # fmt: skip
    measured = {}
    for key, share in SHARES.items():
        discrete = key != "tactic"
        noisy, noise = measure(truth[key], epsilon * share, discrete=discrete)
        StoredMeasurement.objects.create(
            release=release, key=key, codes=codes[key], noisy=noisy, discrete=discrete,
            mechanism=noise.mechanism, epsilon=noise.epsilon, scale=noise.scale,
            created_on=today(),
        )  # fmt: skip
        LedgerEntry.objects.create(ledger=ledger, table=key, epsilon=noise.epsilon,
                                   mechanism=noise.mechanism, created_on=today())  # fmt: skip
        measured[key] = consistent.Measurement(key, tuple(noisy), noise.scale, discrete)
    return measured


def _label(book: codebook.Book, dimension: str, code: str, language: str) -> str:
    if dimension == "host_country":
        return codebook.country_name(code, language)
    return book.label(dimension, code, language)


def stored_labels(
    book: codebook.Book, dimensions: list[str], keys: dict[str, list[str]]
) -> dict[str, dict[str, dict[str, str]]]:
    """Each code's label in every interface language, fixed at publication, so the public site
    never reads the codebook (years and "unknown" are worded by the page itself)."""
    named = [d for d in dimensions if d and d != "year"]
    return {
        language: {d: {c: _label(book, d, c, language) for c in keys[d] if c} for d in named}
        for language, _name in settings.LANGUAGES
    }


def stored_measurements(release: Release) -> dict[str, consistent.Measurement]:
    return {
        m.key: consistent.Measurement(m.key, tuple(m.noisy), m.scale, m.discrete)
        for m in StoredMeasurement.objects.filter(release=release)
    }


def _row(release: Release, position: int, table: consistent.Table, noise: StoredMeasurement,
         labels: dict[str, dict[str, dict[str, str]]]) -> PublishedTable:  # fmt: skip
    one_way = not table.columns
    return PublishedTable(
        release=release, key=table.key, position=position, row_dimension=table.rows,
        column_dimension=table.columns, row_codes=table.row_codes,
        column_codes=table.column_codes, cells=table.cells[0] if one_way else table.cells,
        intervals=table.intervals[0] if one_way else table.intervals,
        row_totals=table.row_totals, row_intervals=table.row_intervals,
        column_totals=table.column_totals, column_intervals=table.column_intervals,
        total=table.total, total_interval=table.total_interval, suppressed=table.suppressed,
        threshold=table.threshold, measurement=table.measurement, mechanism=noise.mechanism,
        epsilon=noise.epsilon, scale=noise.scale, sensitivity=1,
        accuracy=int(consistent.half_width(noise.scale, discrete=noise.discrete)),
        min_cell=settings.STATS_MIN_CELL, labels=labels, created_on=today(),
    )  # fmt: skip


def publish(
    release: Release, *, actor: StaffMember | None, epsilon: float | None = None
) -> list[PublishedTable]:
    """Publish every standard table of a built release; all or nothing, audited (a refusal
    too, outside the transaction it rolled back)."""
    try:
        return _publish(release, actor=actor, epsilon=epsilon or settings.STATS_EPSILON)
    except BudgetExceeded as exc:
        record(EventTag.STATS_BUDGET_REFUSED, actor=actor,
               subject=release, payload={"reason": type(exc).__name__})  # fmt: skip
        raise


@transaction.atomic
def _publish(
    release: Release, *, actor: StaffMember | None, epsilon: float
) -> list[PublishedTable]:
    release = Release.objects.select_for_update().get(pk=release.pk)
    if release.status != ReleaseStatus.DONE:
        raise NotPublishable(_("Only a built release can have public statistics."))
    if PrivacyLedger.objects.filter(release=release).exists():
        raise NotPublishable(
            _("This release's statistics are already published; to publish again, build a "
              "new release (it draws on the same budget).")
        )  # fmt: skip
    _check_budget(release, epsilon)
    schema = Schema.of(codebook.book_for(cb) for cb in Codebook.objects.all())
    keys = domains(release, schema)
    measured = _measure_all(release, true_counts(public_rows(release, schema), keys), keys, epsilon)
    stored = {m.key: m for m in StoredMeasurement.objects.filter(release=release)}
    book = codebook.book_for(release.codebook)
    tables = [
        _row(release, position, table, stored[table.measurement],
             stored_labels(book, [table.rows, table.columns], keys))
        for position, table in enumerate(consistent.derive(measured, keys, settings.STATS_MIN_CELL))
    ]  # fmt: skip
    PublishedTable.objects.bulk_create(tables)
    Release.objects.filter(pk=release.pk).update(public=True, published_on=today())
    record(EventTag.STATS_RELEASE_PUBLISH, actor=actor, subject=release,
           payload={"tables": len(tables), "epsilon": f"{epsilon:.6g}",
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
