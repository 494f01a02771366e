"""Serve with gunicorn: no access log (hotline requests must leave no trace), errors to stderr.

``--production`` first runs Django's deployment checks and refuses to start on any error
(DEBUG on a public host, a data directory it cannot write…), then serves with more workers.
"""

from __future__ import annotations

import os
import sys
from typing import Any

from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError, CommandParser


def gunicorn_argv(bind: str, workers: int, *, production: bool = False) -> list[str]:
    argv = [
        sys.executable, "-m", "gunicorn", "amanat.wsgi:application",
        "--bind", bind, "--workers", str(workers), "--worker-class", "gthread", "--threads", "4",
        "--timeout", "120", "--graceful-timeout", "20", "--error-logfile", "-",
        "--log-level", "warning", "--forwarded-allow-ips", "127.0.0.1",
        "--limit-request-line", "4094", "--limit-request-fields", "60",
    ]  # fmt: skip
    if production:
        argv += ["--max-requests", "5000", "--max-requests-jitter", "500"]
    return argv


class Command(BaseCommand):
    help = "Serve Amanat with gunicorn (no access log)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--bind", default="127.0.0.1:8000", help="address:port to listen on")
        parser.add_argument(
            "--workers",
            type=int,
            default=None,
            help="worker processes (default 2; 2×cores+1 with --production)",
        )
        parser.add_argument(
            "--production", action="store_true", help="run deployment checks first, recycle workers"
        )

    def handle(self, *args: Any, **options: Any) -> None:
        production = bool(options["production"])
        workers = options["workers"] or ((os.cpu_count() or 1) * 2 + 1 if production else 2)
        if workers < 1:
            raise CommandError("--workers must be at least 1")
        call_command("collectstatic", interactive=False, verbosity=0)
        # A hotline without an organisation to deliver to would answer every report with an
        # error: refuse to start instead (amanat.E003), in development as in production.
        call_command(
            "check", tags=["hotline"], deploy=True, databases=["default"], fail_level="ERROR"
        )
        if production:
            call_command("check", deploy=True, fail_level="ERROR")
            call_command("migrate", check=True, verbosity=0)
        argv = gunicorn_argv(options["bind"], workers, production=production)
        os.execv(sys.executable, argv)  # noqa: S606 - fixed argv, replaces this process
