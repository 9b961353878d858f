"""Saved web pages: the text inside <pre> keeps its line breaks, so its sections are found."""

from __future__ import annotations

import html
from pathlib import Path

import pytest

from lawgov_gui.core import load_report
from lawgov_gui.core.readers.html import html_to_text
from tests.conftest import SEED

SEED_TEXT = SEED.read_text(encoding="utf-8")


def _page(body: str) -> bytes:
    return ("<!DOCTYPE html><html><head><meta charset='utf-8'><title>报告</title></head>"
            f"<body>{body}</body></html>").encode()


@pytest.mark.parametrize("tag", ["pre", "PRE", "listing", "xmp"])
def test_a_report_inside_pre_keeps_its_sections(tmp_path: Path, tag: str,
                                                seed_report) -> None:
    path = tmp_path / "report.html"
    path.write_bytes(_page(f"<div class='content'><{tag}>{html.escape(SEED_TEXT)}</{tag}></div>"))
    report = load_report(path)
    assert report.source.format == "html"
    tree = [(s.level, s.marker, s.title) for s in report.iter_sections()]
    assert tree == [(s.level, s.marker, s.title) for s in seed_report.iter_sections()]
    assert len(tree) > 10
    assert [i.text for i in report.indicators] == [i.text for i in seed_report.indicators]


@pytest.mark.parametrize(("markup", "text"), [
    ("<pre>一、总体情况\n全年办理1234件。</pre>", "\n一、总体情况\n全年办理1234件。\n"),
    ("<p>全年办理\n1234件。</p>", "\n全年办理 1234件。\n"),  # outside <pre>: a space
    ("<pre>甲\n<b>乙\n丙</b>\n丁</pre><p>戊\n己</p>", "\n甲\n乙\n丙\n丁\n\n戊 己\n"),
    ("<pre>甲\n<p>乙\n</pre>丙\n丁", "\n甲\n\n乙\n\n丙 丁"),  # <pre> closed over an open <p>
], ids=["pre", "paragraph", "inline-inside-pre", "unwound"])
def test_line_breaks_only_inside_pre(markup: str, text: str) -> None:
    assert html_to_text(markup)[0] == text
