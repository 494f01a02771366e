"""Organisations, recovery keys, envelopes and sealed keys now belong to the ``keys`` app.

State only (the tables keep their names, see ``keys.0001``): staff members point at
``keys.Organisation``, and the four models leave the ``accounts`` state once every other app
points at ``keys``. Audit entries name their subject by model label, so the labels of the moved
models are renamed in the log too: an organisation's history stays one history.
"""

import django.db.models.deletion
from django.db import migrations, models

MOVED = ["organisation", "recoverykey", "envelope", "sealedkey"]


def _relabel(apps, old: str, new: str) -> None:
    entries = apps.get_model("audit", "AuditEntry").objects
    for name in MOVED:
        entries.filter(subject_type=f"{old}.{name}").update(subject_type=f"{new}.{name}")


def forward(apps, schema_editor) -> None:
    _relabel(apps, "accounts", "keys")


def backward(apps, schema_editor) -> None:
    _relabel(apps, "keys", "accounts")


class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0001_initial"),
        ("audit", "0001_initial"),
        ("keys", "0001_initial"),
        ("casework", "0004_keys_moved_out_of_accounts"),
        ("dataset", "0003_keys_moved_out_of_accounts"),
        ("indicators", "0002_keys_moved_out_of_accounts"),
        ("intake", "0002_keys_moved_out_of_accounts"),
        ("monitor", "0002_keys_moved_out_of_accounts"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.AlterField(
                    model_name="staffmember",
                    name="organisation",
                    field=models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name="staff", to="keys.organisation"),
                ),
                migrations.DeleteModel(name="SealedKey"),
                migrations.DeleteModel(name="Envelope"),
                migrations.DeleteModel(name="RecoveryKey"),
                migrations.DeleteModel(name="Organisation"),
            ]
        ),
        migrations.RunPython(forward, backward),
    ]
