"""The 对照 view, used as a user would: by keyboard, waiting on its signals (the alignment comes
from the thread pool)."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import Qt

from lawgov_gui.core import load_report
from lawgov_gui.core.library import Library
from lawgov_gui.gui.common.library_model import LibraryModel
from lawgov_gui.gui.library import pair_task
from lawgov_gui.gui.library.pair_model import AFTER, BEFORE, CHANGE, NAME
from lawgov_gui.gui.library.pair_view import PairView
from tests.conftest import ROOT, SEED
from tests.core.library.two_years import ISSUER, text_of, write_two_years

GATE_S = 30  # at most, how long a held alignment waits for the test to let it go


@pytest.fixture
def reports(tmp_path):
    return write_two_years(tmp_path / "reports")


@pytest.fixture
def three_years(tmp_path, reports):
    """The two reports, and a 2021 one of the issuer (the 2022 text, a year earlier)."""
    earlier = tmp_path / "reports" / "2021.txt"
    earlier.write_text(text_of(2022).replace("2022", "2021"), encoding="utf-8")
    return [earlier, *reports]


class Gate:
    """The alignment, the first one held until `release`; the threads each ran on."""

    def __init__(self) -> None:
        self.threads: list[threading.Thread] = []
        self._open = threading.Event()

    def __call__(self, *args):
        self.threads.append(threading.current_thread())
        if len(self.threads) == 1:
            self._open.wait(GATE_S)
        return ALIGN(*args)

    def release(self) -> None:
        self._open.set()


ALIGN = pair_task.align


@pytest.fixture
def gate(monkeypatch):
    held = Gate()
    monkeypatch.setattr(pair_task, "align", held)
    yield held
    held.release()


def make_view(qtbot, tmp_path, paths, aligned: bool = True, height: int = 800) -> PairView:
    """A shown PairView on a new library holding `paths`; its first pair shown when `aligned`."""
    if paths:
        with Library(tmp_path / "lib.sqlite3") as lib:
            lib.add(paths, workers=1)
    model = LibraryModel(tmp_path / "lib.sqlite3")
    view = PairView(model)
    qtbot.addWidget(view)
    view.resize(1000, height)
    if aligned:
        with qtbot.waitSignal(view.aligned):
            view.show()
        view.sections.setFocus()
    else:
        view.show()
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
    panes = view.panes
    assert "2022年的报告中没有与之对应的章节" in panes.left_text.toPlainText()
    assert panes.right_text.toPlainText().startswith("三、优化法治化营商环境")
    qtbot.keyClick(view.sections, Qt.Key.Key_Down)
    assert "2212件" in panes.left_text.toPlainText() and "4034件" in panes.right_text.toPlainText()
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
    view.figures.setCurrentIndex(view.figures_model.index(0, NAME))  # the first row, as Tab leaves it
    for _ in range(2):
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
    assert view.pages.currentIndex() == 0 and view.alignment is None
    assert view.message.text().startswith("该机关在报告库中只有一份报告")
    assert not view.chooser.after_box.isEnabled()


def test_the_same_report_on_both_sides(qtbot, tmp_path, reports):
    view = make_view(qtbot, tmp_path, reports)
    with qtbot.waitSignal(view.chooser.changed):
        qtbot.keyClick(view.chooser.after_box, Qt.Key.Key_Up)
    assert view.message.text() == "请选择两份不同的报告。"
    with qtbot.waitSignal(view.aligned):
        qtbot.keyClick(view.chooser.after_box, Qt.Key.Key_Down)
    assert view.pages.currentIndex() == 1


def test_no_library_yet_makes_no_file(qtbot, tmp_path):
    view = make_view(qtbot, tmp_path, [], aligned=False)
    assert view.message.text().startswith("报告库中还没有报告")
    assert not (tmp_path / "lib.sqlite3").exists()


def test_new_reports_are_shown(qtbot, tmp_path, reports):
    view = make_view(qtbot, tmp_path, reports[:1], aligned=False)
    assert view.message.text().startswith("报告库中每个发布机关都只有一份报告")
    with Library(tmp_path / "lib.sqlite3") as lib:
        lib.add(reports[1:], workers=1)
    with qtbot.waitSignal(view.aligned):
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
    assert "出庭应诉率达到90%" in view.panes.left_text.toPlainText()
    assert "出庭应诉率达到96%" in view.panes.right_text.toPlainText()
    assert cells(view.figures, CHANGE) == [("↑ +6个百分点",)]


def test_two_versions_of_one_year_are_told_apart_by_their_files(qtbot, tmp_path):
    docx = ROOT / "tests" / "data" / "seed.docx"  # the seed's text, as Word
    view = make_view(qtbot, tmp_path, [SEED, docx])
    left, right = (f"2023年 · {p.name}" for p in (SEED, docx))
    header = view.sections_model.headerData
    assert {header(0, Qt.Orientation.Horizontal), header(1, Qt.Orientation.Horizontal)} == {
        left, right}
    assert view.figures_model.headerData(BEFORE, Qt.Orientation.Horizontal) in (left, right)
    assert view.panes.left_title.full_text().startswith(header(0, Qt.Orientation.Horizontal))


def test_a_library_of_one_report_per_issuer_says_so(qtbot, tmp_path, reports):
    view = make_view(qtbot, tmp_path, [SEED, reports[0]], aligned=False)
    box = view.chooser.issuer_box
    assert sorted(box.itemText(i) for i in range(box.count())) == sorted(
        ["吉林省人民政府（1 份）", f"{ISSUER}（1 份）"])
    for _ in range(2):  # whichever issuer is chosen: not one of them has two
        assert view.pages.currentIndex() == 0
        assert view.message.text() == ("报告库中每个发布机关都只有一份报告。添加同一机关另一年度的报告后，"
                                       "即可在这里逐章对照两年的报告。")
        with qtbot.waitSignal(view.chooser.changed):
            qtbot.keyClick(box, Qt.Key.Key_Down if box.currentIndex() == 0 else Qt.Key.Key_Up)


def test_the_alignment_runs_off_the_window_s_thread_and_says_it_is_at_work(qtbot, tmp_path,
                                                                           reports, gate):
    view = make_view(qtbot, tmp_path, reports, aligned=False)
    qtbot.waitUntil(view.busy.isVisible)  # nothing shown before: it says so at once
    assert view.message.text() == "正在逐章对照两份报告……" and view.pages.currentIndex() == 0
    assert not view.place.made()  # the panes wait for their first pair
    with qtbot.waitSignal(view.aligned):
        gate.release()
    assert gate.threads[0] is not threading.main_thread()
    assert view.pages.currentIndex() == 1 and not view.busy.isVisible()
    assert view.sections_model.rowCount() == 9


def test_a_choice_changed_meanwhile_drops_the_stale_alignment(qtbot, tmp_path, three_years,
                                                              monkeypatch):
    view = make_view(qtbot, tmp_path, three_years)
    assert (view.alignment.left.year, view.alignment.right.year) == (2022, 2023)
    held = Gate()
    monkeypatch.setattr(pair_task, "align", held)
    shown: list[tuple] = []
    view.aligned.connect(lambda: shown.append((view.alignment.left.year,
                                               view.alignment.right.year)))
    qtbot.keyClick(view.chooser.before_box, Qt.Key.Key_Up)  # 2021 and 2023: held
    qtbot.waitUntil(view.busy.isVisible)  # a moment later, it says it is at work
    qtbot.keyClick(view.chooser.after_box, Qt.Key.Key_Up)  # 2021 and 2022, meanwhile
    with qtbot.waitSignal(view.aligned):
        held.release()
    assert shown == [(2021, 2022)] and len(held.threads) == 2  # one at a time, the last wins
    assert not view.aligner.working() and not view.busy.isVisible()


def test_a_choice_that_needs_no_alignment_drops_the_one_under_way(qtbot, tmp_path, reports,
                                                                   gate):
    view = make_view(qtbot, tmp_path, reports, aligned=False)
    qtbot.waitUntil(view.busy.isVisible)
    qtbot.keyClick(view.chooser.after_box, Qt.Key.Key_Up)  # the same report twice
    assert view.message.text() == "请选择两份不同的报告。" and not view.busy.isVisible()
    gate.release()
    qtbot.waitUntil(lambda: not view.aligner.working())
    assert view.message.text() == "请选择两份不同的报告。" and view.alignment is None
    assert view.pages.currentIndex() == 0


@pytest.mark.parametrize("height", [420, 470, 520, 600])
def test_the_headings_show_whole_rows_only(qtbot, tmp_path, reports, height: int):
    view = make_view(qtbot, tmp_path, reports, height=height)
    table = view.sections
    for _ in range(view.sections_model.rowCount() + 1):  # down to the last row, and past it
        shown = table.viewport().height()
        tops = [table.rowViewportPosition(r) for r in range(view.sections_model.rowCount())]
        cut = [r for r, top in enumerate(tops) if top < shown < top + table.rowHeight(r)]
        assert not cut, f"row {cut} cut by the bottom edge at {table.currentIndex().row()}"
        qtbot.keyClick(table, Qt.Key.Key_Down)
    assert table.currentIndex().row() == view.sections_model.rowCount() - 1


def test_tab_goes_from_the_years_to_the_headings_made_later(qtbot, tmp_path, reports):
    view = make_view(qtbot, tmp_path, reports)  # the panes made after the chooser
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow)
    view.chooser.after_box.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(view.chooser.after_box.hasFocus)
    view.focusNextChild()  # what Tab does
    qtbot.waitUntil(view.sections.hasFocus)
    view.focusPreviousChild()
    qtbot.waitUntil(view.chooser.after_box.hasFocus)
