"""Release pages: the list and the form, a release's status, progress, changelog and files."""

from __future__ import annotations

from typing import Any, cast

from django import forms
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_GET, require_POST

from amanat.accounts.access import signed_in, staff_required
from amanat.audit.actions import record
from amanat.audit.tags import EventTag
from amanat.dataset import tasks
from amanat.dataset.access import (
    ANALYTICS_ROLES,
    PUBLISH_ROLES,
    RELEASE_ROLES,
    get_release_for_member,
    releases_visible_to,
)
from amanat.dataset.filters import FilterForm
from amanat.dataset.models import ReleaseStatus
from amanat.dataset.releases import versions as releases
from amanat.incidents import codebook
from amanat.incidents.models import Sensitivity

CONTENT_TYPES = {
    ".csv": "text/csv; charset=utf-8",
    ".json": "application/json",
    ".parquet": "application/vnd.apache.parquet",
    ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    ".md": "text/markdown; charset=utf-8",
}


class ReleaseForm(FilterForm):
    title = forms.CharField(max_length=200, label=_("Title"))

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        field = cast(forms.MultipleChoiceField, self.fields["sensitivities"])
        field.choices = [(c.value, c.label) for c in Sensitivity if c in releases.SHAREABLE]
        field.help_text = _("A release never includes confidential incidents.")


def _page(request: HttpRequest, form: ReleaseForm, status: int = 200) -> HttpResponse:
    member = signed_in(request).member
    context = {
        "releases": releases_visible_to(member).select_related("codebook")[:200],
        "form": form,
        "may_create": member.role in RELEASE_ROLES,
    }
    return render(request, "dataset/releases.html", context, status=status)


@require_GET
@staff_required(roles=ANALYTICS_ROLES)
def release_list(request: HttpRequest) -> HttpResponse:
    return _page(request, ReleaseForm(book=codebook.current()))


@require_POST
@staff_required(roles=RELEASE_ROLES)
def release_new(request: HttpRequest) -> HttpResponse:
    member = signed_in(request).member
    form = ReleaseForm(request.POST, book=codebook.current())
    if not form.is_valid():
        return _page(request, form, status=400)
    try:
        release = releases.create_release(member, form.to_filter(), form.cleaned_data["title"])
    except releases.ReleaseError as exc:
        form.add_error(None, exc.message)
        return _page(request, form, status=400)
    # After the release row is committed: the worker (or, in tests, the immediate backend) builds.
    tasks.build_release.enqueue(release.pk)
    return redirect("dataset:release", pk=release.pk)


@require_GET
@staff_required(roles=ANALYTICS_ROLES)
def release_detail(request: HttpRequest, pk: int) -> HttpResponse:
    member = signed_in(request).member
    release = get_release_for_member(member, pk)
    working = release.status in (ReleaseStatus.QUEUED, ReleaseStatus.RUNNING)
    percent = 100 * release.progress // release.total if release.total else 0
    context = {
        "release": release,
        "working": working,
        "percent": percent,
        "may_publish": member.role in PUBLISH_ROLES and release.status == ReleaseStatus.DONE,
        "downloads": [entry for entry in release.files if entry["name"] != releases.MANIFEST],
    }
    response = render(request, "dataset/release.html", context)
    if working:
        response["Refresh"] = "5"  # a plain HTTP refresh while it builds; no script needed
    return response


@require_GET
@staff_required(roles=ANALYTICS_ROLES)
def release_download(request: HttpRequest, pk: int) -> FileResponse:
    member = signed_in(request).member
    release = get_release_for_member(member, pk)
    name = request.GET.get("file", "")
    path = releases.file_path(release, name)
    if path is None:
        raise Http404
    record(
        EventTag.DATASET_RELEASE_DOWNLOAD,
        actor=member,
        subject=release,
        payload={"file": name},
    )
    suffix = path.suffix if path.suffix else ".txt"
    response = FileResponse(
        path.open("rb"),
        as_attachment=True,
        filename=f"amanat-release-{release.number}-{name}",
        content_type=CONTENT_TYPES.get(suffix, "text/plain; charset=utf-8"),
    )
    response["X-Content-Type-Options"] = "nosniff"
    return response
