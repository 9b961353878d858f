"""What an import or a rebuild lists at its end, and the file dialog's filter."""

from __future__ import annotations

from pathlib import Path

import pytest

from lawgov_gui.core.library import Outcome, Rebuilt, Status
from lawgov_gui.gui.library.import_panel import progress_text
from lawgov_gui.gui.library.import_task import Kind, report_filter, result_lines

ADDED = Outcome("/r/a.txt", Status.ADDED)
SAME = Outcome("/r/b.txt", Status.DUPLICATE, "报告库中已有相同内容的报告")
BAD = Outcome("/r/c.pdf", Status.SKIPPED, "文件已损坏")


@pytest.mark.parametrize(("result", "of", "files", "summary"), [
    ([ADDED, SAME, BAD], 3, ["已添加  /r/a.txt", "重复：报告库中已有相同内容的报告  /r/b.txt",
                             "跳过：文件已损坏  /r/c.pdf"],
     ["共 3 个文件：已添加 1，重复 1，跳过 1。"]),
    ([ADDED], 5, ["已添加  /r/a.txt"],
     ["共 1 个文件：已添加 1，重复 0，跳过 0。",
      "已取消：其余 4 个文件未导入，已导入的报告保留在报告库中。"]),
    (Rebuilt([ADDED], notes=2), 1, ["已添加  /r/a.txt"],
     ["已重建 /lib.sqlite3：1 份报告，保留批注 2 条。"]),
])
def test_result_lines(qapp, result, of: int, files: list[str], summary: list[str]) -> None:
    assert result_lines(result, Path("/lib.sqlite3"), of) == (files, summary)


def test_the_results_read_in_the_interface_language(in_english) -> None:
    files, summary = result_lines([ADDED, BAD], Path("/lib.sqlite3"), 2)
    assert files == ["Added  /r/a.txt", "Skipped: 文件已损坏  /r/c.pdf"]  # the reason: the reader's
    assert summary == ["2 files: 1 added, 0 duplicates, 1 skipped."]


def test_the_dialog_offers_every_kind_of_report(qapp) -> None:
    offered = report_filter()
    assert offered.startswith("报告 (*.txt ") and "*.ofd" in offered and "*.wps" in offered
    assert offered.endswith(";;所有文件 (*)")


@pytest.mark.parametrize(("kind", "text"), [
    (Kind.IMPORT, "正在导入：第 3/10 个文件…"),
    (Kind.REBUILD, "正在重建报告库：第 3/10 个文件…"),
])
def test_progress_text(qapp, kind: Kind, text: str) -> None:
    assert progress_text(kind, 3, 10) == text
