"""Reading PDF reports with a text layer: lines back into paragraphs, page furniture out, refusals.

tests/data/seed.pdf is the seed report typeset by Qt (tests/data/make_fixtures.py):
A4, 12 pt, paragraphs wrapping over five pages, a running header "吉林省人民政府"
and a footer "— n —" on every page. Other layouts are built here with pdfium itself,
placing each line of text where a typesetter would.
"""

from __future__ import annotations

import ctypes
import io
import re
from pathlib import Path

import pytest

pdfium = pytest.importorskip("pypdfium2")
import pypdfium2.raw as pdfium_c  # noqa: E402

from lawgov_gui.core import ReportError, load_report  # noqa: E402
from lawgov_gui.core.readers import pdf as read_pdf  # noqa: E402
from lawgov_gui.core.readers.pdf_furniture import is_page_number  # noqa: E402
from lawgov_gui.core.readers.text import decode_file  # noqa: E402
from tests.conftest import ROOT  # noqa: E402
from tests.core.readers.scorer import assert_full_marks, needs_scorer  # noqa: E402

DATA = ROOT / "tests" / "data"
SEED_PDF = DATA / "seed.pdf"
FONT = ROOT / "lawgov_gui" / "resources" / "fonts" / "LawgovNotoSansSC-Regular.otf"


def _tree(report) -> list[tuple[int, str, str]]:
    return [(s.level, s.marker, s.title) for s in report.iter_sections()]


def _figures(report) -> list[tuple[str, float, str]]:
    return [(i.text, i.value, i.unit) for i in report.indicators]


def _refusal(tmp_path: Path, data: bytes, name: str = "report.pdf") -> str:
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(ReportError) as info:
        load_report(path)
    assert re.search(r"[\u4e00-\u9fff]", info.value.message)
    return info.value.message


@pytest.fixture(scope="module")
def pdf_report():
    return load_report(SEED_PDF)


# --- the seed as a typeset PDF --------------------------------------------------------------

def test_fixtures_are_small() -> None:
    for name in ("seed.pdf", "scan.pdf", "encrypted.pdf"):
        assert (DATA / name).stat().st_size < 200 * 1024, name


def test_fixture_really_wraps_and_has_furniture() -> None:
    """Guards the test below: the PDF has broken lines, headers and page numbers to undo."""
    pdf = pdfium.PdfDocument(SEED_PDF)
    try:
        assert len(pdf) >= 3
        for n in range(len(pdf)):
            page = pdf[n]
            textpage = page.get_textpage()
            text = textpage.get_text_range()
            textpage.close()
            page.close()
            assert "吉林省人民政府\r\n" in text
            assert f"— {n + 1} —" in text
            assert text.count("\r\n") >= 5
    finally:
        pdf.close()


def test_text_is_the_text_report_again(pdf_report, seed_report) -> None:
    """Lines joined back into the very paragraphs of the .txt, furniture gone."""
    assert pdf_report.source.format == "pdf"
    assert pdf_report.source.encoding is None
    assert pdf_report.text == seed_report.text
    lines = pdf_report.text.split("\n")
    assert "吉林省人民政府" not in lines
    assert not any(re.fullmatch(r"—\s*\d+\s*—", line) for line in lines)


def test_same_sections_and_indicators_as_the_text(pdf_report, seed_report) -> None:
    assert _tree(pdf_report) == _tree(seed_report)
    assert _figures(pdf_report) == _figures(seed_report)
    assert len(pdf_report.indicators) == 60
    assert [i.subject for i in pdf_report.indicators] == [i.subject for i in seed_report.indicators]


def test_meta(pdf_report) -> None:
    assert pdf_report.meta.issuer == "吉林省人民政府"
    assert pdf_report.meta.year == 2023
    assert pdf_report.meta.title == "吉林省2023年法治政府建设情况报告"  # the PDF's Title


@needs_scorer
def test_shared_scorer_gives_full_marks(tmp_path: Path, pdf_report) -> None:
    assert_full_marks(pdf_report, tmp_path)


def test_extension_does_not_matter(tmp_path: Path) -> None:
    path = tmp_path / "report.bin"
    path.write_bytes(SEED_PDF.read_bytes())
    decoded = decode_file(path, path.read_bytes())
    assert (decoded.format, decoded.encoding) == ("pdf", None)
    assert decoded.hints == {"title": "吉林省2023年法治政府建设情况报告"}


# --- other layouts, typeset here with pdfium ------------------------------------------------

SIZE = 12.0
LEFT, WIDTH = 72.0, 36  # a full line: 36 full-width characters from x=72
FULL_LINE = re.compile(r"[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef“”]+")


def _typeset(pages: list[list[tuple[float, float, str, float]]]) -> bytes:
    """A PDF with each (x, y, text, size) placed as one text object, A4."""
    data = FONT.read_bytes()
    buffer = (ctypes.c_uint8 * len(data)).from_buffer_copy(data)
    pdf = pdfium.PdfDocument.new()
    font = pdfium_c.FPDFText_LoadFont(pdf, buffer, len(data), pdfium_c.FPDF_FONT_TRUETYPE, True)
    assert font
    try:
        for items in pages:
            page = pdf.new_page(595, 842)
            for x, y, text, size in items:
                obj = pdfium_c.FPDFPageObj_CreateTextObj(pdf, font, size)
                raw = (text + "\0").encode("utf-16-le")
                chars = (ctypes.c_ushort * (len(raw) // 2)).from_buffer_copy(raw)
                assert pdfium_c.FPDFText_SetText(obj, ctypes.cast(chars, pdfium_c.FPDF_WIDESTRING))
                pdfium_c.FPDFPageObj_Transform(obj, 1, 0, 0, 1, x, y)
                pdfium_c.FPDFPage_InsertObject(page, obj)
            assert pdfium_c.FPDFPage_GenerateContent(page)
            page.close()
        out = io.BytesIO()
        pdf.save(out)
        return out.getvalue()
    finally:
        pdfium_c.FPDFFont_Close(font)
        pdf.close()


def _wrap(paragraph: str, first_indent: int = 0) -> list[tuple[float, str]]:
    """(x, line) for a paragraph of full-width text, 36 characters a line."""
    out, rest, room = [], paragraph, WIDTH - first_indent
    x = LEFT + first_indent * SIZE
    while rest:
        line, rest = rest[:room], rest[room:]
        out.append((x, line))
        x, room = LEFT, WIDTH
    for _, line in out[:-1]:
        assert FULL_LINE.fullmatch(line) and len(line) * SIZE <= WIDTH * SIZE
    return out


# 71 characters: with the punctuation after it, two full lines.
LONG = ("坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大精神，深入推进依法行政，"
        "加快建设法治政府，持续优化营商环境，各项工作取得新成效")
assert len(LONG) == 2 * WIDTH - 1
SENTENCE_AT_MARGIN = "全市各级行政机关主动接受人大监督和政协民主监督，依法依规办理各类议案等。"
assert len(SENTENCE_AT_MARGIN) == WIDTH


def _block_layout() -> tuple[list[list[tuple[float, float, str, float]]], list[str]]:
    """Unindented paragraphs set apart by a wider gap; a two-line centred title; running
    header; page numbers in three forms; a signature at the foot of the last page."""
    paragraphs = [
        "一、主要工作",
        LONG + "。全年办理行政许可事项1234件。",
        SENTENCE_AT_MARGIN + LONG + "，行政复议纠错率12.5%。",
        "二、存在的问题",
        LONG + "。基层执法力量仍然不足。",
        "三、下一步安排",
        LONG + "，推动Open Government Data开放共享。",
        LONG + "。",
    ]
    pages: list[list[tuple[float, float, str, float]]] = [[]]
    pages[0] += [(288 - 7 * 18, 760, "某市人民政府关于二〇二三年度", 18.0),
                 (288 - 5.5 * 18, 736, "法治政府建设情况的报告", 18.0)]
    y = 690.0
    for paragraph in paragraphs:
        for x, line in _wrap(paragraph):
            if y < 540:
                pages.append([])
                y = 750.0
            pages[-1].append((x, y, line, SIZE))
            y -= 20
        y -= 14  # the gap between paragraphs
    pages[-1] += [(432, y - 20, "某市人民政府", SIZE), (420, y - 40, "2024年3月1日", SIZE)]
    footers = ["- 1 -", "第 2 页 共 3 页", "3/3"]
    assert len(pages) == 3
    for n, page in enumerate(pages):
        page.insert(0, (250, 800, "某市人民政府文件", 10.5))
        page.append((280, 40, footers[n], 10.5))
    expected = ["某市人民政府关于二〇二三年度法治政府建设情况的报告", *paragraphs[:6],
                LONG + "，推动Open Government Data开放共享。", LONG + "。",
                "某市人民政府", "2024年3月1日"]
    return pages, expected


def test_block_paragraphs_headers_page_numbers_and_title(tmp_path: Path) -> None:
    pages, expected = _block_layout()
    data = _typeset(pages)
    text, hints = read_pdf.pdf_to_text(data)
    assert text.split("\n") == expected
    assert hints == {}

    path = tmp_path / "block.pdf"
    path.write_bytes(data)
    report = load_report(path)
    assert report.meta.title == "某市人民政府关于二〇二三年度法治政府建设情况的报告"
    assert report.meta.title_inferred is False
    assert [(s.level, s.marker) for s in report.iter_sections()] == [
        (1, "一、"), (1, "二、"), (1, "三、")]
    assert [i.text for i in report.indicators] == ["1234件", "12.5%"]


def test_indented_paragraphs_run_on_past_a_sentence_end_at_the_margin() -> None:
    """公文 layout: every paragraph (headings too) indented two characters, no gaps."""
    paragraphs = [
        "一、主要工作",
        "（一）深化改革。" + SENTENCE_AT_MARGIN[:26] + SENTENCE_AT_MARGIN + LONG + "。",
        "（二）加强监督。" + LONG + LONG + "，抽查案卷560件。",
        "二、存在的问题",
        LONG + "。",
    ]
    items, y = [], 760.0
    for paragraph in paragraphs:
        for x, line in _wrap(paragraph, first_indent=2):
            items.append((x, y, line, SIZE))
            y -= 20
    lines = [line for _, _, line, _ in items]
    assert SENTENCE_AT_MARGIN in lines  # a full line ending in 。 inside a paragraph
    text, _ = read_pdf.pdf_to_text(_typeset([[*items, (290, 40, "1", 10.5)]]))
    assert text.split("\n") == paragraphs


@pytest.mark.parametrize("text", [
    "— 3 —", "- 3 -", "-3-", "3", "第3页", "第 3 页", "第 3 页 共 10 页", "第3页/共10页",
    "共10页 第3页", "3/10", "3 / 10", "(3)", "（3）", "Page 3", "page 3 of 10", "·3·"])
def test_page_numbers(text: str) -> None:
    assert is_page_number(text)


@pytest.mark.parametrize("text", ["2023年", "一、", "74.14%", "第二批", "3个", "第3条", "(一)"])
def test_not_page_numbers(text: str) -> None:
    assert not is_page_number(text)


# --- refusals -------------------------------------------------------------------------------

def test_scan_without_text_layer(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Without the OCR group a scan is refused, saying how to install it (with it, a scan
    opens: test_ocr.py)."""
    monkeypatch.setattr(read_pdf, "available", lambda: False)
    message = _refusal(tmp_path, (DATA / "scan.pdf").read_bytes())
    assert message.startswith("此 PDF 没有文字层，需要文字识别（OCR），但未安装文字识别组件。")
    assert "pip install 'lawgov-gui[ocr]'" in message


def test_page_numbers_alone_are_no_text_layer(tmp_path: Path) -> None:
    """A scan whose pages carry only a printed page number is still a scan."""
    data = _typeset([[(280, 40, f"— {n} —", 10.5)] for n in range(1, 4)])
    assert "文字识别" in _refusal(tmp_path, data)


def test_encrypted_pdf(tmp_path: Path) -> None:
    data = (DATA / "encrypted.pdf").read_bytes()
    # The fixture is properly encrypted: the right password opens it.
    pdf = pdfium.PdfDocument(data, password="secret")
    try:
        page = pdf[0]
        textpage = page.get_textpage()
        assert "Encrypted report" in textpage.get_text_range()
        textpage.close()
        page.close()
    finally:
        pdf.close()
    assert "密码" in _refusal(tmp_path, data)


@pytest.mark.parametrize("cut", [0.99, 0.8, 0.5, 0.1, 200])
def test_truncated_pdf(tmp_path: Path, cut: float) -> None:
    data = SEED_PDF.read_bytes()
    data = data[:int(len(data) * cut)] if cut < 1 else data[:int(cut)]
    assert _refusal(tmp_path, data) == "文件已损坏，无法作为 PDF 打开。"


@pytest.mark.parametrize("data", [
    b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n",
    b"%PDF-1.4\n" + bytes(range(256)) * 8 + b"\n%%EOF\n",
    b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF",
], ids=["no-eof", "garbage", "no-pages"])
def test_damaged_pdf(tmp_path: Path, data: bytes) -> None:
    assert _refusal(tmp_path, data) == "文件已损坏，无法作为 PDF 打开。"


def test_page_limit(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(read_pdf, "MAX_PAGES", 3)
    message = _refusal(tmp_path, SEED_PDF.read_bytes())
    assert "页" in message and "上限" in message
