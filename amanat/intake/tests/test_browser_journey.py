"""Browser journeys through the hotline in Debian's Chromium, with JavaScript off as on Tor
Browser's "Safest" setting: report, keep the receipt, come back, read the reply, answer.

Run with ``make test-browser`` (or ``pytest -m browser``). The Uyghur screenshot is also copied
to ``test-results/uyghur-form.png`` for a human to look at (pytest-playwright empties that folder
at the start of every pytest session, so look before the next run).
"""

from __future__ import annotations

import re
import shutil
from dataclasses import dataclass, field
from pathlib import Path
from typing import Self
from urllib.parse import urlsplit

import pytest
from PIL import Image
from playwright.sync_api import Locator, Page, Response, expect

from amanat.intake.models import Attachment, Author, Message, Report
from amanat.intake.tests.conftest import png_with_text
from amanat.intake.tests.test_return_with_receipt import staff_reply
from amanat.testing.browser import (  # noqa: F401 - fixtures, active for this module
    allow_django_under_playwright,
    base_url,
    browser_type_launch_args,
)
from amanat.testing.staff import read_attachment, read_report

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

RECEIPT = re.compile(r"[0-9]{4}(?: [0-9]{4}){6}")
PREFIXES = {"en": "", "ug": "/ug", "tr": "/tr", "zh-hans": "/zh-hans"}
ARABIC_SCRIPT = re.compile(r"[\u0600-\u06ff]")


# --- page objects -------------------------------------------------------------------------------


@dataclass
class Tab:
    """One browser tab with JavaScript off: the HTML of every page it has shown, and the method,
    path and status of every document it has loaded."""

    page: Page
    shown: list[str] = field(default_factory=list)
    documents: list[tuple[str, str, int]] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.page.on("response", self._note)

    def _note(self, response: Response) -> None:
        request = response.request
        if request.resource_type == "document":
            self.documents.append((request.method, urlsplit(response.url).path, response.status))


class HotlinePage:
    """A hotline page, made once the tab has arrived on it (and recorded in ``tab.shown``)."""

    heading: str | None = None  # the English h1, awaited on arrival when set

    def __init__(self, tab: Tab) -> None:
        self.tab = tab
        self.page = tab.page
        self.page.wait_for_load_state("load")
        method, path, status = tab.documents[-1]
        assert status < 400, (
            f"{method} {path} answered {status}: {self.page.locator('main').inner_text()[:300]}"
        )
        if self.heading is not None:
            expect(self.page.locator("main h1")).to_have_text(self.heading)
        tab.shown.append(self.page.content())

    @classmethod
    def open(cls, tab: Tab, path: str) -> Self:
        tab.page.goto(path)  # relative to the live server (the base_url fixture)
        return cls(tab)

    @property
    def lang(self) -> str | None:
        return self.page.get_attribute("html", "lang")

    @property
    def direction(self) -> str | None:
        return self.page.get_attribute("html", "dir")


class LandingPage(HotlinePage):
    heading = "Report pressure from a foreign state, safely"

    def make_a_report(self) -> ReportPage:
        self.page.get_by_role("link", name="Make a report").click()
        return ReportPage(self.tab)


class ReportPage(HotlinePage):
    @property
    def send_button(self) -> Locator:
        return self.page.locator("main form button[type=submit]")

    def describe(self, text: str) -> ReportPage:
        self.page.locator("#id_what_happened").fill(text)
        return self

    def choose_country(self, code: str) -> ReportPage:
        self.page.locator("select[name=country]").select_option(code)
        return self

    def choose_when(self, precision: str, **parts: int) -> ReportPage:
        """``precision`` is unknown, year, month or day; ``parts`` are year=, month=, day=."""
        self.page.locator(f"input[type=radio][name=when_precision][value={precision}]").check()
        for part, number in parts.items():
            self.page.locator(f"#id_when_{part}").fill(str(number))
        return self

    def tick(self, field: str, value: str) -> ReportPage:
        self.page.locator(f"input[name={field}][value={value}]").check()
        return self

    def attach(self, *paths: Path) -> ReportPage:
        self.page.locator("#id_attachments").set_input_files(list(paths))
        return self

    def send(self) -> ReceiptPage:
        self.send_button.click()
        return ReceiptPage(self.tab)


class ReceiptPage(HotlinePage):
    def __init__(self, tab: Tab) -> None:
        super().__init__(tab)
        expect(self.page.locator("#receipt")).to_be_visible()

    @property
    def receipt(self) -> str:
        text = self.page.locator("#receipt").inner_text().strip()
        assert RECEIPT.fullmatch(text), f"not a 28-digit receipt: {text!r}"
        return text

    @property
    def files_received(self) -> list[str]:
        return self.page.locator("main h2:has-text('Files received') + ul li").all_inner_texts()


class SignInPage(HotlinePage):
    heading = "Enter your receipt code"

    def sign_in(self, receipt: str) -> StatusPage:
        self.page.locator("#id_receipt").press_sequentially(receipt)  # typed, key by key
        self.page.locator("main form button[type=submit]").click()
        return StatusPage(self.tab)


class StatusPage(HotlinePage):
    heading = "Your report"

    @property
    def thread(self) -> list[str]:
        return self.page.locator("main ol.thread li").all_inner_texts()

    @property
    def notice(self) -> str:
        return self.page.locator("main p.notice[role=status]").inner_text()

    def answer(self, text: str) -> StatusPage:
        form = self.page.locator("main form[enctype='multipart/form-data']")
        form.locator("#id_message").fill(text)
        form.locator("button[type=submit]").click()
        return StatusPage(self.tab)


# --- helpers ------------------------------------------------------------------------------------


@pytest.fixture
def tab(new_context) -> Tab:
    """A reporter's tab on the live server, JavaScript off (Tor Browser's "Safest")."""
    context = new_context(java_script_enabled=False, viewport={"width": 1280, "height": 900})
    return Tab(context.new_page())


def ink_extent(screenshot: Path, box: dict[str, float]) -> tuple[float, float]:
    """Where dark (text) pixels start and end inside ``box``, as fractions of its width."""
    left, top = round(box["x"]), round(box["y"])
    right, bottom = round(box["x"] + box["width"]), round(box["y"] + box["height"])
    with Image.open(screenshot) as image:
        gray = image.convert("L").crop((left, top, right, bottom))
    ink = gray.point(lambda value: 255 if value < 128 else 0).getbbox()
    assert ink is not None, "no text drawn in the heading"
    return ink[0] / (right - left), ink[2] / (right - left)


# --- journeys -----------------------------------------------------------------------------------


def test_a_reporter_reports_and_returns_with_javascript_disabled(
    tab, live_server, org_a, tmp_path
) -> None:
    photo = tmp_path / "threat.png"
    photo.write_bytes(png_with_text("AMN-author-in-photo"))
    narrative = "A man from the consulate called my mother in Ghulja and asked about me."

    form = LandingPage.open(tab, "/").make_a_report()
    assert tab.page.url == f"{live_server.url}/report/"
    receipt_page = (
        form.describe(narrative)
        .choose_country("TR")
        .tick("targeted", "family_home")
        .tick("channels", "phone")
        .attach(photo)
        .send()
    )
    receipt = receipt_page.receipt
    assert [item for item in receipt_page.files_received if item.startswith("threat.png")]

    report = Report.objects.get()
    stored = read_report(report, member=org_a.analyst)
    assert stored["fields"]["what_happened"] == narrative
    assert stored["fields"]["country"] == "TR"
    assert stored["fields"]["targeted"] == ["family_home"]
    assert stored["fields"]["channels"] == ["phone"]
    (attachment,) = Attachment.objects.all()
    _, clean = read_attachment(attachment, member=org_a.analyst)
    assert clean.startswith(b"\x89PNG")
    assert b"AMN-author-in-photo" not in clean

    staff_reply(report, "Thank you. Which year did the calls start?")
    status = SignInPage.open(tab, "/return/").sign_in(receipt)
    assert tab.page.url == f"{live_server.url}/status/"
    assert [item for item in status.thread if "Which year did the calls start?" in item]

    answered = status.answer("In 2019, after I spoke at a protest.")
    assert answered.notice == "Sent. Thank you."
    assert Message.objects.filter(report=report, author=Author.REPORTER).count() == 1

    assert len(tab.shown) == 6  # landing, form, receipt, sign-in, status, status after answer
    for html in tab.shown:
        assert "<script" not in html.lower()
    assert receipt not in "".join(tab.shown[3:])  # the receipt is shown once, never again


def test_the_uyghur_form_renders_right_to_left(tab, tmp_path, pytestconfig) -> None:
    english = ReportPage.open(tab, "/report/")
    assert (english.lang, english.direction) == ("en", "ltr")
    tab.page.screenshot(path=tmp_path / "english-form.png")
    ltr_ink = ink_extent(tmp_path / "english-form.png", tab.page.locator("main h1").bounding_box())

    uyghur = ReportPage.open(tab, "/ug/report/")
    assert (uyghur.lang, uyghur.direction) == ("ug", "rtl")
    countries = tab.page.locator("select[name=country] option").all_inner_texts()
    assert sum(bool(ARABIC_SCRIPT.search(name)) for name in countries) > 100  # CLDR names
    screenshot = tmp_path / "uyghur-form.png"
    tab.page.screenshot(path=screenshot, full_page=True)
    results = Path(pytestconfig.rootpath) / "test-results"
    results.mkdir(exist_ok=True)
    shutil.copyfile(screenshot, results / "uyghur-form.png")

    # The control: in English the heading's text starts at the left edge of its box...
    assert ltr_ink[0] < 0.02, ltr_ink
    assert ltr_ink[1] < 0.6, ltr_ink
    # ...in Uyghur it hugs the right edge and leaves the left side empty.
    heading = tab.page.locator("main h1").bounding_box()
    rtl_ink = ink_extent(screenshot, heading)
    assert rtl_ink[1] > 0.98, rtl_ink
    assert rtl_ink[0] > 0.4, rtl_ink

    button = uyghur.send_button.bounding_box()
    main = tab.page.locator("main").bounding_box()
    assert button["x"] > main["x"] + main["width"] / 2, (button, main)
    assert abs((button["x"] + button["width"]) - (heading["x"] + heading["width"])) < 2


@pytest.mark.parametrize("language", list(PREFIXES))
def test_the_form_is_usable_in_every_language(tab, live_server, org_a, language) -> None:
    path = f"{PREFIXES[language]}/report/"
    form = ReportPage.open(tab, path)
    assert form.lang == language
    receipt_page = form.describe(f"A short account, sent from the {language} form.").send()

    assert RECEIPT.fullmatch(receipt_page.receipt)
    assert tab.page.url == f"{live_server.url}{path}"
    assert receipt_page.lang == language
    stored = read_report(Report.objects.get(), member=org_a.analyst)
    assert stored["language"] == language


# --- regressions found in the browser -----------------------------------------------------------


def test_a_form_post_carries_the_sites_origin(tab, live_server) -> None:
    """Django's CSRF check compares a post's Origin header with the site. Under a "no-referrer"
    policy, browsers that follow the Fetch standard (Chromium here) send "Origin: null" with
    every form post, and Django refuses all of them. A "same-origin" policy still sends nothing
    to other sites but keeps the Origin of the hotline's own posts. ("null" must not be made a
    trusted origin: sandboxed frames of any site send it.)"""
    form = ReportPage.open(tab, "/report/").describe("Which origin does this post carry?")
    with tab.page.expect_request(lambda request: request.method == "POST") as posted:
        form.send_button.click()
    tab.page.wait_for_load_state("load")
    assert posted.value.header_value("origin") == live_server.url


def test_the_reporter_can_say_how_exactly_they_know_the_date(tab, org_a) -> None:
    """The question "When did it happen?" must offer its four answers as radio buttons. The
    server-side tests post ``when_precision`` directly, so they cannot see what the browser gets."""
    form = ReportPage.open(tab, "/report/")
    choices = tab.page.locator("main input[type=radio][name=when_precision]")
    assert choices.count() == 4, "no radio buttons for 'When did it happen?'"
    form.describe("It started in March.").choose_when("month", year=2024, month=3).send()
    fields = read_report(Report.objects.get(), member=org_a.analyst)["fields"]
    assert (fields["when_precision"], fields["when_year"], fields["when_month"]) == (
        "month",
        2024,
        3,
    )
