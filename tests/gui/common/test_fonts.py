"""The bundled CJK font: registration, glyph coverage and what actually gets painted."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QFontDatabase, QFontInfo, QImage, QPainter, QTextLayout

from lawgov_gui.core.summary.layout import PRINT_FALLBACKS
from lawgov_gui.gui.common import fonts

TRADITIONAL = "吉林省人民政府關於法治政府建設年度報告：堅持依法行政，嚴格規範公正文明執法，讓人民群眾滿意。"
FULL_WIDTH = "０１２３４５６７８９％＋－＝，。：；！？（）【】《》〈〉「」『』“”‘’、·—…～￥"
SYMBOLS = "→✓✗×÷±≥≤‰—·•①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
NO_GLYPH = "\ue000"  # private use: no font has a glyph for it, so Qt draws tofu


def glyph_run_families(font: QFont, text: str) -> set[str]:
    """Families of the physical fonts Qt lays `text` out with (after fallback)."""
    layout = QTextLayout(text, font)
    layout.beginLayout()
    while layout.createLine().isValid():
        pass
    layout.endLayout()
    return {run.rawFont().familyName() for run in layout.glyphRuns()}


def render(font: QFont, text: str, width: int = 120, height: int = 80) -> QImage:
    """Paint `text` black on white in `font` and return the greyscale image."""
    image = QImage(width, height, QImage.Format.Format_Grayscale8)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setFont(font)
    painter.setPen(QColor("black"))
    painter.drawText(image.rect(), Qt.AlignmentFlag.AlignCenter, text)
    painter.end()
    return image


def ink(image: QImage) -> int:
    """Number of pixels that are clearly not background."""
    return sum(
        1 for y in range(image.height()) for x in range(image.width()) if image.pixelColor(x, y).value() < 160
    )


def pixels(image: QImage) -> bytes:
    """The image's pixel rows (without line padding), for comparing renderings."""
    bits = bytes(image.constBits())
    stride = image.bytesPerLine()
    return b"".join(bits[y * stride : y * stride + image.width()] for y in range(image.height()))


@pytest.fixture
def font(qapp) -> QFont:
    """The reading font at a size big enough to compare glyph shapes."""
    return fonts.reading_font(28)


def test_register_twice_returns_the_same_family(qapp):
    first = fonts.register_bundled_font()
    assert first == fonts.BUNDLED_FAMILY
    assert fonts.register_bundled_font() == first


def test_missing_font_file_is_a_clear_error(qapp, monkeypatch):
    monkeypatch.setattr(fonts, "_registered", None)
    monkeypatch.setattr(fonts, "FONT_FILE", "no-such-font.otf")
    with pytest.raises(RuntimeError, match=r"no-such-font\.otf"):
        fonts.register_bundled_font()


def test_font_and_licence_ship_in_the_package():
    folder = resources.files("lawgov_gui") / "resources" / "fonts"
    font_file = folder / fonts.FONT_FILE
    assert font_file.is_file()
    assert font_file.read_bytes()[:4] == b"OTTO"  # OpenType with CFF outlines
    licence = (folder / fonts.LICENSE_FILE).read_text(encoding="utf-8")
    assert "SIL OPEN FONT LICENSE Version 1.1" in licence
    assert "Copyright 2014-2021 Adobe" in licence
    assert fonts.license_text() == licence


def test_reading_font_resolves_to_the_bundled_family(font):
    assert QFontInfo(font).family() == fonts.BUNDLED_FAMILY
    assert font.pointSizeF() == 28


def test_reading_font_rejects_a_non_positive_size(qapp):
    with pytest.raises(ValueError):
        fonts.reading_font(0)


def test_every_seed_character_has_a_glyph(font, seed_path: Path):
    text = seed_path.read_text(encoding="utf-8")
    assert fonts.missing_glyphs(font, text) == set()


def test_seed_is_laid_out_in_the_bundled_font_only(font, seed_path: Path):
    text = seed_path.read_text(encoding="utf-8")
    assert glyph_run_families(font, text) == {fonts.BUNDLED_FAMILY}


@pytest.mark.parametrize("text", [TRADITIONAL, FULL_WIDTH, SYMBOLS], ids=["traditional", "full-width", "symbols"])
def test_traditional_full_width_and_symbols_have_glyphs(font, text):
    assert fonts.missing_glyphs(font, text) == set()
    assert glyph_run_families(font, text) == {fonts.BUNDLED_FAMILY}


def test_missing_glyphs_reports_what_the_font_lacks(font):
    assert fonts.missing_glyphs(font, "法治 \n\t\u200b") == set()  # whitespace, format chars ignored
    assert fonts.missing_glyphs(font, f"法{NO_GLYPH}治😀") == {NO_GLYPH, "😀"}


def test_ui_families_put_the_platform_default_first_and_the_bundled_font_last(qapp):
    families = fonts.ui_font_families()
    assert families[-1] == fonts.BUNDLED_FAMILY
    assert len(families) == len(set(families))
    ui = QFont()
    ui.setFamilies(families)
    # Chinese menu text comes from the bundled font unless the platform default
    # itself has the glyphs (a system CJK UI font); with neither it would be tofu.
    menu = "文件 编辑 视图 帮助"
    default_covers = not fonts.missing_glyphs(QFont(families[0]), menu)
    assert default_covers or fonts.BUNDLED_FAMILY in glyph_run_families(ui, menu)
    assert ink(render(ui, "文件")) > 50


@pytest.mark.parametrize("char", list("法治政府建設報告①✓％"))
def test_characters_paint_real_glyphs_not_tofu(font, char):
    tofu = render(font, NO_GLYPH)
    blank = render(font, "")
    image = render(font, char)
    assert ink(blank) == 0
    assert ink(image) > 20, f"{char!r} painted (almost) nothing"
    assert pixels(image) != pixels(tofu), f"{char!r} painted the same box as a character with no glyph"


def test_a_line_of_the_seed_paints_ink(font, seed_path: Path):
    line = next(ln for ln in seed_path.read_text(encoding="utf-8").splitlines() if len(ln) > 30)[:20]
    image = render(font, line, width=700, height=60)
    assert ink(image) > 1000


# --- the printed summary's fonts ---------------------------------------------------------------

GB2312_SAMPLE = "中华人民共和国国务院办公厅关于印发法治政府建设实施纲要的通知"


def test_print_fonts_register_once_as_their_own_families(qapp):
    families = fonts.register_print_fonts()
    assert families == list(fonts.PRINT_FONTS) == list(PRINT_FALLBACKS)
    assert fonts.register_print_fonts() == families
    for family in families:
        assert QFontDatabase.families().count(family) == 1, family
        assert "LXGW" not in family and "霞鹜" not in family  # Reserved Font Names of WenKai


@pytest.mark.parametrize("family", PRINT_FALLBACKS)
def test_print_fonts_cover_the_seed_and_gb2312(qapp, seed_path: Path, family: str):
    fonts.register_print_fonts()
    font = QFont()
    font.setFamilies([family])
    font.setPointSize(16)
    assert QFontInfo(font).family() == family
    text = "".join(c for c in seed_path.read_text(encoding="utf-8") if "\u4e00" <= c <= "\u9fff")
    assert fonts.missing_glyphs(font, text + GB2312_SAMPLE) == set()


@pytest.mark.parametrize(("file", "licence"), list(fonts.PRINT_FONTS.values()))
def test_print_fonts_ship_with_their_licences(file: str, licence: str):
    assert fonts.font_resource(file).is_file()
    text = fonts.font_resource(licence).read_text(encoding="utf-8")
    assert "SIL OPEN FONT LICENSE Version 1.1" in text and file in text
    assert fonts.font_resource(file).read_bytes()[:4] in (b"OTTO", b"\0\1\0\0")


def test_a_missing_print_font_is_a_clear_error(qapp, monkeypatch):
    monkeypatch.setattr(fonts, "_print_registered", set())
    monkeypatch.setitem(fonts.PRINT_FONTS, PRINT_FALLBACKS[0], ("no-such-font.otf", "OFL.txt"))
    with pytest.raises(RuntimeError, match=r"no-such-font\.otf"):
        fonts.register_print_fonts()
