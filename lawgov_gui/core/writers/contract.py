"""Write a Report out: the CONTRACT.md JSON, or the indicators as CSV.

The CSV starts with a UTF-8 BOM so that Excel and WPS open the Chinese correctly. It keeps the
schema-1 columns in their order and adds the schema-2 ones (label … table_column) after them.
"""

from __future__ import annotations

import csv
import io
import json

from ..gc_pause import paused
from ..model import Change, Indicator, Kind, Report, Scope, TableCell

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
        lines = list(map(_indicator, report.indicators))
        if not lines:
            return "{" + ",\n ".join([*parts, '"indicators": []']) + "}"
        # one join copies the whole (tens of MB): the head goes in front of the first figure
        lines[0] = "{" + ",\n ".join(parts) + ',\n "indicators": [\n  ' + lines[0]
        lines[-1] += "\n ]}"
        return ",\n  ".join(lines)


def _dump(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, allow_nan=False)


def _sections(items: list) -> str:
    """The section tree: a root section a line (its children nest)."""
    if not items:
        return "[]"
    return "[" + ",".join("\n  " + _dump(item) for item in items) + "\n ]"


_esc = json.encoder.encode_basestring  # what json.dumps(ensure_ascii=False) quotes a str with


class _Odd(Exception):
    """A field of an unusual type: the figure goes through json.dumps(to_dict()) instead."""


def _indicator(i: Indicator) -> str:
    """json.dumps(i.to_dict(), ensure_ascii=False, allow_nan=False), byte for byte.

    The usual types are written here (_esc raises TypeError on anything but a str, an enum
    member being one); any other figure is encoded by json itself from its dict.
    """
    try:
        return _plain(i)
    except (_Odd, TypeError):
        return _dump(i.to_dict())


def _opt(v: str | None) -> str:
    return "null" if v is None else _esc(v)


def _change(c: Change) -> str:
    return (f'{{"type": {_esc(c.type)}, "direction": {_opt(c.direction)}, "of": {_opt(c.of)}, '
            f'"baseline": {_opt(c.baseline)}, "period": {_opt(c.period)}, '
            f'"role": {_opt(c.role)}}}')


def _plain(i: Indicator) -> str:
    start, end, value, period, growth = i.start, i.end, i.value, i.period, i.growth
    if type(start) is not int or type(end) is not int or type(growth) is not bool or (
            period is not None and type(period) is not int):
        raise _Odd
    if type(value) is float:
        if value.is_integer():
            number = int.__repr__(int(value))  # to_dict writes a whole float as an int
        elif value - value == 0.0:  # finite (json refuses NaN and infinities)
            number = float.__repr__(value)
        else:
            raise _Odd
    elif type(value) is int:
        number = int.__repr__(value)
    else:
        raise _Odd
    q, sec, ch, can, t = i.qualifier, i.section, i.change, i.canonical, i.table
    # an int of type int formats as its repr in an f-string; the enum members are quoted once
    return (f'{{"id": {_esc(i.id)}, "text": {_esc(i.text)}, "start": {start}, '
            f'"end": {end}, "value": {number}, "unit": {_esc(i.unit)}, '
            f'"qualifier": {"null" if q is None else _esc(q)}, '
            f'"kind": {_QUOTED.get(i.kind) or _esc(i.kind)}, '
            f'"subject": {_esc(i.subject)}, "section": {"null" if sec is None else _esc(sec)}, '
            f'"change": {"null" if ch is None else _change(ch)}, '
            f'"label": {_esc(i.label or i.subject)}, '
            f'"canonical": {"null" if can is None else _esc(can)}, '
            f'"period": {"null" if period is None else period}, '
            f'"scope": {_QUOTED.get(i.scope) or _esc(i.scope)}, '
            f'"growth": {"true" if growth else "false"}, '
            f'"table": {"null" if t is None else _cell(t)}}}')


_QUOTED = {m: _esc(m) for m in (*Kind, *Scope)}


def _cell(t: TableCell) -> str:
    return f'{{"row": {_opt(t.row)}, "column": {_opt(t.column)}}}'


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
