"""The firsts and highlights are short phrases from the achievements, strongest first, none twice."""

from __future__ import annotations

import pytest

from lawgov_gui.core.summary.highlights import MAX_CHARS, MAX_HIGHLIGHTS, highlights


def _of(text: str) -> tuple[str, ...]:
    return highlights(text, [(0, len(text))])


def test_the_seeds_highlights(seed_report) -> None:
    found = highlights(seed_report.text, [(0, len(seed_report.text))])
    assert found == ("发布全国首个省级公平竞争审查工作地方性标准", "一体化政务服务能力保持在全国第一方阵")


@pytest.mark.parametrize(("text", "found"), [
    ("在全省率先建成行政执法监督平台。", ("在全省率先建成行政执法监督平台",)),
    ("成功入选全国首批法治政府建设示范地区。", ("成功入选全国首批法治政府建设示范地区",)),
    ("我市获评全国法治政府建设示范市,获评全国法治政府建设示范市。", ("我市获评全国法治政府建设示范市",)),
    ("力争率先建成法治政府。争创全国法治政府建设示范市。", ()),             # aims, not achievements
    ("发挥示范引领作用,命名第二批示范地区8个。", ()),                        # 示范 alone is no highlight
    ("各级政府主要负责人履行第一责任人职责。", ()),
    ("建成全国首个", ()),                                                    # cut off
    ("在" + "某某" * 20 + "方面率先实现突破。", ()),                          # too long to be a phrase
    ("首次实现网上办理,发布全国首个地方标准。", ("首次实现网上办理", "发布全国首个地方标准")),
])
def test_highlights(text: str, found: tuple[str, ...]) -> None:
    assert _of(text) == found


def test_highlights_are_bounded_and_the_strongest_are_kept() -> None:
    firsts = ("网上立案", "掌上复议", "远程听证", "电子送达", "智能审查", "信用修复", "容缺受理")
    text = "".join(f"首次实现{w}。" for w in firsts) + "建成全国唯一的审查平台。"
    found = _of(text)
    assert len(found) == MAX_HIGHLIGHTS and all(len(f) <= MAX_CHARS for f in found)
    assert found[-1] == "建成全国唯一的审查平台"  # strongest kept, printed in report order


def test_only_the_given_spans_are_read() -> None:
    text = "发布全国首个地方标准。下一步,力争在全国率先建成智慧法治平台,建成全国首个平台。"
    assert highlights(text, [(0, text.index("下一步"))]) == ("发布全国首个地方标准",)
