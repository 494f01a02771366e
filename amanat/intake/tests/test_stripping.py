"""Metadata stripping (C19). What it refuses and how it runs its worker (C20):
``test_stripping_refusals.py``; the operating-system sandbox: ``test_stripping_sandbox.py``.

Each fixture carries canary values in its metadata; a test passes when no canary survives in the
cleaned bytes (as UTF-8 or UTF-16), the file still opens, and the reporter is told what went.
"""

from __future__ import annotations

import io
import wave
import zipfile
from collections.abc import Callable
from pathlib import Path

import pikepdf
import pytest
from mutagen.flac import FLAC
from mutagen.id3 import ID3, ID3NoHeaderError
from mutagen.mp3 import MP3
from mutagen.mp4 import MP4
from mutagen.oggopus import OggOpus
from PIL import Image
from PIL.PngImagePlugin import PngInfo

from amanat.intake import stripping
from amanat.intake.tests import stripping_fixtures as fx

PACKAGE = Path(stripping.__file__).parent


def clean(data: bytes, filename: str, **kwargs: float) -> stripping.StripResult:
    return stripping.strip(data, filename=filename, **kwargs)


def refused(data: bytes, filename: str, **kwargs: float) -> stripping.StripError:
    with pytest.raises(stripping.StripError) as caught:
        stripping.strip(data, filename=filename, **kwargs)
    return caught.value


def attempt(data: bytes, filename: str) -> stripping.StripResult | stripping.StripError:
    try:
        return stripping.strip(data, filename=filename)
    except stripping.StripError as error:
        return error


def assert_gone(result: stripping.StripResult, canaries: dict[str, str], *extra: bytes) -> None:
    """No canary in the file (UTF-8, UTF-16LE/BE) nor echoed in what we tell the reporter."""
    told = " ".join(result.removed + result.notes)
    for value in canaries.values():
        for encoded in (value.encode(), value.encode("utf-16-le"), value.encode("utf-16-be")):
            for blob in (result.clean, *extra):
                assert encoded not in blob, f"{value} survived"
        assert value not in told


def chunk_ids_png(data: bytes) -> list[bytes]:
    ids, pos = [], 8
    while pos < len(data):
        length = int.from_bytes(data[pos : pos + 4], "big")
        ids.append(data[pos + 4 : pos + 8])
        pos += 12 + length
    return ids


# --- Pictures --------------------------------------------------------------------------------


def test_it_removes_gps_camera_serial_and_artist_from_jpeg() -> None:
    canaries = fx.Canaries()
    result = clean(fx.jpeg_with_metadata(canaries), "IMG_0001.JPG")
    assert_gone(result, canaries)
    assert (result.kind, result.mime, result.extension) == ("image", "image/jpeg", "jpg")
    assert {
        "GPS location",
        "Camera model",
        "Camera serial number",
        "Artist",
        "XMP",
        "ICC profile",
        "JPEG comment",
    } <= set(result.removed)
    picture = Image.open(io.BytesIO(result.clean))
    assert picture.size == (48, 64)  # orientation 6 applied to the pixels
    assert not picture.getexif()
    assert not {"exif", "xmp", "icc_profile", "comment"} & set(picture.info)


def test_it_removes_text_chunks_exif_and_icc_profile_name_from_png() -> None:
    canaries = fx.Canaries()
    result = clean(fx.png_with_metadata(canaries), "screenshot.png")
    assert_gone(result, canaries)
    assert set(chunk_ids_png(result.clean)) <= {b"IHDR", b"PLTE", b"tRNS", b"IDAT", b"IEND"}
    assert {
        "PNG text 'Author'",
        "PNG text 'Comment'",
        "XMP",
        "ICC profile",
        "Camera model",
        "PNG text (other)",
        "Modification time (PNG tIME)",
    } <= set(result.removed)
    assert Image.open(io.BytesIO(result.clean)).getpixel((0, 0))[3] == 128  # alpha kept


@pytest.mark.parametrize("lossless", [False, True])
def test_it_removes_exif_xmp_and_icc_from_webp(lossless: bool) -> None:
    canaries = fx.Canaries()
    result = clean(fx.webp_with_metadata(canaries, lossless=lossless), "sticker.webp")
    assert_gone(result, canaries)
    assert {"Artist", "XMP", "ICC profile"} <= set(result.removed)
    assert ("re-encoded as lossless WebP" in result.notes) is lossless
    assert Image.open(io.BytesIO(result.clean)).size == (40, 30)


def test_it_removes_gif_comments_and_keeps_the_first_frame() -> None:
    canaries = fx.Canaries()
    result = clean(fx.gif_with_comment(canaries), "reaction.gif")
    assert_gone(result, canaries)
    assert result.removed == ("GIF comment",)
    assert "only the first frame of the animation was kept" in result.notes
    assert Image.open(io.BytesIO(result.clean)).format == "GIF"


@pytest.mark.parametrize(
    ("build", "name"),
    [
        (fx.jpeg_with_metadata, "a.jpg"),
        (fx.png_with_metadata, "a.png"),
        (fx.gif_with_comment, "a.gif"),
        (fx.webp_with_metadata, "a.webp"),
    ],
)
def test_it_drops_an_archive_appended_to_a_picture(build: Callable[..., bytes], name: str) -> None:
    canaries = fx.Canaries()
    result = clean(build(canaries) + fx.zip_bytes({"x.txt": canaries["zip"].encode()}), name)
    assert_gone(result, canaries)
    assert not zipfile.is_zipfile(io.BytesIO(result.clean))
    assert "Data hidden after the image" in result.removed


def test_it_refuses_a_truncated_jpeg_without_echoing_its_content() -> None:
    canaries = fx.Canaries()
    data = fx.jpeg_with_metadata(canaries, size=(400, 300), noise=True)
    error = refused(data[: len(data) // 2], "a.jpg")
    assert error.code == "malformed"
    assert not any(value in str(error) for value in canaries.values())


@pytest.mark.parametrize(("width", "height"), [(50_000, 50_000), (20_000, 20_000), (7_000, 7_000)])
def test_it_refuses_a_pixel_flood(width: int, height: int) -> None:
    assert refused(fx.png_header_only(width, height), "flood.png").code == "pixel_flood"


def test_it_summarises_a_very_long_list_of_removed_items() -> None:
    info = PngInfo()
    for index in range(300):  # 300 distinct private chunk types: prAA, prAB, ...
        info.add(b"pr" + bytes([65 + index // 26, 65 + index % 26]), b"x")
    out = io.BytesIO()
    Image.new("L", (4, 4)).save(out, "PNG", pnginfo=info)
    removed = clean(out.getvalue(), "a.png").removed
    assert len(removed) == 100
    assert removed[-1] == "201 more"


# --- Recordings ------------------------------------------------------------------------------


def test_it_rebuilds_mp3_from_frames_without_id3_ape_or_id3v1() -> None:
    canaries = fx.Canaries()
    result = clean(fx.mp3_with_tags(canaries), "call.mp3")
    assert_gone(result, canaries)
    assert result.clean == fx.SILENT_MP3_FRAME * 40
    assert {
        "ID3 title (TIT2)",
        "ID3 artist (TPE1)",
        "ID3 comment (COMM)",
        "ID3v1 tag",
        "APE tag",
    } <= set(result.removed)
    assert MP3(io.BytesIO(result.clean)).info.length > 0.9
    with pytest.raises(ID3NoHeaderError):
        ID3(io.BytesIO(result.clean))


def test_it_rebuilds_wav_without_info_bext_and_id3_chunks() -> None:
    canaries = fx.Canaries()
    result = clean(fx.wav_with_tags(canaries), "memo.wav")
    assert_gone(result, canaries)
    assert {
        "WAV INFO title (INAM)",
        "WAV INFO comment (ICMT)",
        "ID3 title (TIT2)",
        "Broadcast WAV description (bext)",
    } <= set(result.removed)
    assert result.clean[12:16] == b"fmt "
    assert result.clean[36:40] == b"data"
    with wave.open(io.BytesIO(result.clean)) as reader:
        assert reader.readframes(10) == b"\x10\x00" * 10
        assert reader.getnframes() == 4000


def test_it_removes_vorbis_comments_pictures_and_vendor_from_flac() -> None:
    canaries = fx.Canaries()
    result = clean(fx.flac_with_tags(canaries), "voice.flac")
    assert_gone(result, canaries)
    audio = FLAC(io.BytesIO(result.clean))
    assert not audio.tags
    assert not audio.pictures
    assert audio.info.total_samples == 4 * 4096
    assert {"Vorbis comment TITLE", "Cover picture", "Vorbis comment (other field)"} <= set(
        result.removed
    )


def test_it_empties_opus_tags_including_vendor_and_extra_data() -> None:
    canaries = fx.Canaries()
    result = clean(fx.opus_with_tags(canaries), "voice-note.opus")
    assert_gone(result, canaries)
    assert (result.mime, result.extension) == ("audio/ogg", "opus")
    audio = OggOpus(io.BytesIO(result.clean))
    assert not audio.tags
    assert audio.tags.vendor == ""
    assert "Opus tag extra data" in result.removed


@pytest.mark.parametrize(
    ("brand", "name", "mime"),
    [(b"M4A ", "memo.m4a", "audio/mp4"), (b"3gp4", "memo.3gp", "audio/3gpp")],
)
def test_it_removes_itunes_tags_location_and_dates_from_mp4_audio(
    brand: bytes, name: str, mime: str
) -> None:
    canaries = fx.Canaries()
    result = clean(fx.mp4_audio(canaries, brand=brand), name)
    assert_gone(result, canaries)
    assert result.mime == mime
    assert {
        "MP4 ©nam (title)",
        "MP4 ©xyz (location)",
        "Leftover data in free space",
        "Recording date and time (MP4 header)",
    } <= set(result.removed)
    audio = MP4(io.BytesIO(result.clean))
    assert not audio.tags
    mvhd = result.clean.index(b"mvhd")
    assert result.clean[mvhd + 8 : mvhd + 16] == bytes(8)
    stco = result.clean.index(b"stco")
    offset = int.from_bytes(result.clean[stco + 12 : stco + 16], "big")
    assert result.clean[offset : offset + 80] == bytes.fromhex("01402007") * 20  # offset fixed


def test_an_mp4_with_a_video_track_goes_to_the_video_cleaner_not_the_audio_one() -> None:
    from amanat.intake.stripping import audio_mp4, sniff

    data = fx.mp4_audio(fx.Canaries(), handler=b"vide")
    assert sniff.detect(data).handler == "video"
    with pytest.raises(stripping.StripError) as caught:
        audio_mp4.strip_mp4(data, sniff.M4A)
    assert caught.value.code == "unsupported"


def test_it_passes_amr_through_unchanged() -> None:
    data = fx.amr_nb()
    result = clean(data, "voice.amr")
    assert (result.clean, result.removed, result.mime) == (data, (), "audio/amr")


RECORDINGS = {
    "a.mp3": fx.mp3_with_tags,
    "a.wav": fx.wav_with_tags,
    "a.flac": fx.flac_with_tags,
    "a.opus": fx.opus_with_tags,
    "a.m4a": fx.mp4_audio,
    "a.amr": lambda c: fx.amr_nb(),
}


@pytest.mark.parametrize("name", RECORDINGS)
def test_it_drops_an_archive_appended_to_a_recording(name: str) -> None:
    canaries = fx.Canaries()
    original = RECORDINGS[name](canaries)
    result = clean(original + fx.zip_bytes({"x.txt": canaries["zip"].encode()}), name)
    assert_gone(result, canaries)
    assert not zipfile.is_zipfile(io.BytesIO(result.clean))
    assert result.clean == clean(original, name).clean


@pytest.mark.parametrize("name", ["a.mp3", "a.flac", "a.opus", "a.wav"])
def test_hand_made_recordings_decode_the_same_after_cleaning(name: str, tmp_path: Path) -> None:
    lib = fx.sndfile()
    if lib is None:
        pytest.skip("libsndfile >= 1.1 is not installed")
    data = RECORDINGS[name](fx.Canaries())
    before = fx.sndfile_decoded_frames(lib, tmp_path / f"before-{name}", data)
    after = fx.sndfile_decoded_frames(lib, tmp_path / f"after-{name}", clean(data, name).clean)
    assert before == after > 0


@pytest.mark.parametrize(
    ("fmt", "name"),
    [
        (fx.SF_OGG_VORBIS, "a.ogg"),
        (fx.SF_OGG_OPUS, "a.opus"),
        (fx.SF_MP3, "a.mp3"),
        (fx.SF_FLAC, "a.flac"),
    ],
)
def test_it_cleans_real_encoder_output_which_still_decodes(
    fmt: int, name: str, tmp_path: Path
) -> None:
    lib = fx.sndfile()
    if lib is None:
        pytest.skip("libsndfile >= 1.1 is not installed; it is our only Vorbis encoder")
    canaries = fx.Canaries()
    original = fx.sndfile_encode(lib, tmp_path / name, fmt, canaries)
    appended = fx.zip_bytes({"x.txt": canaries["zip"].encode()})
    result = clean(original + appended, name)
    assert_gone(result, canaries)
    assert not zipfile.is_zipfile(io.BytesIO(result.clean))
    assert fx.sndfile_decoded_frames(lib, tmp_path / f"clean-{name}", result.clean) == 24000


# --- PDF -------------------------------------------------------------------------------------


def decompressed(pdf_bytes: bytes) -> bytes:
    """The PDF with object streams and lossless filters undone, so compressed canaries show."""
    with pikepdf.open(io.BytesIO(pdf_bytes)) as pdf:
        out = io.BytesIO()
        pdf.save(
            out,
            qdf=True,
            object_stream_mode=pikepdf.ObjectStreamMode.disable,
            stream_decode_level=pikepdf.StreamDecodeLevel.specialized,
        )
        return out.getvalue()


def test_it_removes_info_xmp_javascript_and_annotation_authors_from_pdf() -> None:
    canaries = fx.Canaries()
    original = fx.pdf_with_metadata(canaries, fx.jpeg_with_metadata(canaries))
    assert canaries["xmp"].encode() in decompressed(original)  # the fixture really carries it
    result = clean(original, "summons.pdf")
    assert_gone(result, canaries, decompressed(result.clean))
    assert {
        "PDF title",
        "PDF author",
        "PDF info (other field)",
        "XMP metadata",
        "JavaScript",
        "Annotation author",
        "Application private data (PieceInfo)",
        "EXIF (in an embedded picture)",
    } <= set(result.removed)
    with pikepdf.open(io.BytesIO(result.clean)) as pdf:
        assert "/Info" not in pdf.trailer
        assert "/Metadata" not in pdf.Root
        assert "/OpenAction" not in pdf.Root
        assert len(pdf.pages) == 1
        image = pdf.pages[0].Resources.XObject.Im0
        assert Image.open(io.BytesIO(image.read_raw_bytes())).size == (64, 48)


def test_it_drops_an_archive_appended_to_a_pdf() -> None:
    canaries = fx.Canaries()
    polyglot = fx.pdf_with_metadata(canaries, fx.jpeg_with_metadata(canaries)) + fx.zip_bytes(
        {"x.txt": canaries["zip"].encode()}
    )
    assert zipfile.is_zipfile(io.BytesIO(polyglot))
    result = clean(polyglot, "a.pdf")
    assert_gone(result, canaries)
    assert not zipfile.is_zipfile(io.BytesIO(result.clean))


def test_it_refuses_pdfs_that_cannot_be_parsed() -> None:
    assert refused(b"%PDF-1.4\n" + bytes(range(256)) * 8, "a.pdf").code == "malformed"


@pytest.mark.parametrize("kids", [b"[2 0 R]", b"[3 0 R]"], ids=["page-tree-loop", "info-loop"])
def test_it_refuses_or_cleans_a_pdf_with_an_object_loop(kids: bytes) -> None:
    looped = fx.raw_pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids " + kids + b" /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 10 10] /Loop 4 0 R >>",
            b"<< /Title (AMN-loop-0123456789abcdef) /Self 4 0 R /Next << /Back 4 0 R >> >>",
        ],
        b"<< /Size 5 /Root 1 0 R /Info 4 0 R >>",
    )
    outcome = attempt(looped, "a.pdf")
    if isinstance(outcome, stripping.StripError):
        assert outcome.code == "malformed"
    else:
        assert b"AMN-loop" not in outcome.clean
        assert kids == b"[3 0 R]"  # only the well-formed page tree may come through


def test_it_repairs_a_pdf_with_a_broken_xref_and_still_strips_it() -> None:
    broken = fx.raw_pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 10 10] >>",
            b"<< /Author (AMN-xref-0123456789abcdef) >>",
        ],
        b"<< /Size 5 /Root 1 0 R /Info 4 0 R >>",
        xref_offset=3,
    )
    result = clean(broken, "a.pdf")
    assert b"AMN-xref" not in result.clean
    assert result.removed == ("PDF author",)
