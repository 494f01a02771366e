"""The ``.po`` catalogues as review data: which messages are the hotline's, which are reviewed.

Reading goes through Babel (the parser the build uses). Review state lives in the catalogue
itself, as a translator comment ``# Reviewed-by: NAME, YYYY-MM-DD`` on the entry, because
translator comments survive ``makemessages``/``msgmerge`` and travel with the file in git.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from pathlib import Path

from babel.messages.catalog import Catalog, Message
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from django.conf import settings

# Languages with a catalogue, as Django names them (settings.LANGUAGES) and as the files do.
CATALOGUE_LANGUAGES = {"ug": "ug", "tr": "tr", "zh-hans": "zh_Hans"}
# Where a message appears decides whose words it is: these sources render the hotline pages.
HOTLINE_SOURCES = ("intake/", "core/")
REVIEWED_BY = "Reviewed-by:"
_REVIEWED = re.compile(r"^\s*reviewed-by:\s*(?P<who>.*?)\s*$", re.IGNORECASE)


def catalogue_language(language: str) -> str:
    """Accept ``zh-hans``, ``zh_Hans`` or ``ZH-HANS``; refuse languages without a catalogue."""
    wanted = language.strip().lower().replace("_", "-")
    if wanted not in CATALOGUE_LANGUAGES:
        known = ", ".join(sorted(CATALOGUE_LANGUAGES))
        raise ValueError(f"no catalogue for language {language!r} (known: {known})")
    return CATALOGUE_LANGUAGES[wanted]


def locale_dir() -> Path:
    return Path(settings.LOCALE_PATHS[0])


def po_path(language: str) -> Path:
    return locale_dir() / catalogue_language(language) / "LC_MESSAGES" / "django.po"


def message_key(msgid: str, context: str | None) -> str:
    """A short id that stays the same across exports while the English and context do."""
    raw = f"{context or ''}\x04{msgid}".encode()
    return "m" + hashlib.sha1(raw, usedforsecurity=False).hexdigest()[:10]


def texts(value: str | tuple[str, ...] | list[str] | None) -> list[str]:
    """Babel keeps a singular as a string and plural forms as a sequence; always a list here."""
    if value is None:
        return [""]
    return [value] if isinstance(value, str) else [text or "" for text in value]


@dataclass(frozen=True)
class Entry:
    key: str
    context: str | None
    english: tuple[str, ...]  # (singular,) or (singular, plural)
    forms: tuple[str, ...]  # one translation per plural form
    locations: tuple[str, ...]
    comments: tuple[str, ...]  # translator and extracted comments
    python_format: bool
    reviewed_by: str | None

    @property
    def msgid(self) -> str:
        return self.english[0]

    @property
    def hotline(self) -> bool:
        return any(place.startswith(HOTLINE_SOURCES) for place in self.locations)

    @property
    def plural(self) -> bool:
        return len(self.english) > 1


def _entry(message: Message) -> Entry:
    ids = texts(message.id)
    reviewer = None
    for comment in message.user_comments:
        match = _REVIEWED.match(comment)
        if match:
            reviewer = match["who"]
    return Entry(
        key=message_key(ids[0], message.context),
        context=message.context,
        english=tuple(ids),
        forms=tuple(texts(message.string)),
        locations=tuple(f"{path}:{line}" if line else path for path, line in message.locations),
        comments=tuple(
            c for c in (*message.auto_comments, *message.user_comments) if not _REVIEWED.match(c)
        ),
        python_format=message.python_format,
        reviewed_by=reviewer,
    )


def read(language: str) -> Catalog:
    with po_path(language).open("rb") as handle:
        return read_po(handle, abort_invalid=True)


def entries(language: str) -> list[Entry]:
    """Every message, hotline ones first (in catalogue order), staff ones after."""
    found = [_entry(message) for message in read(language) if message.id]
    return sorted(found, key=lambda entry: not entry.hotline)


@dataclass(frozen=True)
class Counts:
    language: str
    hotline_reviewed: int
    hotline_total: int
    staff_reviewed: int
    staff_total: int


def counts(language: str) -> Counts:
    found = entries(language)
    hotline = [entry for entry in found if entry.hotline]
    staff = [entry for entry in found if not entry.hotline]
    return Counts(
        language=language,
        hotline_reviewed=sum(entry.reviewed_by is not None for entry in hotline),
        hotline_total=len(hotline),
        staff_reviewed=sum(entry.reviewed_by is not None for entry in staff),
        staff_total=len(staff),
    )


def compile_one(language: str) -> Path:
    """Write the language's .mo now (not only when older): the import must show its changes."""
    path = po_path(language)
    catalog = read(language)
    mo_path = path.with_suffix(".mo")
    with mo_path.open("wb") as handle:
        write_mo(handle, catalog, use_fuzzy=False)
    return mo_path


def reload_translations(mo_path: Path) -> None:
    """Forget this process's cached catalogues, as Django's autoreloader does on a .mo change."""
    from django.utils.translation.reloader import translation_file_changed

    translation_file_changed(sender=None, file_path=mo_path)
