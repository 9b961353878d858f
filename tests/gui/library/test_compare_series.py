"""What the compare chart draws: one unit, one bar per issuer or one point per year, the latest
report's figure where two state one year, and the benchmarks apart."""

from __future__ import annotations

from pathlib import Path

import pytest

from lawgov_gui.core.library import Library
from lawgov_gui.gui.library.compare_series import (
    ChartMode,
    benchmarks,
    by_region,
    by_year,
    chart_unit,
    issuers,
    years,
)


@pytest.fixture(scope="module")
def rows(library_path: Path) -> dict[str, list]:
    with Library(library_path) as lib:
        return {cid: lib.compare(cid) for cid in ("lit.head_appearance_rate", "lit.loss_rate",
                                                   "recon.direct_correction_rate",
                                                   "recon.applications")}


@pytest.mark.parametrize(("cid", "unit", "all_years", "first_issuer"), [
    ("lit.head_appearance_rate", "%", [2023, 2022], "松原市人民政府"),
    ("recon.direct_correction_rate", "%", [2023, 2022], "松原市人民政府"),
    ("lit.loss_rate", "%", [2023], "吉林省人民政府"),
    ("recon.applications", "件", [2023, 2022], "松原市人民政府"),
])
def test_unit_years_and_issuers(rows, cid: str, unit: str, all_years: list[int],
                                first_issuer: str) -> None:
    assert chart_unit(rows[cid]) == unit
    assert years(rows[cid]) == all_years
    assert issuers(rows[cid])[0] == first_issuer


@pytest.mark.parametrize(("cid", "year", "bars"), [
    ("recon.direct_correction_rate", 2023,
     [("吉林省人民政府", 9.93), ("松原市人民政府", 9.93), ("白城市人民政府", 9.93)]),
    ("recon.direct_correction_rate", 2022, [("松原市人民政府", 8.5), ("白城市人民政府", 8.5)]),
    ("lit.head_appearance_rate", 2022, [("松原市人民政府", 95.0), ("白城市人民政府", 95.0)]),
    ("recon.applications", 2023, [("吉林省人民政府", 4034.0), ("松原市人民政府", 4034.0),
                                  ("白城市人民政府", 4034.0)]),
    ("recon.applications", 2022, [("松原市人民政府", 2212.0), ("白城市人民政府", 2000.0)]),
])
def test_one_bar_per_issuer_highest_first(rows, cid: str, year: int, bars) -> None:
    assert sorted((r.issuer, r.value) for r in by_region(rows[cid], year)) == sorted(bars)
    values = [r.value for r in by_region(rows[cid], year)]
    assert values == sorted(values, reverse=True)


@pytest.mark.parametrize(("cid", "issuer", "points"), [
    ("recon.direct_correction_rate", "松原市人民政府", [(2022, 8.5), (2023, 9.93)]),
    ("recon.applications", "白城市人民政府", [(2022, 2000.0), (2023, 4034.0)]),
    ("lit.loss_rate", "吉林省人民政府", [(2023, 12.03)]),
    ("lit.loss_rate", "松原市人民政府", []),
])
def test_one_point_per_year_earliest_first(rows, cid: str, issuer: str, points) -> None:
    assert [(r.period, r.value) for r in by_year(rows[cid], issuer)] == points


@pytest.mark.parametrize(("cid", "mode", "choice", "found"), [
    ("lit.loss_rate", ChartMode.BY_REGION, 2023, [("去年全国均值", 2022, 18.91)]),  # quoted in 2023
    ("lit.loss_rate", ChartMode.BY_REGION, 2022, [("去年全国均值", 2022, 18.91)]),  # its year
    ("lit.loss_rate", ChartMode.BY_REGION, 2021, []),
    ("lit.loss_rate", ChartMode.BY_YEAR, "吉林省人民政府", [("去年全国均值", 2022, 18.91)]),
    ("lit.loss_rate", ChartMode.BY_YEAR, "松原市人民政府", []),
    ("lit.head_appearance_rate", ChartMode.BY_REGION, 2023, []),
])
def test_benchmarks_apart(rows, cid: str, mode: ChartMode, choice, found) -> None:
    drawn = benchmarks(rows[cid], mode, choice)
    assert [(r.baseline, r.period, r.value) for r in drawn] == found
    assert all(r.benchmark for r in drawn)
    assert not any(r.benchmark for r in by_region(rows[cid], 2023))


def test_no_rows_no_unit() -> None:
    assert chart_unit([]) is None and years([]) == [] and issuers([]) == []
