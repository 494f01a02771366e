"""Coming back with the receipt: status, replies, answers, evidence (limits: test_flood_limits)."""

from __future__ import annotations

import json

import pytest
from django.test import Client

from amanat.core import crypto
from amanat.core.time import today
from amanat.intake.models import Attachment, Author, Message, Report
from amanat.intake.tests.conftest import csrf_token, png_with_text, submit, upload
from amanat.keys import keyring
from amanat.keys.models import Recipient
from amanat.testing.staff import read_report

pytestmark = pytest.mark.django_db


def sign_in(client: Client, receipt: str, prefix: str = "") -> object:
    token = csrf_token(client, f"{prefix}/return/")
    return client.post(f"{prefix}/return/", {"csrfmiddlewaretoken": token, "receipt": receipt})


def staff_reply(report: Report, text: str) -> None:
    """What casework's reply action does: seal to staff, recovery and the reporter's key."""
    targets = keyring.content_targets(report.organisation)
    targets.append(keyring.SealTarget(Recipient.REPORTER, bytes(report.reporter_public_key)))
    data_key = crypto.new_data_key()
    envelope = keyring.seal_envelope(report.organisation, "message", targets, data_key)
    body = crypto.encrypt(
        data_key, json.dumps({"text": text}).encode(), aad=keyring.aad_for(envelope, "body")
    )
    Message.objects.create(
        report=report, author=Author.STAFF, envelope=envelope, body=body, created_on=today()
    )


@pytest.fixture
def reported(hotline):
    _, receipt = submit(hotline, what_happened="first account")
    return Client(enforce_csrf_checks=True), receipt


def test_the_receipt_opens_the_status_page(reported) -> None:
    client, receipt = reported
    response = sign_in(client, receipt)
    assert response.status_code == 302
    page = client.get("/status/")
    assert page.status_code == 200
    assert "Received" in page.content.decode()


@pytest.mark.parametrize(
    "transform",
    [
        lambda r: r.replace(" ", ""),
        lambda r: r.replace(" ", "-"),
        lambda r: r.translate(str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")),
        lambda r: f"  {r}  ",
    ],
)
def test_the_receipt_is_accepted_however_it_is_typed(reported, transform) -> None:
    client, receipt = reported
    assert sign_in(client, transform(receipt)).status_code == 302


def test_the_reporter_reads_a_staff_reply(reported) -> None:
    client, receipt = reported
    staff_reply(Report.objects.get(), "Can you tell us which city your mother lives in?")
    sign_in(client, receipt)
    html = client.get("/status/").content.decode()
    assert "Can you tell us which city your mother lives in?" in html


def test_the_reporter_answers_and_staff_can_read_it(reported, org_a) -> None:
    client, receipt = reported
    sign_in(client, receipt)
    token = csrf_token(client, "/status/")
    response = client.post("/status/", {"csrfmiddlewaretoken": token, "message": "Kashgar."})
    assert response.status_code == 200
    assert "Sent. Thank you." in response.content.decode()
    message = Message.objects.get(author=Author.REPORTER)
    key = keyring.open_as_staff(
        message.envelope,
        org_a.analyst,
        crypto.unwrap_private_key(
            bytes(org_a.analyst.wrapped_private_key), "correct horse battery staple"
        ),
    )
    plain = crypto.decrypt(key, bytes(message.body), aad=keyring.aad_for(message.envelope, "body"))
    assert json.loads(plain)["text"] == "Kashgar."


def test_the_reporter_adds_evidence_later(reported) -> None:
    client, receipt = reported
    sign_in(client, receipt)
    token = csrf_token(client, "/status/")
    client.post(
        "/status/",
        {
            "csrfmiddlewaretoken": token,
            "message": "",
            "attachments": [upload("later.png", png_with_text("AMN-x-1"))],
        },
    )
    assert Attachment.objects.count() == 1


def test_an_empty_follow_up_is_explained(reported) -> None:
    client, receipt = reported
    sign_in(client, receipt)
    token = csrf_token(client, "/status/")
    response = client.post("/status/", {"csrfmiddlewaretoken": token, "message": "  "})
    assert response.status_code == 400
    assert "Please write a message or choose a file" in response.content.decode()


def test_a_receipt_pasted_into_a_message_is_refused(reported) -> None:
    client, receipt = reported
    sign_in(client, receipt)
    token = csrf_token(client, "/status/")
    text = f"my code is {receipt} please help"
    response = client.post("/status/", {"csrfmiddlewaretoken": token, "message": text})
    assert response.status_code == 400
    assert "seems to contain your receipt code" in response.content.decode()
    assert Message.objects.count() == 0


def test_a_wrong_receipt_gets_a_clear_message(reported) -> None:
    client, receipt = reported
    wrong = ("1" if receipt[0] != "1" else "2") + receipt[1:]
    response = sign_in(client, wrong)
    assert response.status_code == 200
    assert "was not recognised" in response.content.decode()
    assert client.get("/status/").status_code == 302


@pytest.mark.parametrize(
    "text", ["", "abc", "1234", "9" * 27, "9" * 29, "1" * 5000, "١" * 28 + "x"]
)
def test_malformed_receipts_are_refused_the_same_way(hotline, text) -> None:
    response = sign_in(hotline, text)
    assert response.status_code == 200
    assert "was not recognised" in response.content.decode()


def test_the_status_page_needs_a_signed_in_reporter(hotline) -> None:
    response = hotline.get("/status/")
    assert response.status_code == 302
    assert response["Location"].endswith("/return/")


def test_sign_out_needs_post_and_ends_the_session(reported) -> None:
    client, receipt = reported
    sign_in(client, receipt)
    assert client.get("/sign-out/").status_code == 405
    assert client.get("/status/").status_code == 200
    token = csrf_token(client, "/status/")
    response = client.post("/sign-out/", {"csrfmiddlewaretoken": token})
    assert response["Clear-Site-Data"] == '"cache", "cookies", "storage"'
    assert client.get("/status/").status_code == 302


def test_the_reporter_sees_the_page_in_their_language(reported) -> None:
    client, receipt = reported
    sign_in(client, receipt, prefix="/ug")
    html = client.get("/ug/status/").content.decode()
    assert 'dir="rtl"' in html
    assert 'lang="ug"' in html


def test_the_stored_report_is_untouched_by_follow_ups(reported, org_a) -> None:
    client, receipt = reported
    sign_in(client, receipt)
    token = csrf_token(client, "/status/")
    client.post("/status/", {"csrfmiddlewaretoken": token, "message": "more"})
    assert read_report(Report.objects.get(), member=org_a.analyst)["fields"]["what_happened"] == (
        "first account"
    )
