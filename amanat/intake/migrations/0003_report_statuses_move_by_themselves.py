"""Statuses that move by themselves, and the reporter's interface language in clear.

``needs_info`` ("we have a question for you") is renamed ``awaiting_reporter``, the status a staff
reply now sets by itself. Reports received before this migration have no language recorded (it
is inside their encrypted body, which a migration cannot open); the inbox shows them as unknown.
"""

from django.db import migrations, models

RENAMED = {"needs_info": "awaiting_reporter"}
# Going back: the old statuses closest in meaning to the new ones.
REVERSED = {"awaiting_reporter": "needs_info", "read": "in_triage", "reporter_answered": "in_triage"}


def _rename(mapping):
    def run(apps, schema_editor):
        Report = apps.get_model("intake", "Report")
        for old, new in mapping.items():
            Report.objects.filter(status=old).update(status=new)

    return run


class Migration(migrations.Migration):

    dependencies = [
        ('intake', '0002_keys_moved_out_of_accounts'),
    ]

    operations = [
        migrations.AddField(
            model_name='report',
            name='language',
            field=models.CharField(blank=True, default='', max_length=8),
        ),
        migrations.AlterField(
            model_name='report',
            name='status',
            field=models.CharField(choices=[('new', 'New'), ('read', 'Read'), ('in_triage', 'In triage'), ('awaiting_reporter', 'Awaiting reporter'), ('reporter_answered', 'Reporter answered'), ('coded', 'Coded'), ('closed', 'Closed'), ('spam', 'Spam')], default='new', max_length=24),
        ),
        migrations.RunPython(_rename(RENAMED), _rename(REVERSED)),
    ]
