"""``amanat stats``: public statistics on the command line.

- ``demo --org SLUG``: for ``make run``, build a release and publish its statistics; does
  nothing when the organisation already has a public release.
- ``publish RELEASE_ID [--epsilon E] [--member USER]``: publish a built release's statistics,
  drawing E (default ``AMANAT_STATS_EPSILON``) from the organisation's lifetime budget; a
  refusal says what remains and exits with code 1.
- ``budget --org SLUG``: the organisation's ledger (lifetime, spent, remaining, per release).
"""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from amanat.accounts.models import StaffMember
from amanat.dataset.models import Release
from amanat.keys.models import Organisation
from amanat.publishing.publish import (
    BudgetExceeded,
    budget_of,
    publish,
    publish_demo_release,
    spent_by,
)


class Command(BaseCommand):
    help = "Public statistics: `publish` a built release, show the `budget`, `demo` for make run."

    def add_arguments(self, parser: CommandParser) -> None:
        sub = parser.add_subparsers(dest="action", required=True)
        demo = sub.add_parser("demo", help="build a release and publish its statistics")
        demo.add_argument("--org", required=True, help="organisation slug")
        pub = sub.add_parser("publish", help="publish a built release's public statistics")
        pub.add_argument("release", type=int, help="release id (see `amanat dataset release list`)")
        pub.add_argument("--epsilon", type=float, default=None, help="ε this release spends")
        pub.add_argument("--member", default=None, help="staff user name recorded as the actor")
        budget = sub.add_parser("budget", help="show an organisation's privacy ledger")
        budget.add_argument("--org", required=True, help="organisation slug")

    def handle(self, *args: Any, **options: Any) -> None:
        if options["action"] == "publish":
            self.publish(options)
            return
        if options["action"] == "budget":
            self.budget(options)
            return
        organisation = Organisation.objects.filter(slug=options["org"]).first()
        if organisation is None:
            raise CommandError(f"no organisation with slug {options['org']!r}")
        if Release.objects.filter(organisation=organisation, public=True).exists():
            self.stdout.write("A public release already exists; see /stats/.")
            return
        try:
            release = publish_demo_release(organisation)
        except BudgetExceeded as exc:
            raise CommandError(exc.message) from exc
        self.stdout.write(
            f"Built release {release.number} ({release.row_count} rows, "
            f"{release.synthetic_rows} synthetic) and published its statistics at /stats/."
        )

    def publish(self, options: dict[str, Any]) -> None:
        release = Release.objects.select_related("organisation").filter(pk=options["release"])
        found = release.first()
        if found is None:
            raise CommandError(f"no release with id {options['release']}")
        epsilon = options["epsilon"]
        if epsilon is not None and not 0 < epsilon <= 10:
            raise CommandError("--epsilon must be more than 0 and at most 10")
        actor = None
        if options["member"]:
            actor = StaffMember.objects.filter(
                user__username=options["member"], organisation=found.organisation, active=True
            ).first()
            if actor is None:
                raise CommandError(
                    f"no active staff member {options['member']!r} in {found.organisation.slug}"
                )
        try:
            tables = publish(found, actor=actor, epsilon=epsilon)
        except BudgetExceeded as exc:
            raise CommandError(exc.message) from exc
        total = tables[0].total if tables else 0
        left = budget_of(found.organisation_id).epsilon_lifetime - spent_by(found.organisation_id)
        self.stdout.write(
            f"Published {len(tables)} tables of release {found.number} (release total {total}) "
            f"at /stats/{found.pk}/; ε={max(0.0, left):.3g} of the lifetime budget remains."
        )

    def budget(self, options: dict[str, Any]) -> None:
        organisation = Organisation.objects.filter(slug=options["org"]).first()
        if organisation is None:
            raise CommandError(f"no organisation with slug {options['org']!r}")
        from amanat.stats.models import OrganisationBudget, PrivacyLedger

        fixed = OrganisationBudget.objects.filter(organisation=organisation).first()
        lifetime = fixed.epsilon_lifetime if fixed else None
        spent = spent_by(organisation.pk)
        for ledger in PrivacyLedger.objects.filter(release__organisation=organisation):
            used = sum(e.epsilon for e in ledger.entries.all())
            self.stdout.write(f"release {ledger.release.number}\tε={used:.6g}")
        if lifetime is None:
            self.stdout.write("No release published yet; the lifetime budget is fixed then.")
        else:
            self.stdout.write(
                f"lifetime ε={lifetime:.6g}, spent ε={spent:.6g}, "
                f"remaining ε={max(0.0, lifetime - spent):.6g}"
            )
