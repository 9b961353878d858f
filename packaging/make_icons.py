"""Render the application icon from its SVG source into every format the packages need.

    QT_QPA_PLATFORM=offscreen .venv/bin/python packaging/make_icons.py

Source: resources/icons/lawgov-gui.svg (edit that, then rerun this script and commit the
results). Writes:

* resources/icons/hicolor/<n>x<n>/apps/io.github.lawgov_gui.png for n in SIZES, and
  resources/icons/hicolor/scalable/apps/io.github.lawgov_gui.svg (freedesktop icon theme
  layout: copy the hicolor tree into /usr/share/icons/ or ~/.local/share/icons/);
* lawgov_gui/resources/icons/lawgov-gui.svg and lawgov-gui-256.png (the window icon,
  shipped inside the Python package);
* packaging/windows/lawgov-gui.ico (every size, each entry a PNG image: Windows Vista and
  later, PyInstaller and Inno Setup 6 all read PNG-compressed icon entries).

Only PySide6 is needed (QtSvg renders the SVG); the ICO container is written by hand.
"""

from __future__ import annotations

import os
import shutil
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parent.parent
APP_ID = "io.github.lawgov_gui"
SVG = ROOT / "resources" / "icons" / "lawgov-gui.svg"
HICOLOR = ROOT / "resources" / "icons" / "hicolor"
PACKAGE_ICONS = ROOT / "lawgov_gui" / "resources" / "icons"
ICO = ROOT / "packaging" / "windows" / "lawgov-gui.ico"
SIZES = (16, 24, 32, 48, 64, 128, 256)


def render_png(renderer: QSvgRenderer, size: int) -> bytes:
    """The SVG drawn on a transparent size x size canvas, as PNG bytes."""
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    # The stubs want bytes for the format, PySide6 at run time a str.
    if not image.convertToFormat(QImage.Format.Format_ARGB32).save(buffer, "PNG"):  # type: ignore[call-overload]
        raise RuntimeError(f"could not encode the {size} px PNG")
    buffer.close()
    return bytes(data.data())


def ico_bytes(images: dict[int, bytes]) -> bytes:
    """An ICO file holding one PNG-compressed 32-bit entry per size (smallest first).

    ICONDIR: reserved 0, type 1 (icon), count; then one 16-byte ICONDIRENTRY per image:
    width, height (0 means 256), colour count 0, reserved 0, planes 1, bits per pixel 32,
    size of the image data, offset of the image data from the start of the file.
    """
    sizes = sorted(images)
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = len(header) + 16 * len(sizes)
    entries, blobs = [], []
    for size in sizes:
        if not 1 <= size <= 256:
            raise ValueError(f"an ICO entry cannot be {size} px")
        blob = images[size]
        dim = 0 if size == 256 else size
        entries.append(struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(blob), offset))
        blobs.append(blob)
        offset += len(blob)
    return header + b"".join(entries) + b"".join(blobs)


def write(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    print(f"  {path.relative_to(ROOT)} ({len(data)} bytes)")


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        print(f"make_icons: cannot read {SVG}", file=sys.stderr)
        return 1
    print(f"make_icons: rendering {SVG.relative_to(ROOT)}")
    pngs = {size: render_png(renderer, size) for size in SIZES}
    for size, png in pngs.items():
        write(HICOLOR / f"{size}x{size}" / "apps" / f"{APP_ID}.png", png)
    scalable = HICOLOR / "scalable" / "apps" / f"{APP_ID}.svg"
    scalable.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(SVG, scalable)
    print(f"  {scalable.relative_to(ROOT)} (copy)")
    PACKAGE_ICONS.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(SVG, PACKAGE_ICONS / "lawgov-gui.svg")
    print(f"  {(PACKAGE_ICONS / 'lawgov-gui.svg').relative_to(ROOT)} (copy)")
    write(PACKAGE_ICONS / "lawgov-gui-256.png", pngs[256])
    write(ICO, ico_bytes(pngs))
    return 0


if __name__ == "__main__":
    sys.exit(main())
