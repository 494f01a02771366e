"""Word documents (DOCX): rewrite the package without who wrote, edited or reviewed it.

Removed: the document properties (`docProps/core.xml`: author, last modified by, dates,
revision; `app.xml`: company, manager, template, editing time, application; `custom.xml`), the
embedded thumbnail, comments and their authors (`comments*.xml`, `people.xml` and the markers in
the text), custom XML data (document-management fields), the revision-session identifiers
(`w:rsid*`, `w14:paraId`/`textId`, the document GUID) and document variables; tracked changes
keep their text but lose author and date. Pictures inside are re-encoded like any upload.

Refused with a specific reason: macros or ActiveX (vbaProject.bin, a macro-enabled content type,
so .docm), embedded files or OLE objects, and any external relationship other than a plain
hyperlink (remote templates, linked pictures, frames: they make Word fetch a URL on opening,
which would tell a stranger when and where a caseworker read the file). ZIP bombs are refused by
office.read_package before anything is decompressed.
"""

from __future__ import annotations

import posixpath

from lxml import etree

from .office import (
    PICTURE_METADATA,
    clean_picture,
    local,
    parse_xml,
    read_package,
    resolve,
    to_xml,
    write_package,
)
from .result import StripError, StripResult
from .sniff import Detected

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_MAIN_TYPES = (
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml",
)
_CORE_NAMES = {
    "creator": "Author",
    "lastModifiedBy": "Last modified by",
    "created": "Creation date",
    "modified": "Modification date",
    "lastPrinted": "Last printed date",
    "revision": "Revision number",
    "title": "Document title",
    "subject": "Document subject",
    "description": "Document comments",
    "keywords": "Keywords",
    "category": "Category",
    "contentStatus": "Content status",
    "identifier": "Document identifier",
}
_APP_NAMES = {
    "Company": "Company",
    "Manager": "Manager",
    "Template": "Template name",
    "TotalTime": "Total editing time",
    "Application": "Application name and version",
    "AppVersion": "Application name and version",
    "HyperlinkBase": "Link base address",
}
_COMMENT_PARTS = ("comments", "commentsExtended", "commentsIds", "commentsExtensible", "people")
_COMMENT_MARKERS = frozenset({"commentRangeStart", "commentRangeEnd", "commentReference"})
_REVISION_WORDS = (
    "ins del moveFrom moveTo rPrChange pPrChange sectPrChange tblPrChange trPrChange tcPrChange "
    "tblGridChange numberingChange cellIns cellDel cellMerge moveFromRangeStart moveToRangeStart "
    "customXmlInsRangeStart customXmlDelRangeStart"
)
_REVISION_ELEMENTS = frozenset(_REVISION_WORDS.split())
_SETTINGS_DROPPED = {
    "rsids": "Revision identifiers (rsid)",
    "docVars": "Document variables",
    "docId": "Document identifier",
    "attachedTemplate": "Template name",
}


def _dropped_parts(entries: dict[str, bytes]) -> dict[str, str]:
    """Parts removed whole, with the name the reporter is told ("" when named elsewhere)."""
    dropped: dict[str, str] = {}
    for name in entries:
        folder, base = posixpath.split(name)
        stem = base.split(".", 1)[0]
        if name == "docProps/custom.xml":
            dropped[name] = "Custom properties"
        elif name.startswith("docProps/thumbnail"):
            dropped[name] = "Embedded thumbnail"
        elif name in ("docProps/core.xml", "docProps/app.xml"):
            dropped[name] = ""
        elif folder == "word" and stem in _COMMENT_PARTS:
            dropped[name] = "Comments and their authors"
        elif name.startswith("customXml/"):
            dropped[name] = "Custom XML data"
        elif folder == "word/_rels" and stem in _COMMENT_PARTS:
            dropped[name] = ""
    return dropped


def _refuse_active_content(entries: dict[str, bytes], content_types: etree._Element) -> None:
    lowered = [name.lower() for name in entries]
    if any(n.endswith(("vbaproject.bin", "vbadata.xml")) or "/activex/" in n for n in lowered):
        raise StripError("macros", "Word document with macros or ActiveX controls")
    types = [el.get("ContentType", "") for el in content_types.iter("{*}Override", "{*}Default")]
    if any("macroEnabled" in t or "vbaProject" in t for t in types):
        raise StripError("macros", "macro-enabled Word document")
    if any(n.startswith("word/embeddings/") for n in lowered):
        raise StripError("embedded_files", "Word document with embedded files or objects")
    main = [
        el.get("ContentType", "")
        for el in content_types.iter("{*}Override")
        if el.get("PartName") == "/word/document.xml"
    ]
    if not main or main[0] not in _MAIN_TYPES:
        raise StripError("unsupported", "ZIP package that is not a Word document")


def _clean_relationships(name: str, body: bytes, dropped: dict[str, str]) -> bytes:
    """Refuse external targets other than hyperlinks; forget relationships to dropped parts."""
    root = parse_xml(body, name)
    source_dir = posixpath.dirname(posixpath.dirname(name))
    for rel in list(root):
        external = rel.get("TargetMode") == "External"
        if external and not rel.get("Type", "").endswith("/hyperlink"):
            raise StripError("external_links", "Word document that loads external content")
        if not external and resolve(source_dir, rel.get("Target", "")) in dropped:
            root.remove(rel)
    return to_xml(root)


def _clean_content_types(root: etree._Element, dropped: dict[str, str]) -> bytes:
    for override in list(root.iter("{*}Override")):
        if override.get("PartName", "").lstrip("/") in dropped:
            root.remove(override)
    return to_xml(root)


def _property_names(entries: dict[str, bytes]) -> list[str]:
    """Names of the non-empty document properties in core.xml and app.xml."""
    names: list[str] = []
    for part, table in (("docProps/core.xml", _CORE_NAMES), ("docProps/app.xml", _APP_NAMES)):
        if part in entries:
            for element in parse_xml(entries[part], part):
                label = table.get(local(element.tag))
                if label and (element.text or "").strip():
                    names.append(label)
    return names


def _clean_word_part(name: str, body: bytes, removed: list[str]) -> bytes:
    """Drop rsids, paragraph ids, comment markers, revision authors and dates, settings ids."""
    root = parse_xml(body, name)
    for element in list(root.iter()):
        tag = local(element.tag)
        if element.tag == f"{{{W}}}{tag}" and tag in _COMMENT_MARKERS:
            parent = element.getparent()
            if parent is not None:
                parent.remove(element)
                removed.append("Comments and their authors")
            continue
        if name == "word/settings.xml" and tag in _SETTINGS_DROPPED:
            parent = element.getparent()
            if parent is not None and parent is root:
                root.remove(element)
                removed.append(_SETTINGS_DROPPED[tag])
                continue
        for attribute in list(element.attrib):
            key = local(attribute)
            if key.startswith("rsid") or key in ("paraId", "textId"):
                del element.attrib[attribute]
                removed.append("Revision identifiers (rsid)")
        if tag in _REVISION_ELEMENTS:
            for attribute in list(element.attrib):
                if local(attribute) in ("author", "date", "initials"):
                    del element.attrib[attribute]
                    removed.append("Revision authors and dates")
            if element.tag.startswith(f"{{{W}}}"):
                element.set(f"{{{W}}}author", "")
    return to_xml(root)


def strip_docx(data: bytes, detected: Detected) -> StripResult:
    """Rewrite a Word package keeping the text, layout and pictures, and nothing about people."""
    entries = read_package(data, required=("[Content_Types].xml", "word/document.xml"))
    content_types = parse_xml(entries["[Content_Types].xml"], "[Content_Types].xml")
    _refuse_active_content(entries, content_types)
    dropped = _dropped_parts(entries)
    removed = _property_names(entries) + [label for label in dropped.values() if label]
    kept: dict[str, bytes] = {"[Content_Types].xml": _clean_content_types(content_types, dropped)}
    for name, body in entries.items():
        if name in dropped or name in kept:
            continue
        if name.endswith(".rels"):
            kept[name] = _clean_relationships(name, body, dropped)
        elif name.startswith("word/media/"):
            kept[name], had_metadata = clean_picture(name, body)
            if had_metadata:
                removed.append(PICTURE_METADATA)
        elif name.startswith("word/") and name.endswith(".xml"):
            kept[name] = _clean_word_part(name, body, removed)
        else:
            kept[name] = body
    clean = write_package(kept)
    parse_xml(read_package(clean)["word/document.xml"], "word/document.xml")  # still a document
    return StripResult(
        detected.kind,
        detected.mime,
        detected.extension,
        clean,
        tuple(dict.fromkeys(removed)),
        ("document package rewritten; text, layout and pictures kept",),
    )
