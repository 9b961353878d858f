"""Page images: recognised by signature, refused when damaged or too large, prepared."""

from __future__ import annotations

import io

import pytest

from lawgov_gui.core import ReportError
from lawgov_gui.core.readers import ocr_image
from lawgov_gui.core.readers.messages import IMAGE_CORRUPT
from lawgov_gui.core.readers.ocr_image import image_frames, is_image, prepare

Image = pytest.importorskip("PIL.Image", reason="the ocr group (Pillow) is not installed")


def _encoded(fmt: str, size: tuple[int, int] = (40, 30), frames: int = 1) -> bytes:
    out = io.BytesIO()
    images = [Image.new("RGB", size, (255, 255, 255)) for _ in range(frames)]
    images[0].save(out, fmt, save_all=frames > 1, append_images=images[1:])
    return out.getvalue()


@pytest.mark.parametrize("fmt", ["PNG", "JPEG", "TIFF"])
def test_images_are_recognised_by_their_first_bytes(fmt: str) -> None:
    assert is_image(_encoded(fmt))


@pytest.mark.parametrize("data", [b"%PDF-1.7", b"PK\x03\x04", b"GIF89a", "报告".encode()])
def test_other_files_are_not_images(data: bytes) -> None:
    assert not is_image(data)


def test_a_tiff_gives_each_frame() -> None:
    assert [f.size for f in image_frames(_encoded("TIFF", (30, 20), frames=3))] == [(30, 20)] * 3


@pytest.mark.parametrize("cut", [0.5, 0.1])
def test_damaged_image(cut: float) -> None:
    data = _encoded("PNG", (200, 200))
    with pytest.raises(ReportError) as info:
        list(image_frames(data[:int(len(data) * cut)]))
    assert info.value.message == IMAGE_CORRUPT


def test_too_many_pixels_are_refused_before_decoding(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ocr_image, "MAX_PIXELS", 1000)
    with pytest.raises(ReportError) as info:
        list(image_frames(_encoded("PNG", (100, 100))))
    assert info.value.message == "图片太大（1 万像素，上限 0 万像素），无法识别。"


def test_prepare_whitens_red_and_blue_ink_and_squeezes() -> None:
    page = Image.new("RGB", (100, 50), (255, 255, 255))
    page.paste((20, 20, 20), (0, 0, 20, 50))  # black text
    page.paste((220, 30, 40), (40, 0, 60, 50))  # a red seal
    page.paste((30, 40, 200), (80, 0, 100, 50))  # blue ink
    prepared = prepare(page)
    pixels = prepared.pixels
    assert pixels.shape == (50, 70, 3)
    assert (prepared.x_scale, prepared.y_scale, prepared.width) == (0.7, 1.0, 100)
    assert pixels[25, 5, 0] < 60 and pixels[25, 35, 0] == 255 and pixels[25, 63, 0] == 255


def test_a_large_image_is_scaled_to_the_target() -> None:
    prepared = prepare(Image.new("RGB", (2000, 3508), (255, 255, 255)), 0.24)
    assert prepared.pixels.shape[0] == ocr_image.TARGET_SIDE
    assert prepared.height == pytest.approx(3508 * 0.24)


def test_a_decompression_bomb_is_refused_on_opening(monkeypatch: pytest.MonkeyPatch) -> None:
    """Pillow warns of an image over its own limit as it opens it: refused, not decoded."""
    data = _encoded("PNG", (100, 100))
    monkeypatch.setattr(Image, "MAX_IMAGE_PIXELS", 1000)
    with pytest.raises(ReportError) as info:
        list(image_frames(data))
    assert info.value.message == "图片声明的尺寸远超 8000 万像素的上限（疑似图像炸弹），为安全起见不予打开。"
