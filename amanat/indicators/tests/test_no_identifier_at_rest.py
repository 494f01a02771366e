"""A copy of the data directory holds no readable identifier: only keyed hashes and ciphertext.

Identifiers are entered through the real pages (record, look up, open, export, import), then the
database is checkpointed and every file under the data directory is searched for each value in
many encodings (UTF-8, UTF-16, hex, base64, …: ``testing/sweep.py``).
"""

from __future__ import annotations

import secrets
from pathlib import Path

import pytest
from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection

from amanat.indicators.models import Indicator
from amanat.indicators.tests.conftest import make_incident, post
from amanat.testing.staff_login import staff_client
from amanat.testing.sweep import sweep

pytestmark = pytest.mark.django_db(transaction=True)


def flush_to_disk() -> list[Path]:
    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            cursor.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        else:
            cursor.execute("CHECKPOINT")
    return [Path(settings.DATA_DIR)]


def canaries() -> dict[str, tuple[dict[str, str], list[str]]]:
    """Per kind: the form data, and the strings that must not be found (as typed, normalised)."""
    digits = "139" + "".join(secrets.choice("0123456789") for _ in range(8))
    tag = secrets.token_hex(6)
    return {
        "phone": (
            {"kind": "phone", "value": f"+86 {digits[:3]} {digits[3:7]} {digits[7:]}"},
            [f"+86{digits}", digits, f"{digits[3:7]} {digits[7:]}"],
        ),
        "email": ({"kind": "email", "value": f"amn-{tag}@example.org"}, [f"amn-{tag}"]),
        "handle": (
            {"kind": "handle", "platform": "wechat", "value": f"amnwx{tag}"},
            [f"amnwx{tag}"],
        ),
        "url": ({"kind": "url", "value": f"https://amn{tag}.example/p"}, [f"amn{tag}"]),
    }


def test_no_identifier_is_readable_in_the_database_files(org_a) -> None:
    incident = make_incident(org_a.analyst)
    client = staff_client(org_a.analyst)
    marks = canaries()
    add = f"/staff/indicators/incident/{incident.public_id}/add/"
    for data, _forbidden in marks.values():
        form = {"platform": "", "region": "", **data}
        assert post(client, add, form).status_code == 302
        assert post(client, "/staff/indicators/", form).status_code == 200
    assert Indicator.objects.count() == 4
    page = client.get(add).content.decode()
    assert all(forbidden[0] in page for _data, forbidden in marks.values())  # they decrypt
    ids = list(Indicator.objects.values_list("pk", flat=True))
    bundle = post(
        client,
        "/staff/indicators/export/",
        {"indicators": ids, "tlp": "red", "fmt": "stix", "share_values": "on"},
    ).content
    upload = SimpleUploadedFile("b.json", bundle, content_type="application/json")
    assert post(client, "/staff/indicators/import/", {"bundle": upload}).status_code == 200
    markers = [text for _data, forbidden in marks.values() for text in forbidden]
    hits = sweep(flush_to_disk(), markers)
    assert [(str(h.path), h.marker, h.encoding) for h in hits] == []
