"""The Word writer: headings, tables, page setup, fonts, page numbers, charts, atomic writes."""

from __future__ import annotations

import dataclasses
import datetime as dt
import struct
import zlib
from pathlib import Path

import pytest

docx = pytest.importorskip("docx")

from docx.oxml.ns import qn  # noqa: E402
from docx.shared import Mm, Pt  # noqa: E402

from lawgov_gui.core.summary import layout as spec_module  # noqa: E402
from lawgov_gui.core.summary.content import Summary, build_summary  # noqa: E402
from lawgov_gui.core.summary.options import Options  # noqa: E402
from lawgov_gui.core.writers.briefing import chart_width_pt, figure_label  # noqa: E402
from lawgov_gui.core.writers.word import heading_style, write_docx  # noqa: E402

TOLERANCE = Mm(0.05)


def tiny_png(width: int = 4, height: int = 2) -> bytes:
    """A valid RGB PNG of `width` x `height` red pixels."""
    def chunk(tag: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + tag + data + struct.pack(">I", zlib.crc32(tag + data))

    rows = b"".join(b"\x00" + b"\xff\x00\x00" * width for _ in range(height))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b""))


PNG = tiny_png()


@pytest.fixture(scope="module")
def summary(seed_report) -> Summary:
    return build_summary(seed_report, today=dt.date(2024, 5, 1))


@pytest.fixture(scope="module", params=["gbt", "compact"])
def full(request, summary, tmp_path_factory):
    """(layout, reopened Document) with a chart, the full table and the full text."""
    path = tmp_path_factory.mktemp(request.param) / "摘要.docx"
    write_docx(summary, path, Options(request.param, table=True, full_text=True),
               (("比率", PNG),))
    return request.param, docx.Document(str(path))


@pytest.fixture(scope="module")
def plain(summary, tmp_path_factory):
    """The gbt document with nothing optional."""
    path = tmp_path_factory.mktemp("plain") / "摘要.docx"
    write_docx(summary, path)
    return docx.Document(str(path))


def rows_of(table) -> list[list[str]]:
    return [[c.text for c in row.cells] for row in table.rows]


def texts(doc) -> list[str]:
    return [p.text for p in doc.paragraphs]


def index_of(doc, text: str) -> int:
    return texts(doc).index(text)


def test_section_headings_use_built_in_heading_styles(full, summary) -> None:
    _, doc = full
    headings = {(p.text, p.style.name) for p in doc.paragraphs
                if p.style.name.startswith("Heading")}
    digests = [d for d in summary.sections if d.level <= 2]
    assert {d.level for d in digests} == {1, 2}
    for d in digests:
        assert (d.heading, f"Heading {d.level}") in headings, d.heading


def test_deeper_levels_map_to_heading_3_and_4() -> None:
    assert [heading_style(n) for n in (1, 2, 3, 4, 5)] == [
        "Heading 1", "Heading 2", "Heading 3", "Heading 4", "Heading 4"]


def test_headings_come_in_order_title_first(full, summary) -> None:
    _, doc = full
    assert doc.paragraphs[0].style.name == "Title"
    assert summary.title_inferred  # the seed's title is inferred: printed alone all the same
    assert doc.paragraphs[0].text == summary.title
    positions = [index_of(doc, d.heading) for d in summary.sections]
    assert positions == sorted(positions)


def test_an_inferred_title_is_printed_alone(full) -> None:
    _, doc = full
    assert all("推断" not in p.text for p in doc.paragraphs)


def test_info_and_source_lines(full, summary) -> None:
    _, doc = full
    assert f"发布单位：{summary.issuer}" in doc.paragraphs[1].text
    assert "报告年度：2023年" in doc.paragraphs[1].text
    assert f"发布日期：{summary.published}" in doc.paragraphs[1].text
    last = doc.paragraphs[-1].text
    assert last == f"来源文件：{summary.source_name}　生成日期：2024-05-01"


def detail_tables(doc) -> list:
    """The tables of the detail (after page 1's 核查 box), the full table's excepted."""
    return [t for t in doc.tables if rows_of(t)[0][:2] == ["指标", "数值"]]


def test_first_table_holds_all_the_first_sections_figures(full, summary) -> None:
    _, doc = full
    first = next(d for d in summary.sections if d.figures)
    table = detail_tables(doc)[0]
    rows = rows_of(table)
    assert rows[0] == ["指标", "数值", "年份", "关系"]  # the seed's figures have years
    assert rows[1:] == [[figure_label(f), f.value, f.year, f.relation] for f in first.figures]
    assert table.style.name == "Table Grid"


def test_one_table_per_section_with_figures(plain, summary) -> None:
    with_figures = [d for d in summary.sections if d.figures]
    tables = detail_tables(plain)
    assert len(tables) == len(with_figures)
    for table, d in zip(tables, with_figures, strict=True):
        assert len(table.rows) == len(d.figures) + 1


def test_key_values_appear_in_cells(plain) -> None:
    cells = {c.text for t in plain.tables for row in t.rows for c in row.cells}
    for value in ("74.14%", "4034件", "86.53%"):
        assert value in cells, value


def test_page_setup(full) -> None:
    layout, doc = full
    section = doc.sections[0]
    assert abs(section.page_width - Mm(210)) <= TOLERANCE
    assert abs(section.page_height - Mm(297)) <= TOLERANCE
    expected = (37, 35, 28, 26) if layout == "gbt" else (16, 16, 16, 16)
    actual = (section.top_margin, section.bottom_margin, section.left_margin, section.right_margin)
    for got, mm in zip(actual, expected, strict=True):
        assert abs(got - Mm(mm)) <= TOLERANCE, (got.mm, mm)


def test_letter_paper(summary, tmp_path: Path) -> None:
    path = tmp_path / "letter.docx"
    write_docx(summary, path, Options("compact", "letter"))
    section = docx.Document(str(path)).sections[0]
    assert abs(section.page_width - Mm(215.9)) <= TOLERANCE
    assert abs(section.page_height - Mm(279.4)) <= TOLERANCE


def east_asian(style) -> str | None:
    return style.element.rPr.rFonts.get(qn("w:eastAsia"))


def test_fonts(full) -> None:
    layout, doc = full
    gbt = layout == "gbt"
    assert east_asian(doc.styles["Normal"]) == ("仿宋" if gbt else "宋体")
    assert doc.styles["Normal"].font.size.pt == (16 if gbt else 10.5)
    assert east_asian(doc.styles["Title"]) == ("方正小标宋简体" if gbt else "黑体")
    assert east_asian(doc.styles["Heading 1"]) == "黑体"
    assert east_asian(doc.styles["Heading 2"]) == "楷体"  # levels 1 and 2 apart in both layouts
    assert doc.styles["Table Text"].font.size.pt == (12 if gbt else 9.5)


def test_headings_are_black_and_name_their_fonts(full) -> None:
    _, doc = full
    for name in ("Title", "Heading 1", "Heading 2", "Heading 3", "Heading 4"):
        style = doc.styles[name]
        assert str(style.font.color.rgb) == "000000", name
        assert style.font.color.theme_color is None, name
        fonts = style.element.rPr.rFonts
        assert fonts.get(qn("w:eastAsiaTheme")) is None and fonts.get(qn("w:asciiTheme")) is None


def has_page_field(footer) -> bool:
    xml = footer._element.xml
    return "PAGE" in xml and ("w:instrText" in xml or "w:fldSimple" in xml)


def test_page_number_footer(full) -> None:
    layout, doc = full
    section = doc.sections[0]
    footer = section.footer
    assert has_page_field(footer)
    assert footer.paragraphs[0].text.startswith("— ") and "—" in footer.paragraphs[0].text
    if layout == "gbt":  # outer side: odd pages right, even pages left
        assert doc.settings.odd_and_even_pages_header_footer
        assert has_page_field(section.even_page_footer)
        assert footer.paragraphs[0].alignment == docx.enum.text.WD_ALIGN_PARAGRAPH.RIGHT
        even = section.even_page_footer.paragraphs[0]
        assert even.alignment == docx.enum.text.WD_ALIGN_PARAGRAPH.LEFT


def test_chart_is_an_inline_picture_as_wide_as_in_the_pdf_with_its_caption(full, plain) -> None:
    layout, doc = full
    assert len(doc.inline_shapes) == 1
    picture = doc.inline_shapes[0]
    width = Pt(chart_width_pt(Options(layout), 1))
    assert abs(picture.width - width) <= TOLERANCE
    assert abs(picture.height - width // 2) <= TOLERANCE  # 4 x 2 pixels
    captions = [p for p in doc.paragraphs if p.text == "比率"] or [
        c.paragraphs[0] for t in doc.tables for c in t.rows[-1].cells if c.text == "比率"]
    assert [p.style.name for p in captions] == ["Caption"]
    assert len(plain.inline_shapes) == 0


@pytest.mark.parametrize("layout", ["gbt", "compact"])
def test_two_charts_keep_the_pdf_width_side_by_side_or_one_below_the_other(
        summary, tmp_path: Path, layout: str) -> None:
    path = tmp_path / "charts.docx"
    write_docx(summary, path, Options(layout), (("图1", PNG), ("图2", tiny_png(4, 4))))
    doc = docx.Document(str(path))
    widths = [shape.width for shape in doc.inline_shapes]
    expected = Pt(chart_width_pt(Options(layout), 2))
    assert len(widths) == 2 and all(abs(w - expected) <= TOLERANCE for w in widths)
    section = doc.sections[0]
    block = section.page_width - section.left_margin - section.right_margin
    assert (sum(widths) if layout == "compact" else max(widths)) <= block
    side_by_side = [t for t in doc.tables if len(t.columns) == 2]
    assert bool(side_by_side) == (layout == "compact")


def test_tables_stay_inside_the_margins(full) -> None:
    _, doc = full
    section = doc.sections[0]
    block = section.page_width - section.left_margin - section.right_margin
    for table in doc.tables:
        assert sum(c.width for c in table.columns) <= block + TOLERANCE
    for table in (t for t in doc.tables if t.style.name == "Table Grid"):  # border at the margin
        indent = table._tbl.tblPr.find(qn("w:tblInd"))
        assert (indent.get(qn("w:w")), indent.get(qn("w:type"))) == ("108", "dxa")


def test_points_are_bulleted_lists(full, summary) -> None:
    _, doc = full
    for heading, points in ((summary.problems_heading, summary.problems),
                            (summary.plans_heading, summary.plans)):
        at = index_of(doc, heading)
        assert doc.paragraphs[at].style.name == "Heading 1"
        following = doc.paragraphs[at + 1:at + 1 + len(points)]
        assert [p.text for p in following] == points
        assert {p.style.name for p in following} == {"List Bullet"}


def test_empty_lists_are_left_out(summary, tmp_path: Path) -> None:
    path = tmp_path / "no-points.docx"
    write_docx(dataclasses.replace(summary, problems=[], plans=[]), path)
    doc = docx.Document(str(path))
    assert summary.problems_heading not in texts(doc)
    assert summary.plans_heading not in texts(doc)
    assert "List Bullet" not in {p.style.name for p in doc.paragraphs}


def test_full_table_lists_every_figure(full, summary) -> None:
    _, doc = full
    assert doc.paragraphs[index_of(doc, "附表：全部指标")].style.name == "Heading 1"
    rows = rows_of(doc.tables[-1])
    figures = [(d.heading, f) for d in summary.sections for f in d.figures]
    assert rows[0] == ["章节", "指标", "数值", "关系"]
    assert len(rows) == len(figures) + 1
    assert [r[1:] for r in rows[1:]] == [[f.subject, f.value, f.relation] for _, f in figures]
    assert [r[0] for r in rows[1:]] == [h for h, _ in figures]  # merged: each row reads its section
    shown = " ".join(" ".join(r) for r in rows)
    assert all(i.text in shown for i in summary.indicators)  # all 60, changes on their rows
    assert len(summary.indicators) == 60


def test_full_text(full, summary) -> None:
    _, doc = full
    at = index_of(doc, "附件：报告全文")
    assert doc.paragraphs[at].paragraph_format.page_break_before
    lines = [line.strip() for line in summary.text.split("\n") if line.strip()]
    assert texts(doc)[at + 1:at + 1 + len(lines)] == lines


def test_optional_parts_are_off_by_default(plain) -> None:
    assert "附表：全部指标" not in texts(plain)
    assert "附件：报告全文" not in texts(plain)


def test_control_characters_are_dropped(summary, tmp_path: Path) -> None:
    path = tmp_path / "ctl.docx"
    write_docx(dataclasses.replace(summary, title="报告\x0b标题\x01", title_inferred=False), path)
    assert docx.Document(str(path)).paragraphs[0].text == "报告标题"


def test_unknown_layout_or_paper(summary, tmp_path: Path) -> None:
    with pytest.raises(ValueError):
        write_docx(summary, tmp_path / "x.docx", Options(layout="fancy"))
    with pytest.raises(ValueError):
        write_docx(summary, tmp_path / "x.docx", Options(paper="a3"))
    assert list(tmp_path.iterdir()) == []


def test_failed_write_keeps_the_old_file(summary, tmp_path: Path, monkeypatch) -> None:
    path = tmp_path / "摘要.docx"
    write_docx(summary, path)
    before = path.read_bytes()

    def broken_save(self, path_or_stream) -> None:
        if isinstance(path_or_stream, (str, Path)):
            Path(path_or_stream).write_bytes(b"PK\x03\x04partial")
        else:
            path_or_stream.write(b"PK\x03\x04partial")
        raise OSError("disk full")

    monkeypatch.setattr(docx.document.Document, "save", broken_save)
    with pytest.raises(OSError, match="disk full"):
        write_docx(summary, path, Options("compact"))
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["摘要.docx"]


def test_the_page_and_sizes_come_from_the_layout_spec(summary, tmp_path: Path,
                                                      monkeypatch) -> None:
    changed = dataclasses.replace(spec_module.SPECS[spec_module.Layout.COMPACT],
                                  margins=(20, 21, 22, 23), body_pt=13, table_pt=8)
    monkeypatch.setitem(spec_module.SPECS, spec_module.Layout.COMPACT, changed)
    path = tmp_path / "spec.docx"
    write_docx(summary, path, Options("compact"))
    doc = docx.Document(str(path))
    section = doc.sections[0]
    actual = (section.top_margin, section.bottom_margin, section.left_margin, section.right_margin)
    for got, mm in zip(actual, (20, 21, 22, 23), strict=True):
        assert abs(got - Mm(mm)) <= TOLERANCE
    assert doc.styles["Normal"].font.size.pt == 13
    assert doc.styles["Table Text"].font.size.pt == 8
