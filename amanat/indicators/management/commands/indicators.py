"""``amanat indicators``: create the matching key file, check it, rebuild campaigns.

``keygen --key-file PATH`` writes 32 random bytes as hex (mode 0600, never overwriting); use it
for the deployment key (``AMANAT_INDICATOR_KEY_FILE``) and for a joint key agreed with a partner.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from amanat.indicators import actions, keys
from amanat.keys.models import Organisation


class Command(BaseCommand):
    help = (
        "Indicator matching: `keygen` a key file, `check` the configured key, "
        "`recluster` an organisation's campaigns (after changing the fan-out cap)."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        sub = parser.add_subparsers(dest="action", required=True)
        keygen = sub.add_parser("keygen", help="write a new random key file (mode 0600)")
        keygen.add_argument("--key-file", required=True, help="path of the file to create")
        sub.add_parser("check", help="verify that AMANAT_INDICATOR_KEY_FILE holds a usable key")
        recluster = sub.add_parser("recluster", help="recompute every campaign of an organisation")
        recluster.add_argument("--organisation", required=True, help="organisation slug")

    def handle(self, *args: Any, **options: Any) -> None:
        action = options["action"]
        if action == "keygen":
            self._keygen(Path(options["key_file"]))
        elif action == "check":
            try:
                key = keys.deployment_secret()
            except keys.KeyMissing as exc:
                raise CommandError(str(exc)) from exc
            self.stdout.write(f"indicator key usable ({len(key)} bytes)")
        else:
            slug = options["organisation"]
            organisation = Organisation.objects.filter(slug=slug).first()
            if organisation is None:
                raise CommandError(f"no organisation {slug!r}")
            written = actions.rebuild_campaigns(organisation, actor=None)
            self.stdout.write(f"{written} campaign(s) for {slug}")

    def _keygen(self, path: Path) -> None:
        try:
            keys.write_key_file(path)
        except FileExistsError as exc:
            raise CommandError(f"{path} exists; refusing to overwrite a key") from exc
        except OSError as exc:
            raise CommandError(f"{path}: {exc.strerror}") from exc
        self.stdout.write(
            f"wrote a new indicator key to {path} (back it up apart from the database)"
        )
