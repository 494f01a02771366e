"""Review forms. Accepting reuses casework's ``IncidentForm`` (the analyst corrects the proposal
there) plus the source grade; rejecting needs a reason."""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from amanat.incidents.models import CREDIBILITY_GRADES, RELIABILITY_GRADES
from amanat.intake.text import clean_text
from amanat.monitor.models import Proposal, RejectReason

NOTE_MAX = 2_000


class GradeForm(forms.Form):
    """The Admiralty grade of the article as a source of the incident."""

    reliability = forms.ChoiceField(
        label=_("Source reliability (A–F)"),
        choices=[(g, g) for g in RELIABILITY_GRADES],
        initial="C",
        error_messages={"invalid_choice": _("Source reliability is graded A to F.")},
    )
    credibility = forms.TypedChoiceField(
        label=_("Information credibility (1–6)"),
        coerce=int,
        choices=[(g, str(g)) for g in CREDIBILITY_GRADES],
        initial=3,
        error_messages={"invalid_choice": _("Information credibility is graded 1 to 6.")},
    )


class RejectForm(forms.Form):
    reason = forms.ChoiceField(
        label=_("Why is this not an incident to code?"),
        choices=[("", "—"), *RejectReason.choices],
        error_messages={"required": _("Choose why this proposal is rejected."),
                        "invalid_choice": _("Choose one of the listed reasons.")},
    )  # fmt: skip
    note = forms.CharField(
        label=_("Note (what the tagger got wrong)"),
        required=False,
        max_length=NOTE_MAX,
        widget=forms.Textarea(attrs={"rows": 3, "dir": "auto"}),
    )

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        data["note"] = clean_text(data.get("note") or "")[0].strip()
        if data.get("reason") == RejectReason.OTHER and not data["note"]:
            self.add_error("note", _("Explain the reason in the note when you choose “Other”."))
        return data


def incident_initial(proposal: Proposal) -> dict[str, Any]:
    """The proposal's fields as the incident form's initial values."""
    fields = proposal.fields
    return {
        "date_start": fields.get("date_start", ""),
        "date_start_precision": fields.get("date_start_precision", "unknown"),
        "host_country": fields.get("host_country", ""),
        "origin_state": fields.get("origin_state", ""),
        "community": fields.get("community", ""),
        "stage": fields.get("stage", ""),
        "tactics": fields.get("tactics", []),
        "perpetrator": fields.get("perpetrator", ""),
        "response": fields.get("response", ""),
        "summary": fields.get("summary", ""),
    }
