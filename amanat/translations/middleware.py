"""Staff pages in the signed-in member's chosen language.

The hotline picks its language from the URL prefix (/ug/, /tr/ …); staff URLs have none, so
Django's LocaleMiddleware falls back to the browser's Accept-Language. A member who chose a
language gets it on every staff page, whatever the browser (often a shared office machine) says.
"""

from __future__ import annotations

from collections.abc import Callable

from django.http import HttpRequest, HttpResponse
from django.utils import translation

from amanat.accounts import access
from amanat.core.sessions import STAFF_PREFIX
from amanat.translations.models import StaffLanguage


def chosen_language(request: HttpRequest) -> str | None:
    """The language of the member this staff session belongs to, if they chose one."""
    member_pk = request.session.get(access.PENDING_MEMBER)
    if member_pk is None:
        return None
    language: str | None = (
        StaffLanguage.objects.filter(member_id=member_pk).values_list("language", flat=True).first()
    )
    return language


class StaffLanguageMiddleware:
    """Runs after LocaleMiddleware (which it overrides on /staff/ only) and the sessions."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if not request.path.startswith(STAFF_PREFIX) or not hasattr(request, "session"):
            return self.get_response(request)
        language = chosen_language(request)
        if language is None:
            return self.get_response(request)
        translation.activate(language)
        request.LANGUAGE_CODE = language
        return self.get_response(request)
