"""Fixtures for the formats added with issue #14: phone video, HEIC photos, DOCX and ODT.

Each builder plants a canary (see stripping_fixtures.Canaries) in every place a phone or an
office suite puts identifying data, so a test can byte-search the cleaned output for all of them.
Video is synthesised by FFmpeg (`-f lavfi`), installed by scripts/install-sandbox-tools.sh.
"""

from __future__ import annotations

import io
import shutil
import subprocess
import tempfile
import zipfile
from pathlib import Path

from PIL import Image

from amanat.intake.tests.stripping_fixtures import (
    Canaries,
    jpeg_with_metadata,
    png_with_metadata,
    xmp,
    zip_bytes,
)

FFMPEG = shutil.which("ffmpeg")


def ffmpeg(*args: str, output: str, inputs: dict[str, bytes] | None = None) -> bytes:
    """Run FFmpeg in a scratch folder (tests only: the product runs it inside the sandbox)."""
    if FFMPEG is None:
        raise RuntimeError("ffmpeg is not installed (scripts/install-sandbox-tools.sh)")
    with tempfile.TemporaryDirectory() as folder:
        for name, data in (inputs or {}).items():
            (Path(folder) / name).write_bytes(data)
        subprocess.run(
            [FFMPEG, "-nostdin", "-v", "error", "-y", *args, output],
            cwd=folder,
            check=True,
            capture_output=True,
        )
        return (Path(folder) / output).read_bytes()


def video_with_metadata(
    c: dict[str, str], container: str = "mov", seconds: float = 2, faststart: bool = False
) -> bytes:
    """A phone-like video planted with location (©xyz and ISO 6709 Keys), make, model, dates,
    a chapter, a subtitle track and, in MP4, cover art: every marker must be gone after."""
    srt = f"1\n00:00:00,000 --> 00:00:01,000\n{c['subtitle']}\n".encode()
    chapters = (
        f";FFMETADATA1\n[CHAPTER]\nTIMEBASE=1/1000\nSTART=0\nEND=1000\ntitle={c['chapter']}\n"
    )
    args = [
        *("-f", "lavfi", "-i", f"testsrc=s=64x48:r=10:d={seconds}"),
        *("-f", "lavfi", "-i", f"sine=f=440:d={seconds}"),
        *("-i", "s.srt", "-i", "chapters.txt"),
        *("-map", "0:v", "-map", "1:a", "-map_chapters", "3"),
        *(() if container == "3gp" else ("-map", "2:s", "-c:s", "mov_text")),
        *("-c:v", "libx264", "-preset", "ultrafast", "-c:a", "aac"),
        *("-metadata", "location=+41.0123+028.9876/"),
        *("-metadata", "com.apple.quicktime.location.ISO6709=+41.0123+028.9876+012.000/"),
        *("-metadata", f"make={c['make']}", "-metadata", f"model={c['model']}"),
        *("-metadata", f"title={c['title']}", "-metadata", f"comment={c['comment']}"),
        *("-metadata", "creation_time=2024-05-06T07:08:09Z"),
        *("-metadata:s:v:0", f"handler_name={c['author']}"),
        *("-metadata:s:a:0", "creation_time=2024-05-06T07:08:09Z"),
    ]
    # QuickTime `Keys` (mdta) in MOV and 3GP; iTunes `ilst`, with cover art, in MP4. Phones
    # write the index after the samples; `faststart` puts it first, as streaming apps do.
    flags = ("" if container == "mp4" else "+use_metadata_tags") + ("+faststart" * faststart)
    if flags:
        args += ["-movflags", flags]
    if container == "mp4":  # cover art (an attached picture stream, stored as iTunes `covr`)
        last_input = args.index("chapters.txt") + 1
        args[last_input:last_input] = ["-f", "lavfi", "-i", "color=c=red:s=32x24:d=0.1"]
        args += ["-map", "4:v", "-c:v:1", "png", "-frames:v:1", "1"]
        args += ["-disposition:v:1", "attached_pic"]
    inputs = {"s.srt": srt, "chapters.txt": chapters.encode()}
    return ffmpeg(*args, output=f"v.{container}", inputs=inputs)


def silent_long_video(hours: float = 10) -> bytes:
    """A tiny, silent, very long video (one frame every ten seconds): a flood, not evidence."""
    seconds = int(hours * 3600)
    return ffmpeg(
        *("-f", "lavfi", "-i", f"color=c=black:s=16x16:r=0.1:d={seconds}"),
        *("-c:v", "libx264", "-preset", "ultrafast", "-g", "100000"),
        output="long.mp4",
    )


def heic_with_metadata(c: dict[str, str], size: tuple[int, int] = (64, 48)) -> bytes:
    """An iPhone-like HEIC with EXIF (GPS, make, model, artist), XMP and a thumbnail."""
    import pillow_heif

    exif = Image.Exif()
    exif[0x010F], exif[0x0110], exif[0x013B] = c["make"], c["model"], c["artist"]
    exif.get_ifd(0x8825).update({1: "N", 2: (41.0, 0.0, 0.0), 3: "E", 4: (28.0, 0.0, 0.0)})
    heif = pillow_heif.from_pillow(Image.new("RGB", size, (30, 120, 200)))
    heif.info["exif"] = exif.tobytes()
    heif.info["xmp"] = xmp(c["xmp"]).encode()
    heif.info["thumbnails"] = [16]
    out = io.BytesIO()
    heif.save(out, quality=80)
    return out.getvalue()


W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_OOXML = "application/vnd.openxmlformats-officedocument."
_DOCX_OVERRIDES = {
    "/word/document.xml": _OOXML + "wordprocessingml.{main}+xml",
    "/word/comments.xml": _OOXML + "wordprocessingml.comments+xml",
    "/word/settings.xml": _OOXML + "wordprocessingml.settings+xml",
    "/docProps/core.xml": "application/vnd.openxmlformats-package.core-properties+xml",
    "/docProps/app.xml": _OOXML + "extended-properties+xml",
    "/docProps/custom.xml": _OOXML + "custom-properties+xml",
}
_DOCX_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" '
    'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Default Extension="jpeg" ContentType="image/jpeg"/>'
    + "".join(
        f'<Override PartName="{part}" ContentType="{kind}"/>'
        for part, kind in _DOCX_OVERRIDES.items()
    )
    + "</Types>"
)
_REL = (
    '<Relationship Id="{id}" Type="http://schemas.openxmlformats.org/{type}" '
    'Target="{target}"{mode}/>'
)
_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?><Relationships '
    'xmlns="http://schemas.openxmlformats.org/package/2006/relationships">{}</Relationships>'
)


def _rels(*rels: tuple[str, str, str, bool]) -> bytes:
    body = "".join(
        _REL.format(id=rid, type=kind, target=target, mode=' TargetMode="External"' if ext else "")
        for rid, kind, target, ext in rels
    )
    return _RELS.format(body).encode()


def docx_with_metadata(
    c: dict[str, str], *, macros: bool = False, external: bool = False, hyperlink: bool = True
) -> bytes:
    """A Word document as Word writes it, with a canary in every identifying place."""
    rsid = c["rsid"][-8:].upper()
    c["rsid_value"] = rsid
    doc_rels = [
        ("rId1", "officeDocument/2006/relationships/comments", "comments.xml", False),
        ("rId2", "officeDocument/2006/relationships/settings", "settings.xml", False),
        ("rId3", "officeDocument/2006/relationships/image", "media/image1.jpeg", False),
        ("rId4", "officeDocument/2006/relationships/customXml", "../customXml/item1.xml", False),
    ]
    if hyperlink:
        doc_rels.append(
            ("rId5", "officeDocument/2006/relationships/hyperlink", "https://example.org/", True)
        )
    settings_rels = []
    if external:
        settings_rels.append(
            (
                "rId1",
                "officeDocument/2006/relationships/attachedTemplate",
                f"http://{c['host']}.example/template.dotm",
                True,
            )
        )
    w = f'xmlns:w="{W_NS}" xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"'
    document = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document {w}><w:body>'
        f'<w:p w:rsidR="{rsid}" w:rsidRDefault="{rsid}" w14:paraId="{rsid}" w14:textId="{rsid}">'
        '<w:commentRangeStart w:id="0"/><w:r><w:t>Summons to the police station.</w:t></w:r>'
        '<w:commentRangeEnd w:id="0"/><w:r><w:commentReference w:id="0"/></w:r>'
        f'<w:ins w:id="1" w:author="{c["reviser"]}" w:date="2024-05-06T07:08:09Z">'
        "<w:r><w:t>Inserted text.</w:t></w:r></w:ins></w:p></w:body></w:document>"
    )
    comments = (
        f'<?xml version="1.0" encoding="UTF-8"?><w:comments {w}><w:comment w:id="0" '
        f'w:author="{c["commenter"]}" w:initials="AX"><w:p><w:r><w:t>{c["comment"]}</w:t>'
        "</w:r></w:p></w:comment></w:comments>"
    )
    settings = (
        f'<?xml version="1.0" encoding="UTF-8"?><w:settings {w} '
        'xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
        + ('<w:attachedTemplate r:id="rId1"/>' if external else "")
        + f'<w:docVars><w:docVar w:name="client" w:val="{c["docvar"]}"/></w:docVars>'
        f'<w:rsids><w:rsidRoot w:val="{rsid}"/><w:rsid w:val="{rsid}"/></w:rsids>'
        f'<w15:docId w15:val="{{{c["guid"]}}}"/></w:settings>'
    )
    core = (
        '<?xml version="1.0" encoding="UTF-8"?><cp:coreProperties '
        'xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/">'
        f"<dc:creator>{c['author']}</dc:creator><cp:lastModifiedBy>{c['editor']}</cp:lastModifiedBy>"
        f"<cp:revision>7</cp:revision><dc:title>{c['title']}</dc:title>"
        "<dcterms:created>2024-05-06T07:08:09Z</dcterms:created></cp:coreProperties>"
    )
    app = (
        '<?xml version="1.0" encoding="UTF-8"?><Properties xmlns="http://schemas.openxmlformats.'
        f'org/officeDocument/2006/extended-properties"><Company>{c["company"]}</Company>'
        f"<Template>{c['template']}</Template><TotalTime>42</TotalTime>"
        "<Application>Microsoft Office Word</Application></Properties>"
    )
    custom = (
        '<?xml version="1.0" encoding="UTF-8"?><Properties xmlns="http://schemas.openxmlformats.'
        'org/officeDocument/2006/custom-properties"><property name="Case" pid="2" fmtid="{D5CDD505-'
        f'2E9C-101B-9397-08002B2CF9AE}}"><vt:lpwstr xmlns:vt="x">{c["custom"]}</vt:lpwstr>'
        "</property></Properties>"
    )
    people = f'<w15:people xmlns:w15="x"><w15:person w15:author="{c["commenter"]}"/></w15:people>'
    members = {
        "[Content_Types].xml": _DOCX_TYPES.format(
            main="document.macroEnabled.main" if macros else "document.main"
        ).encode(),
        "_rels/.rels": _rels(
            (
                "rId1",
                "officeDocument/2006/relationships/officeDocument",
                "word/document.xml",
                False,
            ),
            (
                "rId2",
                "package/2006/relationships/metadata/core-properties",
                "docProps/core.xml",
                False,
            ),
            (
                "rId3",
                "officeDocument/2006/relationships/extended-properties",
                "docProps/app.xml",
                False,
            ),
            (
                "rId4",
                "officeDocument/2006/relationships/custom-properties",
                "docProps/custom.xml",
                False,
            ),
            (
                "rId5",
                "package/2006/relationships/metadata/thumbnail",
                "docProps/thumbnail.jpeg",
                False,
            ),
        ),
        "word/document.xml": document.encode(),
        "word/_rels/document.xml.rels": _rels(*doc_rels),
        "word/comments.xml": comments.encode(),
        "word/people.xml": people.encode(),
        "word/settings.xml": settings.encode(),
        "word/media/image1.jpeg": jpeg_with_metadata(c),
        "docProps/core.xml": core.encode(),
        "docProps/app.xml": app.encode(),
        "docProps/custom.xml": custom.encode(),
        "docProps/thumbnail.jpeg": jpeg_with_metadata(c, size=(16, 12)),
        "customXml/item1.xml": f"<dms><owner>{c['dms']}</owner></dms>".encode(),
    }
    if settings_rels:
        members["word/_rels/settings.xml.rels"] = _rels(*settings_rels)
    if macros:
        members["word/vbaProject.bin"] = b"\xd0\xcf\x11\xe0" + bytes(60)
    return zip_bytes(members)


def odt_with_metadata(c: dict[str, str], *, macros: bool = False, external: bool = False) -> bytes:
    """An OpenDocument text as LibreOffice writes it, with a canary in every identifying place."""
    ns = (
        'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
        'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
        'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
        'xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:dc="http://purl.org/dc/elements/1.1/" '
        'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
        'xmlns:officeooo="http://openoffice.org/2009/office" '
        'xmlns:config="urn:oasis:names:tc:opendocument:xmlns:config:1.0"'
    )
    rsid = c["rsid"][-8:]
    c["rsid_value"] = rsid
    picture = "http://" + c["host"] + ".example/p.png" if external else "Pictures/p.jpg"
    content = (
        f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {ns}>'
        f'<office:automatic-styles><style:style style:name="P1"><style:text-properties '
        f'officeooo:rsid="{rsid}" officeooo:paragraph-rsid="{rsid}"/></style:style>'
        "</office:automatic-styles><office:body><office:text><text:tracked-changes>"
        '<text:changed-region text:id="ct1"><text:insertion><office:change-info>'
        f"<dc:creator>{c['reviser']}</dc:creator><dc:date>2024-05-06T07:08:09</dc:date>"
        "</office:change-info></text:insertion></text:changed-region></text:tracked-changes>"
        '<text:p text:style-name="P1">Summons to the police station.<office:annotation>'
        f"<dc:creator>{c['commenter']}</dc:creator><text:p>{c['comment']}</text:p>"
        '</office:annotation><text:a xlink:href="https://example.org/">link</text:a></text:p>'
        f'<draw:frame><draw:image xlink:href="{picture}"/></draw:frame>'
        "</office:text></office:body></office:document-content>"
    )
    meta = (
        f'<?xml version="1.0" encoding="UTF-8"?><office:document-meta {ns}><office:meta>'
        f"<meta:initial-creator>{c['author']}</meta:initial-creator>"
        f"<dc:creator>{c['editor']}</dc:creator><meta:editing-cycles>7</meta:editing-cycles>"
        f"<meta:generator>{c['generator']}</meta:generator>"
        f'<meta:user-defined meta:name="Case">{c["custom"]}</meta:user-defined>'
        "</office:meta></office:document-meta>"
    )
    settings = (
        f'<?xml version="1.0" encoding="UTF-8"?><office:document-settings {ns}><office:settings>'
        f'<config:config-item config:name="PrinterName">{c["printer"]}</config:config-item>'
        "</office:settings></office:document-settings>"
    )
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:'
        'names:tc:opendocument:xmlns:manifest:1.0"><manifest:file-entry manifest:full-path="/" '
        'manifest:media-type="application/vnd.oasis.opendocument.text"/>'
        + "".join(
            f'<manifest:file-entry manifest:full-path="{p}" manifest:media-type="text/xml"/>'
            for p in ("content.xml", "meta.xml", "settings.xml", "styles.xml", "Pictures/p.jpg")
        )
        + "</manifest:manifest>"
    )
    members = {
        "mimetype": b"application/vnd.oasis.opendocument.text",
        "content.xml": content.encode(),
        "styles.xml": f"<office:document-styles {ns}/>".encode(),
        "meta.xml": meta.encode(),
        "settings.xml": settings.encode(),
        "Thumbnails/thumbnail.png": png_with_metadata(c),
        "Pictures/p.jpg": jpeg_with_metadata(c),
        "META-INF/manifest.xml": manifest.encode(),
    }
    if macros:
        members["Basic/Standard/Module1.xml"] = b"<script:module/>"
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            compress = zipfile.ZIP_STORED if name == "mimetype" else zipfile.ZIP_DEFLATED
            archive.writestr(name, data, compress_type=compress)
    return out.getvalue()


def docx_zip_bomb(megabytes: int = 40) -> bytes:
    """A valid-looking Word package whose document part inflates to ``megabytes`` of zeros."""
    c = Canaries()
    with zipfile.ZipFile(io.BytesIO(docx_with_metadata(c))) as archive:
        members = {name: archive.read(name) for name in archive.namelist()}
    members["word/document.xml"] += bytes(megabytes * 1024 * 1024)
    return zip_bytes(members)
