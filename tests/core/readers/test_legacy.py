"""Old Word (.doc) and WPS (.wps) reports: detected by content, converted by LibreOffice.

tests/data/seed.doc is the seed text converted by LibreOffice 7.4
(`soffice --headless --convert-to doc`); seed.wps is the same file renamed, since
LibreOffice cannot write .wps and a WPS Office .wps is the same OLE2 Word format.
The other OLE2 containers are seed.doc with one directory entry renamed or one
flag set, so their structure stays that of a real file. A stand-in `soffice`
(a shell script) hangs, fails or writes nothing, to test the limits around it.
"""

from __future__ import annotations

import ctypes
import os
import random
import select
import struct
import tempfile
import threading
from pathlib import Path

import pytest

from lawgov_gui.core import ReportError, load_report
from lawgov_gui.core.readers import legacy
from lawgov_gui.core.readers.messages import (
    CONVERT_FAILED,
    CONVERT_TIMEOUT,
    NO_LIBREOFFICE,
    OLE_CORRUPT,
    OLE_ENCRYPTED,
    OLE_NOT_WORD,
)
from lawgov_gui.core.readers.ole import OLE_SIGNATURE, OleKind, classify
from tests.conftest import ROOT
from tests.core.readers.scorer import assert_full_marks, needs_scorer

DATA = ROOT / "tests" / "data"
SEED_DOC = DATA / "seed.doc"
needs_soffice = pytest.mark.skipif(legacy.find_soffice() is None, reason="no LibreOffice")


def _renamed(data: bytes, old: str, new: str) -> bytes:
    """`data` with the directory entry called `old` called `new`."""
    out, name = bytearray(data), old.encode("utf-16-le") + b"\0\0"
    at = next(k for k in range(512, len(out), 128) if out[k:k + len(name)] == name)
    raw = new.encode("utf-16-le") + b"\0\0"
    out[at:at + 64] = raw.ljust(64, b"\0")
    struct.pack_into("<H", out, at + 64, len(raw))
    return bytes(out)


def _encrypted_doc(data: bytes) -> bytes:
    """`data` with fEncrypted set in the WordDocument stream's file information block."""
    out, name = bytearray(data), "WordDocument".encode("utf-16-le")
    at = next(k for k in range(512, len(out), 128) if out[k:k + len(name)] == name)
    start = struct.unpack_from("<I", out, at + 116)[0]
    out[(start + 1) * 512 + 0x0B] |= 0x01  # the high byte of the flags at 0x0A
    return bytes(out)


def _gone(pid: int) -> bool:
    """Whether process `pid` ends within seconds (a kill is delivered asynchronously)."""
    try:
        handle = os.pidfd_open(pid)
    except ProcessLookupError:
        return True
    try:
        return bool(select.select([handle], [], [], 10)[0])  # readable once it has ended
    finally:
        os.close(handle)


def _fake_soffice(tmp_path: Path, body: str) -> str:
    script = tmp_path / "soffice"
    script.write_text(f"#!/bin/sh\n{body}\n")
    script.chmod(0o755)
    return str(script)


@pytest.fixture
def private_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A temporary directory for the conversion's own, to see that it is emptied."""
    tmp = tmp_path / "tmp"
    tmp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(tmp))
    return tmp


@pytest.fixture(scope="module")
def doc_report():
    if legacy.find_soffice() is None:
        pytest.skip("no LibreOffice")
    return load_report(SEED_DOC)


# --- conversion ------------------------------------------------------------------------------

def test_fixtures_are_real_ole_word_files() -> None:
    for name in ("seed.doc", "seed.wps"):
        data = (DATA / name).read_bytes()
        assert data.startswith(OLE_SIGNATURE) and len(data) < 64 * 1024
        assert classify(data) is OleKind.WORD


def test_same_sections_and_indicators_as_the_text(doc_report, seed_report) -> None:
    assert (doc_report.source.format, doc_report.source.encoding) == ("docx", None)
    assert [(s.level, s.marker, s.title) for s in doc_report.iter_sections()] == \
        [(s.level, s.marker, s.title) for s in seed_report.iter_sections()]
    assert [(i.text, i.value, i.unit) for i in doc_report.indicators] == \
        [(i.text, i.value, i.unit) for i in seed_report.indicators]


@needs_scorer
def test_shared_scorer_gives_full_marks(tmp_path: Path, doc_report) -> None:
    assert_full_marks(doc_report, tmp_path)


@needs_soffice
@pytest.mark.parametrize("name", ["seed.wps", "report.txt", "report.docx"])
def test_detected_by_content_and_nothing_left_behind(tmp_path: Path, private_tmp: Path,
                                                      doc_report, name: str) -> None:
    path = tmp_path / name
    path.write_bytes((DATA / "seed.doc" if name != "seed.wps" else DATA / name).read_bytes())
    assert load_report(path).text == doc_report.text
    assert list(private_tmp.iterdir()) == []


# --- refusals --------------------------------------------------------------------------------

SEED_BYTES = SEED_DOC.read_bytes()


@pytest.mark.parametrize(("data", "message"), [
    (_renamed(SEED_BYTES, "WordDocument", "Workbook"), OLE_NOT_WORD),  # as an .xls
    (_renamed(_renamed(SEED_BYTES, "WordDocument", "EncryptionInfo"), "1Table",
              "EncryptedPackage"), OLE_ENCRYPTED),  # as a password-protected .docx
    (_encrypted_doc(SEED_BYTES), OLE_ENCRYPTED),  # a password-protected .doc
    (OLE_SIGNATURE + bytes(504) + random.Random(3).randbytes(2000), OLE_CORRUPT),
    (SEED_BYTES[:1536], OLE_CORRUPT),  # cut short before its directory
], ids=["spreadsheet", "encrypted-docx", "encrypted-doc", "garbled-header", "cut-short"])
def test_other_ole_files_are_refused_with_their_own_message(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, data: bytes, message: str) -> None:
    monkeypatch.setattr(legacy, "find_soffice", lambda: pytest.fail("must not convert"))
    path = tmp_path / "report.doc"
    path.write_bytes(data)
    with pytest.raises(ReportError) as info:
        load_report(path)
    assert info.value.message == message


def test_a_loop_in_the_allocation_table_is_damage() -> None:
    data = bytearray(SEED_BYTES)
    directory = struct.unpack_from("<I", data, 0x30)[0]
    first_fat = struct.unpack_from("<I", data, 0x4C)[0]
    struct.pack_into("<I", data, (first_fat + 1) * 512 + 4 * directory, directory)
    assert classify(bytes(data)) is OleKind.DAMAGED


def test_without_libreoffice_the_message_says_so(tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))
    monkeypatch.setattr(legacy, "WINDOWS", False)
    assert legacy.find_soffice() is None
    with pytest.raises(ReportError) as info:
        load_report(SEED_DOC)
    assert info.value.message == NO_LIBREOFFICE
    assert info.value.message.startswith("需要安装 LibreOffice 才能打开 .doc/.wps 文件")


def test_found_where_the_windows_installer_puts_it(tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    program = tmp_path / "LibreOffice" / "program"
    program.mkdir(parents=True)
    (program / "soffice.exe").write_bytes(b"")
    monkeypatch.setenv("PATH", str(tmp_path / "empty"))
    monkeypatch.setenv("ProgramFiles", str(tmp_path))
    monkeypatch.setattr(legacy, "WINDOWS", True)
    assert legacy.find_soffice() == str(program / "soffice.exe")


@pytest.mark.parametrize(("body", "message"), [
    ("exit 1", CONVERT_FAILED),
    ("exit 0", CONVERT_FAILED),  # says it worked, wrote nothing
    ("sleep 30 & echo $! > \"$(dirname \"$0\")/child\"; sleep 30", CONVERT_TIMEOUT.format(1)),
], ids=["fails", "writes-nothing", "hangs"])
def test_a_failing_or_hanging_libreoffice(tmp_path: Path, private_tmp: Path,
                                          monkeypatch: pytest.MonkeyPatch, body: str,
                                          message: str) -> None:
    monkeypatch.setattr(legacy, "find_soffice", lambda: _fake_soffice(tmp_path, body))
    monkeypatch.setattr(legacy, "CONVERT_SECONDS", 1)
    with pytest.raises(ReportError) as info:
        load_report(SEED_DOC)
    assert info.value.message == message
    assert list(private_tmp.iterdir()) == []
    if (tmp_path / "child").exists():  # the hanging one's child was killed with it
        assert _gone(int((tmp_path / "child").read_text()))


class _Abandoned(BaseException):
    """Raised in the converting thread, as the window does to an abandoned load."""


def test_an_abandoned_conversion_kills_libreoffice_and_cleans_up(
        tmp_path: Path, private_tmp: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    started = tmp_path / "started"
    os.mkfifo(started)
    body = f'sleep 30 & echo $! > "{tmp_path}/child"; echo go > "{started}"; sleep 30'
    monkeypatch.setattr(legacy, "find_soffice", lambda: _fake_soffice(tmp_path, body))
    outcome: list[BaseException] = []

    def convert() -> None:
        try:
            legacy.word_to_docx(SEED_BYTES)
        except BaseException as e:
            outcome.append(e)

    thread = threading.Thread(target=convert)
    thread.start()
    assert started.read_text().strip() == "go"  # blocks until the stand-in runs
    ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(thread.ident),
                                               ctypes.py_object(_Abandoned))
    thread.join(timeout=20)
    assert not thread.is_alive() and isinstance(outcome[0], _Abandoned)
    for converter in [t for t in threading.enumerate() if t.name == "lawgov-soffice"]:
        converter.join(timeout=20)  # it kills LibreOffice and cleans up on its own
    assert list(private_tmp.iterdir()) == []
    assert _gone(int((tmp_path / "child").read_text()))
