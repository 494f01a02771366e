"""Bad input gets a clear message and loses nothing already accepted."""

from __future__ import annotations

import pytest
from django.test import override_settings

from amanat.intake.models import Attachment, Report
from amanat.intake.tests.conftest import png_with_text, submit, upload

pytestmark = pytest.mark.django_db


def test_it_asks_for_the_account_when_the_report_is_empty(hotline, org_a) -> None:
    response, receipt = submit(hotline, what_happened="   ")
    assert response.status_code == 400
    assert receipt is None
    assert "Please tell us what happened" in response.content.decode()
    assert Report.objects.count() == 0


def test_it_explains_a_100_kb_text_and_keeps_it_in_the_form(hotline, org_a) -> None:
    text = "ئ" * 50_000 + "x" * 50_000
    response, receipt = submit(hotline, what_happened=text)
    html = response.content.decode()
    assert response.status_code == 400
    assert receipt is None
    assert "longer than 20000 characters" in html
    assert text in html  # nothing typed is lost
    assert Report.objects.count() == 0


def test_it_removes_control_and_bidi_override_characters_and_says_so(hotline, org_a) -> None:
    from amanat.testing.staff import read_report

    response, receipt = submit(hotline, what_happened="abc\u202edcba\x00\x07 ok\u200f")
    assert receipt is not None
    assert "removed 3 invisible control characters" in response.content.decode()
    stored = read_report(Report.objects.get(), member=org_a.analyst)
    assert stored["fields"]["what_happened"] == "abcdcba ok\u200f"  # RLM kept


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        (
            {"when_precision": "day", "when_year": "2023", "when_month": "2", "when_day": "30"},
            "This day does not exist",
        ),
        ({"when_precision": "year", "when_year": "2999"}, "in the future"),
        ({"when_precision": "month", "when_year": "2022"}, "Please fill this in"),
        ({"when_precision": "sometime"}, "Select a valid choice"),
        ({"country": "XX"}, "Select a valid choice"),
        ({"channels": ["carrier-pigeon"]}, "Select a valid choice"),
    ],
)
def test_it_explains_invalid_answers_and_keeps_the_text(hotline, org_a, fields, message) -> None:
    response, _receipt = submit(hotline, what_happened="kept text 123", **fields)
    html = response.content.decode()
    assert response.status_code == 400
    assert message in html
    assert "kept text 123" in html
    assert Report.objects.count() == 0


def test_it_asks_to_choose_files_again_after_a_form_error(hotline, org_a) -> None:
    response, _ = submit(hotline, what_happened="", files=[upload("a.png", png_with_text())])
    assert "please choose your files again" in response.content.decode()


@override_settings(MAX_ATTACHMENT_BYTES=10_000)
def test_it_rejects_an_oversized_file_but_keeps_the_report(hotline, org_a) -> None:
    big = png_with_text(size=(400, 400)) + b"\0" * 20_000
    response, receipt = submit(
        hotline,
        what_happened="with files",
        files=[upload("huge.png", big), upload("ok.png", png_with_text())],
    )
    html = response.content.decode()
    assert receipt is not None
    assert "huge.png" in html
    assert "larger than 0 megabytes" in html or "larger than" in html
    assert Report.objects.count() == 1
    assert Attachment.objects.count() == 1


def test_it_rejects_a_wrong_file_type_but_keeps_the_report(hotline, org_a) -> None:
    response, receipt = submit(
        hotline, what_happened="text file", files=[upload("notes.txt", b"just some text\n" * 10)]
    )
    assert receipt is not None
    assert "This kind of file is not accepted" in response.content.decode()
    assert Attachment.objects.count() == 0


def test_it_rejects_a_file_that_lies_about_its_type(hotline, org_a) -> None:
    pdf = b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
    response, receipt = submit(hotline, what_happened="liar", files=[upload("photo.jpg", pdf)])
    assert receipt is not None
    assert "does not match what is inside it" in response.content.decode()
    assert Attachment.objects.count() == 0


def test_it_rejects_a_broken_image_but_keeps_the_report(hotline, org_a) -> None:
    broken = png_with_text(size=(200, 200))[:120]
    response, receipt = submit(hotline, what_happened="broken", files=[upload("b.png", broken)])
    assert receipt is not None
    assert "seems damaged" in response.content.decode()
    assert Report.objects.count() == 1
    assert Attachment.objects.count() == 0


def test_it_rejects_an_empty_file(hotline, org_a) -> None:
    response, receipt = submit(hotline, what_happened="empty", files=[upload("e.png", b"")])
    assert receipt is not None
    assert "The file is empty" in response.content.decode()


@override_settings(MAX_ATTACHMENTS=1)
def test_it_refuses_files_beyond_the_count_limit(hotline, org_a) -> None:
    files = [upload("a.png", png_with_text()), upload("b.png", png_with_text())]
    response, receipt = submit(hotline, what_happened="two", files=files)
    assert receipt is not None
    assert "Too many files" in response.content.decode()
    assert Attachment.objects.count() == 1


def test_it_says_try_again_later_under_a_flood_and_keeps_the_text(
    hotline, org_a, monkeypatch
) -> None:
    from amanat.intake import throttle

    monkeypatch.setattr(throttle.submissions, "rate", 0.0)  # no refill while the test runs
    while throttle.submissions.take():
        pass
    response, receipt = submit(hotline, what_happened="during the flood")
    html = response.content.decode()
    assert response.status_code == 429
    assert receipt is None
    assert "Please wait a few minutes" in html
    assert "during the flood" in html
    assert Report.objects.count() == 0


def test_it_says_unavailable_when_no_organisation_can_receive(db) -> None:
    from django.test import Client

    from amanat.intake.tests.conftest import submit as post

    response, receipt = post(Client(), what_happened="nobody home")
    assert response.status_code == 503
    assert receipt is None
    assert "cannot accept reports right now" in response.content.decode()


def test_it_refuses_a_missing_recovery_key(hotline, org_a) -> None:
    org_a.organisation.recovery_key.delete()
    response, receipt = submit(hotline, what_happened="no recovery key")
    assert response.status_code == 503
    assert receipt is None
    assert Report.objects.count() == 0


def test_it_says_try_again_when_every_processing_slot_is_busy(hotline, org_a, monkeypatch) -> None:
    import threading

    from amanat.intake import throttle

    busy = threading.BoundedSemaphore(1)
    busy.acquire()  # another submission holds the only slot
    monkeypatch.setattr(throttle, "intake_slots", busy)
    monkeypatch.setattr(throttle, "SLOT_WAIT_SECONDS", 0.01)
    response, receipt = submit(hotline, what_happened="while the slots are busy")
    assert response.status_code == 429
    assert receipt is None
    assert "while the slots are busy" in response.content.decode()
    assert Report.objects.count() == 0
