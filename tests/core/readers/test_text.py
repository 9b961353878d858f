"""Reading report files: encodings, line endings, saved web pages, format sniffing.

Every case writes real bytes to tmp_path and reads them back through the same
entry points the application uses (`decode_file` for the decoding layer alone,
`load_report` for the whole pipeline).
"""

from __future__ import annotations

import builtins
import io
import re
import socket
import urllib.request
from pathlib import Path

import pytest

from lawgov_gui.core import ReportError, load_report
from lawgov_gui.core.readers.text import decode_file
from tests.conftest import SEED

SEED_TEXT = SEED.read_text(encoding="utf-8")

# A traditional-character report in the usual shape, written for these tests.
TRADITIONAL = """某市人民政府關於2023年法治政府建設情況的報告

2023年，某市人民政府堅持以習近平新時代中國特色社會主義思想為指導，全面貫徹落實黨的二十大精神，深入推進依法行政，法治政府建設取得新成效。現將有關情況報告如下。
一、主要舉措
（一）深化行政審批改革。全年辦理行政許可事項1,234件，同比增長12.5%。推行“一網通辦”，政務服務事項網上可辦率達到98.6%，平均辦理時限壓縮至3個工作日以內。
（二）加強行政執法監督。開展行政執法案卷評查，抽查案卷560卷，發現並整改問題87個。全市行政複議案件辦結率100%，糾錯率較上年下降2.3個百分點。
（三）健全矛盾糾紛化解機制。全市各級調解組織共調解矛盾糾紛4.5萬餘件，調解成功率達96%以上。
二、存在的問題
一是部分領域執法規範化水平仍需提高；二是基層法治力量相對薄弱。
三、下一步工作安排
我們將繼續堅持依法行政，持續優化營商環境，為經濟社會高質量發展提供有力法治保障。
"""

GB_FAMILY = {"gb18030", "gbk", "gb2312", "cp936"}
BIG5_FAMILY = {"big5", "big5hkscs", "cp950"}


def _encodable(text: str, encoding: str) -> str:
    """`text` without the few characters `encoding` cannot hold (gb2312 lacks •, — and \u2002)."""
    return "".join(ch for ch in text if ch.encode(encoding, "ignore"))


def _with_bom(encoding: str):
    return lambda s: ("\ufeff" + s).encode(encoding)


# (case id, the text, how to turn it into bytes, acceptable source.encoding values)
ENCODING_CASES = [
    ("utf-8", SEED_TEXT, lambda s: s.encode("utf-8"), {"utf-8"}),
    ("utf-8-bom", SEED_TEXT, lambda s: s.encode("utf-8-sig"), {"utf-8", "utf-8-sig"}),
    ("gb18030", SEED_TEXT, lambda s: s.encode("gb18030"), GB_FAMILY),
    ("gbk", _encodable(SEED_TEXT, "gbk"), lambda s: s.encode("gbk"), GB_FAMILY),
    ("gb2312", _encodable(SEED_TEXT, "gb2312"), lambda s: s.encode("gb2312"), GB_FAMILY),
    ("utf-16-le-bom", SEED_TEXT, _with_bom("utf-16-le"), {"utf-16", "utf-16-le"}),
    ("utf-16-be-bom", SEED_TEXT, _with_bom("utf-16-be"), {"utf-16", "utf-16-be"}),
    ("utf-16-le", SEED_TEXT, lambda s: s.encode("utf-16-le"), {"utf-16-le"}),
    ("utf-16-be", SEED_TEXT, lambda s: s.encode("utf-16-be"), {"utf-16-be"}),
    ("big5-traditional", TRADITIONAL, lambda s: s.encode("big5"), BIG5_FAMILY),
]
ENCODING_IDS = [c[0] for c in ENCODING_CASES]


def test_subsets_still_hold_most_of_the_seed() -> None:
    """The gbk/gb2312 cases drop only the few characters those codecs cannot hold."""
    for case_id, text, _, _ in ENCODING_CASES:
        if case_id in ("gbk", "gb2312"):
            assert 0.97 * len(SEED_TEXT) < len(text) < len(SEED_TEXT)
            assert "吉林省" in text and "74.14%" in text
    assert len(TRADITIONAL) >= 300


@pytest.mark.parametrize(("case_id", "text", "encode", "encodings"), ENCODING_CASES,
                         ids=ENCODING_IDS)
def test_decoding_recovers_the_text(tmp_path: Path, case_id: str, text: str, encode,
                                    encodings: set[str]) -> None:
    data = encode(text)
    path = tmp_path / f"{case_id}.txt"
    path.write_bytes(data)
    decoded = decode_file(path, data)
    assert decoded.format == "text"
    assert decoded.text == text
    assert decoded.encoding in encodings


@pytest.mark.parametrize(("case_id", "text", "encode", "encodings"), ENCODING_CASES,
                         ids=ENCODING_IDS)
def test_report_is_the_same_whatever_the_encoding(tmp_path: Path, case_id: str, text: str,
                                                  encode, encodings: set[str]) -> None:
    reference = tmp_path / "reference-utf8.txt"
    reference.write_bytes(text.encode("utf-8"))
    path = tmp_path / f"{case_id}.txt"
    path.write_bytes(encode(text))

    expected = load_report(reference)
    report = load_report(path)

    assert report.source.format == "text"
    assert report.source.encoding in encodings
    assert report.text == expected.text
    assert [i.to_dict() for i in report.indicators] == [i.to_dict() for i in expected.indicators]
    assert [s.to_dict() for s in report.sections] == [s.to_dict() for s in expected.sections]
    assert report.meta == expected.meta


def test_seed_report_has_substance() -> None:
    """Guards the comparisons above: equal-but-empty reports would prove nothing."""
    report = load_report(SEED)
    assert len(report.indicators) == 60
    assert report.sections
    assert "74.14%" in report.text


def test_traditional_report_has_substance(tmp_path: Path) -> None:
    path = tmp_path / "trad.txt"
    path.write_bytes(TRADITIONAL.encode("big5"))
    report = load_report(path)
    texts = [i.text for i in report.indicators]
    assert "1,234件" in texts
    assert "12.5%" in texts
    assert [s.marker for s in report.sections] == ["一、", "二、", "三、"]
    assert [c.marker for c in report.sections[0].children] == ["（一）", "（二）", "（三）"]


# --- line endings -----------------------------------------------------------------------

@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"], ids=["LF", "CRLF", "CR"])
@pytest.mark.parametrize("sample", ["seed", "traditional"])
def test_line_endings_do_not_matter(tmp_path: Path, newline: str, sample: str) -> None:
    text = SEED_TEXT if sample == "seed" else TRADITIONAL
    lf = tmp_path / "lf.txt"
    lf.write_bytes(text.encode("utf-8"))
    other = tmp_path / "other.txt"
    other.write_bytes(text.replace("\n", newline).encode("utf-8"))
    if newline != "\n":
        assert b"\r" in other.read_bytes()

    expected = load_report(lf)
    report = load_report(other)

    assert report.text == expected.text
    assert "\r" not in report.text
    assert [(i.start, i.end, i.text) for i in report.indicators] == [
        (i.start, i.end, i.text) for i in expected.indicators]
    assert [s.to_dict() for s in report.sections] == [s.to_dict() for s in expected.sections]


# --- saved web pages --------------------------------------------------------------------

PARA_1 = ("2023年，某市人民政府坚持以习近平法治思想为指导，全面推进依法行政，"
          "法治政府建设取得新成效。")
PARA_2 = "全年办理行政许可事项1,234件，同比增长12.5%，群众满意度持续提升。"
PARA_3 = "开展行政执法案卷评查，抽查案卷560卷，发现并整改问题87个，执法规范化水平明显提高。"
PARA_4 = "全市各级调解组织共调解矛盾纠纷4.5万余件，调解成功率达到96%以上，社会大局和谐稳定。"
PARA_5 = "下一步，我们将持续深化法治政府建设，为经济社会高质量发展提供有力法治保障。"
META_TITLE = "某市2023年法治政府建设年度报告"
PAGE_TITLE = "某市人民政府门户网站_政务公开"

CHROME_MARKERS = ["trackingCode", "color:red", "导航甲乙丙", "页脚版权丙丁", "面包屑首页戊己",
                  "框架内容"]


def _page(charset_tag: str, secret_url: str) -> str:
    return f"""<!DOCTYPE html>
<html>
<head>
{charset_tag}
<meta name="ArticleTitle" content="{META_TITLE}">
<meta name="PubDate" content="2024-03-15 10:00">
<title>{PAGE_TITLE}</title>
<style>body{{color:red}} .x{{display:none}}</style>
<script>var trackingCode = "UA-1"; document.write("脚本文字");</script>
</head>
<body>
<nav><a href="/">导航甲乙丙</a> <a href="/news">新闻</a></nav>
<div class="breadcrumb">面包屑首页戊己 &gt; 政务公开 &gt; 法治政府</div>
<div class="article">
<p>{PARA_1}</p>
<p>{PARA_2}<br>{PARA_3}</p>
<div>{PARA_4}</div><div>{PARA_5}</div>
<img src="http://example.invalid/pic.png" alt="">
<iframe src="http://example.invalid/frame.html">框架内容</iframe>
<p><a href="{secret_url}">附件下载</a></p>
<script type="text/javascript">trackingCode += 1;</script>
</div>
<footer>页脚版权丙丁 主办单位</footer>
</body>
</html>
"""


CHARSET_TAGS = {
    "meta-charset": '<meta charset="gb2312">',
    "http-equiv": '<meta http-equiv="Content-Type" content="text/html; charset=gb2312">',
}


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Make every way of reaching the network (or a file:// URL) raise, and record tries."""
    attempts: list[str] = []

    def refuse(name: str):
        def _refuse(*args, **kwargs):
            attempts.append(name)
            raise OSError(f"test forbids {name}")
        return _refuse

    monkeypatch.setattr(socket.socket, "connect", refuse("socket.connect"))
    monkeypatch.setattr(socket.socket, "connect_ex", refuse("socket.connect_ex"))
    monkeypatch.setattr(socket, "create_connection", refuse("socket.create_connection"))
    monkeypatch.setattr(socket, "getaddrinfo", refuse("socket.getaddrinfo"))
    monkeypatch.setattr(urllib.request, "urlopen", refuse("urllib.request.urlopen"))
    monkeypatch.setattr(urllib.request, "urlretrieve", refuse("urllib.request.urlretrieve"))
    return attempts


@pytest.fixture
def watch_opens(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Record every path opened through open()/io.open()."""
    opened: list[str] = []
    real_open = io.open

    def spy(file, *args, **kwargs):
        opened.append(str(file))
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", spy)
    monkeypatch.setattr(io, "open", spy)
    return opened


@pytest.mark.parametrize("charset", list(CHARSET_TAGS), ids=list(CHARSET_TAGS))
def test_saved_web_page(tmp_path: Path, charset: str, no_network: list[str],
                        watch_opens: list[str]) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("机密附件内容不应出现", encoding="utf-8")
    page = tmp_path / "page.html"
    page.write_bytes(_page(CHARSET_TAGS[charset], secret.as_uri()).encode("gb2312"))
    watch_opens.clear()

    report = load_report(page)

    # nothing fetched, nothing but the page opened
    assert no_network == []
    assert not any("secret" in p for p in watch_opens), watch_opens
    assert "机密附件内容" not in report.text

    assert report.source.format == "html"
    assert report.source.encoding in GB_FAMILY
    for marker in CHROME_MARKERS:
        assert marker not in report.text, marker
    assert "脚本文字" not in report.text
    assert "<" not in report.text and "&gt;" not in report.text

    lines = report.text.split("\n")
    for para in (PARA_1, PARA_2, PARA_3, PARA_4, PARA_5):
        assert para in lines, para  # each <p>, <br> and <div> block is a line of its own

    assert report.meta.title == META_TITLE
    assert report.meta.title_inferred is False
    assert report.meta.published == "2024-03-15"
    assert report.meta.year == 2023
    found = [i.text for i in report.indicators]
    assert {"1,234件", "12.5%", "87个"} <= set(found), found


def test_page_title_used_when_no_trs_meta(tmp_path: Path) -> None:
    html = (f'<html><head><meta charset="utf-8"><title>{META_TITLE}_某市人民政府</title></head>'
            f"<body><p>{PARA_1}</p><p>{PARA_2}</p></body></html>")
    page = tmp_path / "page.htm"
    page.write_bytes(html.encode("utf-8"))
    report = load_report(page)
    assert report.meta.title == META_TITLE
    assert report.meta.published is None
    assert PARA_1 in report.text.split("\n")


@pytest.mark.parametrize("charset", list(CHARSET_TAGS), ids=list(CHARSET_TAGS))
def test_declared_charset_is_honoured(tmp_path: Path, charset: str) -> None:
    """Short GB-encoded pages give a detector little to go on; the declaration decides."""
    html = (f"<html><head>{CHARSET_TAGS[charset]}</head><body>"
            f"<p>法治政府建设情况</p><div>办理许可12件。</div></body></html>")
    page = tmp_path / "short.html"
    page.write_bytes(html.encode("gb2312"))
    decoded = decode_file(page, page.read_bytes())
    assert decoded.format == "html"
    assert decoded.encoding in GB_FAMILY
    assert "法治政府建设情况" in decoded.text.split("\n")
    assert "办理许可12件。" in decoded.text.split("\n")


def test_wrong_declared_charset_does_not_garble(tmp_path: Path) -> None:
    """A page that says gb2312 but is really UTF-8 (a common CMS mistake) still reads."""
    html = (f'<html><head><meta charset="gb2312"><title>x</title></head><body><p>{PARA_1}</p>'
            f"<p>{PARA_2}</p></body></html>")
    page = tmp_path / "liar.html"
    page.write_bytes(html.encode("utf-8"))
    report = load_report(page)
    assert report.source.encoding == "utf-8"
    assert PARA_1 in report.text.split("\n")


# --- deep nesting ----------------------------------------------------------------------

def test_deeply_nested_divs_do_not_crash(tmp_path: Path) -> None:
    depth = 5000
    html = ("<html><body>" + "<div>" * depth + f"<p>{PARA_1}</p><p>{PARA_2}</p>"
            + "</div>" * depth + f"<p>{PARA_3}</p></body></html>")
    page = tmp_path / "deep.html"
    page.write_text(html, encoding="utf-8")
    report = load_report(page)  # must not raise RecursionError
    lines = report.text.split("\n")
    for para in (PARA_1, PARA_2, PARA_3):
        assert para in lines
    assert "1,234件" in [i.text for i in report.indicators]


def test_deeply_nested_unclosed_tags_do_not_crash(tmp_path: Path) -> None:
    html = "<html><body>" + "<span><b><i>" * 3000 + f"<p>{PARA_1}</p>"
    page = tmp_path / "unclosed.html"
    page.write_text(html, encoding="utf-8")
    report = load_report(page)
    assert PARA_1 in report.text


def test_script_deep_inside_nesting_is_still_dropped(tmp_path: Path) -> None:
    depth = 5000
    html = ("<html><body>" + "<div>" * depth + "<script>var trackingCode = 1;</script>"
            + "<nav>导航甲乙丙</nav>" + f"<p>{PARA_1}</p>" + "</div>" * depth + "</body></html>")
    page = tmp_path / "deep-script.html"
    page.write_text(html, encoding="utf-8")
    report = load_report(page)
    assert PARA_1 in report.text
    assert "trackingCode" not in report.text
    assert "导航甲乙丙" not in report.text


# --- format decided by content -----------------------------------------------------------

def test_txt_file_holding_html_is_read_as_html(tmp_path: Path) -> None:
    path = tmp_path / "saved-page.txt"
    path.write_bytes(_page(CHARSET_TAGS["meta-charset"], "file:///nonexistent").encode("gb2312"))
    report = load_report(path)
    assert report.source.format == "html"
    assert "<p>" not in report.text and "trackingCode" not in report.text
    assert PARA_1 in report.text.split("\n")


def test_txt_file_holding_html_fragment_is_read_as_html(tmp_path: Path) -> None:
    """A body fragment copied from a page, no <html> or doctype."""
    html = f"<div class=\"content\">\n<p>{PARA_1}</p>\n<p>{PARA_2}</p>\n<p>{PARA_3}</p>\n</div>\n"
    path = tmp_path / "fragment.txt"
    path.write_text(html, encoding="utf-8")
    report = load_report(path)
    assert report.source.format == "html"
    assert "<p>" not in report.text
    assert PARA_2 in report.text.split("\n")


@pytest.mark.parametrize("suffix", [".html", ".htm", ".HTML"])
def test_html_file_holding_prose_is_read_as_text(tmp_path: Path, suffix: str) -> None:
    path = tmp_path / f"report{suffix}"
    path.write_text(SEED_TEXT, encoding="utf-8")
    report = load_report(path)
    assert report.source.format == "text"
    assert report.text == load_report(SEED).text


def test_html_file_holding_prose_with_angle_brackets_is_read_as_text(tmp_path: Path) -> None:
    """Prose may compare with < and >; that alone does not make it a web page."""
    prose = ("某市2023年法治政府建设情况报告\n"
             "一、主要工作\n"
             "（一）压缩审批时限。企业开办时间<1个工作日，审批事项办结率>99%，"
             "较上年提高2个百分点。\n"
             "（二）规范执法行为。全年开展执法检查320次，执法案卷合格率达到96%以上。\n")
    path = tmp_path / "prose.html"
    path.write_text(prose, encoding="utf-8")
    report = load_report(path)
    assert report.source.format == "text"
    assert prose.split("\n")[2] in report.text.split("\n")
    assert [s.marker for s in report.iter_sections()] == ["一、", "（一）", "（二）"]


def test_plain_text_with_html_suffix_keeps_every_line(tmp_path: Path) -> None:
    path = tmp_path / "report.html"
    path.write_text(TRADITIONAL, encoding="utf-8")
    decoded = decode_file(path, path.read_bytes())
    assert decoded.format == "text"
    assert decoded.text == TRADITIONAL


# --- things that are not reports -----------------------------------------------------------

@pytest.mark.parametrize(("name", "data"), [
    ("empty.txt", b""),
    ("blank.txt", b" \r\n\t\n  \n"),
    ("bom-only.txt", b"\xef\xbb\xbf"),
    ("report.pdf", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n"),
    ("report.docx", b"PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00" + bytes(200)),
    ("report.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(500)),
    ("nul.txt", SEED_TEXT[:400].encode("utf-8") + b"\x00" * 8 + SEED_TEXT[400:800].encode()),
])
def test_unreadable_content_raises_report_error(tmp_path: Path, name: str, data: bytes) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(ReportError) as info:
        load_report(path)
    assert re.search(r"[\u4e00-\u9fff]", info.value.message)


# --- damaged but readable text -------------------------------------------------------------

SEED_BYTES = SEED.read_bytes()


@pytest.mark.parametrize("data", [
    SEED_BYTES[:-1],                                   # cut in the middle of the last character
    SEED_BYTES + b"\xe6\x9c",                          # a partial character appended
    SEED_BYTES[:5000] + b"\xff" + SEED_BYTES[5000:],   # one stray byte
], ids=["truncated", "partial-tail", "stray-byte"])
def test_utf8_with_one_bad_byte_still_reads(tmp_path: Path, data: bytes) -> None:
    """A scraped file cut short, or with one stray byte, is still the same UTF-8 report."""
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")
    path = tmp_path / "damaged.txt"
    path.write_bytes(data)
    report = load_report(path)
    assert report.source.encoding == "utf-8"
    assert "吉林省人民政府" in report.text
    assert "法治政府建设任务完成率74.14%" in report.text
    assert len(report.indicators) >= 59
