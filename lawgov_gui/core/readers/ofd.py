"""The text of an OFD report (GB/T 33190, a zip of XML parts), one paragraph a line.

The package is checked like a .docx (safezip: sizes, compression ratio, parts
unpacked in counted steps) and its XML parsed with any DTD refused (ofd_xml).
OFD.xml names the document (DocBody/DocRoot); its Document.xml lists the pages
(Pages/Page/@BaseLoc); each page's Content.xml gives the lines (ofd_page), which
lose their running headers, footers and page numbers (pdf_furniture) and are
joined into paragraphs (pdf_paragraphs), as for a PDF.

Only the pages' own content is read: template pages (CommonData/TemplatePage, the
usual home of a running header), annotation layers (Annotations.xml), signatures
and seals (Signatures) never reach the text, so a signed or stamped OFD opens like
any other. An encrypted one (GM/T 0099: Encryptions.xml beside OFD.xml) is refused.
"""

from __future__ import annotations

import io
import posixpath
import re
import zipfile
from collections.abc import Iterator
from xml.etree.ElementTree import Element

from .. import limits
from ..errors import ReportError
from .messages import OFD_CORRUPT, OFD_ENCRYPTED, OFD_NO_TEXT, ZIP_BOMB
from .ofd_page import PageText, page_lines
from .ofd_xml import child_text, tree
from .pdf_furniture import strip_furniture
from .pdf_lines import Line
from .pdf_paragraphs import paragraphs
from .safezip import DAMAGE, Package, check_zip

MAIN = "OFD.xml"
MAX_SMALL_PART = 8 * 2**20  # OFD.xml and Document.xml
MIN_CHARS = 10  # a document with fewer non-space characters has no text (a scan)
# The parts of an encrypted package (GM/T 0099), beside OFD.xml.
_ENCRYPTION_PARTS = {"encryptions.xml", "encrypt.xml", "decryptseed.dat", "entriesmap.dat"}
# A local file header naming OFD.xml: an OFD whose zip directory is lost (cut short).
_LOCAL_MAIN = re.compile(rb"PK\x03\x04[\s\S]{26}OFD\.xml")


def is_ofd(data: bytes) -> bool:
    """True for a zip holding OFD.xml at its root, even a damaged one."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return MAIN in archive.NameToInfo
    except DAMAGE:
        return _LOCAL_MAIN.search(data) is not None


def ofd_to_text(data: bytes) -> tuple[str, dict[str, str]]:
    """The body text of an OFD, one paragraph a line, and hints ("title").

    Raises:
        ReportError: the package is damaged, encrypted, too large once unpacked,
            holds too much text, or no text at all.
    """
    check_zip(data, MAIN, OFD_CORRUPT)
    with Package(data, OFD_CORRUPT) as package:
        document = _Document(package)
        pages = list(document.pages())
    if sum(len(line.text) - line.text.count(" ") for lines in pages for line in lines) < MIN_CHARS:
        raise ReportError(OFD_NO_TEXT)
    text = "\n".join(paragraphs(strip_furniture(pages)))
    return text, ({"title": document.title} if document.title else {})


def _resolve(base: str, location: str) -> str:
    """A BaseLoc or DocRoot as a name in the package: absolute from the root, else from `base`."""
    location = location.strip().replace("\\", "/")
    joined = location.lstrip("/") if location.startswith("/") else posixpath.join(base, location)
    return posixpath.normpath(joined).casefold()


class _Document:
    """The first document of an OFD package: its title and the parts of its pages."""

    def __init__(self, package: Package) -> None:
        self.package = package
        self.names = {_resolve("", name): name for name in package.archive.namelist()}
        if any(posixpath.basename(name) in _ENCRYPTION_PARTS and "/" not in name
               for name in self.names):
            raise ReportError(OFD_ENCRYPTED)
        root = self._xml(MAIN, "OFD")
        if root.find(".//Encryptions") is not None:
            raise ReportError(OFD_ENCRYPTED)
        body = root.find("DocBody")
        self.title = child_text(body, "DocInfo/Title")
        self.root = child_text(body, "DocRoot")
        if not self.root:
            raise ReportError(OFD_CORRUPT)

    def _part(self, base: str, location: str) -> str:
        """The package's name of the part at `location`; OFD_CORRUPT when it is missing."""
        name = self.names.get(_resolve(base, location))
        if name is None:
            raise ReportError(OFD_CORRUPT)
        return name

    def _xml(self, name: str, root_tag: str) -> Element:
        """A small part parsed whole, within MAX_SMALL_PART; its root must be `root_tag`."""
        element = tree(self._capped(name))
        if element.tag != root_tag:
            raise ReportError(OFD_CORRUPT)
        return element

    def _capped(self, name: str) -> Iterator[bytes]:
        size = 0
        for chunk in self.package.chunks(name):
            size += len(chunk)
            if size > MAX_SMALL_PART:
                raise ReportError(ZIP_BOMB)
            yield chunk

    def pages(self) -> Iterator[list[Line]]:
        """Each page's lines, in the document's page order."""
        doc_name = self._part("", self.root)
        document = self._xml(doc_name, "Document")
        locations = [page.get("BaseLoc", "") for page in document.iterfind("Pages/Page")]
        if not locations:
            raise ReportError(OFD_CORRUPT)
        budget = limits.MAX_PDF_CHARS
        base = posixpath.dirname(doc_name)
        for index, location in enumerate(locations):
            page = PageText(budget)
            page.read(self.package.chunks(self._part(base, location)))
            budget -= page.chars
            yield page_lines(page.runs, index)
