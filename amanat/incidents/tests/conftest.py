"""Incident fixtures: casework's hotline report in org A, which incidents are coded from."""

from __future__ import annotations

from amanat.casework.tests.conftest import report_a

__all__ = ["report_a"]
