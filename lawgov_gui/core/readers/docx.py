"""The text of a Word (.docx) report, one paragraph a line, read as a stream.

The body (word/document.xml, read by `docx_body.Body`) gives the lines; headers,
footers, footnotes, comments, text boxes and deleted revisions are left out. A
heading-style paragraph is a line like any other; one without a 一、/（一） marker
stays as it is. List numbers that Word draws itself (自动编号) are written in
front of their paragraph, since the section finder needs the marker in the text.

The body is never held whole: it is unpacked in small steps (safezip.Package)
into an expat parser that keeps only the paragraph being read, so memory stays
that of the text, and unpacking stops at the part's size limit or once the text
passes limits.MAX_CHARS. Styles, numbering and document properties are small
parts, parsed whole (lxml, no entities, no network) within their own limit.
"""

from __future__ import annotations

import posixpath

from ..errors import ReportError
from .docx_body import Body
from .docx_numbering import Numbering, W
from .messages import ZIP_BOMB
from .safezip import BODY, Package

MAX_SIDE_PART = 8 * 2**20  # styles, numbering, properties, relationships

_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
_DC = "http://purl.org/dc/elements/1.1/"


def docx_to_text(data: bytes) -> tuple[str, dict[str, str]]:
    """The body text of a .docx, one paragraph (or table row) a line, and hints ("title").

    Raises:
        ReportError: the package is damaged, too large once unpacked, or its text too long.
    """
    with Package(data) as package:
        parts = _Parts(package)
        body = Body(Numbering(parts.xml("numbering"), parts.styles), parts.style_names())
        body.parse(package.chunks(BODY))
        title = body.title or parts.core_title()
    return "\n".join(body.out), ({"title": title} if title else {})


class _Parts:
    """The small parts the body refers to, found through the package's relationships."""

    def __init__(self, package: Package) -> None:
        self.package = package
        self.targets = self._relationships("word/_rels/document.xml.rels", "word")
        self.styles = self.xml("styles")

    def _parse(self, name: str):
        from lxml import etree

        if not self.package.has(name):
            return None
        parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
        try:
            data = b"".join(self._capped(name))
            return etree.fromstring(data, parser) if data.strip() else None
        except etree.LxmlError:
            return None  # a damaged side part: read the body without it

    def _capped(self, name: str):
        size = 0
        for chunk in self.package.chunks(name):
            size += len(chunk)
            if size > MAX_SIDE_PART:
                raise ReportError(ZIP_BOMB)
            yield chunk

    def _relationships(self, name: str, base: str) -> dict[str, str]:
        root = self._parse(name)
        out: dict[str, str] = {}
        for rel in root.iterchildren(f"{{{_REL}}}Relationship") if root is not None else ():
            kind, target = rel.get("Type", "").rsplit("/", 1)[-1], rel.get("Target", "")
            if rel.get("TargetMode") != "External" and target:
                joined = target.lstrip("/") if target.startswith("/") else \
                    posixpath.normpath(posixpath.join(base, target))
                out.setdefault(kind, joined)
        return out

    def xml(self, kind: str):
        """The root element of the part of relationship type `kind`, or None."""
        return self._parse(self.targets.get(kind, f"word/{kind}.xml"))

    def style_names(self) -> dict[str, str]:
        """style id -> style name, lowercase."""
        names = {}
        for style in self.styles.iterchildren(f"{{{W}}}style") if self.styles is not None else ():
            name = style.find(f"{{{W}}}name")
            names[style.get(f"{{{W}}}styleId", "")] = (
                name.get(f"{{{W}}}val", "") if name is not None else "").lower()
        return names

    def core_title(self) -> str:
        """The title in the document properties (docProps/core.xml), or ""."""
        targets = self._relationships("_rels/.rels", "")
        root = self._parse(targets.get("core-properties", "docProps/core.xml"))
        title = root.find(f"{{{_DC}}}title") if root is not None else None
        return (title.text or "").strip() if title is not None else ""
