"""Point at organisations and envelopes in their new app, keys. State only: same tables and columns."""

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('keys', '0001_initial'),
        ('monitor', '0001_initial'),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.AlterField(
                    model_name='article',
                    name='organisation',
                    field=models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='articles', to='keys.organisation'),
                ),
                migrations.AlterField(
                    model_name='proposal',
                    name='organisation',
                    field=models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='proposals', to='keys.organisation'),
                ),
                migrations.AlterField(
                    model_name='story',
                    name='organisation',
                    field=models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='stories', to='keys.organisation'),
                ),
                migrations.AlterField(
                    model_name='watchedsource',
                    name='organisation',
                    field=models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='watched_sources', to='keys.organisation'),
                ),
            ]
        )
    ]
