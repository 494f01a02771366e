"""Database triggers that raise DataVersion.value on every write the dataset reads.

Analytics snapshots (dataset/snapshot.py) are tagged with this value; triggers see every code
path (ORM saves, bulk_create, QuerySet.update, raw SQL), so a snapshot is never served stale.
SQLite has row triggers only; PostgreSQL uses one statement trigger per table (one bump per
statement, however many rows), including TRUNCATE.
"""

from django.db import migrations

WATCHED = [
    ("casework", "Incident"),
    ("casework", "IncidentTactic"),
    ("casework", "IncidentChannel"),
    ("casework", "Source"),
    ("dataset", "ImportedRow"),
]
BUMP = "UPDATE dataset_dataversion SET value = value + 1 WHERE id = 1"


def _tables(apps):
    return [apps.get_model(app, model)._meta.db_table for app, model in WATCHED]


def create(apps, schema_editor):
    apps.get_model("dataset", "DataVersion").objects.get_or_create(pk=1)
    vendor = schema_editor.connection.vendor
    if vendor == "sqlite":
        for table in _tables(apps):
            for event in ("INSERT", "UPDATE", "DELETE"):
                schema_editor.execute(
                    f"CREATE TRIGGER IF NOT EXISTS dataset_bump_{table}_{event.lower()} "
                    f"AFTER {event} ON {table} BEGIN {BUMP}; END"
                )
    elif vendor == "postgresql":
        schema_editor.execute(
            "CREATE OR REPLACE FUNCTION dataset_bump_version() RETURNS trigger AS $$ "
            f"BEGIN {BUMP}; RETURN NULL; END; $$ LANGUAGE plpgsql"
        )
        for table in _tables(apps):
            schema_editor.execute(
                f"CREATE TRIGGER dataset_bump_{table} AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE "
                f"ON {table} FOR EACH STATEMENT EXECUTE FUNCTION dataset_bump_version()"
            )
    else:  # pragma: no cover - only SQLite and PostgreSQL are supported
        raise RuntimeError(f"unsupported database {vendor}")


def drop(apps, schema_editor):
    vendor = schema_editor.connection.vendor
    for table in _tables(apps):
        if vendor == "sqlite":
            for event in ("insert", "update", "delete"):
                schema_editor.execute(f"DROP TRIGGER IF EXISTS dataset_bump_{table}_{event}")
        elif vendor == "postgresql":
            schema_editor.execute(f"DROP TRIGGER IF EXISTS dataset_bump_{table} ON {table}")
    if vendor == "postgresql":
        schema_editor.execute("DROP FUNCTION IF EXISTS dataset_bump_version()")


class Migration(migrations.Migration):
    dependencies = [
        ("dataset", "0001_initial"),
        ("casework", "0003_codebook_v1"),
    ]

    operations = [migrations.RunPython(create, drop)]
