"""Which organisation the hotline delivers to."""

from __future__ import annotations

from django.conf import settings

from amanat.core import prepared
from amanat.keys.models import Organisation

_FIELDS = ("pk", "slug", "name")


class HotlineNotConfigured(Exception):
    """No organisation, or several and AMANAT_HOTLINE_ORG does not choose one."""


def hotline_organisation() -> Organisation:
    """AMANAT_HOTLINE_ORG if set; otherwise the only organisation there is.

    Looked up on every report (one query whose SQL is compiled once, core/prepared.py), so a
    second organisation added later makes the hotline refuse until one is chosen."""
    slug = settings.HOTLINE_ORGANISATION
    if slug:
        found = prepared.rows(
            ("hotline.by_slug", slug),
            lambda: Organisation.objects.filter(slug=slug).values_list(*_FIELDS)[:1],
        )
        if not found:
            raise HotlineNotConfigured(f"AMANAT_HOTLINE_ORG={slug!r} names no organisation")
        return _organisation(found[0])
    organisations = prepared.rows(
        ("hotline.only",), lambda: Organisation.objects.order_by("pk").values_list(*_FIELDS)[:2]
    )
    if len(organisations) != 1:
        raise HotlineNotConfigured(
            "set AMANAT_HOTLINE_ORG to the organisation that receives reports"
        )
    return _organisation(organisations[0])


def _organisation(row: tuple[object, ...]) -> Organisation:
    return Organisation.from_db("default", ["id", "slug", "name"], row)
