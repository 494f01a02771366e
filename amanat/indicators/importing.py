"""Reading a partner's STIX 2.1 bundle: strict parsing at the edge, clear refusals.

``stix2.parse(..., allow_custom=False)`` checks every object and every pattern; anything it
refuses is a :class:`BundleError` saying what is wrong, and the caller writes nothing. What
parses is reduced to the identifiers our mapping understands (``stix.py``), normalised the way
our own are; patterns we do not understand are counted, not guessed at.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

import stix2
from django.utils.translation import gettext as _
from stix2.exceptions import STIXError
from stix2.pattern_visitor import create_pattern_object
from stix2patterns.exceptions import ParseException

from amanat.indicators import stix
from amanat.indicators.normalise import (
    HANDLE,
    MESSAGING,
    SOCIAL,
    SOCIAL_PLATFORMS,
    Normalised,
    NormaliseError,
    gettext_noop,
    normalise,
)

MAX_BUNDLE_BYTES = 5 << 20
MAX_OBJECTS = 20_000
PLATFORM_ALIASES = {"x": "twitter", "weixin": "wechat"}


class BundleError(Exception):
    """The file is not a bundle we can read; the message says why (nothing was written)."""


@dataclass
class Parsed:
    indicators: int = 0
    identifiers: set[Normalised] = field(default_factory=set)
    joint_hashes: set[str] = field(default_factory=set)
    unsupported: int = 0  # indicators whose pattern names nothing we understand
    rejected: list[tuple[str, str]] = field(default_factory=list)  # (value, why)


def _load(data: bytes, *, bundle: bool = True) -> dict[str, Any]:
    if len(data) > MAX_BUNDLE_BYTES:
        raise BundleError(_("The file is larger than 5 MB."))
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise BundleError(_("The file is not UTF-8 text, so it is not a STIX bundle.")) from exc
    try:
        loaded = json.loads(text)
    except (json.JSONDecodeError, RecursionError) as exc:
        where = f"{exc.lineno}:{exc.colno}" if isinstance(exc, json.JSONDecodeError) else "?"
        raise BundleError(
            _("The file is not valid JSON (at line:column %(where)s).") % {"where": where}
        ) from exc
    if not isinstance(loaded, dict):
        raise BundleError(_("This is not a STIX bundle: the file is not a JSON object."))
    if not bundle:
        return loaded
    if loaded.get("type") != "bundle":
        raise BundleError(
            _("This is not a STIX bundle: its type is “%(type)s”, not “bundle”.")
            % {"type": str(loaded.get("type", ""))[:40]}
        )
    objects = loaded.get("objects", [])
    if isinstance(objects, list) and len(objects) > MAX_OBJECTS:
        raise BundleError(_("The bundle has more than %(n)d objects.") % {"n": MAX_OBJECTS})
    return loaded


def _parse(loaded: dict[str, Any]) -> Any:
    try:
        return stix2.parse(loaded, allow_custom=False, version="2.1")
    except (STIXError, ParseException, ValueError, TypeError, KeyError, RecursionError) as exc:
        reason = str(exc).splitlines()[0][:300] if str(exc) else type(exc).__name__
        raise BundleError(
            _("The bundle is not valid STIX 2.1: %(reason)s") % {"reason": reason}
        ) from exc


def _identifier(found: stix.Found, region: str) -> Normalised:
    if found.kind != "account":
        return normalise(found.kind, found.text, region=region)
    platform = found.platform.strip().lower()
    platform = PLATFORM_ALIASES.get(platform, platform)
    kind = HANDLE if platform in MESSAGING else SOCIAL if platform in SOCIAL_PLATFORMS else ""
    if not kind:
        raise NormaliseError(gettext_noop("Accounts on “%(p)s” are not matched."), p=platform[:40])
    return normalise(kind, found.text, platform=platform, region=region)


def _collect(pattern: str, parsed: Parsed, region: str) -> bool:
    """Add what one indicator's pattern names; False when it names nothing we understand."""
    try:
        tree = create_pattern_object(pattern, version="2.1")
    except (ParseException, ValueError, TypeError) as exc:
        raise BundleError(_("An indicator has a pattern that cannot be read.")) from exc
    understood = False
    for observation in stix.observations(tree):
        for found in stix.found_in(observation):
            understood = True
            if found.joint_hash:
                if stix.valid_joint_hash(found.joint_hash):
                    parsed.joint_hashes.add(found.joint_hash)
                else:
                    parsed.rejected.append((found.joint_hash[:80], _("not a joint-key hash")))
                continue
            try:
                parsed.identifiers.add(_identifier(found, region))
            except NormaliseError as error:
                parsed.rejected.append((found.text[:200], _(error.template) % error.params))
    return understood


def read_bundle(data: bytes, *, region: str = "") -> Parsed:
    """The identifiers a partner's bundle names; BundleError when it is not valid STIX 2.1."""
    bundle = _parse(_load(data))
    parsed = Parsed()
    for obj in getattr(bundle, "objects", None) or []:
        if obj.type != "indicator":
            continue
        parsed.indicators += 1
        if obj.pattern_type != "stix" or not _collect(obj.pattern, parsed, region):
            parsed.unsupported += 1
    return parsed


MISP_KINDS = {"phone-number": "phone", "email": "email", "email-src": "email",
              "email-dst": "email", "url": "url", "domain": "domain"}  # fmt: skip


def read_misp_event(data: bytes, *, region: str = "") -> Parsed:
    """The identifiers a MISP event (JSON, as MISP exports it) names: phone numbers, e-mail
    addresses, URLs, domains, ``platform:name`` accounts and our joint-key ``hex`` hashes;
    other attribute types are counted as unsupported. BundleError when it is not an event."""
    loaded = _load(data, bundle=False)
    event = loaded.get("Event")
    attributes = event.get("Attribute") if isinstance(event, dict) else None
    if not isinstance(attributes, list):
        raise BundleError("The file is not a MISP event (no Event.Attribute list).")  # operators
    parsed = Parsed()
    for attribute in attributes[:MAX_OBJECTS]:
        if not isinstance(attribute, dict) or not isinstance(attribute.get("value"), str):
            parsed.unsupported += 1
            continue
        parsed.indicators += 1
        kind, value = str(attribute.get("type", "")), attribute["value"].strip()
        if kind == "hex" and "joint-key hash" in str(attribute.get("comment", "")):
            if stix.valid_joint_hash(value):
                parsed.joint_hashes.add(value)
            else:
                parsed.rejected.append((value[:80], _("not a joint-key hash")))
            continue
        platform, sep, name = value.partition(":")
        if kind == "text" and sep:
            found = stix.Found("account", name, platform=platform)
        elif kind in MISP_KINDS:
            found = stix.Found(MISP_KINDS[kind], value)
        else:
            parsed.unsupported += 1
            continue
        try:
            parsed.identifiers.add(_identifier(found, region))
        except NormaliseError as error:
            parsed.rejected.append((value[:200], _(error.template) % error.params))
    return parsed
