"""The read-only staff JSON API (django-ninja), with its OpenAPI document at
``/staff/api/openapi.json``.

Authentication is the staff session itself, with ``staff_required``'s rules: only a fully
signed-in member (password and second factor, current session epoch, no pending password
change) of a role that sees coded incidents; anyone else gets 401, a signed-in member of
another role 403 (audited). Every endpoint is GET and answers coded fields or aggregates only;
lists start from ``incidents_visible_to`` like every page. There is no interactive docs page:
it would load scripts from a CDN.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from django.conf import settings
from django.core import signing
from django.http import Http404, HttpRequest, QueryDict
from ninja import NinjaAPI, Query, Schema
from ninja.errors import HttpError
from ninja.security import APIKeyCookie
from pydantic import Field

from amanat.accounts.access import current_member, staff_required
from amanat.audit.actions import record
from amanat.audit.tags import EventTag
from amanat.dataset import filters, schema
from amanat.dataset.access import ANALYTICS_ROLES, get_release_for_member, releases_visible_to
from amanat.dataset.analytics import breakdowns, snapshot
from amanat.dataset.filters import FIRST_YEAR, LAST_YEAR, DatasetFilter
from amanat.dataset.releases.rows import coded_rows, organisation_key
from amanat.dataset.releases.writers import as_json
from amanat.incidents import codebook
from amanat.incidents.models import Codebook

CURSOR_SALT = "amanat.dataset.analytics.api.cursor"


class StaffSession(APIKeyCookie):
    """The staff session cookie, checked as ``staff_required`` checks it."""

    param_name = str(settings.STAFF_SESSION_COOKIE)

    def authenticate(self, request: HttpRequest, key: str | None) -> Any:
        signed = current_member(request)
        if signed is None or signed.member.must_change_password:
            return None
        if signed.member.role not in ANALYTICS_ROLES:
            record(
                EventTag.ACCOUNTS_ACCESS_DENIED,
                actor=signed.member,
                payload={"kind": "api", "pk": request.path},
            )
            raise HttpError(403, "This role does not read the dataset.")
        request.staff = signed  # type: ignore[attr-defined]  # set on the request by staff_required
        return signed.member


api = NinjaAPI(
    title="Amanat staff dataset API",
    version="1",
    description="Read-only coded incidents, breakdowns and releases. Never identifying fields.",
    auth=StaffSession(),
    urls_namespace="dataset-api",
    docs_url=None,
    openapi_url="/openapi.json",
    docs_decorator=staff_required(roles=ANALYTICS_ROLES),
)


class Problem(Schema):
    detail: str


Code = Annotated[str, Field(max_length=64)]
Country = Annotated[str, Field(pattern="^[A-Z]{2}$")]


class FilterQuery(Schema):
    """The dashboard's filter; codes are checked against the codebook (422 if unknown)."""

    year_from: int | None = Field(None, ge=FIRST_YEAR, le=LAST_YEAR)
    year_to: int | None = Field(None, ge=FIRST_YEAR, le=LAST_YEAR)
    host_countries: list[Country] = Field(default_factory=list, max_length=300)
    origin_states: list[Country] = Field(default_factory=list, max_length=300)
    communities: list[Code] = Field(default_factory=list, max_length=100)
    tactics: list[Code] = Field(default_factory=list, max_length=100)
    stages: list[Code] = Field(default_factory=list, max_length=100)
    verifications: list[Literal["unverified", "corroborated", "verified"]] = Field(
        default_factory=list
    )
    sensitivities: list[Literal["public", "restricted", "confidential"]] = Field(
        default_factory=list
    )
    synthetic: Literal["", "exclude", "only"] = ""


class Incident(Schema):
    incident_code: str
    year: int | None
    date_precision: str
    host_country: str
    origin_state: str
    community: str
    stage: str
    tactics: list[str]
    perpetrator: str
    channels: list[str]
    response: str
    verification: str
    sensitivity: str
    source_count: int
    codebook_version: str
    synthetic: bool


class IncidentPage(Schema):
    incidents: list[Incident]
    next: str | None


class CellOut(Schema):
    code: str
    label: str
    count: int


class BreakdownOut(Schema):
    key: str
    title: str
    cells: list[CellOut]


class Breakdowns(Schema):
    total: int
    synthetic: int
    breakdowns: dict[str, BreakdownOut]


class FileOut(Schema):
    name: str
    bytes: int
    sha256: str


class ReleaseOut(Schema):
    id: int
    number: int
    title: str
    status: str
    created_on: str
    codebook_version: str
    filters: dict[str, Any]
    row_count: int
    synthetic_rows: int
    public: bool
    files: list[FileOut]
    changelog: dict[str, Any]


ERRORS: dict[int, Any] = {401: Problem, 403: Problem, 422: Problem}


def _member(request: HttpRequest) -> Any:
    return request.staff.member  # type: ignore[attr-defined]  # set on the request by staff_required


def _selection(query: FilterQuery) -> DatasetFilter:
    """The filter through the same form as the dashboard (codes checked against the codebook)."""
    data = QueryDict(mutable=True)
    for name, value in query.dict().items():
        if isinstance(value, list):
            data.setlist(name, [str(v) for v in value])
        elif value not in (None, ""):
            data[name] = str(value)
    form = filters.FilterForm(data, book=codebook.current())
    if not form.is_valid():
        fields = ", ".join(sorted(form.errors))
        raise HttpError(422, f"Invalid filter: {fields}.")
    return form.to_filter()


@api.get("/incidents", response={200: IncidentPage, **ERRORS}, url_name="incidents")
def incidents(
    request: HttpRequest,
    query: Query[FilterQuery],
    cursor: Annotated[str, Query("", max_length=200)],
    limit: Annotated[int, Query(100, ge=1, le=500)],
) -> Any:
    """Coded incidents matching the filter, in a stable order, ``limit`` at a time; pass
    ``next`` back as ``cursor`` for the following page."""
    member = _member(request)
    after = 0
    if cursor:
        try:
            after = int(signing.loads(cursor, salt=CURSOR_SALT))
        except (signing.BadSignature, ValueError, TypeError) as exc:
            raise HttpError(422, "Invalid cursor.") from exc
    selection = _selection(query)
    chosen = selection.apply(snapshot.dataset_incidents(member)).filter(pk__gt=after)
    rows = list(coded_rows(chosen, organisation_key(member.organisation_id), limit=limit + 1))
    page, more = rows[:limit], len(rows) > limit
    record(EventTag.DATASET_API_READ, actor=member, payload={"endpoint": "incidents"})
    following = signing.dumps(page[-1].pk, salt=CURSOR_SALT) if more and page else None
    return {"incidents": [as_json(row) for row in page], "next": following}


@api.get("/breakdowns", response={200: Breakdowns, **ERRORS}, url_name="breakdowns")
def breakdown_counts(request: HttpRequest, query: Query[FilterQuery]) -> Any:
    """Counts by year, host country, tactic and stage (as on the dashboard)."""
    member = _member(request)
    book = codebook.current()
    result = breakdowns.compute(snapshot.for_member(member), _selection(query), book)
    return {
        "total": result.total,
        "synthetic": result.synthetic,
        "breakdowns": {key: b.as_json() for key, b in result.breakdowns.items()},
    }


def _release(release: Any) -> dict[str, Any]:
    return {
        "id": release.pk,
        "number": release.number,
        "title": release.title,
        "status": release.status,
        "created_on": release.created_on.isoformat(),
        "codebook_version": release.codebook.version,
        "filters": release.filters,
        "row_count": release.row_count,
        "synthetic_rows": release.synthetic_rows,
        "public": release.public,
        "files": release.files,
        "changelog": release.changelog,
    }


@api.get("/releases", response={200: list[ReleaseOut], **ERRORS}, url_name="releases")
def release_list(request: HttpRequest) -> Any:
    found = releases_visible_to(_member(request)).select_related("codebook")[:200]
    return [_release(release) for release in found]


@api.get(
    # {pk}, not {int:pk}: a malformed id reaches ninja (422 in JSON), not Django's HTML 404.
    "/releases/{pk}",
    response={200: ReleaseOut, 404: Problem, **ERRORS},
    url_name="release",
)
def release_detail(request: HttpRequest, pk: int) -> Any:
    try:
        return _release(get_release_for_member(_member(request), pk))
    except Http404 as exc:
        raise HttpError(404, "Not found.") from exc


@api.get("/dictionary", response={200: dict[str, Any], **ERRORS}, url_name="dictionary")
def dictionary(request: HttpRequest) -> Any:
    """The data dictionary of exports and releases, generated from the codebook."""
    return schema.dictionary(
        schema.Schema.of(codebook.book_for(cb) for cb in Codebook.objects.all())
    )
