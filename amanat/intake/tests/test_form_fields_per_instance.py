"""Each report form gets its own fields: SharedChoicesMixin.__deepcopy__ (amanat/intake/forms.py)
repeats Django's Field.__deepcopy__ without copying the choices, so these tests hold it to what
Django's own copy guarantees — a widget, attrs, error messages and validators per form, never
the class's — while the choices stay shared (the point of the mixin, issue #14)."""

from __future__ import annotations

import pytest

from amanat.intake.forms import ReportForm, SharedChoicesMixin

FIELDS = list(ReportForm.base_fields)
SHARED_CHOICES = [
    name for name, field in ReportForm.base_fields.items() if isinstance(field, SharedChoicesMixin)
]


def test_the_fields_with_shared_choices_are_the_radio_and_checkbox_questions() -> None:
    assert SHARED_CHOICES == ["when_precision", "targeted", "channels", "demands"]


@pytest.mark.parametrize("name", FIELDS)
def test_a_form_owns_its_field_widget_and_attrs(name: str) -> None:
    form, other = ReportForm(), ReportForm()
    base = ReportForm.base_fields[name]
    for field in (form.fields[name], other.fields[name]):
        assert field is not base
        assert field.widget is not base.widget
        assert field.widget.attrs is not base.widget.attrs
        assert field.error_messages is not base.error_messages
        assert field.validators is not base.validators
    assert form.fields[name].widget is not other.fields[name].widget
    assert form.fields[name].widget.attrs is not other.fields[name].widget.attrs


@pytest.mark.parametrize("name", FIELDS)
def test_changing_one_forms_field_leaves_other_forms_and_the_class_alone(name: str) -> None:
    form = ReportForm()
    field = form.fields[name]
    field.widget.attrs["data-changed"] = "yes"
    field.error_messages["required"] = "changed"
    field.validators.append(lambda value: None)
    base = ReportForm.base_fields[name]
    for untouched in (ReportForm().fields[name], base):
        assert "data-changed" not in untouched.widget.attrs
        assert untouched.error_messages.get("required") != "changed"
        assert len(untouched.validators) == len(field.validators) - 1


def test_the_form_drops_maxlength_from_its_own_widget_not_the_classes() -> None:
    assert "maxlength" in ReportForm.base_fields["what_happened"].widget.attrs
    assert "maxlength" not in ReportForm().fields["what_happened"].widget.attrs
    assert "maxlength" in ReportForm.base_fields["what_happened"].widget.attrs


@pytest.mark.parametrize("name", SHARED_CHOICES)
def test_radio_and_checkbox_choices_are_shared_not_copied(name: str) -> None:
    field, base = ReportForm().fields[name], ReportForm.base_fields[name]
    assert field.choices is base.choices
    assert field.widget.choices is base.widget.choices
