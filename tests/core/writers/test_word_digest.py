"""Page 1 of the Word summary: the digest, the 核查 box, the page break; the SHA-256 in the
properties, not on the page; the footer kept with the paragraph before it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from docx.oxml.ns import qn

docx = pytest.importorskip("docx")

from lawgov_gui.core.summary.content import build_summary  # noqa: E402
from lawgov_gui.core.summary.digest import COMPLIANCE_HEADING, DETAIL_HEADING, DIGEST_HEADING  # noqa: E402
from lawgov_gui.core.summary.options import Options  # noqa: E402
from lawgov_gui.core.writers.word import write_docx  # noqa: E402
from tests.core.writers.sample_digest import CHECKS, LINES, NOTE, OVERVIEW, bare, with_digest  # noqa: E402


@pytest.fixture(scope="module")
def summary(seed_report):
    return with_digest(build_summary(seed_report, today=dt.date(2024, 5, 1)))


@pytest.fixture(scope="module", params=["gbt", "compact"])
def doc(request, summary, tmp_path_factory):
    path = tmp_path_factory.mktemp(request.param) / "摘要.docx"
    write_docx(summary, path, Options(request.param))
    return docx.Document(str(path))


def texts(doc) -> list[str]:
    return [p.text for p in doc.paragraphs]


def test_page_1_is_the_digest_in_order(doc) -> None:
    shown = texts(doc)
    start, detail = shown.index(DIGEST_HEADING), shown.index(DETAIL_HEADING)
    assert shown[:start] == [doc.paragraphs[0].text, doc.paragraphs[1].text]  # title, info
    page1 = shown[start:detail]
    assert page1[1] == OVERVIEW
    assert page1[2:2 + len(LINES)] == [f"{line.heading}　{line.sentence}" for line in LINES]
    assert [p[:3] for p in page1[2 + len(LINES):5 + len(LINES)]] == ["亮点：", "问题：", "下步："]
    assert page1.index(COMPLIANCE_HEADING) < page1.index(NOTE)


def test_a_digest_lines_heading_is_run_in_in_the_heading_font(doc) -> None:
    line = next(p for p in doc.paragraphs if p.text.startswith(LINES[0].heading))
    lead, prose = line.runs
    assert lead.text == LINES[0].heading + "　" and prose.text == LINES[0].sentence
    assert lead._r.rPr.rFonts.get(docx.oxml.ns.qn("w:eastAsia")) in ("楷体", "黑体")


def test_the_check_box_has_a_row_per_check_with_its_mark(doc) -> None:
    table = doc.tables[0]
    rows = [[c.text for c in row.cells] for row in table.rows]
    assert rows[0] == ["核查项", "结果", "说明"]
    assert [r[0] for r in rows[1:]] == [c.name for c in CHECKS]
    assert [r[1] for r in rows[1:]] == ["✓ 有", "✓ 有", "✗ 缺", "？ 无法核查"]
    kept = [c.paragraphs[0].paragraph_format.keep_with_next for r in table.rows for c in r.cells]
    assert all(kept)  # one box with its note: each row kept with the next, and whole
    assert all(len(r._tr.trPr.findall(qn("w:cantSplit"))) == 1 for r in table.rows)
    missing = table.rows[3].cells[1].paragraphs[0].runs[0]
    assert missing.bold and str(missing.font.color.rgb) == "C00000"


def test_the_detail_starts_on_a_new_page(doc) -> None:
    heading = doc.paragraphs[texts(doc).index(DETAIL_HEADING)]
    assert heading.paragraph_format.page_break_before


def test_the_sha256_is_in_the_properties_and_not_on_the_page(doc, summary) -> None:
    props = doc.core_properties
    assert summary.sha256 in props.comments and props.identifier == f"sha256:{summary.sha256}"
    cells = [c.text for t in doc.tables for row in t.rows for c in row.cells]
    assert all(summary.sha256 not in text for text in texts(doc) + cells)
    assert texts(doc)[-1] == f"来源文件：{summary.source_name}　生成日期：2024-05-01"


def test_the_footer_keeps_to_the_paragraph_before_it(doc) -> None:
    assert doc.paragraphs[-2].paragraph_format.keep_with_next


def test_a_figure_named_otherwise_in_the_catalogue_shows_both_names(doc, summary) -> None:
    first = next(d for d in summary.sections if d.figures).figures[0]
    cells = [c.text for t in doc.tables for row in t.rows for c in row.cells]
    assert f"{first.subject}（统一指标：{first.canonical}）" in cells and first.year in cells


def test_without_a_digest_the_summary_starts_with_the_detail(seed_report, tmp_path: Path) -> None:
    path = tmp_path / "old.docx"
    write_docx(bare(build_summary(seed_report)), path)
    shown = texts(docx.Document(str(path)))
    assert DIGEST_HEADING not in shown and DETAIL_HEADING not in shown
    assert COMPLIANCE_HEADING not in shown
