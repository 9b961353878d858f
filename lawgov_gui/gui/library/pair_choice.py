"""The 对照 view's choice: an issuer of the library, and two of its reports by year.

The first issuer offered is the first with two reports; choosing an issuer picks its two latest
years. The choice of issuer is kept when the library's reports change, and its years when they
are still there.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSignalBlocker, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QSizePolicy, QWidget

from ...core.library import Entry
from ...core.library.align import Issuer
from .pair_model import tr, year_header


class PairChooser(QWidget):
    """Three combos: 发布机关, then the earlier and the later report.

    Signals:
        changed(): the issuer or a year was chosen (also after `set_issuers`).
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._issuers: list[Issuer] = []
        self.issuer_box, self.before_box, self.after_box = QComboBox(), QComboBox(), QComboBox()
        self.issuer_box.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.issuer_box.setAccessibleName(tr("发布机关"))
        self.before_box.setAccessibleName(tr("前一年度"))
        self.after_box.setAccessibleName(tr("后一年度"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for text, box in ((tr("发布机关"), self.issuer_box), (tr("对照年度"), self.before_box),
                          (tr("与"), self.after_box)):
            label = QLabel(text)
            label.setBuddy(box)
            layout.addWidget(label)
            layout.addWidget(box)
        self.issuer_box.currentIndexChanged.connect(self._issuer_chosen)
        self.before_box.currentIndexChanged.connect(self.changed)
        self.after_box.currentIndexChanged.connect(self.changed)

    def set_issuers(self, issuers: list[Issuer]) -> None:
        """Offer `issuers`, keeping the one chosen (and its years) when it is still there."""
        kept, years = self.issuer(), self.chosen()
        self._issuers = issuers
        with QSignalBlocker(self.issuer_box):
            self.issuer_box.clear()
            self.issuer_box.addItems([issuer_text(i) for i in issuers])
            self.issuer_box.setCurrentIndex(_first(issuers, kept.name if kept else None))
        self._fill_years(keep=years)
        self.changed.emit()

    def has_pairs(self) -> bool:
        """Whether any issuer offered has two reports or more."""
        return any(len(i.reports) > 1 for i in self._issuers)

    def issuer(self) -> Issuer | None:
        """The issuer chosen (None when the library has none)."""
        i = self.issuer_box.currentIndex()
        return self._issuers[i] if 0 <= i < len(self._issuers) else None

    def chosen(self) -> tuple[Entry, Entry] | None:
        """The earlier and the later report chosen (None when the issuer has fewer than two)."""
        issuer = self.issuer()
        a, b = self.before_box.currentIndex(), self.after_box.currentIndex()
        if issuer is None or len(issuer.reports) < 2 or min(a, b) < 0:
            return None
        return issuer.reports[a], issuer.reports[b]

    def _issuer_chosen(self) -> None:
        self._fill_years(keep=None)
        self.changed.emit()

    def _fill_years(self, keep: tuple[Entry, Entry] | None) -> None:
        """The years of the issuer chosen; `keep`'s reports when it has them, else the latest two."""
        issuer = self.issuer()
        reports = issuer.reports if issuer else ()
        ids = [e.id for e in reports]
        default = issuer.default_pair() if issuer else None
        pair = keep if keep and all(e.id in ids for e in keep) else default
        for box, pick in ((self.before_box, 0), (self.after_box, 1)):
            with QSignalBlocker(box):
                box.clear()
                box.addItems(_year_labels(reports))
                box.setCurrentIndex(ids.index(pair[pick].id) if pair else len(ids) - 1)
                box.setEnabled(len(reports) > 1)


def issuer_text(issuer: Issuer) -> str:
    """吉林省人民政府（2 份）: the issuer and how many of its reports the library holds."""
    return tr("%1（%2 份）").replace("%1", issuer.name).replace("%2", str(len(issuer.reports)))


def _year_labels(reports: tuple[Entry, ...]) -> list[str]:
    """2023年 a report; with the file's name when the issuer has two reports of that year."""
    years = [e.year for e in reports]
    return [year_header(e.year) + (f" · {Path(e.path).name}" if years.count(e.year) > 1 else "")
            for e in reports]



def _first(issuers: list[Issuer], kept: str | None) -> int:
    """The issuer to show: `kept` when offered, else the first with two reports, else the first."""
    names = [i.name for i in issuers]
    if kept in names:
        return names.index(kept)
    return next((n for n, i in enumerate(issuers) if len(i.reports) > 1), 0)
