"""Many names matched at once: a trie-shaped regex, tried only where a word starts.

The gazetteer, the state-name table and the rule literals each match hundreds of names in every
text; how they are matched fast is one concern, kept apart from what the names are.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TypeAlias

Trie: TypeAlias = dict[str, "Trie"]


def trie_pattern(words: list[str], lead: re.Pattern[str] | None = None, groups: int = 0) -> str:
    """One regex for many words, factored by common prefixes (``Ka(?:zakhstan|yseri)``):
    Python's ``re`` tries alternatives one by one, so a trie is several times faster than a
    flat alternation of hundreds of names. Longer words win over their prefixes.

    The root's branches begin with different characters, so at any position at most one of
    them can match, whatever their order (the patterns are case-sensitive): ``lead`` puts the
    branches whose first character it matches first (a language's own script, tried before
    the hundreds of other first letters), and ``groups`` puts the branches, in the same order,
    in groups of that many behind a look-ahead of their first characters (a group whose
    look-ahead fails holds no branch that could match). Both change the time, not the match;
    ``groups`` is for a pattern entered at every position (a look-behind first), since a
    look-ahead first leaves ``re`` no characters to skip to."""
    trie: Trie = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    if lead is None and not groups:
        return _trie_regex(trie)
    ordered = sorted((re.escape(char) + _trie_regex(child), char)
                     for char, child in trie.items() if char)  # fmt: skip
    if lead is not None:
        ordered.sort(key=lambda branch: lead.match(branch[1]) is None)  # stable: sorted within
    if groups:
        chunks = [ordered[i : i + groups] for i in range(0, len(ordered), groups)]
        parts = ["(?=[" + "".join(re.escape(char) for _b, char in chunk) + "])(?:"
                 + "|".join(branch for branch, _c in chunk) + ")" for chunk in chunks]  # fmt: skip
    else:
        parts = [branch for branch, _char in ordered]
    if not parts:
        return ""
    body = parts[0] if len(parts) == 1 and not groups else "(?:" + "|".join(parts) + ")"
    return f"(?:{body})?" if "" in trie else body


def _trie_regex(node: Trie) -> str:
    branches = [re.escape(char) + _trie_regex(child) for char, child in node.items() if char]
    ends = "" in node
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(sorted(branches)) + ")"
    return f"(?:{body})?" if ends else body


# The script of each language's own names: their branches are tried first (``lead``).
_CYRILLIC, _ARABIC = re.compile("[\u0400-\u052f]"), re.compile("[\u0600-\u06ff\u0750-\u077f]")
LEAD = {"ru": _CYRILLIC, "kk": _CYRILLIC, "fa": _ARABIC, "ug": _ARABIC,
        "zh": re.compile("[\u3400-\u4dbf\u4e00-\u9fff]")}  # fmt: skip
GROUPS = 40  # branches per group of the look-behind form's root (fastest of 20–70 measured)

_WORD_CHAR = re.compile(r"\w")
_LOOK_BEHIND_SCRIPTS = re.compile("[\u0400-\u052f\u0600-\u06ff]")  # Cyrillic, Arabic


# A pattern's equivalent with its root in groups (``trie_pattern(…, groups=…)``), for the
# look-behind form: the same matches, found faster where every word start enters the root.
# Both tables are keyed by the pattern's id, not the pattern: hashing a compiled pattern
# hashes its whole compiled code (≈ 0.2 ms for a matcher of every name, at every call). Each
# entry keeps its pattern, so no other pattern can take its id.
_GROUPED: dict[int, tuple[re.Pattern[str], str]] = {}
_LOOK_BEHIND: dict[int, tuple[re.Pattern[str], re.Pattern[str]]] = {}


def with_groups(pattern: re.Pattern[str], grouped: str) -> re.Pattern[str]:
    """Record ``grouped``, the same regex as ``pattern`` with its trie's root in groups."""
    _GROUPED[id(pattern)] = (pattern, grouped)
    return pattern


def _with_look_behind(pattern: re.Pattern[str]) -> re.Pattern[str]:
    entry = _LOOK_BEHIND.get(id(pattern))
    if entry is not None and entry[0] is pattern:
        return entry[1]
    grouped = _GROUPED.get(id(pattern))
    source = grouped[1] if grouped is not None and grouped[0] is pattern else pattern.pattern
    compiled = re.compile(rf"(?<!\w)(?:{source})", pattern.flags)
    _LOOK_BEHIND[id(pattern)] = (pattern, compiled)
    return compiled


def at_word_starts(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    r"""``finditer`` of ``(?<!\w)`` + ``pattern``, with the look-behind checked here: a pattern
    that starts with the names' first letters lets ``re`` skip every other position in C
    (four times faster in English). A match inside a word is dropped and the search goes on
    from the next position, as the look-behind would have made the regex do.

    Text in Arabic or Cyrillic script is the exception: there names (and Russian adjectives,
    written in lower case) begin with the commonest letters, the skip saves nothing and the
    trie is tried inside every word (two to three times slower than with the look-behind in
    the regex), so it gets the look-behind, before a root in groups where one was recorded
    (the same matches: the names are never empty)."""
    if _LOOK_BEHIND_SCRIPTS.search(text):
        yield from _with_look_behind(pattern).finditer(text)
        return
    position, search = 0, pattern.search
    while (match := search(text, position)) is not None:
        start = match.start()
        if start and _WORD_CHAR.match(text, start - 1):
            position = start + 1
            continue
        yield match
        position = max(match.end(), start + 1)
