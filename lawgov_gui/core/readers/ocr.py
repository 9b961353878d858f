"""Scanned pages read by OCR, one page at a time, with progress and a way to stop.

The PDF reader hands over the pages that have no text layer (`recognise_pages`); an
image file is read here (`image_to_text`). Each page is prepared (`ocr_image`),
recognised (`ocr_engine`) and laid out as lines (`ocr_layout`), which the PDF reader's
furniture and paragraph steps then read as they read a PDF's text.

A caller on a background thread passes an `OcrControl`: `on_page(done, total, text)`
once with done 0 when recognition starts, then after each recognised page (its text, so
the first pages can be shown while the rest are read), and `cancelled()`, asked before
each page: when it returns True the work stops with `OcrCancelled`. `on_page` must not
raise: the PDF reader takes an error inside it for a damaged file.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from typing import Any

from ..errors import ReportError
from .messages import NO_OCR, OCR_CANCELLED, OCR_NO_TEXT
from .ocr_engine import available, recognise
from .ocr_image import count_frames, image_frames, prepare
from .ocr_layout import page_lines
from .pdf_furniture import strip_furniture
from .pdf_lines import Line
from .pdf_paragraphs import paragraphs


class OcrCancelled(ReportError):
    """The caller cancelled the recognition (OcrControl.cancelled returned True)."""


@dataclass(frozen=True, slots=True)
class OcrControl:
    """How a caller follows and stops a recognition.

    Attributes:
        on_page: called with (0, pages to recognise, "") when recognition starts, then
            after each recognised page with (pages done, pages to recognise, the page's
            text: one paragraph a line, without its page number).
        cancelled: asked before each page; True stops the work (e.g. Event.is_set).
    """

    on_page: Callable[[int, int, str], None] | None = None
    cancelled: Callable[[], bool] | None = None

    def check(self) -> None:
        """Raise OcrCancelled when the caller has cancelled."""
        if self.cancelled is not None and self.cancelled():
            raise OcrCancelled(OCR_CANCELLED)

    def page_done(self, done: int, total: int, lines: list[Line]) -> None:
        """Tell the caller that `done` of `total` pages are recognised."""
        if self.on_page is not None:  # the page alone (as a first page), its number dropped
            alone = [replace(line, page=0) for line in lines]
            self.on_page(done, total, "\n".join(paragraphs(strip_furniture([alone]))))


_NO_CONTROL = OcrControl()


def recognise_pages(pages: Iterable[tuple[int, Any, float]], total: int,
                    control: OcrControl | None = None) -> Iterator[list[Line]]:
    """The lines of each page, recognised in turn.

    Args:
        pages: (page index, RGB PIL image, page units per pixel) for each page,
            made lazily (a page is rendered when its turn comes).
        total: how many pages `pages` yields (for the progress).
        control: progress and cancel; none by default.

    Raises:
        OcrCancelled: the control said stop (checked before each page).
        ReportError: the OCR group is not installed or is damaged.
    """
    control = control or _NO_CONTROL
    control.check()
    control.page_done(0, total, [])  # recognition starts: the caller may show its progress
    for done, (index, image, units) in enumerate(pages, 1):
        prepared = prepare(image, units)
        lines = page_lines(recognise(prepared.pixels), prepared, index)
        control.page_done(done, total, lines)
        yield lines
        control.check()


def body_text(pages: list[list[Line]]) -> str:
    """The text of recognised pages: furniture dropped, lines joined into paragraphs.

    Raises:
        ReportError: nothing was recognised.
    """
    text = "\n".join(paragraphs(strip_furniture(pages)))
    if not text.strip():
        raise ReportError(OCR_NO_TEXT)
    return text


def image_to_text(data: bytes, control: OcrControl | None = None) -> str:
    """The text of an image file (PNG, JPEG, TIFF: one page a frame), one paragraph a line.

    Raises:
        ReportError: damaged, too large, no text recognised, OCR not installed;
            OcrCancelled when the control says stop.
    """
    if not available():
        raise ReportError(NO_OCR)
    total = count_frames(data)
    frames = ((n, frame, 1.0) for n, frame in enumerate(image_frames(data)))
    return body_text(list(recognise_pages(frames, total, control)))
