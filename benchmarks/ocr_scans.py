"""Scans of the seed report, made by other software: LibreOffice, poppler, img2pdf, Pillow.

    python benchmarks/ocr_scans.py tests/data/ocr     # the committed test fixture

LibreOffice typesets the seed (.txt) as a PDF with the bundled Noto Sans SC (a private
fontconfig file points at it: the machine may have no Chinese font); poppler's pdftoppm
renders its pages to grey PNGs; img2pdf wraps them into an image-only PDF (a scan);
Pillow turns a page 2° and saves it as a JPEG of quality 80 (a photographed page).
`bench_ocr` and the OCR evaluation make the large scans (300 dpi, 100 pages) the same way.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "jilin-2023-fazhi-zhengfu-report.txt"
FONTS = ROOT / "lawgov_gui" / "resources" / "fonts"
_FONTS_CONF = """<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig><include ignore_missing="yes">/etc/fonts/fonts.conf</include>
<dir>{fonts}</dir><cachedir>{cache}</cachedir></fontconfig>
"""


def seed_pdf(out: Path) -> Path:
    """The seed typeset by LibreOffice (a PDF with a text layer) in `out`."""
    with tempfile.TemporaryDirectory() as tmp:
        conf = Path(tmp) / "fonts.conf"
        conf.write_text(_FONTS_CONF.format(fonts=FONTS, cache=Path(tmp) / "cache"))
        env = {"FONTCONFIG_FILE": str(conf), "PATH": "/usr/bin:/bin", "HOME": tmp}
        subprocess.run(["soffice", f"-env:UserInstallation=file://{tmp}/profile", "--headless",
                        "--convert-to", "pdf", "--outdir", str(out), str(SEED)],
                       check=True, env=env, capture_output=True, timeout=300)
    return out / (SEED.stem + ".pdf")


def page_images(pdf: Path, dpi: int, out: Path, pages: int | None = None) -> list[Path]:
    """The pages of `pdf` as grey PNGs at `dpi` (pdftoppm), the first `pages` only if given."""
    last = ["-l", str(pages)] if pages else []
    subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", "-png", *last, str(pdf),
                    str(out / f"p{dpi}")], check=True, timeout=300)
    return sorted(out.glob(f"p{dpi}-*.png"))


def wrap(images: list[Path], target: Path) -> Path:
    """An image-only PDF of `images`, one a page (img2pdf), at `target`."""
    subprocess.run(["img2pdf", "-o", str(target), *map(str, images)], check=True, timeout=300)
    return target


def photo(image: Path, target: Path) -> Path:
    """`image` turned 2° on a white ground and saved as a JPEG of quality 80."""
    from PIL import Image

    page = Image.open(image).convert("L")
    page.rotate(2, resample=Image.Resampling.BICUBIC, expand=True, fillcolor=255).save(
        target, quality=80)
    return target


def grey4(image: Path, target: Path) -> Path:
    """`image` with four grey levels (a 2-bit PNG: a small file, still a grey scan)."""
    from PIL import Image

    page = Image.open(image)
    page.convert("L").quantize(colors=4).save(target, optimize=True, bits=2,
                                              dpi=page.info.get("dpi", (150, 150)))
    return target


def main(out: Path) -> None:
    """The committed fixture: the first page at 150 dpi in four grey levels, as a scan
    (tests make the photographed page from it with `photo`)."""
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        pdf = seed_pdf(Path(tmp))
        first = page_images(pdf, 150, Path(tmp), pages=1)
        wrap([grey4(first[0], Path(tmp) / "grey4.png")], out / "scan150.pdf")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
