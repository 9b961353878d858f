"""对照: sections aligned like a diff of their titles; two reports of the library side by side."""

from __future__ import annotations

import pytest

from lawgov_gui.core.library import Entry, Library, LibraryError
from lawgov_gui.core.library.align import Heading, Link, align, issuers, score, similarity
from tests.core.library.two_years import ISSUER, write_two_years

_NUMERALS = "一二三四五六七八九十"


def headings(*tops: str | tuple[str, tuple[str, ...]]) -> list[Heading]:
    """Sections in document order: "一、标题", or ("一、标题", ("（一）子标题", …))."""
    out: list[Heading] = []
    for n, top in enumerate(tops):
        label, kids = (top, ()) if isinstance(top, str) else top
        out.append(_heading(str(n + 1), None, 1, label, len(out)))
        out += [_heading(f"{n + 1}.{k + 1}", str(n + 1), 2, kid, len(out) + k)
                for k, kid in enumerate(kids)]
    return out


def _heading(hid: str, parent: str | None, level: int, label: str, at: int) -> Heading:
    cut = label.index("、") + 1 if "、" in label else label.index("）") + 1
    return Heading(hid, parent, level, label[:cut], label[cut:], at * 10, at * 10 + 9, at * 10 + 5)


def labels(rows) -> list[tuple[str | None, str | None, int]]:
    return [(r.left and r.left.label, r.right and r.right.label, r.depth) for r in rows]


@pytest.mark.parametrize(("a", "b", "expected"), [
    (("一、", "坚持党的领导，统筹推进法治政府建设", 1), ("一、", "坚持党的领导，全面推进法治政府建设", 1), 1.88),
    (("三、", "强化行政复议和应诉工作", 1), ("四、", "强化行政复议和应诉工作", 1), 1.0),
    (("三、", "强化行政复议和应诉工作", 1), ("三、", "优化法治化营商环境", 1), None),  # same place, other topic
    (("四、", "下一步工作", 1), ("五、", "下一步工作打算", 1), 0.83),
    (("二、", "存在的问题", 1), ("三、", "存在的不足和下一步工作", 1), None),  # 0.375 < SHIFTED
    (("（一）", "加强组织领导", 2), ("一、", "加强组织领导", 1), None),  # another level
])
def test_score(a, b, expected):
    got = score(Heading("1", None, a[2], a[0], a[1], 0, 1, 1), Heading("1", None, b[2], b[0], b[1], 0, 1, 1))
    assert got == (None if expected is None else pytest.approx(expected, abs=0.01))


@pytest.mark.parametrize(("a", "b", "floor", "expected"), [
    ("下一步工作", "下一步工作打算", 0.0, 0.83),
    ("下一步工作", "下一步工作打算", 0.9, None),
    ("", "", 0.6, 1.0),
    ("", "总体情况", 0.0, 0.0),
    ("主要举措和成效", "存在的问题和不足", 0.5, None),
])
def test_similarity(a, b, floor, expected):
    got = similarity(a, b, floor)
    assert got == (None if expected is None else pytest.approx(expected, abs=0.01))


A = "一、坚持党的领导"
B = "二、严格规范公正文明执法"
C = "三、强化行政复议和应诉工作"


@pytest.mark.parametrize(("left", "right", "expected"), [
    ((A, B, C), (A, B, C), [(A, A, 0), (B, B, 0), (C, C, 0)]),
    ((A, B, C), (A, B, "三、优化法治化营商环境", "四、强化行政复议和应诉工作"),
     [(A, A, 0), (B, B, 0), (None, "三、优化法治化营商环境", 0), (C, "四、强化行政复议和应诉工作", 0)]),
    ((A, B, C), (A, "二、强化行政复议和应诉工作"),
     [(A, A, 0), (B, None, 0), (C, "二、强化行政复议和应诉工作", 0)]),
    ((A,), ("一、全面深化政务公开",), [(A, None, 0), (None, "一、全面深化政务公开", 0)]),
    ((), (A,), [(None, A, 0)]),
    (((A, ("（一）加强组织领导", "（二）落实第一责任人职责")),),
     ((A, ("（一）落实第一责任人职责",)),),
     [(A, A, 0), ("（一）加强组织领导", None, 1), ("（二）落实第一责任人职责", "（一）落实第一责任人职责", 1)]),
    (((B, ("（一）深化执法体制改革",)),), ((A, ("（一）深化执法体制改革",)),),  # children of lone sections
     [(B, None, 0), ("（一）深化执法体制改革", None, 1), (None, A, 0), (None, "（一）深化执法体制改革", 1)]),
])
def test_align(left, right, expected):
    assert labels(align(headings(*left), headings(*right))) == expected


def test_align_says_how_each_row_was_made():
    rows = align(headings(A, B, C), headings(A, "二、优化营商环境", "三、" + B[2:], "四、" + C[2:]))
    assert [r.link for r in rows] == [Link.MARKER, Link.RIGHT, Link.TITLE, Link.TITLE]


def entry(rid: int, issuer: str | None, year: int | None) -> Entry:
    return Entry(rid, str(rid), f"{rid}.txt", None, issuer, "市", "", year, "fazhi_report", 0)


@pytest.mark.parametrize(("entries", "expected"), [
    ([], []),
    ([entry(1, "乙市人民政府", 2023), entry(2, "甲市人民政府", 2022), entry(3, "乙市人民政府", 2021),
      entry(4, "乙市人民政府", 2022)], [("乙市人民政府", [3, 4, 1], (4, 1)), ("甲市人民政府", [2], None)]),
    ([entry(1, None, 2023), entry(2, "甲市人民政府", None)], []),
])
def test_issuers(entries, expected):
    got = [(i.name, [e.id for e in i.reports],
            (p[0].id, p[1].id) if (p := i.default_pair()) else None) for i in issuers(entries)]
    assert got == expected


@pytest.fixture
def two_years(tmp_path):
    with Library(tmp_path / "lib.sqlite3") as lib:
        lib.add(write_two_years(tmp_path / "reports"), workers=1)
        yield lib


def test_pair_of_the_library(two_years):
    old, new = (e.id for e in sorted(two_years.entries(), key=lambda e: e.year))
    alignment = two_years.pair(old, new)
    assert (alignment.left.year, alignment.right.year, alignment.left.issuer) == (2022, 2023, ISSUER)
    lone = [(r.left, r.right.label) for r in alignment.sections if r.left is None or r.right is None]
    assert lone == [(None, "三、优化法治化营商环境")]
    assert len(alignment.sections) == 9
    changes = [(p.canonical, p.delta and p.delta.text()) for p in alignment.figures]
    assert changes == [("lit.head_appearance_rate", "+3.5个百分点"), ("rule.cleanup_normative", None),
                       ("recon.applications", "+1822件（+82.4%）"),
                       ("recon.direct_correction_rate", "+1.43个百分点"), ("enf.case_review_pass_rate", None)]
    assert [(p.left is None, p.right is None) for p in alignment.figures if p.delta is None] == [
        (True, False), (False, True)]
    row = alignment.sections[0]
    assert alignment.right.text[row.right.start:row.right.heading_end] == "一、坚持党的领导，全面推进法治政府建设"


def test_pair_of_an_unknown_report(two_years):
    with pytest.raises(LibraryError, match="没有编号为 99 的报告"):
        two_years.pair(1, 99)
