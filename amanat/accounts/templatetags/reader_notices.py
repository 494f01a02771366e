"""``{% reader_notice_banner %}``: the count of unseen changes to who can read reports.

Shown on the inbox (where every sign-in lands) and the team page (which lists them), not on
every page: each staff page has a pinned query budget, and one place seen at each sign-in is
enough for a notice that stays until it is marked seen.
"""

from __future__ import annotations

from typing import Any

from django import template
from django.template.loader import render_to_string

from amanat.accounts import queries

register = template.Library()
SHOWN_ON = frozenset({"casework:inbox", "casework:team"})


@register.simple_tag(takes_context=True)
def reader_notice_banner(context: dict[str, Any]) -> str:
    """Empty unless the signed-in member has changes to who can read that they have not seen."""
    request = context.get("request")
    signed = getattr(request, "staff", None)
    match = getattr(request, "resolver_match", None)
    if signed is None or match is None or match.view_name not in SHOWN_ON:
        return ""
    count = queries.unseen_reader_changes(signed.member)
    if not count:
        return ""
    return render_to_string("accounts/_reader_notice_banner.html", {"count": count})
