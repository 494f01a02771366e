"""The receipt tells the reporter, in their language, what was removed and what was refused.

The worker names removed items in English for staff ("GPS location", "MP4 ©xyz (location)");
the reporter sees translated categories. Hostile documents are refused with their own reason
while the report and the other files are kept.
"""

from __future__ import annotations

import html
import re

import pytest
from django.utils.translation import override

from amanat.intake import removed_labels
from amanat.intake.models import Report
from amanat.intake.tests import format_fixtures as ff
from amanat.intake.tests import stripping_fixtures as fx
from amanat.intake.tests.conftest import submit, upload


def _english_labels() -> set[str]:
    """Every English category label, and the detailed names the worker sends for these files."""
    with override("en"):
        labels = {str(label) for label in removed_labels.CATEGORIES}
    assert len(labels) > 10
    return labels | {"GPS location", "Camera make", "Camera model", "Image description", "Author"}


def _outcome_section(page: str) -> str:
    return html.unescape(re.sub(r"<[^>]+>", " ", page.split("<h2", 1)[-1]))


@pytest.mark.parametrize("prefix", ["/ug", "/tr", "/zh-hans"])
def test_the_receipt_lists_removed_items_in_the_reporters_language(
    hotline, org_a, prefix: str
) -> None:
    canaries = fx.Canaries()
    files = [
        upload("photo.jpg", fx.jpeg_with_metadata(canaries)),
        upload("letter.docx", ff.docx_with_metadata(canaries)),
    ]
    response, receipt = submit(
        hotline, lang_prefix=prefix, files=files, what_happened="They called my mother."
    )
    assert receipt is not None
    text = _outcome_section(response.content.decode())
    english = [label for label in _english_labels() if label in text]
    assert not english, f"{prefix}: English labels on the receipt: {english}"
    assert "photo.jpg" in text
    assert "letter.docx" in text


def test_the_english_receipt_uses_the_same_categories(hotline, org_a) -> None:
    files = [upload("photo.jpg", fx.jpeg_with_metadata(fx.Canaries()))]
    response, _receipt = submit(hotline, files=files, what_happened="x")
    text = _outcome_section(response.content.decode())
    assert "Location (GPS)" in text
    assert "Device make and model" in text
    assert "Camera make" not in text  # the detail stays for staff


def test_hostile_documents_and_videos_are_refused_with_their_reason_and_the_report_kept(
    hotline, org_a
) -> None:
    whole = ff.video_with_metadata(fx.Canaries(), "mp4", faststart=True)
    files = [
        upload("bomb.docx", ff.docx_zip_bomb(megabytes=40)),
        upload("macro.docx", ff.docx_with_metadata(fx.Canaries(), macros=True)),
        upload("template.docx", ff.docx_with_metadata(fx.Canaries(), external=True)),
        upload("cut.mp4", whole[: len(whole) // 2]),
        upload("photo.jpg", fx.jpeg_with_metadata(fx.Canaries())),
    ]
    response, receipt = submit(hotline, files=files, what_happened="Summons attached.")
    assert receipt is not None
    assert Report.objects.count() == 1
    page = html.unescape(response.content.decode())
    assert "far more data than a real document" in page
    assert "macros or other programs" in page
    assert "loads content from the internet" in page
    assert "seems damaged" in page
    assert "photo.jpg" in page.split("Files not accepted", 1)[0]  # accepted, listed above


@pytest.mark.parametrize(
    ("name", "category"),
    [
        ("GPS location", removed_labels.LOCATION),
        ("MP4 ©xyz (location)", removed_labels.LOCATION),
        ("QuickTime location", removed_labels.LOCATION),
        ("Camera serial number", removed_labels.SERIAL),
        ("Camera owner name", removed_labels.PEOPLE),
        ("PDF author", removed_labels.PEOPLE),
        ("Company", removed_labels.PEOPLE),
        ("QuickTime device model", removed_labels.DEVICE),
        ("Comments and their authors", removed_labels.COMMENTS),
        ("Revision identifiers (rsid)", removed_labels.REVISIONS),
        ("Recording date and time (MP4 header)", removed_labels.DATES),
        ("Encoder name (vendor string)", removed_labels.SOFTWARE),
        ("Application settings (printer name)", removed_labels.SOFTWARE),
        ("Embedded cover picture or thumbnail", removed_labels.PICTURES),
        ("Data hidden after the recording", removed_labels.HIDDEN),
        ("Unique image ID", removed_labels.IDENTIFIERS),
        ("JavaScript", removed_labels.SCRIPTS),
        ("Subtitle track", removed_labels.TRACKS),
        ("ID3 title (TIT2)", removed_labels.TEXT),
        ("XMP", removed_labels.TECHNICAL),
        ("MP4 metadata item", removed_labels.TECHNICAL),
        ("Canvas size (PNG caNv)", removed_labels.OTHER),
    ],
)
def test_each_removed_name_lands_in_the_category_a_reporter_would_expect(
    name: str, category: object
) -> None:
    assert removed_labels.category(name) is category


def test_categories_are_shown_once_each_most_sensitive_first() -> None:
    names = ["XMP", "Camera make", "GPS location", "Camera model", "12 more"]
    with override("en"):
        shown = removed_labels.for_reporter(names)
    assert shown == [
        "Location (GPS)",
        "Device make and model",
        "Technical metadata blocks (EXIF, XMP, ICC)",
    ]
