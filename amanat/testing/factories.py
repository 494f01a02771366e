"""Personas and factories shared by the test suites (healthchecks style)."""

from __future__ import annotations

import secrets
from dataclasses import dataclass

from amanat.accounts import actions
from amanat.accounts.models import Role, StaffMember
from amanat.keys.models import Organisation

PASSWORD = "correct horse battery staple"  # noqa: S105 - test persona password


@dataclass
class OrgPersonas:
    """An organisation with its recovery key and one member per role."""

    organisation: Organisation
    recovery_private: bytes
    coordinator: StaffMember
    analyst: StaffMember
    researcher: StaffMember


def make_org(slug: str = "org-a") -> OrgPersonas:
    organisation, recovery_private = actions.create_organisation(slug, f"Org {slug}", actor=None)
    members = {
        role: actions.create_staff_member(
            organisation, f"{role}-{slug}", PASSWORD, role, actor=None
        )
        for role in (Role.COORDINATOR, Role.ANALYST, Role.RESEARCHER)
    }
    return OrgPersonas(
        organisation=organisation,
        recovery_private=recovery_private,
        coordinator=members[Role.COORDINATOR],
        analyst=members[Role.ANALYST],
        researcher=members[Role.RESEARCHER],
    )


def make_admin(personas: OrgPersonas, username: str | None = None) -> StaffMember:
    """An administrator of the persona organisation (made by the operator, like setup does)."""
    name = username or f"admin-{personas.organisation.slug}"
    return actions.create_staff_member(
        personas.organisation, name, PASSWORD, Role.ADMIN, actor=None
    )


def canary(field: str) -> str:
    """A unique marker for one field, searched for afterwards in every stored byte."""
    return f"AMN-{field}-{secrets.token_hex(8)}"
