"""``amanat setup``: create the real organisation, its first coordinator and its keys."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from amanat.cli.setup import SetupError, SetupPlan, run_setup

NEXT_STEPS = """\
Organisation {slug!r} created.

First coordinator: {user}
One-time password: {password}
  (shown once; it must be changed at first sign-in, then a second factor is enrolled)

Keys written:
  recovery key (PRIVATE, move offline now):  {recovery}
  backup private key (move offline now):     {backup_private}
  backup public key (stays on the server):   {backup_public}

Next steps:
  1. Move both private key files to offline storage and delete them here;
     check a copy later with `amanat keys check --org {slug} --key-file FILE`.
  2. Set AMANAT_HOTLINE_ORG={slug} in the server's environment (required as soon as a second
     organisation exists), then start `amanat serve --production`.
  3. Sign in at /staff/login/ as {user}, change the password and enrol the second factor.
  4. Invite colleagues from the team page; each new reader needs approval by a key holder.
  5. Schedule `amanat backup FILE --public-key-file {backup_public}`.
"""


class Command(BaseCommand):
    help = "First setup: an organisation, its first coordinator, the recovery and backup keys."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--org", required=True, help="organisation slug, e.g. our-org")
        parser.add_argument("--name", required=True, help="organisation name")
        parser.add_argument("--coordinator", required=True, help="first coordinator's user name")
        parser.add_argument(
            "--recovery-key-file", required=True, help="where to write the PRIVATE recovery key"
        )
        parser.add_argument(
            "--backup-public-key-file", required=True, help="where to write the backup public key"
        )
        parser.add_argument(
            "--backup-private-key-file",
            required=True,
            help="where to write the backup PRIVATE key (move it offline)",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        plan = SetupPlan(
            slug=options["org"],
            name=options["name"],
            coordinator=options["coordinator"],
            recovery_key_file=Path(options["recovery_key_file"]),
            backup_public_key_file=Path(options["backup_public_key_file"]),
            backup_private_key_file=Path(options["backup_private_key_file"]),
        )
        try:
            result = run_setup(plan)
        except SetupError as exc:
            raise CommandError(str(exc)) from exc
        for warning in result.warnings:
            self.stderr.write(f"Warning: {warning}")
        self.stdout.write(
            NEXT_STEPS.format(
                slug=plan.slug,
                user=plan.coordinator,
                password=result.coordinator_password,
                recovery=plan.recovery_key_file,
                backup_private=plan.backup_private_key_file,
                backup_public=plan.backup_public_key_file,
            )
        )
