"""Reading Word (.docx) reports: body order, tables, headers left out, damaged and hostile files.

tests/data/seed.docx is the seed report written by tests/data/make_fixtures.py: the
seed's cleaned text, 一、 lines in Heading 1, （一） lines in Heading 2, one sentence
moved into a small table, and a page header and footer that must not be read.
"""

from __future__ import annotations

import io
import json
import re
import zipfile
from pathlib import Path

import pytest

docx = pytest.importorskip("docx")

from lawgov_gui.core import ReportError, limits, load_report  # noqa: E402
from lawgov_gui.core.readers import safezip  # noqa: E402
from lawgov_gui.core.readers.text import decode_file  # noqa: E402
from tests.conftest import ROOT  # noqa: E402
from tests.core.readers.scorer import assert_full_marks, needs_scorer  # noqa: E402

DATA = ROOT / "tests" / "data"
SEED_DOCX = DATA / "seed.docx"


def _tree(report) -> list[tuple[int, str, str]]:
    return [(s.level, s.marker, s.title) for s in report.iter_sections()]


def _figures(report) -> list[tuple[str, float, str]]:
    return [(i.text, i.value, i.unit) for i in report.indicators]


def _docx_bytes(build) -> bytes:
    """The bytes of a document made by `build(document)`."""
    document = docx.Document()
    build(document)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _read(tmp_path: Path, data: bytes, name: str = "report.docx"):
    path = tmp_path / name
    path.write_bytes(data)
    return load_report(path)


def _refusal(tmp_path: Path, data: bytes, name: str = "report.docx") -> str:
    with pytest.raises(ReportError) as info:
        _read(tmp_path, data, name)
    assert re.search(r"[\u4e00-\u9fff]", info.value.message)
    return info.value.message


@pytest.fixture(scope="module")
def docx_report():
    return load_report(SEED_DOCX)


# --- the seed as a Word document ------------------------------------------------------------

def test_fixture_is_small_and_a_real_docx() -> None:
    assert SEED_DOCX.stat().st_size < 200 * 1024
    document = docx.Document(str(SEED_DOCX))
    styles = {p.style.name for p in document.paragraphs}
    assert {"Heading 1", "Heading 2"} <= styles
    assert len(document.tables) == 1


def test_same_sections_and_indicators_as_the_text(docx_report, seed_report) -> None:
    assert docx_report.source.format == "docx"
    assert docx_report.source.encoding is None
    assert _tree(docx_report) == _tree(seed_report)
    assert _figures(docx_report) == _figures(seed_report)
    assert len(docx_report.indicators) == 60
    assert [i.section for i in docx_report.indicators] == [i.section for i in seed_report.indicators]


def test_meta_from_the_body_and_the_document_title(docx_report) -> None:
    assert docx_report.meta.issuer == "吉林省人民政府"
    assert docx_report.meta.year == 2023
    assert docx_report.meta.title == "吉林省2023年法治政府建设情况报告"
    assert docx_report.meta.title_inferred is False  # the file's title property


def test_header_and_footer_are_left_out(docx_report) -> None:
    assert "页眉" not in docx_report.text
    assert "页脚" not in docx_report.text
    assert "样张" not in docx_report.text


def test_table_rows_come_in_document_order(docx_report) -> None:
    lines = docx_report.text.split("\n")
    row = next(n for n, line in enumerate(lines) if line.startswith("以督为要"))
    assert lines[row - 1] == "工作 情况"  # the header row, cells joined
    assert lines[row - 2].startswith("(一)学思想")
    assert lines[row + 1].startswith("(二)抓改革")
    assert lines[row].startswith("以督为要 拓展法治督察")  # full-width space folded
    figure = next(i for i in docx_report.indicators if i.text == "74.14%")
    assert docx_report.text[figure.start:figure.end] == "74.14%"
    assert lines[row].endswith("74.14%。")
    assert "完成率" in figure.subject
    assert figure.section == docx_report.sections[0].children[0].id


@needs_scorer
def test_shared_scorer_gives_full_marks(tmp_path: Path, docx_report) -> None:
    assert_full_marks(docx_report, tmp_path)


# --- what is read and what is not -----------------------------------------------------------

def test_headings_without_marker_stay_their_own_line(tmp_path: Path) -> None:
    def build(d):
        d.add_paragraph("2023年，某市坚持依法行政，法治政府建设取得新成效。")
        d.add_heading("工作回顾", level=1)
        d.add_paragraph("全年办理行政许可事项1234件，同比增长12.5%。")
        d.add_heading("一、主要举措", level=1)
        d.add_paragraph("（一）深化改革。抽查案卷560件。")

    report = _read(tmp_path, _docx_bytes(build))
    assert report.text.split("\n")[1] == "工作回顾"
    assert [(s.level, s.marker) for s in report.iter_sections()] == [(1, "一、"), (2, "（一）")]
    assert [i.text for i in report.indicators] == ["1234件", "12.5%", "560件"]


def test_merged_cells_and_nested_tables_are_read_once(tmp_path: Path) -> None:
    def build(d):
        d.add_paragraph("全年行政复议情况如下。")
        table = d.add_table(rows=3, cols=3)
        table.cell(0, 0).merge(table.cell(0, 2)).text = "行政复议情况"
        for cell, text in zip(table.rows[1].cells, ("收到申请", "4034件", "同比增长82.37%"),
                              strict=True):
            cell.text = text
        table.cell(2, 0).text = "化解争议"
        table.cell(2, 1).merge(table.cell(2, 2)).text = "1702件"
        nested = table.cell(2, 0).add_table(rows=1, cols=2)
        nested.cell(0, 0).text = "其中诉前"
        nested.cell(0, 1).text = "967件"
        d.add_paragraph("以上数据截至2023年12月31日。")

    report = _read(tmp_path, _docx_bytes(build))
    assert report.text.split("\n") == [
        "全年行政复议情况如下。", "行政复议情况", "收到申请 4034件 同比增长82.37%",
        "化解争议 其中诉前 967件 1702件", "以上数据截至2023年12月31日。"]
    assert [i.text for i in report.indicators] == ["4034件", "82.37%", "967件", "1702件"]
    assert report.indicators[0].subject == "收到申请"


def test_deleted_revisions_and_text_boxes_are_left_out(tmp_path: Path) -> None:
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    def build(d):
        p = d.add_paragraph("全省受理行政复议申请")
        p._p.append(parse_xml(f'<w:del {nsdecls("w")} w:id="1" w:author="a">'
                              '<w:r><w:delText>999件（已删除）</w:delText></w:r></w:del>'))
        p._p.append(parse_xml(f'<w:ins {nsdecls("w")} w:id="2" w:author="a">'
                              '<w:r><w:t>4034件</w:t></w:r></w:ins>'))
        p._p.append(parse_xml(
            f'<w:r {nsdecls("w")}><w:pict><v:shape xmlns:v="urn:schemas-microsoft-com:vml">'
            '<v:textbox><w:txbxContent><w:p><w:r><w:t>文本框里的777件</w:t></w:r></w:p>'
            '</w:txbxContent></v:textbox></v:shape></w:pict></w:r>'))
        p.add_run("。")

    report = _read(tmp_path, _docx_bytes(build))
    assert report.text == "全省受理行政复议申请4034件。"


def test_word_list_numbers_are_written_into_the_text(tmp_path: Path) -> None:
    """Headings numbered by Word itself (自动编号) still give the section tree."""
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    def build(d):
        numbering = d.part.numbering_part.element
        numbering.insert(0, parse_xml(
            f'<w:abstractNum {nsdecls("w")} w:abstractNumId="90">'
            '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/>'
            '<w:lvlText w:val="%1、"/></w:lvl>'
            '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/>'
            '<w:lvlText w:val="（%2）"/></w:lvl></w:abstractNum>'))
        numbering.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="90">'
                                   '<w:abstractNumId w:val="90"/></w:num>'))

        def numbered(text: str, level: int) -> None:
            p = d.add_paragraph(text)
            p._p.get_or_add_pPr().append(parse_xml(
                f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{level}"/><w:numId w:val="90"/></w:numPr>'))

        numbered("主要举措", 0)
        numbered("深化改革。办理行政许可1234件。", 1)
        numbered("加强监督。抽查案卷560件。", 1)
        numbered("存在的问题", 0)
        numbered("基层力量薄弱。", 1)

    report = _read(tmp_path, _docx_bytes(build))
    assert report.text.split("\n")[:2] == ["一、主要举措", "（一）深化改革。办理行政许可1234件。"]
    assert [(s.level, s.marker, s.title) for s in report.iter_sections()] == [
        (1, "一、", "主要举措"), (2, "（一）", "深化改革"), (2, "（二）", "加强监督"),
        (1, "二、", "存在的问题"), (2, "（一）", "基层力量薄弱")]


def test_macro_enabled_document_is_read(tmp_path: Path) -> None:
    plain = _docx_bytes(lambda d: d.add_paragraph("全年办理行政许可事项1234件。"))
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(plain)) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            body = src.read(info)
            if info.filename == "[Content_Types].xml":
                body = body.replace(
                    b"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
                    b"application/vnd.ms-word.document.macroEnabled.main+xml")
                assert b"macroEnabled" in body
            dst.writestr(info, body)
    report = _read(tmp_path, out.getvalue(), "report.docm")
    assert [i.text for i in report.indicators] == ["1234件"]


def test_extension_does_not_matter(tmp_path: Path) -> None:
    report = _read(tmp_path, SEED_DOCX.read_bytes(), "report.txt")
    assert report.source.format == "docx"
    assert len(report.indicators) == 60


def test_empty_document(tmp_path: Path) -> None:
    assert "没有文字" in _refusal(tmp_path, _docx_bytes(lambda d: d.add_paragraph("  ")))


# --- damaged and hostile files --------------------------------------------------------------

@pytest.mark.parametrize("cut", [0.95, 0.5, 0.1, 40])
def test_truncated_docx(tmp_path: Path, cut: float) -> None:
    data = SEED_DOCX.read_bytes()
    data = data[:int(len(data) * cut)] if cut < 1 else data[:int(cut)]
    assert "文件已损坏或不是有效的 Word 文档（.docx）" in _refusal(tmp_path, data)


def test_zip_without_word_body(tmp_path: Path) -> None:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("xl/workbook.xml", "<workbook/>")
    assert "不是有效的 Word 文档" in _refusal(tmp_path, out.getvalue())


def test_damaged_document_xml(tmp_path: Path) -> None:
    src = zipfile.ZipFile(io.BytesIO(SEED_DOCX.read_bytes()))
    out = io.BytesIO()
    with src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            body = src.read(info)
            dst.writestr(info, body[:len(body) // 2] if info.filename == "word/document.xml"
                         else body)
    assert "不是有效的 Word 文档" in _refusal(tmp_path, out.getvalue())


def _bomb(megabytes: int) -> bytes:
    """A .docx-looking zip whose body is `megabytes` MB of zeros, written in 1 MB steps."""
    out = io.BytesIO()
    chunk = bytes(2**20)
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        with z.open("word/document.xml", "w", force_zip64=True) as f:
            for _ in range(megabytes):
                f.write(chunk)
    return out.getvalue()


def test_zip_bomb_is_refused_before_unpacking(tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    data = _bomb(50)
    assert len(data) < 200 * 1024  # 50 MB of zeros squeezed a few hundred times

    def never(*args, **kwargs):
        raise AssertionError("a zip bomb must not be unpacked")

    monkeypatch.setattr(safezip.Package, "chunks", never)
    assert "压缩炸弹" in _refusal(tmp_path, data)


def test_total_size_limit(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Many entries, none suspicious alone, together past the limit (scaled down)."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_STORED) as z:
        z.writestr("word/document.xml", "<w:document/>")
        for n in range(8):
            z.writestr(f"word/media/image{n}.bin", bytes(64 * 1024))
    monkeypatch.setattr(limits, "MAX_UNZIPPED", 256 * 1024)
    assert "压缩炸弹" in _refusal(tmp_path, out.getvalue())


def test_ratio_rule_spares_small_entries(tmp_path: Path) -> None:
    """A highly compressible but small body (under 10 MB) is a normal document."""
    def build(d):
        for _ in range(400):
            d.add_paragraph("全年办理行政许可事项1234件。" + " " * 2000)

    data = _docx_bytes(build)
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        body = z.getinfo("word/document.xml")
        assert body.file_size > 100 * body.compress_size
    assert len(_read(tmp_path, data).indicators) == 400


def test_old_doc_renamed_docx(tmp_path: Path) -> None:
    ole = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504) + "WordDocument".encode("utf-16-le")
    message = _refusal(tmp_path, ole + bytes(2000), "report.docx")
    assert ".doc" in message and "另存为 .docx" in message


def test_password_protected_docx(tmp_path: Path) -> None:
    ole = (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504)
           + "EncryptionInfo".encode("utf-16-le") + bytes(50)
           + "EncryptedPackage".encode("utf-16-le") + bytes(2000))
    assert "密码" in _refusal(tmp_path, ole, "report.docx")


def test_decode_file_reports_the_format() -> None:
    decoded = decode_file(SEED_DOCX, SEED_DOCX.read_bytes())
    assert (decoded.format, decoded.encoding) == ("docx", None)
    assert decoded.hints == {"title": "吉林省2023年法治政府建设情况报告"}
    assert "\u3000" in decoded.text  # cells joined by a full-width space before clean-up
    json.dumps(decoded.hints, ensure_ascii=False)
