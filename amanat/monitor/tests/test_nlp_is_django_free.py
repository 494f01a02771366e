"""The text pipeline imports no Django (import-linter checks it too; this test needs no tool)."""

from __future__ import annotations

import ast
from pathlib import Path

NLP = Path(__file__).resolve().parent.parent / "nlp"


def test_no_module_of_the_text_pipeline_imports_django() -> None:
    offenders = []
    for path in sorted(NLP.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            offenders += [f"{path.name}: {n}" for n in names if n.split(".")[0] == "django"]
    assert offenders == []
