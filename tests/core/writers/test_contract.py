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
