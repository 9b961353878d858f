"""Only regular files are read, and never more than the size limit, whatever `stat` says.

A named pipe made `extract` wait forever and /dev/zero read until memory ran out,
so the cases that could hang run `lawgov-gui` in a child with a timeout.
"""

from __future__ import annotations

import os
import socket
from pathlib import Path

import pytest

from lawgov_gui.core import ReportError, limits, load_report
from lawgov_gui.core.readers import files
from tests.conftest import SEED
from tests.core.bounded import run_cli


def _refusal(path: Path) -> str:
    with pytest.raises(ReportError) as info:
        load_report(path)
    return info.value.message


def _fifo(tmp_path: Path) -> Path:
    path = tmp_path / "report.txt"
    os.mkfifo(path)
    return path


def _socket(tmp_path: Path) -> Path:
    path = tmp_path / "report.sock"
    server = socket.socket(socket.AF_UNIX)
    server.bind(str(path))
    server.close()  # the socket file stays
    return path


def _loop(tmp_path: Path) -> Path:
    (tmp_path / "a.txt").symlink_to(tmp_path / "b.txt")
    (tmp_path / "b.txt").symlink_to(tmp_path / "a.txt")
    return tmp_path / "a.txt"


def _nuls(tmp_path: Path) -> Path:
    path = tmp_path / "nuls.txt"
    path.write_bytes(bytes(2**20))
    return path


def _dangling(tmp_path: Path) -> Path:
    (tmp_path / "gone.txt").symlink_to(tmp_path / "nowhere.txt")
    return tmp_path / "gone.txt"


# (case, the path it makes, words the one Chinese line must hold)
REFUSED = [
    ("named-pipe", _fifo, "命名管道"),
    ("dev-zero", lambda _: Path("/dev/zero"), "设备文件"),
    ("dev-urandom", lambda _: Path("/dev/urandom"), "设备文件"),
    ("dev-null", lambda _: Path("/dev/null"), "设备文件"),
    ("socket", _socket, "套接字"),
    ("symlink-loop", _loop, "找不到文件"),
    ("dangling-symlink", _dangling, "找不到文件"),
    ("1-mb-of-nuls", _nuls, "文件是空的"),
    ("folder", lambda tmp: tmp, "文件夹"),
]


@pytest.mark.parametrize(("make", "words"), [c[1:] for c in REFUSED], ids=[c[0] for c in REFUSED])
def test_extract_refuses_at_once_in_one_chinese_line(tmp_path: Path, make, words: str) -> None:
    path = make(tmp_path)
    run = run_cli(["extract", str(path)], tmp_path, timeout=30)
    assert words in run.refusal()
    run.within(20, 300)


@pytest.mark.parametrize(("make", "words"), [c[1:] for c in REFUSED], ids=[c[0] for c in REFUSED])
def test_load_report_says_why(tmp_path: Path, make, words: str) -> None:
    assert words in _refusal(make(tmp_path))


def test_a_fifo_swapped_in_after_the_check_is_refused_once_open(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The file is checked again once open: it may have been replaced in between."""
    path = tmp_path / "report.txt"
    path.write_bytes(SEED.read_bytes())
    opened = files.open_nonblocking

    def swap(p: Path) -> int:
        p.unlink()
        os.mkfifo(p)
        return opened(p)  # non-blocking: opening a pipe for reading does not wait

    monkeypatch.setattr(files, "open_nonblocking", swap)
    assert "命名管道" in _refusal(path)


def test_never_more_than_the_limit_is_read_whatever_stat_says(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "big.txt"
    path.write_bytes(SEED.read_bytes() * 20)
    monkeypatch.setattr(limits, "MAX_BYTES", 64 * 1024)
    real_stat, real_read = os.stat, os.read
    read = []

    def lying_stat(p, *args, **kwargs):
        st = real_stat(p, *args, **kwargs)
        return os.stat_result((st.st_mode, *st[1:6], 0, *st[7:]))  # st_size 0, like /proc

    def counting_read(fd: int, n: int) -> bytes:
        chunk = real_read(fd, n)
        read.append(len(chunk))
        return chunk

    monkeypatch.setattr(files.os, "stat", lying_stat)
    monkeypatch.setattr(files.os, "read", counting_read)
    message = _refusal(path)
    assert "太大" in message
    assert sum(read) == 64 * 1024 + 1


def test_a_regular_file_reads_whole(tmp_path: Path) -> None:
    path = tmp_path / "seed.txt"
    path.write_bytes(SEED.read_bytes())
    assert files.read_bytes(path) == SEED.read_bytes()
    link = tmp_path / "link.txt"
    link.symlink_to(path)
    assert files.read_bytes(link) == SEED.read_bytes()
