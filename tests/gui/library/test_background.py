"""Background jobs: progress polled from the thread, the result or the failure, one at a time."""

from __future__ import annotations

import sqlite3
import threading

import pytest

from lawgov_gui.core.library import LibraryError
from lawgov_gui.gui.library.background import Job, Jobs, describe

WAIT_MS = 10000


def test_progress_and_the_result_arrive_on_the_ui_thread(qtbot) -> None:
    def work(step, cancelled):
        for n in range(1, 4):
            step(n, 3, f"file{n}")
        return "done"

    job = Job(work)
    seen: list[tuple[int, int, list]] = []
    job.progressed.connect(lambda done, total, items: seen.append((done, total, items)))
    with qtbot.waitSignal(job.finished, timeout=WAIT_MS) as finished:
        job.start()
    assert finished.args == ["done"] and not job.running()
    assert seen[-1][:2] == (3, 3)
    assert [item for _, _, items in seen for item in items] == ["file1", "file2", "file3"]


def test_a_cancel_reaches_the_work(qtbot) -> None:
    asked = threading.Event()

    def work(step, cancelled):
        asked.set()
        while not cancelled():
            threading.Event().wait(0.01)
        return "stopped"

    job = Job(work)
    job.start()
    assert asked.wait(10)
    with qtbot.waitSignal(job.finished, timeout=WAIT_MS) as finished:
        job.cancel()
    assert finished.args == ["stopped"] and job.cancelled


@pytest.mark.parametrize(("error", "message"), [
    (LibraryError("报告库已损坏"), "报告库已损坏"),
    (sqlite3.OperationalError("database is locked"), "报告库无法写入：database is locked"),
    (OSError(28, "No space left on device"), "报告库无法写入："),
    (KeyError("x"), "处理时出错（KeyError）。"),
])
def test_a_failure_is_said_in_chinese(qtbot, error: Exception, message: str) -> None:
    assert describe(error).startswith(message)

    def work(step, cancelled):
        raise error

    job = Job(work)
    with qtbot.waitSignal(job.failed, timeout=WAIT_MS) as failed:
        job.start()
    assert failed.args == [describe(error)]


def test_one_job_at_a_time(qtbot) -> None:
    release = threading.Event()
    jobs = Jobs()
    first = jobs.start(lambda step, cancelled: release.wait(10))
    assert first is not None and jobs.busy()
    assert jobs.start(lambda step, cancelled: None) is None
    with qtbot.waitSignal(first.finished, timeout=WAIT_MS):
        release.set()
    assert not jobs.busy() and jobs.start(lambda step, cancelled: None) is not None
