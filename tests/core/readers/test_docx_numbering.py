"""Word list numbers: formats, and numbering bombs that must stay small and quick.

A list starting at 3,000,000,000 in lowerLetter took 8 GB (one letter repeated
115 million times); one at 99,999,999,999,999 in upperRoman never ended. They run
in a child process with a timeout, as a regression would otherwise hang the run.
"""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from lawgov_gui.core.readers.docx_numbering import MAX_LABEL, MAX_MARKER, MAX_START, list_number
from tests.core.bounded import run_cli

docx = pytest.importorskip("docx")


def numbered_docx(start: str, fmt: str, level_text: str = "%1、", paragraphs: int = 30) -> bytes:
    """A .docx whose paragraphs are one Word list starting at `start` in format `fmt`."""
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    d = docx.Document()
    d.part.numbering_part.element.insert(0, parse_xml(
        f'<w:abstractNum {nsdecls("w")} w:abstractNumId="90"><w:lvl w:ilvl="0">'
        f'<w:start w:val="{start}"/><w:numFmt w:val="{fmt}"/><w:lvlText w:val="{level_text}"/>'
        '</w:lvl></w:abstractNum>'))
    d.part.numbering_part.element.append(parse_xml(
        f'<w:num {nsdecls("w")} w:numId="90"><w:abstractNumId w:val="90"/></w:num>'))
    for n in range(paragraphs):
        p = d.add_paragraph(f"第{n}项工作，办理案件1234件。")
        p._p.get_or_add_pPr().append(parse_xml(
            f'<w:numPr {nsdecls("w")}><w:ilvl w:val="0"/><w:numId w:val="90"/></w:numPr>'))
    out = io.BytesIO()
    d.save(out)
    return out.getvalue()


# (case, w:start, w:numFmt, w:lvlText, the first line's marker)
BOMBS = [
    ("letters-3e9", "3000000000", "lowerLetter", "%1、", f"{MAX_START}、"),
    ("roman-1e14", "99999999999999", "upperRoman", "%1、", f"{MAX_START}、"),
    ("digits-1e4000", "9" * 4000, "decimal", "%1.", f"{MAX_START}."),
    ("letters-at-the-cap", str(MAX_START), "upperLetter", "（%1）", f"（{MAX_START}）"),
    ("long-level-text", "1", "decimal", "%1%1%1%1、" * 50, "1111、1111、1111、11%"),  # cut at 32
]


@pytest.mark.parametrize(("start", "fmt", "level_text", "marker"), [c[1:] for c in BOMBS],
                         ids=[c[0] for c in BOMBS])
def test_numbering_bombs_are_capped(tmp_path: Path, start: str, fmt: str, level_text: str,
                                    marker: str) -> None:
    path = tmp_path / "bomb.docx"
    path.write_bytes(numbered_docx(start, fmt, level_text))
    run = run_cli(["extract", str(path)], tmp_path, timeout=30)
    assert run.code == 0, run.stderr
    run.within(10, 300)
    lines = json.loads(run.stdout)["text"].split("\n")
    assert len(lines) == 30
    assert lines[0] == f"{marker}第0项工作，办理案件1234件。"
    assert all(len(line) < MAX_MARKER + 20 for line in lines)


@pytest.mark.parametrize(("n", "fmt", "text"), [
    (1, "decimal", "1"), (3, "chineseCounting", "三"), (10, "chineseCounting", "十"),
    (12, "chineseCountingThousand", "十二"), (20, "chineseCounting", "二十"),
    (2, "ideographTraditional", "乙"), (4, "decimalEnclosedCircle", "④"),
    (4, "lowerRoman", "iv"), (2, "upperLetter", "B"), (3, "chineseLegalSimplified", "叁"),
    (28, "lowerLetter", "bb"), (3999, "upperRoman", "MMMCMXCIX"),
    # past what a label can hold: digits
    (4000, "upperRoman", "4000"), (3_000_000_000, "lowerLetter", "3000000000"),
    (26 * MAX_LABEL, "lowerLetter", "z" * MAX_LABEL), (26 * MAX_LABEL + 1, "lowerLetter", "313"),
])
def test_list_number_formats(n: int, fmt: str, text: str) -> None:
    assert list_number(n, fmt) == text
