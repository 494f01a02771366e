"""The statistics settings fail closed: a malformed or out-of-range value stops start-up."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest


@pytest.mark.parametrize(
    ("name", "value", "message"),
    [
        ("AMANAT_STATS_EPSILON", "lots", "must be a number"),
        ("AMANAT_STATS_EPSILON", "nan", "between 0.01 and 10"),
        ("AMANAT_STATS_EPSILON", "50", "between 0.01 and 10"),
        ("AMANAT_STATS_MIN_CELL", "1", "outside"),
        ("AMANAT_DATASET_IMPORT_MAX_ROWS", "0", "outside"),
    ],
)
def test_a_bad_statistics_setting_stops_start_up(
    name: str, value: str, message: str, tmp_path
) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("AMANAT_", "DATABASE_"))}
    env.update(
        AMANAT_SECRET_KEY="test-secret-key-not-for-production-0123456789",
        AMANAT_DATA_DIR=str(tmp_path),
        **{name: value},
    )
    done = subprocess.run(
        [sys.executable, "-c", "import amanat.settings"],
        env=env,
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )
    assert done.returncode != 0
    assert message in done.stderr
