"""Writing a chart to a PNG or SVG file, through the one atomic writer (core/writers/atomic.py).

pyqtgraph's exporters render the chart; the bytes are written to a temporary file
beside the target, checked (a PNG must end with its IEND chunk, an SVG with
``</svg>``) and only then renamed over the target. pyqtgraph's ImageExporter does
not say when saving fails, so the image is saved here and the result checked: a
failure leaves the previous file as it was and raises WriteFailed with a Chinese
message.
"""

from __future__ import annotations

import importlib
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QGraphicsScene

from ...core.writers.atomic import Incomplete, atomic_write

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
PNG_END = b"IEND\xaeB`\x82"


def tr(text: str) -> str:
    return QCoreApplication.translate("ChartExport", text)


def _incomplete() -> Incomplete:
    return Incomplete(tr("图表没有完整写出（磁盘可能已满）"))


def check_png(path: Path) -> None:
    """Raise Incomplete unless `path` starts and ends as a whole PNG file."""
    with open(path, "rb") as f:
        head = f.read(len(PNG_SIGNATURE))
        f.seek(0, 2)
        f.seek(max(0, f.tell() - len(PNG_END)))
        tail = f.read()
    if head != PNG_SIGNATURE or tail != PNG_END:
        raise _incomplete()


def check_svg(path: Path) -> None:
    """Raise Incomplete unless `path` ends with the closing ``</svg>`` tag."""
    with open(path, "rb") as f:
        f.seek(0, 2)
        f.seek(max(0, f.tell() - 64))
        tail = f.read()
    if b"</svg>" not in tail:
        raise _incomplete()


@contextmanager
def _svg_paths_fixed():
    """Let pyqtgraph's SVG exporter read the closed paths Qt 6.11 writes.

    Its coordinate fixer expects every token of a path to be "x,y" and fails on
    the closing "Z" of the view's background rectangle. The token is dropped
    before the fixer runs; the shapes concerned start and end at the same point.
    """
    module = importlib.import_module("pyqtgraph.exporters.SVGExporter")
    original = module.correctCoordinates

    def fixed(node, defs, item, options):
        for path in node.getElementsByTagName("path"):
            d = path.getAttribute("d")
            if "Z" in d:
                path.setAttribute("d", " ".join(t for t in d.split() if t != "Z"))
        return original(node, defs, item, options)

    module.correctCoordinates = fixed
    try:
        yield
    finally:
        module.correctCoordinates = original


def svg_bytes(scene: QGraphicsScene) -> bytes:
    """The scene as an SVG document (vector output through pyqtgraph's SVG exporter)."""
    from pyqtgraph.exporters import SVGExporter

    with _svg_paths_fixed():
        return SVGExporter(scene).export(toBytes=True)


def write_chart(scene: QGraphicsScene, path: str | Path, width: int) -> None:
    """Write `scene` to `path`: SVG if its suffix says so, else PNG `width` pixels wide.

    Raises:
        WriteFailed: with a Chinese message; the file at `path` is left as it was.
    """
    target = Path(path)
    if target.suffix.lower() == ".svg":
        data = svg_bytes(scene)
        atomic_write(target, lambda tmp: tmp.write_bytes(data), check_svg)
    else:
        _write_png(scene, target, width)


def _write_png(scene: QGraphicsScene, target: Path, width: int) -> None:
    """Render `scene` `width` pixels wide and save it as PNG at `target`, atomically."""
    from pyqtgraph.exporters import ImageExporter

    exporter = ImageExporter(scene)
    exporter.parameters()["width"] = width
    image = exporter.export(toBytes=True)

    def write(tmp: Path) -> None:
        if image is None or image.isNull() or not image.save(str(tmp), "PNG"):
            raise _incomplete()

    atomic_write(target, write, check_png)
