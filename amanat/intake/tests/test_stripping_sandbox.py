"""The stripping worker's operating-system sandbox (issue #11.3): hostile code inside it.

Each test runs a Python snippet through the very launcher the worker uses (``jail.run`` via
``sandbox._run_worker``), *without* the worker's audit hook: the hook only stops Python code,
and the threat is native code in a parser. Where it matters the snippet uses libc directly
through ctypes, as exploit code would.
"""

from __future__ import annotations

import json
import logging
import os
import secrets
import sys
from pathlib import Path

import pytest

from amanat.intake import evidence, stripping
from amanat.intake.stripping import jail, sandbox
from amanat.intake.tests import stripping_fixtures as fx

PROLOGUE = "import ctypes, json, os, socket, sys\nfacts = {}\n"


def hostile(snippet: str, monkeypatch: pytest.MonkeyPatch, *argv: str) -> dict[str, object]:
    """Run ``snippet`` in the worker's sandbox; it fills ``facts``, printed back as JSON."""
    script = PROLOGUE + snippet + "\nprint(json.dumps(facts))\n"
    command = [sys.executable, "-I", "-c", script, *argv]
    monkeypatch.setattr(sandbox, "worker_command", lambda cpu: command)
    facts: dict[str, object] = json.loads(sandbox._run_worker(b"", 10.0))
    return facts


def attempt(expression: str) -> str:
    """Snippet lines recording 'ok' or the error's name for one statement."""
    return (
        f"try:\n    {expression}\n    result = 'ok'\n"
        "except Exception as e:\n    result = type(e).__name__"
    )


def test_hostile_code_cannot_open_tcp_or_udp_sockets(monkeypatch: pytest.MonkeyPatch) -> None:
    snippet = "\n".join(
        [
            attempt("socket.socket(socket.AF_INET, socket.SOCK_STREAM)"),
            "facts['tcp'] = result",
            attempt("socket.socket(socket.AF_INET, socket.SOCK_DGRAM)"),
            "facts['udp'] = result",
            attempt("socket.socket(socket.AF_INET6, socket.SOCK_STREAM)"),
            "facts['tcp6'] = result",
            attempt("socket.socket(socket.AF_NETLINK, socket.SOCK_RAW)"),
            "facts['netlink'] = result",
            # Native code calls libc directly: seccomp answers, not Python.
            "facts['libc_tcp'] = ctypes.CDLL(None, use_errno=True).socket(2, 1, 0)",
            "facts['libc_errno'] = ctypes.get_errno()",
            "facts['interfaces'] = sorted(os.listdir('/sys/class/net'))"
            " if os.path.isdir('/sys/class/net') else []",
        ]
    )
    facts = hostile(snippet, monkeypatch)
    assert facts["tcp"] == facts["udp"] == facts["tcp6"] == "PermissionError"
    assert facts["netlink"] == "PermissionError"
    assert facts["libc_tcp"] == -1
    assert facts["libc_errno"] == 1  # EPERM
    assert facts["interfaces"] in ([], ["lo"])


def test_hostile_code_cannot_read_the_parents_environment(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    marker = "amanat-env-canary-" + secrets.token_hex(8)
    monkeypatch.setenv("DATABASE_URL", f"postgres://u:{marker}@db/amanat")
    monkeypatch.setenv("AMANAT_SECRET_KEY", marker * 2)
    snippet = "\n".join(
        [
            "parent = int(sys.argv[1])",
            attempt("open(f'/proc/{parent}/environ', 'rb').read()"),
            "facts['parent_environ'] = result",
            "seen = []",
            "for name in os.listdir('/proc'):",
            "    try:",
            "        seen.append(open(f'/proc/{name}/environ', 'rb').read().decode('latin-1'))",
            "    except OSError:",
            "        pass",
            "facts['readable_environs'] = seen",
            "facts['environ'] = dict(os.environ)",
            "facts['pids'] = sorted(int(p) for p in os.listdir('/proc') if p.isdigit())",
        ]
    )
    facts = hostile(snippet, monkeypatch, str(os.getpid()))
    assert facts["parent_environ"] in ("FileNotFoundError", "PermissionError")
    assert marker not in json.dumps(facts)
    assert set(facts["environ"]) <= {"LC_CTYPE", "PWD"}  # type: ignore[arg-type]  # facts come back as JSON from the sandbox
    assert os.getpid() not in facts["pids"]  # type: ignore[operator]  # facts come back as JSON from the sandbox
    assert max(facts["pids"]) < 10  # type: ignore[type-var, arg-type]  # its own pid namespace


def test_hostile_code_cannot_read_the_data_directory(
    monkeypatch: pytest.MonkeyPatch, settings: pytest.FixtureRequest, tmp_path: Path
) -> None:
    data_dir = Path(settings.DATA_DIR)  # type: ignore[attr-defined]  # facts come back as JSON from the sandbox
    data_dir.mkdir(parents=True, exist_ok=True)
    secret = data_dir / f"sandbox-probe-{secrets.token_hex(4)}.txt"
    secret.write_text("amanat-data-canary")
    try:
        snippet = "\n".join(
            [
                attempt("facts.setdefault('text', open(sys.argv[1]).read())"),
                "facts['file'] = result",
                attempt("os.listdir(sys.argv[2])"),
                "facts['folder'] = result",
            ]
        )
        facts = hostile(snippet, monkeypatch, str(secret), str(data_dir))
    finally:
        secret.unlink()
    assert facts["file"] in ("FileNotFoundError", "PermissionError")
    assert facts["folder"] in ("FileNotFoundError", "PermissionError")
    assert "text" not in facts


def test_hostile_code_cannot_write_outside_its_tmpfs(monkeypatch: pytest.MonkeyPatch) -> None:
    project = Path(sandbox.__file__).resolve().parent
    targets = ["/planted", "/usr/planted", str(project / "planted.py"), "/dev/shm/planted"]
    snippet = "\n".join(
        [
            "libc = ctypes.CDLL(None, use_errno=True)",
            "for path in sys.argv[1:]:",
            "    fd = libc.open(path.encode(), os.O_WRONLY | os.O_CREAT, 0o644)",
            "    facts[path] = [fd, ctypes.get_errno()]",
            "with open('/tmp/scratch', 'w') as handle:",  # the one writable place, in memory
            "    facts['tmp'] = handle.write('x')",
        ]
    )
    facts = hostile(snippet, monkeypatch, *targets)
    for path in targets:
        assert facts[path][0] == -1, path  # type: ignore[index]  # facts come back as JSON from the sandbox
        assert not Path(path).exists() or path.startswith("/dev")
    assert facts["tmp"] == 1


def test_the_worker_runs_as_nobody_without_capabilities(monkeypatch: pytest.MonkeyPatch) -> None:
    snippet = "\n".join(
        [
            "facts['ids'] = [os.getuid(), os.geteuid(), os.getgid(), os.getgroups()]",
            "lines = open('/proc/self/status').read().splitlines()",
            "status = dict(line.split(':\\t', 1) for line in lines if ':\\t' in line)",
            "facts['caps'] = [status[k].strip() for k in ('CapEff', 'CapPrm', 'CapBnd')]",
            "facts['seccomp'] = status['Seccomp'].strip()",
            "facts['nnp'] = status['NoNewPrivs'].strip()",
            "libc = ctypes.CDLL(None, use_errno=True)",
            "facts['userns'] = [libc.unshare(0x10000000), ctypes.get_errno()]",  # CLONE_NEWUSER
        ]
    )
    facts = hostile(snippet, monkeypatch)
    assert facts["ids"][:3] == [jail.NOBODY] * 3  # type: ignore[index]  # facts come back as JSON from the sandbox
    assert facts["caps"] == ["0000000000000000"] * 3
    assert facts["seccomp"] == "2"  # filter mode
    assert facts["nnp"] == "1"
    assert facts["userns"] == [-1, 1]  # EPERM: no way back to capabilities


def test_it_refuses_the_file_when_bubblewrap_is_missing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(jail.shutil, "which", lambda name, path=None: None)
    with pytest.raises(stripping.StripError) as caught:
        stripping.strip(fx.jpeg_with_metadata(fx.Canaries()), filename="a.jpg")
    assert caught.value.code == "sandbox_unavailable"


def test_it_refuses_the_file_when_the_seccomp_filter_cannot_be_built(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def no_libseccomp() -> bytes:
        raise OSError("libseccomp.so.2: cannot open shared object file")

    monkeypatch.setattr(jail, "_compile_seccomp", no_libseccomp)
    with pytest.raises(stripping.StripError) as caught:
        stripping.strip(fx.jpeg_with_metadata(fx.Canaries()), filename="a.jpg")
    assert caught.value.code == "sandbox_unavailable"


def test_it_refuses_the_file_when_the_sandbox_cannot_be_set_up(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # As when user namespaces are disabled: bubblewrap exits before starting the worker.
    real = jail.sandbox_argv
    monkeypatch.setattr(
        jail, "sandbox_argv", lambda inner, **kw: [*real(inner, **kw)[:1], "--no-such-option"]
    )
    with pytest.raises(stripping.StripError) as caught:
        stripping.strip(fx.jpeg_with_metadata(fx.Canaries()), filename="a.jpg")
    assert caught.value.code == "sandbox_unavailable"


def test_the_reporter_is_told_and_the_report_kept_when_the_sandbox_is_down(
    hotline, org_a, monkeypatch: pytest.MonkeyPatch
) -> None:
    from amanat.intake.models import Report
    from amanat.intake.tests.conftest import submit, upload

    monkeypatch.setattr(jail.shutil, "which", lambda name, path=None: None)
    files = [upload("a.jpg", fx.jpeg_with_metadata(fx.Canaries()))]
    response, receipt = submit(hotline, files=files, what_happened="They called my mother.")
    assert response.status_code == 200
    assert receipt is not None
    assert Report.objects.count() == 1
    assert "cannot be checked safely" in response.content.decode()


def test_unsandboxed_cleaning_is_explicit_and_logged(
    settings: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch, caplog
) -> None:
    settings.UNSANDBOXED_STRIPPING = True  # type: ignore[attr-defined]  # facts come back as JSON from the sandbox
    monkeypatch.setattr(jail, "run", lambda *a, **kw: pytest.fail("sandbox used"))
    with caplog.at_level(logging.WARNING, logger="amanat.intake.evidence"):
        result = evidence._strip(fx.jpeg_with_metadata(fx.Canaries()), "a.jpg")
    assert result.extension == "jpg"
    assert "WITHOUT the sandbox" in caplog.text


@pytest.mark.parametrize(
    ("event", "args"),
    [
        ("open", ("/tmp/elsewhere", "w", 0)),
        ("open", ("/work/planted", None, 0o101)),
        ("open", ("/tmp/amanat-media-x/../../work/planted", "wb", 0)),
        ("subprocess.Popen", ("/bin/sh", ["/bin/sh"], None, None)),
        ("subprocess.Popen", (None, ["curl", "x"], None, None)),
        ("os.remove", ("/etc/passwd", -1)),
        ("os.mkdir", ("/tmp/amanat-media-x/../../work", 0o700, -1)),
        ("socket.connect", (None, ("127.0.0.1", 80))),
    ],
)
def test_a_media_worker_may_only_run_ffmpeg_and_write_its_scratch_folder(
    event: str, args: tuple[object, ...]
) -> None:
    from amanat.intake.stripping import worker

    with pytest.raises(PermissionError):
        worker._media_guard(event, args)
    worker._media_guard("open", ("/tmp/amanat-media-abc/in.mp4", "wb", 0))
    worker._media_guard("subprocess.Popen", ("/usr/bin/ffmpeg", ["/usr/bin/ffmpeg"], None, None))
    worker._media_guard("subprocess.Popen", (None, ["/usr/bin/ffprobe"], None, None))


def test_the_unprivileged_server_path_also_confines_the_worker(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # A server running as a normal user (the systemd unit's User=amanat) takes the user
    # namespace branch; the worker must be nobody there too, with no way to nest namespaces.
    monkeypatch.setattr(jail.os, "geteuid", lambda: 1000)
    snippet = "\n".join(
        [
            "facts['uid'] = os.getuid()",
            "libc = ctypes.CDLL(None, use_errno=True)",
            "facts['userns'] = libc.unshare(0x10000000)",
            attempt("socket.socket(socket.AF_INET, socket.SOCK_STREAM)"),
            "facts['tcp'] = result",
        ]
    )
    facts = hostile(snippet, monkeypatch)
    assert facts == {"uid": jail.NOBODY, "userns": -1, "tcp": "PermissionError"}
