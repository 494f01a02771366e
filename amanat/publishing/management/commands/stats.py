"""``amanat stats demo --org SLUG``: build a release and publish its public statistics.

For ``make run``: does nothing when the organisation already has a public release or no
incident at all. Real releases are built and published from the staff pages.
"""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from amanat.dataset.models import Release
from amanat.keys.models import Organisation
from amanat.publishing.publish import BudgetExceeded, publish_demo_release


class Command(BaseCommand):
    help = "Public statistics tools: `demo` builds and publishes a demo release."

    def add_arguments(self, parser: CommandParser) -> None:
        sub = parser.add_subparsers(dest="action", required=True)
        demo = sub.add_parser("demo", help="build a release and publish its statistics")
        demo.add_argument("--org", required=True, help="organisation slug")

    def handle(self, *args: Any, **options: Any) -> None:
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
