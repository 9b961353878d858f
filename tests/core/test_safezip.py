"""A .docx is unpacked in small counted steps: lies about sizes and huge bodies stay cheap.

A zip whose directory says its body unpacks to 1 MB while it unpacks to 1 GB took
2.1 GB before it was refused; a 4.5 MB .docx holding 190 MB of XML took 6.7 GB
and 85 s. Both run in a child process, timed and measured.
"""

from __future__ import annotations

import io
import random
import struct
import zipfile
from pathlib import Path

import pytest

from lawgov_gui.core import ReportError, limits, load_report
from lawgov_gui.core.safezip import DOCX_CORRUPT, ZIP_BOMB, Package
from tests.core.bounded import run_cli

DATA = Path(__file__).resolve().parents[1] / "data"
SEED_DOCX = DATA / "seed.docx"
BODY = "word/document.xml"
MB = 2**20


def _rebuilt(write_body) -> bytes:
    """seed.docx with its body written by `write_body(file, original body)`."""
    src = zipfile.ZipFile(SEED_DOCX)
    out = io.BytesIO()
    with src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as dst:
        for info in src.infolist():
            if info.filename != BODY:
                dst.writestr(info.filename, src.read(info))
        with dst.open(BODY, "w") as f:
            write_body(f, src.read(BODY))
    return out.getvalue()


def lying_docx(real_mb: int, declared: int) -> bytes:
    """A .docx whose directory says the body is `declared` bytes; it unpacks to real_mb MB."""
    def body(f, original: bytes) -> None:
        f.write(original[:original.rindex(b"</w:body>")])
        chunk = b"<w:p><w:r><w:t>" + b"a" * MB + b"</w:t></w:r></w:p>"
        for _ in range(real_mb):
            f.write(chunk)

    data = bytearray(_rebuilt(body))
    pos = data.find(b"PK\x01\x02")
    while pos != -1:
        length = struct.unpack_from("<H", data, pos + 28)[0]
        if data[pos + 46:pos + 46 + length] == BODY.encode():
            struct.pack_into("<I", data, pos + 24, declared)  # central directory
            local = struct.unpack_from("<I", data, pos + 42)[0]
            struct.pack_into("<I", data, local + 22, declared)  # local header
        pos = data.find(b"PK\x01\x02", pos + 4)
    return bytes(data)


def padded_docx(xml_mb: int) -> bytes:
    """A real .docx whose body holds about xml_mb MB of ordinary, varied paragraphs."""
    rng = random.Random(0)
    pool = "全年办理行政许可事项件同比增长复议诉讼案件执法监督规范性文件备案审查"

    # Blocks longer than deflate's 32 KB window, in random order, compress like prose.
    blocks = ["".join(
        '<w:p><w:pPr><w:spacing w:line="360"/></w:pPr><w:r><w:rPr><w:sz w:val="32"/>'
        f'</w:rPr><w:t>{"".join(rng.choices(pool, k=8))}{rng.randrange(10**6)}件。</w:t>'
        "</w:r></w:p>" for _ in range(300)).encode() for _ in range(64)]

    def body(f, original: bytes) -> None:
        cut = original.rindex(b"<w:sectPr")
        f.write(original[:cut])
        for _ in range(xml_mb * MB // len(blocks[0]) + 1):
            f.write(rng.choice(blocks))
        f.write(original[cut:])

    return _rebuilt(body)


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


def test_a_docx_of_190_mb_of_xml_is_refused_in_seconds(tmp_path: Path) -> None:
    path = _write(tmp_path, padded_docx(190))
    with zipfile.ZipFile(path) as z:
        info = z.getinfo(BODY)
        assert info.file_size > 190 * MB and info.file_size < 60 * info.compress_size
    run = run_cli(["extract", str(path)], tmp_path, timeout=120)
    assert run.refusal() == f"lawgov-gui: {ZIP_BOMB}"
    run.within(20, 300)


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
    def body(f, original: bytes) -> None:
        end = original.index(b"?>") + 2
        f.write(original[:end] + doctype + original[end:])

    with pytest.raises(ReportError) as info:
        load_report(_write(tmp_path, _rebuilt(body)))
    assert info.value.message == DOCX_CORRUPT
