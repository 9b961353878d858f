"""The level and region of an issuer, from its name."""

from __future__ import annotations

import pytest

from lawgov_gui.core.library import Level, level_of, region_of


@pytest.mark.parametrize(("issuer", "level", "region"), [
    ("吉林省人民政府", Level.PROVINCE, "吉林省"),
    ("北京市人民政府", Level.PROVINCE, "北京市"),
    ("广西壮族自治区人民政府", Level.PROVINCE, "广西壮族自治区"),
    ("松原市人民政府", Level.CITY, "松原市"),
    ("通州区人民政府", Level.COUNTY, "通州区"),
    ("北京市通州区人民政府", Level.COUNTY, "北京市通州区"),
    ("宝鸡市凤县人民政府", Level.COUNTY, "宝鸡市凤县"),
    ("塘栖镇人民政府", Level.TOWN, "塘栖镇"),
    ("某某街道办事处", Level.TOWN, "某某街道"),
    ("苏州工业园区管理委员会", Level.COUNTY, "苏州工业园区"),
    ("中华人民共和国司法部", Level.DEPARTMENT, ""),
    ("贺州市生态环境局", Level.DEPARTMENT, "贺州市"),
    ("贺州市住房和城乡建设局", Level.DEPARTMENT, "贺州市"),
    ("贺州市市场监督管理局", Level.DEPARTMENT, "贺州市"),
    ("上海市人民政府办公厅", Level.DEPARTMENT, "上海市"),
    ("司法部", Level.DEPARTMENT, ""),
    ("某某公司", Level.UNKNOWN, ""),
    (None, Level.UNKNOWN, ""),
])
def test_level_and_region(issuer: str | None, level: Level, region: str) -> None:
    assert (level_of(issuer), region_of(issuer)) == (level, region)
