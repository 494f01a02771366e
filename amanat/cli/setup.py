"""First setup of a real installation: one organisation, its first coordinator and its keys.

``amanat demo`` makes a trial organisation with known accounts; a real one needs the keys written
where the operator says (the recovery key and the backup private key belong offline) and a
coordinator whose one-time password is shown once and must be changed at first sign-in.
"""

from __future__ import annotations

import os
import secrets
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.core.validators import validate_slug
from django.db import transaction

from amanat.accounts import actions
from amanat.accounts.models import Role
from amanat.core import crypto
from amanat.keys.models import Organisation


class SetupError(Exception):
    """Something the operator must correct; nothing was created."""


@dataclass(frozen=True)
class SetupPlan:
    slug: str
    name: str
    coordinator: str
    recovery_key_file: Path
    backup_public_key_file: Path
    backup_private_key_file: Path


@dataclass(frozen=True)
class SetupResult:
    organisation: Organisation
    coordinator_password: str
    warnings: list[str]


def _inside(path: Path, folder: Path) -> bool:
    return path.resolve().is_relative_to(folder.resolve())


def check_plan(plan: SetupPlan) -> list[str]:
    """Refuse what cannot work; return warnings for what works but is unsafe."""
    try:
        validate_slug(plan.slug)
    except ValidationError as exc:
        raise SetupError(f"--org {plan.slug!r}: use letters, digits, '-' and '_' only") from exc
    if not plan.name.strip():
        raise SetupError("--name must not be empty")
    if Organisation.objects.filter(slug=plan.slug).exists():
        raise SetupError(f"organisation {plan.slug!r} already exists; nothing was changed")
    if not plan.coordinator.strip():
        raise SetupError("--coordinator must name the first coordinator's user name")
    if get_user_model().objects.filter(username=plan.coordinator).exists():
        raise SetupError(f"user name {plan.coordinator!r} is taken; nothing was changed")
    files = [plan.recovery_key_file, plan.backup_public_key_file, plan.backup_private_key_file]
    if len({path.resolve() for path in files}) != len(files):
        raise SetupError("the three key files must be different files")
    for path in files:
        if path.exists():
            raise SetupError(f"{path} exists; refusing to overwrite a key")
        if not path.parent.is_dir():
            raise SetupError(f"{path.parent} is not a directory")
    secret_files = (plan.recovery_key_file, plan.backup_private_key_file)
    return [
        f"{path} is inside the data directory: move it offline now (it must not stay on the "
        "server or in its backups)."
        for path in secret_files
        if _inside(path, settings.DATA_DIR)
    ]


def _write_new(path: Path, text: str) -> None:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w") as handle:
        handle.write(text + "\n")


def run_setup(plan: SetupPlan) -> SetupResult:
    """Create the organisation, its coordinator and keys; write the key files last-to-first.

    The database work is one transaction; the key files are written inside it, so a failure to
    write one rolls the organisation back and removes the files already written.
    """
    warnings = check_plan(plan)
    password = secrets.token_urlsafe(15)
    backup = crypto.generate_keypair()
    written: list[Path] = []
    try:
        with transaction.atomic():
            organisation, recovery_private = actions.create_organisation(
                plan.slug, plan.name.strip(), actor=None
            )
            actions.create_staff_member(
                organisation,
                plan.coordinator,
                password,
                Role.COORDINATOR,
                actor=None,
                must_change_password=True,
            )
            for path, value in (
                (plan.recovery_key_file, recovery_private.hex()),
                (plan.backup_private_key_file, backup.private.hex()),
                (plan.backup_public_key_file, backup.public.hex()),
            ):
                _write_new(path, value)
                written.append(path)
    except OSError as exc:
        for path in written:
            path.unlink(missing_ok=True)
        raise SetupError(f"could not write a key file ({exc}); nothing was created") from exc
    return SetupResult(organisation, password, warnings)
