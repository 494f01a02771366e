"""Database triggers that log which incident every write touched (dataset_changedincident).

A cached analytics snapshot then re-reads only those incidents after a write (``snapshot.py``)
instead of rebuilding. Like ``0002``, triggers see every code path (ORM, bulk_create,
QuerySet.update, raw SQL). Row triggers on both databases (the log needs the incident id); on
PostgreSQL a TRUNCATE, which fires no row trigger, logs incident -1: "everything changed", so
every cached snapshot is rebuilt.
"""

from django.db import migrations

# (app, model, column holding the incident id)
LOGGED = [
    ("incidents", "Incident", "id"),
    ("incidents", "IncidentTactic", "incident_id"),
    ("dataset", "ImportedRow", "incident_id"),
]
LOG = "dataset_changedincident"


def _tables(apps):
    return [(apps.get_model(app, model)._meta.db_table, column) for app, model, column in LOGGED]


def create(apps, schema_editor):
    vendor = schema_editor.connection.vendor
    if vendor == "sqlite":
        for table, column in _tables(apps):
            for event, row in (("INSERT", "NEW"), ("UPDATE", "NEW"), ("DELETE", "OLD")):
                moved = (
                    f"INSERT INTO {LOG}(incident_id) SELECT OLD.{column} "
                    f"WHERE OLD.{column} IS NOT NEW.{column}; "
                    if event == "UPDATE"
                    else ""
                )
                schema_editor.execute(
                    f"CREATE TRIGGER IF NOT EXISTS dataset_log_{table}_{event.lower()} "
                    f"AFTER {event} ON {table} BEGIN "
                    f"INSERT INTO {LOG}(incident_id) VALUES ({row}.{column}); {moved}END"
                )
    elif vendor == "postgresql":
        for table, column in _tables(apps):
            schema_editor.execute(
                f"CREATE OR REPLACE FUNCTION dataset_log_{table}() RETURNS trigger AS $$ BEGIN "
                f"IF TG_OP <> 'INSERT' THEN INSERT INTO {LOG}(incident_id) VALUES (OLD.{column}); "
                f"END IF; IF TG_OP <> 'DELETE' THEN INSERT INTO {LOG}(incident_id) "
                f"VALUES (NEW.{column}); END IF; RETURN NULL; END; $$ LANGUAGE plpgsql"
            )
            schema_editor.execute(
                f"CREATE TRIGGER dataset_log_{table} AFTER INSERT OR UPDATE OR DELETE ON {table} "
                f"FOR EACH ROW EXECUTE FUNCTION dataset_log_{table}()"
            )
        schema_editor.execute(
            "CREATE OR REPLACE FUNCTION dataset_log_truncated() RETURNS trigger AS $$ BEGIN "
            f"INSERT INTO {LOG}(incident_id) VALUES (-1); RETURN NULL; END; $$ LANGUAGE plpgsql"
        )
        for table, _column in _tables(apps):
            schema_editor.execute(
                f"CREATE TRIGGER dataset_log_truncate_{table} AFTER TRUNCATE ON {table} "
                "FOR EACH STATEMENT EXECUTE FUNCTION dataset_log_truncated()"
            )
    else:  # pragma: no cover - only SQLite and PostgreSQL are supported
        raise RuntimeError(f"unsupported database {vendor}")


def drop(apps, schema_editor):
    vendor = schema_editor.connection.vendor
    for table, _column in _tables(apps):
        if vendor == "sqlite":
            for event in ("insert", "update", "delete"):
                schema_editor.execute(f"DROP TRIGGER IF EXISTS dataset_log_{table}_{event}")
        elif vendor == "postgresql":
            schema_editor.execute(f"DROP TRIGGER IF EXISTS dataset_log_{table} ON {table}")
            schema_editor.execute(f"DROP TRIGGER IF EXISTS dataset_log_truncate_{table} ON {table}")
            schema_editor.execute(f"DROP FUNCTION IF EXISTS dataset_log_{table}()")
    if vendor == "postgresql":
        schema_editor.execute("DROP FUNCTION IF EXISTS dataset_log_truncated()")


class Migration(migrations.Migration):
    dependencies = [
        ("dataset", "0006_incident_change_log"),
        ("incidents", "0001_initial"),
    ]

    operations = [migrations.RunPython(create, drop)]
