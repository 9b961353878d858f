"""Without the ocr group: a scan or a page image is refused, saying how to install it."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from lawgov_gui.core import ReportError, load_report
from lawgov_gui.core.readers import ocr, ocr_engine, pdf
from lawgov_gui.core.readers.messages import NO_OCR, PDF_NO_TEXT_NO_OCR
from tests.conftest import ROOT

PNG = b"\x89PNG\r\n\x1a\n" + bytes(64)
SCAN = ROOT / "tests" / "data" / "ocr" / "scan150.pdf"


@pytest.fixture
def not_installed(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("rapidocr", "onnxruntime"):
        monkeypatch.setitem(sys.modules, name, None)  # `import rapidocr` raises ImportError
    monkeypatch.setattr(ocr_engine, "_engine", None)


def _refusal(path: Path, data: bytes) -> str:
    path.write_bytes(data)
    with pytest.raises(ReportError) as info:
        load_report(path)
    return info.value.message


@pytest.mark.usefixtures("not_installed")
@pytest.mark.parametrize(("name", "data", "message"), [
    ("page.png", PNG, NO_OCR),
    ("scan.pdf", SCAN.read_bytes(), PDF_NO_TEXT_NO_OCR),
])
def test_refused_with_how_to_install(tmp_path: Path, name: str, data: bytes, message: str) -> None:
    assert _refusal(tmp_path / name, data) == message
    assert "pip install 'lawgov-gui[ocr]'" in message and "README" in message


@pytest.mark.usefixtures("not_installed")
def test_the_engine_says_so_too() -> None:
    assert not ocr_engine.available() and not ocr.available() and not pdf.available()
    with pytest.raises(ReportError) as info:
        ocr_engine.recognise(None)
    assert info.value.message == NO_OCR
