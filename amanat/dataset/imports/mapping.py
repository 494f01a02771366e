"""How an import file's columns map onto coded fields: targets, suggestions, flags.

A mapping names, for each target field, a source column or a fixed value; it may read tactics
from a release's ``tactic_<code>`` flag columns, and translate a source's own words into codes.
:func:`suggest` maps a release's own files (and headers datasets commonly use) without help.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from django.utils.translation import gettext_lazy

from amanat.dataset.schema import TACTIC_PREFIX
from amanat.incidents import codebook


@dataclass(frozen=True)
class Target:
    label: Any
    field: str = ""  # codebook field of its codes
    multi: bool = False


TARGETS: dict[str, Target] = {
    "date_start": Target(gettext_lazy("Start date (YYYY, YYYY-MM or YYYY-MM-DD)")),
    "date_end": Target(gettext_lazy("End date, for a period")),
    "host_country": Target(gettext_lazy("Host country")),
    "origin_state": Target(gettext_lazy("Origin state")),
    "community": Target(gettext_lazy("Community"), codebook.COMMUNITY),
    "stage": Target(gettext_lazy("Stage"), codebook.STAGE),
    "tactics": Target(gettext_lazy("Tactics"), codebook.TACTIC, multi=True),
    "channels": Target(gettext_lazy("Channels"), codebook.CHANNEL, multi=True),
    "perpetrator": Target(gettext_lazy("Perpetrator"), codebook.PERPETRATOR),
    "response": Target(gettext_lazy("Response"), codebook.RESPONSE),
    "verification": Target(gettext_lazy("Verification")),
    "sensitivity": Target(gettext_lazy("Sensitivity")),
    "summary": Target(gettext_lazy("Summary (stored encrypted)")),
    "sources": Target(gettext_lazy("Source citations (separated by |)"), multi=True),
    "source_count": Target(gettext_lazy("Number of sources, when the citations are not given")),
    "incident_code": Target(gettext_lazy("Stable incident identifier (re-imports recognise it)")),
    "synthetic": Target(gettext_lazy("Synthetic mark: 1 for generated demo data, else 0")),
}
# Header names (compared letters and digits only, any case) that mean a target, so a release's
# own files and common layouts map themselves; any target's own name is recognised too.
HEADER_ALIASES = {
    "year": "date_start", "date": "date_start", "startdate": "date_start",
    "enddate": "date_end", "country": "host_country", "hostcountry": "host_country",
    "hoststate": "host_country", "originstate": "origin_state", "origincountry": "origin_state",
    "perpetratorstate": "origin_state", "group": "community", "targetedgroup": "community",
    "tactic": "tactics", "channel": "channels", "source": "sources", "sourcecount": "source_count",
    "incidentcode": "incident_code", "incidentid": "incident_code", "caseid": "incident_code",
}  # fmt: skip
FLAG_VALUES = {"1": True, "0": False, "true": True, "false": False, "yes": True, "no": False}
STAND_IN = "Source {n} of {total} in the imported dataset (its citation is not in the file)"
MAX_STAND_INS = 50
REQUIRED = ("community", "stage", "tactics")


@dataclass(frozen=True)
class Mapping:
    """For each target: a source column index, or a fixed value for every row.

    ``tactic_flags``: tactics are read from ``tactic_<code>`` columns holding 1 or 0 (a
    release's own layout). ``values``: a source's own words for codes, per target
    (``{"tactics": {"unlawful deportation": "deportation"}}``, keys compared in any case).
    """

    columns: dict[str, int]
    fixed: dict[str, str]
    tactic_flags: bool = False
    values: dict[str, dict[str, str]] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        return {"columns": self.columns, "fixed": self.fixed, "tactic_flags": self.tactic_flags,
                "values": self.values}  # fmt: skip

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Mapping:
        columns = {str(k): int(v) for k, v in (data.get("columns") or {}).items()}
        values = {
            str(target): {str(k).casefold(): str(v) for k, v in table.items()}
            for target, table in (data.get("values") or {}).items()
        }
        return cls(columns=columns, fixed=dict(data.get("fixed") or {}),
                   tactic_flags=bool(data.get("tactic_flags")), values=values)  # fmt: skip

    def by_name(self, headers: list[str]) -> dict[str, Any]:
        """The mapping with columns named by header, to be kept for files of this layout."""
        named = {target: headers[index] for target, index in self.columns.items()}
        return {**self.to_json(), "columns": named}

    @classmethod
    def for_headers(cls, saved: dict[str, Any], headers: list[str]) -> tuple[Mapping, list[str]]:
        """A saved (by-name) mapping applied to a file: the mapping, and headers it lacks."""
        where = {header: index for index, header in enumerate(headers)}
        columns, missing = {}, []
        for target, header in (saved.get("columns") or {}).items():
            if header in where and target in TARGETS:
                columns[target] = where[header]
            else:
                missing.append(str(header))
        return cls.from_json({**saved, "columns": columns}), missing


def normal(text: str) -> str:
    """A header as compared with names: letters and digits only, any case."""
    return "".join(ch for ch in str(text).casefold() if ch.isalnum())


def flag_columns(headers: list[str]) -> dict[int, str]:
    """Column index → tactic code, for a release's ``tactic_<code>`` columns."""
    return {
        i: header[len(TACTIC_PREFIX) :]
        for i, header in enumerate(headers)
        if header.startswith(TACTIC_PREFIX) and len(header) > len(TACTIC_PREFIX)
    }


def suggest(headers: list[str]) -> Mapping:
    """The mapping a file's headers suggest: a release's own files need nothing more."""
    names = {normal(target): target for target in TARGETS}
    names.update(HEADER_ALIASES)
    columns: dict[str, int] = {}
    for index, header in enumerate(headers):
        target = names.get(normal(header))
        if target is not None and target not in columns:
            columns[target] = index
    flags = "tactics" not in columns and bool(flag_columns(headers))
    return Mapping(columns=columns, fixed={}, tactic_flags=flags)
