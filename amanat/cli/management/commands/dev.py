"""``make run``: migrate, create demo organisation and staff if missing, then serve."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = "Prepare the local data directory (migrate, demo data) and serve on 127.0.0.1:8000."

    def handle(self, *args: Any, **options: Any) -> None:
        call_command("migrate", interactive=False, verbosity=0)
        call_command("collectstatic", interactive=False, verbosity=0)
        call_command("demo")
        self.stdout.write(
            "\nAmanat is starting on http://127.0.0.1:8000/\n"
            "  Hotline (anonymous):   http://127.0.0.1:8000/   (also /ug/, /tr/, /zh-hans/)\n"
            f"  Demo staff accounts:   see {settings.DATA_DIR / 'demo-credentials.txt'}\n"
            "Stop with Ctrl+C.\n"
        )
        call_command("serve", bind="127.0.0.1:8000", workers=2)
