"""Write a Report out: the CONTRACT.md JSON, or the indicators as CSV.

The CSV starts with a UTF-8 BOM so that Excel and WPS open the Chinese correctly. It keeps the
schema-1 columns in their order and adds the schema-2 ones (label … table_column) after them.
"""

from __future__ import annotations

import csv
import io
import json

from ..gc_pause import paused
from ..model import Change, Indicator, Report

CSV_COLUMNS = ["id", "section", "subject", "text", "value", "unit", "qualifier", "kind",
               "change_type", "change_direction", "change_of", "change_baseline", "change_period",
               "start", "end",
               "label", "canonical", "period", "scope", "growth", "table_row", "table_column"]


def to_json(report: Report) -> str:
    """The contract JSON (UTF-8 text, not ASCII-escaped): a key a line, a section or an
    indicator a line.

    The head and the sections are encoded by json's C encoder (an `indent` would make json
    use its pure-Python one, three times slower on a big report). The indicators, tens of
    thousands in a big report, are written straight from the Indicator objects
    (`_indicator`): the same bytes as json.dumps(Indicator.to_dict()), without building a
    dict per figure or encoding its seventeen keys again for every one.
    """
    with paused():  # the parts of every figure, all alive until joined
        d = report.to_dict(indicators=False)
        parts = [f"{_dump(k)}: {_dump(v)}" for k, v in d.items() if k != "sections"]
        parts.append(f'"sections": {_sections(d["sections"])}')
        figures = report.indicators
        parts.append('"indicators": ' + (
            "[\n  " + ",\n  ".join(map(_indicator, figures)) + "\n ]" if figures else "[]"))
        return "{" + ",\n ".join(parts) + "}"


def _dump(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, allow_nan=False)


def _sections(items: list) -> str:
    """The section tree: a root section a line (its children nest)."""
    if not items:
        return "[]"
    return "[" + ",".join("\n  " + _dump(item) for item in items) + "\n ]"


_esc = json.encoder.encode_basestring  # what json.dumps(ensure_ascii=False) quotes a str with


def _str(v: object) -> str:
    """json.dumps(v) of an optional string (an enum member is a str), the C quoting kept."""
    if v is None:
        return "null"
    return _esc(v) if isinstance(v, str) else _dump(v)


def _int(v: object) -> str:
    """json.dumps(v) of an optional int."""
    if v is None:
        return "null"
    return int.__repr__(v) if type(v) is int else _dump(v)


def _value(v: object) -> str:
    """Indicator.value as to_dict gives it: a whole float as an int; NaN refused as json does."""
    if type(v) is float:
        if v.is_integer():
            return int.__repr__(int(v))
        if v == v and v not in (_INF, -_INF):
            return float.__repr__(v)
    elif type(v) is int:
        return int.__repr__(v)
    return _dump(int(v) if isinstance(v, float) and v.is_integer() else v)


_INF = float("inf")


def _change(c: Change | None) -> str:
    if c is None:
        return "null"
    return (f'{{"type": {_str(c.type)}, "direction": {_str(c.direction)}, "of": {_str(c.of)}, '
            f'"baseline": {_str(c.baseline)}, "period": {_str(c.period)}, '
            f'"role": {_str(c.role)}}}')


def _indicator(i: Indicator) -> str:
    """json.dumps(i.to_dict(), ensure_ascii=False, allow_nan=False), byte for byte."""
    t = i.table
    cell = "null" if t is None else f'{{"row": {_str(t.row)}, "column": {_str(t.column)}}}'
    growth = i.growth
    flag = "true" if growth is True else "false" if growth is False else _dump(growth)
    return (f'{{"id": {_str(i.id)}, "text": {_str(i.text)}, "start": {_int(i.start)}, '
            f'"end": {_int(i.end)}, "value": {_value(i.value)}, "unit": {_str(i.unit)}, '
            f'"qualifier": {_str(i.qualifier)}, "kind": {_str(i.kind)}, '
            f'"subject": {_str(i.subject)}, "section": {_str(i.section)}, '
            f'"change": {_change(i.change)}, "label": {_str(i.label or i.subject)}, '
            f'"canonical": {_str(i.canonical)}, "period": {_int(i.period)}, '
            f'"scope": {_str(i.scope)}, "growth": {flag}, "table": {cell}}}')


def _row(d: dict) -> list:
    ch = d["change"] or {}
    table = d["table"] or {}
    return [d["id"], d["section"] or "", d["subject"], d["text"], d["value"], d["unit"],
            d["qualifier"] or "", d["kind"], ch.get("type", ""), ch.get("direction") or "",
            ch.get("of") or "", ch.get("baseline") or "", ch.get("period") or "",
            d["start"], d["end"],
            d["label"], d["canonical"] or "", "" if d["period"] is None else d["period"],
            d["scope"], "true" if d["growth"] else "false", table.get("row", ""),
            table.get("column") or ""]


def to_csv(report: Report) -> str:
    """The indicators as CSV text, header first, beginning with a BOM."""
    buf = io.StringIO()
    buf.write("\ufeff")
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(CSV_COLUMNS)
    for ind in report.indicators:
        w.writerow(_row(ind.to_dict()))
    return buf.getvalue()
