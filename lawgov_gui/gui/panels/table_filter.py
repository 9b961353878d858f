"""Which rows of the indicator table are shown: by text, by kind, by section span."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QSortFilterProxyModel, Qt

from .table_model import FILTER_ROLE, SORT_ROLE, IndicatorTableModel

_Index = QModelIndex | QPersistentModelIndex


class IndicatorFilter(QSortFilterProxyModel):
    """Sorts by `SORT_ROLE`; filters by text (any column), kind and section span."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._kind: str | None = None
        self._span: tuple[int, int] | None = None
        self.setSortRole(SORT_ROLE)
        self.setFilterRole(FILTER_ROLE)
        self.setFilterKeyColumn(-1)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

    def set_kind(self, kind: str | None) -> None:
        """Keep only indicators of `kind` ("percent"…); None keeps every kind."""
        self._refilter("_kind", kind)

    def set_span(self, span: tuple[int, int] | None) -> None:
        """Keep only indicators starting in text[start:end]; None keeps all."""
        self._refilter("_span", span)

    def _refilter(self, name: str, value: Any) -> None:
        """Set a filter attribute and re-run the row filter (Qt 6.10+ API when present)."""
        if getattr(self, name) == value:
            return
        if hasattr(self, "endFilterChange"):  # Qt >= 6.10; invalidateRowsFilter is deprecated
            self.beginFilterChange()
            setattr(self, name, value)
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            setattr(self, name, value)
            self.invalidateRowsFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:
        if self._kind is None and self._span is None and not self.filterRegularExpression().pattern():
            return True  # nothing to filter: skip the per-row work (63,000 rows for 10 MB)
        model = self.sourceModel()
        assert isinstance(model, IndicatorTableModel)
        ind = model.indicator(source_row)
        if self._kind is not None and ind.kind != self._kind:
            return False
        if self._span is not None and not self._span[0] <= ind.start < self._span[1]:
            return False
        return super().filterAcceptsRow(source_row, source_parent)
