"""Health endpoint for monitoring: answers whether the database and the data directory work.

It reveals nothing else (no versions, counts or paths), so it needs no sign-in.
"""

from __future__ import annotations

import shutil

from django.conf import settings
from django.db import DatabaseError, connection
from django.http import HttpRequest, JsonResponse
from django.views.decorators.http import require_GET

MIN_FREE_BYTES = 256 << 20


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
    healthy = all(value == "ok" for value in checks.values())
    return JsonResponse(
        {"status": "ok" if healthy else "degraded", **checks}, status=200 if healthy else 503
    )
