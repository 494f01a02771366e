"""Staff country lists (incident form, filters, indicators) named and ordered in the language."""

from __future__ import annotations

from amanat.incidents import codebook


def test_staff_country_choices_are_collated_and_named_in_the_language() -> None:
    choices = [label for _code, label in codebook.country_choices("tr")]
    assert choices.index("Çin (CN)") < choices.index("Danimarka (DK)")
    assert choices.index("Almanya (DE)") < choices.index("Çin (CN)")
