"""Adding files and folders to the library, and rebuilding it, as background jobs of the window.

Each job opens its own connection to the library file on its thread (Library(path)), does the
core's work (add, rebuild), closes it, and the model is then told (`LibraryModel.refresh`) so
every view reads the new reports. A second job while one runs is refused: `Importer.add` and
`Importer.rebuild` return None, and the caller says so.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from enum import Enum
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal

from ...core.library import Library, Outcome, Rebuilt, Status, rebuild
from ...core.library.importer import SUFFIXES
from ..common.library_model import LibraryModel
from .background import Job, Jobs, Step


def tr(text: str) -> str:
    return QCoreApplication.translate("LibraryImport", text)


class Kind(Enum):
    """What a job does."""

    IMPORT = 1
    REBUILD = 2


def busy_message() -> str:
    """What a refused second job says."""
    return tr("报告库正在导入或重建报告，请等它完成（或取消）后再试。")


def report_filter() -> str:
    """The file dialog's filter: the kinds of file the library reads."""
    patterns = " ".join(f"*{suffix}" for suffix in SUFFIXES)
    return tr("报告 ({0});;所有文件 (*)").format(patterns)


def workers() -> int:
    """How many worker processes read the files: one core is left to the window."""
    return max(1, (os.cpu_count() or 2) - 1)


def import_work(path: Path, files: list[str]) -> Callable[[Step, Callable[[], bool]], object]:
    """The work of importing `files` into the library at `path`: its outcomes, in file order."""
    def work(step: Step, cancelled: Callable[[], bool]) -> list[Outcome]:
        with Library(path) as library:
            return library.add(files, progress=step, cancel=cancelled, workers=workers())
    return work


def rebuild_work(path: Path) -> Callable[[Step, Callable[[], bool]], object]:
    """The work of rebuilding the library at `path` (it cannot be cancelled half-way)."""
    def work(step: Step, _cancelled: Callable[[], bool]) -> Rebuilt:
        return rebuild(path, progress=step, workers=workers())
    return work


def status_name(status: Status) -> str:
    """已添加 / 重复 / 跳过, in the interface's language."""
    return {Status.ADDED: tr("已添加"), Status.DUPLICATE: tr("重复"),
            Status.SKIPPED: tr("跳过")}[status]


def outcome_line(outcome: Outcome) -> str:
    """跳过：文件已损坏…  /r/a.pdf — what became of one file (the reason is the reader's own)."""
    if outcome.reason:
        return tr("{0}：{1}  {2}").format(status_name(outcome.status), outcome.reason, outcome.path)
    return tr("{0}  {1}").format(status_name(outcome.status), outcome.path)


def total_text(outcomes: list[Outcome]) -> str:
    """共 3 个文件：已添加 1，重复 1，跳过 1。"""
    n = [sum(o.status is s for o in outcomes) for s in Status]
    return tr("共 {0} 个文件：已添加 {1}，重复 {2}，跳过 {3}。").format(len(outcomes), *n)


def result_lines(result: object, path: Path, done_of: int) -> tuple[list[str], list[str]]:
    """What is listed when a job ends: a line per file, and the summary (the total, what a
    cancel left undone, the notes a rebuild kept).

    Args:
        result: the job's result (a list of outcomes, or a Rebuilt).
        path: the library file.
        done_of: how many files the job had to do (0 when not known).
    """
    if isinstance(result, Rebuilt):
        lines = result.lines(path)
        return lines[:len(result.outcomes)], lines[len(result.outcomes):]
    outcomes = list(result) if isinstance(result, list) else []
    summary = [total_text(outcomes)]
    if done_of > len(outcomes):
        summary.append(tr("已取消：其余 {0} 个文件未导入，已导入的报告保留在报告库中。").format(
            done_of - len(outcomes)))
    return [outcome_line(o) for o in outcomes], summary


class Importer(QObject):
    """Starts the imports and rebuilds of one library, one at a time.

    Args:
        model: the window's library.
        parent: the owner.

    Signals:
        started(object, object): a job started: the Job and its Kind.
    """

    started = Signal(object, object)

    def __init__(self, model: LibraryModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.jobs = Jobs(self)
        self.kind = Kind.IMPORT

    @property
    def current(self) -> Job | None:
        """The job running, or the last one."""
        return self.jobs.current

    def busy(self) -> bool:
        return self.jobs.busy()

    def add(self, files: list[str]) -> Job | None:
        """Import `files` (files and folders) in the background; None when busy."""
        job = self.jobs.start(import_work(self.model.path, list(files)))
        if job is not None:
            job.finished.connect(lambda _r: self.model.refresh())
            job.failed.connect(lambda _m: self.model.refresh())  # a damaged file is announced
            self._started(job, Kind.IMPORT)
        return job

    def rebuild(self) -> Job | None:
        """Rebuild the library from its reports' files in the background; None when busy.

        The model's connection is closed first (the file is replaced) and again at the end (it
        may have been reopened on the old file meanwhile).
        """
        if self.busy():
            return None
        self.model.close()
        job = self.jobs.start(rebuild_work(self.model.path))
        if job is not None:
            job.finished.connect(lambda _r: self._reopen())
            job.failed.connect(lambda _m: self._reopen())
            self._started(job, Kind.REBUILD)
        return job

    def _started(self, job: Job, kind: Kind) -> None:
        self.kind = kind
        self.started.emit(job, kind)

    def _reopen(self) -> None:
        self.model.close()
        self.model.refresh()
