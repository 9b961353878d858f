"""The model's enums and its indicator index, on the seed report."""

from __future__ import annotations

import json

from lawgov_gui.core import ChangeType, Direction, Indicator, Kind, Meta, Role
from lawgov_gui.core.model import Genre, Scope, TableCell


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


def test_schema_2_fields_have_their_defaults_and_contract_shape(seed_report):
    data = json.loads(json.dumps(seed_report.to_dict(), ensure_ascii=False))
    assert data["schema"] == 2
    assert {"genre", "signed"} <= set(data["meta"])
    assert data["meta"]["genre"] in {g.value for g in Genre}
    for ind in data["indicators"]:
        assert ind["label"]  # never empty: falls back to the subject
        assert ind["scope"] in {"own", "benchmark"}
        assert isinstance(ind["growth"], bool)
        assert ind["table"] is None or set(ind["table"]) == {"row", "column"}


def test_label_falls_back_to_the_subject_and_table_is_row_and_column():
    bare = Indicator("i1", "5件", 0, 2, 5, "件", None, Kind.COUNT, subject="受理案件")
    d = bare.to_dict()
    assert (d["label"], d["canonical"], d["period"], d["scope"], d["growth"], d["table"]) == (
        "受理案件", None, None, "own", False, None)
    full = Indicator("i2", "2", 0, 1, 2, "", None, Kind.COUNT, subject="规范性文件",
                     label="规范性文件本年新制作数量", canonical="x.y", period=2020,
                     scope=Scope.BENCHMARK, growth=True,
                     table=TableCell("规范性文件", "本年新制作数量"))
    d = json.loads(json.dumps(full.to_dict(), ensure_ascii=False))
    assert d["label"] == "规范性文件本年新制作数量"
    assert (d["canonical"], d["period"], d["scope"], d["growth"]) == ("x.y", 2020, "benchmark", True)
    assert d["table"] == {"row": "规范性文件", "column": "本年新制作数量"}


def test_meta_defaults():
    assert (Meta().genre, Meta().signed) == (Genre.OTHER, None)


def test_section_index_keeps_its_old_import_path():
    from lawgov_gui.core import section_index
    from lawgov_gui.core.model import SectionIndex
    assert SectionIndex is section_index.SectionIndex
