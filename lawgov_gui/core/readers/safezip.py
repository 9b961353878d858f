"""Open a .docx or an .ofd (both zips) without trusting what they say about themselves.

`check_zip` reads only the central directory and refuses a package that declares
too much, a suspicious compression ratio, or not the part its format starts from
(the Word body; OFD.xml). The declared sizes may
lie, so `Package` then unpacks every entry in small steps, counting what really
comes out: past the limit of a part, or of the whole package, it stops at once
with the Chinese "too large" message. Nothing is ever unpacked in one piece.
"""

from __future__ import annotations

import io
import zipfile
import zlib
from collections.abc import Iterator

from .. import limits
from ..errors import ReportError
from .messages import DOCX_CORRUPT, ZIP_BOMB

MAX_RATIO = 100  # uncompressed : compressed, for an entry ...
RATIO_FLOOR = 10 * 2**20  # ... larger than this
MAX_ENTRIES = 10_000
CHUNK = 64 * 1024
BODY = "word/document.xml"
# What a damaged zip can make zipfile raise while unpacking.
DAMAGE = (zipfile.BadZipFile, zipfile.LargeZipFile, NotImplementedError, EOFError, OSError,
          ValueError, zlib.error, KeyError, RuntimeError)


def check_zip(data: bytes, main: str = BODY, damaged: str = DOCX_CORRUPT) -> None:
    """Refuse a zip that is damaged, declares too much, or holds no `main` part.

    Args:
        data: the zip's bytes.
        main: the part the format starts from (a .docx's body by default).
        damaged: the refusal of a damaged package of this format.
    """
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            infos = archive.infolist()
    except DAMAGE:
        raise ReportError(damaged) from None
    if len(infos) > MAX_ENTRIES or sum(i.file_size for i in infos) > limits.MAX_UNZIPPED:
        raise ReportError(ZIP_BOMB)
    for info in infos:
        if info.file_size > RATIO_FLOOR and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            raise ReportError(ZIP_BOMB)
    if main not in {i.filename for i in infos}:
        raise ReportError(damaged)


class Package:
    """A checked zip whose parts are unpacked in small, counted steps.

    Args:
        data: the package's bytes (check_zip has accepted them).
        damaged: the refusal of a damaged package of this format.
    """

    def __init__(self, data: bytes, damaged: str = DOCX_CORRUPT) -> None:
        self.damaged = damaged
        try:
            self.archive = zipfile.ZipFile(io.BytesIO(data))
        except DAMAGE:
            raise ReportError(damaged) from None
        self.unpacked = 0

    def __enter__(self) -> Package:
        return self

    def __exit__(self, *exc: object) -> None:
        self.archive.close()

    def has(self, name: str) -> bool:
        """Whether the package holds a part called `name`."""
        return name in self.archive.NameToInfo

    def chunks(self, name: str) -> Iterator[bytes]:
        """The part `name`, unpacked CHUNK bytes at a time.

        Raises:
            ReportError: the part or the package unpacks to more than its limit
                (ZIP_BOMB), or it is damaged (the package's `damaged` refusal).
        """
        part = 0
        try:
            with self.archive.open(name) as stream:
                while chunk := stream.read(CHUNK):
                    part += len(chunk)
                    self.unpacked += len(chunk)
                    if part > limits.MAX_PART or self.unpacked > limits.MAX_UNZIPPED:
                        raise ReportError(ZIP_BOMB)
                    yield chunk
        except DAMAGE:
            raise ReportError(self.damaged) from None
