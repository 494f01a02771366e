"""Reading and writing office packages (DOCX, ODT) safely: the ZIP and XML layer both share.

A document is a ZIP of XML parts and media. Before anything is decompressed we refuse what
cannot be a real letter or summons: too many entries, a declared total or a compression ratio of
a ZIP bomb, encrypted entries, path tricks and duplicate names. Every entry is then read with
a hard cap (the declared size may lie), and every XML part is parsed by lxml with entities,
DTDs and network access off and refused if it declares a DOCTYPE (no entity expansion bombs).

The package is written afresh: fixed timestamps, no ZIP comment or extra fields, only the parts
the format handler kept. Pictures inside go through the same re-encoding as uploaded pictures.
"""

from __future__ import annotations

import posixpath
import zipfile
from io import BytesIO

from lxml import etree

from .result import StripError
from .sniff import detect

MAX_ENTRIES = 2000
MAX_TOTAL_BYTES = 150 * 1024 * 1024  # all parts, uncompressed
MAX_RATIO = 200  # uncompressed / compressed, for entries over RATIO_FLOOR
RATIO_FLOOR = 1024 * 1024
_FIXED_TIME = (1980, 1, 1, 0, 0, 0)
_PARSER = etree.XMLParser(
    resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False, remove_comments=True
)
_PICTURE_HANDLERS = frozenset({"jpeg", "png", "gif", "webp"})
_VECTOR_EXTENSIONS = (".emf", ".wmf")
PICTURE_METADATA = "Metadata of pictures inside the document"


def read_package(data: bytes, required: tuple[str, ...] = ()) -> dict[str, bytes]:
    """Every entry's bytes by name, in archive order, after the bomb and sanity checks.

    ``required`` parts are looked up in the central directory first, so an archive that is not
    a document at all is refused as such before anything in it is inflated.
    """
    try:
        archive = zipfile.ZipFile(BytesIO(data))
        infos = archive.infolist()
    except (zipfile.BadZipFile, ValueError, OSError, EOFError):
        raise StripError("malformed", "document is not a readable ZIP package") from None
    if not set(required) <= {info.filename for info in infos}:
        raise StripError("unsupported", "ZIP package that is not a Word or OpenDocument text")
    if len(infos) > MAX_ENTRIES:
        raise StripError("archive_bomb", "document has too many parts")
    if sum(info.file_size for info in infos) > MAX_TOTAL_BYTES:
        raise StripError("archive_bomb", "document expands to more than the size limit")
    for info in infos:
        if info.file_size > RATIO_FLOOR and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            raise StripError("archive_bomb", "document part with a zip-bomb compression ratio")
        if info.flag_bits & 0x1:
            raise StripError("unsupported", "encrypted document")
        name = info.filename
        if name.startswith("/") or ".." in name.split("/") or "\\" in name:
            raise StripError("malformed", "document part with an unsafe name")
    entries: dict[str, bytes] = {}
    total = 0
    for info in infos:
        if info.filename in entries:
            raise StripError("malformed", "document has two parts with the same name")
        if info.is_dir():
            continue
        entries[info.filename] = body = _read_capped(archive, info)
        total += len(body)
        if total > MAX_TOTAL_BYTES:
            raise StripError("archive_bomb", "document expands to more than the size limit")
    return entries


def _read_capped(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> bytes:
    """An entry's bytes, never more than it declared (a lying header is a malformed file)."""
    try:
        with archive.open(info) as handle:
            body = handle.read(info.file_size + 1)
    except (zipfile.BadZipFile, ValueError, OSError, EOFError, NotImplementedError):
        raise StripError("malformed", "document part could not be decompressed") from None
    if len(body) != info.file_size:
        raise StripError("malformed", "document part is not the size it declares")
    return body


def write_package(entries: dict[str, bytes], *, stored_first: str | None = None) -> bytes:
    """A fresh ZIP: ``stored_first`` (ODF's mimetype) uncompressed first, then the rest."""
    out = BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        names = list(entries)
        if stored_first is not None:
            names.remove(stored_first)
            names.insert(0, stored_first)
        for name in names:
            info = zipfile.ZipInfo(name, date_time=_FIXED_TIME)
            info.compress_type = (
                zipfile.ZIP_STORED if name == stored_first else zipfile.ZIP_DEFLATED
            )
            info.external_attr = 0o644 << 16
            archive.writestr(info, entries[name])
    return out.getvalue()


def parse_xml(body: bytes, part: str) -> etree._Element:
    """Parse one XML part without entities, DTDs or network; a DOCTYPE is refused outright."""
    try:
        tree = etree.parse(BytesIO(body), _PARSER)
    except etree.XMLSyntaxError:
        raise StripError("malformed", f"document part {part} is not well-formed XML") from None
    if tree.docinfo.doctype:
        raise StripError("malformed", "document part declares a DOCTYPE")
    return tree.getroot()


def to_xml(root: etree._Element) -> bytes:
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def local(name: object) -> str:
    """Local part of an lxml tag or attribute name ('{ns}name' -> 'name')."""
    text = name if isinstance(name, str) else ""
    return text.rsplit("}", 1)[-1]


def clean_picture(name: str, body: bytes) -> tuple[bytes, bool]:
    """Re-encode a picture inside a document; True if it carried metadata. Vector pictures
    (EMF/WMF, drawn by the office suite itself) are kept; other formats are refused."""
    from .images import strip_image  # local: only documents with pictures load Pillow

    if name.lower().endswith(_VECTOR_EXTENSIONS):
        return body, False
    try:
        detected = detect(body)
    except StripError:
        detected = None
    if detected is None or detected.handler not in _PICTURE_HANDLERS:
        raise StripError("unsupported", "document contains a picture format we cannot clean")
    result = strip_image(body, detected)
    return result.clean, bool(result.removed)


def resolve(source_dir: str, target: str) -> str:
    """Package path a relationship target points at, relative to its source part's folder."""
    if target.startswith("/"):
        return posixpath.normpath(target.lstrip("/"))
    return posixpath.normpath(posixpath.join(source_dir, target))
