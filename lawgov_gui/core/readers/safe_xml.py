"""One way to read the XML inside a document package without trusting it (.docx, OFD).

A part goes through expat a chunk at a time (safezip.Package.chunks) with any DTD
refused: no entity is ever declared, so none is expanded, and nothing outside the
package is ever fetched. Malformed XML, an unknown declared encoding or a DTD is the
caller's "damaged file" ReportError.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from xml.parsers import expat

from ..errors import ReportError

StartHandler = Callable[[str, dict[str, str]], None]
EndHandler = Callable[[str], None]
DataHandler = Callable[[str], None]


def stream(chunks: Iterable[bytes], start: StartHandler, end: EndHandler, data: DataHandler,
           damaged: str) -> None:
    """Feed `chunks` to expat, element names as "namespace}local".

    Args:
        chunks: the part's bytes, a little at a time.
        start, end, data: expat's element-start, element-end and character-data handlers.
        damaged: the message of the ReportError raised for a part that cannot be trusted.

    Raises:
        ReportError(damaged): not well-formed, an unknown encoding, or a DTD.
    """
    def refuse(*_args: object) -> None:
        raise ReportError(damaged)

    parser = expat.ParserCreate(namespace_separator="}")
    parser.buffer_text = True
    parser.StartElementHandler, parser.EndElementHandler = start, end
    parser.CharacterDataHandler = data
    parser.StartDoctypeDeclHandler = parser.EntityDeclHandler = refuse
    parser.ExternalEntityRefHandler = refuse
    try:
        for chunk in chunks:
            parser.Parse(chunk, False)
        parser.Parse(b"", True)
    except (expat.ExpatError, LookupError):  # LookupError: an unknown declared encoding
        raise ReportError(damaged) from None
