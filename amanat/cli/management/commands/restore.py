"""``amanat restore FILE --key-file K``: decrypt, verify and load a backup into an empty DB."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError, CommandParser

from amanat.cli.backup import BackupError, read_backup, restore
from amanat.cli.management.commands.keys import read_hex_key


class Command(BaseCommand):
    help = "Restore an encrypted backup into a freshly migrated, empty database."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("file", help="the backup file")
        parser.add_argument("--key-file", required=True, help="hex backup PRIVATE key")

    def handle(self, *args: Any, **options: Any) -> None:
        call_command("migrate", interactive=False, verbosity=0)
        try:
            dump = read_backup(Path(options["file"]), read_hex_key(options["key_file"]))
            count = restore(dump)
        except BackupError as exc:
            raise CommandError(str(exc)) from exc
        self.stdout.write(f"Restored {count} objects from {options['file']}.")
