"""PDF documents: remove document metadata and active content, keep every page as it was.

Unlike pictures, a PDF cannot be re-rendered without losing the text layer, so we edit it with
pikepdf (qpdf) and write a fresh file. Writing afresh matters as much as the edits: qpdf writes
only objects reachable from the trailer, so earlier revisions (incremental updates, which often
keep the old metadata), unreferenced objects and anything appended after the file (a ZIP riding on
a PDF) are all dropped. Stream data is copied as stored, never decompressed, so a compression bomb
inside a stream costs nothing here.
"""

from __future__ import annotations

from io import BytesIO

import pikepdf
from pikepdf import Array, Dictionary, Name, Stream

from .image_containers import strip_jpeg_segments
from .result import StripError, StripResult
from .sniff import Detected

_INFO_NAMES = {
    "/Title": "PDF title",
    "/Author": "PDF author",
    "/Subject": "PDF subject",
    "/Keywords": "PDF keywords",
    "/Creator": "PDF creator application",
    "/Producer": "PDF producer",
    "/CreationDate": "PDF creation date",
    "/ModDate": "PDF modification date",
    "/Trapped": "PDF trapping flag",
}
_ACTIVE_ACTIONS = {
    "/JavaScript": "JavaScript",
    "/Launch": "Launch action (opens programs)",
    "/SubmitForm": "Form submission action",
    "/ImportData": "Data import action",
    "/RichMediaExecute": "Rich media script",
    "/GoToE": "Embedded-document action",
}
_MARKUP_WORDS = (
    "Text FreeText Line Square Circle Polygon PolyLine Highlight Underline Squiggly StrikeOut "
    "Stamp Caret Ink FileAttachment Sound Redact Popup"
)
_MARKUP_ANNOTATIONS = frozenset(f"/{name}" for name in _MARKUP_WORDS.split())
_DROPPED_KEYS = {
    "/Metadata": "XMP metadata",
    "/PieceInfo": "Application private data (PieceInfo)",
    "/LastModified": "Last-modified date",
    "/AA": "Automatic actions",
}


class _Cleaner:
    """One pass over every object in the document, editing dictionaries in place."""

    def __init__(self) -> None:
        self.removed: list[str] = []
        self.embedded_files = 0
        self.signed = False

    def found(self, name: str) -> None:
        if name not in self.removed:
            self.removed.append(name)

    def clean_trailer(self, pdf: pikepdf.Pdf) -> None:
        trailer = pdf.trailer
        if "/Info" in trailer:
            info = trailer.Info
            if isinstance(info, Dictionary):
                for key in list(info.keys()):
                    self.found(_INFO_NAMES.get(key, "PDF info (other field)"))
                    del info[key]  # also empties it should anything else still point at it
            del trailer["/Info"]
        if "/ID" in trailer:
            self.found("Document identifier (replaced)")

    def clean_objects(self, pdf: pikepdf.Pdf) -> None:
        """Visit every indirect object and the direct objects nested in it, without recursion."""
        for obj in pdf.objects:
            if not isinstance(obj, Dictionary | Stream | Array):
                continue
            stack = [obj]
            while stack:
                node = stack.pop()
                if isinstance(node, Dictionary | Stream):
                    self.clean_dictionary(node)
                    children = [value for _key, value in node.items()]
                else:
                    children = list(node)
                stack += [
                    c for c in children if isinstance(c, Dictionary | Array) and not c.is_indirect
                ]

    def clean_dictionary(self, node: Dictionary | Stream) -> None:
        kind, subtype = node.get("/Type"), node.get("/Subtype")
        if isinstance(node, Stream):
            self.clean_stream(node, kind, subtype)
        for key, name in _DROPPED_KEYS.items():
            if key in node:
                del node[key]
                self.found(name)
        for key in ("/OpenAction", "/A", "/Next"):
            self.drop_active_actions(node, key)
        names = node.get("/Names")
        if isinstance(names, Dictionary) and "/JavaScript" in names:
            del names["/JavaScript"]
            self.found("JavaScript")
        if str(subtype) in _MARKUP_ANNOTATIONS and "/Rect" in node:
            self.clean_annotation(node)
        if kind == Name.Sig or (kind is None and "/ByteRange" in node and "/Filter" in node):
            self.signed = True

    def drop_active_actions(self, node: Dictionary | Stream, key: str) -> None:
        """Remove script-like actions under ``key``; an action chain (/Next) may be an array."""
        value = node.get(key)
        actions = list(value) if isinstance(value, Array) else [value]
        active = [
            a for a in actions if isinstance(a, Dictionary) and str(a.get("/S")) in _ACTIVE_ACTIONS
        ]
        for action in active:
            self.found(_ACTIVE_ACTIONS[str(action.get("/S"))])
        if active and isinstance(value, Array) and len(active) < len(actions):
            node[key] = Array([a for a in actions if not any(a is b for b in active)])
        elif active:
            del node[key]

    def clean_annotation(self, node: Dictionary | Stream) -> None:
        """Comments and highlights carry their author's name (/T) and when they were made."""
        for key, name in (
            ("/T", "Annotation author"),
            ("/M", "Annotation dates"),
            ("/CreationDate", "Annotation dates"),
            ("/NM", "Annotation identifier"),
        ):
            if key in node:
                del node[key]
                self.found(name)

    def clean_stream(self, node: Stream, kind: object, subtype: object) -> None:
        if kind == Name.Metadata:
            # Blank the XMP stream itself, in case it is referenced from somewhere unexpected.
            node.write(b"")
            self.found("XMP metadata")
        elif kind == Name.EmbeddedFile:
            self.embedded_files += 1
            params = node.get("/Params")
            if isinstance(params, Dictionary):
                for key in ("/CreationDate", "/ModDate", "/Mac"):
                    if key in params:
                        del params[key]
                        self.found("Embedded file dates")
        elif subtype == Name.Image and _is_plain_dct(node):
            self.clean_jpeg_image(node)

    def clean_jpeg_image(self, node: Stream) -> None:
        """Photos placed in a PDF keep their camera EXIF; cut it out without re-encoding."""
        raw = node.read_raw_bytes()
        if not raw.startswith(b"\xff\xd8"):
            return
        cleaned, names = strip_jpeg_segments(raw)
        if cleaned != raw:
            parms = node.get("/DecodeParms")
            parms = parms if isinstance(parms, Dictionary | Array) else None
            node.write(cleaned, filter=Name.DCTDecode, decode_parms=parms)
        for name in names:
            self.found(f"{name} (in an embedded picture)")


def _is_plain_dct(node: Stream) -> bool:
    filters = node.get("/Filter")
    if isinstance(filters, Array):
        return len(filters) == 1 and filters[0] == Name.DCTDecode
    return filters == Name.DCTDecode


def strip_pdf(data: bytes, detected: Detected) -> StripResult:
    """Remove the Info dictionary, XMP, private data, annotation authors and active content."""
    try:
        pdf = pikepdf.open(BytesIO(data))
    except pikepdf.PasswordError:
        raise StripError("unsupported", "password-protected PDF") from None
    except (pikepdf.PdfError, RuntimeError, ValueError) as exc:
        raise StripError("malformed", f"PDF could not be opened ({type(exc).__name__})") from None
    cleaner = _Cleaner()
    out = BytesIO()
    with pdf:
        try:
            cleaner.clean_trailer(pdf)
            cleaner.clean_objects(pdf)
            pdf.save(
                out,
                deterministic_id=True,  # a new /ID derived from content, not the original's
                fix_metadata_version=False,
                preserve_pdfa=False,
                compress_streams=False,
                stream_decode_level=pikepdf.StreamDecodeLevel.none,
                object_stream_mode=pikepdf.ObjectStreamMode.preserve,
            )
        except (pikepdf.PdfError, RuntimeError, ValueError, TypeError, KeyError) as exc:
            raise StripError(
                "malformed", f"PDF could not be rewritten ({type(exc).__name__})"
            ) from None
    notes = ["rewritten with document metadata removed; pages unchanged"]
    if cleaner.embedded_files:
        notes.append(
            f"{cleaner.embedded_files} attached file(s) kept as they are: "
            "their own contents were not cleaned"
        )
    if cleaner.signed:
        notes.append("digital signatures in the document no longer validate after cleaning")
    return StripResult(
        detected.kind,
        detected.mime,
        detected.extension,
        out.getvalue(),
        tuple(cleaner.removed),
        tuple(notes),
    )
