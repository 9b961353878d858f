"""The one atomic file writer: every file the program saves goes through `atomic_write`.

The content is written to a temporary file beside the target (same folder, so the
final rename is atomic), flushed to disk, checked, and only then renamed over the
target. On any failure (a full disk, a writer that produced nothing, a check that
fails) the temporary file is removed, the previous file is left intact, and a
`WriteFailed` with a Chinese message says why.

Temporary files are named `.<target name>.<pid>-<token>.tmp`. One left behind by
a killed export (its process is gone) is removed at the next export to that folder.
"""

from __future__ import annotations

import contextlib
import errno
import io
import os
import re
import secrets
import time
from collections.abc import Callable
from pathlib import Path
from typing import IO

_TEMP = re.compile(r"^\..+\.(\d+)-[0-9a-f]{8}\.tmp$")
STALE_AFTER = 24 * 3600  # seconds; a temp file this old is stale even if its pid is reused


class WriteFailed(OSError):
    """Writing a file failed; `str(error)` is one line in Chinese."""


class Incomplete(WriteFailed):
    """What a check raises for a written file that is not whole; `str(error)` is the reason
    alone, which atomic_write puts after the target's name."""


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # exists, owned by someone else
    return True


def clean_stale_temps(folder: Path) -> list[Path]:
    """Remove this program's temporary files in `folder` whose writer is gone.

    Returns:
        The files removed.
    """
    removed = []
    with contextlib.suppress(OSError), os.scandir(folder) as entries:
        for entry in entries:
            m = _TEMP.match(entry.name)
            if not m or not entry.is_file(follow_symlinks=False):
                continue
            with contextlib.suppress(OSError):
                age = time.time() - entry.stat(follow_symlinks=False).st_mtime
                if not _alive(int(m.group(1))) or age > STALE_AFTER:
                    os.unlink(entry.path)
                    removed.append(Path(entry.path))
    return removed


def _temp_path(target: Path) -> Path:
    for _ in range(100):
        candidate = target.with_name(f".{target.name}.{os.getpid()}-{secrets.token_hex(4)}.tmp")
        try:
            fd = os.open(candidate, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:
            continue
        os.close(fd)
        return candidate
    raise WriteFailed(f"无法在 {target.parent} 中创建临时文件")


def describe_os_error(error: OSError, path: Path | str) -> str:
    """One Chinese line for an OSError met while writing `path`."""
    reasons = {errno.ENOSPC: "磁盘空间不足", errno.EDQUOT: "超出磁盘配额",
               errno.EACCES: "没有写入权限", errno.EPERM: "没有写入权限",
               errno.EROFS: "磁盘是只读的", errno.ENOENT: "文件夹不存在",
               errno.EISDIR: "这是一个文件夹", errno.EIO: "磁盘读写错误",
               errno.EFBIG: "文件超过了系统允许的大小", errno.EPIPE: "输出管道已关闭"}
    reason = reasons.get(error.errno or 0, error.strerror or str(error))
    return f"无法写入 {path}：{reason}"


def write_failure(error: OSError, path: Path | str) -> str:
    """One Chinese line for any OSError met while writing `path` (a WriteFailed has its own)."""
    return str(error) if isinstance(error, WriteFailed) else describe_os_error(error, path)


def _sync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _finish(tmp: Path, target: Path, check: Callable[[Path], None] | None) -> None:
    _sync(tmp)  # a full disk may only show here (delayed allocation)
    if tmp.stat().st_size == 0:
        raise WriteFailed(f"无法写入 {target}：没有写出任何内容（磁盘可能已满）")
    if check is not None:
        check(tmp)
    mask = os.umask(0)
    os.umask(mask)
    os.chmod(tmp, 0o666 & ~mask)  # like any file the user saves, not private
    os.replace(tmp, target)
    with contextlib.suppress(OSError):
        _sync(target.parent)


def atomic_write(path: str | os.PathLike[str], write: Callable[[Path], None],
                 check: Callable[[Path], None] | None = None) -> None:
    """Run `write(tmp)` on a temporary file beside `path`, check it, move it onto `path`.

    Args:
        path: the file to create or replace.
        write: writes the whole content to the path it is given.
        check: optional; raises if the written file is not whole (e.g. a PDF
            without its trailer).

    Raises:
        WriteFailed: with a Chinese message; `path` is left as it was.
    """
    target = Path(path)
    clean_stale_temps(target.parent)
    try:
        tmp = _temp_path(target)
    except OSError as e:
        raise e if isinstance(e, WriteFailed) else WriteFailed(describe_os_error(e, target)) from e
    try:
        write(tmp)
        _finish(tmp, target, check)
    except Incomplete as e:
        _discard(tmp)
        raise WriteFailed(f"无法写入 {target}：{e}") from e
    except WriteFailed:
        _discard(tmp)
        raise
    except OSError as e:
        _discard(tmp)
        raise WriteFailed(describe_os_error(e, target)) from e
    except BaseException:
        _discard(tmp)
        raise


def save_whole(tmp: Path, save: Callable[[IO[bytes]], None]) -> None:
    """Write what `save(stream)` produces to `tmp` in one piece, flushed to disk.

    The content is made in memory first: a library's zip writer left half-written
    by a full disk fails again when it is freed, and says so on stderr.
    """
    whole = io.BytesIO()
    save(whole)
    with open(tmp, "wb") as f:
        f.write(whole.getbuffer())
        f.flush()
        os.fsync(f.fileno())


def _discard(tmp: Path) -> None:
    with contextlib.suppress(OSError):
        tmp.unlink()


def check_pdf(path: Path) -> None:
    """Raise Incomplete unless `path` ends with a PDF trailer (%%EOF)."""
    with open(path, "rb") as f:
        f.seek(max(0, os.fstat(f.fileno()).st_size - 64))
        if b"%%EOF" not in f.read():
            raise Incomplete("PDF 没有完整写出（磁盘可能已满）")


def check_zip(path: Path) -> None:
    """Raise Incomplete unless `path` is a whole zip file (.docx, .xlsx)."""
    import zipfile

    try:
        with zipfile.ZipFile(path) as z:
            bad = z.testzip()
    except (OSError, zipfile.BadZipFile) as e:
        raise Incomplete("文件没有完整写出（磁盘可能已满）") from e
    if bad is not None:
        raise Incomplete("文件没有完整写出（磁盘可能已满）")
