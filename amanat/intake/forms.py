"""The report form and the receipt form. Validation only; nothing here writes."""

from __future__ import annotations

import copy
import datetime as dt
import unicodedata
from functools import lru_cache
from typing import Any, cast

from babel import Locale, UnknownLocaleError
from django import forms
from django.core.validators import ProhibitNullCharactersValidator
from django.utils.html import escape, format_html
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import get_language, override
from django.utils.translation import gettext_lazy as _

from amanat.core.names import collated
from amanat.core.time import today
from amanat.intake.text import clean_text

MAX_NARRATIVE_CHARS = 20_000
MAX_SHORT_CHARS = 1_000

PRECISIONS = [
    ("unknown", _("I do not know, or prefer not to say")),
    ("year", _("I know the year")),
    ("month", _("I know the month and year")),
    ("day", _("I know the exact day")),
]
TARGETS = [
    ("me", _("Me")),
    ("family_home", _("My family in my home country")),
    ("family_abroad", _("Family members who live abroad")),
    ("friends", _("Friends or colleagues")),
    ("community", _("My community or organisation")),
]
CHANNELS = [
    ("phone", _("Phone call")),
    ("messaging", _("Messaging app (WeChat, WhatsApp, Telegram…)")),
    ("video", _("Video call")),
    ("email", _("Email")),
    ("social", _("Social media")),
    ("in_person", _("In person")),
    ("relatives", _("Through my relatives")),
    ("other", _("Another way")),
]
DEMANDS = [
    # Translators: an answer to "What was asked?"; "report on" means informing on others.
    ("inform", _("To spy on people or report on community events")),
    ("stop_activism", _("To stop speaking out, protesting or talking to journalists")),
    ("return", _("To go back to the home country")),
    ("information", _("To give personal information, documents or contacts")),
    ("money", _("Money, business or favours were offered")),
    ("threat_family", _("Threats against my family")),
    ("threat_me", _("Threats against me")),
    ("hacking", _("Hacking, suspicious links or account takeover")),
    ("other", _("Something else")),
]
_NOT_COUNTRIES = {"EU", "EZ", "UN", "QO", "XA", "XB", "ZZ", "IC", "EA", "DG", "CP", "AC", "TA"}


def _locale(language: str | None) -> Locale:
    code = (language or "en").replace("-", "_")
    try:
        return Locale.parse("zh_Hans" if code.lower() == "zh_hans" else code)
    except (UnknownLocaleError, ValueError):
        return Locale.parse("en")


def country_choices(language: str | None = None) -> list[tuple[str, str]]:
    """ISO 3166-1 alpha-2 countries with names in the reporter's language (Babel's CLDR data)."""
    return list(_country_choices(language or get_language() or "en"))


@lru_cache(maxsize=16)
def _country_choices(language: str) -> tuple[tuple[str, str], ...]:
    """Sorted once per language and process: CLDR names do not change while a server runs."""
    names = {
        iso: name
        for iso, name in _locale(language).territories.items()
        if len(iso) == 2 and iso.isalpha() and iso not in _NOT_COUNTRIES
    }
    # The reader's alphabetical order (Ç after C in Turkish, pinyin in Chinese), not code points.
    ordered = collated(names.items(), lambda item: item[1], language.replace("-", "_"))
    with override(language):
        return (("", str(_("Prefer not to say"))), *ordered)


@lru_cache(maxsize=16)
def _country_options(language: str) -> str:
    """The <option> markup of the country list, built once per language (issue #14: rendering
    250 options through Django's per-option widget templates was most of a form's cost)."""
    return "".join(
        f'<option value="{escape(code)}">{escape(name)}</option>'
        for code, name in _country_choices(language)
    )


@lru_cache(maxsize=64)
def _choice_inputs(language: str, name: str) -> tuple[tuple[str, str, str], ...]:
    """(value, unchecked markup, checked markup) of each radio or checkbox, once per language."""
    field = ReportForm.base_fields[name]
    kind = field.widget.input_type  # "radio" or "checkbox"
    rows = []
    with override(language):
        for index, (value, label) in enumerate(field.choices):  # type: ignore[attr-defined]  # ChoiceField's choices, typed on Field by the stubs
            head = (
                f'<label class="choice"><input type="{kind}" name="{name}" '
                f'value="{escape(value)}" id="id_{name}_{index}"'
            )
            tail = f"> {escape(str(label))}</label>"
            rows.append((str(value), head + tail, head + " checked" + tail))
    return tuple(rows)


@lru_cache(maxsize=1)
def _country_codes() -> frozenset[str]:
    return frozenset(code for code, _name in _country_choices("en"))


class CountryField(forms.ChoiceField):
    """A country code from CLDR's list. Validated against a cached set: giving each form its
    250 translated choices cost more than encrypting the report (issue #14)."""

    def valid_value(self, value: Any) -> bool:
        return str(value) in _country_codes()


class SharedChoicesMixin:
    """Choices from a module constant, shared by every form rather than deep-copied into each:
    copying their translated labels was half the cost of building a report form (issue #14).
    Nothing changes a field's choices after the class is defined."""

    _choices: Any

    def __deepcopy__(self, memo: dict[int, Any]) -> Any:
        # Field.__deepcopy__, except that the widget is copied without its choices (Django's
        # ChoiceWidget copies and re-normalises them: most of the remaining cost).
        field = cast(forms.Field, self)  # the mixin is only used on Field subclasses
        result = copy.copy(field)
        memo[id(self)] = result
        result.widget = copy.copy(field.widget)
        result.widget.attrs = field.widget.attrs.copy()
        result.error_messages = field.error_messages.copy()
        result.validators = field.validators[:]
        return result


class FixedChoiceField(SharedChoicesMixin, forms.ChoiceField):
    pass


class FixedMultipleChoiceField(SharedChoicesMixin, forms.MultipleChoiceField):
    pass


class FreeTextField(forms.CharField):
    """Free text whose control characters are removed (and counted), not refused outright.

    Its length is counted as the reporter sees the text: browsers send each line break of a
    textarea as CRLF, which is one character on screen, so line breaks are folded (and the text
    NFC-composed) before the maximum length is checked (issue #18.8).
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.validators = [
            v for v in self.validators if not isinstance(v, ProhibitNullCharactersValidator)
        ]

    def to_python(self, value: Any) -> str:
        text = super().to_python(value) or ""
        return unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))


class CleanTextMixin:
    """Strips control characters from every text field and counts what was removed."""

    removed_controls = 0

    def _clean_text_field(self, name: str) -> str:
        value, removed = clean_text(self.cleaned_data.get(name) or "")  # type: ignore[attr-defined]  # the mixin runs on a Form, which has cleaned_data
        self.removed_controls += removed
        return value.strip()


MULTIPLE_CHOICES = ("targeted", "channels", "demands")


class ReportForm(CleanTextMixin, forms.Form):
    what_happened = FreeTextField(
        label=_("What happened?"),
        help_text=_("In your own words. Leave out names if you prefer; you can add them later."),
        widget=forms.Textarea(attrs={"rows": 10, "dir": "auto"}),
        max_length=MAX_NARRATIVE_CHARS,
        required=True,
        error_messages={
            "required": _("Please tell us what happened. This is the only field you must fill in."),
            "max_length": _(
                "This is longer than %(limit_value)d characters (it has %(show_value)d). "
                "Please shorten it, or send the rest as a second message with your receipt."
            ),
        },
    )
    when_precision = FixedChoiceField(
        label=_("When did it happen?"),
        choices=PRECISIONS,
        initial="unknown",
        required=False,
        widget=forms.RadioSelect,
    )
    when_year = forms.IntegerField(label=_("Year"), min_value=1950, max_value=9999, required=False)
    when_month = forms.IntegerField(
        label=_("Month (1–12)"), min_value=1, max_value=12, required=False
    )
    when_day = forms.IntegerField(label=_("Day"), min_value=1, max_value=31, required=False)
    country = CountryField(label=_("Which country do you live in?"), required=False)
    targeted = FixedMultipleChoiceField(
        label=_("Who was targeted?"),
        choices=TARGETS,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    channels = FixedMultipleChoiceField(
        label=_("How were you or they contacted?"),
        choices=CHANNELS,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    demands = FixedMultipleChoiceField(
        label=_("What was asked, offered or threatened?"),
        choices=DEMANDS,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    contact = FreeTextField(
        label=_("How can we reach you? (optional)"),
        help_text=_(
            "Only if you want us to contact you outside this site. Anything you write here is "
            "encrypted, but think about who else can read that phone or account."
        ),
        max_length=MAX_SHORT_CHARS,
        required=False,
        widget=forms.TextInput(attrs={"dir": "auto", "autocomplete": "off"}),
    )
    keep_original = forms.BooleanField(
        label=_("Also keep my original files, with their hidden information, encrypted"),
        help_text=_(
            "Hidden information (such as when and where a photo was taken) can be evidence, but it "
            "can also identify you. If you leave this unticked, only the cleaned copies are kept."
        ),
        required=False,
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        # No maxlength in the page: a browser would cut a long paste silently; the server says so.
        self.fields["what_happened"].widget.attrs.pop("maxlength", None)

    # The page's markup for the choice fields, written by hand from per-language caches instead
    # of Django's per-option widget templates; only the reporter's own choices differ per request.

    def country_options(self) -> SafeString:
        markup = _country_options(get_language() or "en")
        option = format_html('<option value="{}">', self["country"].value() or "")
        markup = markup.replace(option, option[:-1] + " selected>", 1)
        return mark_safe(markup)  # noqa: S308 - every name and value was escaped when built

    def choice_inputs(self, name: str) -> SafeString:
        value = self[name].value()
        chosen = {str(v) for v in value} if isinstance(value, list | tuple) else {str(value)}
        rows = _choice_inputs(get_language() or "en", name)
        return mark_safe("".join(on if v in chosen else off for v, off, on in rows))  # noqa: S308 - each piece was escaped when built; the choice only picks one

    def precision_inputs(self) -> SafeString:
        return self.choice_inputs("when_precision")

    def choice_groups(self) -> list[tuple[Any, SafeString]]:
        """The three multiple-choice questions, as (bound field, its checkboxes)."""
        return [(self[name], self.choice_inputs(name)) for name in MULTIPLE_CHOICES]

    def keep_original_checked(self) -> bool:
        return bool(self["keep_original"].value())

    def clean_what_happened(self) -> str:
        value = self._clean_text_field("what_happened")
        if not value:
            raise forms.ValidationError(self.fields["what_happened"].error_messages["required"])
        return value

    def clean_contact(self) -> str:
        return self._clean_text_field("contact")

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        _check_date(self, data)
        return data


def _check_date(form: forms.Form, data: dict[str, Any]) -> None:
    """The parts needed by the chosen precision must be there, form a real date, not the future."""
    precision = data.get("when_precision") or "unknown"
    year, month, day = data.get("when_year"), data.get("when_month"), data.get("when_day")
    needed = {
        "unknown": (),
        "year": ("when_year",),
        "month": ("when_year", "when_month"),
        "day": ("when_year", "when_month", "when_day"),
    }[precision]
    for name in needed:
        if data.get(name) is None and name not in form.errors:
            form.add_error(name, _("Please fill this in, or choose a less exact answer above."))
    if form.errors:
        return
    probe = dt.date(year or 1950, month or 1, 1)
    if precision == "day" and year is not None and month is not None and day is not None:
        try:
            probe = dt.date(year, month, day)
        except ValueError:
            form.add_error("when_day", _("This day does not exist in that month."))
            return
    if probe > today():
        form.add_error("when_year", _("This date is in the future."))


class ReceiptForm(forms.Form):
    receipt = forms.CharField(
        label=_("Your receipt code"),
        max_length=200,
        widget=forms.TextInput(
            attrs={
                "autocomplete": "off",
                "inputmode": "numeric",
                "dir": "ltr",
                "spellcheck": "false",
            }
        ),
    )


class FollowUpForm(CleanTextMixin, forms.Form):
    message = FreeTextField(
        label=_("Your answer or new information"),
        widget=forms.Textarea(attrs={"rows": 6, "dir": "auto"}),
        max_length=MAX_NARRATIVE_CHARS,
        required=False,
    )
    keep_original = ReportForm.base_fields["keep_original"]

    def clean_message(self) -> str:
        return self._clean_text_field("message")
