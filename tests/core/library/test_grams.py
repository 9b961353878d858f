"""Hanzi bigrams: what is indexed, what a query becomes, and that FTS5 then finds what it should."""

from __future__ import annotations

import sqlite3

import pytest

from lawgov_gui.core.library.grams import index_grams, locate, match_expression


@pytest.mark.parametrize(("text", "grams"), [
    ("行政复议", "行政 政复 复议 议"),
    ("复议。申请", "复议 议 申请 请"),
    ("收到4034件", "收到 到 4034 件"),
    ("省", "省"),
    ("PDF格式", "pdf 格式 式"),
    ("，。！", ""),
])
def test_index_grams(text: str, grams: str) -> None:
    assert index_grams(text) == grams


@pytest.mark.parametrize(("query", "expression"), [
    ("复议", '"复议"'),
    ("行政复议", '"行政 政复 复议"'),
    ("省", '"省" *'),
    ("2023年", '"2023 年" *'),
    ("第3条", '"第 3 条" *'),
    ("复议 出庭", '"复议" AND "出庭"'),
    ("82.37%", '"82 37"'),
    ("，。", None),
])
def test_match_expression(query: str, expression: str | None) -> None:
    assert match_expression(query) == expression


TEXTS = ["全省各级行政复议机关收到申请", "复议。申请人", "依据第3条规定", "吉林省", "2023年全省"]


@pytest.mark.parametrize(("query", "found"), [
    ("复议", [0, 1]),          # inside a longer run, and a run of its own
    ("行政复议机关", [0]),
    ("复议申请", []),          # 。 between them in the text
    ("议申", []),
    ("省", [0, 3, 4]),         # first character of a bigram, or a run's last
    ("第3条", [2]),
    ("2023年", [4]),
    ("级行", [0]),
])
def test_fts5_finds_what_a_person_expects(query: str, found: list[int]) -> None:
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE VIRTUAL TABLE t USING fts5(g, content='')")
    conn.executemany("INSERT INTO t(rowid, g) VALUES (?, ?)",
                     [(n, index_grams(t)) for n, t in enumerate(TEXTS)])
    rows = conn.execute("SELECT rowid FROM t WHERE t MATCH ? ORDER BY rowid",
                        (match_expression(query),)).fetchall()
    assert [r[0] for r in rows] == found
    for n in found:
        assert locate(query).search(TEXTS[n])
