"""``{% language_switch %}``: the list of interface languages in a public page's header."""

from __future__ import annotations

from typing import Any

from django import template
from django.utils.translation import get_language

from amanat.core.languages import language_links

register = template.Library()


@register.inclusion_tag("core/_languages.html", takes_context=True)
def language_switch(context: template.Context) -> dict[str, Any]:
    """Needs ``request`` in the context (the request context processor puts it there)."""
    return {"languages": language_links(context["request"]), "current_language": get_language()}
