"""Casework forms (validation only)."""

from __future__ import annotations

from typing import Any

from django import forms
from django.contrib.auth import get_user_model
from django.utils.translation import gettext_lazy as _

from amanat.accounts.models import Role
from amanat.core import ids
from amanat.core.ids import PublicIdField
from amanat.intake.models import ReportStatus
from amanat.intake.text import clean_text


class ReplyForm(forms.Form):
    text = forms.CharField(
        label=_("Reply to the reporter"),
        max_length=20_000,
        error_messages={"required": _("The reply is empty.")},
        widget=forms.Textarea(attrs={"rows": 5, "dir": "auto"}),
    )

    def clean_text(self) -> str:
        value, _removed = clean_text(self.cleaned_data["text"])
        if not value.strip():
            raise forms.ValidationError(_("The reply is empty."))
        return value.strip()


class StatusForm(forms.Form):
    status = forms.ChoiceField(label=_("Status"), choices=ReportStatus.choices)


class AssignForm(forms.Form):
    member = forms.TypedChoiceField(
        label=_("Assign to"), coerce=int, required=False, empty_value=None
    )


class NewColleagueForm(forms.Form):
    username = forms.RegexField(
        label=_("User name"),
        regex=r"^[a-z0-9._-]{3,40}$",
        max_length=40,
        help_text=_("3–40 lower-case letters, digits, dots, dashes."),
    )
    role = forms.ChoiceField(
        label=_("Role"),
        choices=Role.choices,
        error_messages={
            "invalid_choice": _("Your role cannot create %(value)s accounts; ask an administrator.")
        },
    )

    def __init__(self, *args: Any, roles: list[Role] | None = None, **kwargs: Any) -> None:
        """``roles``: those the creator may create (a coordinator makes no administrators)."""
        super().__init__(*args, **kwargs)
        if roles is not None:
            self.fields["role"].choices = [(r.value, r.label) for r in roles]  # type: ignore[attr-defined]  # ChoiceField's choices, typed on Field by the stubs

    def clean_username(self) -> str:
        username: str = self.cleaned_data["username"]
        if get_user_model().objects.filter(username=username).exists():
            raise forms.ValidationError(_("This user name is taken."))
        return username


class ApproveReaderForm(forms.Form):
    """The colleague's account state the approver saw; a change since voids the approval."""

    epoch = forms.IntegerField(min_value=0, error_messages={"required": _("Reload the team page.")})


class ConfirmDeleteForm(forms.Form):
    confirm = forms.CharField(label=_("Type DELETE to confirm"), max_length=10)

    def clean_confirm(self) -> str:
        if self.cleaned_data["confirm"] != "DELETE":
            raise forms.ValidationError(_("Type DELETE in capitals to confirm."))
        return "DELETE"


class AuditFilterForm(forms.Form):
    """The audit page's filters; choices are set per organisation by the view."""

    person = forms.TypedChoiceField(label=_("Person"), required=False, coerce=int, empty_value=None)
    report = PublicIdField(
        label=_("Report number"), required=False, empty_value=None, max_length=ids.LENGTH + 1
    )
    tag = forms.ChoiceField(label=_("Action"), required=False)
    since = forms.DateField(label=_("From (YYYY-MM-DD)"), required=False)
    until = forms.DateField(label=_("Until (YYYY-MM-DD)"), required=False)

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        since, until = data.get("since"), data.get("until")
        if since and until and since > until:
            self.add_error("until", _("The end day is before the start day."))
        return data
