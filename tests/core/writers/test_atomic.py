"""The one atomic writer: on a full disk the previous file stays whole and a Chinese line says why.

ENOSPC is simulated by a write callback that raises it (the disk fills while
writing), by an fsync that raises it (delayed allocation: the disk fills only when
the data goes out), and for real by a file-size limit (RLIMIT_FSIZE) in a child.
"""

from __future__ import annotations

import errno
import os
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from lawgov_gui.core.writers import atomic
from lawgov_gui.core.writers.atomic import (
    STALE_AFTER,
    WriteFailed,
    atomic_write,
    check_pdf,
    check_zip,
    clean_stale_temps,
    describe_os_error,
)
from tests.conftest import ROOT

PREVIOUS = b"%PDF-1.4 the previous export\n%%EOF\n"


@pytest.fixture
def target(tmp_path: Path) -> Path:
    path = tmp_path / "摘要.pdf"
    path.write_bytes(PREVIOUS)
    return path


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


def _full_disk(tmp: Path) -> None:
    with open(tmp, "wb") as f:
        f.write(b"%PDF-1.4 half a document")
    raise OSError(errno.ENOSPC, "No space left on device")


def _writes(data: bytes):
    return lambda tmp: tmp.write_bytes(data)


def _fails(code: int):
    def write(tmp: Path) -> None:
        raise OSError(code, os.strerror(code))

    return write


# (case, write callback, check, words of the message)
FAILURES = [
    ("enospc-while-writing", _full_disk, None, "磁盘空间不足"),
    ("edquot", _fails(errno.EDQUOT), None, "超出磁盘配额"),
    ("read-only-disk", _fails(errno.EROFS), None, "磁盘是只读的"),
    ("nothing-written", _writes(b""), None, "没有写出任何内容"),
    ("pdf-cut-short", _writes(b"%PDF-1.4 no trailer"), check_pdf, "PDF 没有完整写出"),
    ("zip-cut-short", _writes(b"PK\x03\x04 not a whole zip"), check_zip, "没有完整写出"),
]


@pytest.mark.parametrize(("write", "check", "words"), [c[1:] for c in FAILURES],
                         ids=[c[0] for c in FAILURES])
def test_a_failed_write_keeps_the_previous_file(target: Path, write, check, words: str) -> None:
    with pytest.raises(WriteFailed) as info:
        atomic_write(target, write, check)
    message = str(info.value)
    assert words in message and "\n" not in message
    assert target.read_bytes() == PREVIOUS
    assert _leftovers(target.parent) == []


def test_enospc_at_fsync_keeps_the_previous_file(target: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    def full(fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(atomic.os, "fsync", full)
    with pytest.raises(WriteFailed) as info:
        atomic_write(target, _writes(b"%PDF-1.4 new\n%%EOF\n"), check_pdf)
    assert str(info.value) == f"无法写入 {target}：磁盘空间不足"
    assert target.read_bytes() == PREVIOUS
    assert _leftovers(target.parent) == []


def test_a_whole_write_replaces_the_file(target: Path) -> None:
    atomic_write(target, _writes(b"%PDF-1.4 new\n%%EOF\n"), check_pdf)
    assert target.read_bytes() == b"%PDF-1.4 new\n%%EOF\n"
    mask = os.umask(0)
    os.umask(mask)
    assert target.stat().st_mode & 0o777 == 0o666 & ~mask
    assert _leftovers(target.parent) == []


def test_a_file_size_limit_fails_cleanly_in_a_child(target: Path) -> None:
    """A real short write: the kernel refuses past RLIMIT_FSIZE (EFBIG)."""
    code = textwrap.dedent(f"""
        import resource, signal, sys
        from pathlib import Path
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (4096, 4096))
        from lawgov_gui.core.writers.atomic import WriteFailed, atomic_write, check_pdf
        try:
            atomic_write({str(target)!r}, lambda tmp: tmp.write_bytes(b"%PDF" + bytes(10**6)),
                         check_pdf)
        except WriteFailed as e:
            print(e)
            sys.exit(3)
    """)
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          cwd=ROOT, env=dict(os.environ, PYTHONPATH=str(ROOT)), timeout=60)
    assert proc.returncode == 3, proc.stderr
    assert proc.stdout.strip() == f"无法写入 {target}：文件超过了系统允许的大小"
    assert target.read_bytes() == PREVIOUS
    assert _leftovers(target.parent) == []


def _dead_pid() -> int:
    proc = subprocess.Popen([sys.executable, "-c", "pass"])
    proc.wait()
    return proc.pid


def test_stale_temp_of_a_dead_export_is_cleaned_at_the_next_export(target: Path) -> None:
    folder = target.parent
    dead = folder / f".{target.name}.{_dead_pid()}-0123abcd.tmp"
    live = folder / f".other.pdf.{os.getppid()}-89abcdef.tmp"  # the test runner's parent
    mine = folder / f".other.pdf.{os.getpid()}-00000000.tmp"
    stranger = folder / ".someone-else.tmp"
    for path in (dead, live, mine, stranger):
        path.write_bytes(b"half")
    atomic_write(target, _writes(b"%PDF-1.4 new\n%%EOF\n"), check_pdf)
    assert not dead.exists()
    assert live.exists() and mine.exists() and stranger.exists()


def test_a_temp_older_than_a_day_is_stale_even_if_its_pid_lives(tmp_path: Path) -> None:
    old = tmp_path / f".report.pdf.{os.getppid()}-0123abcd.tmp"
    old.write_bytes(b"half")
    then = time.time() - STALE_AFTER - 60
    os.utime(old, (then, then))
    assert clean_stale_temps(tmp_path) == [old]


@pytest.mark.parametrize(("error", "reason"), [
    (errno.ENOSPC, "磁盘空间不足"), (errno.EROFS, "磁盘是只读的"), (errno.EACCES, "没有写入权限"),
    (errno.EFBIG, "文件超过了系统允许的大小"), (errno.EPIPE, "输出管道已关闭"),
])
def test_reasons_are_chinese(error: int, reason: str) -> None:
    assert describe_os_error(OSError(error, os.strerror(error)), "x.pdf") == f"无法写入 x.pdf：{reason}"
