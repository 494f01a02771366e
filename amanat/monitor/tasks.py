"""The scheduled monitor run, as a django-tasks task.

``monitor_watched_sources`` ingests every active watched source of one organisation (sources are
added with ``amanat monitor watch``), groups the new articles and tags them, which creates or
refreshes proposals in the review queue. Enqueue it from a scheduler (cron, systemd timer), for
example every six hours::

    amanat shell -c "from amanat.monitor.tasks import monitor_watched_sources as t; \\
                     t.enqueue('org-slug')"

and let ``amanat db_worker`` run it (the TASKS backend is configured in settings). It can also
run in the foreground, without a worker: ``amanat monitor run --org org-slug``. The result is a
dict of counts (added, duplicates, skipped, grouped, new stories, merged, tagged, relevant,
proposed), JSON-serialisable as the database backend needs.
"""

from __future__ import annotations

from django_tasks import task

from amanat.core.time import today
from amanat.keys.models import Organisation
from amanat.monitor import actions, collect
from amanat.monitor.models import WatchedSource
from amanat.monitor.sources.fetch import PoliteFetcher


@task()
def monitor_watched_sources(organisation_slug: str) -> dict[str, int]:
    """Ingest, group and tag the organisation's watched sources (one polite fetcher per run)."""
    organisation = Organisation.objects.get(slug=organisation_slug)
    watched = list(WatchedSource.objects.filter(organisation=organisation, active=True))
    report = actions.ingest(organisation, collect.items(
        [(source.kind, source.location) for source in watched], PoliteFetcher()))  # fmt: skip
    actions.group_articles(organisation, report=report)
    actions.tag_articles(organisation, report=report)
    WatchedSource.objects.filter(pk__in=[s.pk for s in watched]).update(last_run_on=today())
    return report.counts()
