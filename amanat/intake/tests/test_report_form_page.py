"""The report form as the reporter gets it (issues #14 and #18.8): it states its 20,000-character
limit and counts characters as they appear on screen; its hand-written, cached markup is the page
a fresh render gives, and keeps every answer when the form comes back with an error."""

from __future__ import annotations

import re

import pytest
from babel.numbers import format_decimal
from django.test import Client

from amanat.intake.forms import CHANNELS, DEMANDS, MAX_NARRATIVE_CHARS, PRECISIONS, TARGETS
from amanat.intake.models import Report
from amanat.intake.tests.conftest import submit
from amanat.testing.staff import read_report

pytestmark = pytest.mark.django_db

TOKEN = re.compile(r'name="csrfmiddlewaretoken" value="[^"]+"')
LOCALES = {"": "en", "/ug": "ug", "/tr": "tr", "/zh-hans": "zh_Hans"}


@pytest.mark.parametrize("prefix", list(LOCALES))
def test_the_form_states_its_limit_in_the_readers_numbers(org_a, prefix) -> None:
    html = Client().get(f"{prefix}/report/").content.decode()
    limit = format_decimal(MAX_NARRATIVE_CHARS, locale=LOCALES[prefix])
    assert re.search(rf'id="what_limit">[^<]*{re.escape(limit)}', html), limit
    assert 'aria-describedby="what_help what_limit"' in html


def test_line_breaks_sent_as_crlf_count_once(hotline, org_a) -> None:
    lines = ["x" * 99] * 200  # 200 lines: 19,800 letters + 199 line breaks on screen
    text = "\r\n".join(lines)
    assert len(text) > MAX_NARRATIVE_CHARS >= len(text.replace("\r\n", "\n"))
    response, receipt = submit(hotline, what_happened=text)
    assert receipt is not None, response.content.decode()[:500]
    stored = read_report(Report.objects.get(), member=org_a.analyst)["fields"]["what_happened"]
    assert stored == "\n".join(lines)


def test_one_character_over_the_limit_is_explained_with_the_count(hotline, org_a) -> None:
    text = "\r\n".join(["y" * 100] * 198) + "z" * 4  # 19,800 + 197 breaks + 4 = 20,001
    response, receipt = submit(hotline, what_happened=text)
    assert response.status_code == 400
    assert receipt is None
    assert "longer than 20000 characters (it has 20001)" in response.content.decode()


def test_composed_and_decomposed_letters_count_the_same(hotline, org_a) -> None:
    decomposed = "e\u0301" * MAX_NARRATIVE_CHARS  # é typed as e + combining accent
    response, receipt = submit(hotline, what_happened=decomposed)
    assert receipt is not None, response.content.decode()[:300]


@pytest.mark.parametrize("prefix", list(LOCALES))
def test_the_cached_form_is_byte_identical_to_a_fresh_render(org_a, settings, prefix) -> None:
    client = Client()
    rendered = client.get(f"{prefix}/report/").content.decode()
    cached = client.get(f"{prefix}/report/").content.decode()
    settings.DEBUG = True  # no cache: rendered anew
    fresh = client.get(f"{prefix}/report/").content.decode()
    assert TOKEN.sub("TOKEN", cached) == TOKEN.sub("TOKEN", fresh) == TOKEN.sub("TOKEN", rendered)
    assert len(set(TOKEN.findall(rendered + cached + fresh))) == 3  # each its own token


def test_the_blank_form_has_every_question(org_a) -> None:
    html = Client().get("/report/").content.decode()
    assert html.count('type="radio" name="when_precision"') == len(PRECISIONS)
    assert 'value="unknown" id="id_when_precision_0" checked>' in html
    for name, choices in (("targeted", TARGETS), ("channels", CHANNELS), ("demands", DEMANDS)):
        assert html.count(f'type="checkbox" name="{name}"') == len(choices)
    assert " checked" not in html.replace('id="id_when_precision_0" checked', "")
    select = re.search(r'<select name="country" id="id_country"[^>]*>(.*?)</select>', html, re.S)
    assert select is not None
    assert select.group(1).startswith('<option value="" selected>Prefer not to say</option>')
    assert 200 < select.group(1).count("<option") < 260
    assert '<option value="TR">Türkiye</option>' in select.group(1)
    for field in ("what_happened", "when_year", "contact", "attachments", "keep_original"):
        assert f'id="id_{field}"' in html


def test_a_refused_form_keeps_every_answer(hotline, org_a) -> None:
    response, receipt = submit(
        hotline,
        what_happened="",
        when_precision="year",
        country="TR",
        channels=["phone", "email"],
        demands=["return"],
        contact='Signal: "me" <here>',
        keep_original="on",
    )
    html = response.content.decode()
    assert response.status_code == 400
    assert receipt is None
    assert 'value="year" id="id_when_precision_1" checked>' in html
    assert '<option value="TR" selected>' in html
    assert 'value="phone" id="id_channels_0" checked>' in html
    assert 'value="email" id="id_channels_3" checked>' in html
    assert 'value="return" id="id_demands_2" checked>' in html
    assert 'value="messaging" id="id_channels_1">' in html
    assert 'value="Signal: &quot;me&quot; &lt;here&gt;"' in html
    assert 'id="id_keep_original" aria-describedby="keep_help" checked>' in html


def test_an_unknown_country_code_is_refused(hotline, org_a) -> None:
    response, receipt = submit(hotline, what_happened="x", country="XX")
    assert response.status_code == 400
    assert receipt is None


def test_each_cached_receipt_page_shows_its_own_working_receipt(org_a, settings) -> None:
    pages_seen, receipts = [], []
    for debug in (False, False, True):  # rendered, from the cache, rendered anew
        settings.DEBUG = debug
        response, receipt = submit(Client(enforce_csrf_checks=True), what_happened="x")
        assert receipt is not None
        pages_seen.append(response.content.decode().replace(receipt, "RECEIPT"))
        receipts.append(receipt)
    assert len(set(receipts)) == 3
    assert pages_seen[0] == pages_seen[1] == pages_seen[2]
    for receipt in receipts:
        client = Client(enforce_csrf_checks=True)
        token = TOKEN.search(client.get("/return/").content.decode())
        assert token is not None
        value = token.group(0).split('value="')[1].rstrip('"')
        response = client.post("/return/", {"csrfmiddlewaretoken": value, "receipt": receipt})
        assert response.status_code == 302


def test_a_year_past_the_calendar_is_explained_not_a_crash(hotline, org_a) -> None:
    response, receipt = submit(hotline, what_happened="x", when_precision="year", when_year="10000")
    assert response.status_code == 400
    assert receipt is None
    assert "less than or equal to 9999" in response.content.decode()
