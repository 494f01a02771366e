"""Identifiers written the way people write them reduce to one canonical form; every refusal
says why. Pure functions: no database."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from amanat.indicators.normalise import NormaliseError, normalise

FIVE_WAYS = [
    ("+86 138 0013 8000", ""),
    ("0086-138-0013-8000", ""),
    ("(138) 0013 8000", "CN"),
    ("13800138000", "CN"),
    ("+86.138.0013.8000", ""),
]


@pytest.mark.parametrize(("written", "region"), FIVE_WAYS)
def test_the_same_number_written_five_ways_is_one_e164_number(written, region) -> None:
    assert normalise("phone", written, region=region).value == "+8613800138000"


def test_full_width_digits_and_invisible_marks_do_not_change_the_number() -> None:
    pasted = "\u200e＋８６ １３８ ００１３ ８０００\u200f"
    assert normalise("phone", pasted).value == "+8613800138000"


def test_a_whatsapp_account_is_its_phone_number() -> None:
    found = normalise("handle", "+86 138 0013 8000", platform="whatsapp")
    assert (found.kind, found.value, found.channel) == ("phone", "+8613800138000", "whatsapp")
    assert found == normalise("phone", "13800138000", region="CN")


@given(
    st.lists(st.sampled_from([" ", "-", ".", ""]), min_size=10, max_size=10),
    st.sampled_from(["+86", "0086", "+86 ", "(+86)"]),
)
def test_separators_never_change_a_number(separators, prefix) -> None:
    digits = "13800138000"
    written = prefix + "".join(d + s for d, s in zip(digits, [*separators, ""], strict=True))
    assert normalise("phone", written).value == "+8613800138000"


@pytest.mark.parametrize(
    ("kind", "written", "platform", "expected"),
    [
        ("email", " Foo.Bar+Tag@EXAMPLE.org ", "", "foo.bar+tag@example.org"),
        ("email", "mailto:x@Bücher.de", "", "x@xn--bcher-kva.de"),
        ("domain", "Bücher.DE.", "", "xn--bcher-kva.de"),
        (
            "url",
            "HTTPS://Ex.COM:443/P?utm_source=a&b=2&a=1&fbclid=z#top",
            "",
            "https://ex.com/P?a=1&b=2",
        ),
        ("url", "http://ex.com", "", "http://ex.com/"),
        ("url", "https://user:pw@ex.com:8443/x", "", "https://ex.com:8443/x"),
        ("handle", "@Foo_Bar1", "telegram", "telegram:foo_bar1"),
        ("handle", "https://t.me/Foo_Bar1", "telegram", "telegram:foo_bar1"),
        ("handle", "WXID_abc123", "wechat", "wechat:wxid_abc123"),
        ("handle", "123456789", "qq", "qq:123456789"),
        ("social", "https://x.com/SomeOne?s=20", "twitter", "twitter:someone"),
        ("social", "@SomeOne", "twitter", "twitter:someone"),
        ("social", "youtube.com/channel/UCabcDEF", "youtube", "youtube:channel/UCabcDEF"),
        ("social", "https://www.facebook.com/profile.php?id=100", "facebook", "facebook:100"),
    ],
)
def test_each_kind_has_one_canonical_form(kind, written, platform, expected) -> None:
    assert normalise(kind, written, platform=platform).value == expected


def test_gmail_dots_are_not_removed_provider_tricks_are_not_ours() -> None:
    assert normalise("email", "a.b@gmail.com") != normalise("email", "ab@gmail.com")


def test_the_kind_and_platform_are_part_of_what_is_hashed() -> None:
    assert normalise("handle", "13800138", platform="qq").hash_input == b"handle:qq:13800138"
    assert normalise("phone", "+8613800138000").hash_input == b"phone:+8613800138000"


REFUSALS = [
    ("phone", "call me", "", "", "only digits"),
    ("phone", "13800138000", "", "", "no valid country code"),
    ("phone", "+999 1234567", "", "", "no valid country code"),
    ("phone", "---", "", "", "not a phone number"),
    ("phone", "12", "", "CN", "too short"),
    ("phone", "+7 12345678", "", "", "too short"),
    ("phone", "+86 1380013800012345678", "", "", "too long"),
    ("phone", "+1 202 555 01234", "", "", "too long"),
    ("phone", "555 1234", "", "US", "lacks its area code"),
    ("phone", "+47 222222", "", "", "wrong length"),
    ("phone", "123", "", "ZZ", "not a country code"),
    ("phone", "   ", "", "", "Enter the identifier"),
    ("phone", "1" * 41, "", "", "too long (at most 40"),
    ("email", "foo", "", "", "looks like name@example.org"),
    ("email", "a b@example.org", "", "", "not a valid mailbox"),
    ("email", "a@localhost", "", "", "not a valid domain"),
    ("domain", "https://example.org/x", "", "", "not a link"),
    ("domain", "192.0.2.1", "", "", "IP address"),
    ("domain", "-bad-.org", "", "", "not a valid domain"),
    ("url", "example.org/x", "", "", "starting with http"),
    ("url", "ftp://example.org/", "", "", "starting with http"),
    ("url", "https://example.org:99999/", "", "", "invalid port"),
    ("url", "https://[", "", "", "not a valid link"),
    ("handle", "someone", "", "", "Choose the platform"),
    ("handle", "someone", "twitter", "", "Choose the platform"),
    ("handle", "ab", "telegram", "", "Telegram username"),
    ("handle", "Ab!", "wechat", "", "WeChat ID"),
    ("handle", "12", "qq", "", "QQ number"),
    ("handle", "13800138000", "whatsapp", "", "no valid country code"),
    ("social", "two words", "twitter", "", "no spaces"),
    ("social", "https://x.com/", "twitter", "", "names no account"),
    ("pager", "123", "", "", "Unknown kind"),
]


@pytest.mark.parametrize(("kind", "written", "platform", "region", "reason"), REFUSALS)
def test_every_refusal_says_why(kind, written, platform, region, reason) -> None:
    with pytest.raises(NormaliseError, match=re.escape(reason)):
        normalise(kind, written, platform=platform, region=region)
