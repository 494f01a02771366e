"""The Uyghur, Turkish and Chinese catalogues are complete, safe to format, and match the code.

A reporter who reads a half-translated page, or a message whose number was lost, may make an
unsafe choice; these tests read the ``.po`` files with Babel, the same parser the build uses.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from itertools import pairwise
from pathlib import Path

import pytest
from babel.messages.catalog import Catalog, Message
from babel.messages.extract import DEFAULT_KEYWORDS, extract
from babel.messages.pofile import read_po
from django.utils.translation.template import templatize

APP_DIR = Path(__file__).resolve().parents[2]
LOCALE_DIR = APP_DIR / "locale"
LANGUAGES = ["ug", "tr", "zh_Hans"]
PLURAL_FORMS = {
    "ug": (2, "(n != 1)"),
    "tr": (2, "(n != 1)"),
    "zh_Hans": (1, "0"),
}
# printf-style placeholders as Python formats them: %(name)s, %(mb)d, %(x)5.2f ...
PLACEHOLDER = re.compile(r"%\((\w+)\)[#0 +-]*\d*(?:\.\d+)?[diouxXeEfFgGcrsa]")
ARABIC_LETTER = re.compile(r"[\u0620-\u064A\u0671-\u06D5]")
# Letters of Arabic or Persian that look like Uyghur ones but are wrong in Uyghur Ereb Yéziqi:
# ه (U+0647) instead of ە or ھ, ی (U+06CC) instead of ى or ي, ک (U+06A9) instead of ك, ة (U+0629).
NOT_UYGHUR = {"\u0647": "ە or ھ", "\u06cc": "ى or ي", "\u06a9": "ك", "\u0629": "ە"}
UYGHUR_VOWELS = "اەوۇۆۈېى"
# The pages a reporter cannot do without: they must never fall back to English unnoticed.
KEY_MESSAGES = [
    "Amanat",
    "Make a report",
    "Send the report",
    "Your report was received",
    "Enter your receipt code",
    "Leave this site quickly",
    "What happened?",
]
# The keywords makemessages gives xgettext, in Babel's notation.
KEYWORDS = {
    **DEFAULT_KEYWORDS,
    "gettext_lazy": None,
    "gettext_noop": None,
    "ngettext_lazy": (1, 2),
    "pgettext_lazy": ((1, "c"), 2),
    "npgettext_lazy": ((1, "c"), 2, 3),
}
IGNORED_DIRS = {"tests", "testing"}  # as makemessages is run: --ignore tests/* --ignore testing/*


def _catalog(language: str) -> Catalog:
    with (LOCALE_DIR / language / "LC_MESSAGES" / "django.po").open("rb") as handle:
        return read_po(handle, abort_invalid=True)


def _messages(language: str) -> Iterator[Message]:
    return (message for message in _catalog(language) if message.id)


def _texts(value: str | tuple[str, ...] | list[str] | None) -> list[str]:
    """Babel keeps a singular as a string and plural forms as a sequence; always a list here."""
    if value is None:
        return [""]
    return [value] if isinstance(value, str) else [text or "" for text in value]


def _forms(message: Message) -> list[str]:
    return _texts(message.string)


def _ids(message: Message) -> list[str]:
    return _texts(message.id)


def _key(message: Message) -> tuple[str, str | None]:
    return (_ids(message)[0], message.context)


def _extracted_from_code() -> dict[tuple[str, str | None], str]:
    """Every translatable string in our Python files and templates, as makemessages finds them."""
    found: dict[tuple[str, str | None], str] = {}
    for path in sorted(APP_DIR.rglob("*")):
        relative = path.relative_to(APP_DIR)
        if not path.is_file() or IGNORED_DIRS & set(relative.parts[:-1]):
            continue
        if path.suffix == ".py":
            source = path.read_bytes()
        elif path.suffix in {".html", ".txt"} and "templates" in relative.parts:
            # Django's own template-to-Python conversion, the one makemessages feeds to xgettext.
            source = templatize(path.read_text(encoding="utf-8"), origin=str(path)).encode()
        else:
            continue
        for _lineno, msgid, _comments, context in extract(
            "python", io.BytesIO(source), keywords=KEYWORDS
        ):
            singular = msgid if isinstance(msgid, str) else msgid[0]
            if singular:
                found.setdefault((singular, context), str(relative))
    return found


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_language_is_complete(language: str) -> None:
    catalog = _catalog(language)
    assert not catalog.fuzzy, f"{language}: the header is still marked fuzzy"
    assert str(catalog.locale_identifier) == language
    assert catalog.charset.lower() == "utf-8"
    expected_plurals, expected_rule = PLURAL_FORMS[language]
    assert catalog.num_plurals == expected_plurals, f"{language}: Plural-Forms header"
    assert catalog.plural_expr.replace(" ", "") == expected_rule.replace(" ", "")
    problems = []
    for message in _messages(language):
        forms = _forms(message)
        if message.fuzzy:
            problems.append(f"fuzzy: {message.id!r}")
        if message.pluralizable and len(forms) != catalog.num_plurals:
            problems.append(
                f"{len(forms)} plural forms instead of {catalog.num_plurals}: {message.id!r}"
            )
        if any(not (form or "").strip() for form in forms):
            problems.append(f"untranslated: {message.id!r}")
    assert not problems, f"{language}:\n" + "\n".join(problems)


@pytest.mark.parametrize("language", LANGUAGES)
def test_placeholders_survive_translation(language: str) -> None:
    problems = []
    for message in _messages(language):
        wanted = set().union(*(PLACEHOLDER.findall(text) for text in _ids(message)))
        for form in _forms(message):
            if set(PLACEHOLDER.findall(form or "")) != wanted:
                problems.append(f"{message.id!r} -> {form!r}")
            # A lone % left after the placeholders would make Python's % formatting fail.
            if message.python_format and "%" in PLACEHOLDER.sub("", (form or "").replace("%%", "")):
                problems.append(f"stray %: {form!r}")
    assert not problems, f"{language}:\n" + "\n".join(problems)


def test_uyghur_uses_arabic_script() -> None:
    # Messages without words ("18–29") are the same in every script; every other one needs Uyghur.
    latin_only = [
        (message.id, form)
        for message in _messages("ug")
        if any(re.search(r"[^\W\d_]", PLACEHOLDER.sub("", text)) for text in _ids(message))
        for form in _forms(message)
        if form and not ARABIC_LETTER.search(form)
    ]
    assert not latin_only


def test_uyghur_uses_uyghur_letters_not_arabic_or_persian_look_alikes() -> None:
    wrong = [
        (form, letter, instead)
        for message in _messages("ug")
        for form in _forms(message)
        for letter, instead in NOT_UYGHUR.items()
        if letter in (form or "")
    ]
    assert not wrong, "use the Uyghur letter shown instead: " + repr(wrong)


def test_uyghur_words_begin_vowels_with_hamza() -> None:
    # Uyghur Ereb Yéziqi writes every word-initial vowel, and every vowel after a vowel, with ئ.
    words = {
        word
        for message in _messages("ug")
        for form in _forms(message)
        for word in re.findall(r"[\u0600-\u06FF]+", form or "")
    }
    wrong = [
        word
        for word in words
        if word[0] in UYGHUR_VOWELS
        or any(a in UYGHUR_VOWELS and b in UYGHUR_VOWELS for a, b in pairwise(word))
    ]
    assert not wrong


def test_every_language_has_the_same_messages() -> None:
    reference = {_key(message) for message in _messages("ug")}
    for language in LANGUAGES[1:]:
        keys = {_key(message) for message in _messages(language)}
        assert keys == reference, f"{language} differs from ug: {keys ^ reference}"


def test_catalogues_cover_the_code() -> None:
    """A string added to a template or to Python needs ``makemessages`` and a translation."""
    in_code = _extracted_from_code()
    for message in KEY_MESSAGES:
        assert (message, None) in in_code, f"{message!r} is no longer in the code"
    for language in LANGUAGES:
        keys = {_key(message) for message in _messages(language)}
        missing = {key: where for key, where in in_code.items() if key not in keys}
        assert not missing, f"{language}: run makemessages and translate {missing}"
