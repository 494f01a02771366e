"""Fixtures for every suite: cheap KDF, personas, fresh rate limits."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from amanat.core import crypto


@pytest.fixture
def fast_kdf(settings) -> Iterator[None]:
    """The one way tests lower key-derivation cost: Argon2id for key wrapping and Django's
    password hasher (production costs are ~0.5 s per wrap and ~0.3 s per password)."""
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    previous = crypto.set_kdf_cost(crypto.FAST_KDF_FOR_TESTS)
    yield
    crypto.set_kdf_cost(previous)


@pytest.fixture
def org_a(db: None, fast_kdf: None):
    from amanat.testing.factories import make_org

    return make_org("org-a")


@pytest.fixture
def org_b(db: None, fast_kdf: None):
    from amanat.testing.factories import make_org

    return make_org("org-b")


@pytest.fixture(autouse=True)
def _fresh_rate_limits() -> Iterator[None]:
    from amanat.intake import throttle

    throttle.submissions.reset()
    throttle.receipt_failures.reset()
    return


@pytest.fixture(autouse=True)
def _default_language() -> Iterator[None]:
    """Start every test in the default language: a request served in Chinese leaves Chinese
    active in the thread, and a command run by a later test would answer in it."""
    from django.utils import translation

    translation.deactivate()
    yield
    translation.deactivate()
