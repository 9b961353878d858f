"""Import: every file listed once, duplicates and unreadable files skipped with a reason, progress."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from lawgov_gui.core.library import Library, LibraryError, Outcome, Status, importer
from lawgov_gui.core.library.importer import expand, total_line
from tests.conftest import SEED
from tests.core.library.conftest import BAD, DEV, write_bad


def test_import_lists_every_file_once(filled) -> None:
    _lib, outcomes = filled
    by_status = {s: [o for o in outcomes if o.status == s] for s in Status}
    assert len(by_status[Status.ADDED]) == 1 + len(DEV) + 5
    assert sorted(Path(o.path).name for o in by_status[Status.SKIPPED]) == sorted(BAD)
    assert not by_status[Status.DUPLICATE]


@pytest.mark.parametrize("name", sorted(BAD))
def test_unreadable_file_has_a_chinese_reason(filled, name: str) -> None:
    _lib, outcomes = filled
    (o,) = [o for o in outcomes if Path(o.path).name == name]
    assert o.status == Status.SKIPPED
    assert o.reason and any("\u4e00" <= c <= "\u9fff" for c in o.reason)
    assert o.line().startswith(f"跳过：{o.reason}")


def test_duplicates_skipped_by_content(tmp_path: Path) -> None:
    copy = tmp_path / "copy.txt"
    shutil.copy(SEED, copy)
    with Library(tmp_path / "lib.sqlite3") as lib:
        first = lib.add([SEED, copy])
        again = lib.add([SEED])
        assert [o.status for o in first] == [Status.ADDED, Status.DUPLICATE]
        assert [o.status for o in again] == [Status.DUPLICATE]
        assert len(lib.entries()) == 1


def test_progress_and_cancel(tmp_path: Path) -> None:
    seen: list[tuple[int, int]] = []
    files = [*DEV, *write_bad(tmp_path / "bad")]
    with Library(tmp_path / "lib.sqlite3") as lib:
        outcomes = lib.add(files, progress=lambda d, t, _o: seen.append((d, t)),
                           cancel=lambda: len(seen) >= 2)
        assert seen == [(1, len(files)), (2, len(files))]
        assert len(outcomes) == 2
        assert len(lib.entries()) == sum(o.status == Status.ADDED for o in outcomes)


def test_folders_searched_by_suffix(tmp_path: Path) -> None:
    write_bad(tmp_path / "a" / "b")
    (tmp_path / "a" / "notes.md").write_text("不是报告", encoding="utf-8")
    assert sorted(p.name for p in expand([tmp_path / "a"])) == sorted(BAD)


def test_missing_path_refused(tmp_path: Path) -> None:
    with Library(tmp_path / "lib.sqlite3") as lib, pytest.raises(LibraryError, match="找不到"):
        lib.add([tmp_path / "nowhere.txt"])


def test_a_broken_extraction_skips_the_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(path):
        raise RuntimeError(path)

    monkeypatch.setattr(importer, "load_report", broken)
    with Library(tmp_path / "lib.sqlite3") as lib:
        (o,) = lib.add([SEED])
    assert (o.status, o.reason) == (Status.SKIPPED, "读取此文件时出错（RuntimeError）。")


@pytest.mark.parametrize(("statuses", "line"), [
    ([], "共 0 个文件：已添加 0，重复 0，跳过 0。"),
    ([Status.ADDED, Status.ADDED, Status.SKIPPED], "共 3 个文件：已添加 2，重复 0，跳过 1。"),
])
def test_total_line(statuses: list[Status], line: str) -> None:
    assert total_line([Outcome(f"/r/{n}", s) for n, s in enumerate(statuses)]) == line
