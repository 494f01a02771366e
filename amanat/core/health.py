"""Health endpoint for monitoring: answers whether the database and the data directory work.

It reveals nothing else (no versions, counts or paths), so it needs no sign-in. Apps add their
own probes (the hotline: is there an organisation to deliver to?) through ``register_probe``, so
core imports no app.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable

from django.conf import settings
from django.db import DatabaseError, connection
from django.http import HttpRequest, JsonResponse
from django.views.decorators.http import require_GET

MIN_FREE_BYTES = 256 << 20

# name -> probe answering "ok" or a one-word state; filled by apps' ready().
_PROBES: dict[str, Callable[[], str]] = {}


def register_probe(name: str, probe: Callable[[], str]) -> None:
    _PROBES[name] = probe


@require_GET
def health(request: HttpRequest) -> JsonResponse:
    checks = {"database": "ok", "disk": "ok"}
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
    except DatabaseError:
        checks["database"] = "failing"
    try:
        if shutil.disk_usage(settings.DATA_DIR).free < MIN_FREE_BYTES:
            checks["disk"] = "low"
    except OSError:
        checks["disk"] = "failing"
    if checks["database"] == "ok":
        checks.update({name: probe() for name, probe in _PROBES.items()})
    healthy = all(value == "ok" for value in checks.values())
    return JsonResponse(
        {"status": "ok" if healthy else "degraded", **checks}, status=200 if healthy else 503
    )
