"""The 对照 view, used as a user would: by keyboard, waiting on its signals."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from lawgov_gui.core import load_report
from lawgov_gui.core.library import Library
from lawgov_gui.gui.common.library_model import LibraryModel
from lawgov_gui.gui.library.pair_model import AFTER, BEFORE, CHANGE, NAME
from lawgov_gui.gui.library.pair_view import PairView
from tests.conftest import ROOT, SEED
from tests.core.library.two_years import ISSUER, write_two_years


@pytest.fixture
def reports(tmp_path):
    return write_two_years(tmp_path / "reports")


def make_view(qtbot, tmp_path, paths) -> PairView:
    """A shown PairView on a new library holding `paths`."""
    if paths:
        with Library(tmp_path / "lib.sqlite3") as lib:
            lib.add(paths, workers=1)
    model = LibraryModel(tmp_path / "lib.sqlite3")
    view = PairView(model)
    qtbot.addWidget(view)
    view.resize(1000, 800)
    view.show()
    view.sections.setFocus()
    return view


def cells(table, *columns: int) -> list[tuple]:
    m = table.model()
    return [tuple(m.index(r, c).data() for c in columns) for r in range(m.rowCount())]


def test_the_two_latest_years_of_the_first_issuer_with_two(qtbot, tmp_path, reports):
    view = make_view(qtbot, tmp_path, [SEED, *reports])  # 吉林省人民政府 has one report
    assert view.chooser.issuer().name == ISSUER
    assert view.sections_model.headerData(0, Qt.Orientation.Horizontal) == "2022年"
    rows = cells(view.sections, 0, 1)
    assert len(rows) == 9
    assert rows[6] == ("（无对应章节）", "三、优化法治化营商环境")
    assert rows[7] == ("三、强化行政复议和应诉工作", "四、强化行政复议和应诉工作")
    assert cells(view.figures, NAME, BEFORE, AFTER, CHANGE) == [
        ("行政机关负责人出庭应诉率", "95%", "98.5%", "↑ +3.5个百分点"),
        ("清理的行政规范性文件数", "—", "56件", "仅2023年载明"),
        ("收到行政复议申请数", "2212件", "4034件", "↑ +1822件（+82.4%）"),
        ("行政复议直接纠错率", "8.5%", "9.93%", "↑ +1.43个百分点"),
        ("行政执法案卷评查合格率", "96%", "—", "仅2022年载明")]


def test_up_and_down_move_both_sides_and_enter_opens_the_side_chosen(qtbot, tmp_path, reports):
    view = make_view(qtbot, tmp_path, reports)
    for _ in range(6):
        qtbot.keyClick(view.sections, Qt.Key.Key_Down)
    assert "2022年的报告中没有与之对应的章节" in view.left_text.toPlainText()
    assert view.right_text.toPlainText().startswith("三、优化法治化营商环境")
    qtbot.keyClick(view.sections, Qt.Key.Key_Down)
    assert "2212件" in view.left_text.toPlainText() and "4034件" in view.right_text.toPlainText()
    with qtbot.waitSignal(view.openAt) as later:
        qtbot.keyClick(view.sections, Qt.Key.Key_Return)
    qtbot.keyClick(view.sections, Qt.Key.Key_Left)
    with qtbot.waitSignal(view.openAt) as earlier:
        qtbot.keyClick(view.sections, Qt.Key.Key_Return)
    for blocker, report, marker in ((later, reports[1], "四、"), (earlier, reports[0], "三、")):
        path, start, end = blocker.args
        assert path == str(report)
        assert load_report(path).text[start:end].startswith(marker + "强化行政复议和应诉工作")


def test_enter_on_a_figure_opens_it(qtbot, tmp_path, reports):
    view = make_view(qtbot, tmp_path, reports)
    view.figures.setFocus()
    for _ in range(3):
        qtbot.keyClick(view.figures, Qt.Key.Key_Down)
    opened = []
    for key in (Qt.Key.Key_Right, Qt.Key.Key_Right):  # 2022年, then 2023年
        qtbot.keyClick(view.figures, key)
        with qtbot.waitSignal(view.openAt) as blocker:
            qtbot.keyClick(view.figures, Qt.Key.Key_Return)
        path, start, end = blocker.args
        opened.append(load_report(path).text[start:end])
    assert opened == ["2212件", "4034件"]


def test_an_issuer_with_one_report(qtbot, tmp_path, reports):
    view = make_view(qtbot, tmp_path, [SEED, *reports])
    with qtbot.waitSignal(view.chooser.changed):
        qtbot.keyClick(view.chooser.issuer_box, Qt.Key.Key_Up)
    assert view.chooser.issuer().name == "吉林省人民政府"
    assert view.pages.currentWidget() is view.message
    assert view.message.text().startswith("该机关在报告库中只有一份报告")
    assert not view.chooser.after_box.isEnabled()


def test_the_same_report_on_both_sides(qtbot, tmp_path, reports):
    view = make_view(qtbot, tmp_path, reports)
    with qtbot.waitSignal(view.chooser.changed):
        qtbot.keyClick(view.chooser.after_box, Qt.Key.Key_Up)
    assert view.message.text() == "请选择两份不同的报告。"
    with qtbot.waitSignal(view.chooser.changed):
        qtbot.keyClick(view.chooser.after_box, Qt.Key.Key_Down)
    assert view.pages.currentIndex() == 1


def test_no_library_yet_makes_no_file(qtbot, tmp_path):
    view = make_view(qtbot, tmp_path, [])
    assert view.message.text().startswith("报告库中还没有报告")
    assert not (tmp_path / "lib.sqlite3").exists()


def test_new_reports_are_shown(qtbot, tmp_path, reports):
    view = make_view(qtbot, tmp_path, reports[:1])
    assert view.message.text().startswith("报告库中每个发布机关都只有一份报告")
    with Library(tmp_path / "lib.sqlite3") as lib:
        lib.add(reports[1:], workers=1)
    with qtbot.waitSignal(view._model.reportsChanged):
        view._model.refresh()
    assert view.pages.currentIndex() == 1
    assert (view.alignment.left.year, view.alignment.right.year) == (2022, 2023)


def test_reports_without_headings_are_shown_whole(qtbot, tmp_path):
    paths = []
    for year, rate in ((2022, 90), (2023, 96)):
        p = tmp_path / f"{year}.txt"
        p.write_text(f"示例县人民政府关于{year}年法治政府建设情况的报告\n\n{year}年，全县行政机关负责人出庭应诉率达到"
                     f"{rate}%。\n", encoding="utf-8")
        paths.append(p)
    view = make_view(qtbot, tmp_path, paths)
    assert view.sections_model.rowCount() == 0
    assert "出庭应诉率达到90%" in view.left_text.toPlainText()
    assert "出庭应诉率达到96%" in view.right_text.toPlainText()
    assert cells(view.figures, CHANGE) == [("↑ +6个百分点",)]


def test_two_versions_of_one_year_are_told_apart_by_their_files(qtbot, tmp_path):
    docx = ROOT / "tests" / "data" / "seed.docx"  # the seed's text, as Word
    view = make_view(qtbot, tmp_path, [SEED, docx])
    left, right = (f"2023年 · {p.name}" for p in (SEED, docx))
    header = view.sections_model.headerData
    assert {header(0, Qt.Orientation.Horizontal), header(1, Qt.Orientation.Horizontal)} == {
        left, right}
    assert view.figures_model.headerData(BEFORE, Qt.Orientation.Horizontal) in (left, right)
    assert view.left_title.full_text().startswith(header(0, Qt.Orientation.Horizontal))


def test_a_library_of_one_report_per_issuer_says_so(qtbot, tmp_path, reports):
    view = make_view(qtbot, tmp_path, [SEED, reports[0]])
    box = view.chooser.issuer_box
    assert sorted(box.itemText(i) for i in range(box.count())) == sorted(
        ["吉林省人民政府（1 份）", f"{ISSUER}（1 份）"])
    for _ in range(2):  # whichever issuer is chosen: not one of them has two
        assert view.pages.currentWidget() is view.message
        assert view.message.text() == ("报告库中每个发布机关都只有一份报告。添加同一机关另一年度的报告后，"
                                       "即可在这里逐章对照两年的报告。")
        with qtbot.waitSignal(view.chooser.changed):
            qtbot.keyClick(box, Qt.Key.Key_Down if box.currentIndex() == 0 else Qt.Key.Key_Up)
