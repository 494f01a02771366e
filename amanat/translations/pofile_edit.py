"""Change a few entries of a ``.po`` file in place, leaving every other byte as it was.

Babel's ``write_po`` would re-wrap and re-order the whole file, and other people add messages to
the same catalogues concurrently: a review import must produce a diff of only the entries it
changed (plus the header), so merges stay trivial and the change is easy to read in review.
Changed ``msgstr`` lines are formatted by Babel's own ``normalize``, as ``make messages`` would.
"""

from __future__ import annotations

import os
import re
import tempfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from babel.messages.pofile import normalize, unescape

from amanat.translations.catalogue import REVIEWED_BY

WIDTH = 76  # Babel's default, the width the catalogues are written with
_SEPARATOR = re.compile(r"(\n[ \t]*\n+)")
_KEYWORD = re.compile(r'^(msgctxt|msgid_plural|msgid|msgstr(?:\[\d+\])?)\s+(".*")\s*$')
_REVIEW_COMMENT = re.compile(r"^#\s+reviewed-by:", re.IGNORECASE)

Key = tuple[str, str | None]  # (msgid, msgctxt)


@dataclass(frozen=True)
class Change:
    forms: Sequence[str]  # the complete new msgstr (one item per plural form)
    reviewer: str
    day: str  # ISO date; the catalogue never records times


def _fields(lines: list[str]) -> tuple[dict[str, str], int | None]:
    """The block's keyword values, and the line where its first msgstr starts."""
    values: dict[str, list[str]] = {}
    current = None
    first_msgstr = None
    for number, line in enumerate(lines):
        match = _KEYWORD.match(line)
        if match:
            current = match[1]
            values[current] = [unescape(match[2])]
            if current.startswith("msgstr") and first_msgstr is None:
                first_msgstr = number
        elif line.startswith('"') and current is not None:
            values[current].append(unescape(line))
    return {name: "".join(parts) for name, parts in values.items()}, first_msgstr


def _msgstr_lines(forms: Sequence[str], plural: bool) -> list[str]:
    if not plural:
        return f"msgstr {normalize(forms[0], prefix='', width=WIDTH)}".split("\n")
    lines: list[str] = []
    for index, form in enumerate(forms):
        lines += f"msgstr[{index}] {normalize(form, prefix='', width=WIDTH)}".split("\n")
    return lines


def _comment_lines(lines: list[str], change: Change) -> list[str]:
    """Translator comments first (with one fresh review line), the other comments as they were."""
    kept = [line for line in lines if not _REVIEW_COMMENT.match(line)]
    translator = [line for line in kept if line == "#" or line.startswith("# ")]
    others = [line for line in kept if line not in translator]
    flags = []
    for line in others:
        if line.startswith("#,"):
            names = [flag.strip() for flag in line[2:].split(",") if flag.strip() != "fuzzy"]
            if names:
                flags.append("#, " + ", ".join(names))
        else:
            flags.append(line)
    return [*translator, f"# {REVIEWED_BY} {change.reviewer}, {change.day}", *flags]


def _rewrite_block(lines: list[str], change: Change, plural: bool, start: int) -> list[str]:
    comments = [line for line in lines[:start] if line.startswith("#")]
    keywords = [line for line in lines[:start] if not line.startswith("#")]
    return [*_comment_lines(comments, change), *keywords, *_msgstr_lines(change.forms, plural)]


def _rewrite_header(lines: list[str], fields: Mapping[str, str], start: int) -> list[str]:
    _values, _ = _fields(lines)
    header_lines = _values.get("msgstr", "").splitlines(keepends=True)
    seen = set()
    for number, line in enumerate(header_lines):
        name = line.split(":", 1)[0]
        if name in fields:
            header_lines[number] = f"{name}: {fields[name]}\n"
            seen.add(name)
    header_lines += [f"{name}: {value}\n" for name, value in fields.items() if name not in seen]
    return [*lines[:start], *_msgstr_lines(["".join(header_lines)], plural=False)]


def apply(path: Path, changes: Mapping[Key, Change], header: Mapping[str, str]) -> set[Key]:
    """Rewrite the entries in ``changes`` and the header fields; return the keys found."""
    text = path.read_text(encoding="utf-8")
    parts = _SEPARATOR.split(text)
    done: set[Key] = set()
    for index in range(0, len(parts), 2):
        lines = parts[index].split("\n")
        if any(line.startswith("#~") for line in lines):
            continue  # obsolete entries are history, never targets
        values, start = _fields(lines)
        if start is None or "msgid" not in values:
            continue
        key = (values["msgid"], values.get("msgctxt"))
        if values["msgid"] == "" and "msgctxt" not in values:
            parts[index] = "\n".join(_rewrite_header(lines, header, start))
        elif key in changes:
            rewritten = _rewrite_block(lines, changes[key], "msgid_plural" in values, start)
            parts[index] = "\n".join(rewritten)
            done.add(key)
    missing = set(changes) - done
    if missing:  # the file changed since it was read: write nothing rather than half
        raise KeyError(f"{path}: no longer holds {sorted(msgid for msgid, _ in missing)}")
    _write_atomically(path, "".join(parts))
    return done


def _write_atomically(path: Path, text: str) -> None:
    """A crash mid-write must not leave a truncated catalogue that stops the build."""
    mode = path.stat().st_mode & 0o777
    fd, temporary = tempfile.mkstemp(dir=path.parent, prefix=".review-", suffix=".po")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
        os.chmod(temporary, mode)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
