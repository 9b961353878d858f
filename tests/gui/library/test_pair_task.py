"""The 对照 alignment on the thread pool without a widget: the pair asked for last is answered,
one alignment at a time, and an answer nobody waits for any more is dropped."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from lawgov_gui.core.library import Library
from lawgov_gui.gui.library import pair_task
from lawgov_gui.gui.library.pair_task import Aligner
from tests.core.library.two_years import ISSUER, write_two_years

WAIT_MS = 30000


@pytest.fixture
def library(tmp_path) -> tuple[Path, list[int]]:
    """A library of the issuer's 2022 and 2023 reports; its path and the reports' ids."""
    path = tmp_path / "lib.sqlite3"
    with Library(path) as lib:
        lib.add(write_two_years(tmp_path / "reports"), workers=1)
        ids = sorted(e.id for e in lib.entries())
    return path, ids


@pytest.fixture
def held(monkeypatch):
    """The first alignment asked for waits until the test sets the event."""
    release, real, calls = threading.Event(), pair_task.align, []

    def align(*args):
        calls.append(args[1:3])
        if len(calls) == 1:
            release.wait(WAIT_MS / 1000)
        return real(*args)

    monkeypatch.setattr(pair_task, "align", align)
    yield release, calls
    release.set()


def test_the_pair_asked_for_is_aligned(qtbot, library) -> None:
    path, (before, after) = library
    aligner = Aligner()
    with qtbot.waitSignal(aligner.aligned, timeout=WAIT_MS) as blocker:
        aligner.ask(path, before, after)
        assert aligner.waiting() and aligner.working()
    alignment = blocker.args[0]
    assert (alignment.left.year, alignment.right.year) == (2022, 2023)
    assert alignment.left.issuer == ISSUER and len(alignment.sections) == 9
    assert not aligner.waiting() and not aligner.working()


def test_only_the_latest_question_waits_and_is_answered(qtbot, library, held) -> None:
    path, (before, after) = library
    release, calls = held
    aligner = Aligner()
    answers: list = []
    aligner.aligned.connect(answers.append)
    aligner.ask(path, before, after)  # held
    for pair in ((after, before), (before, before), (after, before)):  # the reader goes on
        aligner.ask(path, *pair)
    with qtbot.waitSignal(aligner.aligned, timeout=WAIT_MS):
        release.set()
    assert calls == [(before, after), (after, before)]  # the two in between never ran
    assert [(a.left.year, a.right.year) for a in answers] == [(2023, 2022)]


def test_a_forgotten_question_is_not_answered(qtbot, library, held) -> None:
    path, (before, after) = library
    release, calls = held
    aligner = Aligner()
    answers: list = []
    aligner.aligned.connect(answers.append)
    aligner.ask(path, before, after)
    aligner.forget()
    assert not aligner.waiting() and aligner.working()
    release.set()
    qtbot.waitUntil(lambda: not aligner.working(), timeout=WAIT_MS)
    assert answers == [] and len(calls) == 1


def test_a_library_that_cannot_be_read_says_why(qtbot, tmp_path) -> None:
    path = tmp_path / "lib.sqlite3"
    path.write_bytes(b"not a library at all" * 10)
    aligner = Aligner()
    with qtbot.waitSignal(aligner.failed, timeout=WAIT_MS) as blocker:
        aligner.ask(path, 1, 2)
    assert "重建" in blocker.args[0]
