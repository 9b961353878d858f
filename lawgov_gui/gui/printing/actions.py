"""Print, preview and export the summary: the options dialog and the export worker.

Charts are drawn on the UI thread (they are widgets), quickly; laying out and
writing the PDF or Word file happens on a pool thread with progress shown, so
the window never freezes.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ...core import Report
from ...core.summary import NoteLine
from ...core.summary.content import Summary, build_summary
from ...core.summary.layout import Layout, Paper
from ...core.summary.options import Options
from ..common.worker import PoolTask
from .geometry import page_geometry
from .pages import LAYOUT_DPI, layout_summary, page_layout, paint_pages, write_pdf
from .pictures import Chart


def tr(text: str) -> str:
    return QCoreApplication.translate("Summary", text)


def charts_for(report: Report, options: Options) -> list[Chart]:
    """Draw the charts the options ask for (UI thread); none if they ask for none."""
    if not options.charts:
        return []
    from .charts import chart_images  # pyqtgraph: loaded only when needed

    width = page_geometry(options)[2]
    if options.layout == Layout.GBT:
        return chart_images(report, width, options.sections)
    pictures = chart_images(report, width / 2 - 6, options.sections)  # side by side
    return chart_images(report, width - 6, options.sections) if len(pictures) == 1 else pictures


def summary_for(report: Report, options: Options, notes: Sequence[NoteLine] = ()) -> Summary:
    """The summary of `report` the options ask for, with the reader's `notes` (批注)."""
    summary = build_summary(report, options.sections)
    summary.notes = list(notes)
    return summary


class OptionsDialog(QDialog):
    """Sections to include, what to add, layout and paper.

    Args:
        report: the report being summarised.
        options: the options to start from.
    """

    def __init__(self, report: Report, options: Options, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("摘要选项"))
        self.setObjectName("summaryOptions")
        self.sections = QListWidget(self)
        self.sections.setAccessibleName(tr("包含的章节"))
        for s in report.iter_sections():
            item = QListWidgetItem("　" * (s.level - 1) + f"{s.marker}{s.title}")
            item.setData(256, s.id)
            chosen = options.sections is None or s.id in options.sections
            item.setCheckState(_checked(chosen))
            self.sections.addItem(item)
        self.charts = QCheckBox(tr("包含图表（比率、前后变化）"), self)
        self.table = QCheckBox(tr("附全部指标表"), self)
        self.full_text = QCheckBox(tr("附报告全文"), self)
        for box, on in ((self.charts, options.charts), (self.table, options.table),
                        (self.full_text, options.full_text)):
            box.setChecked(on)
        self.layout_group = self._radios([(Layout.GBT, tr("公文版式（GB/T 9704）")),
                                          (Layout.COMPACT, tr("紧凑版式（一页要点，后附明细）"))],
                                         options.layout)
        self.paper_group = self._radios([(Paper.A4, "A4"), (Paper.LETTER, "Letter")],
                                        options.paper)
        self._build()

    def _radios(self, choices: list[tuple[Layout | Paper, str]], current: str) -> QButtonGroup:
        group = QButtonGroup(self)
        for n, (key, text) in enumerate(choices):
            button = QRadioButton(text, self)
            button.setProperty("key", key.value)
            button.setChecked(key == current)
            group.addButton(button, n)
        return group

    def _build(self) -> None:
        box = QVBoxLayout(self)
        box.addWidget(self._group(tr("章节"), [self.sections]))
        box.addWidget(self._group(tr("内容"), [self.charts, self.table, self.full_text]))
        row = QHBoxLayout()
        row.addWidget(self._group(tr("版式"), self.layout_group.buttons()))
        row.addWidget(self._group(tr("纸张"), self.paper_group.buttons()))
        box.addLayout(row)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        box.addWidget(buttons)

    def _group(self, title: str, widgets: list) -> QGroupBox:
        group = QGroupBox(title, self)
        inner = QVBoxLayout(group)
        for w in widgets:
            inner.addWidget(w)
        return group

    def options(self) -> Options:
        """The options as the dialog shows them."""
        ids = {self.sections.item(i).data(256) for i in range(self.sections.count())
               if self.sections.item(i).checkState() == _checked(True)}
        return Options(layout=self.layout_group.checkedButton().property("key"),
                       paper=self.paper_group.checkedButton().property("key"),
                       sections=None if len(ids) == self.sections.count() else ids,
                       charts=self.charts.isChecked(), table=self.table.isChecked(),
                       full_text=self.full_text.isChecked())


def _checked(on: bool):
    from PySide6.QtCore import Qt

    return Qt.CheckState.Checked if on else Qt.CheckState.Unchecked


def export_task(summary: Summary, options: Options, path: str,
                charts: list[Chart] | None = None) -> PoolTask:
    """A pool task that writes one summary file (PDF, or Word for a ".docx" path).

    Its signals: progress(done, total) by page, finished(path), failed(message in Chinese).
    """
    def work(progress) -> str:
        if path.lower().endswith(".docx"):
            write_word(summary, options, path, charts)
        else:
            write_pdf(summary, options, path, progress, charts)
        return path

    return PoolTask(work, lambda e: tr("无法写入 {0}：{1}").format(path, e))


def write_word(summary: Summary, options: Options, path: str,
               charts: list[Chart] | None = None) -> None:
    """The .docx version of the summary, `charts` as PNG pictures if the options ask."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice

    from ...core.writers.word import write_docx

    pngs = []
    for caption, image in (charts or []) if options.charts else []:
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "PNG")
        pngs.append((caption, bytes(data)))
    write_docx(summary, path, options, pngs)


def paint_for_printer(summary: Summary, options: Options, printer: QPrinter,
                      charts: list[Chart] | None = None) -> int:
    """Paint the summary on a printer or the print preview (the PDF's painting code)."""
    printer.setResolution(LAYOUT_DPI)
    printer.setFullPage(True)
    printer.setPageLayout(page_layout(options))
    return paint_pages(layout_summary(summary, options, charts or []), options, printer)
