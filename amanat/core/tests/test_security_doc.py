"""docs/security.md names, for each check of security-checks.md, the tests that show it: every
check must be there, and every test file and test function it names must exist."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
DOC = ROOT / "docs" / "security.md"
REFERENCE = re.compile(r"`((?:\w+/)+test_\w+\.py)((?:::\w+)?)`|`::(\w+)`")


def _defines(path: Path, name: str) -> bool:
    return bool(re.search(rf"^def {name}\(", path.read_text(encoding="utf-8"), re.M))


def test_every_check_has_a_row() -> None:
    rows = set(re.findall(r"^\| (C\d\d) ", DOC.read_text(encoding="utf-8"), re.M))
    assert rows == {f"C{n:02d}" for n in range(1, 31)}


def test_every_named_test_exists() -> None:
    missing = []
    current = None
    for line in DOC.read_text(encoding="utf-8").splitlines():
        for path, function, continued in REFERENCE.findall(line):
            if path:
                current = ROOT / "amanat" / path
                if not current.exists():
                    missing.append(path)
                    continue
            name = (function or "").lstrip(":") or continued
            if name and current is not None and current.exists() and not _defines(current, name):
                missing.append(f"{current.relative_to(ROOT)}::{name}")
    assert missing == []
