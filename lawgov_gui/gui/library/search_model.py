"""Search across the library as a list: one hit per report, best first, and what to say above it.

`find` runs one search through the window's LibraryModel and returns the hits with the line
the search tab shows (nothing typed, no hits, a query with nothing to search for, a damaged
file: all said in Chinese, never raised). `SearchModel` holds the hits; each row's text keeps
the hit in 【】 (what a screen reader reads); `marked_html` is the same row marked up for the
list's delegate.
"""

from __future__ import annotations

import html
from dataclasses import dataclass

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from ...core.library import Hit, LibraryError, QueryError
from ..common.library_model import LibraryModel
from .filters import Choice

Index = QModelIndex | QPersistentModelIndex
LIMIT = 100  # reports listed for one search
HIT_ROLE = Qt.ItemDataRole.UserRole + 1


def tr(text: str) -> str:
    return QCoreApplication.translate("LibrarySearch", text)


@dataclass(frozen=True, slots=True)
class Found:
    """The hits of one search and the line that goes above them."""

    hits: list[Hit]
    message: str


def find(model: LibraryModel, query: str, filters: dict[str, Choice]) -> Found:
    """Search the library of `model` for `query`, narrowed by `filters`."""
    if not query.strip():
        return Found([], tr("输入要搜索的词语，例如“行政复议”；用空格分隔的几个词须同时出现。"))
    try:
        hits = model.search(query, limit=LIMIT, **filters)
    except QueryError as e:
        return Found([], e.message)
    except LibraryError as e:  # the model has announced the damage; the tab says it too
        return Found([], e.message)
    narrowed = any(v is not None for v in filters.values())
    if not hits:
        text = tr("没有找到“{0}”（在所选的层级、地区、年度或类型中）。") if narrowed else tr(
            "没有找到“{0}”。")
        return Found([], text.format(query.strip()))
    text = tr("前 {0} 份报告含有“{1}”，按相关程度排列。") if len(hits) >= LIMIT else tr(
        "{0} 份报告含有“{1}”，按相关程度排列。")
    return Found(hits, text.format(len(hits), query.strip()))


def heading_line(hit: Hit) -> str:
    """Whose report, which year, and the section the hit is in."""
    issuer = hit.issuer or tr("（发布机关未识别）")
    year = tr("{0}年").format(hit.year) if hit.year else ""
    section = hit.heading or tr("（正文开头）")
    return "  ".join(part for part in (issuer, year, section) if part)


def plain(hit: Hit) -> str:
    """The row as text: the heading line, then the snippet with the hit in 【】."""
    return f"{heading_line(hit)}\n{hit.snippet.replace(chr(10), ' ')}"


def split_mark(hit: Hit) -> tuple[str, str, str]:
    """The snippet as (before, the hit, after), its 【】 taken off (a 【 of the report's own
    text is not taken for the mark: the mark holds exactly the hit's end - start characters)."""
    snippet, length = hit.snippet.replace("\n", " "), hit.end - hit.start
    at = snippet.find("【")
    while at >= 0:
        if snippet[at + 1 + length:at + 2 + length] == "】":
            return snippet[:at], snippet[at + 1:at + 1 + length], snippet[at + 2 + length:]
        at = snippet.find("【", at + 1)
    return snippet, "", ""


def marked_html(hit: Hit, mark: str, muted: str) -> str:
    """The row as HTML: the issuer in bold, the section muted, the hit bold on `mark`."""
    before, match, after = (html.escape(part) for part in split_mark(hit))
    snippet = f'{before}<b style="background-color:{mark}">{match}</b>{after}'
    return (f"<b>{html.escape(hit.issuer or tr('（发布机关未识别）'))}</b>&nbsp;&nbsp;"
            f"{html.escape(tr('{0}年').format(hit.year) if hit.year else '')}&nbsp;&nbsp;"
            f'<span style="color:{muted}">{html.escape(hit.heading or tr("（正文开头）"))}</span>'
            f"<br>{snippet}")


class SearchModel(QAbstractListModel):
    """The hits of the last search, best first."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._hits: list[Hit] = []

    def set_hits(self, hits: list[Hit]) -> None:
        self.beginResetModel()
        self._hits = list(hits)
        self.endResetModel()

    def hit(self, row: int) -> Hit:
        return self._hits[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._hits)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        hit = self._hits[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return plain(hit)
        if role == Qt.ItemDataRole.ToolTipRole:
            return hit.path
        if role == HIT_ROLE:
            return hit
        return None
