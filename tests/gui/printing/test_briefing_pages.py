"""Page 1 of the printed summary, PDF and Word alike: the digest and the 核查 box; the
SHA-256 in the properties, not on the page; the same text in the same order in both."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from docx import Document

from lawgov_gui.core.summary.content import build_summary
from lawgov_gui.core.summary.digest import (
    COMPLIANCE_HEADING,
    DETAIL_HEADING,
    DIGEST_HEADING,
)
from lawgov_gui.core.summary.layout import Layout, info_line, source_line
from lawgov_gui.core.summary.options import Options
from lawgov_gui.core.writers.briefing import check_cells, digest_paragraphs
from lawgov_gui.gui.printing.actions import write_word
from lawgov_gui.gui.printing.pages import write_pdf
from tests.core.writers.sample_digest import CHECKS, NOTE, OVERVIEW, with_digest

pytestmark = pytest.mark.usefixtures("qapp")
SPACE = re.compile(r"\s+")
PAGE_NUMBER = re.compile(r"—\d+—$")


@pytest.fixture(scope="module")
def summary(seed_report):
    return with_digest(build_summary(seed_report, today=dt.date(2024, 5, 1)))


@pytest.fixture(scope="module", params=list(Layout))
def outputs(request, summary, tmp_path_factory) -> tuple[Layout, Path, Path]:
    """(layout, PDF, Word) of the summary with the hand-made digest, charts left out."""
    folder = tmp_path_factory.mktemp(request.param)
    options = Options(request.param, charts=False, table=True)
    write_pdf(summary, options, folder / "s.pdf")
    write_word(summary, options, str(folder / "s.docx"))
    return request.param, folder / "s.pdf", folder / "s.docx"


def flat(text: str) -> str:
    return SPACE.sub("", text)


def pdf_pages(path: Path) -> list[str]:
    """Each page's text; the bundled font draws ✗ with the glyph of ×, which reads back as ×."""
    pdf = pdfium.PdfDocument(str(path))
    return [flat(pdf[i].get_textpage().get_text_range()).replace("×", "✗")
            for i in range(len(pdf))]


def word_text(path: Path) -> str:
    """The body's text in document order: paragraphs and table cells."""
    doc = Document(str(path))
    body = doc.element.body
    return flat("".join(node.text or "" for node in body.iter()
                        if node.tag.endswith("}t")))


def blocks(summary) -> list[str]:
    """The text blocks both outputs show, in order."""
    digest = summary.digest
    checks = [cell for check in summary.compliance.checks for cell in check_cells(check)]
    detail = [d.heading for d in summary.sections]
    return [summary.title, info_line(summary.issuer, summary.year, summary.published),
            DIGEST_HEADING, *(p.whole for p in digest_paragraphs(digest)), digest.source,
            COMPLIANCE_HEADING, *checks, NOTE, DETAIL_HEADING, *detail,
            summary.problems_heading, *summary.problems, summary.plans_heading, *summary.plans,
            source_line(summary.source_name, summary.made)]


def in_order(text: str, needles: list[str]) -> list[str]:
    """The needles not found in `text` after the one before them."""
    missing, at = [], 0
    for needle in map(flat, needles):
        found = text.find(needle, at)
        if found < 0:
            missing.append(needle)
        else:
            at = found + len(needle)
    return missing


def test_page_1_holds_the_digest_and_the_check_box_is_whole(outputs) -> None:
    """Compact: both on page 1. 公文: the box fits no more under the digest, and starts
    the next page whole, before the detail."""
    layout, pdf, _ = outputs
    pages = pdf_pages(pdf)
    assert flat(OVERVIEW) in pages[0] and not pages[0].startswith(DETAIL_HEADING)
    box = pages[0] if layout == Layout.COMPACT else pages[1]
    assert box.startswith(COMPLIANCE_HEADING) == (layout == Layout.GBT)
    assert flat(NOTE) in box and all(flat(check.name) in box for check in CHECKS)
    assert all(mark in box for mark in ("✓有", "✗缺", "？无法核查"))


def test_the_detail_starts_on_a_new_page(outputs) -> None:
    _, pdf, _ = outputs
    pages = pdf_pages(pdf)
    detail = [n for n, page in enumerate(pages) if page.startswith(DETAIL_HEADING)]
    assert detail and detail[0] >= 1


def test_pdf_and_word_hold_the_same_blocks_in_the_same_order(outputs, summary) -> None:
    _, pdf, word = outputs
    # a paragraph a page break splits reads on across its page number
    body = "".join(PAGE_NUMBER.sub("", page) for page in pdf_pages(pdf))
    assert in_order(body, blocks(summary)) == []
    assert in_order(word_text(word), blocks(summary)) == []


def test_the_sha256_is_in_the_properties_not_on_the_pages(outputs, summary) -> None:
    _, pdf, word = outputs
    assert all(summary.sha256 not in page for page in pdf_pages(pdf))
    assert summary.sha256 not in word_text(word)
    xmp = pdf.read_bytes().split(b"<x:xmpmeta", 1)[1].split(b"</x:xmpmeta>", 1)[0]
    assert f"sha256:{summary.sha256}".encode() in xmp
    assert pdfium.PdfDocument(str(pdf)).get_metadata_dict()["Title"] == summary.title
    assert Document(str(word)).core_properties.identifier == f"sha256:{summary.sha256}"


def test_no_page_holds_only_the_footer(outputs, summary) -> None:
    _, pdf, _ = outputs
    footer = flat(source_line(summary.source_name, summary.made))
    last = pdf_pages(pdf)[-1]
    assert footer in last and len(last.replace(footer, "")) > 20


@pytest.mark.parametrize("layout", list(Layout))
def test_the_seeds_own_digest_quotes_its_headline_figures_in_prose_on_page_1(
        seed_report, tmp_path: Path, layout: Layout) -> None:
    summary = build_summary(seed_report)  # the digest built from the report, not the sample
    path = tmp_path / "seed.pdf"
    write_pdf(summary, Options(layout), path)
    pages = pdf_pages(path)
    assert flat(summary.digest.overview) in pages[0]
    # compact: the digest is page 1; 公文 (22 lines of 28 characters) runs it onto page 2
    first = pages[0] if layout == Layout.COMPACT else "".join(pages[:2]).replace("—1—", "")
    line = next(n for n in summary.digest.lines if "4034件" in n.sentence)
    prose = flat(line.sentence)
    assert prose in first  # one sentence, as the report words it
    assert all(f in prose for f in ("4034件", "82.37%", "9.93%", "13.21%"))
    assert prose.index("4034件") < prose.index("82.37%") < prose.index("9.93%") < prose.index("13.21%")
