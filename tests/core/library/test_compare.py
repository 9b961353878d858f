"""Compare one canonical indicator: a row per figure, benchmarks apart, exported as CSV or XLSX."""

from __future__ import annotations

import csv
from pathlib import Path

import openpyxl
import pytest

from lawgov_gui.core.extract.catalogue import entries
from lawgov_gui.core.library import Library, LibraryError, export_compare
from lawgov_gui.core.library.compare import HEADERS


def _own(library: Library, cid: str) -> list[tuple]:
    return sorted((r.issuer, r.year, r.period, r.value, r.unit, r.text)
                  for r in library.compare(cid) if not r.benchmark)


@pytest.mark.parametrize(("cid", "expected"), [
    ("lit.head_appearance_rate", [
        ("吉林省人民政府", 2023, 2023, 100.0, "%", "100%"),
        ("松原市人民政府", 2022, 2022, 95.0, "%", "95%"),
        ("松原市人民政府", 2022, 2022, 95.0, "%", "95%"),
        ("松原市人民政府", 2023, 2023, 100.0, "%", "100%"),
        ("白城市人民政府", 2022, 2022, 95.0, "%", "95%"),
        ("白城市人民政府", 2023, 2023, 100.0, "%", "100%")]),
    ("recon.direct_correction_rate", [
        ("吉林省人民政府", 2023, 2023, 9.93, "%", "9.93%"),
        ("松原市人民政府", 2022, 2022, 8.5, "%", "8.5%"),
        ("松原市人民政府", 2022, 2022, 8.7, "%", "8.7%"),
        ("松原市人民政府", 2023, 2023, 9.93, "%", "9.93%"),
        ("白城市人民政府", 2022, 2022, 8.5, "%", "8.5%"),
        ("白城市人民政府", 2023, 2023, 9.93, "%", "9.93%")]),
])
def test_one_row_per_figure(library: Library, cid: str, expected: list[tuple]) -> None:
    assert _own(library, cid) == expected


def test_row_carries_its_sentence_and_label(library: Library) -> None:
    (row,) = [r for r in library.compare("recon.direct_correction_rate")
              if r.issuer == "吉林省人民政府"]
    assert row.label == "行政复议直接纠错率"
    assert row.sentence.startswith("坚持刀刃向内") and row.sentence.endswith("。")
    assert "直接纠错率9.93%" in row.sentence


def test_benchmark_apart(library: Library) -> None:
    rows = library.compare("lit.loss_rate")
    assert [(r.benchmark, r.implied, r.period, r.value, r.baseline) for r in rows] == [
        (False, False, 2023, 12.03, None), (True, True, 2022, 18.91, "去年全国均值")]
    assert rows[1].text == "6.88个百分点"
    assert [r.cells()[9] for r in rows] == ["本级", "对照基准（据差值推算）"]


def _text(library: Library, path: str) -> str:
    (text,) = library.conn.execute("SELECT t.text FROM texts t JOIN reports r ON r.id = t.report"
                                   " WHERE r.path = ?", (path,)).fetchone()
    return text


@pytest.mark.parametrize("cid", ["lit.head_appearance_rate", "recon.direct_correction_rate",
                                 "lit.loss_rate", "recon.applications"])
def test_row_knows_its_place_in_the_report(library: Library, cid: str) -> None:
    rows = library.compare(cid)
    assert rows
    for r in rows:
        assert _text(library, r.path)[r.start:r.end] == r.text


def test_compared_counts_the_rows_of_every_id(library: Library) -> None:
    counts = library.compared()
    assert counts["lit.head_appearance_rate"] == 6 and counts["lit.loss_rate"] == 2
    assert all(len(library.compare(cid)) == n for cid, n in counts.items())
    order = [e.id for e in entries()]
    assert list(counts) == sorted(counts, key=order.index)


def test_unknown_id(library: Library) -> None:
    with pytest.raises(LibraryError, match="未知的指标编号"):
        library.compare("lit.no_such_rate")


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_export(library: Library, tmp_path: Path, suffix: str) -> None:
    rows = library.compare("lit.head_appearance_rate")
    out = tmp_path / f"compare{suffix}"
    export_compare(rows, out)
    if suffix == ".csv":
        with open(out, encoding="utf-8-sig", newline="") as f:
            table = list(csv.reader(f))
    else:
        sheet = openpyxl.load_workbook(out).active
        table = [[("" if v is None else str(v)) for v in r] for r in sheet.iter_rows(values_only=True)]
    assert tuple(table[0]) == HEADERS
    assert len(table) == len(rows) + 1
    assert table[1][1] == rows[0].issuer
