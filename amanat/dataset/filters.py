"""One filter for the dashboard, exports, releases and the staff API, applied in SQL or Arrow.

The same :class:`DatasetFilter` narrows a queryset (exports, releases, API lists) and masks an
analytics snapshot (dashboard, breakdowns); ``tests/test_filters.py`` checks that both agree.
Semantics: every list is "any of"; an empty list does not narrow; a year range keeps incidents
whose start year is known and inside it; ``tactics`` keeps incidents with at least one of them.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields
from datetime import date
from typing import TYPE_CHECKING, Any, cast

import pyarrow as pa
import pyarrow.compute as pc
from django import forms
from django.db.models import Exists, OuterRef, QuerySet
from django.utils.translation import gettext_lazy as _

from amanat.dataset.models import ImportedRow
from amanat.incidents import codebook
from amanat.incidents.codebook import Book
from amanat.incidents.models import Incident, IncidentTactic, Sensitivity, Verification

if TYPE_CHECKING:
    from amanat.dataset.analytics.snapshot import Snapshot

FIRST_YEAR, LAST_YEAR = 1950, 2100
SYNTHETIC_CHOICES = (
    ("", _("all data")),
    ("exclude", _("real only")),
    ("only", _("synthetic only")),
)
LIST_FIELDS = (
    "host_countries",
    "origin_states",
    "communities",
    "tactics",
    "stages",
    "verifications",
    "sensitivities",
)


@dataclass(frozen=True)
class DatasetFilter:
    year_from: int | None = None
    year_to: int | None = None
    host_countries: tuple[str, ...] = ()
    origin_states: tuple[str, ...] = ()
    communities: tuple[str, ...] = ()
    tactics: tuple[str, ...] = ()
    stages: tuple[str, ...] = ()
    verifications: tuple[str, ...] = ()
    sensitivities: tuple[str, ...] = ()
    synthetic: str = ""

    def to_json(self) -> dict[str, Any]:
        return {k: list(v) if isinstance(v, tuple) else v for k, v in asdict(self).items()}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> DatasetFilter:
        known = {f.name for f in fields(cls)}
        values = {k: tuple(v) if isinstance(v, list) else v for k, v in data.items() if k in known}
        return cls(**values)  # type: ignore[arg-type]  # JSON written by to_json

    def is_empty(self) -> bool:
        return self == DatasetFilter()

    def query_items(self) -> list[tuple[str, str]]:
        """The filter as GET parameters (for CSV links that keep the dashboard's filter)."""
        items: list[tuple[str, str]] = []
        for name in ("year_from", "year_to"):
            if getattr(self, name) is not None:
                items.append((name, str(getattr(self, name))))
        for name in LIST_FIELDS:
            items += [(name, value) for value in getattr(self, name)]
        if self.synthetic:
            items.append(("synthetic", self.synthetic))
        return items

    # --- SQL -------------------------------------------------------------------------------
    def apply(self, incidents: QuerySet[Incident]) -> QuerySet[Incident]:
        if self.year_from is not None:
            incidents = incidents.filter(date_start__gte=date(self.year_from, 1, 1))
        if self.year_to is not None:
            incidents = incidents.filter(date_start__lt=date(self.year_to + 1, 1, 1))
        columns = {
            "host_countries": "host_country",
            "origin_states": "origin_state",
            "communities": "community",
            "stages": "stage",
            "verifications": "verification",
            "sensitivities": "sensitivity",
        }
        for name, column in columns.items():
            if getattr(self, name):
                incidents = incidents.filter(**{f"{column}__in": getattr(self, name)})
        if self.tactics:
            incidents = incidents.filter(
                Exists(
                    IncidentTactic.objects.filter(incident=OuterRef("pk"), code__in=self.tactics)
                )
            )
        if self.synthetic:
            synthetic = Exists(
                ImportedRow.objects.filter(incident=OuterRef("pk"), batch__synthetic=True)
            )
            incidents = incidents.filter(synthetic if self.synthetic == "only" else ~synthetic)
        return incidents

    # --- Arrow -----------------------------------------------------------------------------
    def mask(self, snapshot: Snapshot) -> pa.Array:
        """A boolean array over the snapshot's rows (see ``snapshot.py``)."""
        table = snapshot.table
        keep: Any = snapshot.everything
        years = table["year"]
        if self.year_from is not None:
            keep = pc.and_(keep, pc.fill_null(pc.greater_equal(years, self.year_from), False))
        if self.year_to is not None:
            keep = pc.and_(keep, pc.fill_null(pc.less_equal(years, self.year_to), False))
        columns = {
            "host_countries": "host_country",
            "origin_states": "origin_state",
            "communities": "community",
            "stages": "stage",
            "verifications": "verification",
            "sensitivities": "sensitivity",
        }
        for name, column in columns.items():
            wanted = getattr(self, name)
            if wanted:
                keep = pc.and_(keep, pc.is_in(table[column], value_set=pa.array(wanted)))
        if self.tactics:
            hit = pc.is_in(snapshot.tactic_codes, value_set=pa.array(self.tactics))
            rows = pc.filter(snapshot.tactic_rows, hit)
            has = pc.is_in(table["row"], value_set=rows)
            keep = pc.and_(keep, has)
        if self.synthetic:
            synthetic = table["synthetic"]
            keep = pc.and_(keep, synthetic if self.synthetic == "only" else pc.invert(synthetic))
        return keep.combine_chunks() if isinstance(keep, pa.ChunkedArray) else keep


def _text(choices: list[tuple[str, Any]]) -> list[tuple[str, str]]:
    return [(code, str(label)) for code, label in choices]


def _multi(choices: list[tuple[str, str]], label: Any) -> forms.MultipleChoiceField:
    return forms.MultipleChoiceField(
        choices=choices, required=False, label=label, widget=forms.CheckboxSelectMultiple
    )


class FilterForm(forms.Form):
    """The dashboard's GET form; the same fields are the API's and the release form's."""

    year_from = forms.IntegerField(
        required=False, min_value=FIRST_YEAR, max_value=LAST_YEAR, label=_("From year")
    )
    year_to = forms.IntegerField(
        required=False, min_value=FIRST_YEAR, max_value=LAST_YEAR, label=_("To year")
    )
    host_countries = forms.MultipleChoiceField(required=False, label=_("Host countries"))
    origin_states = forms.MultipleChoiceField(required=False, label=_("Origin state"))
    synthetic = forms.ChoiceField(choices=SYNTHETIC_CHOICES, required=False, label=_("Data"))

    def __init__(self, *args: Any, book: Book, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        countries = codebook.country_choices()
        host = cast(forms.MultipleChoiceField, self.fields["host_countries"])
        origin = cast(forms.MultipleChoiceField, self.fields["origin_states"])
        host.choices = origin.choices = countries
        host.widget.attrs["size"] = origin.widget.attrs["size"] = "6"
        self.fields["communities"] = _multi(book.choices(codebook.COMMUNITY), _("Community"))
        self.fields["tactics"] = _multi(book.choices(codebook.TACTIC), _("Tactic (any of)"))
        self.fields["stages"] = _multi(book.choices(codebook.STAGE), _("Stage"))
        self.fields["verifications"] = _multi(_text(Verification.choices), _("Verification"))
        self.fields["sensitivities"] = _multi(_text(Sensitivity.choices), _("Sensitivity"))

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        low, high = data.get("year_from"), data.get("year_to")
        if low is not None and high is not None and low > high:
            raise forms.ValidationError(_("“From year” is after “To year”."))
        return data

    def to_filter(self) -> DatasetFilter:
        data = self.cleaned_data
        return DatasetFilter(
            year_from=data.get("year_from"),
            year_to=data.get("year_to"),
            synthetic=data.get("synthetic") or "",
            **{name: tuple(data.get(name) or ()) for name in LIST_FIELDS},
        )


def parse(query: Any, book: Book) -> tuple[DatasetFilter, FilterForm]:
    """The filter in a GET query; an invalid query filters nothing and shows its errors."""
    form = FilterForm(query or None, book=book)
    if query and form.is_valid():
        return form.to_filter(), form
    return DatasetFilter(), form
