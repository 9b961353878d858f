"""Read a report file's bytes: regular files only, never more than the size limit.

A named pipe would block the read forever, /dev/zero and /dev/urandom never end,
and a file's `stat` size may be wrong (a file in /proc, one still growing), so
the file is checked before it is opened, checked again once open (it may have
been swapped), opened without blocking, and read with a bounded read.
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

from .. import limits
from ..errors import ReportError

_CHUNK = 2**20
_MISSING = {errno.ENOENT, errno.ELOOP, errno.ENOTDIR, errno.ENAMETOOLONG}
_FLAGS = os.O_RDONLY | os.O_NONBLOCK | os.O_NOCTTY | getattr(os, "O_CLOEXEC", 0)


def _kind(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "命名管道"
    if stat.S_ISSOCK(mode):
        return "套接字"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "设备文件"
    return "特殊文件"


def _check_mode(mode: int, path: Path) -> None:
    if stat.S_ISDIR(mode):
        raise ReportError(f"这是一个文件夹，不是报告文件：{path}")
    if not stat.S_ISREG(mode):
        raise ReportError(f"这是{_kind(mode)}，不是普通文件，不能作为报告打开：{path}")


def _too_big(size: int | None, path: Path) -> ReportError:
    """The refusal of a file of `size` bytes (None: more than the limit, not counted)."""
    stated = f"（{size / 2**20:.0f} MB）" if size is not None else ""
    return ReportError(f"文件太大{stated}，超过 {limits.MAX_BYTES // 2**20} MB 的上限：{path}")


def _os_error(error: OSError, path: Path) -> ReportError:
    if error.errno in _MISSING:
        return ReportError(f"找不到文件：{path}")
    if isinstance(error, PermissionError):
        return ReportError(f"没有权限读取此文件：{path}")
    return ReportError(f"无法读取文件：{path}（{error.strerror or error}）")


def open_nonblocking(path: Path) -> int:
    """A read-only descriptor of `path`, opened without blocking (a pipe does not wait).

    `read_bytes` opens every file through this one call, which tests replace to
    simulate a file swapped after its check or an error on opening.
    """
    return os.open(path, _FLAGS)


def _read_all(fd: int, path: Path) -> bytes:
    """Up to MAX_BYTES from `fd`; a ReportError if there is more."""
    chunks, total = [], 0
    while total <= limits.MAX_BYTES:
        chunk = os.read(fd, min(_CHUNK, limits.MAX_BYTES + 1 - total))
        if not chunk:
            return b"".join(chunks)
        chunks.append(chunk)
        total += len(chunk)
    raise _too_big(None, path)


def read_bytes(path: Path) -> bytes:
    """The bytes of the regular file at `path`.

    Raises:
        ReportError: in Chinese: missing (also a symlink loop), a folder, a pipe,
            device or socket, too big, unreadable.
    """
    try:
        st = os.stat(path)
        _check_mode(st.st_mode, path)
        if st.st_size > limits.MAX_BYTES:
            raise _too_big(st.st_size, path)
        fd = open_nonblocking(path)
        try:
            _check_mode(os.fstat(fd).st_mode, path)
            return _read_all(fd, path)
        finally:
            os.close(fd)
    except OSError as e:
        raise _os_error(e, path) from None
