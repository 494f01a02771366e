"""Dataset files: CSV, JSON, Parquet and XLSX writers that take one row at a time.

Each writer holds at most one Parquet row group (or nothing) in memory, so a release build
writes every format in one pass over the database, and a download streams in constant memory
(``stream`` hands each writer's output on as it grows).

Every text cell of a CSV or XLSX file goes through :func:`neutralise` first: a spreadsheet
treats a cell starting with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return as a formula
(OWASP "CSV injection"), so such a cell is prefixed with an apostrophe. Codes are identifiers
and never start so, but labels, headers and imported text might.
"""

from __future__ import annotations

import csv
import io
import json
import re
import zipfile
from collections.abc import Callable, Iterable, Iterator
from datetime import date
from pathlib import Path
from typing import IO, Any

import pyarrow as pa
import pyarrow.parquet as pq
from openpyxl import Workbook

from amanat.core.spreadsheet import FORMULA_STARTS, neutralise
from amanat.dataset.releases.rows import CodedRow
from amanat.dataset.schema import CHANNEL_SEPARATOR, Schema

_STARTS = frozenset(FORMULA_STARTS)
PARQUET_GROUP = 50_000
XLSX_MAX_ROWS = 100_000  # beyond this, XLSX is slow to write and to open: use CSV or Parquet


def flat(row: CodedRow, schema: Schema) -> list[Any]:
    """The row in column order (``schema.names()``): tactic flags, channels joined."""
    unknown = set(row.tactics) - set(schema.tactics)
    if unknown:
        raise ValueError(f"tactic codes outside every codebook: {sorted(unknown)}")
    return [
        row.incident_code,
        row.year,
        row.date_precision,
        row.host_country,
        row.origin_state,
        row.community,
        row.stage,
        *[1 if code in row.tactics else 0 for code in schema.tactics],
        row.perpetrator,
        CHANNEL_SEPARATOR.join(row.channels),
        row.response,
        row.verification,
        row.sensitivity,
        row.source_count,
        row.codebook_version,
        1 if row.synthetic else 0,
    ]


def as_json(row: CodedRow) -> dict[str, Any]:
    return {
        "incident_code": row.incident_code,
        "year": row.year,
        "date_precision": row.date_precision,
        "host_country": row.host_country,
        "origin_state": row.origin_state,
        "community": row.community,
        "stage": row.stage,
        "tactics": list(row.tactics),
        "perpetrator": row.perpetrator,
        "channels": list(row.channels),
        "response": row.response,
        "verification": row.verification,
        "sensitivity": row.sensitivity,
        "source_count": row.source_count,
        "codebook_version": row.codebook_version,
        "synthetic": row.synthetic,
    }


def json_text(row: CodedRow) -> str:
    """The row as compact JSON, keys in dictionary order (so the text is stable)."""
    return json.dumps(as_json(row), ensure_ascii=False, separators=(",", ":"))


class CsvWriter:
    def __init__(self, target: IO[str], schema: Schema | None = None) -> None:
        self.schema = schema
        self.writer = csv.writer(target)
        if schema is not None:
            self.writer.writerow(schema.names())

    def table_row(self, values: Iterable[Any]) -> None:
        self.writer.writerow(
            [
                "" if v is None else "'" + v if type(v) is str and v[:1] in _STARTS else v
                for v in values
            ]
        )  # neutralise() inlined: a million-row export calls it 40 million times

    def add(self, row: CodedRow) -> None:
        if self.schema is None:  # set by the constructor; add() before it is a programming error
            raise RuntimeError("a table writer needs its schema before rows")
        self.table_row(flat(row, self.schema))

    def close(self) -> None:
        return None


class JsonWriter:
    """``{...meta, "incidents": [ ... ]}``, one incident object per line."""

    def __init__(self, target: IO[str], meta: dict[str, Any]) -> None:
        self.target = target
        self.first = True
        head = json.dumps({**meta, "incidents": []}, ensure_ascii=False, separators=(",", ":"))
        target.write(head[: -len("[]}")] + "[\n")

    def add(self, row: CodedRow) -> None:
        self.add_text(json_text(row))

    def add_text(self, text: str) -> None:
        """A row already encoded by :func:`json_text` (a release hashes the same text)."""
        self.target.write(text if self.first else ",\n" + text)
        self.first = False

    def close(self) -> None:
        self.target.write("\n]}\n")


def arrow_schema(schema: Schema, metadata: dict[str, str] | None = None) -> pa.Schema:
    kinds = {
        "string": pa.string(),
        "integer": pa.int32(),
        "flag": pa.int8(),
        "codes": pa.list_(pa.string()),
    }
    fields = [pa.field(c.name, kinds[c.kind]) for c in schema.columns()]
    fields[1] = pa.field("year", pa.int16())
    return pa.schema(fields, metadata=metadata)


class ParquetWriter:
    """Row groups of :data:`PARQUET_GROUP` rows, zstd-compressed; channels as a list column."""

    def __init__(
        self,
        target: Any,
        schema: Schema,
        *,
        group: int = PARQUET_GROUP,
        metadata: dict[str, str] | None = None,
    ) -> None:
        self.schema, self.group = schema, group
        self.target_schema = arrow_schema(schema, metadata)
        self.channels = self.target_schema.names.index("channels")
        self.pending: list[list[Any]] = []
        self.writer = pq.ParquetWriter(target, self.target_schema, compression="zstd")
        self.groups = 0

    def add(self, row: CodedRow) -> None:
        values = flat(row, self.schema)
        values[self.channels] = list(row.channels)
        self.pending.append(values)
        if len(self.pending) >= self.group:
            self.flush()

    def flush(self) -> None:
        columns = list(zip(*self.pending, strict=True)) if self.pending else []
        data = {
            name: list(columns[i]) if columns else []
            for i, name in enumerate(self.target_schema.names)
        }
        self.writer.write_batch(pa.RecordBatch.from_pydict(data, schema=self.target_schema))
        self.pending = []
        self.groups += 1

    def close(self) -> None:
        if self.pending or not self.groups:
            self.flush()
        self.writer.close()


class XlsxWriter:
    """One sheet in openpyxl's write-only mode (rows go to a temporary zip member).

    ``stamp``: the date written as the workbook's creation and modification time and as every
    zip member's time, instead of "now", so building the same release twice gives the same
    bytes (reproducible releases)."""

    def __init__(self, path: Path, schema: Schema, stamp: date | None = None) -> None:
        self.path, self.schema, self.stamp = path, schema, stamp
        self.book = Workbook(write_only=True)
        self.sheet = self.book.create_sheet("incidents")
        self.sheet.append(schema.names())

    def add(self, row: CodedRow) -> None:
        self.sheet.append([neutralise(value) for value in flat(row, self.schema)])

    def close(self) -> None:
        self.book.save(self.path)
        if self.stamp is not None:
            _restamp_zip(self.path, self.stamp)


def _restamp_zip(path: Path, stamp: date) -> None:
    """Rewrite a zip with fixed member times and fixed core-property dates."""
    when = (max(stamp.year, 1980), stamp.month, stamp.day, 0, 0, 0)
    iso = f"{stamp.isoformat()}T00:00:00Z"
    with zipfile.ZipFile(path) as source:
        members = [(info.filename, source.read(info)) for info in source.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for name, data in members:
            if name == "docProps/core.xml":
                pattern = rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*"
                data = re.sub(pattern, rb"\g<1>" + iso.encode(), data)
            target.writestr(zipfile.ZipInfo(name, date_time=when), data, zipfile.ZIP_DEFLATED)


class _Sink(io.RawIOBase):
    """Collects bytes a writer produced until they are handed on (streamed downloads)."""

    def __init__(self) -> None:
        self.parts: list[bytes] = []
        self.position = 0

    def writable(self) -> bool:
        return True

    def write(self, data: Any) -> int:
        chunk = bytes(data)
        self.parts.append(chunk)
        self.position += len(chunk)
        return len(chunk)

    def tell(self) -> int:
        return self.position

    def take(self) -> bytes:
        data, self.parts = b"".join(self.parts), []
        return data


class _TextSink(io.StringIO):
    def take(self) -> bytes:
        data = self.getvalue()
        self.seek(0)
        self.truncate()
        return data.encode("utf-8")


def stream(
    rows: Iterable[CodedRow], fmt: str, schema: Schema, meta: dict[str, Any], *, every: int = 500
) -> Iterator[bytes]:
    """A download in ``csv``, ``json`` or ``parquet``, yielded as the writer produces it."""
    sink: Any = _Sink() if fmt == "parquet" else _TextSink()
    make: dict[str, Callable[[], Any]] = {
        "csv": lambda: CsvWriter(sink, schema),
        "json": lambda: JsonWriter(sink, meta),
        "parquet": lambda: ParquetWriter(pa.PythonFile(sink, mode="w"), schema),
    }
    writer = make[fmt]()
    for count, row in enumerate(rows, start=1):
        writer.add(row)
        if count % every == 0 and (chunk := sink.take()):
            yield chunk
    writer.close()
    yield sink.take()


def csv_table(rows: Iterable[Iterable[Any]]) -> bytes:
    """A small table (a breakdown, an error report) as CSV bytes, text cells neutralised."""
    sink = _TextSink()
    writer = CsvWriter(sink)
    for row in rows:
        writer.table_row(row)
    return sink.take()
