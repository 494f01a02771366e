"""``{% reader_notice_banner %}``: on every staff page, the count of unseen reader changes."""

from __future__ import annotations

from typing import Any

from django import template
from django.template.loader import render_to_string

from amanat.accounts import queries

register = template.Library()


@register.simple_tag(takes_context=True)
def reader_notice_banner(context: dict[str, Any]) -> str:
    """Empty unless the signed-in member has changes to who can read that they have not seen."""
    request = context.get("request")
    signed = getattr(request, "staff", None)
    if signed is None:
        return ""
    count = queries.unseen_reader_changes(signed.member)
    if not count:
        return ""
    return render_to_string("accounts/_reader_notice_banner.html", {"count": count})
