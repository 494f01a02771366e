"""Background work of the dataset: release builds, run by ``amanat db_worker`` (django-tasks).

A release of a million incidents takes minutes; building it in a task keeps requests short
(lessons-from-peers.md, item 3), and the release page shows its progress.
"""

from __future__ import annotations

from django_tasks import task

from amanat.dataset.releases import versions as releases


@task()
def build_release(release_id: int) -> str:
    return releases.build(release_id)
