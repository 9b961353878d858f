"""The text of a Word (.docx) report, one paragraph a line (python-docx).

Body paragraphs and tables come in document order (the body's w:p and w:tbl
children, also those inside content controls); a table row becomes one line, its
cells joined by a full-width space. Headers, footers, footnotes, comments, text
boxes and deleted revisions are left out. A heading-style paragraph is a line like
any other; one without a 一、/（一） marker stays as it is. List numbers that Word
draws itself (自动编号 一、 （一） 1.) are written in front of their paragraph,
since the section finder needs the marker in the text.

The caller (reading.decode_file) has already checked the zip: its size, its
compression ratios and that word/document.xml is there.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Iterator

from .errors import ReportError

CORRUPT = "文件已损坏或不是有效的 Word 文档（.docx）。"
CELL_SEPARATOR = "\u3000"

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"


def _w(tag: str) -> str:
    return f"{{{_W}}}{tag}"


_P, _TBL, _TR, _TC = _w("p"), _w("tbl"), _w("tr"), _w("tc")
_SDT, _SDT_CONTENT, _CUSTOM_XML = _w("sdt"), _w("sdtContent"), _w("customXml")
_T = _w("t")
_CHARS = {_w("tab"): "\t", _w("br"): "\n", _w("cr"): "\n", _w("noBreakHyphen"): "-"}
# Never text of the paragraph: its properties, text boxes, the old-Word copy of a
# drawing, deleted or moved-away revisions.
_SKIP = {_w("pPr"), _w("rPr"), _w("txbxContent"), f"{{{_MC}}}Fallback", _w("del"),
         _w("moveFrom"), _w("instrText"), _w("delText")}
_VAL = _w("val")

_WORD_TYPES = (
    "application/vnd.ms-word.document.macroEnabled.main+xml",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml",
    "application/vnd.ms-word.template.macroEnabledTemplate.main+xml",
)
_DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"


def docx_to_text(data: bytes) -> tuple[str, dict[str, str]]:
    """The body text of a .docx, one paragraph (or table row) a line, and hints ("title").

    Raises:
        ReportError: the package cannot be opened as a Word document.
    """
    document = _open(data)
    try:
        reader = _Reader(document)
        lines = list(reader.lines(document.element.body))
    except ReportError:
        raise
    except Exception:  # malformed parts surface as many different exceptions
        raise ReportError(CORRUPT) from None
    hints = {}
    title = reader.title or (document.core_properties.title or "").strip()
    if title:
        hints["title"] = title
    return "\n".join(lines), hints


def _open(data: bytes):
    import docx

    try:
        return docx.Document(io.BytesIO(data))
    except ValueError as e:
        if "content type" not in str(e):
            raise ReportError(CORRUPT) from None
    except Exception:
        raise ReportError(CORRUPT) from None
    # .docm/.dotx/.dotm: the same body under another content type.
    try:
        return docx.Document(io.BytesIO(_retyped(data)))
    except Exception:
        raise ReportError(CORRUPT) from None


def _retyped(data: bytes) -> bytes:
    """The package with its main part declared as a plain .docx document."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, \
            zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            body = src.read(info)
            if info.filename == "[Content_Types].xml":
                for old in _WORD_TYPES:
                    body = body.replace(old.encode(), _DOCX_TYPE.encode())
            dst.writestr(info.filename, body)
    return out.getvalue()


class _Reader:
    """Walks the body; keeps the list counters and the first Title-style paragraph."""

    def __init__(self, document) -> None:
        self.numbering = _Numbering(document)
        self.styles = {s.style_id: s for s in document.styles}
        self.title = ""

    def lines(self, container) -> Iterator[str]:
        for child in container.iterchildren():
            tag = child.tag
            if tag == _P:
                text = self._paragraph(child)
                for line in text.split("\n"):
                    if line.strip():
                        yield line
            elif tag == _TBL:
                yield from self._table(child)
            elif tag == _SDT:
                content = child.find(_SDT_CONTENT)
                if content is not None:
                    yield from self.lines(content)
            elif tag == _CUSTOM_XML:
                yield from self.lines(child)

    def _paragraph(self, p) -> str:
        parts: list[str] = []
        _collect(p, parts)
        text = "".join(parts)
        style_id = _style_id(p)
        if not text.strip():
            return ""
        if not self.title and style_id and self._style_name(style_id) == "title":
            self.title = text.strip()
        return self.numbering.marker(p, style_id) + text

    def _style_name(self, style_id: str) -> str:
        style = self.styles.get(style_id)
        return (style.name or "").lower() if style is not None else ""

    def _table(self, tbl) -> Iterator[str]:
        for tr in tbl.iter(_TR):
            if _nearest(tr, _TBL) is not tbl:
                continue  # a row of a table nested in a cell: read with its cell
            cells = []
            for tc in tr.iter(_TC):
                if _nearest(tc, _TR) is not tr:
                    continue
                text = " ".join(line.strip() for line in self.lines(tc) if line.strip())
                if text:
                    cells.append(text)
            if cells:
                yield CELL_SEPARATOR.join(cells)


def _nearest(el, tag: str):
    parent = el.getparent()
    while parent is not None and parent.tag != tag:
        parent = parent.getparent()
    return parent


def _collect(el, parts: list[str]) -> None:
    for child in el.iterchildren():
        tag = child.tag
        if tag in _SKIP or not isinstance(tag, str):
            continue
        if tag == _T:
            parts.append(child.text or "")
        elif tag in _CHARS:
            parts.append(_CHARS[tag])
        else:
            _collect(child, parts)


def _style_id(p) -> str | None:
    ppr = p.find(_w("pPr"))
    style = ppr.find(_w("pStyle")) if ppr is not None else None
    return style.get(_VAL) if style is not None else None


# --- list numbering ------------------------------------------------------------------------

_CN_DIGITS = "零一二三四五六七八九"
_CN_LEGAL = "零壹贰叁肆伍陆柒捌玖"
_STEMS = "甲乙丙丁戊己庚辛壬癸"
_ZODIAC = "子丑寅卯辰巳午未申酉戌亥"


def _chinese(n: int, digits: str = _CN_DIGITS, ten: str = "十") -> str:
    if n <= 0 or n >= 100:
        return str(n)
    tens, ones = divmod(n, 10)
    head = "" if tens == 0 else (ten if tens == 1 else digits[tens] + ten)
    return head + (digits[ones] if ones else "")


def _roman(n: int) -> str:
    out = ""
    for value, sym in ((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
                       (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")):
        while n >= value:
            out += sym
            n -= value
    return out


def _letters(n: int) -> str:
    return chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1) if n > 0 else str(n)


def format_number(n: int, fmt: str) -> str:
    """The list number `n` written in Word's numbering format `fmt`."""
    if fmt in ("chineseCounting", "chineseCountingThousand", "japaneseCounting",
               "taiwaneseCounting", "taiwaneseCountingThousand", "ideographDigital"):
        return _chinese(n)
    if fmt == "chineseLegalSimplified":
        return _chinese(n, _CN_LEGAL, "拾")
    if fmt in ("ideographTraditional", "ideographEnclosedCircle") and 1 <= n <= 10:
        return _STEMS[n - 1]
    if fmt == "ideographZodiac" and 1 <= n <= 12:
        return _ZODIAC[n - 1]
    if fmt in ("decimalEnclosedCircle", "decimalEnclosedCircleChinese") and 1 <= n <= 20:
        return chr(0x2460 + n - 1)
    if fmt == "decimalZero":
        return f"{n:02d}"
    if fmt == "lowerLetter":
        return _letters(n)
    if fmt == "upperLetter":
        return _letters(n).upper()
    if fmt == "lowerRoman":
        return _roman(n)
    if fmt == "upperRoman":
        return _roman(n).upper()
    return str(n)


class _Numbering:
    """Word's automatic list numbers, counted in document order."""

    def __init__(self, document) -> None:
        # numId -> ilvl -> (start, numFmt, lvlText); style id -> (numId, ilvl or None)
        self.levels: dict[str, dict[int, tuple[int, str, str]]] = {}
        self.style_levels: dict[str, tuple[str, int | None]] = {}
        self.linked: dict[tuple[str, str], int] = {}  # (numId, style id) -> ilvl
        self.counters: dict[str, dict[int, int]] = {}
        try:
            root = document.part.numbering_part.element
        except Exception:
            root = None
        if root is not None:
            self._read(root)
        for style in document.styles:
            numpr = style.element.find(f"{_w('pPr')}/{_w('numPr')}")
            if numpr is not None:
                num_id = _child_val(numpr, "numId")
                ilvl = _child_val(numpr, "ilvl")
                if num_id:
                    self.style_levels[style.style_id] = (num_id, int(ilvl) if ilvl else None)

    def _read(self, root) -> None:
        abstract: dict[str, dict[int, tuple[int, str, str, str | None]]] = {}
        for an in root.iterchildren(_w("abstractNum")):
            levels = {}
            for lvl in an.iterchildren(_w("lvl")):
                levels[int(lvl.get(_w("ilvl"), "0"))] = _level(lvl)
            abstract[an.get(_w("abstractNumId"), "")] = levels
        for num in root.iterchildren(_w("num")):
            num_id = num.get(_w("numId"), "")
            levels = dict(abstract.get(_child_val(num, "abstractNumId") or "", {}))
            for override in num.iterchildren(_w("lvlOverride")):
                ilvl = int(override.get(_w("ilvl"), "0"))
                lvl = override.find(_w("lvl"))
                if lvl is not None:
                    levels[ilvl] = _level(lvl)
                start = _child_val(override, "startOverride")
                if start and start.isdigit() and ilvl in levels:
                    levels[ilvl] = (int(start), *levels[ilvl][1:])
            self.levels[num_id] = {k: v[:3] for k, v in levels.items()}
            for k, v in levels.items():
                if v[3]:
                    self.linked[(num_id, v[3])] = k

    def marker(self, p, style_id: str | None) -> str:
        """The list number Word shows in front of paragraph `p`, or ""."""
        numpr = p.find(f"{_w('pPr')}/{_w('numPr')}")
        num_id = ilvl = None
        if numpr is not None:
            num_id = _child_val(numpr, "numId")
            value = _child_val(numpr, "ilvl")
            ilvl = int(value) if value and value.isdigit() else None
        if num_id is None and style_id in self.style_levels:
            num_id, ilvl = self.style_levels[style_id]
        if not num_id or num_id == "0" or num_id not in self.levels:
            return ""
        if ilvl is None:
            ilvl = self.linked.get((num_id, style_id or ""), 0)
        levels = self.levels[num_id]
        if ilvl not in levels:
            return ""
        counters = self.counters.setdefault(num_id, {})
        counters[ilvl] = counters[ilvl] + 1 if ilvl in counters else levels[ilvl][0]
        for deeper in [k for k in counters if k > ilvl]:
            del counters[deeper]
        _, fmt, text = levels[ilvl]
        if fmt in ("bullet", "none"):
            return ""

        def number(m: re.Match[str]) -> str:
            k = int(m.group(1)) - 1
            if k not in levels:
                return ""
            return format_number(counters.get(k, levels[k][0]), levels[k][1])

        return re.sub(r"%([1-9])", number, text)


def _child_val(el, tag: str) -> str | None:
    child = el.find(_w(tag))
    return child.get(_VAL) if child is not None else None


def _level(lvl) -> tuple[int, str, str, str | None]:
    start = _child_val(lvl, "start")
    return (int(start) if start and start.isdigit() else 1, _child_val(lvl, "numFmt") or "decimal",
            _child_val(lvl, "lvlText") or "", _child_val(lvl, "pStyle"))
