"""Reading OFD reports: the seed converted by easyofd, a standard package, the number syntax.

tests/data/seed-easyofd.ofd is the seed's 公文-style PDF (LibreOffice) converted by the
third-party easyofd (a copy of shared/eval/formats/jilin-easyofd.ofd): its own XML
namespace, boxes in points, short runs spread with DeltaX="g N w". The standard
package (ofd_builder) has a template page, an annotation and signatures, none of
whose text may reach the body.
"""

from __future__ import annotations

import functools
import unicodedata
from pathlib import Path

import pytest

from lawgov_gui.core import load_report
from lawgov_gui.core.readers.ofd import is_ofd
from lawgov_gui.core.readers.ofd_page import PageText, page_lines
from lawgov_gui.core.readers.ofd_xml import deltas
from lawgov_gui.core.readers.text import decode_file
from tests.conftest import ROOT
from tests.core.readers.ofd_builder import (
    ANNOTATION_TEXT,
    SEAL_TEXT,
    TEMPLATE_TEXT,
    OfdPackage,
    page_content,
    report_pages,
)
from tests.core.readers.scorer import assert_full_marks, needs_scorer

SEED_OFD = ROOT / "tests" / "data" / "seed-easyofd.ofd"


def _tree(report) -> list[tuple[int, str, str]]:
    """The sections, full-width punctuation folded (the 公文 PDF has it, the seed text not)."""
    fold = functools.partial(unicodedata.normalize, "NFKC")
    return [(s.level, fold(s.marker), fold(s.title)) for s in report.iter_sections()]


def _figures(report) -> list[tuple[str, float, str]]:
    return [(i.text, i.value, i.unit) for i in report.indicators]


@pytest.fixture(scope="module")
def ofd_report():
    return load_report(SEED_OFD)


@pytest.fixture(scope="module")
def standard(tmp_path_factory: pytest.TempPathFactory):
    path = tmp_path_factory.mktemp("ofd") / "report.ofd"
    path.write_bytes(OfdPackage(report_pages()).data())
    return load_report(path)


# --- the seed, converted by easyofd -----------------------------------------------------------

def test_same_sections_and_indicators_as_the_text(ofd_report, seed_report) -> None:
    assert (ofd_report.source.format, ofd_report.source.encoding) == ("ofd", None)
    assert _tree(ofd_report) == _tree(seed_report)
    assert _figures(ofd_report) == _figures(seed_report)
    assert [i.section for i in ofd_report.indicators] == [i.section for i in seed_report.indicators]


def test_paragraphs_are_the_texts(ofd_report, seed_report) -> None:
    """Lines joined back across wraps, page breaks and numbers too wide to fit (74.14%)."""
    fold = functools.partial(unicodedata.normalize, "NFKC")
    lines = fold(ofd_report.text).split("\n")
    assert lines[0] == ofd_report.meta.title  # the title line, which the text lacks
    assert lines[-2:] == ["吉林省人民政府", "2024年3月15日"]  # the signature, likewise
    assert lines[1:-2] == fold(seed_report.text).split("\n")


def test_page_numbers_are_dropped_and_runs_keep_their_order(ofd_report) -> None:
    assert "—" not in ofd_report.text.replace("2024—2027", "")
    assert ofd_report.text.startswith("吉林省2023年法治政府建设情况报告\n2023年，吉林省")
    assert "命名第二批吉林省法治政府建设示范地区8个、示范项目4个" in ofd_report.text


def test_meta(ofd_report) -> None:
    assert (ofd_report.meta.issuer, ofd_report.meta.year) == ("吉林省人民政府", 2023)
    assert ofd_report.meta.published == "2024-03-15"


@needs_scorer
def test_shared_scorer_gives_full_marks(tmp_path: Path, ofd_report) -> None:
    assert_full_marks(ofd_report, tmp_path)


# --- a standard package ----------------------------------------------------------------------

def test_standard_package_reads_in_order_into_paragraphs(standard) -> None:
    lines = standard.text.split("\n")
    assert lines[0] == "吉林省2023年法治政府建设情况报告"
    assert lines[2] == "一、全省法治政府建设情况"
    assert lines[3].startswith("（一）抓改革") and lines[3].count("调解涉企纠纷2.2万余件") == 3
    assert lines[4].startswith("（二）防风险") and len(lines) == 5  # one paragraph over the break
    assert standard.meta.title == "吉林省2023年法治政府建设情况报告"
    assert [i.text for i in standard.indicators][-2:] == ["4034件", "82.37%"]


@pytest.mark.parametrize("words", [TEMPLATE_TEXT, ANNOTATION_TEXT, SEAL_TEXT, "— 1 —", "— 2 —"])
def test_templates_annotations_signatures_and_page_numbers_stay_out(standard, words) -> None:
    assert words not in standard.text


def test_detected_by_content_not_extension(tmp_path: Path) -> None:
    data = OfdPackage(report_pages()).data()
    assert is_ofd(data)
    assert decode_file(tmp_path / "report.zip", data).format == "ofd"
    assert decode_file(tmp_path / "report.docx", data).format == "ofd"


def test_namespace_does_not_matter(tmp_path: Path) -> None:
    package = OfdPackage(report_pages())
    parts = {name: text.replace("http://www.ofdspec.org/2016", "urn:another-writer")
             for name, text in package.parts().items()}
    renamed = OfdPackage(report_pages(), extra=parts)
    assert decode_file(tmp_path / "a.ofd", renamed.data()).text == \
        decode_file(tmp_path / "b.ofd", package.data()).text


# --- positions and the number syntax --------------------------------------------------------

@pytest.mark.parametrize(("text", "limit", "expected"), [
    ("g 3 5.2", 10, [5.2, 5.2, 5.2]),
    ("1 2 g 2 0.5 3", 10, [1.0, 2.0, 0.5, 0.5, 3.0]),
    ("g 5 1", 2, [1.0, 1.0]),
    ("2.5 x 3", 10, [2.5]),  # a malformed entry ends the list
    ("g 2", 10, []),
    ("", 10, []),
    (None, 10, []),
])
def test_deltas(text: str | None, limit: int, expected: list[float]) -> None:
    assert deltas(text, limit) == expected


def _lines(objects: str) -> list[str]:
    page = PageText(10_000)
    page.read([f'<Page xmlns="urn:x"><Content><Layer>{objects}</Layer></Content></Page>'.encode()])
    return [line.text for line in page_lines(page.runs, 0)]


@pytest.mark.parametrize(("objects", "expected"), [
    # runs given right to left come out left to right; a wide gap is one space
    ('<TextObject Boundary="60 10 20 5" Size="4"><TextCode X="0" Y="4">乙丙</TextCode></TextObject>'
     '<TextObject Boundary="10 10 20 5" Size="4"><TextCode X="0" Y="4">甲</TextCode></TextObject>',
     ["甲 乙丙"]),
    # lines come from the top down, whatever the content order
    ('<TextObject Boundary="10 30 20 5" Size="4"><TextCode X="0" Y="4">下</TextCode></TextObject>'
     '<TextObject Boundary="10 10 20 5" Size="4"><TextCode X="0" Y="4">上</TextCode></TextObject>',
     ["上", "下"]),
    # DeltaY moves the glyphs to a new line; a TextCode without X takes the previous X
    ('<TextObject Boundary="10 10 50 50" Size="4"><TextCode X="0" Y="4" DeltaY="g 1 10">甲乙'
     '</TextCode><TextCode Y="34">丙</TextCode></TextObject>', ["甲", "乙", "丙"]),
    # a CTM scales and moves the object; spaces beside Chinese go, between words stay
    ('<TextObject Boundary="0 0 100 100" Size="1" CTM="4 0 0 4 10 10"><TextCode X="0" Y="1">'
     'OFD reader 读 2023 年</TextCode></TextObject>', ["OFD reader读2023年"]),
    # text in a clipping path is not text
    ('<TextObject Boundary="10 10 20 5" Size="4"><Clips><Clip><Area><Text>'
     '<TextCode X="0" Y="4">裁</TextCode></Text></Area></Clip></Clips>'
     '<TextCode X="0" Y="4">字</TextCode></TextObject>', ["字"]),
], ids=["right-to-left", "bottom-up", "delta-y", "ctm-and-spaces", "clips"])
def test_page_lines(objects: str, expected: list[str]) -> None:
    assert _lines(objects) == expected


def test_a_page_without_template_reads_the_same(tmp_path: Path) -> None:
    lines = [(25.0, "二、存在的主要问题")]
    with_template = OfdPackage([page_content(lines, 1)]).data()
    without = OfdPackage([page_content(lines, 1, template=False)]).data()
    assert decode_file(tmp_path / "a.ofd", with_template).text == \
        decode_file(tmp_path / "b.ofd", without).text == "二、存在的主要问题"
