"""Load codebook version 1 (now incidents/codebooks/v1.json) into Codebook/Code rows.

A released codebook file never changes; version 2 will be a new file and a new migration.
"""

import datetime

from django.db import migrations

VERSION = "1"


def load(apps, schema_editor):
    from amanat.incidents.codebook import load_rows, read_file

    Codebook = apps.get_model("casework", "Codebook")
    Code = apps.get_model("casework", "Code")
    if Codebook.objects.filter(version=VERSION).exists():
        return
    day = datetime.datetime.now(datetime.UTC).date()
    load_rows(read_file(VERSION), Codebook, Code, day)


def unload(apps, schema_editor):
    Codebook = apps.get_model("casework", "Codebook")
    Codebook.objects.filter(version=VERSION).delete()


class Migration(migrations.Migration):
    dependencies = [("casework", "0002_incidents")]

    operations = [migrations.RunPython(load, unload)]
