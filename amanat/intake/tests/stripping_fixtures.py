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
import struct
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
