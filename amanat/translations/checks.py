"""What a reviewer's suggested translation must keep, checked before it reaches a catalogue.

Each rule guards a way a wrong word hurts a reporter: a lost placeholder crashes the page or
drops the number of files refused, markup can inject a link, a missing right-to-left mark turns
an Uyghur sentence inside out, and a suspiciously short or long text is usually a paste into the
wrong row. Every problem is reported in words a volunteer can act on.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from amanat.translations import glossary

# printf-style as Python formats them (%(name)s, %(mb)d, %s) and str.format-style ({name}, {0}).
# Unnamed ones take no space flag, so that "50% of" is text, not a "% o" placeholder.
PRINTF = re.compile(
    r"%\(\w+\)[#0 +-]*\d*(?:\.\d+)?[diouxXeEfFgGcrsa]|%[#0+-]*\d*(?:\.\d+)?[diouxXeEfFgGcrsa]"
)
BRACES = re.compile(r"(?<!\{)\{(\w*)(?:![rsa])?(?::[^{}]*)?\}(?!\})")
MARKUP = re.compile(r"<\s*/?\s*[A-Za-z!][^>]*>|&#?\w+;")
RLM = "\u200f"
# Embedding/override/isolate controls can reorder what a reader sees; marks (RLM, LRM, ALM) cannot.
BIDI_CONTROLS = re.compile(r"[\u202a-\u202e\u2066-\u2069]")
# A line whose first strong character would be left-to-right: Latin, digits or a placeholder.
LTR_START = re.compile(r"^\s*(?:[A-Za-z0-9]|%\(|\{)")
RTL_LANGUAGES = {"ug"}
ARABIC_LETTER = re.compile(r"[\u0620-\u064A\u0671-\u06D5]")
# Arabic/Persian letters that look like Uyghur ones but are wrong in Uyghur Ereb Yéziqi.
NOT_UYGHUR = {"\u0647": "ە or ھ", "\u06cc": "ى or ي", "\u06a9": "ك", "\u0629": "ە"}
# Translations may be denser (Chinese) or longer (Turkish, Uyghur) than English, but not by this.
MIN_RATIO = {"zh_Hans": 0.15}
DEFAULT_MIN_RATIO = 0.3
MAX_RATIO = 3.5
SLACK = 12


def placeholders(text: str) -> list[str]:
    """Every placeholder as written, e.g. ``%(mb)d`` or ``{name}``, in order of appearance."""
    found = [match.group(0) for match in PRINTF.finditer(text.replace("%%", ""))]
    return found + [match.group(0) for match in BRACES.finditer(text)]


@dataclass
class Verdict:
    text: str  # the suggestion as it would be written (marks added where needed)
    errors: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    @property
    def accepted(self) -> bool:
        return not self.errors


def check(suggestion: str, english: list[str], language: str, python_format: bool) -> Verdict:
    """Validate one suggestion for one plural form against the English source(s)."""
    text = suggestion.replace("\r\n", "\n").strip()
    verdict = Verdict(text=text)
    if not text:
        verdict.errors.append("the suggestion is empty")
        return verdict
    _check_placeholders(verdict, english, python_format)
    _check_markup(verdict, english)
    _check_direction(verdict, language)
    _check_script(verdict, english, language)
    _check_length(verdict, english, language)
    missing = glossary.terms_missing(glossary.load(language), english, verdict.text)
    for term in missing:
        verdict.notes.append(
            f"glossary: the English says {term.english!r}; the glossary's word is {term.chosen}"
        )
    return verdict


def _check_placeholders(verdict: Verdict, english: list[str], python_format: bool) -> None:
    wanted = sorted(set().union(*(placeholders(text) for text in english)))
    got = placeholders(verdict.text)
    for name in wanted:
        if name not in got:
            verdict.errors.append(
                f"placeholder {name} is missing: it must stay exactly as in the English "
                "(the page puts a number or a name there)"
            )
    for name in sorted(set(got) - set(wanted)):
        verdict.errors.append(f"placeholder {name} is not in the English; remove it")
    if python_format and "%" in PRINTF.sub("", verdict.text.replace("%%", "")):
        verdict.errors.append("a lone % sign would break the page; write %% for a percent sign")


def _check_markup(verdict: Verdict, english: list[str]) -> None:
    allowed = {tag for text in english for tag in MARKUP.findall(text)}
    added = [tag for tag in MARKUP.findall(verdict.text) if tag not in allowed]
    if added:
        verdict.errors.append(f"markup is not allowed in translations: {', '.join(added)}")
    if BIDI_CONTROLS.search(verdict.text):
        verdict.errors.append(
            "contains a bidirectional override/isolate control character (U+202A–202E or "
            "U+2066–2069); remove it (the right-to-left mark U+200F is fine)"
        )


def _check_direction(verdict: Verdict, language: str) -> None:
    """An RTL line that starts with Latin letters or digits needs an RLM to read right-to-left."""
    if language not in RTL_LANGUAGES:
        return
    lines = verdict.text.split("\n")
    fixed = [
        RLM + line if LTR_START.match(line) and not line.startswith(RLM) else line for line in lines
    ]
    if fixed != lines:
        verdict.text = "\n".join(fixed)
        verdict.notes.append(
            "added a right-to-left mark (U+200F) before a line starting with Latin letters/digits"
        )


def _check_script(verdict: Verdict, english: list[str], language: str) -> None:
    if language != "ug":
        return
    has_words = any(re.search(r"[^\W\d_]", PRINTF.sub("", text)) for text in english)
    if has_words and not ARABIC_LETTER.search(verdict.text):
        verdict.errors.append(
            "Uyghur translations are written in Arabic script (Uyghur Ereb Yéziqi)"
        )
    for letter, instead in NOT_UYGHUR.items():
        if letter in verdict.text:
            verdict.errors.append(
                f"the letter {letter} (U+{ord(letter):04X}) is Arabic/Persian, not Uyghur; "
                f"use {instead}"
            )


def _check_length(verdict: Verdict, english: list[str], language: str) -> None:
    source = max(len(text) for text in english)
    low = int(source * MIN_RATIO.get(language, DEFAULT_MIN_RATIO))
    high = int(source * MAX_RATIO) + SLACK
    size = len(verdict.text.replace(RLM, ""))
    if size < low:
        verdict.errors.append(
            f"much shorter than the English ({size} characters for {source}); is part missing?"
        )
    elif size > high:
        verdict.errors.append(
            f"much longer than the English ({size} characters for {source}); "
            "was it pasted into the wrong row?"
        )
