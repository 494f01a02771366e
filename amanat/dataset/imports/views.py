"""Import pages: upload a CSV or XLSX, map its columns, dry-run, then import (or not)."""

from __future__ import annotations

import re
from typing import Any

from django import forms
from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_http_methods

from amanat.accounts.access import signed_in, staff_required
from amanat.audit.actions import record
from amanat.audit.tags import EventTag
from amanat.dataset.access import IMPORT_ROLES
from amanat.dataset.actions import MappingRefused, save_mapping
from amanat.dataset.imports import importer, stash
from amanat.dataset.imports.files import ImportRefused, read
from amanat.dataset.imports.mapping import flag_columns, suggest
from amanat.dataset.models import ImportBatch, ImportFormat, SavedMapping
from amanat.dataset.releases.writers import csv_table

SHOWN_ERRORS = 1000


class UploadForm(forms.Form):
    file = forms.FileField(label=gettext_lazy("CSV or XLSX file"))

    def clean_file(self) -> Any:
        upload = self.cleaned_data["file"]
        if upload.size > settings.DATASET_IMPORT_MAX_BYTES:
            raise forms.ValidationError(
                _("The file is larger than %(mb)d MB.")
                % {"mb": settings.DATASET_IMPORT_MAX_BYTES >> 20}
            )
        name = (upload.name or "").lower()
        if not name.endswith((".csv", ".xlsx")):
            raise forms.ValidationError(_("Upload a .csv or .xlsx file."))
        return upload


VALUE_LINE = re.compile(r"^\s*([a-z_]+)\s*:\s*(.+?)\s*=\s*(.+?)\s*$")


def _values_text(values: dict[str, dict[str, str]]) -> str:
    lines = [f"{t}: {word} = {code}" for t, table in values.items() for word, code in table.items()]
    return "\n".join(lines)


class MappingForm(forms.Form):
    """For each target field: a source column, or a value for every row; how to read tactic
    flag columns; and the file's own words for codes."""

    def __init__(
        self, *args: Any, headers: list[str], start: importer.Mapping | None = None, **kwargs: Any
    ) -> None:
        super().__init__(*args, **kwargs)
        start = start or suggest(headers)
        choices = [("", "—"), *((str(i), header) for i, header in enumerate(headers))]
        for target, spec in importer.TARGETS.items():
            column = start.columns.get(target)
            self.fields[f"col_{target}"] = forms.ChoiceField(
                choices=choices, required=False, label=spec.label,
                initial="" if column is None else str(column),
            )  # fmt: skip
            self.fields[f"fixed_{target}"] = forms.CharField(
                required=False, max_length=200, label=_("or the same value for every row"),
                initial=start.fixed.get(target, ""),
            )  # fmt: skip
        flags = len(flag_columns(headers))
        if flags:
            self.fields["tactic_flags"] = forms.BooleanField(
                required=False, initial=start.tactic_flags,
                label=_("Read tactics from the file's %(n)d tactic_… columns (1 or 0)")
                % {"n": flags},
            )  # fmt: skip
        self.fields["values"] = forms.CharField(
            required=False, max_length=20_000, initial=_values_text(start.values),
            widget=forms.Textarea(attrs={"rows": 4}),
            label=_("The file's own words for codes, one per line: “field: word = code”, "
                    "e.g. “tactics: Unlawful deportation = deportation”"),
        )  # fmt: skip

    def rows(self) -> list[tuple[str, Any, forms.BoundField, forms.BoundField]]:
        return [
            (target, spec.label, self[f"col_{target}"], self[f"fixed_{target}"])
            for target, spec in importer.TARGETS.items()
        ]

    def clean_values(self) -> dict[str, dict[str, str]]:
        values: dict[str, dict[str, str]] = {}
        for number, line in enumerate(self.cleaned_data.get("values", "").splitlines(), 1):
            if not line.strip():
                continue
            found = VALUE_LINE.match(line)
            if not found or found.group(1) not in importer.TARGETS:
                raise forms.ValidationError(
                    _("Line %(n)d is not “field: word = code” with a field of the list above.")
                    % {"n": number}
                )
            target, word, code = found.groups()
            values.setdefault(target, {})[word.casefold()] = code
        return values

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        for target in importer.TARGETS:
            column, fixed = data.get(f"col_{target}"), data.get(f"fixed_{target}")
            if column and fixed:
                self.add_error(f"fixed_{target}", _("Choose a column or a value, not both."))
            flagged = target == "tactics" and data.get("tactic_flags")
            if target in importer.REQUIRED and not column and not fixed and not flagged:
                self.add_error(f"col_{target}", _("Map this field to a column or give a value."))
        return data

    def mapping(self) -> importer.Mapping:
        data = self.cleaned_data
        columns = {t: int(data[f"col_{t}"]) for t in importer.TARGETS if data.get(f"col_{t}")}
        fixed = {t: data[f"fixed_{t}"] for t in importer.TARGETS if data.get(f"fixed_{t}")}
        return importer.Mapping(columns=columns, fixed=fixed,
                                tactic_flags=bool(data.get("tactic_flags")),
                                values=data.get("values") or {})  # fmt: skip


@require_http_methods(["GET", "POST"])
@staff_required(roles=IMPORT_ROLES)
def upload(request: HttpRequest) -> HttpResponse:
    member = signed_in(request).member
    form = UploadForm(request.POST or None, request.FILES or None)
    status = 200
    if request.method == "POST":
        status = 400
        if form.is_valid():
            data = form.cleaned_data["file"].read()
            fmt = ImportFormat.XLSX if data[:2] == b"PK" else ImportFormat.CSV
            try:
                read(data, fmt)
            except ImportRefused as exc:
                form.add_error("file", exc.message)
            else:
                saved = stash.save(request, member, data, fmt)
                return redirect("dataset:import_map", pk=saved.pk)
    batches = ImportBatch.objects.filter(organisation_id=member.organisation_id)[:20]
    context = {"form": form, "batches": batches}
    return render(request, "dataset/import_upload.html", context, status=status)


@require_http_methods(["GET", "POST"])
@staff_required(roles=IMPORT_ROLES)
def mapping(request: HttpRequest, pk: int) -> HttpResponse:
    member = signed_in(request).member
    saved, data = stash.load(request, member, pk)
    try:
        table = read(data, saved.file_format)
    except ImportRefused as exc:  # the file was checked at upload; only the limits moved
        return HttpResponse(exc.message, status=400)
    kept = SavedMapping.objects.filter(organisation_id=member.organisation_id)
    context: dict[str, Any] = {"upload": saved, "headers": table.headers, "kept": kept,
                               "rows": len(table.rows), "preview": table.rows[:5]}  # fmt: skip
    start = None
    if request.method == "GET" and request.GET.get("use", "").isdigit():
        applied = get_object_or_404(kept, pk=int(request.GET["use"]))
        start, context["missing"] = importer.Mapping.for_headers(applied.mapping, table.headers)
        context["applied"] = applied
    form = MappingForm(request.POST or None, headers=table.headers, start=start)
    context["form"] = form
    if request.method != "POST":
        return render(request, "dataset/import_map.html", context)
    if not form.is_valid():
        return render(request, "dataset/import_map.html", context, status=400)
    chosen = form.mapping()
    action = request.POST.get("action", "dry_run")
    if action == "save_mapping":
        try:
            name = request.POST.get("mapping_name", "")
            context["saved_as"] = save_mapping(member, name, chosen, table.headers).name
        except MappingRefused as exc:
            context["refused"] = exc.message
    if action in ("import", "import_valid"):
        try:
            batch, result = importer.run_import(
                saved.organisation, table, chosen, saved.file_format, actor=member,
                valid_only=action == "import_valid",
            )  # fmt: skip
        except ImportRefused as exc:
            context["refused"] = exc.message
        else:
            stash.forget(request, saved)
            return render(request, "dataset/import_done.html", {"batch": batch, "result": result})
    result = importer.dry_run(table, chosen, saved.organisation)
    saved.mapping = chosen.to_json()
    saved.save(update_fields=["mapping"])
    record(EventTag.DATASET_IMPORT_DRY_RUN, actor=member, subject=saved,
           payload={"rows": result.total, "invalid": result.invalid_rows,
                    "duplicates": result.duplicates})  # fmt: skip
    context.update(result=result, errors=result.errors[:SHOWN_ERRORS])
    return render(
        request, "dataset/import_map.html", context, status=400 if "refused" in context else 200
    )


@require_http_methods(["GET"])
@staff_required(roles=IMPORT_ROLES)
def errors_csv(request: HttpRequest, pk: int) -> HttpResponse:
    """Every row error of the last dry run, as CSV (the page shows the first thousand)."""
    member = signed_in(request).member
    saved, data = stash.load(request, member, pk)
    table = read(data, saved.file_format)
    result = importer.dry_run(table, importer.Mapping.from_json(saved.mapping), saved.organisation)
    rows: list[list[Any]] = [["row", "column", "reason"]]
    rows += [[e.row, e.column, e.reason] for e in result.errors]
    response = HttpResponse(csv_table(rows), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="import-{saved.pk}-errors.csv"'
    return response
