"""Incident coding models move here from ``casework``.

State only: the tables keep their ``casework_*`` names (``db_table``), so no row moves; a
database migrated before the move and an empty one reach the same schema. ``casework.0005``
then drops the models from the ``casework`` state.
"""

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):

    initial = True

    dependencies = [
        ('casework', '0004_keys_moved_out_of_accounts'),
        ('intake', '0002_keys_moved_out_of_accounts'),
        ('keys', '0001_initial'),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name='Codebook',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('version', models.CharField(max_length=16, unique=True)),
                        ('title', models.CharField(blank=True, max_length=200)),
                        ('loaded_on', models.DateField()),
                    ],
                    options={
                        'db_table': 'casework_codebook',
                        'ordering': ['pk'],
                    },
                ),
                migrations.CreateModel(
                    name='Incident',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('date_start', models.DateField(blank=True, help_text='First day at its precision; empty when unknown.', null=True)),
                        ('date_start_precision', models.CharField(choices=[('day', 'Day'), ('month', 'Month'), ('year', 'Year'), ('unknown', 'Unknown')], default='unknown', max_length=8)),
                        ('date_end', models.DateField(blank=True, help_text='Set when the incident is a period.', null=True)),
                        ('date_end_precision', models.CharField(blank=True, choices=[('day', 'Day'), ('month', 'Month'), ('year', 'Year'), ('unknown', 'Unknown')], max_length=8)),
                        ('host_country', models.CharField(blank=True, help_text='ISO 3166-1 alpha-2.', max_length=2)),
                        ('origin_state', models.CharField(blank=True, help_text='ISO 3166-1 alpha-2.', max_length=2)),
                        ('community', models.CharField(max_length=64)),
                        ('stage', models.CharField(max_length=64)),
                        ('perpetrator', models.CharField(max_length=64)),
                        ('response', models.CharField(max_length=64)),
                        ('verification', models.CharField(choices=[('unverified', 'Unverified'), ('corroborated', 'Corroborated (two independent sources)'), ('verified', 'Verified')], default='unverified', max_length=16)),
                        ('sensitivity', models.CharField(choices=[('public', 'Public (may enter a public release)'), ('restricted', 'Restricted (partners)'), ('confidential', 'Confidential')], default='confidential', max_length=16)),
                        ('summary', models.BinaryField(help_text='Encrypted: may identify people.')),
                        ('perpetrator_evidence', models.BinaryField(help_text='Encrypted: may identify people.')),
                        ('merged_on', models.DateField(blank=True, null=True)),
                        ('created_on', models.DateField()),
                        ('updated_on', models.DateField()),
                        ('codebook', models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name='incidents', to='incidents.codebook')),
                        ('envelope', models.OneToOneField(on_delete=django.db.models.deletion.PROTECT, related_name='+', to='keys.envelope')),
                        ('merged_into', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.PROTECT, related_name='merged_from', to='incidents.incident')),
                        ('organisation', models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name='incidents', to='keys.organisation')),
                        ('suspected_duplicate_of', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='suspected_duplicates', to='incidents.incident')),
                    ],
                    options={
                        'db_table': 'casework_incident',
                        'ordering': ['-pk'],
                    },
                ),
                migrations.CreateModel(
                    name='IncidentReport',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('linked_on', models.DateField()),
                        ('incident', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='report_links', to='incidents.incident')),
                        ('report', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='incident_links', to='intake.report')),
                    ],
                    options={
                        'db_table': 'casework_incidentreport',
                        'ordering': ['pk'],
                    },
                ),
                migrations.AddField(
                    model_name='incident',
                    name='reports',
                    field=models.ManyToManyField(related_name='incidents', through='incidents.IncidentReport', to='intake.report'),
                ),
                migrations.CreateModel(
                    name='IncidentTactic',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('code', models.CharField(db_index=True, max_length=64)),
                        ('incident', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='tactics', to='incidents.incident')),
                    ],
                    options={
                        'db_table': 'casework_incidenttactic',
                        'ordering': ['pk'],
                    },
                ),
                migrations.CreateModel(
                    name='Person',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('pseudonym', models.CharField(max_length=8)),
                        ('role', models.CharField(choices=[('victim', 'Victim'), ('relative', 'Relative'), ('witness', 'Witness')], max_length=8)),
                        ('relationship', models.CharField(blank=True, max_length=64)),
                        ('age_band', models.CharField(blank=True, choices=[('under_18', 'Under 18'), ('18_29', '18–29'), ('30_44', '30–44'), ('45_64', '45–64'), ('65_plus', '65 or older')], max_length=8)),
                        ('name', models.BinaryField()),
                        ('contact', models.BinaryField()),
                        ('location', models.BinaryField()),
                        ('notes', models.BinaryField()),
                        ('added_on', models.DateField()),
                        ('envelope', models.OneToOneField(on_delete=django.db.models.deletion.PROTECT, related_name='+', to='keys.envelope')),
                        ('incident', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='people', to='incidents.incident')),
                    ],
                    options={
                        'db_table': 'casework_person',
                        'ordering': ['pk'],
                    },
                ),
                migrations.CreateModel(
                    name='Referral',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('recipient_kind', models.CharField(max_length=64)),
                        ('recipient_name', models.CharField(max_length=200)),
                        ('referred_on', models.DateField(blank=True, null=True)),
                        ('status', models.CharField(max_length=64)),
                        ('reference', models.BinaryField()),
                        ('outcome', models.BinaryField()),
                        ('created_on', models.DateField()),
                        ('updated_on', models.DateField()),
                        ('envelope', models.OneToOneField(on_delete=django.db.models.deletion.PROTECT, related_name='+', to='keys.envelope')),
                        ('incident', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='referrals', to='incidents.incident')),
                    ],
                    options={
                        'db_table': 'casework_referral',
                        'ordering': ['pk'],
                    },
                ),
                migrations.CreateModel(
                    name='Source',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('kind', models.CharField(max_length=64)),
                        ('citation', models.CharField(blank=True, max_length=500)),
                        ('reliability', models.CharField(choices=[('A', 'A'), ('B', 'B'), ('C', 'C'), ('D', 'D'), ('E', 'E'), ('F', 'F')], max_length=1)),
                        ('credibility', models.PositiveSmallIntegerField(choices=[(1, '1'), (2, '2'), (3, '3'), (4, '4'), (5, '5'), (6, '6')])),
                        ('added_on', models.DateField()),
                        ('incident', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='sources', to='incidents.incident')),
                        ('report', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='incident_sources', to='intake.report')),
                    ],
                    options={
                        'db_table': 'casework_source',
                        'ordering': ['pk'],
                    },
                ),
                migrations.CreateModel(
                    name='Code',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('field', models.CharField(max_length=32)),
                        ('code', models.CharField(max_length=64)),
                        ('family', models.CharField(blank=True, max_length=64)),
                        ('labels', models.JSONField(default=dict, help_text="Language code → label; 'en' always.")),
                        ('description', models.JSONField(blank=True, default=dict)),
                        ('position', models.PositiveSmallIntegerField(default=0)),
                        ('codebook', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='codes', to='incidents.codebook')),
                    ],
                    options={
                        'db_table': 'casework_code',
                        'ordering': ['codebook', 'field', 'position'],
                        'constraints': [models.UniqueConstraint(fields=('codebook', 'field', 'code'), name='one_code_per_field')],
                    },
                ),
                migrations.CreateModel(
                    name='IncidentChannel',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('code', models.CharField(db_index=True, max_length=64)),
                        ('incident', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='channels', to='incidents.incident')),
                    ],
                    options={
                        'db_table': 'casework_incidentchannel',
                        'ordering': ['pk'],
                        'constraints': [models.UniqueConstraint(fields=('incident', 'code'), name='one_row_per_channel')],
                    },
                ),
                migrations.AddConstraint(
                    model_name='incidentreport',
                    constraint=models.UniqueConstraint(fields=('incident', 'report'), name='one_link_per_report'),
                ),
                migrations.AddIndex(
                    model_name='incident',
                    index=models.Index(fields=['organisation', 'verification'], name='casework_in_organis_658fa3_idx'),
                ),
                migrations.AddConstraint(
                    model_name='incidenttactic',
                    constraint=models.UniqueConstraint(fields=('incident', 'code'), name='one_row_per_tactic'),
                ),
                migrations.AddConstraint(
                    model_name='person',
                    constraint=models.UniqueConstraint(fields=('incident', 'pseudonym'), name='one_pseudonym_each'),
                ),
                migrations.AddConstraint(
                    model_name='source',
                    constraint=models.CheckConstraint(condition=models.Q(('reliability__in', ('A', 'B', 'C', 'D', 'E', 'F'))), name='reliability_a_to_f'),
                ),
                migrations.AddConstraint(
                    model_name='source',
                    constraint=models.CheckConstraint(condition=models.Q(('credibility__gte', 1), ('credibility__lte', 6)), name='credibility_1_to_6'),
                ),
            ]
        )
    ]
