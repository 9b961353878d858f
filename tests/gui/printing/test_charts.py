"""The printed charts: what they draw (the year's shares in 图1, the pairs in 图2, only the
chosen sections, no two marks named alike), how large their text is on paper, and how
they are stored: vectors in the PDF, a 300 dpi picture for Word.

pyqtgraph is imported inside the tests, after the application is made (see
tests/gui/charts/test_charts.py).
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from lawgov_gui.core import Indicator, Kind
from lawgov_gui.core.analysis.figures import Pair
from tests.core.helpers import report_of

pytestmark = pytest.mark.usefixtures("qapp")  # widgets and fonts need the application

GBT_WIDTH, COMPACT_WIDTH = 453, 220  # points: the 公文 text block, half the compact one


@dataclass
class Drawn:
    """What one chart showed when it was recorded."""

    labels: list[str]
    rates: list[Indicator]
    pairs: list[Pair]
    text_pt: list[float]  # the size on paper of every text it shows


def _text_pt(chart, scale: float) -> list[float]:
    """The size on paper, in points, of every visible text of `chart` (axes, values)."""
    import pyqtgraph as pg

    fonts = []
    for item in chart.layout_widget.scene().items():
        if isinstance(item, pg.TextItem) and item.isVisible() and item.textItem.toPlainText():
            fonts.append(item.textItem.font())
        elif isinstance(item, pg.AxisItem) and item.isVisible():
            fonts.append(item.style["tickFont"])
            if item.label.isVisible():
                fonts.append(item.label.font())
    return [f.pointSizeF() * chart.logicalDpiY() / 72 / scale for f in fonts]


@pytest.fixture
def drawn(monkeypatch) -> list[Drawn]:
    """Every chart chart_images records, as it was when recorded."""
    from lawgov_gui.gui.printing import charts

    seen: list[Drawn] = []
    record = charts._record

    def spy(chart, width_pt, scale):
        subs = [s for s in (getattr(chart, "percent", None), getattr(chart, "counts", None))
                if s is not None and s.pairs]
        rows = [chart.rows] if hasattr(chart, "items") else [s.rows for s in subs]
        seen.append(Drawn([label for r in rows for label in r.labels],
                          [ind for _, ind in getattr(chart, "items", [])],
                          [p for s in subs for _, p in s.pairs], _text_pt(chart, scale)))
        return record(chart, width_pt, scale)

    monkeypatch.setattr(charts, "_record", spy)
    return seen


def images(report, width=GBT_WIDTH, sections=None):
    from lawgov_gui.gui.printing.charts import chart_images

    return chart_images(report, width, sections)


def test_the_rates_chart_draws_the_year_s_shares_only(seed_report, drawn) -> None:
    images(seed_report)
    rates = drawn[0].rates
    assert all(i.kind == Kind.PERCENT and i.unit == "%" and not i.growth for i in rates)
    assert not {"82.37%", "86.11%", "21.56%"} & {i.text for i in rates}  # growth; 2022's value
    assert len(rates) == 9 and not any("百分点" in label for label in drawn[0].labels)
    pairs = drawn[1].pairs
    assert {(p.before_period, p.after) for p in pairs if p.unit == "%"} == {
        ("2022", 13.21), ("2022", 86.53), ("2022", 12.03)}  # 21.56→13.21 and two 个百分点 changes
    assert {p.after for p in pairs if p.derived and p.unit == "件"} == {4034}  # 同比增长82.37%


def test_no_two_marks_read_the_same(seed_report, drawn) -> None:
    report = report_of("一、总体情况\n全市行政复议纠错率为9%,全省行政复议纠错率为12%。\n")
    images(seed_report)
    images(report)
    for chart in drawn:
        assert len(set(chart.labels)) == len(chart.labels)
    assert drawn[-1].labels == ["行政复议纠错率（12%）", "行政复议纠错率（9%）"]  # no year: figures


@pytest.mark.parametrize(("sections", "captions"), [
    ({"1.5"}, ["图1", "图2"]), ({"1"}, ["图1", "图2"]), ({"1.1"}, ["图1"]), ({"1.6"}, ["图1", "图2"]),
    ({"2"}, []), (set(), []),
])
def test_the_charts_show_the_chosen_sections_only(seed_report, drawn, sections, captions) -> None:
    pictures = images(seed_report, sections=sections)
    assert [caption[:2] for caption, _ in pictures] == captions
    ids = {i.id for i in seed_report.indicators
           if any(i.section == s or i.section.startswith(s + ".") for s in sections)}
    for chart in drawn:
        assert {i.id for i in chart.rates} <= ids and {p.source for p in chart.pairs} <= ids


def test_section_1_5_charts_its_own_figures(seed_report, drawn) -> None:
    images(seed_report, sections={"1.5"})
    assert {i.text for i in drawn[0].rates} == {"9.93%", "13.21%", "86.53%", "100%", "12.03%"}
    assert {p.after for p in drawn[1].pairs} == {13.21, 86.53, 12.03, 4034}


def test_a_report_without_shares_or_changes_has_no_chart() -> None:
    assert images(report_of("一、总体情况\n2020年主动公开政府信息12190余条。\n")) == []


@pytest.mark.parametrize("width", [GBT_WIDTH, COMPACT_WIDTH])
def test_chart_text_is_at_least_9_pt_on_paper(seed_report, drawn, width) -> None:
    from lawgov_gui.gui.printing.charts import PRINT_PT

    images(seed_report, width)
    for chart in drawn:
        assert len(chart.text_pt) > 4
        assert min(chart.text_pt) == pytest.approx(PRINT_PT)  # the values beside the marks
        assert max(chart.text_pt) < 12


def test_the_pdf_draws_the_charts_as_shapes_and_text_of_9_pt(seed_report, tmp_path) -> None:
    import pypdfium2 as pdfium
    import pypdfium2.raw as raw
    from PySide6.QtCore import QMarginsF, QRectF
    from PySide6.QtGui import QFontMetricsF, QPageLayout, QPageSize, QPainter, QPdfWriter

    from lawgov_gui.gui.charts.style import chart_font
    from lawgov_gui.gui.printing.pictures import play

    path = tmp_path / "charts.pdf"
    writer = QPdfWriter(str(path))
    writer.setResolution(72)
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4),
                                     QPageLayout.Orientation.Portrait, QMarginsF()))
    painter = QPainter(writer)
    top = 0.0
    for _, chart in images(seed_report):
        play(painter, chart, QRectF(50, top + 20, chart.size_pt.width(), chart.size_pt.height()))
        top += chart.size_pt.height() + 20
    painter.end()
    del writer
    font = chart_font()
    font.setPixelSize(100)
    em = (QFontMetricsF(font).ascent() + QFontMetricsF(font).descent()) / 100  # box ÷ size
    page = pdfium.PdfDocument(str(path))[0]
    assert not [o for o in page.get_objects() if o.type == raw.FPDF_PAGEOBJ_IMAGE]
    text = page.get_textpage()
    assert "专项整治问题整改率" in text.get_text_range() and "2018年 108项 → 15项" in text.get_text_range()
    sizes = []
    for n in range(text.count_chars()):
        box = raw.FS_RECTF()
        if raw.FPDFText_GetLooseCharBox(text.raw, n, box) and box.top > box.bottom:
            sizes.append((box.top - box.bottom) / em)
    assert len(sizes) > 200
    assert min(sizes) >= 8.9 and max(sizes) < 12


def test_the_word_picture_is_the_chart_at_300_dpi(seed_report) -> None:
    from lawgov_gui.gui.charts.style import PRINT_PALETTE
    from lawgov_gui.gui.printing.pictures import DPI

    (_, rates), (_, changes) = images(seed_report, COMPACT_WIDTH)
    bar = int(PRINT_PALETTE.bar.lstrip("#"), 16)
    for chart in (rates, changes):
        assert chart.width() == round(COMPACT_WIDTH / 72 * DPI)
        assert chart.height() == round(chart.size_pt.height() / 72 * DPI)
        assert round(chart.dotsPerMeterX() * 0.0254) == DPI
        colours = {chart.pixel(x, y) & 0xFFFFFF for x in range(0, chart.width(), 7)
                   for y in range(0, chart.height(), 7)}
        assert len(colours) > 20 and bar in colours  # marks, text, axes: not blank
        assert chart.pixel(0, 0) & 0xFFFFFF == 0xFFFFFF  # a white page around them


@pytest.mark.parametrize("layout", ["gbt", "compact"])
def test_the_summary_pdf_holds_the_charts_as_vectors(seed_report, tmp_path, layout) -> None:
    import pypdfium2 as pdfium
    import pypdfium2.raw as raw

    from lawgov_gui.core.summary.options import Options
    from lawgov_gui.gui.printing.actions import charts_for, summary_for
    from lawgov_gui.gui.printing.pages import write_pdf

    options = Options(layout)
    path = tmp_path / "summary.pdf"
    write_pdf(summary_for(seed_report, options), options, path,
              charts=charts_for(seed_report, options))
    pdf = pdfium.PdfDocument(str(path))
    text = "".join(page.get_textpage().get_text_range() for page in pdf)
    assert "2018年 108项 → 15项" in text and "行政复议直接纠错率" in text and "图2" in text
    assert not [o for page in pdf for o in page.get_objects() if o.type == raw.FPDF_PAGEOBJ_IMAGE]
