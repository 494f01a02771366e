"""Which roles read content is decided once, in ``keys``; accounts' roles agree with it."""

from __future__ import annotations

import pytest

from amanat.accounts.models import Role
from amanat.keys import keyring

pytestmark = pytest.mark.django_db


def test_the_content_roles_are_accounts_roles() -> None:
    assert set(keyring.CONTENT_ROLES) == {Role.COORDINATOR, Role.ANALYST}


def test_only_active_members_with_a_content_role_are_readers(org_a) -> None:
    readers = set(keyring.readers(org_a.organisation))
    assert readers == {org_a.coordinator, org_a.analyst}
    assert all(m.reads_content for m in readers)
    org_a.analyst.active = False
    org_a.analyst.save(update_fields=["active"])
    assert set(keyring.readers(org_a.organisation)) == {org_a.coordinator}
