"""Write a Report out: the CONTRACT.md JSON, or the indicators as CSV.

The CSV starts with a UTF-8 BOM so that Excel and WPS open the Chinese correctly. It keeps the
schema-1 columns in their order and adds the schema-2 ones (label … table_column) after them.
"""

from __future__ import annotations

import csv
import io
import json

from ..gc_pause import paused
from ..model import Report

CSV_COLUMNS = ["id", "section", "subject", "text", "value", "unit", "qualifier", "kind",
               "change_type", "change_direction", "change_of", "change_baseline", "change_period",
               "start", "end",
               "label", "canonical", "period", "scope", "growth", "table_row", "table_column"]


def to_json(report: Report) -> str:
    """The contract JSON (UTF-8 text, not ASCII-escaped): a key a line, a section or an
    indicator a line.

    Every part is encoded in one call of json's C encoder (an `indent` would make json
    use its pure-Python one, three times slower on a big report); the line breaks go in
    after, between indicators: `}, {"id": ` can only stand there, since a quote inside
    a string is escaped.
    """
    with paused():  # the dicts of every figure, all alive until encoded
        d = report.to_dict()
        return _encode(d)


def _encode(d: dict) -> str:
    parts = [f"{_dump(k)}: {_dump(v)}" for k, v in d.items() if k not in _LISTS]
    parts += [f"{_dump(k)}: " + _lines(d[k]) for k in _LISTS]
    return "{" + ",\n ".join(parts) + "}"


_LISTS = ("sections", "indicators")


def _dump(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, allow_nan=False)


def _lines(items: list) -> str:
    if not items:
        return "[]"
    if "children" in items[0]:  # the section tree: a root section a line (its children nest)
        return "[" + ",".join("\n  " + _dump(item) for item in items) + "\n ]"
    return "[\n  " + _dump(items)[1:-1].replace('}, {"id": ', '},\n  {"id": ') + "\n ]"


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
