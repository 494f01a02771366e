"""Phone videos (MP4, MOV, 3GP): remux with FFmpeg, then rebuild `moov` from an allow-list.

A recorded threatening call is evidence; re-encoding it would lose quality and raise doubts about
its integrity, so the audio and video samples are copied unchanged. FFmpeg (Debian's package,
run inside this worker's sandbox) remuxes keeping only real audio and video streams: no
subtitle, data or timed-metadata tracks, no cover art or thumbnails (``0:V`` excludes attached
pictures), no chapters, no global or per-stream metadata, and ``bitexact`` so it writes no
encoder name or creation time of its own. The result then goes through the same box allow-list
as M4A recordings (audio_mp4.rebuild), which drops any `udta`/`meta` (©xyz location, QuickTime
`Keys` such as com.apple.quicktime.location.ISO6709, make, model) that survived and zeroes the
`mvhd`/`tkhd`/`mdhd` times: two independent layers, and the second is our own code.

Limits: the size cap applies before the worker starts; here ffprobe's duration must be under
MAX_MEDIA_SECONDS (a 10-hour silent video is a flood, not evidence) and FFmpeg must read the whole
file without error (``-xerror``), so a truncated video is refused rather than half-kept.
"""

from __future__ import annotations

import json
import os
import subprocess
import tempfile
from pathlib import Path
from typing import Any

from .audio_mp4 import rebuild, tag_names
from .result import MAX_MEDIA_SECONDS, StripError, StripResult
from .sniff import Detected

FFMPEG = "/usr/bin/ffmpeg"
FFPROBE = "/usr/bin/ffprobe"
SCRATCH_PREFIX = "amanat-media-"  # worker.SCRATCH: the only folder a media worker may write
_MUXERS = {"mp4": "mp4", "mov": "mov", "3gp": "3gp"}
_REMUX = [
    *("-map", "0:V?", "-map", "0:a?", "-c", "copy"),
    *("-map_metadata", "-1", "-map_metadata:s", "-1", "-map_chapters", "-1", "-dn", "-sn"),
    *("-fflags", "+bitexact", "-flags:v", "+bitexact", "-flags:a", "+bitexact"),
]
_TRACK_NAMES = {
    "subtitle": "Subtitle track",
    "data": "Data track (timed metadata)",
    "attachment": "Attached file",
}


def _tool(
    argv: list[str], scratch: Path, *, capture: bool = False
) -> subprocess.CompletedProcess[bytes]:
    if not Path(argv[0]).exists():
        raise StripError("failed", "FFmpeg is not installed")
    return subprocess.run(  # noqa: S603 - fixed program, arguments we build, no shell
        argv,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE if capture else subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env={},
        cwd=scratch,
        check=False,
    )


def _probe(path: Path) -> dict[str, Any]:
    shown = ["-show_format", "-show_streams", "-show_chapters"]
    done = _tool(
        [FFPROBE, "-v", "error", "-of", "json", *shown, str(path)], path.parent, capture=True
    )
    try:
        facts = json.loads(done.stdout or b"{}")
    except ValueError:
        facts = {}
    if done.returncode != 0 or not isinstance(facts, dict) or "format" not in facts:
        raise StripError("malformed", "video could not be read (truncated or damaged)")
    return facts


def _seconds(value: object) -> float:
    try:
        return float(value)  # type: ignore[arg-type]  # ffprobe's JSON number, checked by the caller
    except (TypeError, ValueError):
        return 0.0


def _check(facts: dict[str, Any]) -> list[str]:
    """Refuse over-long or stream-less files; name the tracks and chapters the remux drops."""
    streams = [s for s in facts.get("streams", []) if isinstance(s, dict)]
    durations = [_seconds(facts["format"].get("duration"))]
    durations += [_seconds(s.get("duration")) for s in streams]
    if max(durations) > MAX_MEDIA_SECONDS:
        raise StripError("too_long", f"longer than {MAX_MEDIA_SECONDS} s")
    names: list[str] = []
    kept = 0
    for stream in streams:
        kind = stream.get("codec_type")
        cover = (stream.get("disposition") or {}).get("attached_pic") == 1
        if kind in ("video", "audio") and not cover:
            kept += 1
        elif cover:
            names.append("Embedded cover picture or thumbnail")
        else:
            names.append(_TRACK_NAMES.get(str(kind), "Other track"))
    if not kept:
        raise StripError("malformed", "no audio or video stream")
    if facts.get("chapters"):
        names.append("Chapters")
    return names


def names_from_original(data: bytes) -> list[str]:
    """What the box allow-list drops from the original. Running it on the original is also a
    structure check FFmpeg does not make: a file whose sample data is cut short (a truncated
    upload) has no complete `mdat` box and is refused here, not remuxed into a shorter video."""
    _clean, removed, _builder = rebuild(data, allow_video=True)
    return list(tag_names(data)) + removed


def strip_video(data: bytes, detected: Detected) -> StripResult:
    """Remux an MP4/MOV/3GP video and its audio without re-encoding; list what went."""
    original_names = names_from_original(data)
    # In the sandbox /tmp is a private tmpfs; a unique folder also keeps the development
    # (unsandboxed) mode from sharing or leaving files in the host's /tmp.
    scratch = Path(tempfile.mkdtemp(prefix=SCRATCH_PREFIX, dir="/tmp"))
    source, remuxed = scratch / f"in.{detected.extension}", scratch / f"out.{detected.extension}"
    try:
        source.write_bytes(data)
        track_names = _check(_probe(source))
        argv = [FFMPEG, "-nostdin", "-v", "error", "-xerror", "-i", str(source), *_REMUX]
        done = _tool([*argv, "-f", _MUXERS[detected.extension], str(remuxed)], scratch)
        if done.returncode != 0 or not remuxed.exists():
            raise StripError("malformed", "video could not be remuxed (truncated or damaged)")
        output = remuxed.read_bytes()
    finally:
        for path in (source, remuxed):
            if path.exists():
                os.remove(path)
        os.rmdir(scratch)
    clean, leftovers, builder = rebuild(output, allow_video=True)
    if not builder.video_tracks and not builder.sound_tracks:
        raise StripError("malformed", "no audio or video track after remuxing")
    removed = original_names + track_names + leftovers
    return StripResult(
        detected.kind,
        detected.mime,
        detected.extension,
        clean,
        tuple(dict.fromkeys(removed)),
        ("remuxed without re-encoding; the audio and video are unchanged",),
    )
