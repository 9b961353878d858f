"""The printed summary's shared wording: page-1 paragraphs, table rows, chart widths, XMP."""

from __future__ import annotations

import datetime as dt
import xml.etree.ElementTree as ET

import pytest

from lawgov_gui.core.summary import KeyFigure
from lawgov_gui.core.summary.content import build_summary
from lawgov_gui.core.summary.digest import Check, Digest, DigestLine, Verdict
from lawgov_gui.core.summary.layout import Layout, Paper
from lawgov_gui.core.summary.options import Options
from lawgov_gui.core.writers.briefing import (
    PT_PER_MM,
    caption_centres_pt,
    chart_width_pt,
    check_cells,
    closed,
    digest_paragraphs,
    figure_label,
    figure_table,
    xmp_packet,
)
from tests.core.writers.sample_digest import bare, with_digest


def test_the_digest_reads_overview_lines_then_highlights_problems_plans() -> None:
    digest = Digest("总体良好。", (DigestLine("1.1", "（一）复议", "收到4034件"),),
                    ("全国首个", "第一方阵"), ("不均衡",), (), "吉林省人民政府")
    assert [p.whole for p in digest_paragraphs(digest)] == [
        "总体良好。", "（一）复议　收到4034件。", "亮点：全国首个；第一方阵。", "问题：不均衡。"]
    assert [p.lead for p in digest_paragraphs(digest)][:2] == ["", "（一）复议　"]


@pytest.mark.parametrize(("text", "printed"), [
    ("收到4034件", "收到4034件。"), ("收到4034件。", "收到4034件。"), ("是否达标？", "是否达标？"),
    ("称“全国第一。”", "称“全国第一。”"), ("称“全国第一”", "称“全国第一”。"),
    ("压实责任；", "压实责任。"), ("下降至13.21%，", "下降至13.21%。"), ("", "")])
def test_a_digest_paragraph_ends_in_a_full_stop(text, printed) -> None:
    assert closed(text) == printed


@pytest.mark.parametrize(("canonical", "label"), [
    ("", "示范地区数"), ("示范地区数", "示范地区数"),
    ("法治政府建设示范创建数", "示范地区数（统一指标：法治政府建设示范创建数）")])
def test_a_figure_row_names_the_canonical_indicator_where_it_differs(canonical, label) -> None:
    figure = KeyFigure("示范地区数", "8个", "同比增长1个", "i1", canonical, "2023年")
    assert figure_label(figure) == label


def test_the_year_column_is_shown_when_a_figure_has_a_year(seed_report) -> None:
    plain = bare(build_summary(seed_report))
    dated = with_digest(plain)  # its first figure has a year
    assert figure_table(plain).head == ("指标", "数值", "关系")
    assert figure_table(dated).head == ("指标", "数值", "年份", "关系")
    for table in (figure_table(plain), figure_table(dated)):
        assert len(table.widths) == len(table.head) and sum(table.widths) == 100
    figure = dated.sections[1].figures[0]
    assert figure_table(dated).cells(figure) == [figure_label(figure), figure.value,
                                                figure.year, figure.relation]
    assert figure_table(plain).cells(figure) == [figure_label(figure), figure.value,
                                                figure.relation]


@pytest.mark.parametrize(("verdict", "mark"), [
    (Verdict.PRESENT, "✓ 有"), (Verdict.MISSING, "✗ 缺"), (Verdict.UNKNOWN, "？ 无法核查")])
def test_a_check_row_has_a_mark_and_a_word(verdict, mark) -> None:
    assert check_cells(Check("按时公开", verdict, "说明")) == ["按时公开", mark, "说明"]


@pytest.mark.parametrize(("layout", "count", "width_mm"), [
    (Layout.GBT, 2, 210 - 28 - 26), (Layout.GBT, 1, 210 - 28 - 26),
    (Layout.COMPACT, 2, (210 - 32) / 2 - 6 / PT_PER_MM), (Layout.COMPACT, 1, 178 - 6 / PT_PER_MM)])
def test_chart_widths(layout, count, width_mm) -> None:
    assert chart_width_pt(Options(layout, Paper.A4), count) == pytest.approx(width_mm * PT_PER_MM)


def test_side_by_side_captions_are_centred_under_their_charts() -> None:
    options = Options(Layout.COMPACT, Paper.A4)
    width, text = chart_width_pt(options, 2), 178 * PT_PER_MM
    left, right = caption_centres_pt(options, 2)
    assert right - left == pytest.approx(width) and left + right == pytest.approx(text)


def test_the_xmp_carries_title_source_and_sha256(seed_report) -> None:
    summary = with_digest(build_summary(seed_report, today=dt.date(2024, 5, 1)))
    root = ET.fromstring(xmp_packet(summary).decode("utf-8").split("?>", 1)[1].rsplit("<?", 1)[0])
    text = " ".join(t for t in root.itertext() if t.strip())
    assert summary.title in text and summary.source_name in text
    assert f"sha256:{summary.sha256}" in text and "2024-05-01" in text
