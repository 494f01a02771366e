"""The language switch shared by the hotline and the public statistics.

Both are mounted in ``i18n_patterns`` (English unprefixed, ``/ug/``, ``/tr/``, ``/zh-hans/``), so
each language's link is the same page under the other prefix (``translate_url``).
"""

from __future__ import annotations

from django.conf import settings
from django.http import HttpRequest
from django.urls import translate_url


def language_links(request: HttpRequest) -> list[tuple[str, str, str]]:
    """``(code, name in that language, this page's address in it)`` for every interface language."""
    return [(code, name, translate_url(request.path, code)) for code, name in settings.LANGUAGES]
