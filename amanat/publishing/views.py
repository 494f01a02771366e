"""The staff action that publishes a release's public statistics (the public pages are
``amanat.stats``, which reads only what this stores)."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_POST

from amanat.accounts.access import signed_in, staff_required
from amanat.dataset.access import PUBLISH_ROLES, get_release_for_member
from amanat.publishing.publish import BudgetExceeded, publish


@require_POST
@staff_required(roles=PUBLISH_ROLES)
def publish_release(request: HttpRequest, pk: int) -> HttpResponse:
    signed = signed_in(request)
    release = get_release_for_member(signed.member, pk)
    try:
        publish(release, actor=signed.member)
    except BudgetExceeded as exc:
        context = {"release": release, "message": exc.message}
        return render(request, "publishing/refused.html", context, status=409)
    return redirect("stats:release", pk=release.pk)
