"""The ``amanat`` console command: Django's management commands under one name.

``amanat dev`` prepares a local data directory (secret key, database, demo staff) and serves;
``amanat serve``, ``amanat migrate``, ``amanat demo`` … are the usual commands.
"""

from __future__ import annotations

import os
import secrets
import sys
from pathlib import Path


def _ensure_dev_environment() -> None:
    """For ``dev`` only: a data directory and a generated secret key file beside it."""
    data_dir = Path(os.environ.setdefault("AMANAT_DATA_DIR", str(Path.cwd() / "var")))
    data_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    _ensure_secret_file(data_dir / "secret-key", "AMANAT_SECRET_KEY", secrets.token_urlsafe(48))
    # The indicators' matching key: outside the database and outside the data directory (whose
    # copies and backups must not carry it), so next to it: ./var-indicator-key for ./var.
    indicator_key = data_dir.parent / f"{data_dir.name}-indicator-key"
    _move_old_key(data_dir / "indicator-key", indicator_key)
    _ensure_secret_file(indicator_key, "AMANAT_INDICATOR_KEY", secrets.token_hex(32))


def _move_old_key(old: Path, new: Path) -> None:
    """Earlier versions kept the dev key inside the data directory; keep using the same key."""
    if old.exists() and not new.exists() and "AMANAT_INDICATOR_KEY_FILE" not in os.environ:
        old.rename(new)


def _ensure_secret_file(key_file: Path, variable: str, value: str) -> None:
    """Unless VARIABLE or VARIABLE_FILE is set, point VARIABLE_FILE at a 0600 file (made once)."""
    if variable in os.environ or f"{variable}_FILE" in os.environ:
        return
    if not key_file.exists():
        fd = os.open(key_file, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w") as handle:
            handle.write(value + "\n")
    os.environ[f"{variable}_FILE"] = str(key_file)


def main(argv: list[str] | None = None) -> None:
    args = list(sys.argv if argv is None else argv)
    if args[1:3] == ["monitor", "evaluate"]:
        # Scoring a labelled folder needs no database or deployment setting (issue 12).
        from amanat.monitor.nlp.cli import main as evaluate_main

        raise SystemExit(evaluate_main(args[3:]))
    if len(args) > 1 and args[1] == "dev":
        _ensure_dev_environment()
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "amanat.settings")
    from django.core.management import execute_from_command_line

    execute_from_command_line(["amanat", *args[1:]])


if __name__ == "__main__":
    main()
