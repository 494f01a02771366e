"""A pytest plugin loaded first (``-p amanat.testing.env``): the environment settings need.

Settings fail closed, so tests provide their own secret and a throwaway data directory before
Django reads settings. DATABASE_URL, when set (the PostgreSQL run), is left as it is.
"""

from __future__ import annotations

import os
import tempfile

_DATA_DIR = tempfile.mkdtemp(prefix="amanat-test-")
os.makedirs(os.path.join(_DATA_DIR, "static"), exist_ok=True)  # whitenoise warns without it
os.environ.setdefault("AMANAT_SECRET_KEY", "test-secret-key-not-for-production-0123456789")
os.environ["AMANAT_DATA_DIR"] = _DATA_DIR  # never the developer's ./var (make exports it)
os.environ.setdefault("AMANAT_TASKS_BACKEND", "immediate")  # tasks run inline in tests
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "amanat.settings")
