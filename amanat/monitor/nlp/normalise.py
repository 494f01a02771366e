"""Bytes to clean text, the text hash, and the checks that turn bad input into a skip reason.

Every check returns a short reason ("empty text", "broken encoding (mojibake)") instead of
raising deep inside the pipeline, so a run logs the reason and goes on with the next article.
"""

from __future__ import annotations

import codecs
import hashlib
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from functools import cache
from typing import Any

import numpy as np

MAX_BYTES = 10 * 1024 * 1024  # a page or file larger than this is skipped, never truncated
MAX_CHARS = 2_000_000
MIN_LETTERS = 60
_SAMPLE = 20_000  # characters examined by the ratio checks (long texts are sampled)

# Characters removed outright: zero-width space, BOM, soft hyphen, bidi overrides.
_INVISIBLE = dict.fromkeys(
    map(ord, "\u200b\ufeff\u00ad\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
)
_INVISIBLE_ONE = re.compile("[" + "".join(map(chr, _INVISIBLE)) + "]")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
# Runs of spaces, tabs and wide spaces to write as one " ": every run but a lone " " (most
# of them, which replacing would leave as they are).
_SPACE = r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]"
_SPACES = re.compile(rf"[\t\u00a0\u2000-\u200a\u202f\u205f\u3000]{_SPACE}*| {_SPACE}+")
_BLANK_LINES = re.compile(r"\n\s*\n\s*(\n\s*)+")
_WORDS = re.compile(r"\w+")
_WORD_CHAR = re.compile(r"\w")
_WHITESPACE = re.compile(r"\s")
_LETTER = re.compile(r"[^\W\d_]")
_MOJIBAKE = re.compile(
    r"(?:Ã[\u0080-\u00bf]|â€|Â[\u00a0-\u00bf]|Ð[\u0080-\u00bf]|Ø[\u00a7-\u00bf])"
)

# Script blocks as regex classes; counted with findall, which is fast for long texts.
SCRIPTS: dict[str, re.Pattern[str]] = {
    "latin": re.compile(r"[A-Za-z\u00c0-\u024f\u1e00-\u1eff]"),
    "cyrillic": re.compile(r"[\u0400-\u052f]"),
    "arabic": re.compile(r"[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufefc]"),
    "han": re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]"),
    "kana": re.compile(r"[\u3040-\u30ff]"),
    "hangul": re.compile(r"[\uac00-\ud7af\u1100-\u11ff]"),
    "greek": re.compile(r"[\u0370-\u03ff]"),
    "hebrew": re.compile(r"[\u0590-\u05ff]"),
    "tibetan": re.compile(r"[\u0f00-\u0fff]"),
    "indic": re.compile(r"[\u0900-\u0dff]"),
    "thai": re.compile(r"[\u0e00-\u0e7f]"),
    "armenian_georgian": re.compile(r"[\u0530-\u058f\u10a0-\u10ff]"),
}
# A word mixing Latin with Cyrillic or Greek letters: homoglyph spoofing or garbled text.
_MIXED_WORD = re.compile(
    r"[A-Za-z][\u0370-\u03ff\u0400-\u04ff]|[\u0370-\u03ff\u0400-\u04ff][A-Za-z]"
)
# Fewer such words than this are a name or a typo, not garble (session 38: one skipped a
# 47-word Russian report naming the Kazakh group НеМолчиKZ, tnr-fresh515; it was the only text
# of the corpus's 21,363 with any).
MIXED_WORDS_FLOOR = 3


class BadInput(Exception):
    """Input that cannot become an article; ``reason`` is what the run log says."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str


def _codec(name: str | None) -> str | None:
    if not name:
        return None
    try:
        return codecs.lookup(name.strip().strip("\"'")).name
    except LookupError:
        return None


def decode(data: bytes, declared: str | None = None) -> Decoded:
    """Bytes to text: BOM, then strict UTF-8, then the declared charset; otherwise refuse."""
    if len(data) > MAX_BYTES:
        raise BadInput(f"too large ({len(data)} bytes > {MAX_BYTES})")
    for bom, name in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
                      (codecs.BOM_UTF16_BE, "utf-16")):  # fmt: skip
        if data.startswith(bom):
            try:
                return Decoded(data.decode(name), name)
            except UnicodeDecodeError as exc:
                raise BadInput(f"broken encoding ({name} with BOM: {exc.reason})") from exc
    if b"\x00" in data[:8192]:
        raise BadInput("binary content (NUL bytes)")
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    codec = _codec(declared)
    if codec and codec != "utf-8":
        try:
            return Decoded(data.decode(codec), codec)
        except UnicodeDecodeError:
            pass
    text = data.decode("utf-8", errors="replace")
    if text.count("\ufffd") > max(2, len(text) // 200):
        raise BadInput("broken encoding (neither UTF-8 nor the declared charset)")
    return Decoded(text, "utf-8 (repaired)")


def clean(text: str) -> str:
    """NFKC (full-width digits, Arabic presentation forms), no controls, tidy whitespace."""
    text = unicodedata.normalize("NFKC", text.replace("\r\n", "\n").replace("\r", "\n"))
    if _INVISIBLE_ONE.search(text):  # translate looks up every character, even when none is
        text = text.translate(_INVISIBLE)
    text = _SPACES.sub(" ", _CONTROL.sub(" ", text))
    lines = [line.strip() for line in text.split("\n")]
    return _BLANK_LINES.sub("\n\n", "\n".join(lines)).strip()


_BEYOND_LATIN = re.compile(r"[^\x00-\u024f\u2000-\u206f\u20ac\u2122]")


def script_counts(text: str) -> Counter[str]:
    """Letters per script in ``text`` (callers pass a sample for long texts). The checks and
    language identification both ask about the same short text: the last answer is kept."""
    global _last_counts
    last_text, last_counts = _last_counts
    if text == last_text:
        return Counter(last_counts)
    counts = _script_counts(text)
    _last_counts = (text, Counter(counts))
    return counts


_last_counts: tuple[str, Counter[str]] = ("", Counter())


def _script_counts(text: str) -> Counter[str]:
    counts: Counter[str] = Counter()
    if not _BEYOND_LATIN.search(text):  # fast path: Latin letters and punctuation only
        latin = _count_chars(SCRIPTS["latin"], text)
        if latin:
            counts["latin"] = latin
        return counts
    counted = _tally(text)
    for name, pattern in SCRIPTS.items():
        found = counted[pattern] if counted else len(pattern.findall(text))
        if found:
            counts[name] = found
    return counts


# Most news is plain ASCII: then what the checks count is counted without building lists of
# matches (``findall``), by deleting or replacing characters (``str.translate``, in C) — the
# same numbers, for the characters each pattern matches, read from the pattern itself.
_ASCII = [chr(code) for code in range(128)]
# Every ASCII byte as ``a`` (a word character) or a space (any other): the runs of word
# characters are then the ``" a"`` pairs, and one more if the text starts with one.
_ASCII_WORD_MARKS = bytes(ord("a" if re.fullmatch(r"\w", char) else " ") for char in _ASCII)
_ASCII_WORD_MARKS += b"a" * 128  # never read: the text is ASCII


@cache
def _ascii_matches(pattern: re.Pattern[str]) -> bytes:
    """The ASCII characters the pattern matches, as bytes to delete (``bytes.translate`` looks
    each byte up in a table of 256, where ``str.translate`` looks up a dict)."""
    return bytes(ord(char) for char in _ASCII if pattern.fullmatch(char))


def _count_chars(pattern: re.Pattern[str], text: str) -> int:
    """``len(pattern.findall(text))`` for a pattern matching one character at a time."""
    if text.isascii():
        matches = _ascii_matches(pattern)
        if not matches:  # Han, Arabic…: none in ASCII text
            return 0
        return len(text) - len(text.encode("ascii").translate(None, matches))
    counted = _tally(text)
    if counted is None or pattern not in counted:
        return len(pattern.findall(text))
    return counted[pattern]


# Other texts: the classes the checks and language identification count, for every character
# of the Basic Multilingual Plane, as bits of one table (bit 0 and 1: the first two classes,
# bits 2–5: which script, bit 6: a word character, ``\w``). One table lookup per character and
# a few counts in numpy replace a findall per class (each building a list of every match).
_TABLED: tuple[re.Pattern[str], ...] = (_WHITESPACE, _LETTER, *SCRIPTS.values())
_BMP = 0x10000
_WORD_BIT = 1 << 6


@cache
def _class_table() -> np.ndarray[Any, np.dtype[np.uint8]]:
    every = "".join(chr(code) for code in range(_BMP) if not 0xD800 <= code < 0xE000)
    table = np.zeros(_BMP, dtype=np.uint8)
    for bit, pattern in enumerate(_TABLED[:2]):
        table[[ord(char) for char in pattern.findall(every)]] |= 1 << bit
    for number, pattern in enumerate(_TABLED[2:], start=1):
        codes = [ord(char) for char in pattern.findall(every)]
        if (table[codes] >> 2).any():
            raise ValueError(f"script {pattern.pattern} overlaps another")
        table[codes] |= number << 2
    table[[ord(char) for char in _WORD_CHAR.findall(every)]] |= _WORD_BIT
    return table


def _tally(text: str) -> dict[re.Pattern[str], int] | None:
    """How many characters of ``text`` each tabled class matches, and how many runs of word
    characters it has (``_WORDS``: ``len(_WORDS.findall(text))``), None beyond the BMP. The
    checks and language identification ask about the same sample one after the other, so the
    last answer is kept."""
    global _last_tally
    last = _last_tally  # read once: another thread may store its own text's between two reads
    if last[0] == text:
        return last[1]
    codes = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype="<u4")
    counted = None
    if not len(codes) or int(codes.max()) < _BMP:
        flags = _class_table()[codes]
        scripts = np.bincount((flags >> 2) & 15, minlength=len(_TABLED) - 1).tolist()
        word = (flags & _WORD_BIT).astype(bool)
        starts = int(np.count_nonzero(word[1:] > word[:-1])) + bool(len(word) and word[0])
        counted = {_WHITESPACE: int(np.count_nonzero(flags & 1)),
                   _LETTER: int(np.count_nonzero(flags & 2)), _WORDS: starts}  # fmt: skip
        counted.update(zip(_TABLED[2:], scripts[1:], strict=True))
    _last_tally = (text, counted)
    return counted


_last_tally: tuple[str, dict[re.Pattern[str], int] | None] = ("", None)


def _count_words(text: str) -> int:
    """``len(_WORDS.findall(text))``: runs of word characters."""
    if text.isascii():
        marked = text.encode("ascii").translate(_ASCII_WORD_MARKS)
        return marked.count(b" a") + marked.startswith(b"a")
    counted = _tally(text)  # the sample's, already taken by the checks before
    return len(_WORDS.findall(text)) if counted is None else counted[_WORDS]


def _count_beyond_ascii(pattern: re.Pattern[str], text: str) -> int:
    """``len(pattern.findall(text))`` for a pattern every match of which has a character
    beyond ASCII (mojibake, Latin mixed with Cyrillic): none in an ASCII text."""
    return 0 if text.isascii() else len(pattern.findall(text))


def _count_mixed(text: str) -> int:
    """``len(_MIXED_WORD.findall(text))``: none where the text lacks Latin letters or lacks
    Greek and Cyrillic ones (each match holds both; the tally's Latin, Greek and Cyrillic
    classes hold every letter of the pattern's)."""
    if text.isascii():
        return 0
    counted = _tally(text)
    if counted is not None and not (
        counted[SCRIPTS["latin"]] and (counted[SCRIPTS["greek"]] or counted[SCRIPTS["cyrillic"]])
    ):
        return 0
    return len(_MIXED_WORD.findall(text))


def _sample(text: str) -> str:
    if len(text) <= _SAMPLE:
        return text
    third = _SAMPLE // 3
    middle = len(text) // 2
    return text[:third] + text[middle : middle + third] + text[-third:]


def problem(text: str) -> str | None:
    """Why this cleaned text is not an article (None when it is fine)."""
    if not text.strip():
        return "empty text"
    if len(text) > MAX_CHARS:
        return f"too large ({len(text)} characters > {MAX_CHARS})"
    sample = _sample(text)
    visible = (len(sample) - _count_chars(_WHITESPACE, sample)) or 1
    letters = _count_chars(_LETTER, sample)
    # A Han character carries about what a short word does: a two-sentence Chinese report of
    # 55 characters is as much an article as 60 Latin letters are not.
    weighted = letters + 2 * _count_chars(SCRIPTS["han"], sample[:2000])
    if weighted < MIN_LETTERS:
        return f"too short ({letters} letters)"
    if sample.count("\ufffd") > visible // 200:
        return "broken encoding (replacement characters)"
    if letters / visible < 0.5:
        return f"binary junk or markup ({letters / visible:.0%} letters)"
    words = _count_words(sample) or 1
    if _count_beyond_ascii(_MOJIBAKE, sample) / words > 0.03:
        return "broken encoding (mojibake: UTF-8 read as a single-byte charset)"
    return _script_problem(sample, letters, words)


def _script_problem(sample: str, letters: int, words: int) -> str | None:
    """Garbled text mixes scripts inside words or spreads over many scripts; a bilingual
    article (English with a Uyghur quotation) keeps one or two main scripts and clean words.
    A word or two mixing Latin with Cyrillic or Greek is a name (НеМолчиKZ) or a letter typed
    in the other keyboard layout, which a short report of 40 words must not be lost for
    (:data:`MIXED_WORDS_FLOOR`); garble mixes many."""
    mixed = _count_mixed(sample)
    if mixed >= MIXED_WORDS_FLOOR and mixed / words > 0.02:
        return f"mixed scripts inside words ({mixed} of {words} words)"
    counts = script_counts(sample)
    major = [name for name, count in counts.items() if count / letters >= 0.08]
    if len(major) >= 4:
        return f"mixed scripts ({', '.join(sorted(major))})"
    return None


_FINGERPRINT = re.compile(r"[\W_]+")
_ASCII_SEPARATORS = {ord(char): " " for char in _ASCII if _FINGERPRINT.fullmatch(char)}


def fingerprint(text: str) -> str:
    """The text as compared for exact duplicates: case-folded words, single spaces. An ASCII
    text (most news) without the regex: every run of non-word characters made spaces by
    ``str.translate``, then split and joined (the same string, three times faster)."""
    folded = text.casefold()
    if folded.isascii():
        return " ".join(folded.translate(_ASCII_SEPARATORS).split())
    return _FINGERPRINT.sub(" ", folded).strip()


def text_hash(text: str) -> str:
    """SHA-256 of the fingerprint: same words in the same order, same hash."""
    return hashlib.sha256(fingerprint(text).encode("utf-8")).hexdigest()
