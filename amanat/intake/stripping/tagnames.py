"""Human-readable names for the metadata fields we remove, shown to the reporter.

Names only: a field's *key* may be echoed when it comes from a fixed vocabulary (EXIF tag numbers,
ID3 frame ids, MP4 atom codes, well-known Vorbis fields), but free-text keys chosen by whoever
made the file are summarised generically, because a key can carry identifying text as well as a
value can.
"""

from __future__ import annotations

import re

EXIF_FRIENDLY = {
    0x010F: "Camera make",
    0x0110: "Camera model",
    0xA431: "Camera serial number",
    0xA430: "Camera owner name",
    0xA432: "Lens specification",
    0xA433: "Lens make",
    0xA434: "Lens model",
    0xA435: "Lens serial number",
    0x013B: "Artist",
    0x8298: "Copyright",
    0x0131: "Software",
    0x013C: "Host computer",
    0x010E: "Image description",
    0x0132: "Date and time modified",
    0x9003: "Date and time taken",
    0x9004: "Date and time digitised",
    0x9010: "Time zone",
    0x9011: "Time zone (taken)",
    0x9012: "Time zone (digitised)",
    0x9286: "User comment",
    0x927C: "Maker note (camera data)",
    0xA420: "Unique image ID",
    0x9C9B: "Title (Windows)",
    0x9C9C: "Comment (Windows)",
    0x9C9D: "Author (Windows)",
    0x9C9E: "Keywords (Windows)",
    0x9C9F: "Subject (Windows)",
    0x0112: "Orientation",
}
#: IFD pointers: expanded into their own tags rather than reported as such.
EXIF_POINTERS = frozenset({0x8769, 0x8825, 0xA005, 0x014A})

_ID3_FRAMES = {
    "TIT1": "grouping",
    "TIT2": "title",
    "TIT3": "subtitle",
    "TPE1": "artist",
    "TPE2": "album artist",
    "TPE3": "conductor",
    "TPE4": "remixer",
    "TALB": "album",
    "TCOM": "composer",
    "TEXT": "lyricist",
    "TYER": "year",
    "TDAT": "date",
    "TIME": "time",
    "TDRC": "recording date",
    "TDRL": "release date",
    "TDEN": "encoding date",
    "TDTG": "tagging date",
    "TORY": "original year",
    "TDOR": "original date",
    "TENC": "encoded by",
    "TSSE": "encoder settings",
    "TCON": "genre",
    "TRCK": "track",
    "TPOS": "disc",
    "COMM": "comment",
    "APIC": "picture",
    "TXXX": "custom text",
    "WXXX": "custom link",
    "PRIV": "private data",
    "GEOB": "embedded object",
    "USLT": "lyrics",
    "SYLT": "synchronised lyrics",
    "TCOP": "copyright",
    "TOWN": "owner",
    "TPUB": "publisher",
    "TLAN": "language",
    "TOFN": "original file name",
    "TOPE": "original artist",
    "TRSN": "radio station",
    "TRSO": "radio station owner",
    "TSRC": "ISRC",
    "UFID": "unique id",
    "MCDI": "CD identifier",
    "WOAR": "artist link",
    "WCOM": "commercial link",
    "WOAF": "file link",
    "WOAS": "source link",
    "WPUB": "publisher link",
    "POPM": "rating",
    "PCNT": "play counter",
    "TKEY": "key",
    "TBPM": "tempo",
    "TLEN": "length",
    "TMED": "media type",
    "TFLT": "file type",
    "CHAP": "chapter",
    "CTOC": "table of contents",
}

_VORBIS_FIELD_WORDS = (
    "TITLE VERSION ALBUM TRACKNUMBER TRACKTOTAL DISCNUMBER DISCTOTAL ARTIST ALBUMARTIST "
    "PERFORMER COMPOSER CONDUCTOR LYRICIST COPYRIGHT LICENSE ORGANIZATION LABEL DESCRIPTION "
    "GENRE DATE YEAR LOCATION CONTACT ISRC COMMENT ENCODER ENCODED_BY ENCODER_OPTIONS "
    "LANGUAGE LYRICS METADATA_BLOCK_PICTURE COVERART COVERARTMIME CREATION_TIME "
    "MAJOR_BRAND MINOR_VERSION COMPATIBLE_BRANDS ANDROID_VERSION COM.ANDROID.VERSION "
    "SOFTWARE TOOL SOURCE PRODUCER PUBLISHER URL WEBSITE"
)
_VORBIS_FIELDS = frozenset(_VORBIS_FIELD_WORDS.split())

_MP4_ATOMS = {
    "©nam": "title",
    "©ART": "artist",
    "aART": "album artist",
    "©alb": "album",
    "©day": "date",
    "©cmt": "comment",
    "©too": "encoder",
    "©xyz": "location",
    "©wrt": "composer",
    "©gen": "genre",
    "gnre": "genre",
    "covr": "cover art",
    "desc": "description",
    "ldes": "long description",
    "©des": "description",
    "cprt": "copyright",
    "©cpy": "copyright",
    "©lyr": "lyrics",
    "©grp": "grouping",
    "©enc": "encoded by",
    "©mak": "device make",
    "©mod": "device model",
    "©swr": "software",
    "©src": "source",
    "©prd": "producer",
    "©inf": "information",
    "©fmt": "format",
    "©req": "requirements",
    "©aut": "author",
    "©dir": "director",
    "©ope": "original artist",
    "trkn": "track",
    "disk": "disc",
    "tmpo": "tempo",
    "cpil": "compilation",
    "pgap": "gapless",
    "©st3": "subtitle",
    "----": "custom tag",
    "keys": "QuickTime metadata keys",
    "©key": "keywords",
    "loci": "location (3GPP)",
    "auth": "author (3GPP)",
    "titl": "title (3GPP)",
    "dscp": "description (3GPP)",
    "perf": "performer (3GPP)",
    "albm": "album (3GPP)",
    "yrrc": "recording year (3GPP)",
    "clsf": "classification (3GPP)",
    "kywd": "keywords (3GPP)",
    "rtng": "rating",
    "XMP_": "XMP",
    "meta": "metadata box",
    "smta": "Samsung metadata",
}

_FRAME_ID = re.compile(r"[A-Z0-9]{3,4}")


def exif_tag_name(tag: int) -> str:
    """Friendly name for an EXIF tag number, falling back to Pillow's catalogue of tag names."""
    if tag in EXIF_FRIENDLY:
        return EXIF_FRIENDLY[tag]
    from PIL import ExifTags  # local: only the image path of the worker needs Pillow

    return ExifTags.TAGS.get(tag) or f"EXIF tag 0x{tag:04X}"


def id3_frame_name(frame_id: str) -> str:
    """E.g. "ID3 title (TIT2)"; frame ids are fixed four-character codes, safe to echo."""
    if not _FRAME_ID.fullmatch(frame_id):
        return "ID3 frame (other)"
    label = _ID3_FRAMES.get(frame_id)
    return f"ID3 {label} ({frame_id})" if label else f"ID3 frame ({frame_id})"


def vorbis_field_name(key: str) -> str:
    """E.g. "Vorbis comment ARTIST"; keys outside the common vocabulary are not echoed."""
    upper = key.upper()
    return f"Vorbis comment {upper}" if upper in _VORBIS_FIELDS else "Vorbis comment (other field)"


def mp4_atom_name(code: bytes) -> str:
    """E.g. "MP4 ©xyz (location)"; unknown printable four-character codes are echoed as such."""
    text = code.decode("latin-1")
    if text in _MP4_ATOMS:
        return f"MP4 {text} ({_MP4_ATOMS[text]})"
    if len(text) == 4 and all(c.isalnum() or c in "©_- " for c in text):
        return f"MP4 {text.strip()} (metadata item)"
    return "MP4 metadata item"
