"""Local files and folders: plain text, HTML pages and e-mails (.eml: newsletters, alerts)."""

from __future__ import annotations

import email
import email.policy
from collections.abc import Iterator
from email.message import EmailMessage
from email.utils import parsedate_to_datetime
from pathlib import Path

from amanat.monitor.nlp.normalise import MAX_BYTES, BadInput, decode
from amanat.monitor.sources import Item, RawArticle, Skipped, html_to_text
from amanat.monitor.sources.web import page_from_html

TEXT_SUFFIXES = frozenset({".txt", ".text", ".md"})
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
MAIL_SUFFIXES = frozenset({".eml"})
SUPPORTED = TEXT_SUFFIXES | HTML_SUFFIXES | MAIL_SUFFIXES
_IGNORED_NAMES = frozenset({"labels.jsonl"})


def read_path(path: Path) -> Iterator[Item]:
    """A file, or every file under a folder in name order (hidden files ignored)."""
    if path.is_dir():
        for child in sorted(path.rglob("*")):
            if (
                child.is_file()
                and not child.name.startswith(".")
                and child.name not in _IGNORED_NAMES
            ):
                yield read_file(child)
    elif path.is_file():
        yield read_file(path)
    else:
        yield Skipped(str(path), "no such file or folder")


def read_file(path: Path) -> Item:
    where = str(path)
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED:
        return Skipped(where, f"unsupported file type ({suffix or 'no extension'})")
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            return Skipped(where, f"too large ({size} bytes > {MAX_BYTES})")
        data = path.read_bytes()
    except OSError as exc:
        return Skipped(where, f"unreadable ({exc.strerror})")
    if suffix in HTML_SUFFIXES:
        return page_from_html(data, path.resolve().as_uri())
    if suffix in MAIL_SUFFIXES:
        return mail_from_bytes(data, where)
    try:
        text = decode(data).text
    except BadInput as exc:
        return Skipped(where, exc.reason)
    title = next((line.strip() for line in text.splitlines() if line.strip()), "")[:500]
    return RawArticle(url=path.resolve().as_uri(), text=text, title=title, where=where)


def mail_from_bytes(data: bytes, where: str) -> Item:
    """An e-mail's subject, sender, date and body (plain text preferred, else HTML)."""
    message = email.message_from_bytes(data, policy=email.policy.default)
    if not isinstance(message, EmailMessage) or not message.keys():
        return Skipped(where, "not an e-mail message")
    body = message.get_body(preferencelist=("plain", "html"))
    if body is None:
        return Skipped(where, "e-mail without a text part")
    try:
        content = body.get_content()
    except (LookupError, UnicodeDecodeError, ValueError) as exc:
        return Skipped(where, f"broken encoding in e-mail ({type(exc).__name__})")
    if not isinstance(content, str):
        return Skipped(where, "e-mail body is not text")
    if body.get_content_subtype() == "html":
        content = html_to_text(content)
    day = None
    if message["date"]:
        try:
            day = parsedate_to_datetime(str(message["date"])).date()
        except (TypeError, ValueError):
            day = None
    return RawArticle(url="", text=content, title=str(message["subject"] or "")[:500],
                      outlet=str(message["from"] or "")[:200], published_on=day,
                      where=where)  # fmt: skip
