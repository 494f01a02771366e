"""A MISP event (the JSON MISP imports through "Add event from JSON"), built from the same items.

Attribute types follow MISP's describeTypes: ``phone-number`` (category Other), ``email``
(Social network), ``url`` and ``domain`` (Network activity); messaging and social accounts are
``text`` attributes ``platform:name`` (MISP has no generic account type); a joint-key hash is a
``hex`` attribute whose comment names the kind and the key fingerprint. Nothing is flagged for
IDS (these are not network detections), the event is not published and is shared with the
receiving organisation only (distribution 0); the TLP travels as a ``tlp:…`` tag.
"""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime
from typing import Any

from amanat.indicators import keys
from amanat.indicators.normalise import DOMAIN, EMAIL, HANDLE, PHONE, SOCIAL, URL, Normalised
from amanat.indicators.stix import NAMESPACE, ExportItem

TYPES = {
    PHONE: ("phone-number", "Other"),
    EMAIL: ("email", "Social network"),
    URL: ("url", "Network activity"),
    DOMAIN: ("domain", "Network activity"),
    HANDLE: ("text", "Social network"),
    SOCIAL: ("text", "Social network"),
}


def _attribute(identifier: Normalised, first_seen: date, joint_key: bytes | None) -> dict[str, Any]:
    if joint_key is not None:
        kind_type, category = "hex", "Other"
        value = keys.joint_digest(identifier, joint_key)
        comment = (
            f"amanat joint-key hash of a {identifier.kind}"
            f" (key fingerprint {keys.fingerprint(joint_key)})"
        )
    else:
        kind_type, category = TYPES[identifier.kind]
        value = identifier.value
        comment = f"{identifier.platform} account" if identifier.platform else ""
    return {
        "uuid": str(uuid.uuid4()),
        "type": kind_type,
        "category": category,
        "value": value,
        "to_ids": False,
        "distribution": "5",
        "comment": comment,
        "first_seen": datetime(first_seen.year, first_seen.month, 1, tzinfo=UTC).isoformat(),
    }


def build_event(
    *, name: str, slug: str, items: list[ExportItem], tlp: str, joint_key: bytes | None
) -> dict[str, Any]:
    now = datetime.now(UTC)
    return {
        "Event": {
            "uuid": str(uuid.uuid4()),
            "info": f"Identifiers used in transnational repression, shared by {name}",
            "date": now.date().isoformat(),
            "timestamp": str(int(now.timestamp())),
            "threat_level_id": "2",
            "analysis": "2",
            "distribution": "0",
            "published": False,
            "Orgc": {
                "name": name,
                "uuid": str(uuid.uuid5(NAMESPACE, f"amanat-organisation:{slug}")),
            },
            "Tag": [{"name": f"tlp:{tlp}"}],
            "Attribute": [
                _attribute(item.identifier, item.first_seen, joint_key) for item in items
            ],
            "EventReport": [],
            "Object": [],
        }
    }
