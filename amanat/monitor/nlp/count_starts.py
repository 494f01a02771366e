"""A pattern searched only where a match can start: after a character that is no word
character (a pattern opening with ``(?<!\\w)``), at one of the characters its matches can begin
with. ``re`` skips to such a place in C; the pattern's own search entered its (case-insensitive)
alternations and look-behind at every position of the text."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

_BMP = "".join(chr(code) for code in range(0x10000) if not 0xD800 <= code < 0xE000)


def firsts_class(firsts: Iterable[str], flags: int) -> str:
    """A class of every character a match can begin with: a digit (``\\d``), or one ``re``
    takes as equal to one of ``firsts`` (ignoring case where ``flags`` say so), read from every
    character of the Basic Multilingual Plane; every character beyond it is kept."""
    wanted = re.compile("[" + re.escape("".join(sorted(set(firsts)))) + "]", flags)
    equal = sorted(set(wanted.findall(_BMP)))
    return "[" + re.escape("".join(equal)) + "\\d\U00010000-\U0010ffff]"


def starts(firsts: Iterable[str], flags: int, *, after_break: bool) -> re.Pattern[str]:
    """Where a match can start: one of the characters of :func:`firsts_class`, after a
    character that is no word character when ``after_break`` (then the match starts at the
    search's end)."""
    first = firsts_class(firsts, flags & re.IGNORECASE)
    return re.compile(rf"\W(?={first})" if after_break else first)


def finditer(
    pattern: re.Pattern[str], starts: re.Pattern[str], text: str, *, after_break: bool
) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)`` for a pattern whose matches are never empty and start where
    ``starts`` (made by :func:`starts` with the same ``after_break``) says one can; the text's
    first position is tried as well when ``after_break`` (no character comes before it)."""
    position, find, match_at = 0, starts.search, pattern.match
    if after_break:
        match = match_at(text, 0)
        if match is not None:
            yield match
            position = match.end()
        position = max(position - 1, 0)  # the character before the next start
    while (start := find(text, position)) is not None:
        at = start.end() if after_break else start.start()
        match = match_at(text, at)
        if match is None:
            position = at if after_break else at + 1
        else:
            yield match
            position = match.end() - after_break
