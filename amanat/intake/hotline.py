"""Which organisation the hotline delivers to."""

from __future__ import annotations

from django.conf import settings

from amanat.keys.models import Organisation


class HotlineNotConfigured(Exception):
    """No organisation, or several and AMANAT_HOTLINE_ORG does not choose one."""


def hotline_organisation() -> Organisation:
    """AMANAT_HOTLINE_ORG if set; otherwise the only organisation there is."""
    slug = settings.HOTLINE_ORGANISATION
    if slug:
        found = Organisation.objects.filter(slug=slug).first()
        if found is None:
            raise HotlineNotConfigured(f"AMANAT_HOTLINE_ORG={slug!r} names no organisation")
        return found
    organisations = list(Organisation.objects.order_by("pk")[:2])
    if len(organisations) != 1:
        raise HotlineNotConfigured(
            "set AMANAT_HOTLINE_ORG to the organisation that receives reports"
        )
    return organisations[0]
