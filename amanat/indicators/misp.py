"""A MISP event (the JSON MISP imports through "Add event from JSON"), built with PyMISP.

Partners' instances correlate on attribute values of the types MISP defines, so each identifier
leaves as MISP itself would record it (describeTypes and the misp-objects templates that PyMISP
ships, read offline):

=================  ================================================================
phone number       attribute ``phone-number`` (category Person)
e-mail             attribute ``email-src`` (category Payload delivery: it sent messages)
link / domain      attributes ``url`` / ``domain`` (category Network activity)
Twitter account    object ``twitter-account``: ``name``
Telegram account   object ``telegram-account``: ``username``
Facebook/Instagram object ``facebook-account`` / ``instagram-account``: ``account-name``
other accounts     object ``user-account``: ``username`` and ``account-type`` (the platform)
joint-key hash     attribute ``hex`` whose comment names the kind and the key fingerprint
=================  ================================================================

A plain attribute says when it was first seen in its comment, not in ``first_seen``: PyMISP's
strict schema (MISP format 2.4) predates that field and refuses it (objects keep theirs).
Nothing is flagged for IDS (these are not network detections), the event is not published and
is shared with the receiving organisation only (distribution 0); the TLP travels as a
``tlp:…`` tag; the producer is the organisation's stored UUIDv4, as in STIX bundles.
"""

from __future__ import annotations

import json
import uuid
from datetime import UTC, date, datetime
from typing import Any

from pymisp import MISPEvent, MISPObject, MISPOrganisation

from amanat.indicators import keys
from amanat.indicators.normalise import DOMAIN, EMAIL, HANDLE, PHONE, SOCIAL, URL, Normalised
from amanat.indicators.stix import ExportItem

TYPES = {
    PHONE: ("phone-number", "Person"),
    EMAIL: ("email-src", "Payload delivery"),
    URL: ("url", "Network activity"),
    DOMAIN: ("domain", "Network activity"),
}
# platform → (misp-objects template, the attribute that holds the account name)
ACCOUNT_OBJECTS = {
    "twitter": ("twitter-account", "name"),
    "telegram": ("telegram-account", "username"),
    "facebook": ("facebook-account", "account-name"),
    "instagram": ("instagram-account", "account-name"),
}
SHARED = {"to_ids": False, "distribution": 5}  # 5: as the event (organisation only)


def _seen(first_seen: date) -> datetime:
    """The month, not the day: a day could be lined up with one reported call."""
    return datetime(first_seen.year, first_seen.month, 1, tzinfo=UTC)


def _account(identifier: Normalised, first_seen: date) -> MISPObject:
    platform, name = identifier.value.split(":", 1)
    template, relation = ACCOUNT_OBJECTS.get(platform, ("user-account", "username"))
    account = MISPObject(template, standalone=False)
    account.first_seen = _seen(first_seen)
    account.add_attribute(relation, value=name, **SHARED)
    if template == "user-account":
        account.add_attribute("account-type", value=platform, **SHARED)
    return account


def _add(
    event: MISPEvent, identifier: Normalised, first_seen: date, joint_key: bytes | None
) -> None:
    if joint_key is not None:
        comment = (
            f"amanat joint-key hash of a {identifier.kind}"
            f" (key fingerprint {keys.fingerprint(joint_key)})"
        )
        value = keys.joint_digest(identifier, joint_key)
        event.add_attribute("hex", value, category="Other", comment=comment, **SHARED)
    elif identifier.kind in (HANDLE, SOCIAL):
        event.add_object(_account(identifier, first_seen))
        return
    else:
        kind_type, category = TYPES[identifier.kind]
        comment = f"first seen {first_seen:%Y-%m}"
        event.add_attribute(kind_type, identifier.value, category=category, comment=comment,
                            **SHARED)  # fmt: skip


def build_event(
    *,
    name: str,
    identity_uuid: uuid.UUID,
    items: list[ExportItem],
    tlp: str,
    joint_key: bytes | None,
    **_ignored: Any,
) -> dict[str, Any]:
    """The event as MISP's JSON (``{"Event": …}``), ready for ``json.dumps``."""
    event = MISPEvent()
    event.info = f"Identifiers used in transnational repression, shared by {name}"
    event.date = datetime.now(UTC).date()
    event.threat_level_id = 2
    event.analysis = 2
    event.distribution = 0
    event.published = False
    org = MISPOrganisation()
    org.from_dict(name=name, uuid=str(identity_uuid))
    event.Orgc = org
    event.add_tag(f"tlp:{tlp}")
    for item in items:
        _add(event, item.identifier, item.first_seen, joint_key)
    return {"Event": json.loads(event.to_json())}
