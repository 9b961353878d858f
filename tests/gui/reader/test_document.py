"""The reading document: headings drawn as headings, also where a copy lost its line breaks."""

from __future__ import annotations

from PySide6.QtGui import QColor, QTextCursor

from lawgov_gui.gui.common.fonts import reading_font
from lawgov_gui.gui.reader.document import DocStyle, build_document
from tests.core.helpers import report_of

HEADING = "#8a1c1c"


def style() -> DocStyle:
    return DocStyle(reading_font(14), "#1d1d1d", "#6b6b6b", HEADING, "#fff1c2")

FLAT = ("2023年，全县法治政府建设取得新进展，现将有关情况报告如下：一、坚持党的领导。县政府常务会议"
        "学法12次。二、深化放管服改革。取消行政许可事项3项。")


def color_at(layout, offset: int) -> str:
    cursor = QTextCursor(layout.document)
    cursor.setPosition(layout.base + offset + 1)
    return cursor.charFormat().foreground().color().name()


def test_inline_headings_are_drawn_as_headings(qtbot) -> None:
    report = report_of(FLAT)
    assert [s.marker for s in report.sections] == ["一、", "二、"]
    layout = build_document(report, style())
    heading = QColor(HEADING).name()
    for section in report.sections:
        assert color_at(layout, section.start) == heading
        assert color_at(layout, section.heading_end + 2) != heading  # its paragraph is text
    assert color_at(layout, 0) != heading


def test_the_document_keeps_every_offset(qtbot) -> None:
    report = report_of(FLAT)
    layout = build_document(report, style())
    text = layout.document.toPlainText()
    for ind in report.indicators:
        assert text[layout.base + ind.start:layout.base + ind.end] == ind.text


def test_a_text_that_opens_on_its_title_shows_the_title_once(qtbot) -> None:
    report = report_of("关于2024年法治政府建设情况的报告\n2024年,市司法局深入学习贯彻习近平法治思想,"
                       "全年审核规范性文件36件。\n一、主要工作\n正文。")
    assert report.meta.title == "关于2024年法治政府建设情况的报告" and not report.meta.title_inferred
    layout = build_document(report, style())
    text = layout.document.toPlainText()
    assert text.count(report.meta.title) == 1
    assert text.split("\n")[0].startswith("发布单位：")  # the issuer, year and date above it
    assert color_at(layout, 0) == QColor(HEADING).name()  # the first line drawn as the title
    for ind in report.indicators:
        assert text[layout.base + ind.start:layout.base + ind.end] == ind.text


def test_a_text_without_its_title_line_keeps_the_title_above_it(qtbot) -> None:
    report = report_of("2023年,吉林省人民政府坚持依法行政。\n一、主要工作\n全年审核规范性文件36件。")
    assert report.meta.title_inferred  # 吉林省2023年法治政府建设情况报告, from the text
    text = build_document(report, style()).document.toPlainText()
    assert text.split("\n")[0] == report.meta.title and text.count(report.meta.title) == 1
