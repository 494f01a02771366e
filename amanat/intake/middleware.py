"""The intake budget, spent before a report's or follow-up's body is read (issue #11.5).

Django reads a post's body when something first asks for ``request.POST`` — the CSRF check
does, before any view runs — and the upload handler holds up to
``MAX_ATTACHMENTS × MAX_ATTACHMENT_BYTES`` of it in memory. Deciding in the view came too late: a
flood of large posts was read in full just to be told "try again". This middleware sits before
the CSRF middleware and takes the budget's token as soon as the view is known. A post refused
here whose body is small still reaches the view, which shows the form back with what was
written; a larger one is answered at once without being read.
"""

from __future__ import annotations

from collections.abc import Callable

from django.conf import settings
from django.http import HttpRequest, HttpResponse

from amanat.intake import throttle, views

BUDGETED_VIEWS = (views.report, views.status)


class IntakeBudgetMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        return self.get_response(request)

    def process_view(
        self, request: HttpRequest, view_func: Callable[..., HttpResponse], *args: object
    ) -> HttpResponse | None:
        if request.method != "POST" or view_func not in BUDGETED_VIEWS:
            return None
        if throttle.budget_granted(request):
            return None
        if _declared_length(request) <= settings.DATA_UPLOAD_MAX_MEMORY_SIZE:
            return None  # the view answers 429 and shows the form back
        return views.busy(request)


def _declared_length(request: HttpRequest) -> int:
    """The body's declared size; unknown (chunked) counts as large."""
    try:
        return int(request.META.get("CONTENT_LENGTH") or 0) or _unknown(request)
    except ValueError:
        return settings.DATA_UPLOAD_MAX_MEMORY_SIZE + 1


def _unknown(request: HttpRequest) -> int:
    chunked = "chunked" in request.META.get("HTTP_TRANSFER_ENCODING", "").lower()
    return settings.DATA_UPLOAD_MAX_MEMORY_SIZE + 1 if chunked else 0
