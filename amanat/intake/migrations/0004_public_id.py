"""Random public ids for reports (issue 11): URLs and pages stop showing row numbers.

Every existing row gets its own random id. The column is added with SQL (see
``core.ids.add_public_id_column``) so SQLite does not rebuild the table.
"""

from django.db import migrations, models

import amanat.core.ids

TABLE = "intake_report"


def forward(apps, schema_editor):
    amanat.core.ids.add_public_id_column(schema_editor, TABLE)


def backward(apps, schema_editor):
    amanat.core.ids.drop_public_id_column(schema_editor, TABLE)


class Migration(migrations.Migration):
    dependencies = [("intake", "0003_report_statuses_move_by_themselves")]

    operations = [
        migrations.SeparateDatabaseAndState(
            database_operations=[migrations.RunPython(forward, backward)],
            state_operations=[
                migrations.AddField(
                    model_name="report",
                    name="public_id",
                    field=models.CharField(default=amanat.core.ids.new_public_id, editable=False, max_length=12, unique=True),
                ),
            ],
        )
    ]
