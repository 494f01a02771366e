"""A story's reports share their tactics (session 25, ``story-4``, docs/monitor/learned-models.md).

A story reaches the monitor as several tellings — rewrites, translations — and the tagger reads
each alone. A telling names only the acts its writer kept, so a translation often states fewer
tactics than the report it retells. An analyst reviews the story, not the telling: a story's
proposal already carries the tactics of all its reports, each with its own evidence
(``proposing.proposed_fields``). The folder run (``amanat monitor evaluate``, what a partner
scores) reads the tactics the same way: each telling read as a report carries the tactics any
of its story's reports states.

Tactics are joined, and a report with no origin read takes the one origin its story's other
reports name (session 26, ``story-6``; the story's proposal already takes its reports' origin).
Relevance, hosts and an origin read stay each telling's own: session 24's
three story readings that also joined relevance took look-alikes that the grouper had put
beside the same person's true report. Only a story of at most :data:`MAX_TELLINGS` tellings is
joined, for the same reason: a larger group more often joins two stories about one person.

Pure data in, data out.
"""

from __future__ import annotations

from collections.abc import Sequence

VERSION = "story-6"
MAX_TELLINGS = 3  # session 24's cap (`story-3`); session 25 chose it again on six read sets
# Off, each telling keeps its own tactics: for measurements of the tagger's per-article choices
# (bench/monitor_tactic_choice.py), written before a story's reports shared theirs.
ENABLED = True


def join_tactics(tellings: Sequence[tuple[bool, Sequence[str]]]) -> list[tuple[str, ...]]:
    """The tactics of each telling ``(is a report, its own tactics)`` of one story as the story
    reads them, in the given order: a report gets every report's tactics, in the order first
    read; a telling not read as a report keeps its own (none); a story of one telling, or of
    more than :data:`MAX_TELLINGS`, keeps each telling's own."""
    own = [tuple(tactics) for _is_tnr, tactics in tellings]
    if not ENABLED or not 2 <= len(tellings) <= MAX_TELLINGS:
        return own
    reports = [tactics for is_tnr, tactics in tellings if is_tnr]
    joined = tuple(dict.fromkeys(code for tactics in reports for code in tactics))
    return [joined if is_tnr else kept for (is_tnr, _), kept in zip(tellings, own, strict=True)]


def fill_origins(tellings: Sequence[tuple[bool, str | None]]) -> list[str | None]:
    """The origin of each telling ``(is a report, its origin read)`` of one story as the story
    reads it: a report with none read takes the origin its story's other reports name, when
    they name one and the same; every other telling keeps its own. Only a story of two to
    :data:`MAX_TELLINGS` tellings is read so."""
    own = [origin for _is_tnr, origin in tellings]
    if not ENABLED or not 2 <= len(tellings) <= MAX_TELLINGS:
        return own
    read = []
    for index, (is_tnr, origin) in enumerate(tellings):
        others = {o for i, (r, o) in enumerate(tellings) if i != index and r and o}
        read.append(others.pop() if is_tnr and not origin and len(others) == 1 else origin)
    return read
