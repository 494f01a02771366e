"""Organisations, recovery keys, envelopes and sealed keys move here from ``accounts``.

State only: the tables keep their ``accounts_*`` names (``db_table``), so no row moves. A database
migrated before the move and an empty one reach the same schema. ``accounts.0002`` then drops
the models from the ``accounts`` state once every app points its keys here.
"""

import django.db.models.deletion
from django.db import migrations, models

STATE = [
    migrations.CreateModel(
        name="Organisation",
        fields=[
            ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
            ("slug", models.SlugField(unique=True)),
            ("name", models.CharField(max_length=200)),
        ],
        options={"db_table": "accounts_organisation"},
    ),
    migrations.CreateModel(
        name="Envelope",
        fields=[
            ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
            ("purpose", models.CharField(max_length=32)),
            ("organisation", models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name="+", to="keys.organisation")),
        ],
        options={"db_table": "accounts_envelope"},
    ),
    migrations.CreateModel(
        name="RecoveryKey",
        fields=[
            ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
            ("public_key", models.BinaryField(max_length=32)),
            ("created_on", models.DateField()),
            ("organisation", models.OneToOneField(on_delete=django.db.models.deletion.CASCADE, related_name="recovery_key", to="keys.organisation")),
        ],
        options={"db_table": "accounts_recoverykey"},
    ),
    migrations.CreateModel(
        name="SealedKey",
        fields=[
            ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
            ("recipient", models.CharField(choices=[("staff", "Staff member"), ("recovery", "Organisation recovery key"), ("reporter", "Reporter (receipt holder)")], max_length=16)),
            ("sealed", models.BinaryField()),
            ("envelope", models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name="sealed_keys", to="keys.envelope")),
            ("staff_member", models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.CASCADE, related_name="sealed_keys", to="accounts.staffmember")),
        ],
        options={
            "db_table": "accounts_sealedkey",
            "constraints": [models.UniqueConstraint(fields=("envelope", "staff_member"), name="one_seal_per_staff"), models.CheckConstraint(condition=models.Q(models.Q(("recipient", "staff"), ("staff_member__isnull", False)), models.Q(models.Q(("recipient", "staff"), _negated=True), ("staff_member__isnull", True)), _connector="OR"), name="staff_seal_names_member")],
        },
    ),
]


class Migration(migrations.Migration):
    initial = True

    dependencies = [("accounts", "0001_initial")]

    operations = [migrations.SeparateDatabaseAndState(state_operations=STATE)]
