"""The body of a .docx (word/document.xml) read as a stream of lines.

`Body` is an expat handler: fed the part in small chunks, it keeps only the
paragraph being read. Body paragraphs and tables come in document order (also
those inside content controls); a table row becomes one line, its cells joined
by CELL_SEPARATOR, a nested table's rows going into their cell. Text boxes,
deleted or moved-away revisions and field codes are left out. A paragraph's
list number (drawn by Word, 自动编号) is written in front of it, and the first
paragraph of the "Title" style gives the title. Any DTD is refused.
"""

from __future__ import annotations

from collections.abc import Iterable

from .. import limits
from ..errors import ReportError
from .docx_numbering import Numbering, W
from .messages import DOCX_CORRUPT
from .safe_xml import stream

CELL_SEPARATOR = "\u3000"

_MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"


def _w(tag: str) -> str:  # the tag as expat names it: "namespace}local"
    return f"{W}}}{tag}"


_P, _TBL, _TR, _TC, _T, _DOCUMENT = (_w(t) for t in ("p", "tbl", "tr", "tc", "t", "document"))
_PPR, _PSTYLE, _NUMPR, _NUMID, _ILVL = (_w(t) for t in ("pPr", "pStyle", "numPr", "numId", "ilvl"))
_VAL = _w("val")
_CHARS = {_w("tab"): "\t", _w("br"): "\n", _w("cr"): "\n", _w("noBreakHyphen"): "-"}
# Never text of the paragraph: its properties, text boxes, the old-Word copy of a
# drawing, deleted or moved-away revisions, field codes.
_SKIP = {_PPR, _w("rPr"), _w("txbxContent"), f"{_MC}}}Fallback", _w("del"), _w("moveFrom"),
         _w("instrText"), _w("delText")}


class _Paragraph:
    __slots__ = ("depth", "ilvl", "num_id", "parts", "style")

    def __init__(self, depth: int) -> None:
        self.depth = depth
        self.parts: list[str] = []
        self.style = self.num_id = self.ilvl = None


class _Table:
    __slots__ = ("depth", "row")

    def __init__(self, depth: int) -> None:
        self.depth = depth
        self.row: list[str] | None = None


class _Cell:
    __slots__ = ("depth", "lines")

    def __init__(self, depth: int) -> None:
        self.depth = depth
        self.lines: list[str] = []


class Body:
    """An expat handler turning word/document.xml into lines (see the module docstring).

    Args:
        numbering: the list numbers of the document (numbering.xml, styles.xml).
        style_names: style id -> style name, lowercase.

    Attributes:
        out: the lines read so far.
        title: the text of the first paragraph of the "Title" style, or "".
    """

    def __init__(self, numbering: Numbering, style_names: dict[str, str]) -> None:
        self.numbering, self.style_names = numbering, style_names
        self.out: list[str] = []
        self.title = ""
        self.chars = 0
        self.depth = 0
        self.skip = self.ppr = self.numpr = 0  # depths; 0 when not inside one
        self.para: _Paragraph | None = None
        self.in_text = False
        self.frames: list[_Table | _Cell] = []
        self.root_seen = False

    def parse(self, chunks: Iterable[bytes]) -> None:
        """Read the part from `chunks`; a ReportError if it is not a Word body."""
        stream(chunks, self.start, self.end, self.data, DOCX_CORRUPT)

    def start(self, tag: str, attrs: dict[str, str]) -> None:
        """An element opens (expat's StartElementHandler)."""
        self.depth += 1
        if not self.root_seen:
            if tag != _DOCUMENT:
                raise ReportError(DOCX_CORRUPT)
            self.root_seen = True
        if self.skip:
            self._properties(tag, attrs)
        elif self.para is not None:
            self._inline(tag)
        elif tag == _P:
            self.para = _Paragraph(self.depth)
        else:
            self._block(tag)

    def _properties(self, tag: str, attrs: dict[str, str]) -> None:
        """Inside the paragraph's own w:pPr: its style and list number."""
        para = self.para
        if not self.ppr or para is None:
            return
        if self.depth == self.ppr + 1:
            if tag == _PSTYLE and para.style is None:
                para.style = attrs.get(_VAL)
            elif tag == _NUMPR and not self.numpr:
                self.numpr = self.depth
        elif self.numpr and self.depth == self.numpr + 1:
            if tag == _NUMID and para.num_id is None:
                para.num_id = attrs.get(_VAL)
            elif tag == _ILVL and para.ilvl is None:
                para.ilvl = attrs.get(_VAL)

    def _inline(self, tag: str) -> None:
        para = self.para
        assert para is not None
        if tag in _SKIP:
            self.skip = self.depth
            if tag == _PPR and self.depth == para.depth + 1:
                self.ppr = self.depth
        elif tag == _T:
            self.in_text = True
        elif tag in _CHARS:
            para.parts.append(_CHARS[tag])

    def _block(self, tag: str) -> None:
        top = self.frames[-1] if self.frames else None
        if tag in _SKIP:
            self.skip = self.depth
        elif tag == _TBL:
            self.frames.append(_Table(self.depth))
        elif tag == _TR and isinstance(top, _Table):
            top.row = []
        elif tag == _TC and isinstance(top, _Table) and top.row is not None:
            self.frames.append(_Cell(self.depth))

    def data(self, text: str) -> None:
        """Character data (expat's CharacterDataHandler); a ReportError past MAX_CHARS."""
        if self.in_text and not self.skip and self.para is not None:
            self.para.parts.append(text)
            self.chars += len(text)
            if self.chars > limits.MAX_CHARS:
                raise limits.too_long(None)

    def end(self, tag: str) -> None:
        """An element closes (expat's EndElementHandler)."""
        depth, self.depth = self.depth, self.depth - 1
        if self.skip:
            if depth == self.numpr:
                self.numpr = 0
            if depth == self.skip:
                self.skip = self.ppr = 0
        elif self.para is not None:
            if tag == _T:
                self.in_text = False
            if depth == self.para.depth:
                self._paragraph_ends(self.para)
                self.para = None
        elif self.frames:
            self._block_ends(tag, depth)

    def _paragraph_ends(self, para: _Paragraph) -> None:
        text = "".join(para.parts)
        if not text.strip():
            return
        if not self.title and self.style_names.get(para.style or "") == "title":
            self.title = text.strip()
        text = self.numbering.marker(para.num_id, para.ilvl, para.style) + text
        for line in text.split("\n"):
            if line.strip():
                self._emit(line, len(self.frames))

    def _block_ends(self, tag: str, depth: int) -> None:
        top = self.frames[-1]
        if isinstance(top, _Cell) and depth == top.depth:
            self.frames.pop()
            table = self.frames[-1]
            text = " ".join(line.strip() for line in top.lines)
            if text and isinstance(table, _Table) and table.row is not None:
                table.row.append(text)
        elif isinstance(top, _Table) and tag == _TR and top.row is not None:
            if top.row:
                self._emit(CELL_SEPARATOR.join(top.row), len(self.frames) - 1)
            top.row = None
        elif isinstance(top, _Table) and depth == top.depth:
            self.frames.pop()

    def _emit(self, line: str, level: int) -> None:
        """Add `line` to the container `level` frames deep (0: the body)."""
        if level == 0:
            self.out.append(line)
        elif isinstance(self.frames[level - 1], _Cell):
            self.frames[level - 1].lines.append(line)  # type: ignore[union-attr]
