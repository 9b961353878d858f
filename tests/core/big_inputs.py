"""Large and hostile inputs, made on the fly (nothing big is committed).

Each maker returns bytes for a file in tmp_path: long texts, a text of nothing but
figures, a big web page, .docx files whose body is huge or whose zip directory
lies, and a PDF of many characters written by hand (a CID font with a ToUnicode
map and no embedded glyphs: pdfium reads its text as any PDF's).
"""

from __future__ import annotations

import io
import random
import struct
import zipfile
import zlib
from pathlib import Path

from tests.conftest import SEED

DATA = Path(__file__).resolve().parents[1] / "data"
SEED_DOCX = DATA / "seed.docx"
BODY = "word/document.xml"
MB = 2**20
SEED_BYTES = SEED.read_bytes()


def long_text(megabytes: float) -> bytes:
    """The seed report repeated to about `megabytes` MB of UTF-8."""
    return SEED_BYTES * max(1, round(megabytes * MB / len(SEED_BYTES)))


def figures_text(count: int, per_line: int = 100) -> bytes:
    """A text of `count` figures (1件 … 997件), `per_line` to a line."""
    line = "全省各级行政机关办理行政许可事项" + "，".join(
        f"{n % 997 + 1}件" for n in range(per_line)) + "。\n"
    return (line * (count // per_line)).encode()


def web_page(megabytes: float) -> bytes:
    """A saved web page: the seed's lines as paragraphs, repeated to about `megabytes` MB."""
    paragraphs = b"".join(b"<p>" + line + b"</p>\n" for line in SEED_BYTES.split(b"\n"))
    body = paragraphs * max(1, round(megabytes * MB / len(paragraphs)))
    return (b"<!DOCTYPE html><html><head><meta charset='utf-8'><title>report</title></head>"
            b"<body><div class='content'>" + body + b"</div></body></html>")


def _rebuilt(write_body) -> bytes:
    """seed.docx with its body written by `write_body(file, original body)`."""
    src = zipfile.ZipFile(SEED_DOCX)
    out = io.BytesIO()
    with src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as dst:
        for info in src.infolist():
            if info.filename != BODY:
                dst.writestr(info.filename, src.read(info))
        with dst.open(BODY, "w") as f:
            write_body(f, src.read(BODY))
    return out.getvalue()


def docx_with_body(prefix: bytes) -> bytes:
    """seed.docx with `prefix` written after the XML declaration of its body."""
    def body(f, original: bytes) -> None:
        end = original.index(b"?>") + 2
        f.write(original[:end] + prefix + original[end:])

    return _rebuilt(body)


def lying_docx(real_mb: int, declared: int) -> bytes:
    """A .docx whose directory says the body is `declared` bytes; it unpacks to real_mb MB."""
    def body(f, original: bytes) -> None:
        f.write(original[:original.rindex(b"</w:body>")])
        chunk = b"<w:p><w:r><w:t>" + b"a" * MB + b"</w:t></w:r></w:p>"
        for _ in range(real_mb):
            f.write(chunk)

    data = bytearray(_rebuilt(body))
    pos = data.find(b"PK\x01\x02")
    while pos != -1:
        length = struct.unpack_from("<H", data, pos + 28)[0]
        if data[pos + 46:pos + 46 + length] == BODY.encode():
            struct.pack_into("<I", data, pos + 24, declared)  # central directory
            local = struct.unpack_from("<I", data, pos + 42)[0]
            struct.pack_into("<I", data, local + 22, declared)  # local header
        pos = data.find(b"PK\x01\x02", pos + 4)
    return bytes(data)


def padded_docx(xml_mb: int) -> bytes:
    """A real .docx whose body holds about xml_mb MB of ordinary, varied paragraphs."""
    rng = random.Random(0)
    pool = "全年办理行政许可事项件同比增长复议诉讼案件执法监督规范性文件备案审查"
    # Blocks longer than deflate's 32 KB window, in random order, compress like prose.
    blocks = ["".join(
        '<w:p><w:pPr><w:spacing w:line="360"/></w:pPr><w:r><w:rPr><w:sz w:val="32"/>'
        f'</w:rPr><w:t>{"".join(rng.choices(pool, k=8))}{rng.randrange(10**6)}件。</w:t>'
        "</w:r></w:p>" for _ in range(300)).encode() for _ in range(64)]

    def body(f, original: bytes) -> None:
        cut = original.rindex(b"<w:sectPr")
        f.write(original[:cut])
        for _ in range(xml_mb * MB // len(blocks[0]) + 1):
            f.write(rng.choice(blocks))
        f.write(original[cut:])

    return _rebuilt(body)


# --- PDF -------------------------------------------------------------------------------------

_FONT = (b"<< /Type /Font /Subtype /Type0 /BaseFont /SimSun /Encoding /Identity-H "
         b"/DescendantFonts [4 0 R] /ToUnicode 5 0 R >>")
_CID_FONT = (b"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /SimSun /CIDToGIDMap /Identity "
             b"/CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> "
             b"/FontDescriptor 6 0 R /DW 1000 >>")
_DESCRIPTOR = (b"<< /Type /FontDescriptor /FontName /SimSun /Flags 4 /FontBBox [0 -140 1000 880] "
               b"/ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 700 /StemV 80 >>")


def _to_unicode() -> bytes:
    """A CMap mapping each two-byte code to the same Unicode code point."""
    ranges = [f"<{hi:02X}00> <{hi:02X}FF> <{hi:02X}00>" for hi in range(256)]
    blocks = [f"{len(ranges[i:i + 100])} beginbfrange\n" + "\n".join(ranges[i:i + 100])
              + "\nendbfrange" for i in range(0, 256, 100)]
    return ("/CIDInit /ProcSet findresource begin 12 dict begin begincmap "
            "/CMapName /Same def 1 begincodespacerange <0000> <FFFF> endcodespacerange\n"
            + "\n".join(blocks) + "\nendcmap CMapName currentdict /CMap defineresource pop end end"
            ).encode()


def _stream(body: bytes) -> bytes:
    packed = zlib.compress(body, 1)
    return b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(packed) + packed + \
        b"\nendstream"


def pdf_of(lines_per_page: list[list[str]]) -> bytes:
    """A PDF of A4 pages, each holding its lines in 10 pt text, 14 pt apart."""
    pages = len(lines_per_page)
    objects = {1: b"<< /Type /Catalog /Pages 2 0 R >>", 3: _FONT, 4: _CID_FONT,
               5: _stream(_to_unicode()), 6: _DESCRIPTOR}
    kids = []
    for n, lines in enumerate(lines_per_page):
        page, content = 7 + 2 * n, 8 + 2 * n
        kids.append(b"%d 0 R" % page)
        shown = b" T*\n".join(b"<" + line.encode("utf-16-be").hex().encode() + b"> Tj"
                              for line in lines)
        objects[content] = _stream(b"BT /F1 10 Tf 14 TL 50 800 Td\n" + shown + b"\nET")
        objects[page] = (b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
                         b"/Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>" % content)
    objects[2] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (b" ".join(kids), pages)
    out, offsets = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n"), {}
    for number in sorted(objects):
        offsets[number] = len(out)
        out += b"%d 0 obj\n" % number + objects[number] + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offsets[n] for n in sorted(objects))
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1, xref)
    return bytes(out)


def long_pdf(pages: int, chars_per_line: int = 50, lines: int = 50) -> bytes:
    """A PDF of `pages` pages of the seed's text, `lines` lines of `chars_per_line` a page."""
    text = SEED.read_text(encoding="utf-8").replace("\n", "")
    per_page = chars_per_line * lines
    body = (text * (per_page * pages // len(text) + 1))[:per_page * pages]
    return pdf_of([[body[start:start + chars_per_line]
                    for start in range(p * per_page, (p + 1) * per_page, chars_per_line)]
                   for p in range(pages)])


def pdf_text(path: Path) -> tuple[int, str]:
    """(pages, text) of a PDF, read back with pdfium (line breaks dropped)."""
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(str(path))
    try:
        texts = []
        for page in pdf:
            textpage = page.get_textpage()
            texts.append(textpage.get_text_range())
            textpage.close()
            page.close()
        return len(pdf), "".join(texts).replace("\r\n", "")
    finally:
        pdf.close()
