"""Synthetic coded incidents for demonstrations and benchmarks, always marked synthetic.

Every generated incident belongs to an :class:`ImportBatch` with ``synthetic=True`` (one
:class:`ImportedRow` each), so the dashboard counts them apart, every export has a ``synthetic``
column set to 1, and a release says how many of its rows are synthetic. Their summary reads
"Synthetic incident" and is encrypted like any other.

Cheapest correct storage: an incident needs its own envelope (one-to-one), so each gets one, but
all incidents of a batch share one random data key, sealed once per reader; each envelope's
sealed copies reuse those bytes. Staff open synthetic incidents like real ones; sealing a fresh
key per row (three X25519 operations each) would dominate a million-row run. The distributions
below are invented, skewed the way real datasets are (a few host countries and tactics dominate).
"""

from __future__ import annotations

import random
from datetime import date
from typing import Any

from django.db import transaction

from amanat.accounts.models import StaffMember
from amanat.audit.actions import record
from amanat.audit.tags import EventTag
from amanat.core.time import today
from amanat.dataset.imports.loader import NewIncident, Sealing, load
from amanat.dataset.models import ImportBatch, ImportedRow, ImportFormat
from amanat.dataset.releases.rows import organisation_key, row_key
from amanat.incidents import codebook
from amanat.incidents.models import DatePrecision
from amanat.keys import keyring
from amanat.keys.models import Organisation

SUMMARY = "Synthetic incident generated for demonstration; not a real event."
CHUNK = 5000
YEARS = {y: w for y, w in zip(range(2005, 2025), (1, 1, 1, 2, 3, 3, 3, 4, 5, 6, 8, 10, 14, 16,
                                                  15, 12, 11, 10, 10, 9), strict=True)}  # fmt: skip
HOSTS = {
    "TR": 20, "KZ": 12, "US": 10, "KG": 6, "DE": 6, "GB": 5, "NL": 4, "AU": 4, "CA": 4,
    "FR": 3, "SE": 3, "JP": 3, "NO": 2, "TH": 2, "EG": 2, "AE": 2, "SA": 2, "UZ": 2, "PK": 2,
    "MY": 1, "ID": 1, "BE": 1, "CH": 1, "FI": 1, "DK": 1, "AT": 1, "IT": 1, "ES": 1, "PL": 1,
    "CZ": 1, "NZ": 1, "KR": 1, "AF": 1, "TJ": 1, "MN": 1, "NP": 1, "IN": 1, "RU": 1, "AZ": 1,
    "TW": 1, "HK": 1, "IE": 1, "": 1,
}  # fmt: skip
COMMUNITIES = {
    "uyghur": 55, "hong_konger": 10, "tibetan": 10, "kazakh": 8, "han_dissident": 6,
    "southern_mongol": 3, "kyrgyz": 3, "falun_gong": 3, "taiwanese": 1, "other": 1,
}  # fmt: skip
STAGE1_TACTICS = {
    "threat_to_family": 30, "informant_recruitment": 14, "online_harassment": 12,
    "direct_threat": 10, "surveillance": 8, "silencing_demand": 8, "family_contact_control": 6,
    "hacking_spyware": 5, "passport_consular_denial": 5, "impersonation": 3,
    "bribery_inducement": 3, "interpol_abuse": 2, "bounty_or_warrant": 2, "assault": 1,
}  # fmt: skip
STAGE_THREE = {"deportation": 6, "extradition_request": 3, "rendition": 1}
PERPETRATORS = {"state_security": 40, "police_public_security": 30, "embassy_consulate": 10,
                "united_front_proxy": 10, "host_state_authority": 4, "unknown": 6}  # fmt: skip
RESPONSES = {"unknown": 40, "refused": 30, "complied": 10, "reported_to_police": 12,
             "stopped_advocacy": 8}  # fmt: skip
CHANNELS = {"phone_call": 25, "messaging_app": 30, "video_call": 10, "social_media": 15,
            "in_person": 10, "via_relatives": 15, "email": 3}  # fmt: skip
PRECISIONS = {DatePrecision.DAY: 40, DatePrecision.MONTH: 35, DatePrecision.YEAR: 20,
              DatePrecision.UNKNOWN: 5}  # fmt: skip
VERIFICATIONS = {"unverified": 45, "corroborated": 35, "verified": 20}
SENSITIVITIES = {"public": 45, "restricted": 35, "confidential": 20}


class _Pick:
    """Weighted choices from one seeded generator (not for security: synthetic data)."""

    def __init__(self, seed: int | None) -> None:
        self.rng = random.Random(seed)  # noqa: S311 - synthetic demo data, not a secret

    def many(self, weights: dict[Any, int], k: int) -> list[Any]:
        return self.rng.choices(list(weights), weights=list(weights.values()), k=k)

    def some(self, weights: dict[str, int], low: int, k: int) -> list[list[str]]:
        """For each of k rows, between ``low`` and 3 distinct codes."""
        sizes = [self.rng.randint(low, 3) for _ in range(k)]
        drawn = self.many(weights, 3 * k)
        return [list(dict.fromkeys(drawn[3 * i : 3 * i + n])) for i, n in enumerate(sizes)]


def _dates(pick: _Pick, k: int) -> list[tuple[date | None, str]]:
    precisions, years = pick.many(PRECISIONS, k), pick.many(YEARS, k)
    result: list[tuple[date | None, str]] = []
    for precision, year in zip(precisions, years, strict=True):
        if precision == DatePrecision.UNKNOWN:
            result.append((None, precision))
            continue
        month = pick.rng.randint(1, 12) if precision != DatePrecision.YEAR else 1
        day = pick.rng.randint(1, 28) if precision == DatePrecision.DAY else 1
        result.append((date(year, month, day), precision))
    return result


def _tactics(stage: str, stage_one: list[str], stage_three: str) -> list[str]:
    if stage == "stage2":
        return ["detention", *stage_one[:1]]
    if stage == "stage3":
        return ["detention", stage_three]
    return stage_one


def _plans(pick: _Pick, k: int, allowed: dict[str, set[str]], first: int) -> list[NewIncident]:
    """k incidents, drawn column by column (one weighted draw per column, not per cell)."""
    columns = {
        "host_country": pick.many(HOSTS, k),
        "community": pick.many(COMMUNITIES, k),
        "stage": pick.many({"stage1": 85, "stage2": 10, "stage3": 5}, k),
        "perpetrator": pick.many(PERPETRATORS, k),
        "response": pick.many(RESPONSES, k),
        "verification": pick.many(VERIFICATIONS, k),
        "sensitivity": pick.many(SENSITIVITIES, k),
    }
    for name in ("community", "stage", "perpetrator", "response"):
        fallback = sorted(allowed[name])[0]
        columns[name] = [c if c in allowed[name] else fallback for c in columns[name]]
    stage_one, stage_three = pick.some(STAGE1_TACTICS, 1, k), pick.many(STAGE_THREE, k)
    channels, dates = pick.some(CHANNELS, 0, k), _dates(pick, k)
    plans = []
    for i in range(k):
        fields = {name: values[i] for name, values in columns.items()}
        fields.update(date_start=dates[i][0], date_start_precision=dates[i][1], origin_state="CN",
                      date_end=None, date_end_precision="")  # fmt: skip
        tactics = _tactics(fields["stage"], stage_one[i], stage_three[i])
        corroborated = fields["verification"] != "unverified"
        row = first + i + 1
        plans.append(
            NewIncident(
                fields,
                [t for t in tactics if t in allowed[codebook.TACTIC]] or ["threat_to_family"],
                [c for c in channels[i] if c in allowed[codebook.CHANNEL]],
                [f"Synthetic source {n + 1} of row {row}"
                 for n in range(2 + i % 2 if corroborated else i % 2)],
                SUMMARY,
                row,
            )
        )  # fmt: skip
    return plans


def generate(
    organisation: Organisation,
    count: int,
    *,
    seed: int | None = None,
    actor: StaffMember | None = None,
    chunk: int = CHUNK,
    progress: Any = None,
) -> ImportBatch:
    """Create ``count`` synthetic incidents in chunks (one transaction each); audited."""
    if count < 1:
        raise ValueError("count must be at least 1")
    book = codebook.current()
    allowed = {name: book.codes(name) for name in codebook.FIELDS}
    pick = _Pick(seed)
    shared = Sealing.fresh(keyring.content_targets(organisation))
    key, day = organisation_key(organisation), today()
    batch = ImportBatch.objects.create(
        organisation=organisation,
        created_by=actor.user if actor else None,
        created_on=day,
        source_format=ImportFormat.SYNTHETIC,
        synthetic=True,
        rows_total=count,
    )
    done = 0
    while done < count:
        items = _plans(pick, min(chunk, count - done), allowed, done)
        for item in items:
            item.row_key = row_key(key, f"synthetic:{batch.pk}:{item.row_number}")
        with transaction.atomic():
            load(organisation, batch, items, codebook_id=book.pk, day=day, shared=shared)
        done += len(items)
        if progress is not None:
            progress(done, count)
    ImportBatch.objects.filter(pk=batch.pk).update(rows_imported=count)
    batch.rows_imported = count
    record(
        EventTag.DATASET_DEMO_CREATE,
        actor=actor,
        subject=batch,
        payload={"rows": count, "synthetic": True},
    )
    return batch


def has_synthetic(organisation: Organisation) -> bool:
    return ImportedRow.objects.filter(organisation=organisation, batch__synthetic=True).exists()
