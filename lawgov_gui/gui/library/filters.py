"""The four choices that narrow the library's reports: level, region, year and genre.

The reports table and the search share this bar; the choices offered are the values the
library's reports have, and a choice still offered survives a refresh.
"""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum

from PySide6.QtCore import QCollator, QCoreApplication, QLocale, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QSizePolicy, QWidget

from ...core.library import Entry, Level, genre_name
from ...core.model import Genre

Choice = str | int | None


def tr(text: str) -> str:
    return QCoreApplication.translate("LibraryFilters", text)


class Field(StrEnum):
    """A field a report can be narrowed by; the values are the core's filter names."""

    LEVEL = "level"
    REGION = "region"
    YEAR = "year"
    GENRE = "genre"


def _all_label(field: Field) -> str:
    return {Field.LEVEL: tr("全部层级"), Field.REGION: tr("全部地区"), Field.YEAR: tr("全部年度"),
            Field.GENRE: tr("全部类型")}[field]


def _accessible(field: Field) -> str:
    return {Field.LEVEL: tr("按层级筛选"), Field.REGION: tr("按地区筛选"),
            Field.YEAR: tr("按年度筛选"), Field.GENRE: tr("按类型筛选")}[field]


def offered(field: Field, entries: Iterable[Entry]) -> list[tuple[str, Choice]]:
    """(label, value) of every value of `field` among `entries`, in the order a reader looks
    for them: levels from 省 down, regions by name (pinyin in a Chinese locale), the latest year first, genres as listed."""
    name = field.value
    values = {getattr(e, name) for e in entries} - {None, ""}
    if field is Field.LEVEL:
        return [(v.value, v.value) for v in Level if v.value in values]
    if field is Field.YEAR:
        return [(tr("{0}年").format(y), y) for y in sorted(values, reverse=True)]
    if field is Field.GENRE:
        return [(genre_name(g.value), g.value) for g in Genre if g.value in values]
    return [(v, v) for v in sorted(values, key=QCollator(QLocale()).sortKey)]  # by pinyin


class FilterBar(QWidget):
    """One combo box per Field, each first offering 全部….

    Signals:
        changed(): a choice changed.
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.combos: dict[Field, QComboBox] = {}
        for field in Field:
            combo = QComboBox(self)
            combo.setAccessibleName(_accessible(field))
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
            combo.addItem(_all_label(field), None)
            combo.currentIndexChanged.connect(lambda _i: self.changed.emit())
            row.addWidget(combo)
            self.combos[field] = combo

    def fill(self, entries: list[Entry]) -> None:
        """Offer the values the reports `entries` have; keep each choice that is still offered."""
        self.blockSignals(True)
        try:
            for field, combo in self.combos.items():
                kept = combo.currentData()
                while combo.count() > 1:
                    combo.removeItem(1)
                for label, value in offered(field, entries):
                    combo.addItem(label, value)
                combo.setCurrentIndex(max(0, combo.findData(kept)) if kept is not None else 0)
        finally:
            self.blockSignals(False)

    def values(self) -> dict[str, Choice]:
        """The core's filters: {"level": "省", "region": None, …} (None: any)."""
        return {field.value: combo.currentData() for field, combo in self.combos.items()}
