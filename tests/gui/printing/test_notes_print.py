"""The printed summary's 批注: the PDF (preview and export paint the same document) and the
headless `lawgov-gui summary --notes FILE.json`."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest

from lawgov_gui.core.library import Note, NoteKind
from lawgov_gui.core.library.notes import save
from lawgov_gui.core.summary import NoteLine
from lawgov_gui.core.summary.content import build_summary
from lawgov_gui.core.summary.options import Options
from lawgov_gui.gui.printing.pages import write_pdf
from tests.gui.printing.test_summary import page_texts, run_summary


def _flat(path: Path) -> str:
    return "".join(page_texts(path)).replace("\r", "").replace("\n", "")


@pytest.mark.parametrize("layout", ["gbt", "compact"])
def test_the_pdf_ends_with_the_notes(qapp, seed_report, tmp_path: Path, layout: str) -> None:
    summary = dataclasses.replace(
        build_summary(seed_report, today=dt.date(2024, 5, 1)),
        notes=[NoteLine("（一）学思想、落责任，党的领导全面加强", "推动全省法治政府建设", "开会时提")])
    path = tmp_path / "notes.pdf"
    write_pdf(summary, Options(layout=layout, charts=False), str(path))
    last = page_texts(path)[-1].replace("\r", "").replace("\n", "")
    assert "批注" in last and "原文“推动全省法治政府建设”" in last.replace("　", "").replace(" ", "")
    assert "开会时提" in last


def test_no_notes_no_section(qapp, seed_report, tmp_path: Path) -> None:
    path = tmp_path / "plain.pdf"
    write_pdf(build_summary(seed_report), Options(charts=False), str(path))
    assert "批注" not in _flat(path)


def test_the_cli_prints_the_notes_of_this_report_only(seed_path: Path, seed_report,
                                                      tmp_path: Path) -> None:
    sha = seed_report.source.sha256
    save([Note(sha, NoteKind.NOTE, 0, 9, seed_report.text[:9], "开会时提"),
          Note("0" * 64, NoteKind.NOTE, 0, 9, "别的报告", "不该印出")], tmp_path / "n.json")
    out = tmp_path / "s.pdf"
    res = run_summary(seed_path, out, "--no-charts", "--notes", str(tmp_path / "n.json"))
    assert res.returncode == 0, res.stderr
    text = _flat(out)
    assert "开会时提" in text and "不该印出" not in text


@pytest.mark.parametrize(("content", "said"), [(None, "找不到批注文件"), ("not json", "批注文件")])
def test_the_cli_refuses_a_bad_notes_file(seed_path: Path, tmp_path: Path, content: str | None,
                                          said: str) -> None:
    notes = tmp_path / "n.json"
    if content is not None:
        notes.write_text(content, encoding="utf-8")
    res = run_summary(seed_path, tmp_path / "s.pdf", "--notes", str(notes))
    assert res.returncode == 2 and said in res.stderr and not (tmp_path / "s.pdf").exists()
