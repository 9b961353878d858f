"""A standard OFD package written by hand, for the OFD reader's tests.

No pip-installable writer of standard OFD exists without AGPL dependencies
(easyofd needs PyMuPDF and writes its own namespace; pdf2ofd needs PyMuPDF and
writes text as paths), so this builds one as GB/T 33190 lays it out: the
http://www.ofdspec.org/2016 namespace, millimetres, an A4 page area, a template
page holding a running header, an annotation layer holding text, signatures,
and two pages of TextObjects placed as a typesetter would (a 2-character
first-line indent, lines 7 mm apart, "— N —" page numbers).
"""

from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass, field

NS = "http://www.ofdspec.org/2016"
SIZE = 4.2  # mm: 12 pt
LEFT, RIGHT, TOP, PITCH = 25.0, 185.0, 40.0, 7.0
PER_LINE = int((RIGHT - LEFT) // SIZE)  # 38 full-width characters
TEMPLATE_TEXT = "吉林省人民政府文件（模板页眉）"
ANNOTATION_TEXT = "审阅批注：此处不应进入正文"
SEAL_TEXT = "电子印章"


def _xml(root: str, body: str) -> str:
    return f'<?xml version="1.0" encoding="UTF-8"?>\n<ofd:{root} xmlns:ofd="{NS}">{body}</ofd:{root}>'


def text_object(ident: int, x: float, y: float, text: str, delta: str | None = None) -> str:
    """A TextObject holding one line at (x, y) mm, its glyphs SIZE apart ("g N SIZE")."""
    delta = delta if delta is not None else (f"g {len(text) - 1} {SIZE}" if len(text) > 1 else "")
    width = len(text) * SIZE
    return (f'<ofd:TextObject ID="{ident}" Boundary="{x:.2f} {y:.2f} {width:.2f} {SIZE * 1.4:.2f}"'
            f' Font="1" Size="{SIZE}"><ofd:FillColor Value="0 0 0"/>'
            f'<ofd:TextCode X="0" Y="{SIZE}" DeltaX="{delta}">{text}</ofd:TextCode>'
            f"</ofd:TextObject>")


def wrap(paragraph: str, indent: bool = True) -> list[tuple[float, str]]:
    """A paragraph broken into lines of PER_LINE characters: (left edge, text) each."""
    lines, first = [], 2 if indent else 0
    while paragraph:
        take = PER_LINE - first
        lines.append((LEFT + first * SIZE, paragraph[:take]))
        paragraph, first = paragraph[take:], 0
    return lines


def page_content(lines: list[tuple[float, str]], number: int, template: bool = True) -> str:
    """A page's Content.xml: its lines from the top, a page number at the foot."""
    objects = [text_object(100 + k, x, TOP + k * PITCH, text) for k, (x, text) in enumerate(lines)]
    objects.append(text_object(99, 95.0, 280.0, f"— {number} —", f"g 4 {SIZE / 2}"))
    uses = '<ofd:Template TemplateID="2" ZOrder="Background"/>' if template else ""
    return _xml("Page", f"<ofd:Area><ofd:PhysicalBox>0 0 210 297</ofd:PhysicalBox></ofd:Area>"
                        f'{uses}<ofd:Content><ofd:Layer ID="3" Type="Body">{"".join(objects)}'
                        "</ofd:Layer></ofd:Content>")


@dataclass
class OfdPackage:
    """The parts of an OFD package, as name -> bytes; `data()` zips them."""

    pages: list[str]
    title: str = "吉林省2023年法治政府建设情况报告"
    extra: dict[str, str] = field(default_factory=dict)
    ofd_body: str = ""  # more DocBody children of OFD.xml

    def parts(self) -> dict[str, str]:
        """Every part of the package by name."""
        pages = "".join(f'<ofd:Page ID="{10 + k}" BaseLoc="Pages/Page_{k}/Content.xml"/>'
                        for k in range(len(self.pages)))
        parts = {
            "OFD.xml": _xml("OFD", f'<ofd:DocBody><ofd:DocInfo><ofd:DocID>0</ofd:DocID>'
                                   f"<ofd:Title>{self.title}</ofd:Title></ofd:DocInfo>"
                                   "<ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot>"
                                   f"<ofd:Signatures>Doc_0/Signs/Signatures.xml</ofd:Signatures>"
                                   f"{self.ofd_body}</ofd:DocBody>"),
            "Doc_0/Document.xml": _xml("Document", (
                "<ofd:CommonData><ofd:MaxUnitID>999</ofd:MaxUnitID><ofd:PageArea>"
                "<ofd:PhysicalBox>0 0 210 297</ofd:PhysicalBox></ofd:PageArea>"
                '<ofd:TemplatePage ID="2" BaseLoc="Tpls/Tpl_0/Content.xml"/></ofd:CommonData>'
                f"<ofd:Pages>{pages}</ofd:Pages>"
                "<ofd:Annotations>Annots/Annotations.xml</ofd:Annotations>")),
            "Doc_0/Tpls/Tpl_0/Content.xml": _xml("Page", (
                '<ofd:Content><ofd:Layer ID="4">'
                f"{text_object(5, 70.0, 15.0, TEMPLATE_TEXT)}</ofd:Layer></ofd:Content>")),
            "Doc_0/Annots/Annotations.xml": _xml("Annotations", (
                '<ofd:Page PageID="10"><ofd:FileLoc>Page_0/Annotation.xml</ofd:FileLoc>'
                "</ofd:Page>")),
            "Doc_0/Annots/Page_0/Annotation.xml": _xml("PageAnnot", (
                '<ofd:Annot ID="6" Type="Stamp"><ofd:Appearance Boundary="120 200 60 20">'
                f"{text_object(7, 0, 0, ANNOTATION_TEXT)}</ofd:Appearance></ofd:Annot>")),
            "Doc_0/Signs/Signatures.xml": _xml("Signatures", (
                '<ofd:Signature ID="1" BaseLoc="Sign_0/Signature.xml"/>')),
            "Doc_0/Signs/Sign_0/Signature.xml": _xml("Signature", (
                '<ofd:SignedInfo><ofd:Seal><ofd:BaseLoc>Seal.esl</ofd:BaseLoc></ofd:Seal>'
                '<ofd:StampAnnot ID="8" PageRef="10" Boundary="120 220 40 40"/>'
                "</ofd:SignedInfo><ofd:SignedValue>SignedValue.dat</ofd:SignedValue>")),
            "Doc_0/Signs/Sign_0/SignedValue.dat": SEAL_TEXT,
        }
        for k, content in enumerate(self.pages):
            parts[f"Doc_0/Pages/Page_{k}/Content.xml"] = content
        parts.update(self.extra)
        return parts

    def data(self, leave_out: str | None = None) -> bytes:
        """The package zipped, without the part `leave_out` if given."""
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
            for name, text in self.parts().items():
                if name != leave_out:
                    archive.writestr(name, text.encode("utf-8"))
        return out.getvalue()


def report_pages() -> list[str]:
    """Two pages of a short report; the second paragraph runs over the page break."""
    title = [(LEFT + 9 * SIZE, "吉林省2023年法治政府建设情况报告")]
    first = wrap("2023年，吉林省人民政府坚持以习近平新时代中国特色社会主义思想为指导，"
                 "深入贯彻落实党的二十大精神，推动法治政府建设实现新突破。")
    heading = [(LEFT + 2 * SIZE, "一、全省法治政府建设情况")]
    long = wrap("（一）抓改革、优服务，营商环境持续优化。" + "细化重点任务182项，全省新登记经营主体"
                "61.9万户，建立法律服务团队329个，调解涉企纠纷2.2万余件。" * 3)
    split = len(long) // 2
    closing = wrap("（二）防风险、解纠纷，全省各级行政复议机关收到行政复议申请4034件，"
                   "同比增长82.37%。")
    return [page_content(title + first + heading + long[:split], 1),
            page_content(long[split:] + closing, 2)]
