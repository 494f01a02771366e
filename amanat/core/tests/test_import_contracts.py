"""The import contracts in pyproject.toml name every app: a new or renamed app (or a new module
of the intake) cannot silently fall outside the trust-zone checks that ``lint-imports`` runs."""

from __future__ import annotations

import tomllib
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2]
CONTRACTS = tomllib.loads((PACKAGE.parent / "pyproject.toml").read_text(encoding="utf-8"))["tool"][
    "importlinter"
]["contracts"]


def _apps() -> set[str]:
    return {f"amanat.{p.parent.name}" for p in PACKAGE.glob("*/apps.py")}


def _contract(name_start: str) -> dict:
    return next(c for c in CONTRACTS if c["name"].startswith(name_start))


def _listed(modules: list[str]) -> set[str]:
    return {name.strip() for entry in modules for name in entry.split("|")}


def test_every_app_is_a_layer_and_no_layer_is_optional() -> None:
    layers = _contract("Apps depend one way")["layers"]
    assert not any("(" in layer for layer in layers)
    assert _listed(layers) == _apps()


def test_core_is_forbidden_every_other_app() -> None:
    forbidden = set(_contract("core imports no app")["forbidden_modules"])
    assert _apps() - {"amanat.core"} <= forbidden


def test_the_stripping_worker_is_forbidden_every_app_and_every_other_intake_module() -> None:
    forbidden = set(_contract("The stripping worker")["forbidden_modules"])
    intake = {
        f"amanat.intake.{p.stem}"
        for p in (PACKAGE / "intake").iterdir()
        if p.name != "stripping" and not p.name.startswith("_") and p.suffix in (".py", "")
        and (p.suffix == ".py" or (p / "__init__.py").exists())
    }  # fmt: skip
    assert {"django", *(_apps() - {"amanat.intake"}), *intake} <= forbidden


def test_only_core_crypto_may_import_libsodium() -> None:
    contract = _contract("Only core.crypto touches libsodium")
    assert contract["type"] == "protected"
    assert contract["allowed_importers"] == ["amanat.core.crypto"]
