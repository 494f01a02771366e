"""Staff pages follow the language each staff member chose, whatever the browser asks for."""

from __future__ import annotations

import re

import pytest
from django.test import Client

from amanat.audit.models import AuditEntry
from amanat.testing.staff_login import staff_client
from amanat.translations.models import StaffLanguage

pytestmark = pytest.mark.django_db


def _token(client: Client, path: str) -> str:
    match = re.search(
        r'name="csrfmiddlewaretoken" value="([^"]+)"', client.get(path).content.decode()
    )
    assert match
    return match.group(1)


def _choose(client: Client, language: str) -> int:
    token = _token(client, "/staff/language/")
    response = client.post("/staff/language/", {"csrfmiddlewaretoken": token, "language": language})
    return response.status_code


def test_a_turkish_preferring_member_gets_staff_pages_in_turkish(org_a) -> None:
    client = staff_client(org_a.analyst)
    assert "<h1>Inbox</h1>" in client.get("/staff/").content.decode()
    assert _choose(client, "tr") == 302
    page = client.get("/staff/", HTTP_ACCEPT_LANGUAGE="en")
    html = page.content.decode()
    assert "Gelen kutusu" in html
    assert "Oturumu kapat" in html
    assert '<html lang="tr"' in html
    assert page["Content-Language"] == "tr"


def test_the_choice_is_the_members_own(org_a) -> None:
    _choose(staff_client(org_a.analyst), "zh-hans")
    colleague = staff_client(org_a.coordinator).get("/staff/").content.decode()
    assert "Inbox" in colleague
    assert "收件箱" not in colleague


def test_an_uyghur_choice_turns_the_staff_pages_right_to_left(org_a) -> None:
    client = staff_client(org_a.analyst)
    _choose(client, "ug")
    assert '<html lang="ug" dir="rtl">' in client.get("/staff/").content.decode()


def test_the_hotline_keeps_following_its_url(org_a) -> None:
    client = staff_client(org_a.analyst)
    _choose(client, "tr")
    assert '<html lang="ug"' in client.get("/ug/").content.decode()
    assert '<html lang="en"' in Client().get("/").content.decode()


def test_choosing_a_language_is_audited(org_a) -> None:
    _choose(staff_client(org_a.analyst), "tr")
    assert StaffLanguage.objects.get(member=org_a.analyst).language == "tr"
    entry = AuditEntry.objects.get(tag="accounts:staff:language")
    assert entry.payload == {"language": "tr"}


@pytest.mark.parametrize("language", ["fr", "", "de-DE"])
def test_an_unknown_language_is_refused(org_a, language) -> None:
    client = staff_client(org_a.analyst)
    assert _choose(client, language) == 400
    assert not StaffLanguage.objects.exists()


def test_signed_out_visitors_cannot_choose(org_a) -> None:
    response = Client().post("/staff/language/", {"language": "tr"})
    assert response.status_code in {302, 403}
    assert not StaffLanguage.objects.exists()
