"""A private copy of the catalogues per test, so imports never touch the repository's files."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from amanat.core.i18n_build import LOCALE_DIR, compile_catalogues
from amanat.translations import catalogue


@pytest.fixture
def locale_copy(settings, tmp_path: Path) -> Iterator[Path]:
    copy = tmp_path / "locale"
    shutil.copytree(LOCALE_DIR, copy, ignore=shutil.ignore_patterns("*.mo"))
    compile_catalogues(copy)
    settings.LOCALE_PATHS = [copy]  # Django forgets its cached catalogues on this change
    yield copy
    catalogue.reload_translations(copy / "ug" / "LC_MESSAGES" / "django.mo")


def po_text(locale: Path, language: str) -> str:
    return (locale / language / "LC_MESSAGES" / "django.po").read_text(encoding="utf-8")
