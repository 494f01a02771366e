"""Public pages name codes from labels stored at publication, in the reader's language: the
public site reads no codebook, and shows what the codebook said when the table was published."""

from __future__ import annotations

import pytest
from django.test import Client
from django.utils import translation

from amanat.incidents import codebook
from amanat.publishing.publish import publish
from amanat.publishing.tests.conftest import built_release, make_incidents
from amanat.stats import presentation
from amanat.stats.models import PublishedTable

pytestmark = pytest.mark.django_db


@pytest.fixture
def published(org_a, identity_noise):
    make_incidents(org_a.organisation, [{"host_country": "TR"}] * 30 + [{"host_country": "KZ"}] * 9)
    release = built_release(org_a)
    publish(release, actor=org_a.coordinator)
    return release


def test_each_table_stores_its_labels_in_every_interface_language(published) -> None:
    book = codebook.book_for(published.codebook)
    stages = PublishedTable.objects.get(release=published, key="by_stage")
    hosts = PublishedTable.objects.get(release=published, key="by_host_country")
    for language in ("en", "ug", "tr", "zh-hans"):
        assert stages.row_codes[-1] == ""  # not stated: counted, worded by the page itself
        for code in stages.row_codes[:-1]:
            assert stages.labels[language]["stage"][code] == book.label("stage", code, language)
        assert hosts.labels[language]["host_country"]["TR"] == codebook.country_name("TR", language)
    assert "year" not in PublishedTable.objects.get(release=published, key="by_year").labels["en"]


def test_the_page_shows_the_stored_label_not_todays_codebook(published) -> None:
    hosts = PublishedTable.objects.get(release=published, key="by_host_country")
    hosts.labels["en"]["host_country"]["TR"] = "Turkey as published"
    hosts.save(update_fields=["labels"])
    page = Client().get(f"/stats/{published.pk}/").content.decode()
    assert "Turkey as published" in page


def test_labels_follow_the_readers_language(published) -> None:
    hosts = PublishedTable.objects.get(release=published, key="by_host_country")
    with translation.override("zh-hans"):
        shown = presentation.view(hosts).lines[0]
    assert (shown.code, shown.label) == ("TR", hosts.labels["zh-hans"]["host_country"]["TR"])
