"""A .docx is unpacked in small counted steps: lies about sizes and big bodies stay cheap.

A zip whose directory says its body unpacks to 1 MB while it unpacks to 1 GB took
2.1 GB before it was refused. It runs in a child process, timed and measured (the
190 MB body is in test_big_inputs.py).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from lawgov_gui.core import ReportError, limits, load_report
from lawgov_gui.core.readers.messages import DOCX_CORRUPT, ZIP_BOMB
from lawgov_gui.core.readers.safezip import Package
from tests.core.big_inputs import BODY, MB, docx_with_body, lying_docx, padded_docx
from tests.core.bounded import run_cli


def _write(tmp_path: Path, data: bytes) -> Path:
    path = tmp_path / "report.docx"
    path.write_bytes(data)
    return path


def test_a_zip_that_lies_about_its_sizes_is_refused_cheaply(tmp_path: Path) -> None:
    path = _write(tmp_path, lying_docx(real_mb=1024, declared=MB))
    assert path.stat().st_size < 8 * MB
    run = run_cli(["extract", str(path)], tmp_path, timeout=60)
    assert run.refusal() == f"lawgov-gui: {DOCX_CORRUPT}"
    run.within(10, 200)


def test_a_body_under_the_limit_reads_in_bounded_memory(tmp_path: Path) -> None:
    """Streamed: a 16 MB body costs the memory of its text, not of an XML tree."""
    path = _write(tmp_path, padded_docx(16))
    run = run_cli(["extract", "--format", "csv", str(path)], tmp_path, timeout=120)
    assert run.code == 0, run.stderr
    assert run.stdout.count(b"\r\n") > 70_000  # one figure a paragraph
    run.within(30, 500)


def test_unpacking_stops_at_the_part_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(limits, "MAX_PART", 100_000)
    read = []
    with Package(padded_docx(1)) as package, pytest.raises(ReportError) as info:
        for chunk in package.chunks(BODY):
            read.append(len(chunk))
    assert info.value.message == ZIP_BOMB
    assert 100_000 < sum(read) + 65536 <= 100_000 + 2 * 65536


@pytest.mark.parametrize("doctype", [
    b'<!DOCTYPE w:document [<!ENTITY a "aaaaaaaaaa">]>',
    b'<!DOCTYPE w:document SYSTEM "http://example.invalid/x.dtd">',
], ids=["internal-entities", "external-dtd"])
def test_a_body_with_a_dtd_is_refused(tmp_path: Path, doctype: bytes) -> None:
    with pytest.raises(ReportError) as info:
        load_report(_write(tmp_path, docx_with_body(doctype)))
    assert info.value.message == DOCX_CORRUPT
