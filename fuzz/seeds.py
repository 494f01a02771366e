"""Write a seed corpus for the fuzzer: one small valid file per supported format, with metadata."""

from __future__ import annotations

import sys
from pathlib import Path

from amanat.intake.tests import format_fixtures as ff
from amanat.intake.tests import stripping_fixtures as fx


def main(folder: str) -> int:
    out = Path(folder)
    out.mkdir(parents=True, exist_ok=True)
    c = fx.Canaries()
    jpeg = fx.jpeg_with_metadata(c)
    seeds = {
        "seed.jpg": jpeg,
        "seed.png": fx.png_with_metadata(c),
        "seed.webp": fx.webp_with_metadata(c),
        "seed.gif": fx.gif_with_comment(c),
        "seed.pdf": fx.pdf_with_metadata(c, jpeg),
        "seed.mp3": fx.mp3_with_tags(c, frames=4),
        "seed.wav": fx.wav_with_tags(c),
        "seed.flac": fx.flac_with_tags(c, frames=2),
        "seed.opus": fx.opus_with_tags(c, packets=4),
        "seed.m4a": fx.mp4_audio(c),
        "seed.amr": fx.amr_nb(frames=4),
        "seed.heic": ff.heic_with_metadata(c, size=(16, 16)),
        "seed.docx": ff.docx_with_metadata(c),
        "seed.odt": ff.odt_with_metadata(c),
        "seed-macros.docx": ff.docx_with_metadata(c, macros=True),
    }
    try:  # FFmpeg is installed by `make fuzz` (scripts/install-sandbox-tools.sh)
        seeds["seed.mov"] = ff.video_with_metadata(c, "mov", seconds=0.5)
        seeds["seed.mp4"] = ff.video_with_metadata(c, "mp4", seconds=0.5, faststart=True)
    except (OSError, RuntimeError):
        print("ffmpeg missing: no video seeds")  # noqa: T201 - command output
    for name, data in seeds.items():
        (out / name).write_bytes(b"\x00" + data)  # first byte picks the file name in the target
    print(f"{len(seeds)} seeds written to {out}")  # noqa: T201 - command output
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "fuzz/corpus"))
