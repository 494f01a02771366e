"""Casework state around hotline reports. Incident coding is its own app, ``amanat.incidents``."""

from __future__ import annotations

from django.db import models

from amanat.accounts.models import StaffMember
from amanat.intake.models import Report


class Assignment(models.Model):
    """Which colleague is looking after a report."""

    report = models.OneToOneField(Report, on_delete=models.CASCADE, related_name="assignment")
    member = models.ForeignKey(StaffMember, on_delete=models.CASCADE, related_name="assignments")
    assigned_on = models.DateField()
