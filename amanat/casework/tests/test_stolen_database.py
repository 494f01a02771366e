"""C26: a stolen copy of the data directory and settings, without a staff password, decrypts
nothing, holds no usable private key (not even in the session table), and logs nobody in as a
reporter; the same files with the password (or the offline recovery key) do decrypt, which shows
the test exercises the real decryption path."""

from __future__ import annotations

import base64

import pytest
from django.test import Client

from amanat.accounts.actions import unlock_private_key
from amanat.core import crypto
from amanat.intake.models import Report
from amanat.intake.queries import find_by_receipt
from amanat.intake.tests.conftest import submit
from amanat.testing.factories import PASSWORD
from amanat.testing.staff import read_report
from amanat.testing.staff_login import staff_client
from amanat.testing.sweep import files_under, places_at_rest, read_if_present

pytestmark = pytest.mark.django_db(transaction=True)


def _forms_of(key: bytes) -> dict[str, bytes]:
    """A key as raw bytes, hex (both cases) and base64 at every byte offset."""
    forms = {"raw": key, "hex": key.hex().encode(), "HEX": key.hex().upper().encode()}
    for offset in range(3):
        encoded = base64.b64encode(b"\0" * offset + key)
        forms[f"base64+{offset}"] = encoded[4 if offset else 0 : -4]
    return forms


def test_a_stolen_copy_holds_no_usable_key_and_opens_no_report(org_a) -> None:
    _, receipt = submit(Client(enforce_csrf_checks=True), what_happened="AMN-stolen-narrative")
    report = Report.objects.get()
    analyst = staff_client(org_a.analyst)  # a live session holds the unwrapped key
    assert analyst.get(f"/staff/reports/{report.public_id}/").status_code == 200

    private_keys = {
        "recovery": org_a.recovery_private,
        **{
            member.user.get_username(): unlock_private_key(member, PASSWORD)
            for member in (org_a.coordinator, org_a.analyst, org_a.researcher)
        },
    }
    contents = [read_if_present(path) for path in files_under(places_at_rest())]
    assert any(bytes(report.verifier) in content for content in contents), "copy not read"
    found = [
        (name, form)
        for name, key in private_keys.items()
        for form, pattern in _forms_of(key).items()
        if any(pattern in content for content in contents)
    ]
    assert found == []

    # The stored verifier and public key, typed as receipts, log nobody in.
    for stored in (bytes(report.verifier), bytes(report.reporter_public_key)):
        as_digits = str(int.from_bytes(stored, "big"))[:28]
        assert find_by_receipt(as_digits) is None
        assert find_by_receipt(stored.hex()) is None
    assert receipt is not None

    # Without a private key no sealed data key opens; with the password (or recovery) it does.
    for sealed in report.envelope.sealed_keys.all():
        with pytest.raises(crypto.CryptoError):
            crypto.unseal(crypto.generate_keypair().private, bytes(sealed.sealed))
    text = read_report(report, member=org_a.analyst)["fields"]["what_happened"]
    assert text == "AMN-stolen-narrative"
    recovered = read_report(report, recovery_private=org_a.recovery_private)
    assert recovered["fields"]["what_happened"] == "AMN-stolen-narrative"
