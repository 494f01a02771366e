"""Rules every catalogue keeps, checked on the repository's own files by ``make test``:
CLDR plural rules, placeholders in both styles, the glossary's words, no reordering controls."""

from __future__ import annotations

import gettext
import re

import pytest
from babel import Locale
from babel.plural import to_gettext

from amanat.core.i18n_build import LOCALE_DIR
from amanat.translations import checks, glossary
from amanat.translations.catalogue import CATALOGUE_LANGUAGES, Entry, _entry

LANGUAGES = list(CATALOGUE_LANGUAGES.values())


def _entries(language: str) -> list[Entry]:
    from babel.messages.pofile import read_po

    with (LOCALE_DIR / language / "LC_MESSAGES" / "django.po").open("rb") as handle:
        return [_entry(message) for message in read_po(handle) if message.id]


def _header(language: str) -> tuple[int, str]:
    from babel.messages.pofile import read_po

    with (LOCALE_DIR / language / "LC_MESSAGES" / "django.po").open("rb") as handle:
        catalog = read_po(handle)
    return catalog.num_plurals, catalog.plural_expr


@pytest.mark.parametrize("language", LANGUAGES)
def test_plural_forms_are_cldrs_rule(language: str) -> None:
    cldr = to_gettext(Locale.parse(language).plural_form)
    match = re.match(r"nplurals=(\d+); plural=(.*);$", cldr)
    assert match
    count, expression = _header(language)
    assert count == int(match[1]), f"{language}: Plural-Forms says {count} forms, CLDR {match[1]}"
    ours, theirs = gettext.c2py(expression), gettext.c2py(match[2])
    differ = [n for n in range(0, 1001) if ours(n) != theirs(n)]
    assert not differ, f"{language}: Plural-Forms picks another form than CLDR for n={differ[:5]}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_placeholders_of_both_styles_survive_translation(language: str) -> None:
    problems = []
    for entry in _entries(language):
        wanted = set().union(*(checks.placeholders(text) for text in entry.english))
        for form in entry.forms:
            if set(checks.placeholders(form)) != wanted:
                problems.append(f"{entry.msgid!r} -> {form!r}")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_message_uses_the_glossarys_words(language: str) -> None:
    terms = glossary.load(language)
    problems = [
        f"{entry.msgid!r}: {form!r} lacks {', '.join(term.chosen for term in missing)}"
        for entry in _entries(language)
        for form in entry.forms
        if (missing := glossary.terms_missing(terms, list(entry.english), form))
    ]
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_glossary_term_is_used_by_the_catalogue(language: str) -> None:
    terms = glossary.load(language)
    assert len(terms) >= 30
    english = [text for entry in _entries(language) for text in entry.english]
    unused = [term.key for term in terms if not any(term.in_english(text) for text in english)]
    assert not unused, f"{language}: glossary terms no message uses: {unused}"


def test_the_glossaries_list_the_same_terms() -> None:
    keys = {language: [term.key for term in glossary.load(language)] for language in LANGUAGES}
    assert keys["tr"] == keys["ug"] == keys["zh_Hans"]


def test_the_uyghur_glossary_keeps_western_digits_for_the_receipt_code() -> None:
    text = glossary.glossary_path("ug").read_text(encoding="utf-8")
    assert "Western digits (0–9) for the receipt code" in text


def test_a_malformed_glossary_row_is_an_error_not_a_silent_skip() -> None:
    table = (
        "| Key | English | Matches | Chosen | Accepted |\n|--|--|--|--|--|\n| x | y | z | w | v |\n"
    )
    with pytest.raises(ValueError, match="Matches and Accepted need `code` cells"):
        glossary.parse(table)


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_translation_holds_a_reordering_control(language: str) -> None:
    found = [
        entry.msgid
        for entry in _entries(language)
        for form in entry.forms
        if checks.BIDI_CONTROLS.search(form)
    ]
    assert not found
