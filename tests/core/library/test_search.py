"""Search across a library: the report, the section, the offset and the snippet of each hit."""

from __future__ import annotations

import pytest

from lawgov_gui.core.library import Library, LibraryError, QueryError
from tests.conftest import SEED


def _text(lib: Library, report: int) -> str:
    return lib.conn.execute("SELECT text FROM texts WHERE report = ?", (report,)).fetchone()[0]


@pytest.mark.parametrize(("query", "path_end", "section", "heading"), [
    ("复议", SEED.name, "1.5", "(五)防风险、解纠纷,护航效能不断提高"),
    ("出庭", SEED.name, "1.5", "(五)防风险、解纠纷,护航效能不断提高"),
    ("质量提升", SEED.name, "1.5", "(五)防风险、解纠纷,护航效能不断提高"),
    ("行政复议", SEED.name, "1.5", "(五)防风险、解纠纷,护航效能不断提高"),
    ("纠错", SEED.name, "1.5", "(五)防风险、解纠纷,护航效能不断提高"),  # in 直接纠错率
    ("信息公开", "h2_14_fengxian_2020_xxgk.txt", None, ""),
])
def test_finds_the_report_and_section(library: Library, query: str, path_end: str,
                                      section: str | None, heading: str) -> None:
    (hit, *_) = [h for h in library.search(query, limit=50)
                 if h.path.endswith(path_end) and h.section == section]
    assert hit.heading == heading
    assert _text(library, hit.report)[hit.start:hit.end] == query
    assert f"【{query}】" in hit.snippet


def test_a_phrase_found_only_where_it_is(library: Library) -> None:
    hits = library.search("质量提升年")
    assert [(h.path.endswith(SEED.name), h.section) for h in hits] == [(True, "1.5")]


def test_every_hit_is_where_it_says(library: Library) -> None:
    hits = library.search("复议", limit=50)
    assert len(hits) == len({h.path for h in hits}) == 7  # the seed, 凤县 and five of the pairs
    for h in hits:
        assert _text(library, h.report)[h.start:h.end] == "复议"
    assert [h.score for h in hits] == sorted(h.score for h in hits)  # bm25: lower is better


@pytest.mark.parametrize(("filters", "issuers"), [
    ({"year": 2020}, {"宝鸡市凤县人民政府"}),
    ({"level": "省"}, {"吉林省人民政府"}),
    ({"region": "白城市"}, {"白城市人民政府"}),
    ({"genre": "info_disclosure_report"}, {"宝鸡市凤县人民政府"}),
    ({"level": "乡镇", "year": 2023}, set()),
])
def test_filters(library: Library, filters: dict, issuers: set[str]) -> None:
    assert {h.issuer for h in library.search("复议", limit=100, **filters)} == issuers


def test_nothing_to_search_for(library: Library) -> None:
    with pytest.raises(QueryError, match="没有可检索") as raised:  # the input's fault
        library.search("，。")
    assert isinstance(raised.value, LibraryError)


def test_a_word_not_in_the_library(library: Library) -> None:
    assert library.search("量子计算") == []
