"""Point at incidents and codebooks in their new app, incidents. State only: same tables and columns."""

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('incidents', '0001_initial'),
        ('indicators', '0002_keys_moved_out_of_accounts'),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.AlterField(
                    model_name='campaignmember',
                    name='incident',
                    field=models.OneToOneField(on_delete=django.db.models.deletion.CASCADE, related_name='indicator_campaign', to='incidents.incident'),
                ),
                migrations.AlterField(
                    model_name='indicatorsighting',
                    name='incident',
                    field=models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='indicator_sightings', to='incidents.incident'),
                ),
            ]
        )
    ]
