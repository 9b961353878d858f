"""`lawgov-gui extract`: the JSON and CSV it prints, and how it refuses bad input.

Most tests call `lawgov_gui.cli.main` in-process; two run the installed console
script and `python -m lawgov_gui` to check the real process boundary (exit code,
bytes on stdout, encoding of stderr).
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import os
import pathlib
import random
import re
import subprocess
import sys
from pathlib import Path

import pytest

from lawgov_gui.cli import main
from lawgov_gui.core import load_report
from lawgov_gui.core.readers import files
from lawgov_gui.core.writers.contract import CSV_COLUMNS, to_json
from tests.conftest import ROOT, SEED
from tests.core.big_inputs import pdf_text
from tests.core.bounded import run_cli

CONSOLE_SCRIPT = ROOT / ".venv" / "bin" / "lawgov-gui"
CJK = re.compile(r"[\u4e00-\u9fff]")
N_SEED_INDICATORS = 60


def _strict_json(text: str) -> dict:
    """json.loads that rejects NaN/Infinity, which are not JSON."""
    def bad_constant(name: str):
        raise ValueError(f"not JSON: {name}")
    return json.loads(text, parse_constant=bad_constant)


def _check_contract(d: dict) -> None:
    assert d["schema"] == 2
    assert set(d) >= {"schema", "source", "meta", "text", "sections", "indicators"}
    text = d["text"]
    for ind in d["indicators"]:
        assert text[ind["start"]:ind["end"]] == ind["text"]


# --- success ------------------------------------------------------------------------------

def test_extract_prints_contract_json(capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["extract", str(SEED)])
    out, err = capsys.readouterr()
    assert code == 0
    assert err == ""
    d = _strict_json(out)
    _check_contract(d)
    assert len(d["indicators"]) == N_SEED_INDICATORS
    assert d["source"] == {"path": str(SEED), "format": "text", "encoding": "utf-8",
                           "sha256": hashlib.sha256(SEED.read_bytes()).hexdigest()}
    assert d["meta"]["year"] == 2023
    assert d["meta"]["issuer"] == "吉林省人民政府"
    assert "吉林省人民政府" in out  # not ASCII-escaped
    assert [i["id"] for i in d["indicators"]] == [f"i{n}" for n in range(1, 61)]


def test_extract_without_file_reads_the_bundled_sample(
        capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract"]) == 0
    bundled = _strict_json(capsys.readouterr().out)
    assert main(["extract", str(SEED)]) == 0
    seeded = _strict_json(capsys.readouterr().out)
    assert bundled["indicators"] == seeded["indicators"]
    assert bundled["text"] == seeded["text"]


def test_extract_csv(capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    code = main(["extract", str(SEED), "--format", "csv"])
    out, err = capsysbinary.readouterr()
    assert code == 0
    assert err == b""
    assert out.startswith(b"\xef\xbb\xbf")
    rows = [r for r in csv.reader(io.StringIO(out.decode("utf-8-sig"), newline="")) if r]
    header, body = rows[0], rows[1:]
    assert header == CSV_COLUMNS
    assert len(body) == N_SEED_INDICATORS
    assert all(len(r) == len(header) for r in body)

    main(["extract", str(SEED)])
    indicators = _strict_json(capsysbinary.readouterr().out.decode("utf-8"))["indicators"]
    for row, ind in zip(body, indicators, strict=True):
        rec = dict(zip(header, row, strict=True))
        assert rec["id"] == ind["id"]
        assert rec["text"] == ind["text"]
        assert float(rec["value"]) == pytest.approx(ind["value"])
        assert rec["unit"] == ind["unit"]
        assert (int(rec["start"]), int(rec["end"])) == (ind["start"], ind["end"])


def test_csv_has_no_blank_trailing_record(capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    """Every record, the last one included, ends in one CRLF and nothing follows."""
    assert main(["extract", str(SEED), "--format", "csv"]) == 0
    out = capsysbinary.readouterr().out.decode("utf-8-sig")
    records = list(csv.reader(io.StringIO(out, newline="")))
    assert [] not in records
    assert len(records) == N_SEED_INDICATORS + 1
    assert out.endswith("\r\n") and not out.endswith("\n\r\n") and not out.endswith("\r\n\n")


# --- refusals ------------------------------------------------------------------------------

def _missing(tmp: Path) -> Path:
    return tmp / "没有这个文件.txt"


def _directory(tmp: Path) -> Path:
    d = tmp / "a-folder.txt"
    d.mkdir()
    return d


def _file(name: str, data: bytes):
    def make(tmp: Path) -> Path:
        p = tmp / name
        p.write_bytes(data)
        return p
    return make


SEED_BYTES = SEED.read_bytes()
BAD_INPUTS = {
    "missing": _missing,
    "directory": _directory,
    "empty": _file("empty.txt", b""),
    "whitespace": _file("blank.txt", b"  \n\t\r\n " + "\u3000".encode() + b"\n\n"),
    "random-bytes": _file("random.bin", random.Random(0).randbytes(4096)),
    "nul-bytes": _file("nul.txt", SEED_BYTES[:600] + b"\x00\x00\x00\x00" + SEED_BYTES[600:1200]),
    "invalid-utf8": _file("junk.txt", b"\xed\xa0\x80\xc0\xaf\xf8\x88\x80\x80\x80" * 300),
    "truncated-utf8-junk": _file("junk2.txt",
                                 b"\xc3\x28\xa0\xa1\xe2\x28\xa1\xf0\x28\x8c\xbc" * 200),
    "pdf": _file("report.pdf", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\n"
                               b"endobj\nstream\n" + random.Random(1).randbytes(2000)),
    "docx": _file("report.docx", b"PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00"
                                 + b"[Content_Types].xml" + random.Random(2).randbytes(2000)),
    "ole-doc": _file("report.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504)
                                   + random.Random(3).randbytes(2000)),
    "pdf-named-txt": _file("really-a-pdf.txt", b"%PDF-1.4\n" + random.Random(4).randbytes(1000)),
}


def _assert_one_chinese_line(err: str) -> str:
    lines = err.splitlines()
    assert len(lines) == 1, err
    assert lines[0].strip()
    assert CJK.search(lines[0]), lines[0]
    return lines[0]


@pytest.mark.parametrize("fmt", ["json", "csv"])
@pytest.mark.parametrize("make", list(BAD_INPUTS.values()), ids=list(BAD_INPUTS))
def test_bad_input_exits_2_with_one_chinese_line(tmp_path: Path, make, fmt: str,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    path = make(tmp_path)
    code = main(["extract", str(path), "--format", fmt])
    out, err = capsys.readouterr()
    assert code == 2
    assert out == ""
    _assert_one_chinese_line(err)


@pytest.mark.parametrize(("make", "words"), [
    (_missing, "找不到"),
    (_directory, "文件夹"),
    (BAD_INPUTS["empty"], "空"),
    (BAD_INPUTS["pdf"], "PDF"),
    (BAD_INPUTS["docx"], "docx"),
    (BAD_INPUTS["ole-doc"], ".doc"),
], ids=["missing", "directory", "empty", "pdf", "docx", "ole-doc"])
def test_refusal_says_why(tmp_path: Path, make, words: str,
                          capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", str(make(tmp_path))]) == 2
    assert words in _assert_one_chinese_line(capsys.readouterr().err)


def test_permission_denied(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                           capsys: pytest.CaptureFixture[str]) -> None:
    # Tests run as root, where chmod 000 does not stop reads; simulate the OS refusing.
    path = tmp_path / "locked.txt"
    path.write_bytes(SEED_BYTES)

    def refuse(path: pathlib.Path) -> int:
        raise PermissionError(13, "Permission denied", str(path))

    monkeypatch.setattr(files, "open_nonblocking", refuse)
    code = main(["extract", str(path)])
    out, err = capsys.readouterr()
    assert code == 2
    assert out == ""
    assert "权限" in _assert_one_chinese_line(err)


def test_other_os_error_is_one_chinese_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "flaky.txt"
    path.write_bytes(SEED_BYTES)

    def fail(path: pathlib.Path) -> int:
        raise OSError(5, "Input/output error", str(path))

    monkeypatch.setattr(files, "open_nonblocking", fail)
    assert main(["extract", str(path)]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    _assert_one_chinese_line(err)


# --- real processes -------------------------------------------------------------------------

def _env() -> dict[str, str]:
    env = dict(os.environ)
    env.pop("PYTHONIOENCODING", None)
    return env


def test_console_script_prints_json() -> None:
    assert CONSOLE_SCRIPT.exists()
    proc = subprocess.run([str(CONSOLE_SCRIPT), "extract", str(SEED)], capture_output=True,
                          env=_env(), timeout=120, check=False)
    assert proc.returncode == 0, proc.stderr.decode("utf-8", "replace")
    assert proc.stderr == b""
    d = _strict_json(proc.stdout.decode("utf-8"))
    _check_contract(d)
    assert len(d["indicators"]) == N_SEED_INDICATORS
    assert "吉林省".encode() in proc.stdout


@pytest.mark.parametrize("locale", ["C.UTF-8", "C"])
def test_python_m_refuses_binary_in_one_chinese_line(tmp_path: Path, locale: str) -> None:
    path = tmp_path / "random.bin"
    path.write_bytes(random.Random(0).randbytes(4096))
    env = _env() | {"LANG": locale, "LC_ALL": locale}
    proc = subprocess.run([sys.executable, "-m", "lawgov_gui", "extract", str(path)],
                          capture_output=True, env=env, timeout=120, check=False)
    assert proc.returncode == 2
    assert proc.stdout == b""
    _assert_one_chinese_line(proc.stderr.decode("utf-8"))


@pytest.mark.parametrize(("name", "fmt"), [("seed.docx", "docx"), ("seed.pdf", "pdf")])
def test_extract_reads_word_and_pdf(capsys, name: str, fmt: str) -> None:
    data = Path(__file__).parent / "data" / name
    assert main(["extract", str(data)]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["source"]["format"] == fmt and out["source"]["encoding"] is None
    assert len(out["indicators"]) == 60


# --- output that cannot be written -----------------------------------------------------------

@pytest.mark.parametrize("fmt", ["json", "csv"])
def test_extract_to_a_full_disk_exits_2_with_one_line(fmt: str) -> None:
    """It used to exit 0 with the JSON cut at 8192 bytes, or with a traceback."""
    with open("/dev/full", "wb") as full:
        proc = subprocess.run([sys.executable, "-m", "lawgov_gui", "extract", str(SEED),
                               "--format", fmt], stdout=full, stderr=subprocess.PIPE, cwd=ROOT,
                              env=_env() | {"PYTHONPATH": str(ROOT)}, timeout=120, check=False)
    assert proc.returncode == 2
    assert _assert_one_chinese_line(proc.stderr.decode("utf-8")) == \
        "lawgov-gui: 无法写入 标准输出：磁盘空间不足"


def test_extract_to_a_closed_pipe_exits_2_with_one_line() -> None:
    read, write = os.pipe()
    os.close(read)
    try:
        proc = subprocess.run([sys.executable, "-m", "lawgov_gui", "extract", str(SEED)],
                              stdout=write, stderr=subprocess.PIPE, cwd=ROOT,
                              env=_env() | {"PYTHONPATH": str(ROOT)}, timeout=120, check=False)
    finally:
        os.close(write)
    assert proc.returncode == 2
    assert "输出管道已关闭" in _assert_one_chinese_line(proc.stderr.decode("utf-8"))


FSYNC_ENOSPC = """
import errno, os
def _full(fd):
    raise OSError(errno.ENOSPC, "No space left on device")
os.fsync = _full
"""
FILE_SIZE_LIMIT = """
import resource, signal
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
resource.setrlimit(resource.RLIMIT_FSIZE, (16384, 16384))
"""


@pytest.mark.parametrize(("suffix", "fault", "reason"), [
    (".pdf", FSYNC_ENOSPC, "磁盘空间不足"),
    (".docx", FSYNC_ENOSPC, "磁盘空间不足"),
    (".pdf", FILE_SIZE_LIMIT, "PDF 没有完整写出（磁盘可能已满）"),  # Qt's writer says nothing
    (".docx", FILE_SIZE_LIMIT, "文件超过了系统允许的大小"),
], ids=["pdf-enospc-at-fsync", "docx-enospc-at-fsync", "pdf-file-size-limit",
        "docx-file-size-limit"])
def test_summary_on_a_full_disk_keeps_the_previous_file(tmp_path: Path, suffix: str, fault: str,
                                                        reason: str) -> None:
    out = tmp_path / f"摘要{suffix}"
    out.write_bytes(b"the previous summary")
    run = run_cli(["summary", str(SEED), "-o", str(out)], tmp_path, prelude=fault, timeout=120)
    assert run.refusal() == f"lawgov-gui: 无法写入 {out}：{reason}"
    assert out.read_bytes() == b"the previous summary"
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []


def test_summary_with_the_full_text_prints_all_of_it(tmp_path: Path) -> None:
    """With charts, the layout used to stop part-way: the full text's end was never printed."""
    out = tmp_path / "摘要.pdf"
    run = run_cli(["summary", str(SEED), "-o", str(out), "--table", "--full-text"], tmp_path,
                  timeout=120)
    assert run.code == 0, run.stderr
    _, text = pdf_text(out)
    last = "全面推进法治政府建设智慧化、集成化发展。"
    assert last in SEED.read_text(encoding="utf-8")
    assert text.count(last) == 1 and "图1" in text  # the full text's last line, after the charts


def test_python_m_extract_writes_the_whole_json_before_it_ends() -> None:
    """The process ends without tearing the report down (cli.command): nothing is lost."""
    proc = subprocess.run([sys.executable, "-m", "lawgov_gui", "extract", str(SEED)],
                          capture_output=True, env=_env(), timeout=120, check=False)
    assert proc.returncode == 0, proc.stderr.decode("utf-8", "replace")
    assert proc.stderr == b""
    assert proc.stdout == (to_json(load_report(SEED)) + "\n").encode("utf-8")
