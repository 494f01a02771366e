"""Point at organisations and envelopes in their new app, keys. State only: same tables and columns."""

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('dataset', '0002_data_version_triggers'),
        ('keys', '0001_initial'),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.AlterField(
                    model_name='datasetkey',
                    name='organisation',
                    field=models.OneToOneField(on_delete=django.db.models.deletion.CASCADE, related_name='+', to='keys.organisation'),
                ),
                migrations.AlterField(
                    model_name='importbatch',
                    name='organisation',
                    field=models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name='+', to='keys.organisation'),
                ),
                migrations.AlterField(
                    model_name='importedrow',
                    name='organisation',
                    field=models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name='+', to='keys.organisation'),
                ),
                migrations.AlterField(
                    model_name='importupload',
                    name='organisation',
                    field=models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='+', to='keys.organisation'),
                ),
                migrations.AlterField(
                    model_name='release',
                    name='organisation',
                    field=models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name='+', to='keys.organisation'),
                ),
            ]
        )
    ]
