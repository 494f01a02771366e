"""Floods cannot bypass the limits or lock returning reporters out (issue #11.5).

Reports and follow-ups share one budget and the processing slots; the budget is spent before a
large body is read; wrong receipts are budgeted per receipt prefix, so no flood of wrong codes
locks every returning reporter out, and a spent prefix refuses right and wrong codes alike.
"""

from __future__ import annotations

import pytest
from django.test import Client

from amanat.intake import throttle
from amanat.intake.models import Attachment, Message, Report
from amanat.intake.tests.conftest import csrf_token, png_with_text, submit, upload

pytestmark = pytest.mark.django_db


@pytest.fixture
def no_budget(monkeypatch):
    """The intake budget is spent (and does not refill during the test)."""
    monkeypatch.setattr(throttle.submissions, "take", lambda: False)


@pytest.fixture(autouse=True)
def _fresh_receipt_budgets():
    throttle.receipt_failures.reset()
    yield
    throttle.receipt_failures.reset()


def sign_in(client: Client, receipt: str):
    token = csrf_token(client, "/return/")
    return client.post("/return/", {"csrfmiddlewaretoken": token, "receipt": receipt})


def signed_in_reporter() -> tuple[Client, str]:
    _, receipt = submit(Client(enforce_csrf_checks=True), what_happened="first account")
    client = Client(enforce_csrf_checks=True)
    assert sign_in(client, receipt).status_code == 302
    return client, receipt


def wrong_code_with_prefix(prefix: str, receipt: str) -> str:
    body = "0" * (28 - len(prefix))
    code = prefix + body
    return code if code != receipt.replace(" ", "") else prefix + "1" * len(body)


def test_a_small_report_refused_for_budget_keeps_the_text(org_a, no_budget) -> None:
    response, receipt = submit(Client(enforce_csrf_checks=True), what_happened="AMN-kept-text")
    assert response.status_code == 429
    assert receipt is None
    assert "AMN-kept-text" in response.content.decode()
    assert Report.objects.count() == 0


def test_a_large_post_is_refused_before_its_body_is_read(org_a, no_budget, monkeypatch) -> None:
    from django.http.request import HttpRequest

    def must_not_parse(self):
        raise AssertionError("the body was parsed")

    client = Client(enforce_csrf_checks=True)
    token = csrf_token(client)
    monkeypatch.setattr(HttpRequest, "_load_post_and_files", must_not_parse)
    big = upload("big.png", png_with_text("AMN-x", size=(900, 900)) + b"\0" * (2 << 20))
    response = client.post(
        "/report/", {"csrfmiddlewaretoken": token, "what_happened": "x", "attachments": [big]}
    )
    assert response.status_code == 429
    assert "was not read and nothing was saved" in response.content.decode()
    assert response["Retry-After"] == "120"
    assert Report.objects.count() == 0


def test_follow_ups_share_the_intake_budget(org_a, monkeypatch) -> None:
    client, _ = signed_in_reporter()
    token = csrf_token(client, "/status/")
    monkeypatch.setattr(throttle.submissions, "take", lambda: False)
    response = client.post("/status/", {"csrfmiddlewaretoken": token, "message": "AMN-answer"})
    assert response.status_code == 429
    html = response.content.decode()
    assert "very many reports" in html
    assert "AMN-answer" in html  # what was written is still in the form
    assert Message.objects.count() == 0


def test_large_follow_up_uploads_are_refused_before_they_are_read(org_a, monkeypatch) -> None:
    client, _ = signed_in_reporter()
    token = csrf_token(client, "/status/")
    monkeypatch.setattr(throttle.submissions, "take", lambda: False)
    big = upload("later.png", png_with_text("AMN-x") + b"\0" * (2 << 20))
    response = client.post("/status/", {"csrfmiddlewaretoken": token, "attachments": [big]})
    assert response.status_code == 429
    assert Attachment.objects.count() == 0


def test_follow_ups_share_the_processing_slots(org_a, monkeypatch) -> None:
    client, _ = signed_in_reporter()
    token = csrf_token(client, "/status/")
    monkeypatch.setattr(throttle, "SLOT_WAIT_SECONDS", 0.01)
    held = [throttle.intake_slots.acquire() for _ in range(2)]  # the default concurrency
    try:
        assert throttle.intake_slots.acquire(blocking=False) is False
        response = client.post("/status/", {"csrfmiddlewaretoken": token, "message": "more"})
    finally:
        for _ in held:
            throttle.intake_slots.release()
    assert response.status_code == 429
    assert Message.objects.count() == 0


def test_a_follow_up_within_the_budget_is_accepted(org_a) -> None:
    client, _ = signed_in_reporter()
    token = csrf_token(client, "/status/")
    response = client.post("/status/", {"csrfmiddlewaretoken": token, "message": "more"})
    assert response.status_code == 200
    assert Message.objects.count() == 1


def test_a_flood_of_wrong_codes_does_not_lock_other_reporters_out(org_a, settings) -> None:
    _, receipt = signed_in_reporter()
    other_prefix = "999" if not receipt.startswith("999") else "998"
    flood = Client(enforce_csrf_checks=True)
    for _ in range(settings.RECEIPT_FAILURES_PER_MINUTE * 5):
        sign_in(flood, wrong_code_with_prefix(other_prefix, receipt))
    assert sign_in(flood, wrong_code_with_prefix(other_prefix, receipt)).status_code == 429
    assert sign_in(Client(enforce_csrf_checks=True), receipt).status_code == 302


def test_a_spent_prefix_refuses_the_right_code_too(org_a, settings, monkeypatch) -> None:
    _, receipt = signed_in_reporter()
    digits = receipt.replace(" ", "")
    flood = Client(enforce_csrf_checks=True)
    for _ in range(settings.RECEIPT_FAILURES_PER_MINUTE):
        sign_in(flood, wrong_code_with_prefix(digits[:3], digits))
    response = sign_in(Client(enforce_csrf_checks=True), receipt)
    assert response.status_code == 429  # else the refusal would tell a guesser they were right
    assert "Too many attempts" in response.content.decode()
    throttle.receipt_failures.reset()  # a minute later the bucket has refilled
    assert sign_in(Client(enforce_csrf_checks=True), receipt).status_code == 302


def test_malformed_codes_spend_no_prefix_budget(org_a, settings) -> None:
    _, receipt = signed_in_reporter()
    flood = Client(enforce_csrf_checks=True)
    for _ in range(settings.RECEIPT_FAILURES_PER_MINUTE * 2):
        assert sign_in(flood, receipt.replace(" ", "")[:20]).status_code == 200
    assert sign_in(Client(enforce_csrf_checks=True), receipt).status_code == 302


def test_one_prefix_budget_of_zero_digits_is_the_old_shared_budget() -> None:
    budgets = throttle.PrefixBudgets(per_minute=3, digits=0)
    for first in "123":
        assert not budgets.exhausted(first * 28)
        budgets.spend(first * 28)
    assert budgets.exhausted("9" * 28)  # one bucket for every code: what bench compares with


def test_prefix_budgets_forget_refilled_buckets() -> None:
    budgets = throttle.PrefixBudgets(per_minute=60_000, digits=1)
    for prefix in "0123456789":
        budgets.spend(prefix * 28)
    budgets._buckets["0"].tokens = budgets._buckets["0"].capacity  # refilled
    budgets.spend("5" * 28)
    assert "0" not in budgets._buckets
    assert len(budgets._buckets) <= 10
