"""Column headers of a table: from its header cells to one name per value column.

A table's header cells arrive flattened in reading order (row by row, left to
right), whatever the source: a Word table's first rows, the first lines of a
`|`-separated table, or the first cells of a table written one cell a line. The
headers can span two or three rows, as in the fixed tables of the 政府信息公开
工作年度报告 (国办公开办函〔2021〕30号):

    申请人情况
    自然人 | 法人或其他组织 | 总计
           | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他

Without the merged-cell spans the flattened list is ambiguous, so the group
headers those tables use carry their span here (SPANS). `leaf_columns` lays the
cells out row by row: each row fills the slots its groups left open, and a
header cell that spans one slot is a leaf. It succeeds only when the cells fill
exactly the number of value columns; otherwise there is no column name (a
wrong name is worse than none).
"""

from __future__ import annotations

import re
from functools import lru_cache

FULL = 0  # a span meaning "every value column below it"
# Group headers of the fixed tables and how many value columns each spans.
SPANS: dict[str, int] = {
    "申请人情况": FULL, "法人或其他组织": 5, "法人或者其他组织": 5,
    "行政复议": 5, "行政诉讼": 10, "未经复议直接起诉": 5, "复议后起诉": 5,
}
# What a header cell over the row labels, or a heading or title above the table, reads like:
# only such cells may be left out at the front of the header cells.
CORNER = re.compile(
    r"^(?:信息内容|项目|指标|类别|类型|名称|内容|单位|地区|部门|事项|统计项目|统计指标|指标名称|申请人情况"
    r"|序号)$|勾稽关系|^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）]|附表|表[一二三四五六七八九十\d])"
    r"|(?:情况|统计|统计表|一览表)$")
SEQUENCE_HEADERS = frozenset({"序号", "编号", "序"})
MAX_CORNER_CELLS = 3
_SEP = "·"


def _span(cell: str, room: int) -> int:
    span = SPANS.get(cell, 1)
    return room if span == FULL else span


def _fill(cells: list[str], keys: list[str], width: int) -> list[str] | None:
    """Lay `cells` out under a root of `width` value columns; the leaf names, or None."""
    pending: list[tuple[int, tuple[str, ...], int]] = [(0, (), width)]  # offset, path, width
    leaves: list[tuple[int, str]] = []
    i = 0
    while pending:
        below: list[tuple[int, tuple[str, ...], int]] = []
        for offset, path, room in pending:
            used = 0
            while used < room:
                if i == len(cells):
                    return None
                cell = cells[i]
                span = _span(keys[i], room - used)
                i += 1
                if used + span > room:
                    return None
                # a group over every column below it names nothing: leave it out of the path
                name = path if span == room and span > 1 and used == 0 else (*path, cell)
                if span == 1:
                    leaves.append((offset + used, _SEP.join(name)))
                else:
                    below.append((offset + used, name, span))
                used += span
        pending = below
    if i != len(cells):
        return None
    return [name for _, name in sorted(leaves)]


def leaf_columns(cells: list[str], width: int, keys: list[str] | None = None) -> list[str] | None:
    """One column name per value column (see `_leaf_columns`); the same headers are read once."""
    names = _leaf_columns(tuple(cells), width, tuple(keys) if keys else tuple(cells))
    return list(names) if names else None


@lru_cache(maxsize=256)
def _leaf_columns(cells: tuple[str, ...], width: int, keys: tuple[str, ...]) -> tuple[str, ...] | None:
    """One column name per value column, left to right, or None when the cells do not fit.

    Args:
        cells: the header cells in reading order, row labels and captions left out.
        width: how many value cells each data row has.
        keys: the same cells as matched (their shadow: 申請人情況 reads 申请人情况), for
            SPANS and CORNER; the names are taken from `cells`.

    Returns:
        `width` names (a grouped column as "行政诉讼·复议后起诉·结果维持"), or None.
        Up to three cells at the front may be corner cells over the row labels
        (信息内容, a 勾稽关系 note) or a heading or title above the table (CORNER);
        they are left out only when the rest then fits. Never another cell: with
        an empty cell lost, 本年制发件数 | 本年废止件数 | 现行有效件数 over two values
        has no column names, rather than the last two.
    """
    if width <= 0 or not cells:
        return None
    for drop in range(min(MAX_CORNER_CELLS, len(cells) - 1) + 1):
        if drop and not CORNER.search(keys[drop - 1]):
            return None
        names = _fill(list(cells[drop:]), list(keys[drop:]), width)
        if names is not None and all(names):
            return tuple(names)
    return None

