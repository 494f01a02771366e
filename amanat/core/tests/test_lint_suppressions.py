"""Every lint suppression says why: a suppression (noqa, or mypy's ignore comment) without a
reason hides a finding from the next reader as well as from the tool."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
SOURCES = ["amanat", "bench", "fuzz", "scripts", "conftest.py", "manage.py"]
# A suppression followed by nothing (or only another suppression) has no reason.
SUPPRESSION = re.compile(
    r"#\s*(noqa(?::\s*[A-Z0-9]+(?:,\s*[A-Z0-9]+)*)?|type:\s*ignore(?:\[[\w, -]+\])?)(.*)$"
)
REASON = re.compile(r"[-—:#(]?\s*\S.{6,}")  # a few words, after a dash or a colon


def _python_files() -> list[Path]:
    files: list[Path] = []
    for name in SOURCES:
        path = ROOT / name
        files += [path] if path.is_file() else sorted(path.rglob("*.py"))
    return [p for p in files if "migrations" not in p.parts]


def test_every_suppression_in_the_code_carries_its_reason() -> None:
    bare = []
    for path in _python_files():
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            match = SUPPRESSION.search(line)
            if match and not REASON.match(match.group(2).strip()):
                bare.append(f"{path.relative_to(ROOT)}:{number}: {line.strip()}")
    assert bare == []


def test_every_ignore_in_the_ruff_settings_carries_its_reason() -> None:
    """Each ignored rule, and each per-file ignore, has a comment on its line or just above."""
    text = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    section = text.split("[tool.ruff.lint]", 1)[1].split("\n[tool.mypy]", 1)[0]
    lines = section.splitlines()
    entries = re.compile(r'\s*("[A-Z]+\d*",?\s*)+(#.*)?$|\s*"[^"]+" = \[[^]]*\]\s*(#.*)?$')
    bare = [
        line.strip()
        for above, line in zip(["", *lines], lines, strict=False)
        if entries.match(line) and "#" not in line and not above.strip().startswith("#")
    ]
    assert bare == []
