"""Serve with gunicorn: no access log (hotline requests must leave no trace), errors to stderr."""

from __future__ import annotations

import os
import sys
from typing import Any

from django.core.management.base import BaseCommand, CommandParser


def gunicorn_argv(bind: str, workers: int) -> list[str]:
    return [
        sys.executable,
        "-m",
        "gunicorn",
        "amanat.wsgi:application",
        "--bind",
        bind,
        "--workers",
        str(workers),
        "--worker-class",
        "gthread",
        "--threads",
        "4",
        "--timeout",
        "120",
        "--graceful-timeout",
        "20",
        "--error-logfile",
        "-",
        "--log-level",
        "warning",
        "--forwarded-allow-ips",
        "",
    ]


class Command(BaseCommand):
    help = "Serve Amanat with gunicorn (no access log)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--bind", default="127.0.0.1:8000", help="address:port to listen on")
        parser.add_argument("--workers", type=int, default=2, help="worker processes")

    def handle(self, *args: Any, **options: Any) -> None:
        argv = gunicorn_argv(options["bind"], options["workers"])
        os.execv(sys.executable, argv)  # noqa: S606 - fixed argv, replaces this process
