"""The reader window: the section tree beside the full text, kept in step.

Clicking a section scrolls its heading to the top; scrolling selects the section
being read. The window owns no report logic: it asks the session to load files
and renders what the session hands back.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent, QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ...core import Report, Section
from ...core.model import SectionIndex
from ..common.describe import indicator_tooltip
from ..common.fonts import reading_font
from ..common.theme import READING, apply_theme
from ..common.ui_scale import apply_ui_scale, room_factor
from ..panels.dock import PanelsDock
from ..printing.commands import SummaryCommands
from ..reader.document import DocStyle
from ..reader.find import FindBar, FindController
from ..reader.section_tree import SectionTree
from ..reader.text_view import ReportTextView
from .clipboard import open_clipboard
from .dialogs import error_dialog, settings_reset_dialog, show_about
from .history import History, Place
from .load_status import LoadStatus
from .menus import Actions, build_menus, fill_recent
from .session import Prepared, ReportSession
from .settings import CLIPBOARD, DEFAULT_POINT_SIZE, MAX_POINT_SIZE, MIN_POINT_SIZE, Settings
from .settings_recovery import Recovery
from .window_layout import WindowLayout


def tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


class MainWindow(QMainWindow):
    """The main window.

    Args:
        settings: where positions, zoom, theme and recent files are kept.

    Signals:
        reportShown(object): a report is on screen, scrolled to its reading position.
    """

    reportShown = Signal(object)

    def __init__(self, settings: Settings) -> None:
        super().__init__()
        self.settings = settings
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        apply_ui_scale(app, settings.ui_scale)  # first: every widget is made at the interface size
        self.dark = False
        self.history: History[Place] = History()
        self.session = ReportSession(self.reading_style, self)
        self.tree = SectionTree(self)
        self.text = ReportTextView(self)
        self.find_bar = FindBar(self)
        self.find = FindController(self, self.find_bar, self.text, self._find_colors)
        self.find_results = self.find.results
        self.panels = PanelsDock(settings, self)
        self.summary = SummaryCommands(self)
        self.actions = Actions()
        self.sections = SectionIndex([])
        self.scope: Section | None = None  # the section the panels are narrowed to
        self._restore: Place | None = None
        self._shown_path: str | None = None
        self.error_box: QMessageBox | None = None
        self.settings_box: QMessageBox | None = None
        self._build()
        self._connect()

    # ----- construction
    def _build(self) -> None:
        self.setWindowTitle(tr("法治政府建设报告阅读器"))
        self.setAcceptDrops(True)
        self.text.setAcceptDrops(False)
        self.text.setAccessibleName(tr("报告正文"))
        self.text.setPlaceholderText(tr("正在打开报告…"))
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.tree)
        self.splitter.addWidget(self.text)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)  # the tree can be narrowed, never lost
        central = QWidget(self)
        box = QVBoxLayout(central)  # the find bar spans the tree and the text: room to type
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(0)
        box.addWidget(self.find_bar)
        box.addWidget(self.splitter, 1)
        self.find_bar.hide()
        self.setCentralWidget(central)
        self._build_status()
        self.panels_dock = self.panels
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.panels)
        self.window_layout = WindowLayout(self, self.splitter, self.panels, self.find.dock,
                                          self.find_bar, self.settings)
        build_menus(self, self.actions)
        fill_recent(self, self.actions, self.settings.recent())
        self.actions[f"theme_{self.settings.theme}"].setChecked(True)
        self.actions[f"ui_scale_{self.settings.ui_scale}"].setChecked(True)
        self.setTabOrder(self.tree.filter, self.tree.view)
        self.setTabOrder(self.tree.view, self.text)
        self.setTabOrder(self.text, self.find_bar.edit)

    def _build_status(self) -> None:
        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)
        self.busy.setMaximumWidth(140)
        self.busy.setAccessibleName(tr("正在加载"))
        self.busy.hide()
        self.status_label = QLabel(self)
        self.statusBar().addWidget(self.status_label, 1)
        self.statusBar().addPermanentWidget(self.busy)
        self.load_status = LoadStatus(self.session, self.statusBar())

    def _connect(self) -> None:
        self.session.loaded.connect(self._show_report)
        self.session.loadFailed.connect(self._show_error)
        self.session.busyChanged.connect(self._update_busy)
        self.summary.busyChanged.connect(self._update_busy)
        self.summary.status.connect(self.status_label.setText)
        self.text.waiting.connect(self._update_busy)
        self.session.loadStarted.connect(
            lambda p: self.status_label.setText(tr("正在打开 {0}…").format(Path(p).name)))
        self.tree.sectionActivated.connect(self.jump_to_section)
        QGuiApplication.styleHints().colorSchemeChanged.connect(self._system_scheme_changed)
        self.text.topOffsetChanged.connect(self._follow_text)
        self.find.jumped.connect(lambda offset: self.history.visit(self._place(offset)))
        self.panels.indicatorActivated.connect(self.go_to_indicator)
        self.panels.allChosen.connect(lambda: self.set_scope(None))
        self.text.indicatorClicked.connect(self.panels.highlight)

    def _update_busy(self, _state: bool = False) -> None:
        self.busy.setVisible(self.session.busy or self.text.waiting_for_layout
                             or self.summary.busy)

    # ----- styles
    def reading_style(self) -> DocStyle:
        text, muted, heading, indicator, _m, _c = READING[self.dark]
        return DocStyle(reading_font(self.settings.point_size), text, muted, heading, indicator)

    def _find_colors(self) -> tuple[str, str]:
        return READING[self.dark][4], READING[self.dark][5]

    def set_theme(self, mode: str) -> None:
        """Use the "system", "light" or "dark" theme and remember the choice."""
        self.settings.theme = mode
        self.actions[f"theme_{mode}"].setChecked(True)
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        self.dark = apply_theme(app, mode)
        self.panels.set_dark(self.dark)
        self.session.relayout()

    def set_ui_scale(self, percent: int) -> None:
        """Size menus, dialogs, tooltips, tree, table and charts at `percent` % (界面字号).

        The report's text keeps its own size (Ctrl+=); the choice is remembered.
        """
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        before = room_factor()
        self.settings.ui_scale = percent
        self.actions[f"ui_scale_{self.settings.ui_scale}"].setChecked(True)
        apply_ui_scale(app, self.settings.ui_scale)
        self.window_layout.rescale(before)

    def _system_scheme_changed(self, *_: object) -> None:
        if self.settings.theme == "system":
            self.set_theme("system")

    # ----- opening
    def open_path(self, path: str | Path, restore_offset: int | None = None) -> None:
        """Open a report file in the background; a failure keeps the current report.

        Args:
            path: the file.
            restore_offset: the reading position to return to (the last report at
                start-up); the panels then return to the section they showed too.
        """
        self._restore = None if restore_offset is None else Place(
            restore_offset, self.settings.last_section())
        self.session.open(str(path))

    def open_clipboard(self) -> None:
        """Read the copied web page or text as a report, in the background."""
        self._restore = None
        if self._shown_path == CLIPBOARD:
            self._shown_path = None  # a new paste is a new report, not a relayout
        open_clipboard(self.session)

    def warn_settings_reset(self, recovery: Recovery) -> None:
        """Say, without blocking, that a bad settings file was set aside."""
        self.settings_box = settings_reset_dialog(self, recovery)

    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, tr("打开报告"), "", tr("报告 (*.txt *.text *.html *.htm *.docx *.pdf);;所有文件 (*)"))
        if path:
            self.open_path(path)

    def _show_report(self, prepared: Prepared) -> None:
        report = prepared.report
        relayout = self.session.path == self._shown_path
        keep = self._place() if relayout else self._restore or Place(0)
        self._shown_path = self.session.path
        self.text.set_layout(prepared.layout)
        self.text.tooltip_for = lambda iid: self._tooltip(report, iid)
        self.tree.set_report(report, prepared.tree_rows)
        self.panels.set_report(report)
        self.find.set_searcher(prepared.searcher)
        self.sections = SectionIndex(report.sections)
        if not relayout:
            self.history.clear()
            fill_recent(self, self.actions, self.settings.add_recent(str(self.session.path)))
        title = report.meta.title or Path(report.source.path).name
        self.setWindowTitle(tr("{0} — 法治政府建设报告阅读器").format(title))
        self.status_label.setText(tr("{0} · {1} 个章节 · {2} 个指标").format(
            Path(report.source.path).name, len(self.sections.flat), len(report.indicators)))
        self.text.scroll_to_offset(keep.offset)
        self.set_scope(self.sections.get(keep.section) if keep.section else None)
        self.reportShown.emit(report)

    def _show_error(self, path: str, message: str) -> None:
        self.status_label.setText(tr("无法打开 {0}").format(Path(path).name))
        self.error_box = error_dialog(self, path, message, self.session.report is not None)

    # ----- navigation
    def section_at(self, offset: int) -> str | None:
        """Id of the innermost section holding report offset `offset`."""
        section = self.sections.at(offset)
        return section.id if section else None

    def _place(self, offset: int | None = None) -> Place:
        """The place being read: the offset at the top (or `offset`) and the panels' section."""
        return Place(self.text.top_offset() if offset is None else offset,
                     self.scope.id if self.scope else None)

    def set_scope(self, section: Section | None) -> None:
        """Narrow the panels to `section` (None: the whole report)."""
        self.scope = section
        self.panels.set_section(section)

    def jump_to_section(self, sid: str) -> None:
        """Bring section `sid`'s heading to the top of the text; narrow the panels to it."""
        section = self.sections.get(sid)
        if section is not None:
            self.history.visit(self._place())
            self.text.scroll_to_offset(section.start)
            self.set_scope(section)

    @staticmethod
    def _tooltip(report: Report, iid: str) -> str:
        ind = report.indicator(iid)
        return indicator_tooltip(ind, report) if ind is not None else ""

    def go_to_indicator(self, iid: str) -> None:
        """Scroll the text to the indicator with id `iid`, flash it and mark it in the panels."""
        report = self.session.report
        ind = report.indicator(iid) if report is not None else None
        if ind is None:
            return
        self.history.visit(self._place())
        self.text.reveal(ind.start)
        self.text.flash(ind.start, ind.end, READING[self.dark][5])
        self.panels.highlight(iid)

    def _follow_text(self, offset: int) -> None:
        self.tree.follow(self.section_at(offset))

    def go_back(self) -> None:
        self._go(self.history.back(self._place()))

    def go_forward(self) -> None:
        self._go(self.history.forward(self._place()))

    def _go(self, place: Place | None) -> None:
        """Return to `place`: its reading position and the section the panels showed there."""
        if place is not None:
            self.text.scroll_to_offset(place.offset)
            self.set_scope(self.sections.get(place.section) if place.section else None)

    def focus_tree(self) -> None:
        self.tree.view.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def focus_text(self) -> None:
        self.text.setFocus(Qt.FocusReason.ShortcutFocusReason)

    # ----- find (actions)
    def show_find(self) -> None:
        self.find.open()

    def find_next(self) -> None:
        self.find.step(1)

    def find_previous(self) -> None:
        self.find.step(-1)

    # ----- zoom
    def set_point_size(self, size: float) -> None:
        """Set the reading text size (points), keeping the reading position."""
        size = min(MAX_POINT_SIZE, max(MIN_POINT_SIZE, size))
        top = self.text.top_offset()
        self.settings.point_size = size
        self.text.document().setDefaultFont(reading_font(size))
        self.text.scroll_to_offset(top)

    def zoom_in(self) -> None:
        self.set_point_size(self.settings.point_size + 1)

    def zoom_out(self) -> None:
        self.set_point_size(self.settings.point_size - 1)

    def zoom_reset(self) -> None:
        self.set_point_size(DEFAULT_POINT_SIZE)

    # ----- events
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if any(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        files = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        if files:
            event.acceptProposedAction()
            self.open_path(files[0])

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_state()
        super().closeEvent(event)

    def save_state(self) -> None:
        """Remember the reading position, docks, splitter and window geometry."""
        if self.session.path and self.session.path != CLIPBOARD:
            self.settings.save_position(self.session.path, self.text.top_offset())
            self.settings.save_section(self.scope.id if self.scope else None)
        self.window_layout.save()
        self.settings.sync()

    def restore_state(self) -> None:
        self.window_layout.restore()

    def reset_layout(self) -> None:
        """视图 → 重置布局: every dock back in its place, the panels shown, default sizes."""
        self.window_layout.reset()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.window_layout.first_show()

    def show_about(self) -> None:
        show_about(self)
