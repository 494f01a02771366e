"""Fixtures for every suite: cheap KDF, personas, fresh rate limits."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from amanat.core import crypto


@pytest.fixture
def fast_kdf() -> Iterator[None]:
    """The one way tests lower the Argon2id cost (production cost is ~0.5 s per wrap)."""
    previous = crypto.set_kdf_cost(crypto.FAST_KDF_FOR_TESTS)
    yield
    crypto.set_kdf_cost(previous)


@pytest.fixture
def org_a(db: None, fast_kdf: None):  # noqa: ANN201 - returns OrgPersonas
    from amanat.testing.factories import make_org

    return make_org("org-a")


@pytest.fixture
def org_b(db: None, fast_kdf: None):  # noqa: ANN201
    from amanat.testing.factories import make_org

    return make_org("org-b")


@pytest.fixture(autouse=True)
def _fresh_rate_limits() -> Iterator[None]:
    from amanat.intake import throttle

    throttle.submissions.reset()
    throttle.receipt_failures.reset()
    yield
