"""The 批注 section of the Word summary: after the plans, a heading per section, each note's
marked text and words; nothing when the report has no notes."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

docx = pytest.importorskip("docx")

from lawgov_gui.core.summary import NoteLine  # noqa: E402
from lawgov_gui.core.summary.content import build_summary  # noqa: E402
from lawgov_gui.core.writers.briefing import NOTES_HEADING, OPENING, note_groups  # noqa: E402
from lawgov_gui.core.writers.word import build_document  # noqa: E402

NOTES = [NoteLine("", "吉林省人民政府坚持", ""),
         NoteLine("（一）学思想、落责任，党的领导全面加强", "推动全省法治政府建设", "开会时提\n要问来源")]


def _paragraphs(summary) -> list[tuple[str, str]]:
    return [(p.style.name, p.text) for p in build_document(summary).paragraphs]


@pytest.fixture(scope="module")
def summary(seed_report):
    return build_summary(seed_report, today=dt.date(2024, 5, 1))


def test_notes_print_after_the_plans_under_their_sections(summary) -> None:
    shown = _paragraphs(dataclasses.replace(summary, notes=NOTES))
    start = shown.index(("Heading 1", NOTES_HEADING))
    assert shown[start - 1][1] == summary.plans[-1]  # after the last plan
    assert shown[start + 1:start + 6] == [
        ("Heading 2", OPENING),
        ("Body Text", "高亮　“吉林省人民政府坚持”"),
        ("Heading 2", "（一）学思想、落责任，党的领导全面加强"),
        ("Body Text", "原文　“推动全省法治政府建设”"),
        ("Body Text", "批注　开会时提　要问来源"),
    ]


def test_no_notes_no_section(summary) -> None:
    assert ("Heading 1", NOTES_HEADING) not in _paragraphs(summary)


@pytest.mark.parametrize(("quote", "printed"), [
    ("短句", "“短句”"),
    ("换\n行", "“换 行”"),
    ("长" * 151, "“" + "长" * 150 + "……”"),
])
def test_quotes_are_one_line_and_bounded(quote: str, printed: str) -> None:
    [(_, [paragraph])] = note_groups([NoteLine("一、", quote, "")])
    assert paragraph.text == printed
