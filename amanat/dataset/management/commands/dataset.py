"""``amanat dataset demo --org SLUG --count N``: synthetic coded incidents, marked synthetic.

Running it again on an organisation that already has synthetic data does nothing unless
``--add``. ``amanat stats demo --org SLUG`` then builds a release and publishes its statistics.
"""

from __future__ import annotations

import sys
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from amanat.keys.models import Organisation


class Command(BaseCommand):
    help = "Dataset tools: `demo` creates synthetic coded incidents (marked synthetic)."

    def add_arguments(self, parser: CommandParser) -> None:
        sub = parser.add_subparsers(dest="action", required=True)
        demo = sub.add_parser("demo", help="create synthetic coded incidents")
        demo.add_argument("--org", required=True, help="organisation slug")
        demo.add_argument("--count", type=int, default=2000, help="incidents to create")
        demo.add_argument("--seed", type=int, default=None, help="random seed (repeatable runs)")
        demo.add_argument("--add", action="store_true", help="add even if synthetic data exists")

    def handle(self, *args: Any, **options: Any) -> None:
        if options["action"] == "demo":
            self.demo(options)

    def demo(self, options: dict[str, Any]) -> None:
        from amanat.dataset import demo

        count = int(options["count"])
        if count < 1 or count > 5_000_000:
            raise CommandError("--count must be between 1 and 5000000")
        organisation = Organisation.objects.filter(slug=options["org"]).first()
        if organisation is None:
            raise CommandError(f"no organisation with slug {options['org']!r}")
        if demo.has_synthetic(organisation) and not options["add"]:
            self.stdout.write(f"Synthetic data already present in {organisation.slug}.")
            return

        def progress(done: int, total: int) -> None:
            if options.get("verbosity", 1) > 1 and sys.stderr.isatty():
                sys.stderr.write(f"\r{done}/{total}")

        batch = demo.generate(organisation, count, seed=options["seed"], progress=progress)
        self.stdout.write(
            f"Created {batch.rows_imported} synthetic incidents in {organisation.slug} "
            f"(import batch {batch.pk}, marked synthetic)."
        )
