"""Evidence formats phones and offices produce (issue #14 part 2): HEIC, video, DOCX and ODT.

Each fixture is generated here with a canary in every identifying place; the cleaned output is
checked with a byte search for the canaries (also inside every part of a document package) and
with exiftool, which knows far more metadata locations than our own code. Everything runs
through the production path: the bubblewrap sandbox, with FFmpeg inside it for video.
"""

from __future__ import annotations

import io
import json
import shutil
import subprocess
import tempfile
import zipfile
from pathlib import Path

import pytest

from amanat.intake import stripping
from amanat.intake.stripping import sniff
from amanat.intake.tests import format_fixtures as ff
from amanat.intake.tests import stripping_fixtures as fx

EXIFTOOL = shutil.which("exiftool")


def exiftool(data: bytes, suffix: str) -> dict[str, object]:
    """Everything exiftool reads from ``data`` (installed by scripts/install-sandbox-tools.sh)."""
    assert EXIFTOOL, "exiftool is missing: run scripts/install-sandbox-tools.sh"
    with tempfile.NamedTemporaryFile(suffix=suffix) as handle:
        handle.write(data)
        handle.flush()
        done = subprocess.run(
            [EXIFTOOL, "-j", "-a", "-G1", "-ee", handle.name], capture_output=True, check=True
        )
    facts: dict[str, object] = json.loads(done.stdout)[0]
    return {k: v for k, v in facts.items() if not k.startswith(("System:", "ExifTool:", "File:"))}


def stream_hashes(data: bytes, suffix: str) -> str:
    """MD5 of every audio and video packet, as FFmpeg reads them: equal means not re-encoded."""
    with tempfile.NamedTemporaryFile(suffix=suffix) as handle:
        handle.write(data)
        handle.flush()
        done = subprocess.run(
            [
                ff.FFMPEG or "ffmpeg",
                "-v",
                "error",
                "-i",
                handle.name,
                "-map",
                "0:V",
                "-map",
                "0:a",
                "-c",
                "copy",
                "-f",
                "streamhash",
                "-",
            ],
            capture_output=True,
            check=True,
        )
    return done.stdout.decode()


def codecs(data: bytes) -> list[str]:
    """Codec of every stream FFmpeg sees, cover pictures and text tracks included."""
    with tempfile.NamedTemporaryFile() as handle:
        handle.write(data)
        handle.flush()
        done = subprocess.run(
            [
                "ffprobe",
                "-v",
                "error",
                "-show_entries",
                "stream=codec_name",
                "-of",
                "csv=p=0",
                handle.name,
            ],
            capture_output=True,
            check=True,
        )
    return done.stdout.decode().split()


def package_bytes(data: bytes) -> bytes:
    """The package and every part of it decompressed, for the canary search."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return data + b"".join(archive.read(name) for name in archive.namelist())


def assert_no_canary(canaries: dict[str, str], blob: bytes, told: tuple[str, ...]) -> None:
    for field, value in canaries.items():
        for encoded in (value.encode(), value.encode("utf-16-le")):
            assert encoded not in blob, f"{field} survived"
        assert value not in " ".join(told)


def refused(data: bytes, name: str) -> str:
    with pytest.raises(stripping.StripError) as caught:
        stripping.strip(data, filename=name)
    return caught.value.code


# --- HEIC ------------------------------------------------------------------------------------


def test_it_turns_an_iphone_heic_into_a_jpeg_without_exif_xmp_or_gps() -> None:
    canaries = fx.Canaries()
    original = ff.heic_with_metadata(canaries)
    assert canaries["make"].encode() in original  # the fixture really carries the canaries
    result = stripping.strip(original, filename="IMG_0042.HEIC")
    assert (result.kind, result.mime, result.extension) == ("image", "image/jpeg", "jpg")
    assert_no_canary(canaries, result.clean, result.removed)
    assert {"GPS location", "Camera make", "XMP", "Embedded thumbnail"} <= set(result.removed)
    found = exiftool(result.clean, ".jpg")
    assert not [k for k in found if k.split(":")[0] in ("IFD0", "ExifIFD", "GPS", "XMP-x")]
    assert found["Composite:ImageSize"] == "64x48"


def test_it_refuses_a_truncated_heic() -> None:
    assert refused(ff.heic_with_metadata(fx.Canaries())[:300], "a.heic") == "malformed"


# --- Video -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("container", "mime"),
    [("mov", "video/quicktime"), ("mp4", "video/mp4"), ("3gp", "video/3gpp")],
)
def test_it_remuxes_phone_video_without_location_device_dates_or_extra_tracks(
    container: str, mime: str
) -> None:
    canaries = fx.Canaries()
    original = ff.video_with_metadata(canaries, container)
    assert canaries["title"].encode() in original
    result = stripping.strip(original, filename=f"VID_0001.{container.upper()}")
    assert (result.kind, result.mime, result.extension) == ("video", mime, container)
    assert_no_canary(canaries, result.clean, result.removed)
    assert b"ISO6709" not in result.clean
    assert b"\xa9xyz" not in result.clean
    assert "Chapters" in result.removed
    assert any("location" in name.lower() for name in result.removed)
    if container != "3gp":
        assert "Subtitle track" in result.removed
    found = exiftool(result.clean, f".{container}")
    assert not [k for k in found if k.split(":")[0] in ("Keys", "UserData", "ItemList", "XMP")]
    assert not [k for k in found if "GPS" in k or "Location" in k or k.endswith(("Make", "Model"))]
    if container == "mp4":
        assert "png" in codecs(original)
        assert "Embedded cover picture or thumbnail" in result.removed
    assert sorted(codecs(result.clean)) == ["aac", "h264"]  # no cover, subtitle or data track
    dates = [v for k, v in found.items() if k.endswith(("CreateDate", "ModifyDate"))]
    assert dates
    assert set(dates) == {"0000:00:00 00:00:00"}
    assert stream_hashes(result.clean, f".{container}") == stream_hashes(original, f".{container}")


def test_it_accepts_a_video_whose_index_comes_first() -> None:
    canaries = fx.Canaries()
    original = ff.video_with_metadata(canaries, "mp4", faststart=True)
    result = stripping.strip(original, filename="a.mp4")
    assert_no_canary(canaries, result.clean, result.removed)


@pytest.mark.parametrize("faststart", [False, True], ids=["index-at-end", "index-first"])
def test_it_refuses_a_truncated_video(faststart: bool) -> None:
    whole = ff.video_with_metadata(fx.Canaries(), "mp4", faststart=faststart)
    assert refused(whole[: len(whole) * 2 // 3], "call.mp4") == "malformed"


def test_it_refuses_a_ten_hour_silent_video_as_too_long() -> None:
    assert refused(ff.silent_long_video(hours=10), "long.mp4") == "too_long"


def test_a_video_is_not_an_audio_file_by_name_alone() -> None:
    video = ff.video_with_metadata(fx.Canaries(), "mp4")
    assert sniff.detect(video).kind == "video"
    assert refused(video, "voice.m4a") == "mismatch"
    assert stripping.strip(video, filename="voice.mp4").kind == "video"  # .mp4 may be either


# --- Word and LibreOffice documents -------------------------------------------------------------


@pytest.mark.parametrize(
    ("build", "name", "kept_part"),
    [
        (ff.docx_with_metadata, "letter.docx", "word/document.xml"),
        (ff.odt_with_metadata, "letter.odt", "content.xml"),
    ],
    ids=["docx", "odt"],
)
def test_it_rewrites_a_document_without_people_dates_comments_or_identifiers(
    build, name: str, kept_part: str
) -> None:
    canaries = fx.Canaries()
    original = build(canaries)
    assert canaries["author"].encode() in package_bytes(original)
    result = stripping.strip(original, filename=name)
    assert result.kind == "document"
    assert_no_canary(canaries, package_bytes(result.clean), result.removed)
    with zipfile.ZipFile(io.BytesIO(result.clean)) as archive:
        text = archive.read(kept_part).decode()
        names = archive.namelist()
    assert "Summons to the police station." in text  # the content is kept
    assert "https://example.org/" in text or name.endswith(".docx")  # a plain hyperlink stays
    assert not any(n.startswith(("docProps/", "customXml/", "Thumbnails/")) for n in names)
    assert "meta.xml" not in names
    assert "word/comments.xml" not in names
    expected = {"Author", "Last modified by", "Comments and their authors", "Embedded thumbnail"}
    assert expected | {"Revision identifiers (rsid)", "Revision authors and dates"} <= set(
        result.removed
    )
    assert "Metadata of pictures inside the document" in result.removed
    found = exiftool(result.clean, Path(name).suffix)
    assert not [k for k in found if k.startswith(("XML:", "XMP", "FlashPix"))]


def test_the_word_hyperlink_relationship_is_kept() -> None:
    result = stripping.strip(ff.docx_with_metadata(fx.Canaries()), filename="a.docx")
    with zipfile.ZipFile(io.BytesIO(result.clean)) as archive:
        rels = archive.read("word/_rels/document.xml.rels").decode()
    assert "https://example.org/" in rels
    assert "comments.xml" not in rels
    assert "customXml" not in rels


@pytest.mark.parametrize(
    ("build", "name"), [(ff.docx_with_metadata, "a.docx"), (ff.odt_with_metadata, "a.odt")]
)
def test_it_refuses_a_document_with_macros(build, name: str) -> None:
    assert refused(build(fx.Canaries(), macros=True), name) == "macros"


def test_it_refuses_a_docm_renamed_to_docx() -> None:
    assert refused(ff.docx_with_metadata(fx.Canaries(), macros=True), "a.docm") == "macros"


@pytest.mark.parametrize(
    ("build", "name"), [(ff.docx_with_metadata, "a.docx"), (ff.odt_with_metadata, "a.odt")]
)
def test_it_refuses_a_document_that_loads_external_content(build, name: str) -> None:
    assert refused(build(fx.Canaries(), external=True), name) == "external_links"


def test_it_refuses_a_docx_zip_bomb_before_inflating_it() -> None:
    assert refused(ff.docx_zip_bomb(megabytes=40), "bomb.docx") == "archive_bomb"


def test_it_refuses_a_document_with_too_many_parts() -> None:
    members = {f"word/media/p{i}.emf": b"" for i in range(2100)}
    members["[Content_Types].xml"] = members["word/document.xml"] = b"<x/>"
    assert refused(fx.zip_bytes(members), "many.docx") == "archive_bomb"


def test_it_refuses_a_document_with_embedded_files() -> None:
    with zipfile.ZipFile(io.BytesIO(ff.docx_with_metadata(fx.Canaries()))) as archive:
        members = {name: archive.read(name) for name in archive.namelist()}
    members["word/embeddings/oleObject1.bin"] = b"\xd0\xcf\x11\xe0" + bytes(60)
    assert refused(fx.zip_bytes(members), "a.docx") == "embedded_files"


@pytest.mark.parametrize(
    "data",
    [fx.zip_bytes({"a.txt": b"not a document"}), b"PK\x03\x04" + bytes(40)],
    ids=["plain-zip", "broken-zip"],
)
def test_it_refuses_a_zip_that_is_not_a_word_document(data: bytes) -> None:
    assert refused(data, "a.docx") in ("unsupported", "malformed")


def _docx_members() -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(ff.docx_with_metadata(fx.Canaries()))) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def test_it_refuses_xml_entity_expansion_inside_a_document() -> None:
    members = _docx_members()
    laughs = '<!DOCTYPE d [<!ENTITY a "hahahahaha"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]>'
    members["word/document.xml"] = f'<?xml version="1.0"?>{laughs}<d>&b;</d>'.encode()
    assert refused(fx.zip_bytes(members), "laughs.docx") == "malformed"


def test_it_refuses_an_encrypted_document_part() -> None:
    package = bytearray(fx.zip_bytes(_docx_members()))
    central = package.find(b"PK\x01\x02")
    package[central + 8] |= 0x01  # "encrypted" flag in the central directory entry
    assert refused(bytes(package), "locked.docx") == "unsupported"
