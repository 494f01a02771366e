"""Incident coding now belongs to the ``incidents`` app.

State only (the tables keep their names, see ``incidents.0001``): the models leave the
``casework`` state once every other app points at ``incidents``. Audit entries name their
subject by model label, so the labels of the moved models are renamed in the log too: an
incident's history stays one history.
"""

from django.db import migrations

MOVED = ["codebook", "code", "incident", "incidenttactic", "incidentchannel", "incidentreport",
         "person", "source", "referral"]


def _relabel(apps, old, new):
    entries = apps.get_model("audit", "AuditEntry").objects
    for name in MOVED:
        entries.filter(subject_type=f"{old}.{name}").update(subject_type=f"{new}.{name}")


def forward(apps, schema_editor):
    _relabel(apps, "casework", "incidents")


def backward(apps, schema_editor):
    _relabel(apps, "incidents", "casework")


class Migration(migrations.Migration):

    dependencies = [
        ('casework', '0004_keys_moved_out_of_accounts'),
        ('audit', '0001_initial'),
        ('incidents', '0001_initial'),
        ('dataset', '0004_incidents_moved_out_of_casework'),
        ('indicators', '0003_incidents_moved_out_of_casework'),
        ('monitor', '0003_incidents_moved_out_of_casework'),
        # its data migration reads casework.Code as it was
        ('stats', '0002_store_labels_with_tables'),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.RemoveField(
                    model_name='incident',
                    name='codebook',
                ),
                migrations.RemoveField(
                    model_name='incident',
                    name='envelope',
                ),
                migrations.RemoveField(
                    model_name='incident',
                    name='merged_into',
                ),
                migrations.RemoveField(
                    model_name='incident',
                    name='organisation',
                ),
                migrations.RemoveField(
                    model_name='incident',
                    name='reports',
                ),
                migrations.RemoveField(
                    model_name='incident',
                    name='suspected_duplicate_of',
                ),
                migrations.RemoveField(
                    model_name='referral',
                    name='incident',
                ),
                migrations.RemoveField(
                    model_name='incidentreport',
                    name='incident',
                ),
                migrations.RemoveField(
                    model_name='source',
                    name='incident',
                ),
                migrations.RemoveField(
                    model_name='person',
                    name='incident',
                ),
                migrations.RemoveField(
                    model_name='incidentchannel',
                    name='incident',
                ),
                migrations.RemoveField(
                    model_name='incidenttactic',
                    name='incident',
                ),
                migrations.RemoveField(
                    model_name='incidentreport',
                    name='report',
                ),
                migrations.RemoveField(
                    model_name='person',
                    name='envelope',
                ),
                migrations.RemoveField(
                    model_name='referral',
                    name='envelope',
                ),
                migrations.RemoveField(
                    model_name='source',
                    name='report',
                ),
                migrations.DeleteModel(
                    name='Code',
                ),
                migrations.DeleteModel(
                    name='Codebook',
                ),
                migrations.DeleteModel(
                    name='IncidentChannel',
                ),
                migrations.DeleteModel(
                    name='Incident',
                ),
                migrations.DeleteModel(
                    name='IncidentTactic',
                ),
                migrations.DeleteModel(
                    name='IncidentReport',
                ),
                migrations.DeleteModel(
                    name='Person',
                ),
                migrations.DeleteModel(
                    name='Referral',
                ),
                migrations.DeleteModel(
                    name='Source',
                ),
            ]
        ),
        migrations.RunPython(forward, backward),
    ]
