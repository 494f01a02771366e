"""Published tables store their labels, so the public site never reads the codebook.

Tables published before this migration get the labels their page showed: the release's codebook
labels and CLDR country names, in every interface language (the rule of ``pick_label`` and
``country_name`` in the incidents codebook, frozen here as migrations must be).
"""

from babel import Locale, UnknownLocaleError
from django.conf import settings
from django.db import migrations, models


def _pick(labels, language):
    return labels.get(language) or labels.get(language.split("-")[0]) or labels.get("en", "")


def _countries(language):
    try:
        return Locale.parse("zh_Hans" if language == "zh-hans" else language.replace("-", "_"))
    except (UnknownLocaleError, ValueError):
        return Locale.parse("en")


def fill_labels(apps, schema_editor):
    code_model = apps.get_model("casework", "Code")
    for table in apps.get_model("stats", "PublishedTable").objects.select_related("release"):
        codes = table.release and code_model.objects.filter(codebook_id=table.release.codebook_id)
        named = [(d, getattr(table, f"{axis}_codes")) for d, axis in
                 ((table.row_dimension, "row"), (table.column_dimension, "column"))
                 if d and d != "year"]  # fmt: skip
        labels = {}
        for language, _name in settings.LANGUAGES:
            territories = _countries(language).territories
            book = {(c.field, c.code): _pick(c.labels, language) or c.code for c in codes}
            labels[language] = {
                dimension: {
                    code: territories.get(code, code) if dimension == "host_country"
                    else book.get((dimension, code), code)
                    for code in values if code
                }
                for dimension, values in named
            }  # fmt: skip
        table.labels = labels
        table.save(update_fields=["labels"])


class Migration(migrations.Migration):
    dependencies = [
        ("stats", "0001_initial"),
        ("casework", "0003_codebook_v1"),
    ]

    operations = [
        migrations.AddField(
            model_name="publishedtable",
            name="labels",
            field=models.JSONField(default=dict, help_text="Language → dimension → code → label, fixed at publication."),
        ),
        migrations.RunPython(fill_labels, migrations.RunPython.noop),
    ]
