"""The per-language glossaries in ``docs/glossary-*.md``, read as data.

The glossary is written for people (why a word was chosen) but its table is parsed here, so the
review sheet can mark messages that use a term and the tests can check every catalogue against
it: a glossary nobody enforces drifts from the catalogue within a release.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

DOCS_DIR = Path(__file__).resolve().parents[2] / "docs"
_CELL_SPLIT = re.compile(r"(?<!\\)\|")
_CODE = re.compile(r"`([^`]*)`")


@dataclass(frozen=True)
class Term:
    key: str
    english: str
    pattern: re.Pattern[str]
    chosen: str
    accepted: tuple[str, ...]

    def in_english(self, text: str) -> bool:
        return bool(self.pattern.search(text))

    def in_translation(self, text: str) -> bool:
        folded = fold(text)
        return any(fold(stem) in folded for stem in self.accepted)


def fold(text: str) -> str:
    """Case-insensitive form that also folds Turkish dotted capital I (İ -> i, not i + dot)."""
    return text.replace("İ", "i").casefold()


def glossary_path(language: str) -> Path:
    """``ug`` -> docs/glossary-ug.md; ``zh_Hans`` and ``zh-hans`` -> docs/glossary-zh-hans.md."""
    return DOCS_DIR / f"glossary-{language.replace('_', '-').lower()}.md"


def _cells(line: str) -> list[str]:
    return [cell.strip().replace("\\|", "|") for cell in _CELL_SPLIT.split(line.strip())[1:-1]]


def parse(text: str) -> list[Term]:
    """Terms from the first table whose header starts with ``Key``; malformed rows raise."""
    terms: list[Term] = []
    in_table = False
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.startswith("|"):
            in_table = False if terms else in_table
            continue
        cells = _cells(line)
        if cells and cells[0] == "Key":
            in_table = True
            continue
        if not in_table or set("".join(cells)) <= set("-: "):
            continue
        if len(cells) < 5:
            raise ValueError(f"glossary line {number}: expected 7 columns, got {len(cells)}")
        key, english, matches, chosen, accepted = cells[:5]
        regex = _CODE.findall(matches)
        stems = tuple(_CODE.findall(accepted))
        if len(regex) != 1 or not stems:
            raise ValueError(f"glossary line {number}: Matches and Accepted need `code` cells")
        terms.append(Term(key, english, re.compile(regex[0], re.IGNORECASE), chosen, stems))
    return terms


@cache
def load(language: str) -> tuple[Term, ...]:
    """The language's terms, or none when the glossary file is absent (e.g. an installed wheel)."""
    path = glossary_path(language)
    if not path.exists():
        return ()
    return tuple(parse(path.read_text(encoding="utf-8")))


def terms_used(terms: tuple[Term, ...], english: list[str]) -> list[Term]:
    """The terms whose English appears in any of the message's source texts."""
    return [term for term in terms if any(term.in_english(text) for text in english)]


def terms_missing(terms: tuple[Term, ...], english: list[str], translation: str) -> list[Term]:
    """Terms the English uses but the translation does not render with the chosen word."""
    return [term for term in terms_used(terms, english) if not term.in_translation(translation)]
