"""Indicator forms: identifiers normalised at the edge, joint keys parsed, files capped.

Each form's ``result()`` returns a typed value; views and actions never see raw request data.
A refused identifier shows the normaliser's reason on the value field.
"""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from amanat.incidents import codebook
from amanat.indicators import keys
from amanat.indicators.importing import MAX_BUNDLE_BYTES
from amanat.indicators.models import Kind
from amanat.indicators.normalise import (
    MESSAGING,
    SOCIAL_PLATFORMS,
    Normalised,
    NormaliseError,
    normalise,
)
from amanat.indicators.sharing import MISP, STIX

PLATFORM_LABELS = {
    "wechat": "WeChat", "whatsapp": "WhatsApp", "telegram": "Telegram", "qq": "QQ",
    "twitter": "X (Twitter)", "facebook": "Facebook", "instagram": "Instagram",
    "youtube": "YouTube", "tiktok": "TikTok", "weibo": "Weibo", "douyin": "Douyin",
    "vk": "VK", "linkedin": "LinkedIn",
}  # fmt: skip
TLP_CHOICES = [
    ("clear", "TLP:CLEAR"),
    ("green", "TLP:GREEN"),
    ("amber", "TLP:AMBER"),
    ("red", "TLP:RED"),
]


def _countries() -> list[tuple[str, Any]]:
    none = ("", gettext_lazy("— none: the number starts with + or 00 —"))
    return [none, *codebook.country_choices()]  # by name, in the reader's alphabetical order


def _choices(form: forms.Form, name: str, choices: list[tuple[Any, Any]]) -> None:
    field = form.fields[name]
    if not isinstance(field, forms.ChoiceField):
        raise TypeError(f"{name} is not a choice field")
    field.choices = choices


class IdentifierForm(forms.Form):
    kind = forms.ChoiceField(label=gettext_lazy("Kind"), choices=Kind.choices)
    platform = forms.ChoiceField(
        label=gettext_lazy("Platform (accounts only)"),
        required=False,
        choices=[("", "—")] + [(p, PLATFORM_LABELS[p]) for p in (*MESSAGING, *SOCIAL_PLATFORMS)],
    )
    value = forms.CharField(
        label=gettext_lazy("Identifier"),
        max_length=2000,
        help_text=gettext_lazy(
            "As the person saw it: +86 138 0013 8000, name@example.org, a WeChat ID, a link."
        ),
    )
    region = forms.ChoiceField(
        label=gettext_lazy("Country of a phone number written without a country code"),
        required=False,
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        _choices(self, "region", _countries())
        self.identifier: Normalised | None = None

    def clean(self) -> dict[str, Any]:
        super().clean()
        data = self.cleaned_data
        if self.errors:
            return data
        try:
            self.identifier = normalise(
                data["kind"], data["value"], platform=data["platform"], region=data["region"]
            )
        except NormaliseError as error:
            self.add_error("value", _(error.template) % error.params)
        return data

    def result(self) -> Normalised:
        if self.identifier is None:
            raise ValueError("result() is only for a valid form")
        return self.identifier


def _joint_key(text: str, upload: Any) -> bytes | None:
    if upload is not None:
        if upload.size > 4096:
            raise forms.ValidationError(
                _("A joint key file is a few lines of hex, not a document.")
            )
        text = upload.read().decode("ascii", errors="replace")
    if not (text or "").strip():
        return None
    try:
        return keys.parse_key(text, what="joint key")
    except keys.KeyMissing as error:
        raise forms.ValidationError(
            _("A joint key is 64 to 128 hex digits (32 to 64 random bytes).")
        ) from error


class JointKeyMixin(forms.Form):
    joint_key = forms.CharField(
        label=gettext_lazy("Joint key agreed with the partner (hex)"),
        required=False,
        widget=forms.PasswordInput(render_value=False, attrs={"autocomplete": "off"}),
        help_text=gettext_lazy("Never stored. 64 hex digits, or upload the key file instead."),
    )
    joint_key_file = forms.FileField(label=gettext_lazy("…or the joint key file"), required=False)

    def joint(self) -> bytes | None:
        return self.cleaned_data.get("parsed_joint_key")

    def clean(self) -> dict[str, Any]:
        super().clean()
        data = self.cleaned_data
        try:
            data["parsed_joint_key"] = _joint_key(
                data.get("joint_key", ""), data.get("joint_key_file")
            )
        except forms.ValidationError as error:
            self.add_error("joint_key", error)
        return data


class ExportForm(JointKeyMixin):
    field_order = ["indicators", "tlp", "fmt", "share_values", "joint_key", "joint_key_file"]
    indicators = forms.TypedMultipleChoiceField(
        label=gettext_lazy("Identifiers to share"),
        coerce=int,
        widget=forms.CheckboxSelectMultiple,
        error_messages={"required": gettext_lazy("Choose at least one identifier.")},
    )
    tlp = forms.ChoiceField(
        label=gettext_lazy("Traffic Light Protocol marking"), choices=TLP_CHOICES
    )
    fmt = forms.ChoiceField(
        label=gettext_lazy("Format"),
        choices=[(STIX, gettext_lazy("STIX 2.1 bundle")), (MISP, gettext_lazy("MISP event"))],
    )
    share_values = forms.BooleanField(
        label=gettext_lazy("Share the values in clear (the partner reads every identifier)"),
        required=False,
    )

    def __init__(self, *args: Any, choices: list[tuple[int, str]], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        _choices(self, "indicators", choices)

    def clean(self) -> dict[str, Any]:
        super().clean()
        data = self.cleaned_data
        has_key = data.get("parsed_joint_key") is not None
        if data.get("share_values") and has_key:
            self.add_error(
                "share_values", _("Either share values in clear or give a joint key, not both.")
            )
        elif not data.get("share_values") and not has_key and "joint_key" not in self.errors:
            self.add_error(
                "joint_key",
                _("Give the joint key agreed with the partner, or tick “share the values”."),
            )
        return data


class ImportForm(JointKeyMixin):
    field_order = ["bundle", "region", "joint_key", "joint_key_file"]
    bundle = forms.FileField(label=gettext_lazy("Partner's STIX 2.1 bundle (JSON)"))
    region = forms.ChoiceField(
        label=gettext_lazy("Country of phone numbers written without a country code"),
        required=False,
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        _choices(self, "region", _countries())

    def clean_bundle(self) -> Any:
        upload = self.cleaned_data["bundle"]
        if upload.size > MAX_BUNDLE_BYTES:
            raise forms.ValidationError(_("The file is larger than 5 MB."))
        return upload
