"""Damaged, hostile and locked OFD files: each refused in Chinese, quickly.

Cut-short and lying zips, missing or malformed parts, zip bombs, DTDs with
entities (internal expansion and external references) and encrypted packages.
"""

from __future__ import annotations

import io
import random
import re
import struct
import time
import zipfile
from pathlib import Path

import pytest

from lawgov_gui.core import ReportError, limits, load_report
from lawgov_gui.core.readers.messages import (
    OFD_CORRUPT,
    OFD_ENCRYPTED,
    OFD_NO_TEXT,
    OFD_TOO_MANY_CHARS,
    ZIP_BOMB,
)
from lawgov_gui.core.readers.text import decode_file
from tests.core.readers.ofd_builder import OfdPackage, page_content, report_pages

_LAUGHS = ('<!DOCTYPE ofd:OFD [<!ENTITY a "aaaaaaaaaa">'
           + "".join(f'<!ENTITY {b} "{("&" + a + ";") * 10}">' for a, b in zip("abcdefgh", "bcdefghi",
                                                                                strict=True))
           + "]>")
_EXTERNAL = '<!DOCTYPE ofd:OFD [<!ENTITY x SYSTEM "file:///etc/passwd">]>'


def _refusal(tmp_path: Path, data: bytes) -> str:
    path = tmp_path / "report.ofd"
    path.write_bytes(data)
    start = time.monotonic()
    with pytest.raises(ReportError) as info:
        load_report(path)
    assert time.monotonic() - start < 10
    return info.value.message


def _with_part(name: str, text: str) -> bytes:
    """The package with part `name` replaced by `text` ("$" stands for the original)."""
    original = OfdPackage(report_pages()).parts()[name]
    return OfdPackage(report_pages(), extra={name: text.replace("$", original)}).data()


def _with_doctype(name: str, doctype: str) -> bytes:
    """The package with `doctype` after the XML declaration of part `name`."""
    original = OfdPackage(report_pages()).parts()[name]
    end = original.index("?>") + 2
    return OfdPackage(report_pages(), extra={name: original[:end] + doctype + original[end:]}).data()


@pytest.mark.parametrize("cut", [0.3, 0.6, 0.95])
def test_cut_short(tmp_path: Path, cut: float) -> None:
    data = OfdPackage(report_pages()).data()
    assert _refusal(tmp_path, data[:int(len(data) * cut)]) == OFD_CORRUPT


@pytest.mark.parametrize("part", ["Doc_0/Document.xml", "Doc_0/Pages/Page_1/Content.xml"])
def test_missing_part(tmp_path: Path, part: str) -> None:
    assert _refusal(tmp_path, OfdPackage(report_pages()).data(leave_out=part)) == OFD_CORRUPT


@pytest.mark.parametrize(("name", "text"), [
    ("OFD.xml", "$<ofd:DocBody>"),  # junk after the root
    ("Doc_0/Document.xml", "<ofd:Document><ofd:Pages>"),  # cut short
    ("Doc_0/Pages/Page_0/Content.xml", "<Page><TextObject></Page>"),
    ("Doc_0/Document.xml", '<?xml version="1.0"?><Document/>'),  # no pages
    ("OFD.xml", '<?xml version="1.0"?><OFD><DocBody/></OFD>'),  # no DocRoot
    ("OFD.xml", '<?xml version="1.0"?><Package/>'),  # not an OFD.xml
    ("Doc_0/Document.xml", '<?xml version="1.0" encoding="UTF-Z"?><Document/>'),
], ids=["junk-after-root", "cut-short", "unclosed", "no-pages", "no-doc-root", "other-root",
        "unknown-encoding"])
def test_malformed_xml(tmp_path: Path, name: str, text: str) -> None:
    assert _refusal(tmp_path, _with_part(name, text)) == OFD_CORRUPT


@pytest.mark.parametrize("part", ["OFD.xml", "Doc_0/Document.xml", "Doc_0/Pages/Page_0/Content.xml"])
@pytest.mark.parametrize("doctype", [_LAUGHS, _EXTERNAL], ids=["entity-expansion", "external"])
def test_dtds_are_refused(tmp_path: Path, part: str, doctype: str) -> None:
    assert _refusal(tmp_path, _with_doctype(part, doctype)) == OFD_CORRUPT


def test_zip_bomb_is_refused_from_its_directory(tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    """A page declaring more than everything may unpack to (lowered, to keep the test small)."""
    monkeypatch.setattr(limits, "MAX_UNZIPPED", 2**20)
    page = page_content([(25.0, "一、全省法治政府建设情况")], 1)
    padded = page.replace("<ofd:Area>", "<ofd:Area>" + " " * 2 * 2**20)
    data = OfdPackage([padded]).data()
    assert len(data) < 100_000
    assert _refusal(tmp_path, data) == ZIP_BOMB


def test_a_part_past_its_limit_stops_unpacking(tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(limits, "MAX_PART", 200_000)
    page = page_content([(25.0, "一、全省法治政府建设情况")], 1)
    padded = page.replace("<ofd:Area>", "<ofd:Area>" + " " * 300_000)
    assert _refusal(tmp_path, OfdPackage([padded]).data()) == ZIP_BOMB


def test_a_zip_that_lies_about_a_size_is_damaged(tmp_path: Path) -> None:
    """A page whose directory entry and local header say 100 bytes: its CRC fails."""
    name = b"Doc_0/Pages/Page_0/Content.xml"
    data = bytearray(OfdPackage(report_pages()).data())
    central = data.index(b"PK\x01\x02", data.index(name) + 1)
    while data[central + 46:central + 46 + len(name)] != name:
        central = data.index(b"PK\x01\x02", central + 4)
    local = struct.unpack_from("<I", data, central + 42)[0]
    struct.pack_into("<I", data, central + 24, 100)
    struct.pack_into("<I", data, local + 22, 100)
    assert _refusal(tmp_path, bytes(data)) == OFD_CORRUPT


def test_too_much_text(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(limits, "MAX_PDF_CHARS", 100)
    assert _refusal(tmp_path, OfdPackage(report_pages()).data()) == \
        OFD_TOO_MANY_CHARS.format(0)


@pytest.mark.parametrize(("extra", "body"), [
    ({"Encryptions.xml": "<Encryptions/>"}, ""),
    ({"encrypt.xml": "<Encryptions/>"}, ""),
    ({}, "<ofd:Encryptions>Encryptions.xml</ofd:Encryptions>"),
], ids=["encryptions-part", "encrypt-part", "named-in-ofd-xml"])
def test_encrypted(tmp_path: Path, extra: dict[str, str], body: str) -> None:
    data = OfdPackage(report_pages(), extra=extra, ofd_body=body).data()
    assert _refusal(tmp_path, data) == OFD_ENCRYPTED


def test_random_damage_is_always_refused_in_chinese(tmp_path: Path) -> None:
    """Bytes flipped in the XML (stored, so the flips reach it) and in the zip around it."""
    rng, parts = random.Random(0), OfdPackage(report_pages()).parts()
    for trial in range(200):
        name = rng.choice(sorted(parts))
        damaged = bytearray(parts[name].encode())
        for _ in range(rng.randint(1, 5)):
            damaged[rng.randrange(len(damaged))] = rng.randrange(256)
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w", zipfile.ZIP_STORED) as archive:
            for part, text in parts.items():
                archive.writestr(part, bytes(damaged) if part == name else text.encode())
        data = bytearray(out.getvalue())
        for _ in range(trial % 2 * 3):
            data[rng.randrange(len(data))] = rng.randrange(256)
        try:
            decode_file(tmp_path / "report.ofd", bytes(data))
        except ReportError as e:
            assert re.search(r"[\u4e00-\u9fff]", e.message)


def test_pages_without_text_are_a_scan(tmp_path: Path) -> None:
    empty = page_content([], 1).replace("— 1 —", "")
    assert _refusal(tmp_path, OfdPackage([empty, empty]).data()) == OFD_NO_TEXT
