"""The printed summary: PDF (via the CLI and the window), Word, and the print preview."""

from __future__ import annotations

import dataclasses
import shutil
import subprocess
import sys
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from docx import Document
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrintPreviewWidget

from lawgov_gui.core.summary import layout as spec_module
from lawgov_gui.core.summary.content import build_summary
from lawgov_gui.core.summary.layout import Layout
from lawgov_gui.core.summary.options import Options
from lawgov_gui.core.summary.wording import full_width
from lawgov_gui.core.writers.word import write_docx
from lawgov_gui.gui.printing.pages import write_pdf
from lawgov_gui.gui.shell.main_window import MainWindow

MM = 72 / 25.4


def run_summary(seed: Path, out: Path, *extra: str) -> subprocess.CompletedProcess:
    env = {"PATH": "/usr/bin:/bin", "HOME": str(out.parent), "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, "-m", "lawgov_gui", "summary", str(seed), "-o", str(out),
                           *extra], capture_output=True, text=True, env=env, timeout=120)


@pytest.fixture(scope="module")
def pdfs(tmp_path_factory, seed_path: Path) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("summary")
    out = {}
    for layout in ("gbt", "compact"):
        out[layout] = folder / f"{layout}.pdf"
        res = run_summary(seed_path, out[layout], "--layout", layout)
        assert res.returncode == 0, res.stderr
    return out


def page_texts(path: Path) -> list[str]:
    pdf = pdfium.PdfDocument(str(path))
    return [pdf[i].get_textpage().get_text_range() for i in range(len(pdf))]


@pytest.mark.parametrize("layout", ["gbt", "compact"])
def test_pdf_text_has_issuer_titles_and_figures(pdfs, seed_report, layout: str) -> None:
    text = "".join(page_texts(pdfs[layout])).replace("\r", "").replace("\n", "")
    assert "吉林省人民政府" in text
    for s in seed_report.iter_sections():
        if s.level <= 2:
            assert full_width(s.title)[:12] in text, s.title  # headings print full-width
    for figure in ("74.14%", "4034件", "86.53%"):
        assert figure in text
    assert seed_report.meta.title_inferred and "推断" not in text  # the title alone


@pytest.mark.parametrize("layout", ["gbt", "compact"])
def test_every_font_is_embedded(pdfs, layout: str) -> None:
    pdffonts = shutil.which("pdffonts")
    assert pdffonts, "poppler-utils is installed by packaging/dev.sh"
    rows = subprocess.run([pdffonts, str(pdfs[layout])], capture_output=True, text=True,
                          check=True).stdout.splitlines()[2:]
    assert rows and all(row.split()[-5] == "yes" for row in rows), rows


def test_compact_is_shorter_than_gbt(pdfs) -> None:
    compact, gbt = (len(pdfium.PdfDocument(str(pdfs[k]))) for k in ("compact", "gbt"))
    assert compact < gbt


def test_gbt_page_size_margins_and_page_numbers(pdfs) -> None:
    pdf = pdfium.PdfDocument(str(pdfs["gbt"]))
    for n in range(len(pdf)):
        width, height = pdf[n].get_size()
        assert (round(width / MM), round(height / MM)) == (210, 297)
        text = pdf[n].get_textpage().get_text_range()
        assert f"— {n + 1} —" in text
    page = pdf[0]
    textpage = page.get_textpage()
    boxes = [textpage.get_charbox(i) for i in range(textpage.count_chars())]
    lefts = [b[0] for b in boxes if b[2] > b[0]]
    tops = [height - b[3] for b in boxes if b[3] > b[1]]
    assert min(lefts) >= 28 * MM - 1 and min(tops) >= 37 * MM - 2
    dashes = [textpage.get_charbox(i) for i in range(textpage.count_chars())
              if textpage.get_text_range(i, 1) == "—"]
    assert len(dashes) == 2  # GB/T 9704: the dashes 7 mm below the text block
    assert all(abs((height - (b[1] + b[3]) / 2) / MM - (297 - 35 + 7)) < 0.5 for b in dashes)


def test_word_summary_has_headings_and_key_table(tmp_path: Path, seed_path: Path) -> None:
    out = tmp_path / "summary.docx"
    assert run_summary(seed_path, out).returncode == 0
    doc = Document(str(out))
    headings = [p.text for p in doc.paragraphs if p.style.name.startswith("Heading")]
    assert any("学思想、落责任" in h for h in headings)
    detail = [t for t in doc.tables if t.rows[0].cells[0].text == "指标"]  # after the 核查 box
    rows = [[c.text for c in row.cells] for row in detail[0].rows]
    assert rows[0] == ["指标", "数值", "年份", "关系"]
    assert ["法治政府建设任务完成率", "74.14%", "2023年", ""] in rows


def test_summary_of_a_missing_file_says_why(tmp_path: Path) -> None:
    res = run_summary(tmp_path / "nope.txt", tmp_path / "x.pdf")
    assert res.returncode == 2 and "找不到文件" in res.stderr and not (tmp_path / "x.pdf").exists()


def test_preview_opens_and_paints_pages(qtbot, window: MainWindow, monkeypatch) -> None:
    monkeypatch.setattr(window.summary, "ask_options", lambda: Options(layout="compact"))
    qtbot.keyClick(window, "P", modifier=Qt.KeyboardModifier.ControlModifier)
    dialog = window.summary.preview
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible, timeout=10000)
    preview = dialog.findChild(QPrintPreviewWidget)
    qtbot.waitUntil(lambda: preview.pageCount() > 0, timeout=10000)
    assert preview.pageCount() >= 2
    dialog.close()


def test_export_pdf_from_the_window_runs_in_background(qtbot, window: MainWindow, monkeypatch,
                                                       tmp_path: Path) -> None:
    target = tmp_path / "摘要.pdf"
    monkeypatch.setattr(window.summary, "ask_options", lambda: Options(layout="gbt"))
    monkeypatch.setattr(window.summary, "ask_path", lambda suffix: str(target))
    with (qtbot.waitSignals([window.summary.busyChanged, window.summary.status]),
          qtbot.waitSignal(window.summary.exported, timeout=30000) as blocker):
        window.actions["export_pdf"].trigger()
        assert window.busy.isVisible() and window.summary.busy
    assert blocker.args == [str(target)]
    assert not window.summary.busy and not window.busy.isVisible()
    assert len(pdfium.PdfDocument(str(target))) >= 2
    assert "摘要已导出" in window.status_label.text()


def test_a_failed_export_says_why_in_plain_text_and_is_not_remembered(
        qtbot, window: MainWindow, monkeypatch, tmp_path: Path) -> None:
    not_a_folder = tmp_path / "<b>不是文件夹"
    not_a_folder.write_text("一个文件")
    target = not_a_folder / "摘要.pdf"
    monkeypatch.setattr(window.summary, "ask_options", lambda: Options(layout="compact"))
    monkeypatch.setattr(window.summary, "ask_path", lambda suffix: str(target))
    with qtbot.waitSignal(window.summary.failed, timeout=30000) as failed:
        window.actions["export_pdf"].trigger()
    box = window.summary.error_box
    assert box is not None and box.isVisible()
    assert box.textFormat() == Qt.TextFormat.PlainText and str(not_a_folder) in box.text()
    assert failed.args[0] in window.status_label.text()
    assert window.settings.export_dir() != str(not_a_folder)
    assert not_a_folder.read_text() == "一个文件"
    box.close()


def text_box_mm(path: Path) -> tuple[float, float]:
    """The smallest left and top of the first PDF page's characters, in mm."""
    page = pdfium.PdfDocument(str(path))[0]
    height = page.get_size()[1]
    textpage = page.get_textpage()
    boxes = [textpage.get_charbox(i) for i in range(textpage.count_chars())]
    lefts = [b[0] for b in boxes if b[2] > b[0]]
    tops = [height - b[3] for b in boxes if b[3] > b[1]]
    return min(lefts) / MM, min(tops) / MM


def test_pdf_and_word_both_follow_the_one_layout_spec(qtbot, seed_report, tmp_path: Path,
                                                      monkeypatch) -> None:
    summary, options = build_summary(seed_report), Options(Layout.COMPACT, charts=False)
    write_pdf(summary, options, tmp_path / "before.pdf")
    before = text_box_mm(tmp_path / "before.pdf")
    changed = dataclasses.replace(spec_module.SPECS[Layout.COMPACT], margins=(40, 30, 45, 25),
                                  body_pt=13)
    monkeypatch.setitem(spec_module.SPECS, Layout.COMPACT, changed)
    write_pdf(summary, options, tmp_path / "after.pdf")
    left, top = text_box_mm(tmp_path / "after.pdf")
    assert before[0] < 20 and before[1] < 20
    assert 45 - 0.5 <= left < 50 and 40 - 1 <= top < 46
    write_docx(summary, tmp_path / "after.docx", options)
    doc = Document(str(tmp_path / "after.docx"))
    section = doc.sections[0]
    margins = (section.top_margin, section.bottom_margin, section.left_margin,
               section.right_margin)
    assert [round(m.mm) for m in margins] == [40, 30, 45, 25]
    assert doc.styles["Normal"].font.size.pt == 13


