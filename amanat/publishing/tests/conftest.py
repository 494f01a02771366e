"""Stats fixtures: the dataset's (coded incidents, a temporary data directory) and a built
release ready to publish."""

from __future__ import annotations

import pytest

from amanat.dataset.filters import DatasetFilter
from amanat.dataset.models import Release
from amanat.dataset.releases import versions as releases
from amanat.dataset.tests.conftest import _fresh_analytics, make_incidents

__all__ = ["_fresh_analytics", "built_release", "make_incidents"]


def built_release(org, title: str = "Release", selection: DatasetFilter | None = None) -> Release:
    release = releases.create_release(org.researcher, selection or DatasetFilter(), title)
    assert releases.build(release.pk) == "done"
    release.refresh_from_db()
    return release


@pytest.fixture
def identity_noise(monkeypatch):
    """Noise of zero, for tests that check suppression on known counts. The parameters
    recorded are still OpenDP's; only the draw is replaced."""
    from amanat.publishing import privacy

    def exact(values, epsilon, *, discrete=True):
        _apply, noise = privacy.mechanism(epsilon, 1, discrete=discrete)
        return [float(v) for v in values], noise

    monkeypatch.setattr("amanat.publishing.publish.measure", exact)
