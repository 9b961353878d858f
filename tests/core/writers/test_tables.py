"""The table writers: CSV and XLSX read back as written, and a failed write harms nothing."""

from __future__ import annotations

import csv
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from lawgov_gui.core.writers import tables
from lawgov_gui.core.writers.tables import column_widths, plain, write_csv, write_xlsx

openpyxl = pytest.importorskip("openpyxl")

HEADERS = ["章节", "指标", "数值", "单位"]
ROWS = [
    ["(一)学思想", "法治政府建设任务完成率", 74.14, "%"],
    ["(二)抓改革", "全省新登记经营主体", 619000.0, "户"],
    ["(五)防风险", "行政复议, \"化解\"率", 86.53, "%"],
    ["(六)强约束", "=SUM(A1:A2)", 8, ""],
]


def read_csv(path: Path) -> list[list[str]]:
    with open(path, encoding="utf-8-sig", newline="") as f:
        return list(csv.reader(f))


def as_text(rows: list[list]) -> list[list[str]]:
    return [[str(plain(v)) for v in row] for row in rows]


def failing_rows(good: int) -> Iterator[list]:
    """Yield `good` rows, then fail as a crashing producer would."""
    yield from ROWS[:good]
    raise RuntimeError("crash mid-write")


def test_plain_writes_integral_floats_as_int() -> None:
    assert plain(619000.0) == 619000 and isinstance(plain(619000.0), int)
    assert plain(74.14) == 74.14
    assert plain("8") == "8"
    assert plain(float("nan")) == "nan"


def test_csv_round_trip_with_bom_and_crlf(tmp_path: Path) -> None:
    path = tmp_path / "指标.csv"
    write_csv(path, HEADERS, ROWS)
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    assert raw.count(b"\r\n") == len(ROWS) + 1
    assert b"\n" not in raw.replace(b"\r\n", b"")
    assert read_csv(path) == as_text([HEADERS, *ROWS])
    assert read_csv(path)[2][2] == "619000"  # not "619000.0"


def test_xlsx_round_trip_with_numeric_cells(tmp_path: Path) -> None:
    path = tmp_path / "指标.xlsx"
    write_xlsx(path, HEADERS, ROWS)
    ws = openpyxl.load_workbook(path).active
    assert ws.title == "指标"
    values = [[c.value for c in row] for row in ws.iter_rows()]
    assert values == [HEADERS, *[[plain(v) if v != "" else None for v in r] for r in ROWS]]
    numbers = [ws.cell(row=r, column=3) for r in range(2, len(ROWS) + 2)]
    assert all(c.data_type == "n" for c in numbers)
    assert isinstance(ws["C3"].value, int) and isinstance(ws["C2"].value, float)
    assert ws["B5"].data_type == "s"  # text that looks like a formula stays text


def test_xlsx_header_is_bold_and_frozen_and_columns_fit(tmp_path: Path) -> None:
    path = tmp_path / "out.xlsx"
    write_xlsx(path, HEADERS, ROWS, sheet="百分比")
    wb = openpyxl.load_workbook(path)
    ws = wb["百分比"]
    assert all(c.font.bold for c in ws[1])
    assert not ws["A2"].font.bold
    assert ws.freeze_panes == "A2"
    width = ws.column_dimensions["B"].width
    assert width >= len("法治政府建设任务完成率") * 2  # CJK characters are two wide
    assert ws.column_dimensions["D"].width >= tables.MIN_WIDTH


def test_column_widths_count_cjk_twice_and_are_capped() -> None:
    widths = column_widths([["ab", "中文", "长" * 100]])
    assert widths == [tables.MIN_WIDTH, tables.MIN_WIDTH, tables.MAX_WIDTH]
    assert column_widths([["中文中文"]]) == [10]


@pytest.mark.parametrize("writer", [write_csv, write_xlsx])
def test_the_temporary_file_lives_beside_the_target(tmp_path: Path, monkeypatch, writer) -> None:
    moves: list[tuple[str, str]] = []
    real = os.replace
    monkeypatch.setattr(tables.os, "replace",
                        lambda a, b: (moves.append((str(a), str(b))), real(a, b)))
    target = tmp_path / "out"
    writer(target, HEADERS, ROWS)
    [(src, dst)] = moves
    assert Path(src).parent == tmp_path and dst == str(target)
    assert sorted(os.listdir(tmp_path)) == ["out"]


@pytest.mark.skipif(os.name != "posix", reason="file modes")
@pytest.mark.parametrize("writer", [write_csv, write_xlsx])
def test_written_files_get_the_usual_permissions(tmp_path: Path, writer) -> None:
    old = os.umask(0o022)
    try:
        writer(tmp_path / "out", HEADERS, ROWS)
    finally:
        os.umask(old)
    assert (tmp_path / "out").stat().st_mode & 0o777 == 0o644


@pytest.mark.parametrize("writer,name", [(write_csv, "good.csv"), (write_xlsx, "good.xlsx")])
def test_a_crash_mid_write_keeps_the_previous_file(tmp_path: Path, writer, name) -> None:
    path = tmp_path / name
    writer(path, HEADERS, ROWS)
    before = path.read_bytes()
    with pytest.raises(RuntimeError, match="crash mid-write"):
        writer(path, HEADERS, failing_rows(2))
    assert path.read_bytes() == before
    assert os.listdir(tmp_path) == [name]


def test_a_failing_xlsx_save_keeps_the_previous_file(tmp_path: Path, monkeypatch) -> None:
    path = tmp_path / "good.xlsx"
    write_xlsx(path, HEADERS, ROWS)
    before = path.read_bytes()

    def half_save(self, f) -> None:
        f.write(b"PK\x03\x04 half a zip")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(openpyxl.Workbook, "save", half_save)
    with pytest.raises(OSError, match="磁盘空间不足"):
        write_xlsx(path, HEADERS, ROWS)
    assert path.read_bytes() == before
    assert os.listdir(tmp_path) == ["good.xlsx"]


def test_a_failed_first_write_leaves_nothing(tmp_path: Path) -> None:
    with pytest.raises(RuntimeError):
        write_csv(tmp_path / "new.csv", HEADERS, failing_rows(3))
    assert os.listdir(tmp_path) == []


def test_writing_into_a_missing_directory_is_an_oserror(tmp_path: Path) -> None:
    with pytest.raises(OSError):
        write_csv(tmp_path / "missing" / "out.csv", HEADERS, ROWS)
