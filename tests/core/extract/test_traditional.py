"""Traditional characters: OpenCC's one-for-one table and the same report read in either script."""

from __future__ import annotations

from pathlib import Path

import opencc
import pytest
from hypothesis import given
from hypothesis import strategies as st

from lawgov_gui.core.extract.normalize import shadow
from lawgov_gui.core.extract.traditional import simplified_forms, simplify
from tests.core.extract.test_tables import CASES, _cells
from tests.core.helpers import report_of

SEED = Path(__file__).resolve().parents[3] / "seeds" / "jilin-2023-fazhi-zhengfu-report.txt"
_TO_TRADITIONAL = opencc.OpenCC("s2t")


def _traditional(text: str) -> str:
    converted = _TO_TRADITIONAL.convert(text)
    assert len(converted) == len(text)  # the cases below are written so that it holds
    return converted


@pytest.mark.parametrize(("trad", "simp"), [
    ("許", "许"), ("萬", "万"), ("罰", "罚"), ("費", "费"), ("復", "复"), ("議", "议"), ("廢", "废"),
    ("規", "规"), ("範", "范"), ("處", "处"), ("縣", "县"), ("鎮", "镇"), ("廳", "厅"), ("條", "条"),
])
def test_table_maps_traditional_characters(trad: str, simp: str) -> None:
    assert simplified_forms()[trad] == simp


@pytest.mark.parametrize("char", list("著乾干后发里台面余松谷丑系于征覆了么"))
def test_characters_of_simplified_text_are_never_mapped(char: str) -> None:
    assert char not in simplified_forms()


def test_every_entry_is_one_character_outside_gb2312_to_one_inside() -> None:
    forms = simplified_forms()
    assert len(forms) > 2000
    for trad, simp in forms.items():
        assert len(trad) == len(simp) == 1
        with pytest.raises(UnicodeEncodeError):
            trad.encode("gb2312")
        simp.encode("gb2312")


@pytest.mark.parametrize(("text", "want"), [
    ("本年度答覆申請人12件", "本年度答复申请人12件"),  # 覆 is simplified in 答覆 only: a phrase
    ("覆盖全县12个乡镇", "覆盖全县12个乡镇"),  # no traditional character: as it is
    ("經行政復議後提起訴訟", "经行政复议后提起诉讼"),
    ("關於2023年法治政府建設情況的報告", "关于2023年法治政府建设情况的报告"),
])
def test_simplify_by_phrase(text: str, want: str) -> None:
    assert simplify(text) == want
    assert shadow(text) == want


@given(st.text(alphabet=st.sampled_from("萬元許罰答覆後一二三\n 12，,（）件項於著"), max_size=40))
def test_shadow_keeps_the_length(text: str) -> None:
    assert len(shadow(text)) == len(text)


def _what(report) -> list[tuple]:
    return [(i.value, i.unit and shadow(i.unit), i.kind, i.canonical, i.period, i.growth)
            for i in report.indicators]


@pytest.mark.parametrize("path", [SEED], ids=["seed"])
def test_the_seed_in_traditional_characters_reads_the_same(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    simplified, traditional = report_of(text), report_of(_traditional(text))
    assert _what(traditional) == _what(simplified)
    assert [s.title for s in traditional.sections] == [_traditional(s.title) for s in simplified.sections]
    assert traditional.meta.genre == simplified.meta.genre


@pytest.mark.parametrize(("raw", "want"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_tables_in_traditional_characters_keep_rows_and_columns(raw: str, want: list) -> None:
    got = _cells(_traditional(raw))
    assert [tuple(map(shadow, c)) for c in got] == [tuple(map(shadow, c)) for c in want]  # read alike
    assert got != want  # and written as the source writes them
