"""A long report's summary is bounded, and each cut says in Chinese what it left out."""

from __future__ import annotations

import pytest

from lawgov_gui.core.summary import bounds
from lawgov_gui.core.summary.bounds import LeftOut, Part, chart_items
from lawgov_gui.core.summary.content import build_summary
from lawgov_gui.core.summary.options import Options
from lawgov_gui.core.writers.word import build_document
from tests.conftest import SEED
from tests.core.helpers import report_of

SEED_TEXT = SEED.read_text(encoding="utf-8")


def test_the_seed_is_summarised_whole(seed_report) -> None:
    summary = build_summary(seed_report)
    assert summary.left_out == LeftOut()
    assert all(summary.left_out.note(part) == "" for part in Part)
    assert summary.text == seed_report.text
    assert sum(len(d.figures) for d in summary.sections) > 30


@pytest.fixture
def small_limits(monkeypatch: pytest.MonkeyPatch) -> None:
    for name, value in (("MAX_DIGESTS", 3), ("MAX_TABLE_ROWS", 5), ("MAX_POINTS", 2),
                        ("MAX_TEXT_CHARS", 1000)):
        monkeypatch.setattr(bounds, name, value)


def test_every_part_is_cut_at_its_limit(seed_report, small_limits) -> None:
    summary = build_summary(seed_report)
    whole = [s for s in seed_report.iter_sections() if s.level > 0]
    assert len(summary.sections) == 3
    assert sum(len(d.figures) for d in summary.sections) == 5
    assert len(summary.problems) <= 2 and len(summary.plans) == 2
    assert len(summary.text) <= 1000 and seed_report.text.startswith(summary.text)
    left = summary.left_out
    assert left.sections > 0 and left.sections + 3 < len(whole)
    assert left.figures > 0 and left.plans > 0
    assert left.chars == len(seed_report.text) - len(summary.text)
    assert summary.text.endswith(seed_report.text[len(summary.text) - 10:len(summary.text)])
    assert seed_report.text[len(summary.text)] == "\n"  # cut at the end of a line


@pytest.mark.parametrize(("left", "part", "note"), [
    (LeftOut(sections=7), Part.SECTIONS, "（报告较长，摘要只列出前 120 个章节，另有 7 个章节未列出。）"),
    (LeftOut(figures=12), Part.TABLE, "（报告较长，另有 12 项指标未列入此表。）"),
    (LeftOut(problems=3), Part.PROBLEMS, "（只列出前 40 条，另有 3 条未列出。）"),
    (LeftOut(plans=4), Part.PLANS, "（只列出前 40 条，另有 4 条未列出。）"),
    (LeftOut(chars=1234), Part.TEXT, "（全文较长，此处只附前 10 万字，另有 1234 字未附。）"),
    (LeftOut(chars=3_658_392), Part.TEXT, "（全文较长，此处只附前 10 万字，另有约 366 万字未附。）"),
    (LeftOut(sections=7), Part.TABLE, ""),
])
def test_notes(left: LeftOut, part: Part, note: str) -> None:
    assert left.note(part) == note


def test_chart_items() -> None:
    assert chart_items(list(range(5)), 10) == ([0, 1, 2, 3, 4], "")
    assert chart_items(list(range(50)), 30) == (list(range(30)),
                                                "（报告较长，只画出前 30 项，另有 20 项未画出）")


def test_the_word_summary_says_what_it_left_out(seed_report, small_limits) -> None:
    summary = build_summary(seed_report)
    document = build_document(summary, Options(table=True, full_text=True))
    text = [p.text for p in document.paragraphs]
    for part in (Part.SECTIONS, Part.TABLE, Part.PLANS, Part.TEXT):
        assert summary.left_out.note(part) in text, part


def test_a_section_of_many_figures_is_summarised_quickly() -> None:
    """Key figures used to compare every figure with every other (quadratic); the digest
    tries only a section's weightiest figures."""
    body = "；".join(f"办理案件{n + 1}件，同比增长{n % 50 + 1}%" for n in range(20_000))
    report = report_of(f"某市2023年法治政府建设情况报告\n一、总体情况\n{body}。")
    summary = build_summary(report)
    digest = next(d for d in summary.sections if d.heading.startswith("一、"))
    assert len(digest.figures) == len(digest.figures) == bounds.MAX_TABLE_ROWS
    assert summary.left_out.figures == 20_000 - bounds.MAX_TABLE_ROWS
    assert "同比增长" in digest.figures[0].relation
    assert summary.digest is not None and "同比增长" in summary.digest.lines[0].sentence
