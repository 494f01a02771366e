"""Incident forms: validation at the edge, choices from the codebook, typed results out.

Each form's ``result()`` returns the dataclass its action takes, so actions never see raw
request data. The actions check everything again (codes, countries, grades, dates).
"""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from amanat.core import ids
from amanat.core.ids import PublicIdField
from amanat.incidents import codebook, dates
from amanat.incidents.actions import Coding, SourceDetails
from amanat.incidents.codebook import Book
from amanat.incidents.models import (
    CREDIBILITY_GRADES,
    RELIABILITY_GRADES,
    AgeBand,
    DatePrecision,
    PersonRole,
    Sensitivity,
    Verification,
)
from amanat.incidents.people import PersonDetails
from amanat.incidents.referrals import ReferralDetails
from amanat.intake.text import clean_text

TEXTAREA = {"rows": 4, "dir": "auto"}
# The empty choice every coded field starts at: stored blank, exported blank, counted apart.
NOT_STATED = ("", _("Not stated"))


def _text(value: str) -> str:
    """Free text without control or bidi-override characters (intake's cleaning)."""
    cleaned, _removed = clean_text(value or "")
    return cleaned.strip()


def _codes(book: Book, name: str, *, blank: bool = False) -> list[tuple[str, str]]:
    return ([("", "—")] if blank else []) + book.choices(name)


class IncidentForm(forms.Form):
    date_start_precision = forms.ChoiceField(
        label=_("Start date precision"),
        choices=DatePrecision.choices,
        initial=DatePrecision.UNKNOWN,
    )
    date_start = forms.CharField(
        label=_("Start date"),
        required=False,
        max_length=10,
        help_text=_("YYYY, YYYY-MM or YYYY-MM-DD; empty if unknown."),
    )
    date_end_precision = forms.ChoiceField(
        label=_("End date precision (for a period)"),
        required=False,
        choices=[("", _("No end date"))]
        + [c for c in DatePrecision.choices if c[0] != DatePrecision.UNKNOWN],
    )
    date_end = forms.CharField(label=_("End date"), required=False, max_length=10)
    host_country = forms.ChoiceField(
        label=_("Host country"),
        required=False,
        error_messages={"invalid_choice": _("“%(value)s” is not an ISO 3166-1 country code.")},
    )
    origin_state = forms.ChoiceField(
        label=_("Origin state"),
        required=False,
        error_messages={"invalid_choice": _("“%(value)s” is not an ISO 3166-1 country code.")},
    )
    # Coded facts start at "not stated" and stay so unless someone chooses (no default fact).
    community = forms.ChoiceField(label=_("Community targeted"), required=False)
    stage = forms.ChoiceField(label=_("Stage"), required=False)
    tactics = forms.MultipleChoiceField(
        label=_("Tactics"),
        widget=forms.CheckboxSelectMultiple,
        error_messages={
            "invalid_choice": _("“%(value)s” is not a tactic of the codebook."),
            "required": _("Choose at least one tactic."),
        },
    )
    channels = forms.MultipleChoiceField(
        label=_("Channels"),
        widget=forms.CheckboxSelectMultiple,
        required=False,
        error_messages={"invalid_choice": _("“%(value)s” is not a channel of the codebook.")},
    )
    perpetrator = forms.ChoiceField(label=_("Perpetrator (agency type)"), required=False)
    perpetrator_evidence = forms.CharField(
        label=_("Evidence for the perpetrator (encrypted)"),
        required=False,
        max_length=5_000,
        widget=forms.Textarea(attrs=TEXTAREA),
    )
    response = forms.ChoiceField(label=_("Target's response and outcome"), required=False)
    verification = forms.ChoiceField(
        label=_("Verification"), choices=Verification.choices, initial=Verification.UNVERIFIED
    )
    sensitivity = forms.ChoiceField(
        label=_("Sensitivity"), choices=Sensitivity.choices, initial=Sensitivity.CONFIDENTIAL
    )
    summary = forms.CharField(
        label=_("Summary (encrypted: may identify people)"),
        required=False,
        max_length=20_000,
        widget=forms.Textarea(attrs={"rows": 8, "dir": "auto"}),
    )

    def __init__(self, *args: Any, book: Book, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.book = book
        countries = [NOT_STATED, *codebook.country_choices()]
        choices = {
            "host_country": countries,
            "origin_state": countries,
            "community": [NOT_STATED, *_codes(book, codebook.COMMUNITY)],
            "stage": [NOT_STATED, *_codes(book, codebook.STAGE)],
            "tactics": book.grouped_choices(codebook.TACTIC),
            "channels": _codes(book, codebook.CHANNEL),
            "perpetrator": [NOT_STATED, *_codes(book, codebook.PERPETRATOR)],
            "response": [NOT_STATED, *_codes(book, codebook.RESPONSE)],
        }
        for name, values in choices.items():
            self.fields[name].choices = values  # type: ignore[attr-defined]  # ChoiceField's choices, typed on Field by the stubs

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        for which in ("date_start", "date_end"):
            precision = data.get(f"{which}_precision")
            if precision is None:
                continue
            if which == "date_end" and not precision:
                if (data.get("date_end") or "").strip():
                    self.add_error("date_end_precision", _("Choose the end date's precision."))
                data["date_end"] = None
                continue
            try:
                data[which] = dates.parse(data.get(which) or "", precision)
            except dates.BadDate as exc:
                self.add_error(which, str(exc))
        start, end = data.get("date_start"), data.get("date_end")
        if start is not None and end is not None and not self.has_error("date_end"):
            if dates.latest_day(end, data["date_end_precision"]) < start:
                self.add_error("date_end", _("The end date is before the start date."))
        elif end is not None and start is None and not self.has_error("date_start"):
            self.add_error("date_start", _("A period needs a start date."))
        return data

    def result(self) -> Coding:
        data = self.cleaned_data
        return Coding(
            date_start=data["date_start"],
            date_start_precision=data["date_start_precision"],
            date_end=data["date_end"],
            date_end_precision=data["date_end_precision"],
            host_country=data["host_country"],
            origin_state=data["origin_state"],
            community=data["community"],
            stage=data["stage"],
            perpetrator=data["perpetrator"],
            response=data["response"],
            verification=data["verification"],
            sensitivity=data["sensitivity"],
            tactics=tuple(data["tactics"]),
            channels=tuple(data["channels"]),
            summary=_text(data["summary"]),
            perpetrator_evidence=_text(data["perpetrator_evidence"]),
        )


class ReportNumberForm(forms.Form):
    report = PublicIdField(label=_("Report number"), max_length=ids.LENGTH + 1)


class PersonForm(forms.Form):
    role = forms.ChoiceField(label=_("Role"), choices=PersonRole.choices)
    relationship = forms.ChoiceField(label=_("Relationship to the targeted person"), required=False)
    age_band = forms.ChoiceField(
        label=_("Age band"), required=False, choices=[("", "—"), *AgeBand.choices]
    )
    name = forms.CharField(label=_("Name (encrypted)"), required=False, max_length=300)
    contact = forms.CharField(label=_("Contact (encrypted)"), required=False, max_length=500)
    location = forms.CharField(label=_("Location (encrypted)"), required=False, max_length=500)
    notes = forms.CharField(
        label=_("Notes (encrypted)"),
        required=False,
        max_length=10_000,
        widget=forms.Textarea(attrs=TEXTAREA),
    )

    def __init__(self, *args: Any, book: Book, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["relationship"].choices = _codes(book, codebook.RELATIONSHIP, blank=True)  # type: ignore[attr-defined]  # ChoiceField's choices, typed on Field by the stubs

    def result(self) -> PersonDetails:
        data = self.cleaned_data
        return PersonDetails(
            role=data["role"],
            relationship=data["relationship"],
            age_band=data["age_band"],
            name=_text(data["name"]),
            contact=_text(data["contact"]),
            location=_text(data["location"]),
            notes=_text(data["notes"]),
        )


class SourceForm(forms.Form):
    kind = forms.ChoiceField(label=_("Kind of source"))
    report = forms.TypedChoiceField(
        label=_("Linked report (hotline sources)"), coerce=int, required=False, empty_value=None
    )
    citation = forms.CharField(
        label=_("Citation (URL or reference of a public document)"), required=False, max_length=500
    )
    reliability = forms.ChoiceField(
        label=_("Source reliability (A–F)"),
        choices=[(g, g) for g in RELIABILITY_GRADES],
        error_messages={"invalid_choice": _("Source reliability is graded A to F.")},
    )
    credibility = forms.TypedChoiceField(
        label=_("Information credibility (1–6)"),
        coerce=int,
        choices=[(g, str(g)) for g in CREDIBILITY_GRADES],
        error_messages={"invalid_choice": _("Information credibility is graded 1 to 6.")},
    )

    def __init__(
        self, *args: Any, book: Book, reports: list[tuple[int, str]], **kwargs: Any
    ) -> None:
        super().__init__(*args, **kwargs)
        self.fields["kind"].choices = _codes(book, codebook.SOURCE_KIND)  # type: ignore[attr-defined]  # ChoiceField's choices, typed on Field by the stubs
        self.fields["report"].choices = [("", "—"), *reports]  # type: ignore[attr-defined]  # ChoiceField's choices, typed on Field by the stubs

    def details(self, report: Any) -> SourceDetails:
        data = self.cleaned_data
        return SourceDetails(
            kind=data["kind"],
            reliability=data["reliability"],
            credibility=data["credibility"],
            citation=_text(data["citation"]),
            report=report,
        )


class ReferralForm(forms.Form):
    recipient_kind = forms.ChoiceField(label=_("Recipient"))
    recipient_name = forms.CharField(label=_("Recipient's name (institution)"), max_length=200)
    status = forms.ChoiceField(label=_("Status"))
    referred_on = forms.DateField(label=_("Day sent (YYYY-MM-DD)"), required=False)
    reference = forms.CharField(
        label=_("Recipient's reference number (encrypted)"), required=False, max_length=200
    )
    outcome = forms.CharField(
        label=_("Outcome (encrypted: may identify people)"),
        required=False,
        max_length=10_000,
        widget=forms.Textarea(attrs=TEXTAREA),
    )

    def __init__(self, *args: Any, book: Book, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["recipient_kind"].choices = _codes(book, codebook.RECIPIENT_KIND)  # type: ignore[attr-defined]  # ChoiceField's choices, typed on Field by the stubs
        self.fields["status"].choices = _codes(book, codebook.REFERRAL_STATUS)  # type: ignore[attr-defined]  # ChoiceField's choices, typed on Field by the stubs

    def result(self) -> ReferralDetails:
        data = self.cleaned_data
        return ReferralDetails(
            recipient_kind=data["recipient_kind"],
            recipient_name=_text(data["recipient_name"]),
            status=data["status"],
            referred_on=data["referred_on"],
            reference=_text(data["reference"]),
            outcome=_text(data["outcome"]),
        )


class PacketForm(forms.Form):
    reports = forms.TypedMultipleChoiceField(
        label=_("Reports whose text and cleaned files go into the packet"),
        coerce=int,
        required=False,
        widget=forms.CheckboxSelectMultiple,
        error_messages={"invalid_choice": _("Report #%(value)s is not linked to this incident.")},
    )

    def __init__(self, *args: Any, reports: list[tuple[int, str]], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["reports"].choices = reports  # type: ignore[attr-defined]  # ChoiceField's choices, typed on Field by the stubs


class DuplicateForm(forms.Form):
    other = PublicIdField(
        label=_("Suspected duplicate of incident number (empty: not a duplicate)"),
        required=False,
        max_length=ids.LENGTH + 1,
    )


class MergeForm(forms.Form):
    target = PublicIdField(
        label=_("Merge this incident into incident number"), max_length=ids.LENGTH + 1
    )
    confirm = forms.BooleanField(
        label=_(
            "I compared both incidents: they describe the same events. This incident will "
            "be kept as history and its people, sources and reports carried over."
        ),
        error_messages={"required": _("Confirm that you compared both incidents.")},
    )
