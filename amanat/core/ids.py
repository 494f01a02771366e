"""Random public ids for reports and incidents: what URLs and pages show instead of row numbers.

A sequential id tells anyone who sees two of them how many reports arrived in between, and
invites guessing the next one. A public id is 12 characters from an alphabet without look-alikes
(about 59 bits), drawn from ``secrets``; row numbers stay internal.
"""

from __future__ import annotations

import secrets
from typing import Any

from django import forms

ALPHABET = "23456789abcdefghjkmnpqrstuvwxyz"
LENGTH = 12


def new_public_id() -> str:
    return random_string(LENGTH, ALPHABET)


def random_string(length: int, allowed_chars: str = ALPHABET) -> str:
    """``length`` characters drawn uniformly from ``allowed_chars`` (at most 256 of them).

    One read of the system's random source for the whole string, where ``secrets.choice`` makes
    one system call per character: each call lets the other threads of a gunicorn worker take
    the interpreter and hand it back, and a page with a fresh CSRF token made 64 of them
    (issue #14; core/csrf.py). Bytes at or above the largest multiple of the alphabet's size are
    skipped, so every character stays equally likely.
    """
    size = len(allowed_chars)
    if not 0 < size <= 256:
        raise ValueError("the alphabet must have between 1 and 256 characters")
    limit = 256 - 256 % size
    chars: list[str] = []
    while len(chars) < length:
        chars += [allowed_chars[b % size] for b in secrets.token_bytes(2 * length) if b < limit]
    return "".join(chars[:length])


class PublicIdConverter:
    """The ``<pid:...>`` URL segment: a public id, or the URL does not match (404)."""

    regex = f"[{ALPHABET}]{{{LENGTH}}}"

    def to_python(self, value: str) -> str:
        return value

    def to_url(self, value: str) -> str:
        return value


class PublicIdField(forms.CharField):
    """A report or incident as staff see it named ("#k3m9…"): its public id, never a row number."""

    def to_python(self, value: Any) -> Any:
        text = super().to_python(value)
        return text if text in self.empty_values else str(text).strip().lstrip("#").lower()


def add_public_id_column(schema_editor: Any, table: str) -> None:
    """Migration step: add ``public_id`` to a table that has rows, each row a fresh id.

    Raw SQL on purpose: adding a unique column through the ORM makes SQLite rebuild the table,
    which would drop the dataset's triggers on it (dataset migration 0002).
    """
    quote = schema_editor.quote_name
    schema_editor.execute(
        f"ALTER TABLE {quote(table)} ADD COLUMN {quote('public_id')} varchar({LENGTH}) NULL"
    )
    with schema_editor.connection.cursor() as cursor:
        cursor.execute(f"SELECT {quote('id')} FROM {quote(table)}")  # noqa: S608 - our table
        for (pk,) in cursor.fetchall():
            cursor.execute(
                f"UPDATE {quote(table)} SET {quote('public_id')} = %s WHERE {quote('id')} = %s",  # noqa: S608 - our table
                [new_public_id(), pk],
            )
    schema_editor.execute(
        f"CREATE UNIQUE INDEX {quote(table + '_public_id_uniq')} ON {quote(table)} "
        f"({quote('public_id')})"
    )
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(
            f"ALTER TABLE {quote(table)} ALTER COLUMN {quote('public_id')} SET NOT NULL"
        )


def drop_public_id_column(schema_editor: Any, table: str) -> None:
    quote = schema_editor.quote_name
    schema_editor.execute(f"DROP INDEX {quote(table + '_public_id_uniq')}")
    schema_editor.execute(f"ALTER TABLE {quote(table)} DROP COLUMN {quote('public_id')}")
