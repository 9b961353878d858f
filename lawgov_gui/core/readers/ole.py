"""What an OLE2 container (Compound File Binary) holds, from a minimal read of its directory.

Old Word (.doc) and WPS (.wps) files, Excel (.xls) and PowerPoint (.ppt) files and
password-protected Office 2007+ files are all OLE2 containers. `classify` reads
the header, the sector allocation table and the directory, and names the streams
at the root: a WordDocument stream is a Word (or WPS) document, encrypted when its
file information block says so; an EncryptedPackage stream is a password-protected
.docx (or .xlsx); anything else is not a text document. Nothing else is parsed.
"""

from __future__ import annotations

import struct
from enum import Enum

OLE_SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
WORD_STREAM = "WordDocument"
ENCRYPTED_STREAM = "EncryptedPackage"
_LAST_SECTOR = 0xFFFFFFFA  # sector numbers from here on are markers (end of chain, free…)
_ENTRY = 128  # bytes of a directory entry
_STREAM = 2  # a directory entry's type for a stream
_WORD_MAGIC = 0xA5EC  # a Word file information block's wIdent (at 0) ...
_F_ENCRYPTED = 0x0100  # ... and its fEncrypted flag (in the flags at 0x0A)


class OleKind(Enum):
    """What an OLE2 container is, as far as reading a report goes."""

    WORD = 1  # a Word or WPS text document
    ENCRYPTED = 2  # a password-protected document
    OTHER = 3  # a spreadsheet, a presentation, anything else
    DAMAGED = 4  # its header or directory cannot be read


class _Damaged(Exception):
    """The container's structure is not what its header says."""


class _Container:
    """The header, allocation table and directory of an OLE2 file."""

    def __init__(self, data: bytes) -> None:
        if len(data) < 512 or not data.startswith(OLE_SIGNATURE):
            raise _Damaged
        self.data = data
        shift = struct.unpack_from("<H", data, 0x1E)[0]
        if shift not in (9, 12):
            raise _Damaged
        self.sector = 1 << shift
        self.count = (len(data) - 1) // self.sector  # sectors after the header
        fat_sectors = self._fat_sectors()
        self.fat = [n for s in fat_sectors for n in self._words(s)]

    def _words(self, sector: int) -> tuple[int, ...]:
        """The sector's content as little-endian 32-bit numbers."""
        if not 0 <= sector < self.count:
            raise _Damaged
        start = (sector + 1) * self.sector
        return struct.unpack_from(f"<{self.sector // 4}I", self.data, start)

    def _fat_sectors(self) -> list[int]:
        """The sectors of the allocation table: 109 in the header, then the DIFAT chain."""
        listed = list(struct.unpack_from("<109I", self.data, 0x4C))
        difat = struct.unpack_from("<I", self.data, 0x44)[0]
        seen: set[int] = set()
        while difat < _LAST_SECTOR:
            if difat in seen:
                raise _Damaged
            seen.add(difat)
            words = self._words(difat)
            listed += words[:-1]
            difat = words[-1]
        return [s for s in listed if s < _LAST_SECTOR]

    def chain(self, start: int) -> list[int]:
        """The sectors of the stream that starts at sector `start`."""
        out: list[int] = []
        while start < _LAST_SECTOR:
            if start >= len(self.fat) or len(out) > self.count:
                raise _Damaged  # past the table, or a loop
            out.append(start)
            start = self.fat[start]
        return out

    def directory(self) -> list[bytes]:
        """The directory's entries (128 bytes each), in order."""
        first = struct.unpack_from("<I", self.data, 0x30)[0]
        entries = []
        for sector in self.chain(first):
            offset = (sector + 1) * self.sector
            entries += [self.data[k:k + _ENTRY]
                        for k in range(offset, offset + self.sector, _ENTRY)]
        if not entries:
            raise _Damaged
        return entries


def _name(entry: bytes) -> str:
    length = min(struct.unpack_from("<H", entry, 64)[0], 64)
    return entry[:length].decode("utf-16-le", errors="replace").rstrip("\x00")


def _root_streams(entries: list[bytes]) -> dict[str, int]:
    """name -> entry index of the streams directly under the root storage."""
    def link(k: int, at: int) -> int:
        return struct.unpack_from("<I", entries[k], at)[0]

    out: dict[str, int] = {}
    todo, seen = [link(0, 76)], set()
    while todo:
        k = todo.pop()
        if k >= len(entries) or k in seen:
            continue  # a free slot (no sibling) or a loop
        seen.add(k)
        todo += [link(k, 68), link(k, 72)]  # left and right siblings
        if entries[k][66] == _STREAM:
            out[_name(entries[k])] = k
    return out


def _word_encrypted(container: _Container, entry: bytes) -> bool:
    """Whether the WordDocument stream's file information block sets fEncrypted."""
    start, size = struct.unpack_from("<IQ", entry, 116)
    if size < 4096 or start >= container.count:  # a small stream lives in the mini stream
        return False
    ident, flags = struct.unpack_from("<H8xH", container.data, (start + 1) * container.sector)
    return ident == _WORD_MAGIC and bool(flags & _F_ENCRYPTED)


def classify(data: bytes) -> OleKind:
    """What the OLE2 container `data` holds (see the module docstring).

    A container too damaged to read that still names an EncryptedPackage is taken
    as encrypted: its password is what stands in the way first.
    """
    try:
        container = _Container(data)
        entries = container.directory()
        streams = _root_streams(entries)
        if ENCRYPTED_STREAM in streams:
            return OleKind.ENCRYPTED
        if WORD_STREAM in streams:
            word = entries[streams[WORD_STREAM]]
            return OleKind.ENCRYPTED if _word_encrypted(container, word) else OleKind.WORD
        return OleKind.OTHER
    except (_Damaged, struct.error, IndexError):
        return OleKind.ENCRYPTED if ENCRYPTED_STREAM.encode("utf-16-le") in data \
            else OleKind.DAMAGED
