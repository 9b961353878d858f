"""The model's enums and its indicator index, on the seed report."""

from __future__ import annotations

import json

from lawgov_gui.core import ChangeType, Direction, Kind, Role


def test_every_kind_and_change_of_the_seed_is_an_enum_member(seed_report):
    changes = [i.change for i in seed_report.indicators if i.change is not None]
    assert {type(i.kind) for i in seed_report.indicators} == {Kind}
    assert all(isinstance(c.type, ChangeType) for c in changes)
    assert all(isinstance(c.direction, Direction) for c in changes if c.direction is not None)
    assert all(isinstance(c.role, Role) for c in changes if c.role is not None)
    assert {c.type for c in changes} == set(ChangeType)


def test_the_json_holds_the_enum_values_as_plain_strings(seed_report):
    data = json.loads(json.dumps(seed_report.to_dict(), ensure_ascii=False))
    kinds = {i["kind"] for i in data["indicators"]}
    assert kinds <= {k.value for k in Kind}
    assert "_by_id" not in data and "_starts" not in data


def test_indicator_finds_every_figure_by_its_id(seed_report):
    assert all(seed_report.indicator(i.id) is i for i in seed_report.indicators)
    assert seed_report.indicator("nope") is None
    assert seed_report.indicator(None) is None
