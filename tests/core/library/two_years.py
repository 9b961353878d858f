"""Two reports of one issuer, 2022 and 2023, for the 对照 tests: 2023 adds a section (三、优化法治化
营商环境) between two others, rewords the title of 一、, states three figures of both years, one only in 2022 (案卷评查合格率) and
one only in 2023 (in the added section)."""

from __future__ import annotations

from pathlib import Path

ISSUER = "示例市人民政府"
_OPENING = """{issuer}关于{year}年法治政府建设情况的报告

{year}年，{issuer}深入推进法治政府建设，现将有关情况报告如下。

一、坚持党的领导，{verb}推进法治政府建设

（一）加强组织领导。市政府常务会议专题研究法治政府建设工作{meetings}次。

（二）落实第一责任人职责。全市行政机关负责人出庭应诉率达到{appearance}%。

二、严格规范公正文明执法

（一）深化行政执法体制改革。全市开展行政执法案卷评查{files}卷{review}。

（二）加强行政执法监督。全市行政执法监督检查{checks}次。

"""
_ADDED = """三、优化法治化营商环境

全市清理涉企行政规范性文件56件。

"""
_CLOSING = """{recon}、强化行政复议和应诉工作

{year}年，全市各级行政复议机关收到行政复议申请{applications}件，直接纠错率{correction}%。

{next}、下一步工作

继续推进法治政府建设。

{issuer}
{signed}年3月20日
"""
YEARS = {
    2022: dict(verb="统筹", meetings=4, appearance=95, files=320, review="，案卷评查合格率96%", checks=12, recon="三",
               applications=2212, correction=8.5, next="四"),
    2023: dict(verb="全面", meetings=6, appearance=98.5, files=410, review="", checks=12, recon="四",
               applications=4034, correction=9.93, next="五"),
}


def text_of(year: int, issuer: str = ISSUER) -> str:
    """The report of `year` (2022 or 2023)."""
    fields = dict(YEARS[year], issuer=issuer, year=year, signed=year + 1)
    added = _ADDED if year == 2023 else ""
    return _OPENING.format(**fields) + added + _CLOSING.format(**fields)


def write_two_years(folder: Path, issuer: str = ISSUER) -> list[Path]:
    """The two reports of `issuer`, written into `folder`, 2022 first."""
    folder.mkdir(parents=True, exist_ok=True)
    out = []
    for year in YEARS:
        p = folder / f"{issuer}-{year}.txt"
        p.write_text(text_of(year, issuer), encoding="utf-8")
        out.append(p)
    return out
