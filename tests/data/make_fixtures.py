"""Build the Word and PDF test fixtures from the seed report.

    cd /work/main && QT_QPA_PLATFORM=offscreen .venv/bin/python tests/data/make_fixtures.py

Writes, next to this script:

- seed.docx: the seed's cleaned text, one paragraph per line; 一、 lines in
  Heading 1, （一） lines in Heading 2; the closing sentence of 一、（一） (the one
  with 74.14%) moved into a small table (a header row and one figure row), so the
  text, the sections and the indicators stay those of the .txt; a page header and
  footer whose words (页眉, 页脚) must not reach the extract.
- seed.pdf: the same text typeset by Qt (QPdfWriter + QTextDocument, the bundled
  Noto Sans SC subset, A4, 12 pt body with a 2-character first-line indent), so
  paragraphs wrap over several lines and pages; every page has the running header
  "吉林省人民政府" and the footer page number "— n —".
- scan.pdf: one page holding only an image (the text rendered to pixels): no text layer.
- encrypted.pdf: a tiny PDF encrypted with the standard security handler (RC4,
  40-bit, revision 2) and the user password "secret", written by hand since
  neither pdfium nor Qt can encrypt.

The files are committed; run this again only when the seed or the layout changes.
"""

from __future__ import annotations

import hashlib
import os
import re
import struct
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(ROOT))

from lawgov_gui.core import load_report  # noqa: E402

SEED = ROOT / "seeds" / "jilin-2023-fazhi-zhengfu-report.txt"
FONT = ROOT / "lawgov_gui" / "resources" / "fonts" / "LawgovNotoSansSC-Regular.otf"

RUNNING_HEADER = "吉林省人民政府"
DOCX_HEADER = "吉林省人民政府文件样张（页眉）"
DOCX_FOOTER = "仅供测试使用 第1页（页脚）"
# The sentence of 一、（一） that goes into the table, split at its first comma.
TABLE_SENTENCE_START = "以督为要,"
TABLE_HEADER_ROW = ("工作", "情况")
TITLE = "吉林省2023年法治政府建设情况报告"

_LEVEL1 = re.compile(r"^[一二三四五六七八九十]{1,3}、")
_LEVEL2 = re.compile(r"^[（(][一二三四五六七八九十]{1,3}[）)]")


def seed_lines() -> list[str]:
    """The seed report's cleaned text, one paragraph a line."""
    return load_report(SEED).text.split("\n")


# --- Word ----------------------------------------------------------------------------------

def make_docx(path: Path) -> None:
    from docx import Document

    doc = Document()
    doc.core_properties.title = TITLE
    section = doc.sections[0]
    section.header.paragraphs[0].text = DOCX_HEADER
    section.footer.paragraphs[0].text = DOCX_FOOTER
    for line in seed_lines():
        if _LEVEL1.match(line):
            doc.add_heading(line, level=1)
            continue
        if _LEVEL2.match(line) and TABLE_SENTENCE_START in line:
            head, tail = line.split(TABLE_SENTENCE_START, 1)
            doc.add_heading(head, level=2)
            table = doc.add_table(rows=2, cols=2)
            table.style = "Table Grid"
            for cell, text in zip(table.rows[0].cells, TABLE_HEADER_ROW, strict=True):
                cell.text = text
            table.rows[1].cells[0].text = TABLE_SENTENCE_START.rstrip(",")
            table.rows[1].cells[1].text = tail
            continue
        if _LEVEL2.match(line):
            doc.add_heading(line, level=2)
        else:
            doc.add_paragraph(line)
    doc.save(str(path))


# --- PDF with a text layer -----------------------------------------------------------------

def _app():
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    return QGuiApplication.instance() or QGuiApplication([])


def make_pdf(path: Path) -> None:
    from PySide6.QtCore import QMarginsF, QPointF, QRectF, QSizeF, Qt
    from PySide6.QtGui import (
        QFont,
        QFontDatabase,
        QPageLayout,
        QPageSize,
        QPainter,
        QPdfWriter,
        QTextBlockFormat,
        QTextCharFormat,
        QTextCursor,
        QTextDocument,
    )

    _app()
    font_id = QFontDatabase.addApplicationFont(str(FONT))
    if font_id < 0:
        raise SystemExit(f"cannot load {FONT}")
    family = QFontDatabase.applicationFontFamilies(font_id)[0]

    dpi = 300
    writer = QPdfWriter(str(path))
    writer.setResolution(dpi)
    writer.setTitle(TITLE)
    writer.setCreator("lawgov_gui tests/data/make_fixtures.py")
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4),
                                     QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0)))

    def mm(x: float) -> float:
        return x / 25.4 * dpi

    def pt(x: float) -> float:
        return x / 72 * dpi

    page_w, page_h = mm(210), mm(297)
    left, top, bottom = mm(28), mm(37), mm(35)
    body = QRectF(left, top, page_w - 2 * left, page_h - top - bottom)

    doc = QTextDocument()
    doc.documentLayout().setPaintDevice(writer)
    doc.setDocumentMargin(0)
    body_font = QFont(family)
    body_font.setPointSizeF(12)
    doc.setDefaultFont(body_font)
    doc.setPageSize(QSizeF(body.width(), body.height()))

    cursor = QTextCursor(doc)
    plain = QTextCharFormat()
    plain.setFont(body_font)
    bold = QTextCharFormat(plain)
    bold.setFontWeight(QFont.Weight.Bold)
    for n, line in enumerate(seed_lines()):
        fmt = QTextBlockFormat()
        fmt.setLineHeight(150, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
        fmt.setBottomMargin(pt(4))
        heading = bool(_LEVEL1.match(line))
        fmt.setTextIndent(0 if heading else pt(24))
        if heading:
            fmt.setTopMargin(pt(6))
        if n:
            cursor.insertBlock(fmt)
        else:
            cursor.setBlockFormat(fmt)
        cursor.insertText(line, bold if heading else plain)

    # Each line is drawn on its own page, never clipped: text outside a clip rectangle is
    # invisible but still in the page's text layer, so drawContents() per page would leave
    # the lines of the neighbouring pages in it.
    pages: dict[int, list[tuple[QPointF, object]]] = {}
    layout = doc.documentLayout()
    block = doc.begin()
    while block.isValid():
        origin = layout.blockBoundingRect(block).topLeft()
        text_layout = block.layout()
        for i in range(text_layout.lineCount()):
            line = text_layout.lineAt(i)
            # A line the layout moved to the top of the next page may sit a hair above it.
            page = int((origin.y() + line.y() + 1) // body.height())
            pages.setdefault(page, []).append((origin, line))
        block = block.next()

    small = QFont(family)
    small.setPointSizeF(10.5)
    painter = QPainter(writer)
    try:
        for page in range(max(pages) + 1):
            if page:
                writer.newPage()
            painter.setFont(small)
            painter.drawText(QRectF(left, mm(16), body.width(), mm(8)),
                             Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter,
                             RUNNING_HEADER)
            painter.drawLine(int(left), int(mm(25)), int(left + body.width()), int(mm(25)))
            painter.drawText(QRectF(left, page_h - mm(22), body.width(), mm(8)),
                             Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter,
                             f"— {page + 1} —")
            painter.save()
            painter.translate(left, top - page * body.height())
            for origin, line in pages.get(page, []):
                line.draw(painter, origin)
            painter.restore()
    finally:
        painter.end()


def make_scan(path: Path) -> None:
    """A one-page 'scan': the opening paragraph painted into an image, no text objects."""
    from PySide6.QtCore import QMarginsF, QRect, QRectF, Qt
    from PySide6.QtGui import (
        QColor,
        QFont,
        QFontDatabase,
        QImage,
        QPageLayout,
        QPageSize,
        QPainter,
        QPdfWriter,
    )

    _app()
    font_id = QFontDatabase.addApplicationFont(str(FONT))
    family = QFontDatabase.applicationFontFamilies(font_id)[0]
    image = QImage(620, 300, QImage.Format.Format_Grayscale8)
    image.fill(QColor("white"))
    p = QPainter(image)
    font = QFont(family)
    font.setPixelSize(22)
    p.setFont(font)
    p.setPen(QColor("black"))
    p.drawText(QRect(20, 20, 580, 260), Qt.TextFlag.TextWordWrap, seed_lines()[0][:120])
    p.end()

    writer = QPdfWriter(str(path))
    writer.setResolution(72)
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4),
                                     QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0)))
    painter = QPainter(writer)
    painter.drawImage(QRectF(40, 60, 515, 249), image)
    painter.end()


# --- an encrypted PDF, by hand -------------------------------------------------------------

_PAD = bytes.fromhex("28bf4e5e4e758a4164004e56fffa01082e2e00b6d0683e802f0ca9fe6453697a")


def _rc4(key: bytes, data: bytes) -> bytes:
    s = list(range(256))
    j = 0
    for i in range(256):
        j = (j + s[i] + key[i % len(key)]) % 256
        s[i], s[j] = s[j], s[i]
    out = bytearray()
    i = j = 0
    for byte in data:
        i = (i + 1) % 256
        j = (j + s[i]) % 256
        s[i], s[j] = s[j], s[i]
        out.append(byte ^ s[(s[i] + s[j]) % 256])
    return bytes(out)


def encrypted_pdf(user_password: str = "secret", owner_password: str = "owner") -> bytes:
    """A one-page PDF under the standard security handler, V1 R2 (40-bit RC4)."""
    def padded(pw: str) -> bytes:
        return (pw.encode("latin-1") + _PAD)[:32]

    doc_id = hashlib.md5(b"lawgov_gui encrypted fixture").digest()
    permissions = -44  # print and copy allowed; the value does not matter here
    o_key = hashlib.md5(padded(owner_password)).digest()[:5]
    o_value = _rc4(o_key, padded(user_password))
    key = hashlib.md5(padded(user_password) + o_value + struct.pack("<i", permissions)
                      + doc_id).digest()[:5]
    u_value = _rc4(key, _PAD)

    def obj_key(num: int) -> bytes:
        return hashlib.md5(key + struct.pack("<i", num)[:3] + b"\x00\x00").digest()[:10]

    content = _rc4(obj_key(4), b"BT /F1 24 Tf 72 720 Td (Encrypted report 2023) Tj ET")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R"
        b" /Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Filter /Standard /V 1 /R 2 /O <" + o_value.hex().encode() + b"> /U <"
        + u_value.hex().encode() + b"> /P %d >>" % permissions,
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for num, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % num + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % off for off in offsets)
    out += (b"trailer\n<< /Size %d /Root 1 0 R /Encrypt 6 0 R /ID [<%s> <%s>] >>\n"
            % (len(objects) + 1, doc_id.hex().encode(), doc_id.hex().encode()))
    out += b"startxref\n%d\n%%%%EOF\n" % xref
    return bytes(out)


def main() -> None:
    make_docx(HERE / "seed.docx")
    make_pdf(HERE / "seed.pdf")
    make_scan(HERE / "scan.pdf")
    (HERE / "encrypted.pdf").write_bytes(encrypted_pdf())
    for name in ("seed.docx", "seed.pdf", "scan.pdf", "encrypted.pdf"):
        print(f"{name}: {(HERE / name).stat().st_size / 1024:.1f} KB")


if __name__ == "__main__":
    main()
