"""The bundled CJK font and the fonts the GUI uses.

Chinese must render on a machine without any CJK system font, so the package
ships "Lawgov Noto Sans SC" (``resources/fonts/LawgovNotoSansSC-Regular.otf``,
a subset of Noto Sans CJK SC under the SIL Open Font License 1.1, licence in
``resources/fonts/OFL.txt``; built by ``packaging/fonts/make_subset.py``). It
covers ASCII, Latin-1, common punctuation and report symbols, all of GB2312
and Big5 level 1.

The report text view reads in the bundled family itself, so every character of
a report is drawn from one known font; anything outside the subset still falls
back to Qt's per-script system fallback. The rest of the UI keeps the platform's
default family and lists the bundled family after it, so menus in Chinese fall
back to it instead of to tofu.

The printed summary's fallbacks for the 公文 typefaces are bundled too, and
registered on the first print (``register_print_fonts``), not at start-up:
"Lawgov Noto Serif SC" (Noto Serif CJK SC: body, for 仿宋/宋体), "Lawgov Noto
Serif SC Bold" (the title, for 小标宋) and "Lawgov WenKai SC" (LXGW WenKai:
level-2 headings, for 楷体), each with its OFL licence file next to it.

Every function here needs a QGuiApplication (or QApplication) to exist.
"""

from __future__ import annotations

import threading
import unicodedata
from importlib import resources
from importlib.resources.abc import Traversable

from PySide6.QtCore import QByteArray, QCoreApplication
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication, QRawFont

from ...core.summary.layout import PRINT_FALLBACKS

BUNDLED_FAMILY = "Lawgov Noto Sans SC"
FONT_FILE = "LawgovNotoSansSC-Regular.otf"
LICENSE_FILE = "OFL.txt"
# The printed summary's bundled families: font file, licence file.
PRINT_FONTS = dict(zip(PRINT_FALLBACKS, (
    ("LawgovNotoSerifSC-Regular.otf", "OFL-NotoSerif.txt"),
    ("LawgovNotoSerifSC-Bold.otf", "OFL-NotoSerifBold.txt"),
    ("LawgovWenKaiSC-Regular.ttf", "OFL-WenKai.txt"),
), strict=True))

_registered: tuple[int, str] | None = None  # (application font id, family)
_print_registered: set[str] = set()
_print_lock = threading.Lock()  # the PDF export lays its summary out on a pool thread


def font_resource(name: str | None = None) -> Traversable:
    """Locate a file of the package's ``resources/fonts`` directory.

    Args:
        name: file name inside ``lawgov_gui/resources/fonts``; the font by default.

    Returns:
        The resource, readable with ``read_bytes()``/``read_text()`` whether the
        package is installed as files or inside a zip.
    """
    return resources.files("lawgov_gui") / "resources" / "fonts" / (name or FONT_FILE)


def license_text() -> str:
    """Return the bundled font's licence (copyright line and SIL OFL 1.1 text)."""
    return font_resource(LICENSE_FILE).read_text(encoding="utf-8")


def register_bundled_font() -> str:
    """Add the bundled font to Qt's application fonts, once.

    Calling it again returns the family registered the first time without
    adding the font a second time.

    Returns:
        The family name Qt knows the font by ("Lawgov Noto Sans SC").

    Raises:
        RuntimeError: no QGuiApplication exists yet, the font file is missing
            from the package, or Qt cannot load it.
    """
    global _registered
    if not isinstance(QCoreApplication.instance(), QGuiApplication):
        raise RuntimeError("the bundled font needs a QGuiApplication; create the application first")
    if _registered is not None:
        font_id, family = _registered
        if family in QFontDatabase.applicationFontFamilies(font_id):
            return family
    try:
        data = font_resource().read_bytes()
    except OSError as e:
        raise RuntimeError(f"bundled font {FONT_FILE} is missing from lawgov_gui/resources/fonts: {e}") from e
    font_id = QFontDatabase.addApplicationFontFromData(QByteArray(data))
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    if not families:
        raise RuntimeError(f"Qt could not load the bundled font {FONT_FILE} ({len(data)} bytes)")
    _registered = (font_id, families[0])
    return families[0]


def register_print_fonts() -> list[str]:
    """Add the printed summary's bundled fonts to Qt's application fonts, once.

    Returns:
        The families registered (those of ``PRINT_FONTS``).

    Raises:
        RuntimeError: no QGuiApplication exists yet, or a font file is missing
            or cannot be loaded.
    """
    register_bundled_font()
    with _print_lock:
        for family, (file, _licence) in PRINT_FONTS.items():
            if family not in _print_registered:
                _add_font(file, family)
                _print_registered.add(family)
    return list(PRINT_FONTS)


def _add_font(file: str, family: str) -> None:
    """Register the bundled font `file`, which must be of `family`."""
    try:
        data = font_resource(file).read_bytes()
    except OSError as e:
        raise RuntimeError(f"bundled font {file} is missing from lawgov_gui/resources/fonts: {e}") from e
    font_id = QFontDatabase.addApplicationFontFromData(QByteArray(data))
    if family not in (QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []):
        raise RuntimeError(f"Qt could not load the bundled font {file} as {family!r}")


def reading_font(point_size: float) -> QFont:
    """Return the font of the report text view.

    The bundled family is the only family asked for, so every character the
    subset covers is drawn from it whatever fonts the system has; characters
    outside the subset still go through Qt's system fallback.

    Args:
        point_size: size in points; must be positive.

    Returns:
        A QFont for the bundled family at `point_size`.
    """
    if point_size <= 0:
        raise ValueError(f"point size must be positive, not {point_size}")
    font = QFont()
    font.setFamilies([register_bundled_font()])
    font.setStyleHint(QFont.StyleHint.SansSerif)
    font.setPointSizeF(point_size)
    return font


def ui_font_families() -> list[str]:
    """Return the font families for the application's own UI (menus, dialogs).

    The platform's default family comes first, so Latin text looks native; the
    bundled family follows as the fallback that guarantees Chinese labels render
    without a system CJK font. Use it as
    ``font = app.font(); font.setFamilies(ui_font_families()); app.setFont(font)``.

    Returns:
        The platform default family followed by the bundled family.
    """
    bundled = register_bundled_font()
    default = QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont).family()
    return [default, bundled] if default and default != bundled else [bundled]


def _needs_glyph(char: str) -> bool:
    """Whether `char` is drawn with a glyph (not whitespace or a control/format char)."""
    return not char.isspace() and unicodedata.category(char) not in ("Cc", "Cf")


def missing_glyphs(font: QFont, text: str) -> set[str]:
    """Return the characters of `text` that `font` itself has no glyph for.

    Only the font Qt resolves `font` to is consulted (its first family, as
    QRawFont.fromFont picks it), not the fallback fonts Qt would use for the
    rest, so an empty result means the text renders entirely in that font.
    Whitespace and control or format characters are ignored.

    Args:
        font: the font to check, e.g. ``reading_font(12)``.
        text: the text that will be shown in it.

    Returns:
        The characters without a glyph; empty if every character is covered.
    """
    wanted = {c for c in text if _needs_glyph(c)}
    raw = QRawFont.fromFont(font)
    if not raw.isValid():
        return wanted
    return {c for c in wanted if not raw.supportsCharacter(ord(c))}
