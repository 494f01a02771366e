"""Incidents bulk-loaded (demo data, imports) before the loader set public ids got none on
SQLite, where the column allows NULL: give each its own."""

from django.db import migrations

import amanat.core.ids


def fill(apps, schema_editor):
    Incident = apps.get_model("incidents", "Incident")
    for incident in Incident.objects.filter(public_id__isnull=True).only("pk").iterator():
        Incident.objects.filter(pk=incident.pk).update(public_id=amanat.core.ids.new_public_id())


class Migration(migrations.Migration):
    dependencies = [("incidents", "0002_public_id")]

    operations = [migrations.RunPython(fill, migrations.RunPython.noop)]
