"""Demo organisation, staff and keys for a local trial; idempotent."""

from __future__ import annotations

import os
import secrets
from pathlib import Path
from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand

from amanat.accounts import actions
from amanat.accounts.models import Role
from amanat.keys.models import Organisation

DEMO_STAFF = [
    ("coordinator", Role.COORDINATOR),
    ("analyst", Role.ANALYST),
    ("researcher", Role.RESEARCHER),
]


def _write_private(path: Path, text: str) -> None:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w") as handle:
        handle.write(text)


class Command(BaseCommand):
    help = "Create the demo organisation with its recovery key and demo staff (once)."

    def handle(self, *args: Any, **options: Any) -> None:
        credentials = settings.DATA_DIR / "demo-credentials.txt"
        if Organisation.objects.filter(slug="demo").exists():
            self.stdout.write(f"Demo data already present; credentials in {credentials}")
            return
        organisation, recovery_private = actions.create_organisation(
            "demo", "Demo rights organisation (synthetic)", actor=None
        )
        lines = ["# Demo staff of 'demo' (synthetic). Passwords are random per installation."]
        for username, role in DEMO_STAFF:
            password = secrets.token_urlsafe(12)
            actions.create_staff_member(organisation, username, password, role, actor=None)
            lines.append(f"{username}\t{role}\t{password}")
        _write_private(credentials, "\n".join(lines) + "\n")
        recovery_file = settings.DATA_DIR / "demo-recovery-key.hex"
        _write_private(recovery_file, recovery_private.hex() + "\n")
        self.stdout.write(
            f"Created demo organisation and staff; credentials in {credentials}.\n"
            f"Demo recovery key written to {recovery_file} — a real deployment keeps it offline."
        )
