"""Point at incidents and codebooks in their new app, incidents. State only: same tables and columns."""

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('dataset', '0003_keys_moved_out_of_accounts'),
        ('incidents', '0001_initial'),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.AlterField(
                    model_name='importedrow',
                    name='incident',
                    field=models.OneToOneField(on_delete=django.db.models.deletion.CASCADE, related_name='+', to='incidents.incident'),
                ),
                migrations.AlterField(
                    model_name='release',
                    name='codebook',
                    field=models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name='+', to='incidents.codebook'),
                ),
            ]
        )
    ]
