"""Dates and numbers on the hotline follow the page's language (CLDR via Babel); the receipt
code is always Western digits, which a reporter can type back on any keyboard."""

from __future__ import annotations

import re

import pytest
from babel.dates import format_date
from django.template import Context, Template
from django.test import Client
from django.utils import translation

from amanat.core.time import today
from amanat.intake.tests.conftest import csrf_token

pytestmark = pytest.mark.django_db
WESTERN_RECEIPT = re.compile(r"^[0-9]{4}( [0-9]{4}){6}$")


def _submit(client: Client, prefix: str) -> str:
    token = csrf_token(client, f"{prefix}/report/")  # read from the page, as a browser does
    data = {"csrfmiddlewaretoken": token, "when_precision": "unknown", "what_happened": "x" * 20}
    response = client.post(f"{prefix}/report/", data)
    # Whatever the page shows, not only digits: a receipt in other digits must fail the test.
    match = re.search(r'<p class="receipt" id="receipt">([^<]*)</p>', response.content.decode())
    assert match, "no receipt on the page"
    return match.group(1)


def _status_page(prefix: str) -> str:
    client = Client(enforce_csrf_checks=True)
    receipt = _submit(client, prefix)
    token = csrf_token(client, f"{prefix}/return/")
    client.post(f"{prefix}/return/", {"csrfmiddlewaretoken": token, "receipt": receipt})
    return client.get(f"{prefix}/status/").content.decode()


@pytest.mark.parametrize(
    ("prefix", "locale"), [("/tr", "tr"), ("/zh-hans", "zh_Hans"), ("/ug", "ug")]
)
def test_the_status_page_writes_the_day_in_the_pages_language(org_a, prefix, locale) -> None:
    html = _status_page(prefix)
    expected = format_date(today(), format="long", locale=locale)
    assert expected in html
    assert today().isoformat() not in html


@pytest.mark.parametrize("prefix", ["/ug", "/zh-hans", "/tr", ""])
def test_the_receipt_code_is_always_western_digits(org_a, prefix) -> None:
    receipt = _submit(Client(enforce_csrf_checks=True), prefix)
    assert WESTERN_RECEIPT.match(receipt), receipt


def test_numbers_are_grouped_the_languages_way() -> None:
    template = Template("{% load amanat_l10n %}{{ n|local_number }}")
    with translation.override("tr"):
        assert template.render(Context({"n": 20000})) == "20.000"
    with translation.override("zh-hans"):
        assert template.render(Context({"n": 20000})) == "20,000"
    with translation.override("ug"):
        assert template.render(Context({"n": 20000})) == "20,000"
