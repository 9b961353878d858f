"""The one XML reader of document packages: what it refuses, and what it streams."""

from __future__ import annotations

import pytest

from lawgov_gui.core import ReportError
from lawgov_gui.core.readers.safe_xml import stream

DAMAGED = "这个文件已损坏"


def run(xml: bytes, size: int = 7) -> list[tuple[str, str]]:
    """The events of `xml` fed in chunks of `size` bytes."""
    seen: list[tuple[str, str]] = []
    chunks = (xml[i:i + size] for i in range(0, len(xml), size))
    stream(chunks, lambda tag, attrs: seen.append(("start", tag)),
           lambda tag: seen.append(("end", tag)), lambda text: seen.append(("data", text)),
           DAMAGED)
    return seen


def test_elements_stream_with_their_namespace_and_their_text() -> None:
    xml = '<a xmlns="urn:x"><b>法治政府</b></a>'.encode()
    seen = run(xml, size=3)  # text cut between chunks comes in pieces
    assert [e for e in seen if e[0] != "data"] == [("start", "urn:x}a"), ("start", "urn:x}b"),
                                                   ("end", "urn:x}b"), ("end", "urn:x}a")]
    assert "".join(text for kind, text in seen if kind == "data") == "法治政府"


@pytest.mark.parametrize("xml", [
    b'<!DOCTYPE a [<!ENTITY e "xxxxxxxx">]><a>&e;</a>',              # an entity declared
    b'<!DOCTYPE a SYSTEM "http://example.org/a.dtd"><a/>',          # an external DTD
    b'<a><b></a>',                                                    # not well-formed
    b'<?xml version="1.0" encoding="x-unknown-42"?><a/>',           # an unknown encoding
    b'',                                                              # nothing
])
def test_what_cannot_be_trusted_is_the_callers_damaged_file(xml: bytes) -> None:
    with pytest.raises(ReportError, match=DAMAGED):
        run(xml)
