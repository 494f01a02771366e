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
    _ensure_secret_file(data_dir, "AMANAT_SECRET_KEY", "secret-key", secrets.token_urlsafe(48))
    # The indicators' matching key: kept outside the database (a production key file also
    # belongs outside the data directory and its backups; see docs/indicators.md).
    _ensure_secret_file(data_dir, "AMANAT_INDICATOR_KEY", "indicator-key", secrets.token_hex(32))


def _ensure_secret_file(data_dir: Path, variable: str, name: str, value: str) -> None:
    """Unless VARIABLE or VARIABLE_FILE is set, point VARIABLE_FILE at a 0600 file (made once)."""
    if variable in os.environ or f"{variable}_FILE" in os.environ:
        return
    key_file = data_dir / name
    if not key_file.exists():
        fd = os.open(key_file, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w") as handle:
            handle.write(value + "\n")
    os.environ[f"{variable}_FILE"] = str(key_file)


def main(argv: list[str] | None = None) -> None:
    args = list(sys.argv if argv is None else argv)
    if len(args) > 1 and args[1] == "dev":
        _ensure_dev_environment()
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "amanat.settings")
    from django.core.management import execute_from_command_line

    execute_from_command_line(["amanat", *args[1:]])


if __name__ == "__main__":
    main()
