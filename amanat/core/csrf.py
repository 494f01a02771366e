"""CSRF tokens drawn with one read of the system's random source instead of one per character.

Django's CSRF middleware draws each token's secret and mask with ``get_random_string``, which
calls ``secrets.choice`` once per character: 64 system calls for a form page, each a moment when
the other threads of a gunicorn worker take the interpreter, and a measurable part of what an
anonymous visitor costs (issue #14). ``install`` points the middleware at ``ids.random_string``:
the same length, the same alphabet, every character still uniformly random.
"""

from __future__ import annotations

from django.middleware import csrf

from amanat.core.ids import random_string


def install() -> None:
    """Called once from ``CoreConfig.ready``; refuses to start if Django stopped drawing tokens
    this way (then this module needs revisiting, not silently doing nothing)."""
    if not callable(getattr(csrf, "get_random_string", None)):
        raise RuntimeError("django.middleware.csrf no longer uses get_random_string")
    csrf.get_random_string = random_string  # type: ignore[attr-defined]  # imported there, absent from the stubs
