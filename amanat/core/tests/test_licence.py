"""The code's licence is declared where tools look for it: LICENSE, REUSE.toml, pyproject."""

from __future__ import annotations

import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]


def test_the_licence_file_is_the_agpl_version_3() -> None:
    text = (ROOT / "LICENSE").read_text(encoding="utf-8")
    assert text.startswith("GNU AFFERO GENERAL PUBLIC LICENSE\nVersion 3, 19 November 2007")
    assert "13. Remote Network Interaction; Use with the GNU General Public License." in text
    assert text == (ROOT / "LICENSES" / "AGPL-3.0-or-later.txt").read_text(encoding="utf-8")


def test_the_package_metadata_names_the_same_licence() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    assert project["license"] == "AGPL-3.0-or-later"
    assert project["license-files"] == ["LICENSE"]


@pytest.mark.skipif(
    shutil.which("git") is None or not (ROOT / ".git").exists(),
    reason="reuse lists files through git; this is not a git checkout",
)
def test_reuse_lint_finds_every_file_licensed() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "reuse", "--root", str(ROOT), "lint"],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stdout[-3000:]
    assert "Used licenses: AGPL-3.0-or-later" in result.stdout
