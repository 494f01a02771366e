"""``amanat indicators``: key files, campaigns, and sharing with partners.

``keygen --key-file PATH`` writes 32 random bytes as hex (mode 0600, never overwriting); use it
for the deployment key (``AMANAT_INDICATOR_KEY_FILE``) and for a joint key agreed with a partner.

``export --member USER --format stix|misp --output PATH`` writes the identifiers that member
may open (STIX 2.1 bundle or MISP event), in clear with ``--share-values`` or as joint-key
hashes with ``--joint-key-file``; ``import FILE --member USER`` matches a partner's STIX 2.1
bundle or MISP event against ours and prints the matches (nothing is stored or sent back).
Identifiers are encrypted: both need the member's password, read from the file named by
``AMANAT_PASSWORD_FILE`` or asked for on the terminal. Every export and import is audited.
"""

from __future__ import annotations

import getpass
import os
import sys
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from amanat.accounts.access import SignedIn
from amanat.accounts.actions import unlock_private_key
from amanat.accounts.models import StaffMember
from amanat.casework.reading import Tampered
from amanat.core.crypto import CryptoError
from amanat.core.progress import Progress
from amanat.indicators import actions, importing, keys, queries, sharing
from amanat.indicators.access import INDICATOR_ROLES
from amanat.keys.models import Organisation

TLPS = ("clear", "green", "amber", "red")


class Command(BaseCommand):
    help = (
        "Indicator matching: `keygen` a key file, `check` the configured key, "
        "`recluster` an organisation's campaigns (after changing the fan-out cap)."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        sub = parser.add_subparsers(dest="action", required=True)
        keygen = sub.add_parser("keygen", help="write a new random key file (mode 0600)")
        keygen.add_argument("--key-file", required=True, help="path of the file to create")
        sub.add_parser("check", help="verify that AMANAT_INDICATOR_KEY_FILE holds a usable key")
        recluster = sub.add_parser("recluster", help="recompute every campaign of an organisation")
        recluster.add_argument("--organisation", required=True, help="organisation slug")
        export = sub.add_parser("export", help="export identifiers as STIX 2.1 or MISP JSON")
        export.add_argument("--member", required=True, help="staff user name (whose keys)")
        export.add_argument("--format", choices=[sharing.STIX, sharing.MISP], default="stix")
        export.add_argument("--tlp", choices=TLPS, default="amber")
        export.add_argument("--campaign", type=int, default=None, help="one campaign only")
        export.add_argument("--output", required=True, help="file to create")
        mode = export.add_mutually_exclusive_group(required=True)
        mode.add_argument("--share-values", action="store_true", help="identifiers in clear")
        mode.add_argument("--joint-key-file", help="hash identifiers under this joint key")
        load = sub.add_parser("import", help="match a partner's STIX 2.1 bundle or MISP event")
        load.add_argument("file", help="the partner's JSON file")
        load.add_argument("--member", required=True, help="staff user name (whose keys)")
        load.add_argument("--joint-key-file", default=None, help="for joint-key hashes")
        load.add_argument("--region", default="", help="default phone region, e.g. DE")

    def handle(self, *args: Any, **options: Any) -> None:
        action = options["action"]
        if action == "keygen":
            self._keygen(Path(options["key_file"]))
        elif action in ("export", "import"):
            try:
                signed = _signed_in(options["member"])
                (self._export if action == "export" else self._import)(signed, options)
            except keys.KeyMissing as exc:
                raise CommandError(str(exc)) from exc
            except Tampered as exc:
                raise CommandError(
                    "an identifier failed its integrity check; see the "
                    "audit log and docs/indicators.md"
                ) from exc
        elif action == "check":
            try:
                key = keys.deployment_secret()
            except keys.KeyMissing as exc:
                raise CommandError(str(exc)) from exc
            self.stdout.write(f"indicator key usable ({len(key)} bytes)")
        else:
            slug = options["organisation"]
            organisation = Organisation.objects.filter(slug=slug).first()
            if organisation is None:
                raise CommandError(f"no organisation {slug!r}")
            written = actions.rebuild_campaigns(organisation, actor=None)
            self.stdout.write(f"{written} campaign(s) for {slug}")

    def _keygen(self, path: Path) -> None:
        try:
            keys.write_key_file(path)
        except FileExistsError as exc:
            raise CommandError(f"{path} exists; refusing to overwrite a key") from exc
        except OSError as exc:
            raise CommandError(f"{path}: {exc.strerror}") from exc
        self.stdout.write(
            f"wrote a new indicator key to {path} (back it up apart from the database)"
        )

    def _export(self, signed: SignedIn, options: dict[str, Any]) -> None:
        campaign = None
        if options["campaign"] is not None:
            from amanat.indicators.models import Campaign

            campaign = Campaign.objects.filter(
                pk=options["campaign"], organisation_id=signed.member.organisation_id
            ).first()
            if campaign is None:
                raise CommandError(f"no campaign {options['campaign']} in your organisation")
        chosen = list(queries.exportable(signed.member, campaign).values_list("pk", flat=True))
        if not chosen:
            raise CommandError("no identifier to export")
        bar = Progress(
            "opening identifiers", len(chosen), stream=getattr(self.stderr, "_out", sys.stderr)
        )
        joint = _joint_key(options["joint_key_file"]) if options["joint_key_file"] else None
        choice = sharing.ExportChoice(chosen, options["tlp"], options["format"], joint)
        exported = sharing.export(signed, choice)
        bar.update(len(chosen))
        bar.finish()
        if not exported.count:
            raise CommandError("you hold no key to any of these identifiers")
        try:
            with Path(options["output"]).open("xb") as handle:
                handle.write(exported.content)
        except FileExistsError as exc:
            raise CommandError(f"{options['output']} exists; refusing to overwrite it") from exc
        except OSError as exc:
            raise CommandError(f"{options['output']}: {exc.strerror}") from exc
        self.stdout.write(
            f"wrote {exported.count} identifier(s) to {options['output']} "
            f"({options['format']}, TLP:{options['tlp'].upper()}); "
            f"{exported.locked} without a key left out"
        )

    def _import(self, signed: SignedIn, options: dict[str, Any]) -> None:
        try:
            data = Path(options["file"]).read_bytes()
        except OSError as exc:
            raise CommandError(f"{options['file']}: {exc.strerror}") from exc
        try:
            if b'"Event"' in data[:4096]:
                parsed = importing.read_misp_event(data, region=options["region"])
            else:
                parsed = importing.read_bundle(data, region=options["region"])
        except importing.BundleError as exc:
            sharing.refused(signed, type(exc).__name__)
            raise CommandError(str(exc)) from exc
        joint = _joint_key(options["joint_key_file"]) if options["joint_key_file"] else None
        report = sharing.match(signed, parsed, joint)
        self.stdout.write(
            f"{parsed.indicators} indicator(s): {len(parsed.identifiers)} values, "
            f"{len(parsed.joint_hashes)} joint-key hashes, {parsed.unsupported} unsupported, "
            f"{len(parsed.rejected)} rejected; {len(report.matches)} match(es) on "
            f"{report.incident_count} of our incident(s)"
        )
        for found in report.matches:
            codes = ", ".join(str(row.incident.pk) for row in found.incidents)
            self.stdout.write(f"indicator #{found.indicator.pk}: incidents {codes}")


def _signed_in(username: str) -> SignedIn:
    """The member's private key, unlocked with their password (never taken as an argument)."""
    member = (
        StaffMember.objects.select_related("user", "organisation")
        .filter(user__username=username, active=True)
        .first()
    )
    if member is None or member.role not in INDICATOR_ROLES:
        raise CommandError(f"no active coordinator or analyst with user name {username!r}")
    path = os.environ.get("AMANAT_PASSWORD_FILE")
    if path:
        try:
            password = Path(path).read_text().rstrip("\n")
        except OSError as exc:
            raise CommandError(f"AMANAT_PASSWORD_FILE: {exc.strerror}") from exc
    elif sys.stdin.isatty():
        password = getpass.getpass(f"Password of {username}: ")
    else:
        raise CommandError("set AMANAT_PASSWORD_FILE or run on a terminal to type the password")
    try:
        private_key = unlock_private_key(member, password)
    except CryptoError as exc:
        raise CommandError("wrong password") from exc
    return SignedIn(member=member, private_key=private_key)


def _joint_key(path: str) -> bytes:
    try:
        text = Path(path).read_text(encoding="ascii", errors="replace")[:4096]
        return keys.parse_key(text, what="joint key")
    except OSError as exc:
        raise CommandError(f"{path}: {exc.strerror}") from exc
    except keys.KeyMissing as exc:
        raise CommandError(str(exc)) from exc
