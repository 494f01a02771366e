"""``amanat monitor``: ingest, group, tag, run, watch, evaluate, reviews.

amanat monitor ingest --org SLUG [--feed URL] [--page URL] [--csv FILE|URL] [--path PATH]
                      [--watched] [--no-follow] [--min-interval SECONDS]
amanat monitor group --org SLUG
amanat monitor tag --org SLUG [--retag]
amanat monitor run --org SLUG              (watched sources → ingest → group → tag)
amanat monitor watch --org SLUG --kind feed|page|csv|path LOCATION
amanat monitor evaluate FOLDER [--json] [--predictions FILE]
amanat monitor reviews --org SLUG          (how analysts judged the proposals)
"""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from amanat.keys.models import Organisation
from amanat.monitor import actions, collect, queries
from amanat.monitor.models import SourceKind, WatchedSource
from amanat.monitor.nlp import (
    cli,
    corpus,
    decider,
    link_veto,
    story_vote,
    tacticmodel,
    textmodel,
    unplaced,
)
from amanat.monitor.sources.fetch import PoliteFetcher


def _organisation(slug: str) -> Organisation:
    organisation = Organisation.objects.filter(slug=slug).first()
    if organisation is None:
        raise CommandError(f"no organisation {slug!r}")
    return organisation


class Command(BaseCommand):
    help = "The news monitor: ingest, group, tag, run, watch, evaluate, reviews."

    def add_arguments(self, parser: CommandParser) -> None:
        sub = parser.add_subparsers(dest="action", required=True)
        ingest = sub.add_parser("ingest", help="fetch or read articles and store the new ones")
        for name, helptext in (
            ("--feed", "RSS or Atom feed URL"),
            ("--page", "web page URL"),
            ("--csv", "CSV of URLs (path or URL)"),
            ("--path", "local file or folder (.txt .html .eml)"),
        ):
            ingest.add_argument(name, action="append", default=[], help=helptext)  # fmt: skip
        ingest.add_argument("--watched", action="store_true", help="also the watched sources")
        ingest.add_argument("--no-follow", action="store_true", help="feed summaries only")
        run = sub.add_parser("run", help="watched sources: ingest, group and tag")
        group = sub.add_parser("group", help="group new articles into stories")
        tag = sub.add_parser("tag", help="tag new articles and propose incidents")
        tag.add_argument("--retag", action="store_true", help="tag every article again")
        watch = sub.add_parser("watch", help="add a source for `run` and the scheduled task")
        watch.add_argument("--kind", required=True, choices=SourceKind.values)
        watch.add_argument("location", help="URL or path")
        reviews = sub.add_parser("reviews", help="accepted and rejected proposals, by reason")
        for command in (ingest, run, group, tag, watch, reviews):
            command.add_argument("--org", required=True, help="organisation slug")
        for command in (ingest, run):
            command.add_argument(
                "--min-interval", type=float, default=5.0,
                help="seconds between requests to one host (default 5)",
            )  # fmt: skip
        scoring = sub.add_parser("evaluate", help="score the pipeline on a labelled folder")
        scoring.add_argument("folder", help="folder of .txt files with labels.jsonl")
        scoring.add_argument("--json", action="store_true", help="print one JSON object")
        scoring.add_argument("--predictions", help="write predictions in the labels format")

    def handle(self, *args: Any, **options: Any) -> None:
        action = options["action"]
        if action not in {"watch", "reviews"}:  # every other action tags articles
            try:
                textmodel.ready()
                tacticmodel.ready()
                for model in (decider, unplaced, story_vote, link_veto):  # JSON weights
                    model.ready()
            except (textmodel.ModelFileError, decider.DeciderFileError) as exc:
                raise CommandError(str(exc)) from exc
        if action == "evaluate":
            self._evaluate(options)
            return
        organisation = _organisation(options["org"])
        if action == "watch":
            source = actions.watch_source(organisation, options["kind"], options["location"],
                                          actor=None)  # fmt: skip
            self.stdout.write(f"Watching {source.kind} {source.location}.")
        elif action == "reviews":
            self._reviews(organisation)
        elif action in {"ingest", "run"}:
            self._ingest_and_more(organisation, options)
        elif action == "group":
            self._report(actions.group_articles(organisation))
        elif action == "tag":
            self._report(actions.tag_articles(organisation, retag=options["retag"]))

    def _ingest_and_more(self, organisation: Organisation, options: dict[str, Any]) -> None:
        fetcher = PoliteFetcher(min_interval=options["min_interval"])
        locations = [(kind, value) for kind in ("feed", "page", "csv", "path")
                     for value in options.get(kind) or []]  # fmt: skip
        if options["action"] == "run" or options.get("watched"):
            watched = WatchedSource.objects.filter(organisation=organisation, active=True)
            locations += [(source.kind, source.location) for source in watched]
        if not locations:
            raise CommandError("nothing to ingest: give --feed, --page, --csv, --path or "
                               "--watched (see `amanat monitor watch`)")  # fmt: skip
        items = collect.items(locations, fetcher, follow_links=not options.get("no_follow"))
        report = actions.ingest(organisation, items)
        if options["action"] == "run":
            actions.group_articles(organisation, report=report)
            actions.tag_articles(organisation, report=report)
        self._report(report)

    def _report(self, report: actions.RunReport) -> None:
        for where, reason in report.skipped:
            self.stdout.write(f"skipped {where}: {reason}")
        counts = report.counts()
        self.stdout.write(", ".join(f"{name} {value}" for name, value in counts.items()))

    def _evaluate(self, options: dict[str, Any]) -> None:
        try:
            cli.run(options["folder"], as_json=options["json"],
                    predictions=options.get("predictions"), out=self.stdout)  # fmt: skip
        except (corpus.CorpusError, OSError) as exc:
            raise CommandError(str(exc)) from exc

    def _reviews(self, organisation: Organisation) -> None:
        summary = queries.review_summary(organisation)
        precision = summary.precision
        shown = "—" if precision is None else f"{precision:.3f}"
        self.stdout.write(f"proposal precision (accepted / decided): {shown}")
        for status, count in sorted(summary.by_status.items()):
            self.stdout.write(f"  {status}: {count}")
        for reason, count in summary.by_reason.most_common():
            self.stdout.write(f"  rejected as {reason}: {count}")
        for version, counts in sorted(summary.by_version.items()):
            parts = ", ".join(f"{status} {count}" for status, count in sorted(counts.items()))
            self.stdout.write(f"  {version}: {parts}")
