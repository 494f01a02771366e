"""Key management: check an offline recovery key, and restore a colleague's access with it."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from amanat.accounts import actions
from amanat.accounts.models import StaffMember
from amanat.core import crypto
from amanat.keys.models import Organisation, RecoveryKey


def read_hex_key(path: str) -> bytes:
    try:
        text = Path(path).read_text(encoding="ascii").strip()
        key = bytes.fromhex(text)
    except (OSError, ValueError, UnicodeDecodeError) as exc:
        raise CommandError(f"{path}: not a readable hex key file ({exc})") from exc
    if len(key) != crypto.KEY_BYTES:
        raise CommandError(f"{path}: a recovery key is {crypto.KEY_BYTES} bytes, got {len(key)}")
    return key


def _recovery_key_for(slug: str, path: str) -> tuple[Organisation, bytes]:
    organisation = Organisation.objects.filter(slug=slug).first()
    if organisation is None:
        raise CommandError(f"no organisation {slug!r}")
    private = read_hex_key(path)
    try:
        public = bytes(organisation.recovery_key.public_key)
    except RecoveryKey.DoesNotExist as exc:
        raise CommandError(f"organisation {slug!r} has no recovery key") from exc
    if crypto.keypair_from_private(private).public != public:
        raise CommandError(f"this key does not open organisation {slug!r}'s envelopes")
    return organisation, private


def _write_new(path: str, text: str) -> None:
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError as exc:
        raise CommandError(f"{path} exists; refusing to overwrite a key") from exc
    with os.fdopen(fd, "w") as handle:
        handle.write(text + "\n")


class Command(BaseCommand):
    help = (
        "Key operations: `check` a recovery key file, `recover` a colleague's access, "
        "`backup-keygen` a key pair for encrypted backups."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        sub = parser.add_subparsers(dest="action", required=True)
        check = sub.add_parser("check", help="verify that a key file is the organisation's")
        recover = sub.add_parser("recover", help="re-seal every data key to a staff member")
        for command in (check, recover):
            command.add_argument("--org", required=True, help="organisation slug")
            command.add_argument("--key-file", required=True, help="hex private recovery key")
        recover.add_argument("--grant-to", required=True, help="user name of the staff member")
        keygen = sub.add_parser("backup-keygen", help="create the backup key pair")
        keygen.add_argument(
            "--public-key-file", required=True, help="where to write the public key"
        )
        keygen.add_argument(
            "--private-key-file",
            required=True,
            help="where to write the PRIVATE key: move it offline afterwards",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        if options["action"] == "backup-keygen":
            pair = crypto.generate_keypair()
            _write_new(options["public_key_file"], pair.public.hex())
            _write_new(options["private_key_file"], pair.private.hex())
            self.stdout.write("Backup key pair written; keep the private key offline.")
            return
        organisation, private = _recovery_key_for(options["org"], options["key_file"])
        if options["action"] == "check":
            self.stdout.write(f"The key matches organisation {organisation.slug}.")
            return
        member = StaffMember.objects.filter(
            organisation=organisation, user__username=options["grant_to"], active=True
        ).first()
        if member is None or not member.reads_content:
            raise CommandError(f"{options['grant_to']!r} is not an active content member")
        count = actions.recover_access(member, private, actor=None)
        self.stdout.write(f"{count} data keys re-sealed to {member.user.get_username()}.")
