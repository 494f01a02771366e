"""Builders for the metadata-stripping fixture corpus (security check C19), made in code.

Every metadata value is a canary (``AMN-<field>-<16 hex>``) so a test can prove it is gone.
Pictures and PDFs come from Pillow and pikepdf. Audio needs encoded frames and no encoder is a
project dependency, so MP3, FLAC, Opus and M4A are assembled by hand from formats simple enough to
get right: silent MPEG-1 Layer III frames, FLAC CONSTANT subframes with their CRCs, the standard
3-byte silent Opus frame, and an MP4 box tree around a silent AAC frame. Ogg Vorbis cannot be
hand-made reliably; it is produced with the system's libsndfile through ctypes when present
(see ``sndfile_encode``), and those tests skip otherwise.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import io
import secrets
import shutil
import struct
import subprocess
import tempfile
import wave
import zipfile
import zlib
from pathlib import Path

import pikepdf
from mutagen.apev2 import APEv2
from mutagen.flac import FLAC, Picture
from mutagen.id3 import COMM, ID3, TIT2, TPE1, TXXX
from mutagen.ogg import OggPage
from mutagen.wave import WAVE
from PIL import Image
from PIL.PngImagePlugin import PngInfo

from amanat.intake.stripping.flac_frames import crc8, crc16


def canary(field: str) -> str:
    return f"AMN-{field}-{secrets.token_hex(8)}"


class Canaries(dict[str, str]):
    """A fresh canary for each field, created the first time a builder asks for it."""

    def __missing__(self, field: str) -> str:
        self[field] = value = canary(field)
        return value


def xmp(value: str) -> str:
    return (
        '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/'
        '22-rdf-syntax-ns#"><rdf:Description xmlns:dc="http://purl.org/dc/elements/1.1/">'
        f"<dc:creator>{value}</dc:creator></rdf:Description></rdf:RDF></x:xmpmeta>"
    )


def icc_profile(description: str) -> bytes:
    """A minimal v2 RGB matrix/TRC profile whose name is ``description`` (screenshots carry one)."""

    def xyz(x: float, y: float, z: float) -> bytes:
        return b"XYZ " + bytes(4) + b"".join(struct.pack(">i", round(v * 65536)) for v in (x, y, z))

    text = description.encode() + b"\x00"
    curve = b"curv" + bytes(4) + struct.pack(">IH", 1, 0x0233) + bytes(2)  # gamma 2.2
    tags = [
        (b"desc", b"desc" + bytes(4) + struct.pack(">I", len(text)) + text + bytes(78)),
        (b"wtpt", xyz(0.9642, 1.0, 0.8249)),
        (b"rXYZ", xyz(0.4361, 0.2225, 0.0139)),
        (b"gXYZ", xyz(0.3851, 0.7169, 0.0971)),
        (b"bXYZ", xyz(0.1431, 0.0606, 0.7141)),
        (b"rTRC", curve),
        (b"gTRC", curve),
        (b"bTRC", curve),
    ]
    offset, table, body = 128 + 4 + 12 * len(tags), b"", b""
    for signature, data in tags:
        data += bytes(-len(data) % 4)
        table += signature + struct.pack(">II", offset + len(body), len(data))
        body += data
    # size, CMM, version 2.1, class/colour space/PCS, date, magic, platform..intent, D50, rest
    header = struct.pack(
        ">I4sI12s12s4s28s", offset + len(body), b"", 0x02100000, b"mntrRGB XYZ ", b"", b"acsp", b""
    )
    return (
        header
        + xyz(0.9642, 1.0, 0.8249)[8:]
        + bytes(48)
        + struct.pack(">I", len(tags))
        + table
        + body
    )


def jpeg_with_metadata(
    c: dict[str, str], size: tuple[int, int] = (64, 48), noise: bool = False, orientation: int = 6
) -> bytes:
    image = Image.effect_noise(size, 60).convert("RGB") if noise else Image.new("RGB", size, "red")
    exif = Image.Exif()
    exif[0x010F], exif[0x0110], exif[0x013B] = c["make"], c["model"], c["artist"]
    exif[0x0131], exif[0x0112] = c["software"], orientation
    exif.get_ifd(0x8769)[0xA431] = c["serial"]
    exif.get_ifd(0x8769)[0x9003] = "2024:05:06 07:08:09"
    exif.get_ifd(0x8825).update(
        {1: "N", 2: (41.0, 0.0, 0.0), 3: "E", 4: (28.0, 0.0, 0.0), 0x1D: c["gpsdate"]}
    )
    out = io.BytesIO()
    image.save(
        out,
        "JPEG",
        exif=exif,
        comment=c["comment"].encode(),
        xmp=xmp(c["xmp"]).encode(),
        icc_profile=icc_profile(c["icc"]),
        quality=90,
    )
    return out.getvalue()


def png_with_metadata(c: dict[str, str], size: tuple[int, int] = (48, 32)) -> bytes:
    info = PngInfo()
    info.add_text("Author", c["author"])
    info.add_text("Comment", c["comment"], zip=True)  # zTXt: compressed
    info.add_itxt("Description", c["description"], lang="en", tkey="Beschreibung", zip=True)
    info.add_itxt("XML:com.adobe.xmp", xmp(c["xmp"]))
    info.add_text(c["key"], "value")  # a free-text keyword is itself a canary
    info.add(b"tIME", bytes.fromhex("07E8050607080900"))
    info.add(b"prVt", c["private"].encode())
    exif = Image.Exif()
    exif[0x0110] = c["model"]
    out = io.BytesIO()
    Image.new("RGBA", size, (10, 200, 30, 128)).save(
        out, "PNG", pnginfo=info, exif=exif, icc_profile=icc_profile(c["icc"])
    )
    return out.getvalue()


def webp_with_metadata(c: dict[str, str], lossless: bool = False) -> bytes:
    exif = Image.Exif()
    exif[0x013B] = c["artist"]
    out = io.BytesIO()
    Image.new("RGB", (40, 30), "blue").save(
        out,
        "WEBP",
        exif=exif,
        xmp=xmp(c["xmp"]).encode(),
        icc_profile=icc_profile(c["icc"]),
        lossless=lossless,
    )
    return out.getvalue()


def gif_with_comment(c: dict[str, str], frames: int = 2) -> bytes:
    images = [Image.new("RGB", (30, 20), colour) for colour in ("red", "blue", "lime")[:frames]]
    out = io.BytesIO()
    images[0].save(out, "GIF", save_all=True, append_images=images[1:], comment=c["comment"])
    return out.getvalue()


def png_header_only(width: int, height: int) -> bytes:
    """A PNG claiming width x height 1-bit pixels; the bomb guard must refuse it from the header."""

    def chunk(kind: bytes, body: bytes) -> bytes:
        return (
            struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))
        )

    row = b"\x00" + bytes((width + 7) // 8)
    idat = zlib.compress(row * 16, 9)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0))
        + chunk(b"IDAT", idat)
        + chunk(b"IEND", b"")
    )


def zip_bytes(members: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return out.getvalue()


def pdf_with_metadata(c: dict[str, str], jpeg: bytes) -> bytes:
    pdf = pikepdf.new()
    pdf.add_blank_page(page_size=(200, 200))
    page = pdf.pages[0]
    image = pikepdf.Stream(
        pdf,
        jpeg,
        Type=pikepdf.Name.XObject,
        Subtype=pikepdf.Name.Image,
        Width=64,
        Height=48,
        ColorSpace=pikepdf.Name.DeviceRGB,
        BitsPerComponent=8,
        Filter=pikepdf.Name.DCTDecode,
    )
    page.obj.Resources = pikepdf.Dictionary(XObject=pikepdf.Dictionary(Im0=image))
    page.obj.Contents = pdf.make_stream(b"q 64 0 0 48 10 10 cm /Im0 Do Q BT ET")
    page.obj.Metadata = pdf.make_stream(xmp(c["page_xmp"]).encode(), Type=pikepdf.Name.Metadata)
    page.obj.PieceInfo = pikepdf.Dictionary(App=pikepdf.Dictionary(Private=c["piece"]))
    page.obj.Annots = pdf.make_indirect(
        pikepdf.Array(
            [
                pikepdf.Dictionary(
                    Type=pikepdf.Name.Annot,
                    Subtype=pikepdf.Name.Text,
                    Rect=[0, 0, 20, 20],
                    Contents="a note",
                    T=c["annotator"],
                    M="D:20240506070809",
                )
            ]
        )
    )
    with pdf.open_metadata(set_pikepdf_as_editor=False) as meta:
        meta["dc:creator"] = [c["xmp"]]
    pdf.docinfo["/Title"], pdf.docinfo["/Author"] = c["title"], c["author"]
    pdf.docinfo["/Producer"], pdf.docinfo["/Custom"] = c["producer"], c["custom"]
    script = pikepdf.Dictionary(S=pikepdf.Name.JavaScript, JS=f"app.alert('{c['js']}')")
    pdf.Root.OpenAction = script
    pdf.Root.Names = pikepdf.Dictionary(
        JavaScript=pikepdf.Dictionary(Names=["x", pdf.make_indirect(script)])
    )
    out = io.BytesIO()
    pdf.save(out)
    return out.getvalue()


def raw_pdf(objects: list[bytes], trailer: bytes, xref_offset: int | None = None) -> bytes:
    """Assemble a PDF from object bodies by hand, for deliberately broken structures."""
    out, offsets = bytearray(b"%PDF-1.4\n"), []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n" + trailer + b"\nstartxref\n%d\n%%%%EOF\n" % (xref_offset or xref)
    return bytes(out)


# --- Audio ----------------------------------------------------------------------------------

SILENT_MP3_FRAME = bytes.fromhex("fffb90c4") + bytes(413)  # MPEG-1 L3 128k 44.1k mono, silent


def id3v1(title: str) -> bytes:
    return b"TAG" + title.encode()[:30].ljust(30, b"\0") + bytes(94) + b"\xff"


def mp3_with_tags(c: dict[str, str], frames: int = 40) -> bytes:
    buffer = io.BytesIO(SILENT_MP3_FRAME * frames)
    tags = ID3()
    tags.add(TIT2(encoding=3, text=c["title"]))
    tags.add(TPE1(encoding=1, text=c["artist"]))  # UTF-16
    tags.add(COMM(encoding=3, lang="eng", desc=c["comment_key"], text=c["comment"]))
    tags.add(TXXX(encoding=3, desc="where", text=c["txxx"]))
    tags.save(buffer)
    ape = APEv2()
    ape["Artist"] = c["ape"]
    ape.save(buffer)
    return buffer.getvalue() + id3v1(c["v1"])


def wav_with_tags(c: dict[str, str]) -> bytes:
    out = io.BytesIO()
    with wave.open(out, "wb") as writer:
        writer.setnchannels(1)
        writer.setsampwidth(2)
        writer.setframerate(8000)
        writer.writeframes(b"\x10\x00" * 4000)
    info = b"INFO" + b"".join(
        k + struct.pack("<I", len(v) + 1) + v + b"\0" + bytes((len(v) + 1) & 1)
        for k, v in (
            (b"INAM", c["title"].encode()),
            (b"IART", c["artist"].encode()),
            (b"ICMT", c["comment"].encode("utf-16-le")),
        )
    )
    bext = c["bext"].encode().ljust(602, b"\0")
    extra = b"LIST" + struct.pack("<I", len(info)) + info + b"bext" + struct.pack("<I", 602) + bext
    data = out.getvalue() + extra
    data = data[:4] + struct.pack("<I", len(data) - 8) + data[8:]
    buffer = io.BytesIO(data)
    audio = WAVE(buffer)
    audio.add_tags()
    audio.tags.add(TIT2(encoding=3, text=c["id3"]))
    audio.save(buffer)
    return buffer.getvalue()


def flac_with_tags(c: dict[str, str], frames: int = 4) -> bytes:
    """Mono 16-bit 44.1 kHz FLAC of silence: 4096-sample frames with one CONSTANT subframe each."""
    info = struct.pack(">HH", 4096, 4096) + bytes(6)
    info += ((44100 << 44) | (0 << 41) | (15 << 36) | frames * 4096).to_bytes(8, "big") + bytes(16)
    audio = b""
    for number in range(frames):
        header = bytes([0xFF, 0xF8, 0xC9, 0x08, number])
        frame = header + bytes([crc8(header)]) + bytes(3)  # subframe: CONSTANT, value 0
        audio += frame + struct.pack(">H", crc16(frame))
    buffer = io.BytesIO(b"fLaC" + bytes([0x80, 0, 0, 34]) + info + audio)
    flac = FLAC(buffer)
    flac.add_tags()
    flac.tags["TITLE"], flac.tags["ARTIST"] = c["title"], c["artist"]
    flac.tags[c["key"]] = "value"
    picture = Picture()
    picture.type, picture.mime, picture.desc, picture.data = 3, "image/png", c["picture"], b"x"
    flac.add_picture(picture)
    buffer.seek(0)
    flac.save(buffer)
    return buffer.getvalue()


def opus_with_tags(c: dict[str, str], packets: int = 50) -> bytes:
    """Ogg Opus of silence: OpusHead, OpusTags, then 20 ms silent CELT frames (F8 FF FE)."""

    def comment(text: str) -> bytes:
        return struct.pack("<I", len(text.encode())) + text.encode()

    head = b"OpusHead" + struct.pack("<BBHIhB", 1, 1, 312, 48000, 0, 0)
    tags = (
        b"OpusTags"
        + comment(c["vendor"])
        + struct.pack("<I", 2)
        + comment("TITLE=" + c["title"])
        + comment("ARTIST=" + c["artist"])
        + b"\x01"
        + c["extra"].encode()
    )
    pages = []
    for sequence, (packet_list, granule) in enumerate(
        [([head], 0), ([tags], 0), ([b"\xf8\xff\xfe"] * packets, packets * 960)]
    ):
        page = OggPage()
        page.serial, page.sequence, page.position, page.packets = 7, sequence, granule, packet_list
        page.first, page.last = sequence == 0, sequence == 2
        pages.append(page.write())
    return b"".join(pages)


def _box(kind: bytes, *parts: bytes) -> bytes:
    body = b"".join(parts)
    return struct.pack(">I", 8 + len(body)) + kind + body


def mp4_audio(
    c: dict[str, str], brand: bytes = b"M4A ", handler: bytes = b"soun", frames: int = 20
) -> bytes:
    """M4A with AAC-LC mono silence; moov before mdat, so cleaning must move the chunk offset."""
    frame = bytes.fromhex("01402007")  # a silent AAC-LC mono frame
    ilst = _box(
        b"ilst",
        *(
            _box(k, _box(b"data", struct.pack(">II", 1, 0), v.encode()))
            for k, v in ((b"\xa9nam", c["title"]), (b"\xa9day", c["day"]))
        ),
    )
    meta = _box(b"meta", bytes(4), _box(b"hdlr", bytes(8), b"mdir", bytes(12), b"\0"), ilst)
    udta = _box(b"udta", meta, _box(b"\xa9xyz", struct.pack(">HH", 18, 0), c["xyz"].encode()))
    decoder_config = b"\x04\x11\x40\x15" + bytes(11) + b"\x05\x02\x12\x08"  # AAC-LC 44.1k mono
    esds = _box(b"esds", bytes(4), b"\x03\x19\x00\x00\x00", decoder_config, b"\x06\x01\x02")
    mp4a = _box(
        b"mp4a",
        bytes(6),
        struct.pack(">H", 1),
        bytes(8),
        struct.pack(">HHHHI", 1, 16, 0, 0, 44100 << 16),
        esds,
    )

    def moov(chunk_offset: int) -> bytes:
        stbl = _box(
            b"stbl",
            _box(b"stsd", struct.pack(">II", 0, 1), mp4a),
            _box(b"stts", struct.pack(">IIII", 0, 1, frames, 1024)),
            _box(b"stsc", struct.pack(">IIIII", 0, 1, 1, frames, 1)),
            _box(b"stsz", struct.pack(">III", 0, 0, frames) + struct.pack(">I", 4) * frames),
            _box(b"stco", struct.pack(">III", 0, 1, chunk_offset)),
        )
        dinf = _box(b"dinf", _box(b"dref", struct.pack(">II", 0, 1), _box(b"url ", b"\0\0\0\1")))
        minf = _box(b"minf", _box(b"smhd", bytes(8)), dinf, stbl)
        mdia = _box(
            b"mdia",
            _box(
                b"mdhd",
                struct.pack(
                    ">IIIIIHH", 0, 3_000_000_000, 3_000_000_000, 44100, frames * 1024, 0x55C4, 0
                ),
            ),
            _box(b"hdlr", bytes(8), handler, bytes(12), c["handler"].encode(), b"\0"),
            minf,
        )
        tkhd = _box(
            b"tkhd",
            struct.pack(">IIIIII", 7, 3_000_000_000, 3_000_000_000, 1, 0, frames * 1024),
            bytes(8),
            struct.pack(">hhhh", 0, 0, 0x100, 0),
            bytes(36),
            bytes(8),
        )
        mvhd = _box(
            b"mvhd",
            struct.pack(">IIIII", 0, 3_000_000_000, 3_000_000_000, 44100, frames * 1024),
            struct.pack(">IH", 0x10000, 0x100),
            bytes(10),
            bytes(36),
            bytes(24),
            struct.pack(">I", 2),
        )
        return _box(b"moov", mvhd, _box(b"trak", tkhd, mdia), udta)

    ftyp = _box(b"ftyp", brand, bytes(4), brand, b"mp42isom")
    free = _box(b"free", c["free"].encode())
    head = ftyp + moov(0) + free
    return ftyp + moov(len(head) + 8) + free + _box(b"mdat", frame * frames)


def amr_nb(frames: int = 25) -> bytes:
    return b"#!AMR\n" + (b"\x3c" + bytes(31)) * frames


# --- Optional: real encoders and decoders from the system's libsndfile -----------------------

SF_OGG_VORBIS, SF_OGG_OPUS, SF_MP3, SF_FLAC = 0x200060, 0x200064, 0x230082, 0x170002


class _SfInfo(ctypes.Structure):
    _fields_ = [
        ("frames", ctypes.c_int64),
        ("samplerate", ctypes.c_int),
        ("channels", ctypes.c_int),
        ("format", ctypes.c_int),
        ("sections", ctypes.c_int),
        ("seekable", ctypes.c_int),
    ]


def sndfile() -> ctypes.CDLL | None:
    """libsndfile >= 1.1 (Vorbis, Opus, MP3) if the system has it; tests using it skip otherwise."""
    name = ctypes.util.find_library("sndfile")
    if not name:
        return None
    lib = ctypes.CDLL(name)
    lib.sf_open.restype = ctypes.c_void_p
    lib.sf_open.argtypes = [ctypes.c_char_p, ctypes.c_int, ctypes.POINTER(_SfInfo)]
    lib.sf_close.argtypes = [ctypes.c_void_p]
    lib.sf_set_string.argtypes = [ctypes.c_void_p, ctypes.c_int, ctypes.c_char_p]
    lib.sf_write_short.argtypes = lib.sf_read_short.argtypes = [
        ctypes.c_void_p,
        ctypes.POINTER(ctypes.c_short),
        ctypes.c_int64,
    ]
    lib.sf_version_string.restype = ctypes.c_char_p
    version = tuple(int(p) for p in lib.sf_version_string().split(b"-")[1].split(b".")[:2])
    return lib if version >= (1, 1) else None


def sndfile_encode(lib: ctypes.CDLL, path: Path, fmt: int, c: dict[str, str]) -> bytes:
    info = _SfInfo(samplerate=48000, channels=1, format=fmt)
    handle = lib.sf_open(str(path).encode(), 0x20, ctypes.byref(info))
    assert handle, "libsndfile could not open the file for writing"
    for string_type, key in ((1, "title"), (4, "artist"), (5, "comment")):
        lib.sf_set_string(handle, string_type, c[key].encode())
    samples = (ctypes.c_short * 24000)(*((i * 37) % 2000 - 1000 for i in range(24000)))
    lib.sf_write_short(handle, samples, 24000)
    lib.sf_close(handle)
    return path.read_bytes()


def sndfile_decoded_frames(lib: ctypes.CDLL, path: Path, data: bytes) -> int:
    """How many sample frames libsndfile decodes from ``data`` (0 if it cannot open it)."""
    path.write_bytes(data)
    info = _SfInfo()
    handle = lib.sf_open(str(path).encode(), 0x10, ctypes.byref(info))
    if not handle:
        return 0
    buffer = (ctypes.c_short * 4096)()
    total = 0
    while (count := lib.sf_read_short(handle, buffer, 4096)) > 0:
        total += count
    lib.sf_close(handle)
    return total


# --- Video, HEIC and office documents (issue #14) ----------------------------------------------

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
