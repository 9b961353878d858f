"""The OCR engine: RapidOCR (PP-OCR models run by onnxruntime), loaded once, offline.

The optional dependency group `ocr` installs it (pip install 'lawgov-gui[ocr]'). Its
detection and recognition models ship inside the rapidocr wheel; they are named here by
path, so the engine never looks for (or downloads) a model elsewhere. onnxruntime gets
two threads for one page (the reader's machine has few cores and a window to keep
responsive); the angle classifier is off (pages are upright, or nearly: photographs).

`recognise` is serialised by one lock: one engine, one page at a time.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from importlib import resources
from typing import Any

from ..errors import ReportError
from .messages import NO_OCR, OCR_BROKEN

THREADS = 2  # onnxruntime's intra-op threads

_LOCK = threading.Lock()
_engine: Any = None


@dataclass(frozen=True, slots=True)
class Box:
    """One recognised piece of text, in the pixels of the image it was found in.

    Attributes:
        text: what was read.
        score: the recogniser's confidence, 0 to 1.
        corners: the four corners (x, y), clockwise from the top left.
    """

    text: str
    score: float
    corners: tuple[tuple[float, float], ...]


def _model(folder: Any, kind: str) -> str:
    """The path of the one bundled model of `kind` (det, rec or cls)."""
    found = sorted(str(p) for p in folder.iterdir() if kind in p.name and p.name.endswith(".onnx"))
    if not found:
        raise ReportError(OCR_BROKEN)
    return found[0]


def _load() -> Any:
    """A new RapidOCR engine on its bundled models."""
    try:
        from rapidocr import RapidOCR
    except ImportError:
        raise ReportError(NO_OCR) from None
    models = resources.files("rapidocr") / "models"
    params = {
        "Global.log_level": "error", "Global.use_cls": False, "Global.max_side_len": 6000,
        "Global.text_score": 0.3,
        # detect on the page as prepared (ocr_image), at most 1280 pixels high (0.73 of a
        # 150-dpi A4 page: the same lines found, 30 % less processor time), and never
        # enlarged (by default a small image's short side is blown up to 736 pixels)
        "Det.limit_type": "max", "Det.limit_side_len": 1280,
        "Rec.rec_batch_num": 1,  # a line at a time: as fast, and a fraction of the memory
        "EngineConfig.onnxruntime.intra_op_num_threads": THREADS,
        "EngineConfig.onnxruntime.inter_op_num_threads": 1,
        "Det.model_path": _model(models, "det"), "Rec.model_path": _model(models, "rec"),
        "Cls.model_path": _model(models, "cls"),
    }
    try:
        return RapidOCR(params=params)
    except Exception:  # a damaged installation: the models or onnxruntime
        raise ReportError(OCR_BROKEN) from None


def available() -> bool:
    """True when the OCR group is installed (without loading the models)."""
    try:
        import onnxruntime  # noqa: F401
        import rapidocr  # noqa: F401
    except ImportError:
        return False
    return True


def recognise(image: Any) -> list[Box]:
    """The text boxes of `image` (a BGR uint8 numpy array), in the engine's order.

    Raises:
        ReportError: the OCR group is not installed or is damaged.
    """
    global _engine
    with _LOCK:
        if _engine is None:
            _engine = _load()
        result = _engine(image)
    if result.boxes is None or result.txts is None:
        return []
    return [Box(text, float(score), tuple((float(x), float(y)) for x, y in corners))
            for text, score, corners in zip(result.txts, result.scores, result.boxes,
                                            strict=True)]
