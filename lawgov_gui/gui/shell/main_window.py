"""The reader window: the section tree beside the full text, kept in step.

Clicking a section scrolls its heading to the top; scrolling selects the section
being read. The window owns no report logic: it asks the session to load files
and renders what the session hands back.
"""

from __future__ import annotations

from functools import partial
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ..common.describe import figure_tooltip
from ..common.fonts import reading_font
from ..common.library_model import LibraryModel
from ..common.state import AppState
from ..common.theme import READING
from ..common.ui_scale import apply_ui_scale
from ..panels.dock import PanelsDock
from ..printing.commands import SummaryCommands
from ..reader.document import DocStyle
from ..reader.find import FindController
from ..reader.find_bar import FindBar
from ..reader.section_tree import SectionTree
from ..reader.text_view import ReportTextView
from .appearance import Appearance
from .clipboard import open_clipboard
from .dialogs import error_dialog, settings_reset_dialog, show_about
from .history import Place
from .library_commands import LibraryCommands
from .menus import Actions, build_menus, fill_recent
from .navigation import Navigator
from .note_commands import NoteCommands
from .ocr_notice import OcrNotice
from .ocr_preview import OcrPreview
from .session import Prepared, ReportSession
from .settings import CLIPBOARD, Settings
from .settings_recovery import Recovery
from .status_line import StatusLine
from .window_layout import WindowLayout


def tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


class MainWindow(QMainWindow):
    """The main window.

    It owns the state every view reads (`state`: the report, the panels' section,
    the theme's darkness, the interface size) and the commands that change it:
    `navigator` (sections, figures, back and forward), `appearance` (theme, sizes),
    `summary` (print and export), `find`, `library_commands` (the library of reports:
    `library` is its model, `library_window` its window).

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
        self.state = AppState(self)
        self.state.set_ui_scale(settings.ui_scale)
        self.session = ReportSession(self.state, self.reading_style, self)
        self.tree = SectionTree(self)
        self.text = ReportTextView(self)
        self.ocr_preview = OcrPreview(self.session, self.text, self.reading_style)
        self.ocr_notice = OcrNotice(self.state, self)
        self.find_bar = FindBar(self)
        self.find = FindController(self, self.find_bar, self.text, self._find_colors)
        self.panels = PanelsDock(self.state, settings, self)
        self.navigator = Navigator(self.state, self.text, self.tree, self.panels, self)
        self.summary = SummaryCommands(self.state, settings, self)
        self.library = LibraryModel(settings.library_path(), self)  # opened on first use
        self.library_commands = LibraryCommands(self)
        self.notes = NoteCommands(self, self.library)
        self.actions = Actions()
        self._restore: Place | None = None
        self._shown_path: str | None = None
        self.error_box: QMessageBox | None = None
        self.settings_box: QMessageBox | None = None
        self._build()
        self.appearance = Appearance(self.state, settings, self.actions, self.text, self.session,
                                     self.window_layout)
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
        box.addWidget(self.ocr_notice)
        box.addWidget(self.splitter, 1)
        self.find_bar.hide()
        self.setCentralWidget(central)
        self._build_status()
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.panels)
        self.notes.place_dock(self.panels)
        self.window_layout = WindowLayout(self, self.splitter, self.panels, self.find.dock,
                                          self.find_bar, self.settings)
        build_menus(self, self.actions)
        fill_recent(self, self.actions, self.settings.recent())
        self.setTabOrder(self.tree.filter, self.tree.view)
        self.setTabOrder(self.tree.view, self.text)
        self.setTabOrder(self.text, self.find_bar.edit)

    def _build_status(self) -> None:
        self.status = StatusLine(self, self.session, self.summary, self.text)
        self.status_label, self.busy, self.load_status = (self.status.label, self.status.busy,
                                                          self.status.load_status)

    def _connect(self) -> None:
        self.session.loaded.connect(self._show_report)
        self.session.loadFailed.connect(self._show_error)
        self.find.jumped.connect(self.navigator.visit)
        self.panels.indicatorActivated.connect(self.navigator.go_to_indicator)
        self.panels.allChosen.connect(lambda: self.state.set_scope(None))
        self.text.indicatorClicked.connect(self.panels.highlight)

    # ----- styles
    def reading_style(self) -> DocStyle:
        colors = READING[self.state.dark]
        return DocStyle(reading_font(self.settings.point_size), colors.text, colors.muted,
                        colors.heading, colors.indicator)

    def _find_colors(self) -> tuple[str, str]:
        colors = READING[self.state.dark]
        return colors.match, colors.current

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
            self, tr("打开报告"), "", tr("报告 (*.txt *.text *.html *.htm *.docx *.doc *.wps *.pdf *.ofd);;所有文件 (*)"))
        if path:
            self.open_path(path)

    def _show_report(self, prepared: Prepared) -> None:
        report = prepared.report
        relayout = report.source.path == self._shown_path
        keep = self.navigator.place() if relayout else self._restore or Place(0)
        self._shown_path = report.source.path
        self.text.set_layout(prepared.layout)
        self.text.tooltip_for = partial(figure_tooltip, report)
        self.tree.set_report(report, prepared.tree_rows)
        self.state.set_report(report)
        self.find.set_searcher(prepared.searcher)
        if not relayout:
            fill_recent(self, self.actions, self.settings.add_recent(report.source.path))
        title = report.meta.title or Path(report.source.path).name
        self.setWindowTitle(tr("{0} — 法治政府建设报告阅读器").format(title))
        self.status_label.setText(tr("{0} · {1} 个章节 · {2} 个指标").format(
            Path(report.source.path).name, len(report.iter_sections()), len(report.indicators)))
        self.navigator.show(report, keep, fresh=not relayout)
        self.reportShown.emit(report)

    def _show_error(self, path: str, message: str) -> None:
        self.status_label.setText(tr("无法打开 {0}").format(Path(path).name))
        self.error_box = error_dialog(self, path, message, self.state.report is not None)

    @property
    def library_window(self):
        """The library window (made on first use; other views of the library are its tabs)."""
        return self.library_commands.library_window()

    def focus_tree(self) -> None:
        self.tree.view.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def focus_text(self) -> None:
        self.text.setFocus(Qt.FocusReason.ShortcutFocusReason)

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
        path, scope = self.state.path, self.state.scope
        if path and path != CLIPBOARD:
            self.settings.save_position(path, self.text.top_offset())
            self.settings.save_section(scope.id if scope else None)
        self.window_layout.save()
        self.settings.sync()

    def restore_state(self) -> None:
        self.window_layout.restore()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.window_layout.first_show()

    def show_about(self) -> None:
        show_about(self)
