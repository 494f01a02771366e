"""Point at organisations and envelopes in their new app, keys. State only: same tables and columns."""

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('casework', '0003_codebook_v1'),
        ('keys', '0001_initial'),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.AlterField(
                    model_name='incident',
                    name='envelope',
                    field=models.OneToOneField(on_delete=django.db.models.deletion.PROTECT, related_name='+', to='keys.envelope'),
                ),
                migrations.AlterField(
                    model_name='incident',
                    name='organisation',
                    field=models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name='incidents', to='keys.organisation'),
                ),
                migrations.AlterField(
                    model_name='person',
                    name='envelope',
                    field=models.OneToOneField(on_delete=django.db.models.deletion.PROTECT, related_name='+', to='keys.envelope'),
                ),
                migrations.AlterField(
                    model_name='referral',
                    name='envelope',
                    field=models.OneToOneField(on_delete=django.db.models.deletion.PROTECT, related_name='+', to='keys.envelope'),
                ),
            ]
        )
    ]
