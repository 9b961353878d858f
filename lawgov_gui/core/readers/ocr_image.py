"""Page images for OCR: image files recognised by signature, opened with care, prepared.

A page image (PNG, JPEG, TIFF, one page a frame) is recognised by its first bytes,
whatever its extension, and refused when damaged or over MAX_PIXELS before it is
decoded. `prepare` turns a page (a file's frame, or a PDF page rendered by pdfium)
into what the recogniser reads: red and blue ink (seals, signatures, a reviewer's
marks) turned white, so a seal's text never reaches the body; grey; scaled so that
body text is some 20 pixels high; and squeezed horizontally (SQUEEZE): recognition
costs time in proportion to a line's width, and the square Chinese characters read
as well at 0.7 of their width.
"""

from __future__ import annotations

import io
import warnings
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from ..errors import ReportError
from .messages import IMAGE_BOMB, IMAGE_CORRUPT, IMAGE_TOO_BIG, NO_OCR

MAX_PIXELS = 80_000_000  # a 600-dpi A3 scan is 70 million
MAX_FRAMES = 2000  # as many pages as a PDF may have
RENDER_DPI = 150  # a PDF page is rendered at this resolution
TARGET_SIDE = 1754  # the long side of an A4 page at 150 dpi: larger images are scaled down
SQUEEZE = 0.7

_SIGNATURES = (b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff", b"II*\x00", b"MM\x00*")


@dataclass(frozen=True, slots=True)
class Prepared:
    """A page ready for the recogniser and how to map its pixels back.

    Attributes:
        pixels: BGR uint8 array (the recogniser's input).
        x_scale, y_scale: prepared pixels per unit of the page (a pixel of the
            original image, or a PDF point).
        width, height: the page's size in those units.
    """

    pixels: Any
    x_scale: float
    y_scale: float
    width: float
    height: float


def is_image(data: bytes) -> bool:
    """True for the first bytes of a PNG, JPEG or TIFF file."""
    return data.startswith(_SIGNATURES)


def _pil() -> Any:
    try:
        from PIL import Image
    except ImportError:
        raise ReportError(NO_OCR) from None
    return Image


def _open(data: bytes) -> Any:
    """The image file opened (not decoded); Pillow's decompression-bomb warning is an error.

    Raises:
        ReportError: damaged, not an image, or far beyond MAX_PIXELS.
    """
    image_module = _pil()
    with warnings.catch_warnings():
        warnings.simplefilter("error", image_module.DecompressionBombWarning)
        try:
            return image_module.open(io.BytesIO(data))
        except (image_module.DecompressionBombWarning, image_module.DecompressionBombError):
            raise ReportError(IMAGE_BOMB.format(MAX_PIXELS // 10_000)) from None
        except (OSError, ValueError, SyntaxError):
            raise ReportError(IMAGE_CORRUPT) from None


def image_frames(data: bytes) -> Iterator[Any]:
    """The pages of an image file (a TIFF's frames), each an RGB PIL image.

    Raises:
        ReportError: damaged, not an image, more than MAX_PIXELS a page.
    """
    image = _open(data)
    from PIL import ImageOps, ImageSequence

    try:
        for n, frame in enumerate(ImageSequence.Iterator(image)):
            if n >= MAX_FRAMES:
                return
            w, h = frame.size
            if w * h > MAX_PIXELS:
                raise ReportError(IMAGE_TOO_BIG.format(w * h // 10_000, MAX_PIXELS // 10_000))
            yield ImageOps.exif_transpose(frame).convert("RGB")
    except (OSError, ValueError, SyntaxError):
        raise ReportError(IMAGE_CORRUPT) from None


def count_frames(data: bytes) -> int:
    """How many pages an image file holds (without decoding them)."""
    return min(getattr(_open(data), "n_frames", 1), MAX_FRAMES)


def _without_ink(rgb: Any) -> Any:
    """The grey levels of an RGB array, strongly red or blue pixels made white."""
    import numpy as np

    c = rgb.astype(np.int16)
    r, g, b = c[..., 0], c[..., 1], c[..., 2]
    red = (r - np.maximum(g, b) > 60) & (r > 110)
    blue = (b - np.maximum(r, g) > 50) & (b > 90)
    grey = (0.299 * r + 0.587 * g + 0.114 * b).astype(np.uint8)
    grey[red | blue] = 255
    return grey


def prepare(image: Any, units_per_pixel: float = 1.0) -> Prepared:
    """`image` (an RGB PIL image) made ready for the recogniser.

    Args:
        image: the page.
        units_per_pixel: the page's units in one of its pixels (72 / dpi for a
            rendered PDF page, whose units are points; 1 for an image file).
    """
    import numpy as np

    w, h = image.size
    shrink = min(1.0, TARGET_SIDE / max(w, h))
    size = (max(1, round(w * shrink * SQUEEZE)), max(1, round(h * shrink)))
    small = image.resize(size, _pil().Resampling.LANCZOS)
    grey = _without_ink(np.asarray(small))
    pixels = np.ascontiguousarray(np.repeat(grey[..., None], 3, axis=2))
    return Prepared(pixels, size[0] / (w * units_per_pixel), size[1] / (h * units_per_pixel),
                    w * units_per_pixel, h * units_per_pixel)
