"""The indicator chooser of the compare view: the catalogue ids the library has figures of.

Each entry shows the indicator's Chinese name, its id and how many figures the library holds;
typing filters the entries by any part of that (纠错, lit.head…), and choosing one says its id.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import QComboBox, QCompleter, QSizePolicy, QWidget

from ..common.describe import canonical_name


def tr(text: str) -> str:
    return QCoreApplication.translate("CompareView", text)


def entry_text(cid: str, count: int) -> str:
    """行政复议直接纠错率（recon.direct_correction_rate）· 6 条"""
    return tr("{0}（{1}）· {2} 条").format(canonical_name(cid) or cid, cid, count)


class IndicatorChooser(QComboBox):
    """An editable combo of indicators; typing searches them.

    Signals:
        chosen(str): the reader chose the indicator with this id.
    """

    chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("compareIndicator")
        self.setAccessibleName(tr("对比的指标"))
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(28)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.lineEdit().setPlaceholderText(tr("输入指标名称或编号查找"))
        finder = QCompleter(self.model(), self)
        finder.setFilterMode(Qt.MatchFlag.MatchContains)
        finder.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        finder.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(finder)
        # the completion is written into the box after its signals: its start shown once it is in
        finder.activated[str].connect(lambda _text: QTimer.singleShot(0, self, self._show_start))
        self.currentIndexChanged.connect(self._changed)

    def set_counts(self, counts: dict[str, int], keep: str | None) -> None:
        """List `counts` (id → figures); choose `keep` again when it is still there, else the
        first. Says `chosen` for the indicator then shown."""
        self.blockSignals(True)
        self.clear()
        for cid, n in counts.items():
            self.addItem(entry_text(cid, n), cid)
        at = self.findData(keep) if keep else -1
        self.setCurrentIndex(at if at >= 0 else 0 if counts else -1)
        self.blockSignals(False)
        self._changed(self.currentIndex())

    def current(self) -> str | None:
        """The id of the indicator shown, or None."""
        cid = self.currentData()
        return cid if isinstance(cid, str) else None

    def choose(self, cid: str) -> bool:
        """Show the indicator `cid`; False when the library has no figures of it."""
        at = self.findData(cid)
        if at >= 0:
            self.setCurrentIndex(at)
        return at >= 0

    def _show_start(self) -> None:
        """The name's start in view, not its end (it is often wider than the box)."""
        self.lineEdit().setCursorPosition(0)

    def _changed(self, at: int) -> None:
        self._show_start()
        cid = self.itemData(at) if at >= 0 else None
        if isinstance(cid, str):
            self.chosen.emit(cid)
