"""Lines of a report read as table cells: which lines can be table rows, and what each cell is.

Three shapes of table reach the text (see tables.py): a Word or PDF row, its cells
separated by spaces (the docx reader joins cells with U+3000, which the shadow and
the line clean-up turn into a space); a `|`-separated row ("规章 | 0 | 0 | 0",
also Markdown "| 规章 | 0 |"); and one cell a line, with or without a trailing
`|` ("规章 |", "0 |"; an HTML table gives one cell a line). `line_cells` turns one
line of the shadow into its cells, or None when the line is prose.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .numerals import MAGNITUDES
from .patterns import COUNT_UNITS, UNITS

MAX_CELL = 60  # a longer piece of text is prose, not a cell
MAX_SPACED_CELL = 40  # cells of a space-separated row are short
_PROSE_MARKS = re.compile(r"[。；;！？!?]")
_RULE = re.compile(r":?-{2,}:?")
_CELL_UNITS = sorted((u for u in UNITS if u not in ("年", "周", "天") and UNITS[u] != "change_pp"),
                     key=len, reverse=True)
NUMBER = re.compile(
    r"(?P<pre>约|近|超过|超|逾|不足|不到)?(?P<num>[+-]?\d+(?:,\d{3})*(?:\.\d+)?)(?P<mag>万|亿)?"
    r"(?P<approx>余|多)?(?P<unit>" + "|".join(map(re.escape, _CELL_UNITS)) + r")?"
    r"(?P<post>以上|以下|左右)?")
# An empty value cell: it holds a column's place but states nothing.
PLACEHOLDER = frozenset({"-", "--", "—", "——", "－", "/", "／", "无", "空", "\\", "…", "——/"})
CAPTION = re.compile(r"^#*\s*(?:第[一二三四五六七八九十百零\d]+条|表[一二三四五六七八九十\d]+[：:、.\s]|表[一二三四五六七八九十\d]+$)")
_COUNT = frozenset(COUNT_UNITS)


@dataclass(slots=True)
class Cell:
    """One cell: where its text stands in the report and what it holds.

    `number` is the match of NUMBER over the whole cell for a figure, None for a
    text cell; `empty` marks a placeholder value cell (-, /, 无); `barred` a cell
    of a line with `|`.
    """

    start: int
    end: int
    text: str
    line: int
    number: re.Match | None = None
    empty: bool = False
    barred: bool = False

    @property
    def is_value(self) -> bool:
        """True for a value cell: a figure or a placeholder."""
        return self.number is not None or self.empty


def _classify(line: str, a: int, b: int, offset: int, line_no: int, barred: bool) -> Cell:
    text = line[a:b]
    m = NUMBER.fullmatch(text)
    return Cell(offset + a, offset + b, text, line_no, m, m is None and text in PLACEHOLDER, barred)


def _pieces(line: str, sep: str) -> list[tuple[int, int]]:
    """(start, end) of every non-blank piece of `line` between `sep`s, trimmed."""
    out = []
    pos = 0
    for piece in line.split(sep):
        end = pos + len(piece)
        stripped = piece.strip(" ")
        if stripped:
            a = pos + piece.index(stripped[0])
            out.append((a, a + len(stripped)))
        pos = end + 1
    return out


def _spaced_row_ok(cells: list[Cell]) -> bool:
    """A space-separated line is a row: short cells, values after the labels only."""
    if any(len(c.text) > MAX_SPACED_CELL for c in cells):
        return False
    seen_value = False
    for n, c in enumerate(cells):
        if c.is_value:
            seen_value = True
        elif seen_value and not (n == 1 and cells[0].number is not None):  # 序号 then label
            return False
    return True


def line_cells(line: str, offset: int, line_no: int) -> list[Cell] | None:
    """The cells of one line of the shadow (starting at `offset`).

    Returns:
        The cells left to right, [] for a Markdown rule line (|---|---|), None for
        a line that is prose (too long, or with sentence punctuation).
    """
    bar = "|" in line
    if not bar and len(line) > MAX_CELL:
        return None
    if _PROSE_MARKS.search(line):
        return None
    if not bar and " " not in line:  # the common case: one cell a line
        return [_classify(line, 0, len(line), offset, line_no, False)]
    spans = _pieces(line, "|" if bar else " ")
    if bar and not spans and line.strip(" ") == "|":  # one cell a line, this one left empty
        return [Cell(offset, offset + len(line), "", line_no, None, True, True)]
    if bar and all(_RULE.fullmatch(line, a, b) for a, b in spans):
        return []
    if any(b - a > MAX_CELL for a, b in spans):
        return None
    cells = [_classify(line, a, b, offset, line_no, bar) for a, b in spans]
    if not bar and len(cells) > 1 and not _spaced_row_ok(cells):
        return None
    return cells


def figure_of(cell: Cell, unit_hint: tuple[str, float] | None) -> tuple[int, float, str, str]:
    """(start, value, unit, kind) of a figure cell; `unit_hint` is a column's (unit, factor)."""
    m = cell.number
    value = float(m["num"].replace(",", "").lstrip("+"))
    if m["mag"]:
        value *= MAGNITUDES[m["mag"]]
    unit = m["unit"] or ""
    if not unit and unit_hint and not m["mag"]:
        unit, factor = unit_hint
        value *= factor
    start = cell.start + (len(m["pre"]) if m["pre"] else 0)
    return start, value, unit, kind_of(unit)


def kind_of(unit: str) -> str:
    """The indicator kind of a cell's unit: count for a bare number."""
    if not unit or unit in _COUNT:
        return "count"
    return UNITS.get(unit, "other")


_HEADER_UNIT = re.compile(r"单位[:：]\s*(万元|亿元|元|件|个|人|%)|[（(](万元|亿元|%)[)）]")


def header_unit(header: str) -> tuple[str, float] | None:
    """The unit a header states for its cells (本年收费金额（单位：万元）): (unit, factor)."""
    m = _HEADER_UNIT.search(header)
    if not m:
        return None
    word = m.group(1) or m.group(2)
    if word[0] in "万亿":
        return word[1:], MAGNITUDES[word[0]]
    return word, 1.0
