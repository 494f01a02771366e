"""``amanat backup FILE``: an encrypted, consistent backup sealed to the backup public key."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from amanat.cli.backup import write_backup
from amanat.cli.management.commands.keys import read_hex_key


class Command(BaseCommand):
    help = "Write an encrypted backup of the database (reports, files, audit log, incidents)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("file", help="where to write the backup")
        parser.add_argument(
            "--public-key-file",
            required=True,
            help="hex backup PUBLIC key (from `amanat keys backup-keygen`)",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        path = Path(options["file"])
        if not path.parent.is_dir():
            raise CommandError(f"{path.parent} is not a directory")
        header = write_backup(path, read_hex_key(options["public_key_file"]))
        self.stdout.write(
            f"Backup written to {path} ({header['bytes']} bytes before compression, "
            f"sha256 {header['sha256']})."
        )
