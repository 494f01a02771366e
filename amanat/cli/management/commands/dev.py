"""``make run``: migrate, create demo organisation and staff if missing, then serve."""

from __future__ import annotations

import subprocess
import sys
from typing import Any

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand

STAFF_HELP = """\
  Staff sign-in:         http://127.0.0.1:8000/staff/login/
    At first sign-in each account sets up its second factor: scan the QR code with an
    authenticator app (or type the key shown) and enter the 6-digit code.
    Demo accounts (user name, role, password), also in {path}:
{accounts}"""


def _accounts() -> str:
    path = settings.DATA_DIR / "demo-credentials.txt"
    lines = [line for line in path.read_text().splitlines() if line and not line.startswith("#")]
    return "\n".join("      " + "  ".join(line.split("\t")) for line in lines)


class Command(BaseCommand):
    help = "Prepare the local data directory (migrate, demo data) and serve on 127.0.0.1:8000."

    def handle(self, *args: Any, **options: Any) -> None:
        call_command("migrate", interactive=False, verbosity=0)
        call_command("demo")
        # Synthetic coded incidents (marked synthetic) and a published demo release: the dataset
        # dashboard at /staff/dataset/ and the public statistics at /stats/ show data at once.
        call_command("dataset", "demo", "--org", "demo", "--count", "3000", "--seed", "1")
        call_command("stats", "demo", "--org", "demo")
        path = settings.DATA_DIR / "demo-credentials.txt"
        self.stdout.write(
            "\nAmanat is starting on http://127.0.0.1:8000/\n"
            "  Hotline (anonymous):   http://127.0.0.1:8000/   (also /ug/, /tr/, /zh-hans/)\n"
            + STAFF_HELP.format(path=path, accounts=_accounts())
            + "\nStop with Ctrl+C.\n"
        )
        # One background worker for release builds and monitor runs; it shares the terminal's
        # process group, so Ctrl+C stops it together with the server.
        worker = "from amanat.cli.main import main; main(['amanat', 'db_worker'])"
        subprocess.Popen([sys.executable, "-c", worker])  # noqa: S603 - our own fixed command
        call_command("serve", bind="127.0.0.1:8000", workers=2)
