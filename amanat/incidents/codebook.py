"""The codebook as data: its JSON files, their checks, and lookups of a loaded version.

The taxonomy (design/taxonomy.md) lives in ``incidents/codebooks/v<N>.json`` and is copied into
``Codebook``/``Code`` rows by a data migration. A file, once released, never changes: a new
taxonomy is a new file and a new migration, and every incident keeps the version it was coded
with. Code never branches on what a code means, except for the few codes the workflow itself
needs (:data:`REQUIRED`), which every version must contain.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from django.core.exceptions import ImproperlyConfigured
from django.db import IntegrityError, transaction
from django.utils.translation import get_language

from amanat.core import names
from amanat.core.time import today
from amanat.incidents.models import Code, Codebook

CODEBOOK_DIR = Path(__file__).resolve().parent / "codebooks"

STAGE = "stage"
TACTIC = "tactic"
TACTIC_FAMILY = "tactic_family"
COMMUNITY = "community"
PERPETRATOR = "perpetrator"
CHANNEL = "channel"
RESPONSE = "response"
RELATIONSHIP = "relationship"
SOURCE_KIND = "source_kind"
RECIPIENT_KIND = "recipient_kind"
REFERRAL_STATUS = "referral_status"
FIELDS = (
    STAGE,
    TACTIC_FAMILY,
    TACTIC,
    COMMUNITY,
    PERPETRATOR,
    CHANNEL,
    RESPONSE,
    RELATIONSHIP,
    SOURCE_KIND,
    RECIPIENT_KIND,
    REFERRAL_STATUS,
)
LANGUAGES = ("en", "ug", "tr", "zh-hans")
# Fields whose labels every version ships in every interface language.
FULLY_TRANSLATED = (STAGE, TACTIC_FAMILY, TACTIC)

HOTLINE_SOURCE = "hotline_report"
DRAFT = "draft"
# Codes with a meaning in code: a hotline source points at a report; a draft needs no date.
REQUIRED = {SOURCE_KIND: {HOTLINE_SOURCE}, REFERRAL_STATUS: {DRAFT}}


def read_file(version: str) -> dict[str, Any]:
    """The parsed ``v<version>.json``."""
    with (CODEBOOK_DIR / f"v{version}.json").open(encoding="utf-8") as handle:
        data: dict[str, Any] = json.load(handle)
    return data


def problems(data: Mapping[str, Any]) -> list[str]:
    """Everything wrong with a codebook file (empty when it may be loaded)."""
    found: list[str] = []
    if not isinstance(data.get("version"), str) or not data["version"]:
        found.append("version must be a non-empty string")
    fields = data.get("fields") or {}
    found += [f"missing field {name}" for name in FIELDS if not fields.get(name)]
    found += [f"unknown field {name}" for name in fields if name not in FIELDS]
    families = {entry.get("code") for entry in fields.get(TACTIC_FAMILY, [])}
    for name, entries in fields.items():
        codes = [entry.get("code") for entry in entries]
        if len(set(codes)) != len(codes):
            found.append(f"{name}: duplicate codes")
        for entry in entries:
            found += _entry_problems(name, entry, families)
        found += [
            f"{name}: required code {code} missing"
            for code in REQUIRED.get(name, set()) - set(codes)
        ]
    return found


def _entry_problems(name: str, entry: Mapping[str, Any], families: set[Any]) -> list[str]:
    code, labels = entry.get("code"), entry.get("labels") or {}
    found = []
    if not isinstance(code, str) or not code.isidentifier() or len(code) > 64:
        found.append(f"{name}: bad code {code!r}")
    wanted = LANGUAGES if name in FULLY_TRANSLATED else ("en",)
    found += [f"{name}:{code}: no {lang} label" for lang in wanted if not labels.get(lang)]
    found += [
        f"{name}:{code}: label in unknown language {lang}"
        for lang in labels
        if lang not in LANGUAGES
    ]
    if (name == TACTIC) != bool(entry.get("family")):
        found.append(f"{name}:{code}: only tactics have a family")
    elif name == TACTIC and entry["family"] not in families:
        found.append(f"{name}:{code}: unknown family {entry['family']}")
    return found


def load_rows(data: Mapping[str, Any], codebook_model: Any, code_model: Any, day: Any) -> Any:
    """Create the rows of one file (models given, so migrations pass their historical ones)."""
    wrong = problems(data)
    if wrong:
        raise ValueError("codebook file is invalid: " + "; ".join(wrong))
    book = codebook_model.objects.create(
        version=data["version"], title=data.get("title", ""), loaded_on=day
    )
    code_model.objects.bulk_create(
        code_model(
            codebook=book,
            field=name,
            code=entry["code"],
            family=entry.get("family", ""),
            labels=entry["labels"],
            description=entry.get("description", {}),
            position=position,
        )
        for name, entries in data["fields"].items()
        for position, entry in enumerate(entries)
    )
    return book


def _language(language: str | None) -> str:
    return (language or get_language() or "en").lower().replace("_", "-")


def pick_label(labels: Mapping[str, str], language: str | None = None) -> str:
    """The label in the language (``zh-hans``, ``ug``…), its base language, or English."""
    wanted = _language(language)
    return labels.get(wanted) or labels.get(wanted.split("-")[0]) or labels.get("en", "")


@dataclass(frozen=True)
class Entry:
    code: str
    family: str
    labels: Mapping[str, str]
    description: Mapping[str, str]

    def label(self, language: str | None = None) -> str:
        return pick_label(self.labels, language) or self.code


@dataclass
class Book:
    """One codebook version, loaded in one query, answering form choices and label lookups."""

    pk: int
    version: str
    fields: dict[str, list[Entry]] = field(default_factory=dict)

    @classmethod
    def of(cls, codebook: Codebook, codes: Iterable[Code]) -> Book:
        book = cls(pk=codebook.pk, version=codebook.version)
        for code in codes:
            entry = Entry(code.code, code.family, code.labels, code.description)
            book.fields.setdefault(code.field, []).append(entry)
        return book

    def entries(self, name: str) -> list[Entry]:
        return self.fields.get(name, [])

    def codes(self, name: str) -> set[str]:
        return {entry.code for entry in self.entries(name)}

    def has(self, name: str, code: str) -> bool:
        return code in self.codes(name)

    def label(self, name: str, code: str, language: str | None = None) -> str:
        for entry in self.entries(name):
            if entry.code == code:
                return entry.label(language)
        return code

    def choices(self, name: str) -> list[tuple[str, str]]:
        return [(entry.code, entry.label()) for entry in self.entries(name)]

    def grouped_choices(self, name: str) -> list[tuple[str, list[tuple[str, str]]]]:
        """Choices under their family's label, in the codebook's order (tactics)."""
        groups: dict[str, list[tuple[str, str]]] = {}
        for entry in self.entries(name):
            groups.setdefault(entry.family, []).append((entry.code, entry.label()))
        return [(self.label(TACTIC_FAMILY, family), items) for family, items in groups.items()]


def book_for(codebook: Codebook) -> Book:
    return Book.of(codebook, Code.objects.filter(codebook=codebook).order_by("field", "position"))


def _version_key(version: str) -> tuple[int, str]:
    return (int(version), "") if version.isdigit() else (-1, version)


def released_versions() -> list[str]:
    """The versions shipped as files, oldest first."""
    names = (path.stem[1:] for path in CODEBOOK_DIR.glob("v*.json"))
    return sorted(names, key=_version_key)


def ensure_loaded() -> None:
    """Load any released file missing from the database.

    The migrations load each version at deploy time; this covers a database emptied since
    (a schema-only restore, or a test run that flushes tables), so coding never finds no
    codebook. Loading is idempotent: the version is unique, a concurrent load simply wins.
    """
    have = set(Codebook.objects.values_list("version", flat=True))
    for version in released_versions():
        if version in have:
            continue
        try:
            with transaction.atomic():
                load_rows(read_file(version), Codebook, Code, today())
        except IntegrityError:
            continue


def current() -> Book:
    """The newest version: what new coding uses."""
    books = list(Codebook.objects.all())
    if not books:
        ensure_loaded()
        books = list(Codebook.objects.all())
    if not books:
        raise ImproperlyConfigured("no codebook file in incidents/codebooks/")
    return book_for(max(books, key=lambda book: _version_key(book.version)))


COUNTRY_CODES = frozenset(names.territories("en"))


def country_choices(language: str | None = None) -> list[tuple[str, str]]:
    """ISO 3166-1 alpha-2 countries, named and ordered as readers of the language expect."""
    return list(_country_choices(names.language_code(language)))


@cache
def _country_choices(language: str) -> tuple[tuple[str, str], ...]:
    named = names.territories(language)
    ordered = names.collated(COUNTRY_CODES, lambda iso: named.get(iso, iso), language)
    return tuple((iso, f"{named.get(iso, iso)} ({iso})") for iso in ordered)


def country_name(code: str, language: str | None = None) -> str:
    return names.country_name(code, language)
