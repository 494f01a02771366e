"""A 20-line English keyword baseline, to calibrate our blind splits against the hidden corpus.

``python -m bench.monitor_keywords [--out DIR] [split ...]`` (issue 12, session 15). The issue
scores "a 20-line English keyword list" on the hidden held-out corpus (relevance P / R / F1
0.85 / 0.56 / 0.67, look-alikes rejected 0.79, tactic micro-F1 0.38). Our own estimate of the
monitor on unread text comes from the blind splits ``tnr-fresh18`` … ``tnr-fresh27``. Whether
those splits are harder or easier than the hidden corpus cannot be read off the monitor's
figures alone; a baseline of the same kind, scored on both, calibrates them.

The list is ``bench/data/monitor_keywords.tsv``: 20 lines, each a tactic code of the codebook
and a case-insensitive regular expression for it (``threat_to_family`` has two lines, one per
word order), written from the codebook's definitions in ``../shared/design/taxonomy.md`` as a
journalist would word them, without opening any corpus text or label. The list was frozen in a
commit before anything was scored and must not be changed after: tuning it on the splits would
make the calibration meaningless.

A text is TNR when any line matches; its tactics are the codes whose lines match. No origin
state, no host countries, and ``story_group`` null (no group): the scorer counts only pairs of
articles sharing a predicted group, so null and "one group per text" both predict no pairs and
score the same; null is what the format prescribes for an article in no group.
"""

from __future__ import annotations

import re
from pathlib import Path

KEYWORDS_FILE = Path(__file__).resolve().parent / "data" / "monitor_keywords.tsv"


def load_keywords(path: Path = KEYWORDS_FILE) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """The frozen list as (tactic code, compiled case-insensitive pattern), in file order."""
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        code, pattern = line.split("\t", 1)
        rows.append((code, re.compile(pattern, re.IGNORECASE)))
    return tuple(rows)


KEYWORDS = load_keywords()


def tag(text: str) -> tuple[str, ...]:
    """The tactic codes whose lines match ``text``, in list order, once each."""
    return tuple(dict.fromkeys(code for code, rx in KEYWORDS if rx.search(text)))
