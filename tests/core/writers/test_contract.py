"""The contract JSON: what to_dict says, a key, a section or an indicator a line."""

from __future__ import annotations

import dataclasses
import json

from lawgov_gui.core import Report
from lawgov_gui.core.writers.contract import to_json


def test_the_json_is_the_report_dict(seed_report: Report) -> None:
    assert json.loads(to_json(seed_report)) == json.loads(json.dumps(seed_report.to_dict()))


def test_one_indicator_a_line(seed_report: Report) -> None:
    lines = to_json(seed_report).splitlines()
    figures = [ln for ln in lines if ln.startswith('  {"id": "i')]
    assert len(figures) == len(seed_report.indicators)
    assert all(json.loads(ln.rstrip(",")) for ln in figures)


def test_a_subject_that_looks_like_json_stays_whole(seed_report: Report) -> None:
    odd = '}, {"id": "i9'
    first = dataclasses.replace(seed_report.indicators[0], subject=odd, label=odd)
    report = dataclasses.replace(seed_report, indicators=[first, *seed_report.indicators[1:]])
    parsed = json.loads(to_json(report))
    assert parsed["indicators"][0]["subject"] == odd
    assert len(parsed["indicators"]) == len(seed_report.indicators)


def test_an_empty_report_has_empty_lists(seed_report: Report) -> None:
    report = dataclasses.replace(seed_report, sections=[], indicators=[])
    parsed = json.loads(to_json(report))
    assert parsed["sections"] == [] and parsed["indicators"] == []


def test_each_indicator_line_is_json_dumps_of_its_dict(seed_report: Report) -> None:
    """to_json writes the indicators straight from the objects: the bytes json.dumps gives."""
    from lawgov_gui.core.model import Change, ChangeType, Direction, Role, TableCell

    first = seed_report.indicators[0]
    odd = [
        dataclasses.replace(first, subject='引号"、反斜杠\\、换行\n、\t\x01\u2028\ud800', label="",
                            value=12.5, qualifier=None, section=None, period=None),
        dataclasses.replace(first, value=3.0, canonical="x.y", period=2022, growth=True,
                            table=TableCell(None, '列"头'),
                            change=Change(ChangeType.FROM_TO, Direction.DOWN, "i2", None, "2021",
                                          Role.AFTER)),
        dataclasses.replace(first, value=1e-7, table=TableCell("行", None),
                            change=Change(ChangeType.VS, None, None, "全国均值")),
        dataclasses.replace(first, value=123456789012.0),
        dataclasses.replace(first, value=7),
    ]
    report = dataclasses.replace(seed_report, indicators=[*seed_report.indicators, *odd])
    lines = [ln.strip().rstrip(",") for ln in to_json(report).split("\n")
             if ln.startswith('  {"id": "i')]
    assert lines == [json.dumps(i.to_dict(), ensure_ascii=False, allow_nan=False)
                     for i in report.indicators]


def test_a_figure_of_unusual_types_is_encoded_by_json(seed_report: Report) -> None:
    first = seed_report.indicators[0]
    odd = [dataclasses.replace(first, subject=7), dataclasses.replace(first, start=True),
           dataclasses.replace(first, value=2), dataclasses.replace(first, growth=0),
           dataclasses.replace(first, period=2023.0)]
    report = dataclasses.replace(seed_report, indicators=odd)
    lines = [ln.strip().rstrip(",") for ln in to_json(report).split("\n")
             if ln.startswith('  {"id": "i')]
    assert lines == [json.dumps(i.to_dict(), ensure_ascii=False, allow_nan=False) for i in odd]


def test_a_figure_json_cannot_encode_is_refused_as_json_does(seed_report: Report) -> None:
    import pytest

    first = dataclasses.replace(seed_report.indicators[0], value=float("nan"))
    with pytest.raises(ValueError):
        to_json(dataclasses.replace(seed_report, indicators=[first]))
