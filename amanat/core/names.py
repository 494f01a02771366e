"""Names instead of codes, in the reader's language and in that language's alphabetical order.

Country and language names come from CLDR (Babel). Sorting uses the Unicode Collation Algorithm
(pyuca's default table) with the tailorings CLDR gives our interface languages, written out
here because PyICU, which would apply them for us, ships no wheel on PyPI:

* Turkish: Ç, Ğ, I (dotless), Ö, Ş, Ü are letters of their own, after C, G, before İ, after
  O, S and U — not C, G, I, O, S, U with an accent (CLDR ``tr``).
* Uyghur: the alphabet's own order (ئا ئە ب پ ت … ى ي); the hamza that carries a word-initial
  vowel (ئ) does not count, so ئامېرىكا sorts under ا, not under ي as the default table puts it.
* Chinese: by pinyin, as CLDR's default ``zh`` collation (pypinyin), not by code point.

Everything else sorts by the default table, which already puts accented letters beside their base.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Iterable
from functools import cache, lru_cache
from typing import Any, TypeVar

from babel import Locale, UnknownLocaleError
from django.utils.translation import get_language

T = TypeVar("T")

# Regions, groupings and reserved codes CLDR lists beside the ISO 3166-1 alpha-2 countries.
NOT_COUNTRIES = frozenset(
    {"EU", "EZ", "UN", "QO", "XA", "XB", "ZZ", "IC", "EA", "DG", "CP", "AC", "TA"}
)

# Turkish letter → (the letter it follows, 1), or (the letter it precedes, 0): ı before i.
_TURKISH = {
    "ç": ("c", 1),
    "ğ": ("g", 1),
    "ı": ("i", 0),
    "i": ("i", 1),
    "ö": ("o", 1),
    "ş": ("s", 1),
    "ü": ("u", 1),
}
_UYGHUR_ALPHABET = "اەبپتجچخدرزژسشغفقكگڭلمنھوۇۆۈۋېىي"
_UYGHUR_CARRIER = "\u0626"  # ئ: the hamza-on-yeh that carries a vowel at the start of a syllable


def language_code(language: str | None = None) -> str:
    """The Django language code (``zh-hans``), defaulting to the active language."""
    return (language or get_language() or "en").lower().replace("_", "-")


@cache
def babel_locale(language: str) -> Locale:
    """Babel's locale for a Django language code (``zh-hans`` → ``zh_Hans``), English if none."""
    code = language_code(language)
    parts = code.split("-")
    name = parts[0] + "".join(f"_{p.title() if len(p) == 4 else p.upper()}" for p in parts[1:])
    try:
        return Locale.parse(name)
    except (UnknownLocaleError, ValueError):
        return Locale.parse("en")


@cache
def territories(language: str) -> dict[str, str]:
    """ISO 3166-1 alpha-2 code → country name in the language."""
    return {
        iso: name
        for iso, name in babel_locale(language).territories.items()
        if len(iso) == 2 and iso.isalpha() and iso not in NOT_COUNTRIES
    }


def country_name(code: str, language: str | None = None) -> str:
    """The country's name in the language (the code itself if CLDR has none; "" for none)."""
    if not code:
        return ""
    return territories(language_code(language)).get(code, code)


def language_name(code: str, language: str | None = None) -> str:
    """An interface language's own name in the reader's language (``tr`` → "Turkish")."""
    if not code:
        return ""
    try:
        named = babel_locale(code).get_display_name(babel_locale(language_code(language)))
    except (UnknownLocaleError, ValueError):
        named = None
    return named or code


@cache
def _collator() -> Any:
    from pyuca import Collator  # reads its table once, on first use

    return Collator()


def _primaries(char: str) -> tuple[int, ...]:
    """The primary weights of one character under the default table (punctuation included)."""
    key = _collator().sort_key(char)
    return tuple(key[: key.index(0)] if 0 in key else key)


def _turkish(text: str) -> tuple[tuple[int, ...], ...]:
    lowered = text.replace("I", "ı").replace("İ", "i").lower()
    units = []
    for char in unicodedata.normalize("NFC", lowered):
        base, rank = _TURKISH.get(char, (char, 0))
        units.append((*_primaries(base), rank))
    return tuple(units)


def _uyghur(text: str) -> tuple[tuple[int, ...], ...]:
    first = _primaries(_UYGHUR_ALPHABET[0])
    units = []
    for char in unicodedata.normalize("NFC", text):
        if char == _UYGHUR_CARRIER:
            continue
        place = _UYGHUR_ALPHABET.find(char)
        units.append((*first, place) if place >= 0 else (*_primaries(char), 0))
    return tuple(units)


def _chinese(text: str) -> tuple[str, ...]:
    from pypinyin import Style, lazy_pinyin  # large dictionary: loaded only for Chinese

    return tuple(lazy_pinyin(text, style=Style.TONE3, neutral_tone_with_five=True))


_TAILORED: dict[str, Callable[[str], tuple[Any, ...]]] = {
    "tr": _turkish,
    "ug": _uyghur,
    "zh": _chinese,
}


@lru_cache(maxsize=8192)
def _key(base_language: str, text: str) -> tuple[Any, ...]:
    """Cached: the same few hundred names are sorted on every page (pure Python keys are slow)."""
    full = tuple(_collator().sort_key(text))
    tailored = _TAILORED.get(base_language)
    return (tailored(text), full) if tailored else (full,)


def sort_key(language: str | None = None) -> Callable[[str], tuple[Any, ...]]:
    """A key function ordering strings as readers of the language expect."""
    base = language_code(language).split("-")[0]
    return lambda text: _key(base, text)


def collated(items: Iterable[T], name: Callable[[T], str], language: str | None = None) -> list[T]:
    """The items sorted by their name in the language's order."""
    key = sort_key(language)
    return sorted(items, key=lambda item: key(name(item)))
