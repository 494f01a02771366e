"""LibreOffice / OpenDocument text (ODT): rewrite the package without who wrote or edited it.

Removed: `meta.xml` (initial author, last editor, dates, editing cycles and time, generator,
template, printed-by, user-defined fields), `settings.xml` (printer name and set-up, view
settings), the thumbnail, comments (`office:annotation`) and their authors, the rsid attributes
LibreOffice writes into styles (`officeooo:rsid`, `paragraph-rsid`), and the author and date of
tracked changes. Pictures inside are re-encoded like any upload.

Refused with a specific reason: macros (Basic/ or Scripts/ folders, `office:scripts`, event
listeners), embedded objects (`Object N/`), encrypted packages, and external links other than
hyperlinks (linked pictures, sections or objects loaded from a URL on opening).
"""

from __future__ import annotations

from lxml import etree

from .office import (
    PICTURE_METADATA,
    clean_picture,
    local,
    parse_xml,
    read_package,
    to_xml,
    write_package,
)
from .result import StripError, StripResult
from .sniff import Detected

MIMETYPE = b"application/vnd.oasis.opendocument.text"
_XLINK_HREF = "{http://www.w3.org/1999/xlink}href"
_META_NAMES = {
    "initial-creator": "Author",
    "creator": "Last modified by",
    "creation-date": "Creation date",
    "date": "Modification date",
    "print-date": "Last printed date",
    "printed-by": "Last printed by",
    "editing-cycles": "Revision number",
    "editing-duration": "Total editing time",
    "generator": "Application name and version",
    "template": "Template name",
    "user-defined": "Custom properties",
    "title": "Document title",
    "subject": "Document subject",
    "description": "Document comments",
    "keyword": "Keywords",
}
_DROPPED_PREFIXES = {
    "meta.xml": "",
    "settings.xml": "Application settings (printer name)",
    "Thumbnails/": "Embedded thumbnail",
    "Configurations2/": "",
    "layout-cache": "",
}
_MACRO_ELEMENTS = frozenset({"scripts", "script", "event-listener", "event-listeners"})
_RSID_ATTRIBUTES = frozenset({"rsid", "paragraph-rsid"})


def _dropped(name: str) -> str | None:
    for prefix, label in _DROPPED_PREFIXES.items():
        if name == prefix or (prefix.endswith("/") and name.startswith(prefix)):
            return label
    return None


def _check_package(entries: dict[str, bytes]) -> etree._Element:
    if next(iter(entries), None) != "mimetype" or entries["mimetype"].strip() != MIMETYPE:
        raise StripError("unsupported", "OpenDocument file that is not a text document")
    if "META-INF/manifest.xml" not in entries or "content.xml" not in entries:
        raise StripError("malformed", "OpenDocument text without manifest or content")
    if any(name.startswith(("Basic/", "Scripts/")) for name in entries):
        raise StripError("macros", "OpenDocument text with macros")
    if any(name.startswith(("Object ", "ObjectReplacements/")) for name in entries):
        raise StripError("embedded_files", "OpenDocument text with embedded objects")
    manifest = parse_xml(entries["META-INF/manifest.xml"], "META-INF/manifest.xml")
    if any(local(el.tag) == "encryption-data" for el in manifest.iter()):
        raise StripError("unsupported", "encrypted document")
    return manifest


def _meta_names(entries: dict[str, bytes]) -> list[str]:
    if "meta.xml" not in entries:
        return []
    names = []
    for element in parse_xml(entries["meta.xml"], "meta.xml").iter():
        label = _META_NAMES.get(local(element.tag))
        if label and ((element.text or "").strip() or len(element.attrib)):
            names.append(label)
    return names


def _clean_xml_part(name: str, body: bytes, removed: list[str]) -> bytes:
    """Comments out, tracked-change authors blank, rsids gone; macros and remote links refused."""
    root = parse_xml(body, name)
    for element in list(root.iter()):
        tag = local(element.tag)
        if tag in _MACRO_ELEMENTS:
            raise StripError("macros", "OpenDocument text with scripts or event handlers")
        href = element.get(_XLINK_HREF, "")
        if ":" in href.split("/", 1)[0] and tag != "a":
            raise StripError("external_links", "OpenDocument text that loads external content")
        if tag in ("annotation", "annotation-end"):
            parent = element.getparent()
            if parent is not None:
                parent.remove(element)
                removed.append("Comments and their authors")
            continue
        if tag == "changed-region":
            for info in element.iter("{*}creator", "{*}date"):
                info.text = ""
                removed.append("Revision authors and dates")
        for attribute in list(element.attrib):
            if local(attribute) in _RSID_ATTRIBUTES:
                del element.attrib[attribute]
                removed.append("Revision identifiers (rsid)")
    return to_xml(root)


def _clean_manifest(manifest: etree._Element, kept: dict[str, bytes]) -> bytes:
    for entry in list(manifest):
        path = entry.get("{urn:oasis:names:tc:opendocument:xmlns:manifest:1.0}full-path", "")
        if path not in ("/", "") and not path.endswith("/") and path not in kept:
            manifest.remove(entry)
    return to_xml(manifest)


def strip_odt(data: bytes, detected: Detected) -> StripResult:
    """Rewrite an OpenDocument text keeping content, styles and pictures only."""
    entries = read_package(data, required=("mimetype", "content.xml", "META-INF/manifest.xml"))
    manifest = _check_package(entries)
    removed = _meta_names(entries)
    kept: dict[str, bytes] = {"mimetype": MIMETYPE}
    for name, body in entries.items():
        label = _dropped(name)
        if label is not None:
            if label:
                removed.append(label)
            continue
        if name in ("mimetype", "META-INF/manifest.xml"):
            continue
        if name.startswith("Pictures/"):
            kept[name], had_metadata = clean_picture(name, body)
            if had_metadata:
                removed.append(PICTURE_METADATA)
        elif name.endswith(".xml"):
            kept[name] = _clean_xml_part(name, body, removed)
        else:
            kept[name] = body
    kept["META-INF/manifest.xml"] = _clean_manifest(manifest, kept)
    clean = write_package(kept, stored_first="mimetype")
    parse_xml(read_package(clean)["content.xml"], "content.xml")  # still a document
    return StripResult(
        detected.kind,
        detected.mime,
        detected.extension,
        clean,
        tuple(dict.fromkeys(removed)),
        ("document package rewritten; text, layout and pictures kept",),
    )
