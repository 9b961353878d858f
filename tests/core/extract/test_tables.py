"""Table-driven cases for figures in tables: the three shapes, headers, and what is not a table."""

from __future__ import annotations

from pathlib import Path

import pytest

from lawgov_gui.core.extract.normalize import shadow, split_lines
from lawgov_gui.core.extract.tables import read_tables

H2_14 = Path("/work/shared/eval/dev/h2_14_fengxian_2020_xxgk.txt")


def _text(raw: str) -> str:
    """The text as the pipeline has it: lines trimmed, spaces (also U+3000) folded."""
    return "\n".join(split_lines(raw))


def _cells(raw: str) -> list[tuple[str, str | None, str | None]]:
    """(cell as written, row, column) of every table figure in `raw`."""
    text = _text(raw)
    out = []
    for f in read_tables(text, shadow(text)).figures:
        out.append((text[f.start:f.end], f.row, f.column))
    return out


PROSE = "2020年，我县坚持以公开为常态、不公开为例外，依法推进政府信息公开，主动公开各类政府信息12190余条。\n"

ONE_CELL_BARRED = PROSE + """二、主动公开政府信息情况
第二十条第(一)项 | |||
信息内容 |
本年新制作数量 |
本年新公开数量 |
对外公开总数量 |
规章 |
0 |
0 |
1 |
规范性文件 |
12 |
12 |
86 |
第二十条第(五)项 | |||
信息内容 |
上一年项目数量 |
本年增/减 |
处理决定数量 |
行政许可 |
46 |
-3 |
1,326 |
""" + PROSE

ONE_CELL_2021 = PROSE + """二、主动公开政府信息情况
第二十条第（一）项
信息内容
本年制发件数
本年废止件数
现行有效件数
规章
0
0
0
行政规范性文件
5
2
37
第二十条第（六）项
信息内容
本年处理决定数量
行政处罚
2,417
行政强制
35
第二十条第（八）项
信息内容
本年收费金额（单位：万元）
行政事业性收费
12.5
""" + PROSE

APPLICATIONS_ONE_CELL = PROSE + """三、收到和处理政府信息公开申请情况
（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）
申请人情况
自然人
法人或其他组织
总计
商业企业
科研机构
社会公益组织
法律服务机构
其他
一、本年新收政府信息公开申请数量
128
5
0
0
2
1
136
三、本年度办理结果
（一）予以公开
60
2
0
0
1
0
63
（三）不予公开
1.属于国家秘密
0
0
0
0
0
0
0
2.其他法律行政法规禁止公开
1
0
0
0
0
0
1
（七）总计
125
5
0
0
2
1
133
""" + PROSE

APPLICATIONS_BARRED = PROSE + """三、收到和处理政府信息公开申请情况
（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和） | 申请人情况
自然人 | 法人或其他组织 | 总计
商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他
一、本年新收政府信息公开申请数量 | 3746 | 63 | 0 | 0 | 19 | 2 | 3830
（三）不予公开 | 1.属于国家秘密 | 0 | 0 | 0 | 0 | 0 | 0 | 0
2.其他法律行政法规禁止公开 | 2 | 0 | 0 | 0 | 0 | 0 | 2
""" + PROSE

MARKDOWN = PROSE + """## 表二：主动公开政府信息情况
| 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |
|---|---|---|---|
| 规章 | 3 | 0 | 15 |
| 行政规范性文件 | 61 | 59 | 422 |
""" + PROSE

RECONSIDERATION_ONE_CELL = PROSE + """四、政府信息公开行政复议、行政诉讼情况
行政复议
行政诉讼
结果维持
结果纠正
其他结果
尚未审结
总计
未经复议直接起诉
复议后起诉
结果维持
结果纠正
其他结果
尚未审结
总计
结果维持
结果纠正
其他结果
尚未审结
总计
3
1
0
0
4
2
0
0
0
2
1
0
0
0
1
五、存在的主要问题及改进情况
""" + PROSE

WORD_ROWS = PROSE + """附表：2023年行政执法情况统计
序号\u3000单位\u3000行政许可\u3000行政处罚\u3000行政检查
1\u3000市市场监管局\u30001,204\u3000356\u30002,871
2\u3000市生态环境局\u300088\u300041\u3000612
""" + PROSE

YEARS_WORD = PROSE + """指标\u30002022年\u30002023年
行政复议案件受理数\u3000412\u3000498
行政复议直接纠错率\u300012.5%\u300010.9%
""" + PROSE

YEARS_BARE = PROSE + """项目 | 2022 | 2023
行政应诉案件 | 56 | 61
行政机关负责人出庭应诉率 | 98.2% | 100%
""" + PROSE

SEQUENCE_ONE_CELL = PROSE + """序号
单位
办件量
1
市司法局
120
2
县司法局
86
""" + PROSE

# One cell a line, where an empty cell is a line of only "|" and "||…" lines end rows; a "|" line
# after a row's last value ends that row (a text cell follows it), holding no column's place.
EMPTY_BAR_CELLS = PROSE + """三、收到和处理政府信息公开申请情况
申请人情况 |
||||||||
自然人 |
法人或其他组织 |
总计 |
|||||||
商业企业 |
科研机构 |
社会公益组织 |
法律服务机构 |
其他 |
|||||
一、本年新收政府信息公开申请数量 |
2 |
|
|
|
|
|
3 |
||
二、上年结转政府信息公开申请数量 |
|
|
|
|
|
|
0 |
|
""" + PROSE

_SHARED_APPLICATION = "法人或其他组织·"

# a `|` row whose header cells the page broke over lines: | 信息内容 | 本年新 / 制作数量 | …
BROKEN_HEADER = """二、主动公开政府信息情况
| 第二十条第（一）项 |
| 信息内容 | 本年新
制作数量 | 本年新
公开数量 | 对外公开
总数量 |
| 规章 | 0 | 0 | 2 |
| 规范性文件 | 7 | 7 | 41 |
"""

# one cell a line with a "|" line between every two cells, a header cell broken over two lines
SEPARATED = """二、主动公开政府信息情况
第二十条第(一)项
|
信息内容
|
本年制发
件数
|
本年废止件数
|
现行有效件数
|
规章
|
0
|
1
|
4
|
行政规范性文件
|
3
|
0
|
25
|
"""

# the same with a note cell before the header, cells broken over lines and the last bar cut off
SEPARATED_APPLICATIONS = """三、收到和处理政府信息公开申请情况
(本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和)
|
申请人情况
|
自然人
|
法人或其他组织
|
总计
|
商业
企业
|
科研
机构
|
社会公益组织
|
法律服务机构
|
其他
|
一、本年新收政府信息公开申请数量
|
2
|
1
|
0
|
0
|
0
|
0
|
3"""

# one cell a line, every row closed by a "|" line of its own; 规章 has an empty last cell
ROWS_CLOSED = """二、主动公开政府信息情况
|
第二十条第(一)项 | |||
|
信息内容 |
本年制发件数 |
本年废止件数 |
现行有效件数 |
|
规章 |
1 |
0 |
|
|
行政规范性文件 |
4 |
9 |
17 |
|
三、收到和处理政府信息公开申请情况
"""

CASES = [
    ("one cell a line, rows closed by | lines, an empty cell", ROWS_CLOSED, [
        ("1", "规章", "本年制发件数"), ("0", "规章", "本年废止件数"),
        ("4", "行政规范性文件", "本年制发件数"), ("9", "行政规范性文件", "本年废止件数"),
        ("17", "行政规范性文件", "现行有效件数")]),
    ("| lines between the cells, broken cells, no last bar", SEPARATED_APPLICATIONS, [
        ("2", "本年新收政府信息公开申请数量", "自然人"),
        ("1", "本年新收政府信息公开申请数量", "法人或其他组织·商业企业"),
        ("0", "本年新收政府信息公开申请数量", "法人或其他组织·科研机构"),
        ("0", "本年新收政府信息公开申请数量", "法人或其他组织·社会公益组织"),
        ("0", "本年新收政府信息公开申请数量", "法人或其他组织·法律服务机构"),
        ("0", "本年新收政府信息公开申请数量", "法人或其他组织·其他"),
        ("3", "本年新收政府信息公开申请数量", "总计")]),
    ("one cell a line, | lines between the cells", SEPARATED, [
        ("0", "规章", "本年制发件数"), ("1", "规章", "本年废止件数"), ("4", "规章", "现行有效件数"),
        ("3", "行政规范性文件", "本年制发件数"), ("0", "行政规范性文件", "本年废止件数"),
        ("25", "行政规范性文件", "现行有效件数")]),
    ("| rows, header cells broken over lines", BROKEN_HEADER, [
        ("0", "规章", "本年新制作数量"), ("0", "规章", "本年新公开数量"), ("2", "规章", "对外公开总数量"),
        ("7", "规范性文件", "本年新制作数量"), ("7", "规范性文件", "本年新公开数量"),
        ("41", "规范性文件", "对外公开总数量")]),
    ("one cell a line, barred (2020 format)", ONE_CELL_BARRED, [
        ("0", "规章", "本年新制作数量"), ("0", "规章", "本年新公开数量"), ("1", "规章", "对外公开总数量"),
        ("12", "规范性文件", "本年新制作数量"), ("12", "规范性文件", "本年新公开数量"),
        ("86", "规范性文件", "对外公开总数量"),
        ("46", "行政许可", "上一年项目数量"), ("-3", "行政许可", "本年增/减"),
        ("1,326", "行政许可", "处理决定数量")]),
    ("one cell a line, HTML (2021 format)", ONE_CELL_2021, [
        ("0", "规章", "本年制发件数"), ("0", "规章", "本年废止件数"), ("0", "规章", "现行有效件数"),
        ("5", "行政规范性文件", "本年制发件数"), ("2", "行政规范性文件", "本年废止件数"),
        ("37", "行政规范性文件", "现行有效件数"),
        ("2,417", "行政处罚", "本年处理决定数量"), ("35", "行政强制", "本年处理决定数量"),
        ("12.5", "行政事业性收费", "本年收费金额（单位：万元）")]),
    ("Markdown table", MARKDOWN, [
        ("3", "规章", "本年制发件数"), ("0", "规章", "本年废止件数"), ("15", "规章", "现行有效件数"),
        ("61", "行政规范性文件", "本年制发件数"), ("59", "行政规范性文件", "本年废止件数"),
        ("422", "行政规范性文件", "现行有效件数")]),
    ("Word rows with a 序号 column", WORD_ROWS, [
        ("1,204", "市市场监管局", "行政许可"), ("356", "市市场监管局", "行政处罚"),
        ("2,871", "市市场监管局", "行政检查"), ("88", "市生态环境局", "行政许可"),
        ("41", "市生态环境局", "行政处罚"), ("612", "市生态环境局", "行政检查")]),
    ("Word rows under year headers, percentages", YEARS_WORD, [
        ("412", "行政复议案件受理数", "2022年"), ("498", "行政复议案件受理数", "2023年"),
        ("12.5%", "行政复议直接纠错率", "2022年"), ("10.9%", "行政复议直接纠错率", "2023年")]),
    ("bare years as headers", YEARS_BARE, [
        ("56", "行政应诉案件", "2022"), ("61", "行政应诉案件", "2023"),
        ("98.2%", "行政机关负责人出庭应诉率", "2022"), ("100%", "行政机关负责人出庭应诉率", "2023")]),
    ("序号 column one cell a line", SEQUENCE_ONE_CELL, [
        ("120", "市司法局", "办件量"), ("86", "县司法局", "办件量")]),
    ("one cell a line, empty cells as | lines", EMPTY_BAR_CELLS, [
        ("2", "本年新收政府信息公开申请数量", "自然人"), ("3", "本年新收政府信息公开申请数量", "总计"),
        ("0", "上年结转政府信息公开申请数量", "总计")]),
]


@pytest.mark.parametrize(("raw", "want"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_table_cells(raw: str, want: list[tuple[str, str, str]]) -> None:
    assert _cells(raw) == want


_COLUMNS = ["自然人", *(_SHARED_APPLICATION + c for c in ("商业企业", "科研机构", "社会公益组织",
                                                        "法律服务机构", "其他")), "总计"]


@pytest.mark.parametrize(("raw", "rows"), [
    (APPLICATIONS_ONE_CELL, ["本年新收政府信息公开申请数量", "予以公开", "不予公开：属于国家秘密",
                             "不予公开：其他法律行政法规禁止公开", "本年度办理结果：总计"]),
    (APPLICATIONS_BARRED, ["本年新收政府信息公开申请数量", "不予公开：属于国家秘密",
                           "不予公开：其他法律行政法规禁止公开"]),
], ids=["one cell a line", "barred rows"])
def test_application_table_two_row_header(raw: str, rows: list[str]) -> None:
    got = _cells(raw)
    assert [c for _, _, c in got] == _COLUMNS * len(rows)
    assert [r for _, r, _ in got] == [r for r in rows for _ in _COLUMNS]


def test_application_table_values() -> None:
    got = _cells(APPLICATIONS_BARRED)
    assert [t for t, _, _ in got[:7]] == ["3746", "63", "0", "0", "19", "2", "3830"]


def test_reconsideration_table_three_row_header_without_row_labels() -> None:
    got = _cells(RECONSIDERATION_ONE_CELL)
    results = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"]
    assert [c for _, _, c in got] == (
        [f"行政复议·{r}" for r in results] + [f"行政诉讼·未经复议直接起诉·{r}" for r in results]
        + [f"行政诉讼·复议后起诉·{r}" for r in results])
    assert {r for _, r, _ in got} == {None}
    assert [t for t, _, _ in got] == "3 1 0 0 4 2 0 0 0 2 1 0 0 0 1".split()


@pytest.mark.parametrize("raw", [
    PROSE + "本报告所列数据 | 截至2023年12月31日 | 单位：件\n" + PROSE,
    PROSE + "来源：凤县人民政府 | 浏览次数：1234\n" + PROSE,
    "首页 | 政务公开 | 2023-03-01 | 123\n" + PROSE,
    PROSE + "主要做法如下\n1\n加强组织领导\n2\n完善制度机制\n" + PROSE,
    PROSE + "第二十条第(一)项 | |||\n" + PROSE,
    PROSE + "二、主动公开政府信息情况\n3\n" + PROSE,
    PROSE + "全市 共办理 行政复议案件 1234 件\n2023 年 3 月 15 日\n" + PROSE,
    "据统计，全年办理案件 | 1234件，同比增长 5%，详见附表。\n" + PROSE,
    "目录\n一、总体情况 1\n二、主动公开政府信息情况 3\n三、收到和处理政府信息公开申请情况 5\n" + PROSE,
    PROSE + "字号：大 中 小\n上一篇 下一篇\n" + PROSE,
], ids=["prose with |", "chrome with |", "navigation", "numbered list", "caption alone",
        "page number", "PDF-spaced prose", "sentence with |", "table of contents", "widgets"])
def test_not_tables(raw: str) -> None:
    assert _cells(raw) == []


@pytest.mark.parametrize(("raw", "cell", "value", "unit", "kind"), [
    (ONE_CELL_2021, "12.5", 125000.0, "元", "money"),  # 本年收费金额（单位：万元）
    (ONE_CELL_BARRED, "1,326", 1326.0, "", "count"),
    (ONE_CELL_BARRED, "-3", -3.0, "", "count"),
    (YEARS_WORD, "12.5%", 12.5, "%", "percent"),
])
def test_values_units_and_kinds(raw: str, cell: str, value: float, unit: str, kind: str) -> None:
    text = _text(raw)
    found = {text[f.start:f.end]: f for f in read_tables(text, shadow(text)).figures}
    assert (found[cell].value, found[cell].unit, found[cell].kind) == (value, unit, kind)


@pytest.mark.parametrize("raw", [c[1] for c in CASES] + [APPLICATIONS_ONE_CELL, APPLICATIONS_BARRED,
                                                      RECONSIDERATION_ONE_CELL])
def test_offsets_are_the_cell_number(raw: str) -> None:
    text = _text(raw)
    sh = shadow(text)
    for f in read_tables(text, sh).figures:
        written = sh[f.start:f.end]
        assert written and written[0] in "-0123456789" and written == written.strip()
        assert text[f.start - 1] in "\n |" and (f.end == len(text) or text[f.end] in "\n |")


def test_cell_of_and_headers() -> None:
    text = _text(ONE_CELL_2021)
    tables = read_tables(text, shadow(text))
    fee = next(f for f in tables.figures if f.row == "行政事业性收费")
    assert tables.cell_of(fee.start) == ("行政事业性收费", "本年收费金额（单位：万元）")
    assert tables.cell_of(fee.end - 1) == tables.cell_of(fee.start)
    assert tables.cell_of(fee.end) is None
    assert tables.cell_of(text.index("12190余条")) is None
    assert tables.in_header(text.index("万元）"))
    assert not tables.in_header(text.index("12190余条"))
    assert fee.subject == "行政事业性收费（本年收费金额（单位：万元））"


def test_figures_in_document_order() -> None:
    text = _text(APPLICATIONS_ONE_CELL + ONE_CELL_2021)
    starts = [f.start for f in read_tables(text, shadow(text)).figures]
    assert starts == sorted(starts) and len(starts) == len(set(starts))


@pytest.mark.skipif(not H2_14.exists(), reason="needs /work/shared/eval/dev")
def test_fengxian_2020_bare_cells() -> None:
    text = _text(H2_14.read_text(encoding="utf-8"))
    got = [(text[f.start:f.end], f.value, f.row, f.column) for f in read_tables(text, shadow(text)).figures]
    columns = ["本年新制作数量", "本年新公开数量", "对外公开总数量"]
    assert got == [(v, float(v), row, col)
                   for row, values in (("规章", "000"), ("规范性文件", "229"))
                   for v, col in zip(values, columns, strict=True)]


def in_table(tables, offset: int) -> bool:
    """Whether `offset` lies in a table read, header to last value (the extents cleaning keeps)."""
    return any(start <= offset < end for start, end in tables.extents)


def test_in_table_covers_each_table_from_header_to_last_value() -> None:
    text = _text(MARKDOWN)
    tables = read_tables(text, shadow(text))
    assert tables.extents == [(text.index("信息内容"), text.index("422") + 3)]
    assert in_table(tables, text.index("行政规范性文件"))
    assert not in_table(tables, text.index("12190余条"))


def test_a_row_that_lost_an_empty_cell_has_no_columns() -> None:
    raw = ONE_CELL_2021.replace("行政规范性文件\n5\n2\n37\n", "行政规范性文件\n5\n37\n")
    got = [c for c in _cells(raw) if c[1] == "行政规范性文件"]
    assert got == [("5", "行政规范性文件", None), ("37", "行政规范性文件", None)]


def test_headers_over_a_first_row_that_lost_a_cell_are_not_guessed() -> None:
    raw = PROSE + "信息内容\n本年制发件数\n本年废止件数\n现行有效件数\n规章\n0\n0\n" + PROSE
    assert _cells(raw) == []


@pytest.mark.parametrize("raw", [APPLICATIONS_ONE_CELL, APPLICATIONS_BARRED, RECONSIDERATION_ONE_CELL])
def test_the_section_heading_above_a_table_is_not_in_it(raw: str) -> None:
    text = _text(raw)
    tables = read_tables(text, shadow(text))
    heading = next(line for line in text.split("\n") if line.startswith(("三、收到", "四、政府")))
    assert not in_table(tables, text.index(heading))
    assert in_table(tables, text.index("\n", text.index(heading)) + 1)  # its first header cell


def test_row_labels_with_outline_markers_are_inside_the_table() -> None:
    text = _text(APPLICATIONS_ONE_CELL)
    tables = read_tables(text, shadow(text))
    for label in ("一、本年新收", "三、本年度办理结果", "（一）予以公开", "1.属于国家秘密", "（七）总计"):
        assert in_table(tables, text.index(label)), label


def test_masked_blanks_tables_and_keeps_lines() -> None:
    text = _text(APPLICATIONS_BARRED)
    sh = shadow(text)
    masked = read_tables(text, sh).masked(sh)
    assert len(masked) == len(sh) and masked.count("\n") == sh.count("\n")
    assert "一、本年新收" not in masked and "三、收到和处理政府信息公开申请情况" in masked
    assert masked.startswith(sh[:20]) and masked.endswith(sh[-20:])


def _word_report(path: Path) -> None:
    """A .docx with the 2021 tables (一) and 三 as Word writes them, merged cells included."""
    docx = pytest.importorskip("docx")
    d = docx.Document()
    d.add_paragraph("二、主动公开政府信息情况")
    t = d.add_table(rows=1, cols=4)
    t.rows[0].cells[0].merge(t.rows[0].cells[3]).text = "第二十条第（一）项"
    for row in (["信息内容", "本年制发件数", "本年废止件数", "现行有效件数"], ["规章", "0", "0", "0"],
                ["行政规范性文件", "5", "1", "23"]):
        for c, v in zip(t.add_row().cells, row, strict=True):
            c.text = v
    d.add_paragraph("三、收到和处理政府信息公开申请情况")
    t = d.add_table(rows=3, cols=10)
    top, mid, low = (r.cells for r in t.rows)
    top[0].merge(low[2]).text = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）"
    top[3].merge(top[9]).text = "申请人情况"
    mid[3].merge(low[3]).text = "自然人"
    mid[4].merge(mid[8]).text = "法人或其他组织"
    mid[9].merge(low[9]).text = "总计"
    for c, v in zip(low[4:9], ["商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"], strict=True):
        c.text = v
    row = t.add_row().cells
    row[0].merge(row[2]).text = "一、本年新收政府信息公开申请数量"
    for c, v in zip(row[3:], "12 1 0 0 0 0 13".split(), strict=True):
        c.text = v
    d.add_paragraph("四、存在的主要问题及改进情况")
    d.save(str(path))


def test_word_tables_through_the_docx_reader(tmp_path: Path) -> None:
    from lawgov_gui.core.readers.docx import docx_to_text

    path = tmp_path / "report.docx"
    _word_report(path)
    raw, _ = docx_to_text(path.read_bytes())
    got = _cells(raw)
    assert got[:6] == [("0", "规章", "本年制发件数"), ("0", "规章", "本年废止件数"),
                       ("0", "规章", "现行有效件数"), ("5", "行政规范性文件", "本年制发件数"),
                       ("1", "行政规范性文件", "本年废止件数"), ("23", "行政规范性文件", "现行有效件数")]
    assert got[6:] == [(v, "本年新收政府信息公开申请数量", c)
                       for v, c in zip("12 1 0 0 0 0 13".split(), _COLUMNS, strict=True)]
