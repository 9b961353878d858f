"""Adding files and folders to the library: extraction in worker processes, never stopping.

Each file is hashed first; one already in the library (same sha256), or met twice in the same
batch, is a duplicate and not read again. The others are read by `load_report` in a pool of
worker processes (spawned: the entry point is this module's `extract`, importable anywhere);
the main process stores each result in its own transaction as it comes. An unreadable file is
listed with its Chinese reason and skipped. `progress(done, total, outcome)` is called after
every file; `cancel()` returning True stops before the next one (what is stored stays).
"""

from __future__ import annotations

import hashlib
import multiprocessing
import os
import sqlite3
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from contextlib import closing
from dataclasses import dataclass
from enum import StrEnum
from itertools import islice
from pathlib import Path

from ..errors import ReportError
from ..pipeline import load_report
from . import store
from .errors import LibraryError
from .rows import Rows, rows_of

SUFFIXES = (".txt", ".htm", ".html", ".docx", ".pdf", ".ofd", ".doc", ".wps")
_SAME = "报告库中已有相同内容的报告"
IN_PROCESS = 4
BATCH, BATCH_SECONDS = 64, 0.25
AHEAD = 8  # fewer new files than this are read here: starting workers costs more


class Status(StrEnum):
    """What became of one file."""

    ADDED = "已添加"
    DUPLICATE = "重复"
    SKIPPED = "跳过"


@dataclass(frozen=True, slots=True)
class Outcome:
    """One file's result; `reason` (Chinese) says why it was skipped or what it duplicates."""

    path: str
    status: Status
    reason: str = ""

    def line(self) -> str:
        """The line `library add` prints for this file."""
        tail = f"：{self.reason}" if self.reason else ""
        return f"{self.status.value}{tail}  {self.path}"


Progress = Callable[[int, int, Outcome], None]


def total_line(outcomes: list[Outcome]) -> str:
    """The line after the files' lines: how many files, and how many of each outcome."""
    counts = "，".join(f"{s.value} {sum(o.status == s for o in outcomes)}" for s in Status)
    return f"共 {len(outcomes)} 个文件：{counts}。"


def expand(paths: Iterable[str | Path]) -> list[Path]:
    """The files named by `paths`, as absolute paths (a rebuild may run from another folder):
    files as given, folders searched for report files.

    Raises:
        LibraryError: a path does not exist.
    """
    out: list[Path] = []
    for p in (Path(p).absolute() for p in paths):
        if p.is_dir():
            out.extend(sorted(f for f in p.rglob("*")
                              if f.suffix.lower() in SUFFIXES and f.is_file()))
        elif p.exists():
            out.append(p)
        else:
            raise LibraryError(f"找不到文件或文件夹：{p}")
    return out


def extract(path: str) -> Rows | str:
    """The worker's task: the rows of the report at `path`, or why it cannot be read."""
    try:
        return rows_of(load_report(path))
    except ReportError as e:
        return e.message
    except OSError as e:
        return f"无法读取文件：{e.strerror or e}"


def add(conn: sqlite3.Connection, paths: Iterable[str | Path], *, progress: Progress | None = None,
        cancel: Callable[[], bool] | None = None, workers: int | None = None) -> list[Outcome]:
    """Add the files and folders `paths` to the library; one outcome per file done, in the order
    of the files."""
    files = expand(paths)
    fresh, done = _sort_out(conn, files)
    for n in range(len(done)):
        if progress:
            progress(n + 1, len(files), done[n][1])
    with closing(_extracted([p for _, p in fresh], workers)) as results, _Writer(conn) as w:
        for (index, path), (_, result) in zip(fresh, results, strict=False):
            if cancel and cancel():
                break
            done.append((index, w.put(path, result)))
            if progress:
                progress(len(done), len(files), done[-1][1])
    return [o for _, o in sorted(done, key=lambda d: d[0])]


def _sort_out(conn: sqlite3.Connection,
              files: list[Path]) -> tuple[list[tuple[int, str]], list[tuple[int, Outcome]]]:
    """The files to read, and the outcomes of those that need no reading (duplicates, unreadable),
    each with its place in `files`."""
    seen = store.known(conn)
    fresh: list[tuple[int, str]] = []
    outcomes: list[tuple[int, Outcome]] = []
    for n, f in enumerate(files):
        try:
            digest = hashlib.sha256(f.read_bytes()).hexdigest()
        except OSError as e:
            outcomes.append((n, Outcome(str(f), Status.SKIPPED,
                                        f"无法读取文件：{e.strerror or e}")))
            continue
        if digest in seen:
            outcomes.append((n, Outcome(str(f), Status.DUPLICATE, _SAME)))
        else:
            seen.add(digest)
            fresh.append((n, str(f)))
    return fresh, outcomes


def _extracted(paths: list[str], workers: int | None) -> Iterator[tuple[str, Rows | str]]:
    """(path, result) for each path, in order; in worker processes when there are several, with
    at most AHEAD files per worker read ahead of the one being stored."""
    if len(paths) < IN_PROCESS:
        yield from ((p, _safely(extract, p)) for p in paths)
        return
    n = max(1, min(workers or os.cpu_count() or 1, len(paths)))
    pool = ProcessPoolExecutor(n, mp_context=multiprocessing.get_context("spawn"))
    try:
        queued: deque[tuple[str, Future]] = deque()
        todo = iter(paths)
        for p in todo:
            queued.append((p, pool.submit(extract, p)))
            if len(queued) >= AHEAD * n:
                break
        while queued:
            p, f = queued.popleft()
            yield p, _safely(lambda f=f: f.result())
            for nxt in islice(todo, 1):
                queued.append((nxt, pool.submit(extract, nxt)))
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _safely(read: Callable[..., Rows | str], *args: str) -> Rows | str:
    """`read(*args)`, or why it failed when the extraction itself broke (a bug, a worker that
    died): one file's failure never stops the import."""
    try:
        return read(*args)
    except Exception as e:  # any failure of one file is that file's reason
        return f"读取此文件时出错（{type(e).__name__}）。"


class _Writer:
    """Stores results in transactions of up to BATCH reports or BATCH_SECONDS (a commit per
    report costs more than storing it); each report is all or nothing within its batch."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn, self.pending, self.since = conn, 0, 0.0

    def __enter__(self) -> _Writer:
        return self

    def put(self, path: str, result: Rows | str) -> Outcome:
        """Store one file's result; its outcome."""
        if isinstance(result, str):
            return Outcome(path, Status.SKIPPED, result)
        if not self.pending:
            self.conn.execute("BEGIN IMMEDIATE")
            self.since = time.monotonic()
        self.pending += 1
        try:
            store.insert(self.conn, result)
        except sqlite3.IntegrityError:  # the same text, stored meanwhile by another program
            return Outcome(path, Status.DUPLICATE, _SAME)
        finally:
            if self.pending >= BATCH or time.monotonic() - self.since >= BATCH_SECONDS:
                self._commit()
        return Outcome(path, Status.ADDED)

    def _commit(self) -> None:
        self.conn.execute("COMMIT")
        self.pending = 0

    def __exit__(self, *exc: object) -> None:
        """Commit what is stored, even when the import stops on an error (each report is whole)."""
        if not self.pending:
            return
        try:
            self._commit()
        except sqlite3.Error:
            self.conn.execute("ROLLBACK")
            raise
