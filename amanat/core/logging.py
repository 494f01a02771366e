"""Logging policy: nothing a hotline request does is written to a log.

Django attaches the request to error records (``django.request``, ``django.security``); for the
anonymous zone even the path and the moment of an error are metadata, so those records are dropped.
"""

from __future__ import annotations

import logging

from amanat.core.sessions import STAFF_PREFIX


class DropHotlineRecords(logging.Filter):
    """Drop any record that carries a request outside the staff zone."""

    def filter(self, record: logging.LogRecord) -> bool:
        request = getattr(record, "request", None)
        if request is None:
            return True
        path = getattr(request, "path", "")
        return isinstance(path, str) and path.startswith(STAFF_PREFIX)
