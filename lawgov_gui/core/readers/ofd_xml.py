"""The XML of an OFD package, parsed without trusting it, and its number syntax.

Every part goes through safe_xml.stream (expat, small chunks, any DTD refused, as
for .docx). Elements and attributes are known by their
local name alone, since writers disagree on the namespace (the standard's is
http://www.ofdspec.org/2016; easyofd writes another one).

Numbers follow GB/T 33190: a list of numbers separated by spaces ("0 0 210 297"),
and in DeltaX/DeltaY a compact form where "g 3 5.2" stands for 5.2 three times.
"""

from __future__ import annotations

from collections.abc import Iterable
from xml.etree.ElementTree import Element, TreeBuilder

from .messages import OFD_CORRUPT
from .safe_xml import DataHandler, EndHandler, StartHandler, stream


def local(name: str) -> str:
    """An element's or attribute's name without its namespace ("uri}Page" -> "Page")."""
    return name.rpartition("}")[2]


def parse(chunks: Iterable[bytes], start: StartHandler, end: EndHandler,
          data: DataHandler) -> None:
    """Stream a part through expat, local names only, any DTD refused.

    Args:
        chunks: the part's bytes, a little at a time.
        start: called with the local name and the attributes (by local name) of
            each element that opens.
        end: called with the local name of each element that closes.
        data: called with character data.

    Raises:
        ReportError: the part is not well-formed XML, declares an unknown encoding
            or holds a DTD (OFD_CORRUPT).
    """
    stream(chunks, lambda tag, attrs: start(local(tag), {local(k): v for k, v in attrs.items()}),
           lambda tag: end(local(tag)), data, OFD_CORRUPT)


def tree(chunks: Iterable[bytes]) -> Element:
    """A small part (OFD.xml, Document.xml) as an element tree with local names."""
    builder = TreeBuilder()
    parse(chunks, builder.start, builder.end, builder.data)
    return builder.close()


def child_text(element: Element | None, path: str) -> str:
    """The stripped text of the first element at `path` under `element`, or ""."""
    found = element.find(path) if element is not None else None
    return (found.text or "").strip() if found is not None else ""


def numbers(text: str | None) -> list[float]:
    """The numbers of a space-separated list; [] when it is missing or not numbers."""
    try:
        return [float(part) for part in (text or "").split()]
    except ValueError:
        return []


def deltas(text: str | None, limit: int) -> list[float]:
    """The offsets of a DeltaX or DeltaY, "g N v" expanded, at most `limit` of them.

    A malformed entry ends the list: the glyphs after it get their default advance.
    """
    out: list[float] = []
    parts = (text or "").split()
    k = 0
    try:
        while k < len(parts) and len(out) < limit:
            if parts[k] == "g":
                out += [float(parts[k + 2])] * min(int(parts[k + 1]), limit - len(out))
                k += 3
            else:
                out.append(float(parts[k]))
                k += 1
    except (ValueError, IndexError):
        pass
    return out
