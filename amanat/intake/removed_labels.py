"""What the reporter is told was removed from a file, in the reporter's language.

The sandboxed worker names each removed item precisely but in English ("MP4 ©xyz (location)",
"ID3 title (TIT2)", "Camera make"): those names are stored for staff, who may need the detail.
A reporter needs to know, in their own language, what kinds of traces are gone, so each name is
mapped to one of a few translated categories (location, device, people's names, dates...),
each shown once, most sensitive first. The mapping reads the English name's words, so a new
name in a format module lands in a sensible category, or in "other hidden information".
"""

from __future__ import annotations

from django.utils.functional import Promise
from django.utils.translation import pgettext_lazy

LOCATION = pgettext_lazy("removed metadata", "Location (GPS)")
SERIAL = pgettext_lazy("removed metadata", "Camera serial number")
DEVICE = pgettext_lazy("removed metadata", "Device make and model")
PEOPLE = pgettext_lazy("removed metadata", "Names of people or organisations")
COMMENTS = pgettext_lazy("removed metadata", "Comments and their authors")
REVISIONS = pgettext_lazy("removed metadata", "Editing history and revision marks")
DATES = pgettext_lazy("removed metadata", "Dates and times")
SOFTWARE = pgettext_lazy("removed metadata", "Software, printer and encoder names")
PICTURES = pgettext_lazy("removed metadata", "Thumbnails, cover pictures and extra images")
HIDDEN = pgettext_lazy("removed metadata", "Data hidden in or after the file")
IDENTIFIERS = pgettext_lazy("removed metadata", "Unique identifiers")
SCRIPTS = pgettext_lazy("removed metadata", "Scripts and automatic actions")
TRACKS = pgettext_lazy("removed metadata", "Subtitles, chapters and other tracks")
TEXT = pgettext_lazy("removed metadata", "Titles, descriptions and other text fields")
TECHNICAL = pgettext_lazy("removed metadata", "Technical metadata blocks (EXIF, XMP, ICC)")
OTHER = pgettext_lazy("removed metadata", "Other hidden information")

# (words in the lower-cased English name, category); the first rule that matches wins, so the
# more sensitive and more specific rules come first.
_RULES: tuple[tuple[tuple[str, ...], Promise], ...] = (
    (("location", "gps", "©xyz", "loci", "iso6709"), LOCATION),
    (("serial",), SERIAL),
    (("comments and their authors", "annotation author"), COMMENTS),
    (("revision", "rsid", "tracked"), REVISIONS),
    (("owner", "author", "artist", "modified by", "printed by", "company", "manager"), PEOPLE),
    (("composer", "performer", "conductor", "lyricist", "publisher", "person"), PEOPLE),
    (("make", "model", "lens", "camera", "device", "samsung"), DEVICE),
    (("date", "time", "year"), DATES),
    (("software", "encoder", "application", "producer", "generator", "host computer"), SOFTWARE),
    (("vendor", "printer", "tool", "settings"), SOFTWARE),
    (("thumbnail", "cover", "picture", "images", "depth", "auxiliary", "mpo"), PICTURES),
    (("hidden", "leftover", "after the", "padding", "non-audio", "other streams"), HIDDEN),
    (("private", "extra data", "flashpix"), HIDDEN),
    (("identifier", "unique", "isrc", "umid", "ufid", "guid"), IDENTIFIERS),
    (("javascript", "action", "script", "launch"), SCRIPTS),
    (("track", "chapter", "cue", "subtitle", "attached file"), TRACKS),
    (("exif", "xmp", "icc", "iptc", "photoshop", "maker note", "multi-picture"), TECHNICAL),
    (("metadata",), TECHNICAL),
    (("title", "description", "comment", "keyword", "subject", "lyric", "album", "genre"), TEXT),
    (("category", "text", "tag", "custom", "variables", "properties"), TEXT),
)
_ORDER = [rule[1] for rule in _RULES] + [OTHER]
CATEGORIES = tuple(dict.fromkeys(_ORDER))


def category(name: str) -> Promise:
    """The translated category of one English removed-item name."""
    lowered = name.lower()
    for words, label in _RULES:
        if any(word in lowered for word in words):
            return label
    return OTHER


def for_reporter(names: tuple[str, ...] | list[str]) -> list[str]:
    """Distinct categories of ``names`` in the active language, most sensitive first."""
    found = {category(name) for name in names if not name.endswith(" more")}
    return [str(label) for label in sorted(found, key=_ORDER.index)]
