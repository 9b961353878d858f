"""Checks across reports: a stated change against last year's report, and values that disagree."""

from __future__ import annotations

import pytest

from lawgov_gui.core.library import CheckKind, Library
from lawgov_gui.core.library.figures import (
    Stated,
    implied_before,
    pp_agrees,
    rate_agrees,
    spread,
)


def test_change_checks(library: Library) -> None:
    found = {(f.issuer, f.canonical): f for f in library.check() if f.kind == CheckKind.CHANGE}
    assert set(found) == {("松原市人民政府", "recon.applications"),
                          ("白城市人民政府", "recon.applications")}
    agrees, flagged = found["松原市人民政府", "recon.applications"], found["白城市人民政府",
                                                                          "recon.applications"]
    assert (agrees.flagged, flagged.flagged) == (False, True)
    assert "4034件" in agrees.message and "2212件" in agrees.message and "相符" in agrees.message
    assert "2000件" in flagged.message and "不符" in flagged.message
    assert "推算2022年约为2212件" in agrees.message
    assert agrees.year == 2023 and agrees.paths[1].endswith("2022.txt")
    assert agrees.stated == ("4034件，同比增长82.37%", "2212件") and agrees.implied == "2212件"
    assert flagged.stated[1] == "2000件" and flagged.implied == "2212件"


def _text(library: Library, path: str) -> str:
    (text,) = library.conn.execute("SELECT t.text FROM texts t JOIN reports r ON r.id = t.report"
                                   " WHERE r.path = ?", (path,)).fetchone()
    return text


def test_findings_know_where_each_report_says_it(library: Library) -> None:
    findings = library.check()
    assert {f.kind for f in findings} == set(CheckKind)
    for f in findings:
        for path, (start, end), said in zip(f.paths, f.places, f.stated, strict=True):
            assert _text(library, path)[start:end] == said


def test_conflict(library: Library) -> None:
    (conflict,) = [f for f in library.check() if f.kind == CheckKind.CONFLICT]
    assert (conflict.issuer, conflict.canonical, conflict.year) == (
        "松原市人民政府", "recon.direct_correction_rate", 2022)
    assert conflict.flagged and "8.5%" in conflict.message and "8.7%" in conflict.message
    assert conflict.stated == ("8.5%", "8.7%") and conflict.implied == ""


@pytest.mark.parametrize(("text", "value", "half"), [
    ("4034件", 4034, 0.5), ("82.37%", 82.37, 0.005), ("2.2万余件", 22000, 500),
    ("1,234件", 1234, 0.5), ("六项", 6, 0.0),
])
def test_spread(text: str, value: float, half: float) -> None:
    assert spread(text, value) == pytest.approx(half)


@pytest.mark.parametrize(("now", "rate", "then", "sign", "ok"), [
    (("4034件", 4034), ("82.37%", 82.37), ("2212件", 2212), 1, True),
    (("4034件", 4034), ("82.37%", 82.37), ("2213件", 2213), 1, False),
    (("4034件", 4034), ("82.37%", 82.37), ("2000件", 2000), 1, False),
    (("90件", 90), ("10%", 10), ("100件", 100), -1, True),
    (("90件", 90), ("10%", 10), ("100件", 100), 1, False),
    (("2.2万件", 22000), ("10%", 10), ("20000件", 20000), 1, True),  # 2.2万 is 21500–22500
])
def test_rate_agrees(now, rate, then, sign: int, ok: bool) -> None:
    stated = [Stated(v, t) for t, v in (now, rate, then)]
    assert rate_agrees(*stated, sign) is ok


@pytest.mark.parametrize(("now", "change", "sign", "points", "implied"), [
    ((4034, "4034件"), (82.37, "82.37%"), 1, False, "2212"),
    ((12.03, "12.03%"), (11.63, "11.63个百分点"), -1, True, "23.66"),
    ((22000, "2.2万件"), (10, "10%"), 1, False, "20000"),
])
def test_implied_before(now, change, sign: int, points: bool, implied: str) -> None:
    assert implied_before(Stated(*now), Stated(*change), sign, points) == implied


@pytest.mark.parametrize(("now", "pp", "then", "sign", "ok"), [
    ((12.03, "12.03%"), (11.63, "11.63个百分点"), (23.66, "23.66%"), -1, True),
    ((12.03, "12.03%"), (11.63, "11.63个百分点"), (23.7, "23.7%"), -1, True),  # ±0.05
    ((12.03, "12.03%"), (11.63, "11.63个百分点"), (23.8, "23.8%"), -1, False),
    ((86.53, "86.53%"), (7.04, "7.04个百分点"), (79.49, "79.49%"), 1, True),
])
def test_pp_agrees(now, pp, then, sign: int, ok: bool) -> None:
    stated = [Stated(v, t) for v, t in (now, pp, then)]
    assert pp_agrees(*stated, sign) is ok
