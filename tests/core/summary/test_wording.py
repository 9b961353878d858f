"""Full-width headings, whole clauses, short gists and Chinese dates."""

from __future__ import annotations

import pytest

from lawgov_gui.core.summary.wording import (
    balanced,
    clause_span,
    cn_date,
    cn_number,
    full_width,
    gist,
    short_title,
    trim_clause,
)


@pytest.mark.parametrize(("text", "printed"), [
    ("(一)学思想、落责任,党的领导全面加强", "（一）学思想、落责任，党的领导全面加强"),
    ("二、存在的主要问题:", "二、存在的主要问题："),
    ("其一;其二?是!", "其一；其二？是！"),
    ("收费1,000元,10:30开始", "收费1,000元，10:30开始"),
    ("(一)党建引领法治建设 深化基层依法治理", "（一）党建引领法治建设\u3000深化基层依法治理"),
    ("一、2024 年工作回顾", "一、2024年工作回顾"),
    ("达到 134.9 万亿元", "达到134.9万亿元"),
    ("（二）已是全角", "（二）已是全角"),
])
def test_full_width(text: str, printed: str) -> None:
    assert full_width(text) == printed


@pytest.mark.parametrize(("text", "figure", "clause", "closed"), [
    ("2023年,全省收到申请4034件,同比增长82.37%。", "4034件", "全省收到申请4034件", True),
    ("直接纠错率9.93%；复议后", "9.93%", "直接纠错率9.93%", True),
    ("文本在此截断共计4034件", "4034件", "文本在此截断共计4034件", False),
])
def test_clause_span(text: str, figure: str, clause: str, closed: bool) -> None:
    start = text.index(figure)
    lo, hi, found = clause_span(text, start, start + len(figure))
    assert (text[lo:hi], found) == (clause, closed)


def test_a_clause_is_widened_over_the_marks_in_its_brackets() -> None:
    text = "其中纠错6件(部门2件,乡镇街道4件),调解25件。"
    lo, hi, _ = clause_span(text, text.index("6件"), text.index("6件") + 2)
    lo, hi = balanced(text, lo, hi)
    assert text[lo:hi] == "其中纠错6件(部门2件,乡镇街道4件)"


@pytest.mark.parametrize(("clause", "trimmed"), [
    ("其中法治政府建设任务完成率74.14%", "法治政府建设任务完成率74.14%"),
    ("其中2024年已办结案件135件", "2024年已办结案件135件"),  # the year says which year
    ("占全年监测有效天数的96.7%(见图1)", "占全年监测有效天数的96.7%"),
])
def test_trim_clause(clause: str, trimmed: str) -> None:
    assert trim_clause(clause) == trimmed


@pytest.mark.parametrize(("point", "line"), [
    ("法治政府建设不够均衡,个别地区对法治政府建设的重视程度还需进一步提升", "法治政府建设不够均衡"),
    ("深入学习贯彻习近平法治思想,进一步压实法治政府建设责任", "压实法治政府建设责任"),
    ("智慧法治建设不够高效", "智慧法治建设不够高效"),
    ("推进" + "、".join(["某项工作"] * 12), "推进" + "、".join(["某项工作"] * 7)),
    ("", ""),
])
def test_gist(point: str, line: str) -> None:
    assert gist(point) == line
    assert len(gist(point)) <= 40


@pytest.mark.parametrize(("title", "short"), [
    ("学思想、落责任,党的领导全面加强", "学思想、落责任，党的领导全面加强"),
    ("以深入学习贯彻党的二十大精神和习近平法治思想为主线,法治政府建设内生动力进一步激发",
     "法治政府建设内生动力进一步激发"),
])
def test_short_title(title: str, short: str) -> None:
    assert short_title(title) == short


@pytest.mark.parametrize(("iso", "date"), [("2024-03-15", "2024年3月15日"), (None, ""), ("2024", "")])
def test_cn_date(iso: str | None, date: str) -> None:
    assert cn_date(iso) == date


@pytest.mark.parametrize(("n", "word"), [(1, "一"), (2, "两"), (3, "三"), (10, "十"), (12, "十二"), (25, "25")])
def test_cn_number(n: int, word: str) -> None:
    assert cn_number(n) == word
