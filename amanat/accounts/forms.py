"""Staff sign-in forms."""

from __future__ import annotations

from typing import Any

from django import forms
from django.contrib.auth.password_validation import validate_password
from django.utils.translation import gettext_lazy as _


class PasswordForm(forms.Form):
    username = forms.CharField(label=_("User name"), max_length=150)
    password = forms.CharField(label=_("Password"), max_length=1024, widget=forms.PasswordInput)


class CodeForm(forms.Form):
    code = forms.CharField(
        label=_("Code from your authenticator app, or a recovery code"),
        max_length=32,
        widget=forms.TextInput(attrs={"autocomplete": "one-time-code", "inputmode": "numeric"}),
    )


class ChangePasswordForm(forms.Form):
    old = forms.CharField(label=_("Current password"), max_length=1024, widget=forms.PasswordInput)
    new = forms.CharField(label=_("New password"), max_length=1024, widget=forms.PasswordInput)
    again = forms.CharField(
        label=_("New password again"), max_length=1024, widget=forms.PasswordInput
    )

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if data.get("new") and data.get("new") != data.get("again"):
            self.add_error("again", _("The two new passwords differ."))
        elif data.get("new"):
            try:
                validate_password(data["new"])
            except forms.ValidationError as exc:
                self.add_error("new", exc)
        return data
