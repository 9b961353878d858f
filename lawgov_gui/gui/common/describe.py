"""Words for indicators: formatted values, kinds, years, canonical names and relations,
in the UI language. Shared by the text view's tooltips, the panels and the table.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication

from ...core import ChangeType, Direction, Indicator, Kind, Report, Role, Scope
from ...core.analysis import figures as an
from ...core.extract.catalogue import entry
from ...i18n import current_language


def tr(text: str) -> str:
    return QCoreApplication.translate("Describe", text)


def kind_name(kind: str) -> str:
    """计数, 百分比… for an indicator kind."""
    names = {Kind.COUNT: tr("计数"), Kind.PERCENT: tr("百分比"), Kind.CHANGE_PP: tr("百分点变化"),
             Kind.MONEY: tr("金额"), Kind.DURATION: tr("时长"), Kind.OTHER: tr("其他")}
    return names.get(kind, kind)


def format_number(value: float) -> str:
    """4034 → 4,034; 74.14 → 74.14; 1.3e8 → 130,000,000."""
    if float(value).is_integer():
        return f"{int(value):,}"
    return f"{value:,.6g}" if abs(value) < 1e6 else f"{value:,.2f}"


def canonical_name(cid: str | None) -> str:
    """The catalogue's name of canonical id `cid` in the UI language ("" for none)."""
    found = entry(cid) if cid else None
    if found is None:
        return ""
    return found.name_en if current_language() == "en" and found.name_en else found.name


def period_text(ind: Indicator) -> str:
    """The year the value is about ("2022年"), or "累计/跨年" for a span of years."""
    return tr("{0}年").format(ind.period) if ind.period is not None else tr("跨年")


def label_tip(ind: Indicator) -> str:
    """What the label stands for: the label, and the subject when the label is a catalogue name."""
    label = ind.name
    notes = [ind.subject] if ind.subject and ind.subject not in label else []
    if ind.scope == Scope.BENCHMARK:
        notes.append(tr("对比值（非本地区数据）"))
    if ind.growth:
        notes.append(tr("增长率（不是占比）"))
    return label + "".join(f"\n{n}" for n in notes)


def _direction(direction: str | None) -> str:
    return {Direction.UP: tr("增长"), Direction.DOWN: tr("下降")}.get(direction or "", tr("变化"))


def relation_text(ind: Indicator, report: Report) -> str:
    """How the indicator relates to another figure or period, or "" if it does not.

    Args:
        ind: the indicator.
        report: the report it belongs to (its other figures are looked up by id).
    """
    ch = ind.change
    if ch is None:
        return ""
    other = report.indicator(ch.of)
    if ch.type == ChangeType.FROM_TO and other is not None:
        first, second = (ind, other) if ch.role == Role.BEFORE else (other, ind)
        first_period = (first.change.period if first.change else None) or ""
        second_period = (second.change.period if second.change else None) or ""
        return tr("{0}{1} → {2}{3}（{4}）").format(
            first_period and first_period + tr("年 "), first.text,
            second_period and second_period + tr("年 "), second.text, _direction(ch.direction))
    if ch.type == ChangeType.YOY:
        base = tr("与{0}年相比").format(ch.baseline) if ch.baseline and ch.baseline.isdigit() \
            else tr("同比")
        of = tr("，指 {0}").format(other.text) if other else ""
        return tr("{0}{1} {2}{3}").format(base, _direction(ch.direction), ind.text, of)
    if ch.type == ChangeType.VS:
        word = tr("高于") if ch.direction == Direction.UP else tr("低于")
        return tr("{0}{1} {2}").format(word, ch.baseline or "", ind.text)
    return ""


def indicator_tooltip(ind: Indicator, report: Report) -> str:
    """Rich-text tooltip: label, value, unit, qualifier, subject, kind, year, canonical
    name, scope and relation."""
    rows = [(tr("指标"), ind.name), (tr("数值"), format_number(ind.value)),
            (tr("单位"), ind.unit or tr("（无）")), (tr("限定"), ind.qualifier or tr("（无）")),
            (tr("对象"), ind.subject or tr("（未识别）")),
            (tr("类型"), kind_name(ind.kind) + (tr("（增长率）") if ind.growth else "")),
            (tr("年份"), period_text(ind))]
    if ind.canonical:
        rows.append((tr("统一指标"), canonical_name(ind.canonical)))
    if ind.scope == Scope.BENCHMARK:
        rows.append((tr("范围"), tr("对比值（非本地区数据）")))
    if ind.table is not None:
        rows.append((tr("表格"), " · ".join(x for x in (ind.table.row, ind.table.column) if x)))
    rel = relation_text(ind, report)
    if rel:
        rows.append((tr("关系"), rel))
    body = "".join(f"<tr><td style='color:gray;padding-right:8px'>{escape(k)}</td>"
                   f"<td>{escape(v)}</td></tr>" for k, v in rows)
    return f"<b>{escape(ind.text)}</b><table>{body}</table>"


def figure_tooltip(report: Report, iid: str) -> str:
    """The tooltip of the indicator with id `iid` in `report`; "" when there is none."""
    ind = report.indicator(iid)
    return indicator_tooltip(ind, report) if ind is not None else ""


def sourced_tooltip(report: Report, iid: str) -> str:
    """`figure_tooltip`, then the sentence of the report the figure was read from."""
    ind = report.indicator(iid)
    if ind is None:
        return ""
    sentence = escape(an.sentence_of(report, ind))
    return indicator_tooltip(ind, report) + f"<p style='max-width:380px'>{sentence}</p>"
