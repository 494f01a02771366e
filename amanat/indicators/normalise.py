"""Identifiers written the way people write them, reduced to one canonical form each.

Pure functions, no Django: the same number written five ways must hash to one value, or
matching silently fails. Every rejection raises :class:`NormaliseError` with a message meant for
the analyst (translated by the form that shows it). The rules, and what we deliberately do not
do (no provider-specific e-mail tricks), are in docs/indicators.md.
"""

from __future__ import annotations

import ipaddress
import re
import unicodedata
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qsl, quote, urlencode, urlsplit, urlunsplit

import phonenumbers


def gettext_noop(message: str) -> str:
    """Marks a message for the catalogues without Django; the form translates it when shown."""
    return message


PHONE, EMAIL, HANDLE, SOCIAL, URL, DOMAIN = "phone", "email", "handle", "social", "url", "domain"
KINDS = (PHONE, EMAIL, HANDLE, SOCIAL, URL, DOMAIN)
# Messaging apps; a WhatsApp account *is* a phone number, so it is normalised as one.
MESSAGING = ("wechat", "whatsapp", "telegram", "qq")
SOCIAL_PLATFORMS = (
    "twitter", "facebook", "instagram", "youtube", "tiktok", "weibo", "douyin", "vk", "linkedin",
)  # fmt: skip
# Web addresses of profiles, so a pasted profile link gives the account name.
PROFILE_HOSTS = {
    "telegram": ("t.me", "telegram.me"),
    "twitter": ("twitter.com", "x.com", "mobile.twitter.com"),
    "facebook": ("facebook.com", "m.facebook.com", "fb.com"),
    "instagram": ("instagram.com",),
    "youtube": ("youtube.com", "m.youtube.com"),
    "tiktok": ("tiktok.com",),
    "weibo": ("weibo.com", "m.weibo.cn"),
    "douyin": ("douyin.com",),
    "vk": ("vk.com",),
    "linkedin": ("linkedin.com",),
}
# Query parameters that say how a link travelled, not where it points (documented list).
TRACKING_PARAMS = frozenset(
    {"fbclid", "gclid", "dclid", "msclkid", "mc_cid", "mc_eid", "igshid", "igsh", "si", "spm",
     "from", "isappinstalled", "scene", "clicktime", "enterid", "share_token", "ref_src"}
)  # fmt: skip
MAX_LENGTH = {PHONE: 40, EMAIL: 254, HANDLE: 100, SOCIAL: 200, URL: 2000, DOMAIN: 253}
_LABEL = re.compile(r"^(?!-)[a-z0-9-]{1,63}(?<!-)$")
_PHONE_CHARS = re.compile(r"^[+0-9 ().\-/]+$")
_NAME = {
    "telegram": (re.compile(r"^[a-z][a-z0-9_]{4,31}$"), gettext_noop(
        "A Telegram username has 5 to 32 letters, digits or underscores, starting with a letter."
    )),
    "wechat": (re.compile(r"^[a-z][a-z0-9_-]{1,39}$"), gettext_noop(
        "A WeChat ID has 2 to 40 letters, digits, _ or -, starting with a letter."
    )),
    "qq": (re.compile(r"^[1-9][0-9]{4,11}$"), gettext_noop("A QQ number has 5 to 12 digits.")),
}  # fmt: skip
_SOCIAL_NAME = re.compile(r"^[^\s/?#@]{1,100}$")


class NormaliseError(ValueError):
    """An identifier we refuse, with the reason; ``template % params`` is the English text."""

    def __init__(self, template: str, **params: Any) -> None:
        self.template = template
        self.params = params
        super().__init__(template % params if params else template)


@dataclass(frozen=True)
class Normalised:
    """One canonical identifier: ``kind`` and ``value`` (``platform:name`` for accounts)."""

    kind: str
    value: str
    platform: str = ""
    channel: str = field(default="", compare=False)  # where it was seen (WhatsApp → a phone)

    @property
    def hash_input(self) -> bytes:
        """What is hashed: the kind is part of it, so a phone and a QQ number never collide."""
        return f"{self.kind}:{self.value}".encode()


def clean(raw: str, kind: str) -> str:
    """NFKC (full-width digits become ASCII), invisible and control characters dropped."""
    text = unicodedata.normalize("NFKC", raw or "")
    text = "".join(ch for ch in text if unicodedata.category(ch) not in {"Cf", "Cc"}).strip()
    if not text:
        raise NormaliseError(gettext_noop("Enter the identifier."))
    if len(text) > MAX_LENGTH[kind]:
        raise NormaliseError(
            gettext_noop("This is too long (at most %(n)d characters)."), n=MAX_LENGTH[kind]
        )
    return text


def normalise(kind: str, raw: str, *, platform: str = "", region: str = "") -> Normalised:
    """The canonical form of one identifier, or a :class:`NormaliseError` saying why not."""
    if kind not in KINDS:
        raise NormaliseError(gettext_noop("Unknown kind of identifier."))
    text = clean(raw, kind)
    if kind == PHONE:
        return Normalised(PHONE, phone(text, region))
    if kind == EMAIL:
        return Normalised(EMAIL, email(text))
    if kind == URL:
        return Normalised(URL, url(text))
    if kind == DOMAIN:
        return Normalised(DOMAIN, domain(text))
    return account(kind, text, platform, region)


def phone(text: str, region: str = "") -> str:
    """E.164 (``+8613800138000``); ``region`` is the country for numbers written without one."""
    region = region.strip().upper()
    if region and phonenumbers.country_code_for_region(region) == 0:
        raise NormaliseError(gettext_noop("“%(region)s” is not a country code."), region=region)
    if text.lower().startswith("tel:"):
        text = text[4:]
    if not _PHONE_CHARS.match(text):
        raise NormaliseError(
            gettext_noop("A phone number has only digits, spaces and + ( ) . - / characters.")
        )
    compact = re.sub(r"[ ().\-/]", "", text)
    if compact.startswith("00"):
        text = "+" + compact[2:]  # 00 is the international prefix nearly everywhere
    try:
        number = phonenumbers.parse(text, region or None)
    except phonenumbers.NumberParseException as exc:
        raise _phone_error(exc.error_type) from exc
    reason = phonenumbers.is_possible_number_with_reason(number)
    if reason != phonenumbers.ValidationResult.IS_POSSIBLE:
        raise _possibility_error(reason)
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def _phone_error(error_type: int) -> NormaliseError:
    if error_type == phonenumbers.NumberParseException.INVALID_COUNTRY_CODE:
        return NormaliseError(
            gettext_noop(
                "The number has no valid country code: write it with + and the country code, "
                "or choose the country it belongs to."
            )
        )
    if error_type == phonenumbers.NumberParseException.TOO_LONG:
        return NormaliseError(gettext_noop("This phone number is too long."))
    if error_type == phonenumbers.NumberParseException.NOT_A_NUMBER:
        return NormaliseError(gettext_noop("This is not a phone number."))
    return NormaliseError(gettext_noop("This phone number is too short."))


def _possibility_error(reason: int) -> NormaliseError:
    result = phonenumbers.ValidationResult
    if reason == result.TOO_LONG:
        return NormaliseError(gettext_noop("This phone number is too long."))
    if reason == result.IS_POSSIBLE_LOCAL_ONLY:
        return NormaliseError(gettext_noop("This number lacks its area code."))
    if reason == result.INVALID_COUNTRY_CODE:
        return _phone_error(phonenumbers.NumberParseException.INVALID_COUNTRY_CODE)
    if reason == result.TOO_SHORT:
        return NormaliseError(gettext_noop("This phone number is too short."))
    return NormaliseError(gettext_noop("This number has the wrong length for its country."))


def email(text: str) -> str:
    """Lower-cased as a whole; no provider tricks (Gmail dots, +tags) — see the docs."""
    if text.lower().startswith("mailto:"):
        text = text[7:]
    local, at, host = text.rpartition("@")
    if not at or not local or not host:
        raise NormaliseError(gettext_noop("An e-mail address looks like name@example.org."))
    if len(local) > 64 or any(ch.isspace() or ch in '<>,;"' for ch in local):
        raise NormaliseError(gettext_noop("The part before @ is not a valid mailbox name."))
    return f"{local.casefold()}@{domain(host)}"


def domain(text: str) -> str:
    """Lower-case ASCII (IDNA 2003 / punycode), no trailing dot; at least two labels."""
    if "/" in text or ":" in text or "@" in text:
        raise NormaliseError(gettext_noop("Give the domain only (example.org), not a link."))
    name = text.rstrip(".").lower()
    if _is_ip(name):
        raise NormaliseError(gettext_noop("An IP address is not a domain name."))
    try:
        ascii_name = name.encode("idna").decode("ascii")
    except UnicodeError as exc:
        raise NormaliseError(gettext_noop("This is not a valid domain name.")) from exc
    labels = ascii_name.split(".")
    if len(labels) < 2 or len(ascii_name) > 253 or not all(_LABEL.match(x) for x in labels):
        raise NormaliseError(gettext_noop("This is not a valid domain name."))
    return ascii_name


def _is_ip(text: str) -> bool:
    try:
        ipaddress.ip_address(text.strip("[]"))
    except ValueError:
        return False
    return True


def url(text: str) -> str:
    """Scheme and host lower-cased, default port, fragment and tracking parameters dropped."""
    try:
        parts = urlsplit(text)
    except ValueError as exc:
        raise NormaliseError(gettext_noop("This is not a valid link.")) from exc
    scheme = parts.scheme.lower()
    if scheme not in {"http", "https"} or not parts.netloc:
        raise NormaliseError(
            gettext_noop("Write the full link, starting with http:// or https://.")
        )
    host = parts.hostname or ""
    try:
        port = parts.port
    except ValueError as exc:
        raise NormaliseError(gettext_noop("The link has an invalid port number.")) from exc
    host = f"[{host}]" if ":" in host else host if _is_ip(host) else domain(host)
    if port is not None and port != {"http": 80, "https": 443}[scheme]:
        host = f"{host}:{port}"
    path = quote(parts.path or "/", safe="/%:@!$&'()*+,;=-._~")
    kept = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not _tracking(k)]
    query = urlencode(sorted(kept), quote_via=quote)
    return urlunsplit((scheme, host, path, query, ""))


def _tracking(name: str) -> bool:
    lowered = name.lower()
    return lowered.startswith("utm_") or lowered in TRACKING_PARAMS


def account(kind: str, text: str, platform: str, region: str = "") -> Normalised:
    """A messaging or social media account: ``platform:name``, case-folded, without ``@``."""
    platforms = MESSAGING if kind == HANDLE else SOCIAL_PLATFORMS
    platform = platform.strip().lower()
    if platform not in platforms:
        raise NormaliseError(gettext_noop("Choose the platform of this account."))
    if platform == "whatsapp":
        return Normalised(PHONE, phone(text, region), channel="whatsapp")
    name = _profile_name(platform, text).lstrip("@").casefold()
    if platform == "youtube" and name.startswith("channel/"):
        # Channel ids (UC…) are case-sensitive, unlike @handles: keep them as written.
        name = "channel/" + _profile_name(platform, text).split("/", 1)[1]
    pattern, message = _NAME.get(platform, (_SOCIAL_NAME, _SOCIAL_RULE))
    if not pattern.match(name.removeprefix("channel/")):
        raise NormaliseError(message)
    return Normalised(kind, f"{platform}:{name}", platform=platform)


_SOCIAL_RULE = gettext_noop("An account name has no spaces, and no / ? or # characters.")


def _profile_name(platform: str, text: str) -> str:
    """The account name in a pasted profile link (``https://t.me/name`` → ``name``)."""
    candidate = text if "://" in text else f"https://{text}"
    try:
        parts = urlsplit(candidate)
    except ValueError:
        return text
    host = (parts.hostname or "").removeprefix("www.")
    if host not in PROFILE_HOSTS.get(platform, ()):
        return text
    segments = [s for s in parts.path.split("/") if s]
    if platform == "youtube" and len(segments) >= 2 and segments[0] in {"channel", "c", "user"}:
        return f"{segments[0]}/{segments[1]}" if segments[0] == "channel" else segments[1]
    if platform == "facebook" and segments[:1] == ["profile.php"]:
        ids = dict(parse_qsl(parts.query)).get("id", "")
        return ids or text
    if not segments:
        raise NormaliseError(gettext_noop("This profile link names no account."))
    return segments[0]
