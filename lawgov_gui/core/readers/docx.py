"""The text of a Word (.docx) report, one paragraph a line, read as a stream.

Body paragraphs and tables come in document order (also those inside content
controls); a table row becomes one line, its cells joined by a full-width space,
a nested table's rows going into their cell. Headers, footers, footnotes,
comments, text boxes and deleted revisions are left out. A heading-style paragraph
is a line like any other; one without a 一、/（一） marker stays as it is. List
numbers that Word draws itself (自动编号) are written in front of their paragraph,
since the section finder needs the marker in the text.

The body (word/document.xml) is never held whole: it is unpacked in small steps
(safezip.Package) into an expat parser that keeps only the paragraph being read,
so memory stays that of the text, and unpacking stops at the part's size limit or
once the text passes limits.MAX_CHARS. Styles, numbering and document properties
are small parts, parsed whole (lxml, no entities, no network) within their own
limit. Any DTD is refused: Word never writes one.
"""

from __future__ import annotations

import posixpath
from xml.parsers import expat

from .. import limits
from ..errors import ReportError
from .docx_numbering import Numbering, W
from .safezip import BODY, DOCX_CORRUPT, ZIP_BOMB, Package

CELL_SEPARATOR = "\u3000"
MAX_SIDE_PART = 8 * 2**20  # styles, numbering, properties, relationships

_MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
_DC = "http://purl.org/dc/elements/1.1/"


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


def docx_to_text(data: bytes) -> tuple[str, dict[str, str]]:
    """The body text of a .docx, one paragraph (or table row) a line, and hints ("title").

    Raises:
        ReportError: the package is damaged, too large once unpacked, or its text too long.
    """
    with Package(data) as package:
        parts = _Parts(package)
        body = _Body(Numbering(parts.xml("numbering"), parts.styles), parts.style_names())
        body.parse(package.chunks(BODY))
        title = body.title or parts.core_title()
    return "\n".join(body.out), ({"title": title} if title else {})


class _Parts:
    """The small parts the body refers to, found through the package's relationships."""

    def __init__(self, package: Package) -> None:
        self.package = package
        self.targets = self._relationships("word/_rels/document.xml.rels", "word")
        self.styles = self.xml("styles")

    def _parse(self, name: str):
        from lxml import etree

        if not self.package.has(name):
            return None
        parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
        try:
            data = b"".join(self._capped(name))
            return etree.fromstring(data, parser) if data.strip() else None
        except etree.LxmlError:
            return None  # a damaged side part: read the body without it

    def _capped(self, name: str):
        size = 0
        for chunk in self.package.chunks(name):
            size += len(chunk)
            if size > MAX_SIDE_PART:
                raise ReportError(ZIP_BOMB)
            yield chunk

    def _relationships(self, name: str, base: str) -> dict[str, str]:
        root = self._parse(name)
        out: dict[str, str] = {}
        for rel in root.iterchildren(f"{{{_REL}}}Relationship") if root is not None else ():
            kind, target = rel.get("Type", "").rsplit("/", 1)[-1], rel.get("Target", "")
            if rel.get("TargetMode") != "External" and target:
                joined = target.lstrip("/") if target.startswith("/") else \
                    posixpath.normpath(posixpath.join(base, target))
                out.setdefault(kind, joined)
        return out

    def xml(self, kind: str):
        """The root element of the part of relationship type `kind`, or None."""
        return self._parse(self.targets.get(kind, f"word/{kind}.xml"))

    def style_names(self) -> dict[str, str]:
        """style id -> style name, lowercase."""
        names = {}
        for style in self.styles.iterchildren(f"{{{W}}}style") if self.styles is not None else ():
            name = style.find(f"{{{W}}}name")
            names[style.get(f"{{{W}}}styleId", "")] = (
                name.get(f"{{{W}}}val", "") if name is not None else "").lower()
        return names

    def core_title(self) -> str:
        targets = self._relationships("_rels/.rels", "")
        root = self._parse(targets.get("core-properties", "docProps/core.xml"))
        title = root.find(f"{{{_DC}}}title") if root is not None else None
        return (title.text or "").strip() if title is not None else ""


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


def _refuse_dtd(*_args) -> None:
    raise ReportError(DOCX_CORRUPT)


class _Body:
    """An expat handler turning word/document.xml into lines (see the module docstring)."""

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

    def parse(self, chunks) -> None:
        parser = expat.ParserCreate(namespace_separator="}")
        parser.buffer_text = True
        parser.StartElementHandler = self.start
        parser.EndElementHandler = self.end
        parser.CharacterDataHandler = self.data
        parser.StartDoctypeDeclHandler = _refuse_dtd
        parser.EntityDeclHandler = _refuse_dtd
        try:
            for chunk in chunks:
                parser.Parse(chunk, False)
            parser.Parse(b"", True)
        except expat.ExpatError:
            raise ReportError(DOCX_CORRUPT) from None

    def start(self, tag: str, attrs: dict[str, str]) -> None:
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
        if self.in_text and not self.skip and self.para is not None:
            self.para.parts.append(text)
            self.chars += len(text)
            if self.chars > limits.MAX_CHARS:
                raise limits.too_long(None)

    def end(self, tag: str) -> None:
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
