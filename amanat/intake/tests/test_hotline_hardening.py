"""Headers, cookies, methods, error pages and page content of the anonymous zone (C09, C12–C18)."""

from __future__ import annotations

import re

import pytest
from django.conf import settings
from django.test import Client

from amanat.intake.tests.conftest import csrf_token, submit

pytestmark = pytest.mark.django_db

HOTLINE_PAGES = [
    "/",
    "/report/",
    "/return/",
    "/leave/",
    "/ug/",
    "/ug/report/",
    "/tr/report/",
    "/zh-hans/return/",
]
REQUIRED_CSP = [
    "default-src 'none'",
    "style-src 'self'",
    "img-src 'self'",
    "font-src 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    "base-uri 'none'",
]


def assert_hardened(response) -> None:
    csp = response["Content-Security-Policy"]
    # Exactly these directives, whichever middleware answered (page, error, 405, static file).
    assert sorted(csp.split("; ")) == sorted(REQUIRED_CSP)
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "same-origin"  # see settings: no-referrer breaks CSRF
    assert response["X-Frame-Options"] == "DENY"
    assert response["Cross-Origin-Opener-Policy"] == "same-origin"
    assert response["Cross-Origin-Resource-Policy"] == "same-origin"
    assert response["Cross-Origin-Embedder-Policy"] == "require-corp"
    assert "geolocation=()" in response["Permissions-Policy"]
    assert not response.has_header("ETag")


@pytest.mark.parametrize("path", HOTLINE_PAGES)
def test_every_hotline_page_carries_the_security_headers(org_a, path) -> None:
    response = Client().get(path)
    assert response.status_code == 200
    assert_hardened(response)
    assert response["Cache-Control"] == "no-store"


@pytest.mark.parametrize("path", HOTLINE_PAGES)
def test_no_hotline_page_has_scripts_or_external_urls(org_a, path) -> None:
    html = Client().get(path).content.decode()
    assert "<script" not in html.lower()
    assert not re.search(r"\son[a-z]+\s*=", html)
    assert "javascript:" not in html.lower()
    for url in re.findall(r'(?:href|src|action)="([^"]*)"', html):
        assert url.startswith("/"), url
        assert not url.startswith("//"), url


def test_the_stylesheet_loads_nothing_external(org_a) -> None:
    from django.contrib.staticfiles import finders

    css = open(finders.find("amanat/site.css"), encoding="utf-8").read()  # noqa: SIM115 - read once in a test
    assert "@import" not in css
    assert "http" not in css
    assert "url(" not in css


@pytest.mark.parametrize(
    ("method", "path"),
    [
        ("put", "/report/"),
        ("delete", "/report/"),
        ("patch", "/return/"),
        ("options", "/"),
        ("trace", "/"),
    ],
)
def test_other_http_methods_are_refused(org_a, method, path) -> None:
    response = getattr(Client(), method)(path)
    assert response.status_code == 405
    assert_hardened(response)


def test_error_pages_are_generic_and_hardened(org_a) -> None:
    response = Client().get("/no-such-page/")
    assert response.status_code == 404
    html = response.content.decode()
    assert "There is no page at this address" in html
    for leak in ("Traceback", "site-packages", str(settings.BASE_DIR), "DEBUG", "SECRET"):
        assert leak not in html
    assert_hardened(response)


def test_a_missing_csrf_token_gets_a_friendly_expired_form_page(org_a) -> None:
    response = Client(enforce_csrf_checks=True).post("/report/", {"what_happened": "x"})
    assert response.status_code == 403
    assert "This form has expired" in response.content.decode()
    assert_hardened(response)


def test_a_malformed_multipart_body_gets_a_400_page(org_a) -> None:
    response = Client().generic(
        "POST", "/report/", b"--xx\r\nbroken", content_type="multipart/form-data; boundary=xx"
    )
    assert response.status_code in (400, 403)
    assert_hardened(response)


def test_tor2web_visitors_are_refused_with_a_warning(org_a) -> None:
    response = Client().get("/", HTTP_X_TOR2WEB="encrypted")
    assert response.status_code == 403
    assert "Tor Browser" in response.content.decode()
    assert_hardened(response)


def test_the_landing_page_sets_no_cookie(org_a) -> None:
    assert not Client().get("/").cookies


def test_hotline_cookies_are_session_only_strict_and_http_only(org_a) -> None:
    client = Client(enforce_csrf_checks=True)
    _, receipt = submit(client, what_happened="x")
    assert "hotline" not in client.cookies  # the form and the submission need no session
    client.post(
        "/return/", {"csrfmiddlewaretoken": csrf_token(client, "/return/"), "receipt": receipt}
    )
    for name in ("csrf", "hotline"):
        cookie = client.cookies[name]
        assert cookie["httponly"], name
        assert cookie["samesite"] == "Strict", name
        assert not cookie["expires"], name
        assert not cookie["max-age"], name
        assert cookie["path"] == "/", name


def test_cookies_hold_no_receipt_or_content(org_a) -> None:
    client = Client(enforce_csrf_checks=True)
    response, receipt = submit(client, what_happened="AMN-cookie-canary")
    assert receipt is not None
    for morsel in list(client.cookies.values()) + list(response.cookies.values()):
        value = morsel.value
        assert receipt.replace(" ", "") not in value
        # The canary's words, never a bare three letters: a random 32-letter token holds "AMN"
        # about once in 8,000 (it did, in session 38's CI); it holds no hyphen.
        assert "cookie-canary" not in value
        assert "AMN-" not in value
        assert len(value) == 32  # a random session key only


def test_the_session_table_holds_no_readable_content(org_a) -> None:
    from django.contrib.sessions.models import Session

    client = Client(enforce_csrf_checks=True)
    _, receipt = submit(client, what_happened="x")
    token = csrf_token(client, "/return/")
    client.post("/return/", {"csrfmiddlewaretoken": token, "receipt": receipt})
    session_key = client.cookies["hotline"].value
    for row in Session.objects.all():
        assert row.session_key != session_key  # stored under a hash only
        assert "reporter" not in row.session_data
        assert row.expire_date.minute == 0
        assert row.expire_date.second == 0


def test_urls_never_carry_the_receipt_or_ids(org_a) -> None:
    client = Client(enforce_csrf_checks=True)
    response, receipt = submit(client, what_happened="x")
    token = csrf_token(client, "/return/")
    login = client.post("/return/", {"csrfmiddlewaretoken": token, "receipt": receipt})
    assert login["Location"] == "/status/"
    html = response.content.decode() + client.get("/status/").content.decode()
    for url in re.findall(r'(?:href|action)="([^"]*)"', html):
        assert not re.search(r"\d{4}", url), url


@pytest.mark.parametrize("minutes", [31, 60 * 9])
def test_an_idle_or_old_reporter_session_must_enter_the_receipt_again(
    org_a, monkeypatch, minutes
) -> None:
    import time as real_time

    from amanat.core import sessions

    client = Client(enforce_csrf_checks=True)
    _, receipt = submit(client, what_happened="x")
    client.post(
        "/return/", {"csrfmiddlewaretoken": csrf_token(client, "/return/"), "receipt": receipt}
    )
    assert client.get("/status/").status_code == 200
    later = real_time.time() + 31 * 60
    monkeypatch.setattr(sessions.time, "time", lambda: later)
    response = client.get("/status/")
    assert response.status_code == 302
    assert response["Location"].endswith("/return/")


def test_an_active_session_still_ends_after_eight_hours(org_a, monkeypatch) -> None:
    import time as real_time

    from amanat.core import sessions

    client = Client(enforce_csrf_checks=True)
    _, receipt = submit(client, what_happened="x")
    client.post(
        "/return/", {"csrfmiddlewaretoken": csrf_token(client, "/return/"), "receipt": receipt}
    )
    start = real_time.time()
    statuses = []
    for step in range(1, 27):  # a request every 20 minutes: never idle, 8 h 40 min in all
        now = start + step * 20 * 60
        monkeypatch.setattr(sessions.time, "time", lambda now=now: now)
        statuses.append(client.get("/status/").status_code)
    assert statuses[:23] == [200] * 23
    assert statuses[-1] == 302
