"""The public statistics in every interface language: ``/stats/`` in English as before,
``/ug/stats/`` (right to left), ``/tr/stats/``, ``/zh-hans/stats/`` in theirs, with the hotline's
language switch; the downloads (CSV, JSON) the same bytes whichever page they came from."""

from __future__ import annotations

import re
from html import unescape

import pytest
from django.test import Client
from django.utils import translation

from amanat.testing.statistics import public_release

pytestmark = pytest.mark.django_db

PREFIXES = {"en": "", "ug": "/ug", "tr": "/tr", "zh-hans": "/zh-hans"}
RTL = {"ug"}
_HTML = re.compile(r'<html lang="([^"]+)" dir="([^"]+)">')
_H = re.compile(r"<h([12])[^>]*>(.*?)</h\1>", re.S)
_SWITCH = re.compile(r'<ul class="languages">(.*?)</ul>', re.S)
_SWITCH_LINK = re.compile(r'<a href="([^"]+)" lang="([^"]+)" hreflang="[^"]+"( aria-current)?')
DOWNLOADS_NOTE = (
    "The downloads (CSV and JSON) are in English whatever the language of this page, "
    "so that every copy of a file is the same."
)
_LINK = re.compile(r'<a href="([^"]+)">([^<]+)</a>')


@pytest.fixture
def release(org_a):
    return public_release(org_a.organisation)


def _page(path: str) -> str:
    response = Client().get(path)
    assert response.status_code == 200, path
    return response.content.decode()


def _in(language: str, english: str) -> str:
    with translation.override(language):
        return translation.gettext(english)


def _headings(page: str) -> list[str]:
    return [unescape(text.strip()) for _level, text in _H.findall(page)]


def _links(page: str, text: str) -> list[str]:
    return [unescape(href) for href, found in _LINK.findall(page) if unescape(found) == text]


@pytest.mark.parametrize("language", list(PREFIXES))
def test_each_language_serves_the_pages_in_it_with_its_direction(release, language) -> None:
    prefix = PREFIXES[language]
    direction = "rtl" if language in RTL else "ltr"
    for path in (f"{prefix}/stats/", f"{prefix}/stats/{release.pk}/"):
        assert _HTML.search(_page(path)).groups() == (language, direction), path


@pytest.mark.parametrize("language", ["ug", "tr", "zh-hans"])
def test_headings_are_translated(release, language) -> None:
    prefix = PREFIXES[language]
    heading = _in(language, "Public statistics")
    assert heading != "Public statistics"  # the catalogue has it
    assert _headings(_page(f"{prefix}/stats/"))[0] == heading
    tables = _headings(_page(f"{prefix}/stats/{release.pk}/"))
    assert _in(language, "Incidents by host country") in tables
    assert "Incidents by host country" not in tables


@pytest.mark.parametrize("language", list(PREFIXES))
def test_the_language_switch_links_the_same_page_in_every_language(release, language) -> None:
    for page in ("/stats/", f"/stats/{release.pk}/"):
        switch = _SWITCH.search(_page(f"{PREFIXES[language]}{page}"))
        assert switch is not None
        found = _SWITCH_LINK.findall(switch.group(1))
        assert [(href, code) for href, code, _ in found] == [
            (f"{prefix}{page}", code) for code, prefix in PREFIXES.items()
        ]
        assert [code for _, code, current in found if current] == [language]


def test_the_switch_is_the_hotlines_own(release) -> None:
    for path in ("/ug/", f"/ug/stats/{release.pk}/"):
        used = [template.name for template in Client().get(path).templates]
        assert "core/_languages.html" in used, path


@pytest.mark.parametrize("language", list(PREFIXES))
def test_the_csv_is_english_and_identical_in_every_language(release, language) -> None:
    page = _page(f"{PREFIXES[language]}/stats/{release.pk}/")
    links = _links(page, _in(language, "Download this table (CSV)"))
    keys = ("by_host_country", "by_tactic")
    assert links == [f"/stats/{release.pk}/table.csv?key={key}" for key in keys]
    client = Client()
    for link, dimension in zip(links, ("host_country", "tactic"), strict=True):
        english = client.get(link)
        assert english["Content-Language"] == "en"
        lines = english.content.decode().splitlines()
        assert (lines[0], lines[-1]) == (f"{dimension},label,count", ",total,77")
        under_prefix = client.get(f"{PREFIXES[language]}{link}", HTTP_ACCEPT_LANGUAGE=language)
        assert under_prefix.status_code == 200
        assert under_prefix.content == english.content
        assert under_prefix["Content-Language"] == "en"


@pytest.mark.parametrize("language", list(PREFIXES))
def test_the_json_is_identical_in_every_language(release, language) -> None:
    prefix = PREFIXES[language]
    client = Client()
    index = _links(_page(f"{prefix}/stats/"), _in(language, "The same data as JSON"))
    tables = _links(_page(f"{prefix}/stats/{release.pk}/"), _in(language, "These tables as JSON"))
    assert index == ["/stats/api/releases.json"]
    assert tables == [f"/stats/api/releases/{release.pk}.json"]
    for path in (*index, *tables):
        english = client.get(path)
        assert english.status_code == 200
        assert client.get(f"{prefix}{path}").content == english.content


def test_stats_without_a_prefix_stay_english_whatever_the_browser_asks(release) -> None:
    page = Client().get("/stats/", HTTP_ACCEPT_LANGUAGE="ug").content.decode()
    assert _HTML.search(page).groups() == ("en", "ltr")
    assert _headings(page)[0] == "Public statistics"


@pytest.mark.parametrize("path", ["/fr/stats/", "/en/stats/", "/ug-x/stats/", "/zh/stats/{pk}/"])
def test_an_unknown_language_prefix_is_not_found(release, path) -> None:
    assert Client().get(path.format(pk=release.pk)).status_code == 404


def test_a_right_to_left_chart_is_mirrored_labels_beside_their_bars(release) -> None:
    for prefix, direction in (("", "ltr"), ("/ug", "rtl")):
        page = _page(f"{prefix}/stats/{release.pk}/")
        assert page.count(f'direction="{direction}"') == 2  # both one-way tables' charts
        labels = [int(x) for x in re.findall(r'<g><text x="(\d+)"', page)]
        bars = [int(x) for x in re.findall(r'<rect x="(\d+)"', page)]
        assert labels
        assert len(labels) == len(bars)
        for label, bar in zip(labels, bars, strict=True):
            assert (label < bar) if direction == "ltr" else (label > bar)


@pytest.mark.parametrize("language", ["ug", "tr", "zh-hans"])
def test_the_pages_say_in_their_language_that_the_downloads_are_english(release, language) -> None:
    note = _in(language, DOWNLOADS_NOTE)
    assert note != DOWNLOADS_NOTE
    for path in ("/stats/", f"/stats/{release.pk}/"):
        assert note in unescape(_page(f"{PREFIXES[language]}{path}")), path
