"""What stays together on the printed summary's pages (keep.py), read back from the PDF:
no page holds only its number or the footer, the 核查 box is never split, and a heading
never ends a page."""

from __future__ import annotations

import re

import pypdfium2 as pdfium
import pytest

from lawgov_gui.core.summary.digest import COMPLIANCE_HEAD, COMPLIANCE_HEADING
from lawgov_gui.core.summary.layout import Layout, source_line
from lawgov_gui.core.summary.options import Options
from lawgov_gui.gui.printing.actions import charts_for, summary_for
from lawgov_gui.gui.printing.pages import write_pdf

pytestmark = pytest.mark.usefixtures("qapp")
SPACE = re.compile(r"\s+")
PAGE_NUMBER = re.compile(r"—\d+—")
OPTIONS = [  # (layout, sections, charts, table, full text)
    (Layout.GBT, None, True, False, False), (Layout.GBT, None, False, True, False),
    (Layout.GBT, None, True, True, False), (Layout.GBT, {"1.5"}, True, False, False),
    (Layout.COMPACT, None, True, False, False), (Layout.COMPACT, None, False, True, False),
    (Layout.COMPACT, None, True, True, False), (Layout.COMPACT, {"1.5"}, True, False, False),
    (Layout.GBT, None, False, False, True),
]


@pytest.fixture(scope="module", params=OPTIONS, ids=lambda o: "-".join(map(str, o)))
def printed(request, seed_report, tmp_path_factory) -> tuple[list[str], str]:
    """The pages' text (no spaces) of the seed's summary with these options, and its footer."""
    layout, sections, charts, table, full_text = request.param
    options = Options(layout, sections=sections, charts=charts, table=table,
                      full_text=full_text)
    summary = summary_for(seed_report, options)
    path = tmp_path_factory.mktemp("keep") / "s.pdf"
    write_pdf(summary, options, path, charts=charts_for(seed_report, options))
    pdf = pdfium.PdfDocument(str(path))
    pages = [SPACE.sub("", pdf[n].get_textpage().get_text_range()) for n in range(len(pdf))]
    return pages, SPACE.sub("", source_line(summary.source_name, summary.made))


def test_no_page_holds_only_its_number_or_the_footer(printed) -> None:
    pages, footer = printed
    bare = [n + 1 for n, page in enumerate(pages)
            if len(PAGE_NUMBER.sub("", page).replace(footer, "")) < 10]
    assert bare == []


def test_the_check_box_is_on_one_page(printed) -> None:
    pages, _ = printed
    head = "".join(COMPLIANCE_HEAD)
    boxes = [page for page in pages if head in page]
    assert len(boxes) == 1 and COMPLIANCE_HEADING + head in boxes[0]
    assert "核查，" in boxes[0] or "核查；" in boxes[0]  # the note under the box
