"""Decrypting identifier values for a signed-in analyst: one audit entry per value opened.

A missing grant or a failed authentication is audited by ``sealing.open_fields`` (casework's
envelope code, reused so there is one way to open a row) before the exception reaches us.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from amanat.accounts.access import SignedIn
from amanat.audit.actions import record
from amanat.audit.tags import EventTag
from amanat.casework.reading import NoGrant
from amanat.incidents.sealing import open_fields
from amanat.indicators.models import Indicator
from amanat.indicators.normalise import Normalised


def open_value(indicator: Indicator, signed: SignedIn, *, purpose: str) -> Normalised:
    """The identifier in clear; raises NoGrant or Tampered (both audited)."""
    opened = open_fields(indicator.envelope, {"value": bytes(indicator.value)}, signed, indicator)
    record(
        EventTag.INDICATORS_DECRYPT,
        actor=signed.member,
        subject=indicator,
        payload={"purpose": purpose},
    )
    return Normalised(indicator.kind, opened["value"], platform=indicator.platform)


@dataclass(frozen=True)
class Opened:
    indicator: Indicator
    identifier: Normalised | None  # None: this member holds no key to it

    @property
    def shown(self) -> str:
        """The value as an analyst reads it: an account without its ``platform:`` prefix."""
        if self.identifier is None:
            return ""
        value = self.identifier.value
        return value.split(":", 1)[1] if self.identifier.platform else value


def open_many(indicators: Iterable[Indicator], signed: SignedIn, *, purpose: str) -> list[Opened]:
    """Each value opened (and audited); one without a grant is shown locked."""
    result = []
    for indicator in indicators:
        try:
            result.append(Opened(indicator, open_value(indicator, signed, purpose=purpose)))
        except NoGrant:
            result.append(Opened(indicator, None))
    return result
