"""Import pages: upload a CSV or XLSX, map its columns, dry-run, then import (or not)."""

from __future__ import annotations

from typing import Any

from django import forms
from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_http_methods

from amanat.accounts.access import signed_in, staff_required
from amanat.audit.actions import record
from amanat.audit.tags import EventTag
from amanat.dataset import importer, stash
from amanat.dataset.access import IMPORT_ROLES
from amanat.dataset.import_file import ImportRefused, read
from amanat.dataset.models import ImportBatch, ImportFormat
from amanat.dataset.writers import csv_table

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


def _normal(text: str) -> str:
    return "".join(ch for ch in text.casefold() if ch.isalnum())


class MappingForm(forms.Form):
    """For each target field: a source column, or a value for every row."""

    def __init__(self, *args: Any, headers: list[str], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        choices = [("", "—"), *((str(i), header) for i, header in enumerate(headers))]
        guesses = {_normal(header): str(i) for i, header in enumerate(headers)}
        for target, spec in importer.TARGETS.items():
            self.fields[f"col_{target}"] = forms.ChoiceField(
                choices=choices, required=False, label=spec.label,
                initial=guesses.get(_normal(target), ""),
            )  # fmt: skip
            self.fields[f"fixed_{target}"] = forms.CharField(
                required=False, max_length=200, label=_("or the same value for every row")
            )

    def rows(self) -> list[tuple[str, Any, forms.BoundField, forms.BoundField]]:
        return [
            (target, spec.label, self[f"col_{target}"], self[f"fixed_{target}"])
            for target, spec in importer.TARGETS.items()
        ]

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        for target in importer.TARGETS:
            column, fixed = data.get(f"col_{target}"), data.get(f"fixed_{target}")
            if column and fixed:
                self.add_error(f"fixed_{target}", _("Choose a column or a value, not both."))
            if target in importer.REQUIRED and not column and not fixed:
                self.add_error(f"col_{target}", _("Map this field to a column or give a value."))
        return data

    def mapping(self) -> importer.Mapping:
        data = self.cleaned_data
        columns = {t: int(data[f"col_{t}"]) for t in importer.TARGETS if data.get(f"col_{t}")}
        fixed = {t: data[f"fixed_{t}"] for t in importer.TARGETS if data.get(f"fixed_{t}")}
        return importer.Mapping(columns=columns, fixed=fixed)


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
    form = MappingForm(request.POST or None, headers=table.headers)
    context: dict[str, Any] = {"form": form, "upload": saved, "headers": table.headers,
                               "rows": len(table.rows), "preview": table.rows[:5]}  # fmt: skip
    if request.method != "POST":
        return render(request, "dataset/import_map.html", context)
    if not form.is_valid():
        return render(request, "dataset/import_map.html", context, status=400)
    chosen = form.mapping()
    action = request.POST.get("action", "dry_run")
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
    record(EventTag.DATASET_IMPORT_DRY_RUN, actor=member.user, subject=saved,
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
