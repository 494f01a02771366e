"""Point at organisations and envelopes in their new app, keys. State only: same tables and columns."""

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('intake', '0001_initial'),
        ('keys', '0001_initial'),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.AlterField(
                    model_name='attachment',
                    name='envelope',
                    field=models.OneToOneField(on_delete=django.db.models.deletion.PROTECT, related_name='+', to='keys.envelope'),
                ),
                migrations.AlterField(
                    model_name='message',
                    name='envelope',
                    field=models.OneToOneField(on_delete=django.db.models.deletion.PROTECT, related_name='+', to='keys.envelope'),
                ),
                migrations.AlterField(
                    model_name='report',
                    name='envelope',
                    field=models.OneToOneField(on_delete=django.db.models.deletion.PROTECT, related_name='+', to='keys.envelope'),
                ),
                migrations.AlterField(
                    model_name='report',
                    name='organisation',
                    field=models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name='reports', to='keys.organisation'),
                ),
            ]
        )
    ]
