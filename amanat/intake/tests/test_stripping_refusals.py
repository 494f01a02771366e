"""What the stripper refuses, and how it runs its worker (C20): content of no supported type, a
name that contradicts the content, an input over the size cap; a slow or crashed worker; the
worker's resource limits, empty environment, pipes and audit hook.

Split from ``test_stripping.py`` (what each format loses, C19) when that file passed 500 lines;
the helpers are that file's. The operating-system sandbox against hostile native code is
tested in ``test_stripping_sandbox.py``."""

from __future__ import annotations

import ast
import json
import math
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from amanat.intake import stripping
from amanat.intake.stripping import sandbox, worker
from amanat.intake.tests import stripping_fixtures as fx
from amanat.intake.tests.test_stripping import PACKAGE, clean, refused

# --- Refusals and the sandbox ----------------------------------------------------------------


@pytest.mark.parametrize(
    "data",
    [
        fx.zip_bytes({"a.txt": b"hello"}),
        fx.zip_bytes({"bomb.bin": bytes(20_000_000)}),  # expands 1000x; never opened
        fx.zip_bytes({"[Content_Types].xml": b"<x/>", "word/document.xml": b"<x/>"}),
        b"<!doctype html><script>alert(1)</script>",
        b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
        b"MZ\x90\x00" + bytes(300),
        b"\x7fELF" + bytes(300),
        b"just some text\n",
        b"",
        b"\x00\x00\x00\x18ftypavif\x00\x00\x00\x00mif1avif" + bytes(32),
    ],
    ids=["zip", "zip-bomb", "docx", "html", "svg", "exe", "elf", "text", "empty", "avif"],
)
def test_it_refuses_unsupported_content(data: bytes) -> None:
    assert refused(data, "upload").code == "unsupported"


@pytest.mark.parametrize(
    ("build", "name"),
    [
        (lambda c: fx.pdf_with_metadata(c, fx.jpeg_with_metadata(c)), "photo.jpg"),
        (fx.png_with_metadata, "call.mp3"),
        (fx.jpeg_with_metadata, "statement.pdf"),
        (fx.mp3_with_tags, "scan.png"),
        (fx.jpeg_with_metadata, "report.docx"),
        (fx.wav_with_tags, "photo.JPEG  "),
        (fx.jpeg_with_metadata, "clip.mov"),
    ],
)
def test_it_refuses_a_name_that_contradicts_the_content(
    build: Callable[..., bytes], name: str
) -> None:
    assert refused(build(fx.Canaries()), name).code == "mismatch"


@pytest.mark.parametrize("name", ["photo.png", "photo", "photo.xyz", "", "archive.tar.jpeg"])
def test_it_takes_the_type_from_content_when_the_name_allows_it(name: str) -> None:
    assert clean(fx.jpeg_with_metadata(fx.Canaries()), name).extension == "jpg"


def test_it_refuses_an_input_over_the_size_cap_before_spawning(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(sandbox, "worker_command", lambda cpu: pytest.fail("spawned"))
    huge = b"\xff\xd8\xff" + bytes(stripping.result.MAX_INPUT_BYTES)
    assert refused(huge, "a.jpg").code == "too_large"


def test_it_times_out_a_slow_worker() -> None:
    assert refused(fx.jpeg_with_metadata(fx.Canaries()), "a.jpg", timeout=0.01).code == "timeout"


@pytest.mark.parametrize(
    "script",
    [
        "import os; os.abort()",
        "import sys; sys.exit(3)",
        "import sys; sys.stdout.buffer.write(b'not the protocol')",
        'import sys; sys.stdout.buffer.write(b\'AMANAT-STRIP/1\\n{"ok": false, "code": "x"}\\n\')',
        'import sys; sys.stdout.buffer.write(b\'AMANAT-STRIP/1\\n{"ok": true, "kind": "image", '
        '"mime": "image/jpeg", "extension": "jpg", "removed": [], "notes": [], '
        '"length": 99}\\nshort\')',
    ],
    ids=["abort", "exit-code", "garbage", "unknown-code", "short-payload"],
)
def test_it_reports_a_crashed_or_garbled_worker_as_failed(
    script: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sandbox, "worker_command", lambda cpu: [sys.executable, "-c", script])
    assert refused(fx.jpeg_with_metadata(fx.Canaries()), "a.jpg").code == "failed"


def test_the_worker_runs_with_limits_an_empty_environment_and_only_its_pipes(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The worker applies its own limits before reading a byte (no preexec_fn: unsafe in threaded
    # servers); the probe does the same with the package's apply_limits and reports what holds.
    package_parent = str(Path(sandbox.__file__).resolve().parents[3])
    probe = (
        "import json, os, resource as r, sys\n"
        f"sys.path.insert(0, {package_parent!r})\n"
        "from amanat.intake.stripping.sandbox import apply_limits\n"
        "apply_limits(int(sys.argv[1]))\n"
        "limits = [r.getrlimit(getattr(r, 'RLIMIT_' + n)) for n in "
        "('AS', 'CPU', 'FSIZE', 'NOFILE', 'CORE')]\n"
        "facts = [limits, os.getcwd(), sorted(os.environ), sorted(os.listdir('/proc/self/fd'))]\n"
        "head = dict(ok=True, kind='image', mime='image/jpeg', extension='jpg', removed=[],"
        " notes=[json.dumps(facts)], length=0)\n"
        "sys.stdout.buffer.write(b'AMANAT-STRIP/1\\n' + json.dumps(head).encode() + b'\\n')\n"
    )
    monkeypatch.setattr(
        sandbox, "worker_command", lambda cpu: [sys.executable, "-c", probe, str(cpu)]
    )
    limits, cwd, environ, fds = json.loads(
        clean(fx.jpeg_with_metadata(fx.Canaries()), "a.jpg", timeout=7.5).notes[0]
    )
    gib2 = 2 * 1024**3
    assert limits == [[gib2, gib2], [math.ceil(7.5), 9], [0, 0], [32, 32], [0, 0]]
    assert cwd == "/"
    assert set(environ) <= {"LC_CTYPE", "PWD"}  # set by Python and bubblewrap, never inherited
    assert len(fds) <= 4


def test_the_worker_limits_itself_before_reading_its_input() -> None:
    import inspect

    from amanat.intake.stripping import worker

    source = inspect.getsource(worker.main)
    assert source.index("apply_limits(") < source.index("stdin.buffer.read")


@pytest.mark.parametrize(
    ("event", "args"),
    [
        ("open", ("/tmp/x", "w", 0)),
        ("open", ("/tmp/x", None, 0o101)),
        ("socket.connect", (None, ("127.0.0.1", 80))),
        ("subprocess.Popen", ("sh", [], None, None)),
        ("os.system", ("id",)),
        ("os.remove", ("/tmp/x", -1)),
    ],
)
def test_the_worker_audit_hook_refuses_writes_sockets_and_processes(
    event: str, args: tuple[object]
) -> None:
    with pytest.raises(PermissionError):
        worker._guard(event, args)
    worker._guard("open", ("/usr/lib/module.py", "r", 0))  # reading (imports) stays allowed


def test_the_stripping_package_never_imports_django() -> None:
    for module in PACKAGE.glob("*.py"):
        for node in ast.walk(ast.parse(module.read_text())):
            names = [a.name for a in node.names] if isinstance(node, ast.Import) else []
            names += [node.module or ""] if isinstance(node, ast.ImportFrom) else []
            assert not any(n.split(".")[0] == "django" for n in names), module.name
