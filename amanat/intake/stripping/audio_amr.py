"""AMR voice memos: no metadata container exists, so a well-formed file passes unchanged.

We still walk the frames (one header byte gives each frame's size) so that anything appended
after the last valid frame is cut off and named, as for every other format.
"""

from __future__ import annotations

from .result import StripError, StripResult
from .sniff import Detected

# Packed frame sizes including the header byte, by frame type (3GPP TS 26.101/26.201, RFC 4867).
# Types that recorders never write (other systems' SID frames, reserved values) are None: they
# end the walk, so random bytes after the audio are not mistaken for one-byte frames.
_NB_SIZES = (13, 14, 16, 18, 20, 21, 27, 32, 6, None, None, None, None, None, None, 1)
_WB_SIZES = (18, 24, 33, 37, 41, 47, 51, 59, 61, 6, None, None, None, None, 1, 1)


def strip_amr(data: bytes, detected: Detected) -> StripResult:
    """Keep the magic line and the chain of valid frames; drop what follows."""
    wideband = data.startswith(b"#!AMR-WB\n")
    pos = len(b"#!AMR-WB\n") if wideband else len(b"#!AMR\n")
    sizes = _WB_SIZES if wideband else _NB_SIZES
    frames = 0
    while pos < len(data):
        header = data[pos]
        if header & 0x83:  # padding bits must be zero in storage format
            break
        size = sizes[(header >> 3) & 0x0F]
        if size is None or pos + size > len(data):
            break
        pos += size
        frames += 1
    if not frames:
        raise StripError("malformed", "AMR file without valid frames")
    removed = ("Data hidden after the recording",) if pos < len(data) else ()
    return StripResult(
        detected.kind,
        detected.mime,
        detected.extension,
        data[:pos],
        removed,
        ("AMR has no metadata fields; the recording is unchanged",),
    )
