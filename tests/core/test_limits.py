"""Huge files are refused before they are read; damaged documents never crash a reader."""

from __future__ import annotations

import tracemalloc
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lawgov_gui.core import ReportError, load_report
from lawgov_gui.core.limits import MAX_BYTES

DATA = Path(__file__).resolve().parents[1] / "data"


def test_a_200_mb_text_file_is_refused_without_reading_it(tmp_path: Path) -> None:
    huge = tmp_path / "huge.txt"
    with huge.open("wb") as f:  # sparse: takes no disk space
        f.truncate(200 * 1024 * 1024)
    tracemalloc.start()
    with pytest.raises(ReportError) as err:
        load_report(huge)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert "太大" in err.value.message and "200 MB" in err.value.message
    assert peak < 5 * 1024 * 1024
    assert MAX_BYTES < 200 * 1024 * 1024


@pytest.mark.parametrize("name", ["seed.docx", "seed.pdf"])
@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(cuts=st.lists(st.tuples(st.integers(0, 10**6), st.integers(1, 512), st.integers(0, 255)),
                     min_size=1, max_size=6))
def test_damaged_documents_open_or_say_why(tmp_path: Path, name: str,
                                           cuts: list[tuple[int, int, int]]) -> None:
    data = bytearray((DATA / name).read_bytes())
    for at, length, byte in cuts:
        at %= len(data)
        data[at:at + length] = bytes([byte]) * min(length, len(data) - at)
    path = tmp_path / name
    path.write_bytes(bytes(data))
    try:
        report = load_report(path)
    except ReportError as e:
        assert e.message.strip()
        return
    for ind in report.indicators:
        assert report.text[ind.start:ind.end] == ind.text


def test_a_zip_with_a_garbled_version_field_is_a_damaged_docx(tmp_path: Path) -> None:
    """Found by benchmarks/fuzz.py: zipfile raised NotImplementedError."""
    data = bytearray((DATA / "seed.docx").read_bytes())
    central = data.rfind(b"PK\x01\x02")
    data[central + 6:central + 8] = (86).to_bytes(2, "little")  # "version needed": 8.6
    local = 0
    data[local + 4:local + 6] = (86).to_bytes(2, "little")
    path = tmp_path / "garbled.docx"
    path.write_bytes(bytes(data))
    with pytest.raises(ReportError) as err:
        load_report(path)
    assert "损坏" in err.value.message
