"""Row labels of a table, read in their outline: 三、本年度办理结果 › （三）不予公开 › 1.属于国家秘密.

The rows of the 政府信息公开 application table nest: a numbered sub-row (1.属于国家
秘密) belongs to the group above it ((三)不予公开), which Word and HTML write only
once, in a merged cell, and a 总计 row to its section (本年度办理结果). `RowLabels`
walks the rows in order and gives each one the label it reads as alone, without
the outline markers: "不予公开：属于国家秘密", "本年度办理结果：总计".
"""

from __future__ import annotations

import re

_MARKER = re.compile(r"^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[)）]|\d+[.、．](?!\d))\s*")
_GENERIC = frozenset({"总计", "合计", "小计", "其他", "其它"})


def _clean(label: str) -> str:
    return _MARKER.sub("", label, count=1).strip() or label


def outlined(label: str) -> bool:
    """True when a label starts with an outline marker (一、 （一） 1.)."""
    return bool(_MARKER.match(label))


def _level(label: str) -> int | None:
    """Outline level of a row label's marker: 1 for 一、, 2 for （一）, 3 for 1., else None."""
    m = _MARKER.match(label)
    if not m:
        return None
    head = m.group()[0]
    return 2 if head in "（(" else 3 if head.isdigit() else 1


class RowLabels:
    """The row labels that later rows fall under: 三、本年度办理结果 › （三）不予公开 › 1.属于国家秘密."""

    def __init__(self) -> None:
        self.open: dict[int, str] = {}

    def _enter(self, level: int, name: str) -> str | None:
        """Open `name` at `level`; the name of the group above it, if any."""
        for deeper in [lv for lv in self.open if lv >= level]:
            del self.open[deeper]
        self.open[level] = name
        return next((self.open[lv] for lv in range(level - 1, 0, -1) if lv in self.open), None)

    def label(self, names: list[str]) -> str | None:
        """The label of the next row, whose label cells read `names` (None when it has none)."""
        if not names:
            return None
        levels = [_level(n) for n in names]
        if len(names) >= 2 and levels[-2] is None:  # two label columns without an outline
            return " ".join(_clean(n) for n in names)
        for name, level in zip(names[:-1], levels[:-1], strict=True):
            if level:
                self._enter(level, _clean(name))
        last, level = _clean(names[-1]), levels[-1]
        if level is None:
            return last
        parent = self._enter(level, last)
        if parent and (level == 3 or last in _GENERIC):
            return f"{parent}：{last}"
        return last
