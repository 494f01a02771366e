"""A public release with its published tables written as ``amanat.publishing`` stores them.

The public statistics read only what was stored at publication, so their tests build that
directly (fixed counts, no noise) instead of importing the publishing pipeline, which the
import contracts keep above ``amanat.stats``. Labels are the codebook's, in every interface
language, as publication stores them; the tactics chosen have the codebook's longest labels,
so a chart's labels are measured at their widest.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.conf import settings

from amanat.dataset.models import Release, ReleaseStatus
from amanat.incidents import codebook
from amanat.keys.models import Organisation
from amanat.stats.models import LedgerEntry, PrivacyLedger, PublishedTable

PUBLISHED_ON = dt.date(2026, 11, 30)
HOSTS = {"TR": 40, "KZ": 25, "DE": 12}
TACTIC_COUNT = 6  # each tactic counted 10, 15, 20 …


def _languages() -> list[str]:
    return [code for code, _name in settings.LANGUAGES]


def _longest_tactics(book: codebook.Book) -> list[str]:
    def width(code: str) -> int:
        return max(len(book.label("tactic", code, language)) for language in _languages())

    return sorted(book.codes("tactic"), key=lambda code: (-width(code), code))[:TACTIC_COUNT]


def _table(release: Release, key: str, position: int, **fields: Any) -> PublishedTable:
    defaults: dict[str, Any] = {
        "column_dimension": "",
        "suppressed": 0,
        "threshold": 9.0,
        "measurement": key,
        "mechanism": "discrete Laplace",
        "epsilon": 0.25,
        "scale": 4.0,
        "sensitivity": 1,
        "accuracy": 12,
        "min_cell": 10,
        "created_on": PUBLISHED_ON,
    }
    return PublishedTable.objects.create(
        release=release, key=key, position=position, **{**defaults, **fields}
    )


def public_release(organisation: Organisation, title: str = "Public release") -> Release:
    book = codebook.current()
    release = Release.objects.create(
        organisation=organisation, number=1, title=title, codebook_id=book.pk,
        created_on=PUBLISHED_ON, status=ReleaseStatus.DONE, public=True,
        published_on=PUBLISHED_ON,
    )  # fmt: skip
    total = sum(HOSTS.values())
    hosts = {
        language: {"host_country": {c: codebook.country_name(c, language) for c in HOSTS}}
        for language in _languages()
    }
    _table(release, "by_host_country", 0, row_dimension="host_country",
           row_codes=list(HOSTS), cells=list(HOSTS.values()), total=total,
           total_interval=[total - 12, total + 12], labels=hosts,
           intervals=[[v - 12, v + 12] for v in HOSTS.values()])  # fmt: skip
    tactics = _longest_tactics(book)
    counts = [10 + 5 * i for i in range(len(tactics))]
    labels = {
        language: {"tactic": {c: book.label("tactic", c, language) for c in tactics}}
        for language in _languages()
    }
    _table(release, "by_tactic", 1, row_dimension="tactic", row_codes=tactics, cells=counts,
           total=total, total_interval=[total - 12, total + 12], labels=labels,
           suppressed=total - sum(counts),
           intervals=[[v - 12, v + 12] for v in counts])  # fmt: skip
    ledger = PrivacyLedger.objects.create(
        release=release, epsilon_total=1.0, created_on=PUBLISHED_ON
    )
    for key in ("by_host_country", "by_tactic"):
        LedgerEntry.objects.create(
            ledger=ledger, table=key, epsilon=0.25, mechanism="discrete Laplace",
            created_on=PUBLISHED_ON,
        )  # fmt: skip
    return release
