"""The filter bar: the values offered, in order, and a choice kept across a refresh."""

from __future__ import annotations

import pytest

from lawgov_gui.core.library import Entry
from lawgov_gui.gui.library.filters import Field, FilterBar, offered


def _entry(level: str, region: str, year: int | None, genre: str) -> Entry:
    return Entry(0, "", "/r.txt", None, None, level, region, year, genre, 0)


ENTRIES = [_entry("县", "宝鸡市凤县", 2022, "fazhi_report"), _entry("省", "吉林省", 2023, "news"),
           _entry("省", "北京市", None, "fazhi_report"), _entry("未知", "", 2021, "other")]


@pytest.mark.parametrize(("field", "choices"), [
    (Field.LEVEL, [("省", "省"), ("县", "县"), ("未知", "未知")]),
    (Field.REGION, [("宝鸡市凤县", "宝鸡市凤县"), ("北京市", "北京市"), ("吉林省", "吉林省")]),
    (Field.YEAR, [("2023年", 2023), ("2022年", 2022), ("2021年", 2021)]),
    (Field.GENRE, [("法治政府建设报告", "fazhi_report"), ("新闻稿", "news"), ("其他", "other")]),
])
def test_offered(qapp, field: Field, choices: list) -> None:  # in the Chinese locale
    assert offered(field, ENTRIES) == choices


def test_a_choice_survives_a_refresh_while_it_is_offered(qtbot) -> None:
    bar = FilterBar()
    qtbot.addWidget(bar)
    bar.fill(ENTRIES)
    assert bar.values() == {"level": None, "region": None, "year": None, "genre": None}
    year = bar.combos[Field.YEAR]
    with qtbot.waitSignal(bar.changed):
        year.setCurrentIndex(year.findData(2022))
    bar.fill(ENTRIES[:2])
    assert bar.values()["year"] == 2022
    bar.fill(ENTRIES[1:])
    assert bar.values()["year"] is None and year.currentText() == "全部年度"
