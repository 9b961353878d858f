"""`lawgov-gui summary` on big inputs: refused as too large, or a bounded summary, in seconds.

Each of these ran past 5 minutes at 3–7 GB (a 60 MB text, 1,000,000 figures, a
50 MB web page, a .docx of 190 MB of XML, a PDF of 5 million characters). Each now
runs in a child process whose wall time and peak memory are measured; the inputs
are made in tmp_path. The PDF case lowers the PDF limit in the child so that 200
pages meet it (the same page-by-page count a 2,000-page PDF meets).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from lawgov_gui.core.readers.messages import ZIP_BOMB
from tests.core.big_inputs import (
    figures_text,
    long_pdf,
    long_text,
    padded_docx,
    pdf_text,
    web_page,
)
from tests.core.bounded import run_cli

SECONDS, MEGABYTES = 30, 2048  # the bound of the issue, for every case

# (case, maker, file name, limits lowered in the child, words of the refusal)
TOO_LARGE = [
    ("text-60-mb", lambda: long_text(60), "report.txt", {}, "报告太长"),
    ("one-million-figures", lambda: figures_text(1_000_000), "report.txt", {}, "数字太多"),
    ("web-page-50-mb", lambda: web_page(50), "report.html", {}, "报告太长"),
    ("docx-190-mb-of-xml", lambda: padded_docx(190), "report.docx", {}, ZIP_BOMB),
    ("pdf-500-thousand-characters", lambda: long_pdf(200), "report.pdf",
     {"MAX_PDF_CHARS": 200_000}, "PDF 的文字太多"),
]


@pytest.mark.parametrize(("make", "name", "limits", "words"), [c[1:] for c in TOO_LARGE],
                         ids=[c[0] for c in TOO_LARGE])
def test_a_too_large_report_is_refused_in_seconds(tmp_path: Path, make, name: str, limits: dict,
                                                  words: str) -> None:
    path = tmp_path / name
    path.write_bytes(make())
    out = tmp_path / "summary.pdf"
    run = run_cli(["summary", str(path), "-o", str(out), "--table", "--full-text"], tmp_path,
                  limits=limits, timeout=120)
    assert words in run.refusal()
    run.within(SECONDS, MEGABYTES)
    assert not out.exists()


@pytest.mark.parametrize("suffix", [".pdf", ".docx"])
def test_a_long_report_gets_a_bounded_summary_with_notes(tmp_path: Path, suffix: str) -> None:
    """8 MB, 3 million characters: everything asked for, cut where it would run on, and said so."""
    path = tmp_path / "report.txt"
    path.write_bytes(long_text(8))
    out = tmp_path / f"summary{suffix}"
    run = run_cli(["summary", str(path), "-o", str(out), "--table", "--full-text"], tmp_path,
                  timeout=120)
    assert run.code == 0, run.stderr
    run.within(SECONDS, MEGABYTES)
    if suffix == ".pdf":
        pages, text = pdf_text(out)
        assert pages < 200
    else:
        import docx

        text = "\n".join(p.text for p in docx.Document(str(out)).paragraphs)
    assert "（全文较长，此处只附前 10 万字，另有约" in text
    assert "（只列出前 40 条，另有" in text
    if suffix == ".pdf":  # the Word file's charts are pictures with captions; same notes
        assert "只画出前 30 项" in text and "只画出前 12 项" in text
