#!/usr/bin/env python3
"""Build the bundled CJK fallback font: a subset of Noto Sans CJK SC Regular.

What it does
    Takes the Simplified-Chinese face ("Noto Sans CJK SC", index 2) out of
    Debian's ``NotoSansCJK-Regular.ttc`` (package ``fonts-noto-cjk``, upstream
    https://github.com/notofonts/noto-cjk, SIL Open Font License 1.1), keeps
    only the characters a Chinese government report needs, renames the family
    to "Lawgov Noto Sans SC" and writes two runtime assets:

    * ``lawgov_gui/resources/fonts/LawgovNotoSansSC-Regular.otf`` (CFF OpenType)
    * ``lawgov_gui/resources/fonts/OFL.txt`` (copyright line + the OFL 1.1 text,
      the latter taken verbatim from the package's ``debian/copyright``)

    Character set (each code point only if the source font maps it):

    * ASCII and Latin-1, General Punctuation (U+2000-206F), CJK Symbols and
      Punctuation (U+3000-303F), Halfwidth and Fullwidth Forms (U+FF00-FFEF);
    * symbols used in reports: superscripts, currency, letterlike (℃ №),
      number forms (Ⅰ-Ⅻ), arrows, mathematical operators (≥ ≤ ± ≈),
      enclosed alphanumerics (①-⑳ ⑴ ⒈), box drawing, geometric shapes,
      miscellaneous symbols and dingbats (✓), enclosed CJK (㈠ ㊣),
      squared SI units (㎡ ㎏), CJK compatibility / small forms (U+FE30-FE6F);
    * every character encodable in GB2312;
    * every character of Big5 level 1 (the 5401 frequent hanzi, 0xA440-0xC67E)
      and the Big5 symbol rows (0xA140-0xA3BF), so traditional text renders;
    * every character of every ``seeds/*.txt`` file.

    U+2717 BALLOT X (✗) and U+2715 MULTIPLICATION X (✕) are not in Noto Sans
    CJK; the subset maps both to the SC face's full-width multiplication sign
    (the glyph of U+00D7 ×), so they render in the same weight as ✓ and the
    font stays a pure Noto Sans CJK derivative (no outlines from elsewhere).

    The GSUB ``locl`` feature (JP/KR/TC/HK regional glyph forms) is dropped:
    it would pull in thousands of alternate outlines, and the SC forms are
    what mainland reports use. Vertical-writing, proportional and kerning
    features are kept. The output is deterministic: ``head.modified`` is the
    source's, so running the script again reproduces the committed file
    byte for byte (with the same source font and fontTools version).

Where the source font comes from
    Debian bookworm ``fonts-noto-cjk`` 1:20220127+repack1-1 (Noto Sans CJK
    version 2.004). Installing the package system-wide would give the build
    machine a system CJK font, which hides exactly the bug the bundled font
    is for, so prefer downloading and unpacking it::

        apt-get update && apt-get download fonts-noto-cjk
        python packaging/fonts/make_subset.py --deb fonts-noto-cjk_*.deb

    If the package is installed, ``python packaging/fonts/make_subset.py``
    finds ``/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc`` and
    ``/usr/share/doc/fonts-noto-cjk/copyright`` by itself (or pass
    ``--ttc`` and ``--copyright``).

How to run
    fontTools is a build-time tool only, never a runtime dependency::

        .venv/bin/pip install 'fonttools==4.68.0'
        .venv/bin/python packaging/fonts/make_subset.py --deb fonts-noto-cjk_*.deb

    The script prints the character count, glyph count, file size and SHA-256.
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import subprocess
import sys
import tempfile
from collections.abc import Iterable
from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTFont

ROOT = Path(__file__).resolve().parents[2]
OUT_DIR = ROOT / "lawgov_gui" / "resources" / "fonts"
FONT_FILE = "LawgovNotoSansSC-Regular.otf"
LICENSE_FILE = "OFL.txt"
SEEDS = ROOT / "seeds"

FAMILY = "Lawgov Noto Sans SC"
POSTSCRIPT = "LawgovNotoSansSC-Regular"
SOURCE_FACE = "NotoSansCJKsc-Regular"

TTC_IN_PACKAGE = "usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
COPYRIGHT_IN_PACKAGE = "usr/share/doc/fonts-noto-cjk/copyright"
# SHA-256 of NotoSansCJK-Regular.ttc in fonts-noto-cjk 1:20220127+repack1-1.
EXPECTED_TTC_SHA256 = "b76b0433203017ca80401b2ee0dd69350349871c4b19d504c34dbdd80541690a"

# Code-point ranges kept when the source font has them (inclusive bounds).
RANGES: tuple[tuple[int, int], ...] = (
    (0x0020, 0x007E),  # ASCII
    (0x00A0, 0x00FF),  # Latin-1 Supplement
    (0x2000, 0x206F),  # General Punctuation
    (0x2070, 0x209F),  # Superscripts and Subscripts
    (0x20A0, 0x20CF),  # Currency Symbols
    (0x2100, 0x214F),  # Letterlike Symbols (℃ №)
    (0x2150, 0x218F),  # Number Forms (Ⅰ-Ⅻ)
    (0x2190, 0x21FF),  # Arrows
    (0x2200, 0x22FF),  # Mathematical Operators
    (0x2460, 0x24FF),  # Enclosed Alphanumerics (①-⑳)
    (0x2500, 0x257F),  # Box Drawing
    (0x25A0, 0x25FF),  # Geometric Shapes
    (0x2600, 0x26FF),  # Miscellaneous Symbols (★ ☆)
    (0x2700, 0x27BF),  # Dingbats (✓)
    (0x3000, 0x303F),  # CJK Symbols and Punctuation
    (0x3200, 0x32FF),  # Enclosed CJK Letters and Months (㈠)
    (0x3380, 0x33DF),  # squared SI units (㎡ ㎏ ㎞)
    (0xFE30, 0xFE6F),  # CJK Compatibility Forms, Small Form Variants
    (0xFF00, 0xFFEF),  # Halfwidth and Fullwidth Forms
)
# Characters the report reader must have whatever else changes.
REQUIRED_SYMBOLS = "→✓✗×÷±≥≤‰—·•" + "".join(chr(c) for c in range(0x2460, 0x2474))
# Missing from Noto Sans CJK: code point -> code point whose glyph stands in.
ALIASES = {0x2717: 0x00D7, 0x2715: 0x00D7}  # ✗ ✕ -> ×

LAYOUT_FEATURES_DROPPED = {"locl"}


def gb2312_chars() -> set[int]:
    """Return every code point encodable in GB2312 (double-byte area only)."""
    out: set[int] = set()
    for hi in range(0xA1, 0xF8):
        for lo in range(0xA1, 0xFF):
            with contextlib.suppress(UnicodeDecodeError):
                out.add(ord(bytes([hi, lo]).decode("gb2312")))
    return out


def big5_chars(first: int, last: int) -> set[int]:
    """Return the code points of the Big5 codes from `first` to `last`."""
    out: set[int] = set()
    for code in range(first, last + 1):
        lo = code & 0xFF
        if not (0x40 <= lo <= 0x7E or 0xA1 <= lo <= 0xFE):
            continue
        with contextlib.suppress(UnicodeDecodeError):
            out.add(ord(code.to_bytes(2, "big").decode("big5")))
    return out


def seed_chars() -> set[int]:
    """Return the non-control code points of every seeds/*.txt file."""
    out: set[int] = set()
    for path in sorted(SEEDS.glob("*.txt")):
        out |= {ord(c) for c in path.read_text(encoding="utf-8") if c.isprintable()}
    return out


def wanted_chars() -> tuple[set[int], dict[str, set[int]]]:
    """Return all wanted code points and the sets that must be fully covered."""
    required = {
        "GB2312": gb2312_chars(),
        "Big5 level 1": big5_chars(0xA440, 0xC67E),
        "seeds": seed_chars(),
        "report symbols": {ord(c) for c in REQUIRED_SYMBOLS},
    }
    wanted = {c for lo, hi in RANGES for c in range(lo, hi + 1)}
    wanted |= big5_chars(0xA140, 0xA3BF)
    for chars in required.values():
        wanted |= chars
    return wanted, required


def add_aliases(font: TTFont, aliases: dict[int, int]) -> None:
    """Map each missing code point to the glyph of its stand-in in every Unicode cmap."""
    for table in font["cmap"].tables:
        if not table.isUnicode():
            continue
        for code, target in aliases.items():
            if code not in table.cmap and target in table.cmap:
                table.cmap[code] = table.cmap[target]


def rename(font: TTFont, description: str) -> None:
    """Give the subset its own family and PostScript names (name table and CFF)."""
    name = font["name"]
    for record in list(name.names):
        if record.nameID in (1, 2, 3, 4, 5, 6, 10, 16, 17, 21, 22):
            name.removeNames(nameID=record.nameID)
    version = font["head"].fontRevision
    for name_id, value in (
        (1, FAMILY),
        (2, "Regular"),
        (3, f"{version:.3f};LAWGOV;{POSTSCRIPT}"),
        (4, FAMILY),
        (5, f"Version {version:.3f}; subset of Noto Sans CJK SC for lawgov_gui"),
        (6, POSTSCRIPT),
        (10, description),
    ):
        name.setName(value, name_id, 3, 1, 0x409)
    cff = font["CFF "].cff
    cff.fontNames = [POSTSCRIPT]
    top = cff.topDictIndex[0]
    top.FullName = FAMILY
    top.FamilyName = FAMILY
    if hasattr(top, "CIDFontName"):
        top.CIDFontName = POSTSCRIPT
    # The collection shares one CFF between faces, so the font dicts carry the
    # JP face's names ("NotoSansCJKjp-Regular-Ideographs"); keep only the suffix.
    for fd in getattr(top, "FDArray", []):
        prefix, sep, suffix = getattr(fd, "FontName", "").partition("-Regular")
        if sep and prefix.startswith("NotoSans"):
            fd.FontName = POSTSCRIPT + suffix


def license_text(copyright_file: Path) -> str:
    """Build OFL.txt: the upstream copyright line and the OFL 1.1 from debian/copyright."""
    lines = copyright_file.read_text(encoding="utf-8").splitlines()
    # The stand-alone "License: SIL-1.1" paragraph is the one followed by indented text.
    starts = [
        i + 1
        for i, line in enumerate(lines[:-1])
        if line == "License: SIL-1.1" and lines[i + 1].startswith(" ")
    ]
    if not starts:
        raise SystemExit(f"no SIL-1.1 licence paragraph in {copyright_file}")
    start = starts[0]
    body: list[str] = []
    for line in lines[start:]:
        if not line.startswith(" "):
            break
        body.append("" if line == " ." else line[1:])
    ofl = "\n".join(body).strip("\n")
    if "SIL OPEN FONT LICENSE Version 1.1" not in ofl:
        raise SystemExit(f"no OFL 1.1 text found in {copyright_file}")
    header = (
        f"{FAMILY} ({FONT_FILE}) is a subset of Noto Sans CJK SC Regular 2.004\n"
        "(https://github.com/notofonts/noto-cjk), made for lawgov_gui by\n"
        "packaging/fonts/make_subset.py. It is a Modified Version under the licence below\n"
        "and is distributed under the same licence.\n"
        "\n"
        "Copyright 2014-2021 Adobe (http://www.adobe.com/), with Reserved Font Name 'Source'.\n"
        "Source is a trademark of Adobe in the United States and/or other countries.\n"
        "Noto is a trademark of Google Inc.\n"
        "\n"
        "This Font Software is licensed under the SIL Open Font License, Version 1.1.\n"
        "This license is copied below, and is also available with a FAQ at:\n"
        "https://openfontlicense.org\n"
        "\n"
    )
    return header + ofl + "\n"


def subset_font(ttc: Path, chars: Iterable[int]) -> tuple[TTFont, set[int]]:
    """Return the SC face of `ttc` cut down to `chars` and the code points it kept."""
    index = None
    for i in range(32):
        try:
            probe = TTFont(ttc, fontNumber=i, lazy=True)
        except IndexError:
            break
        if probe["name"].getDebugName(6) == SOURCE_FACE:
            index = i
            break
    if index is None:
        raise SystemExit(f"{SOURCE_FACE} not found in {ttc}")
    font = TTFont(ttc, fontNumber=index, recalcTimestamp=False, recalcBBoxes=True)
    add_aliases(font, ALIASES)
    available = set(font.getBestCmap())
    keep = sorted(set(chars) & available)

    options = subset.Options()
    options.layout_features = sorted(set(options.layout_features) - LAYOUT_FEATURES_DROPPED)
    options.name_IDs = ["*"]
    options.name_languages = [0x409]
    options.name_legacy = False
    options.notdef_outline = True
    options.recalc_timestamp = False
    subsetter = subset.Subsetter(options=options)
    subsetter.populate(unicodes=keep)
    subsetter.subset(font)
    return font, set(font.getBestCmap())


def extract_deb(deb: Path, into: Path) -> tuple[Path, Path]:
    """Unpack a fonts-noto-cjk .deb with dpkg-deb and return (ttc, copyright)."""
    subprocess.run(["dpkg-deb", "-x", str(deb), str(into)], check=True)
    return into / TTC_IN_PACKAGE, into / COPYRIGHT_IN_PACKAGE


def sha256(path: Path) -> str:
    """Return the hex SHA-256 of a file."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


def build(ttc: Path, copyright_file: Path, out_dir: Path) -> None:
    """Write the subset font and its licence into `out_dir` and report on them."""
    digest = sha256(ttc)
    if digest != EXPECTED_TTC_SHA256:
        print(f"warning: {ttc} is not the expected fonts-noto-cjk 1:20220127 file", file=sys.stderr)
    wanted, required = wanted_chars()
    description = (
        "Subset of Noto Sans CJK SC Regular 2.004 (Debian fonts-noto-cjk 1:20220127+repack1-1) "
        "for lawgov_gui: ASCII, Latin-1, punctuation, report symbols, GB2312, Big5 level 1. "
        "Built by packaging/fonts/make_subset.py."
    )
    font, kept = subset_font(ttc, wanted)
    rename(font, description)
    missing = {label: chars - kept for label, chars in required.items()}
    missing = {label: chars for label, chars in missing.items() if chars}
    if missing:
        for label, chars in missing.items():
            shown = " ".join(f"U+{c:04X}" for c in sorted(chars)[:40])
            print(f"error: {len(chars)} {label} characters not in the font: {shown}", file=sys.stderr)
        raise SystemExit(1)

    out_dir.mkdir(parents=True, exist_ok=True)
    font_path = out_dir / FONT_FILE
    font.save(font_path)
    (out_dir / LICENSE_FILE).write_text(license_text(copyright_file), encoding="utf-8")

    n_glyphs = TTFont(font_path, lazy=True)["maxp"].numGlyphs
    size = font_path.stat().st_size
    print(f"source    {ttc} (sha256 {digest[:16]}...)")
    print(f"font      {font_path.relative_to(ROOT) if font_path.is_relative_to(ROOT) else font_path}")
    print(f"family    {FAMILY!r}, PostScript {POSTSCRIPT!r}")
    print(f"chars     {len(kept)} code points, {n_glyphs} glyphs")
    print(f"size      {size} bytes ({size / 1024 / 1024:.2f} MiB)")
    print(f"sha256    {sha256(font_path)}")


def main(argv: list[str] | None = None) -> None:
    """Parse the command line and build the font."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--deb", type=Path, help="a downloaded fonts-noto-cjk .deb")
    parser.add_argument("--ttc", type=Path, default=Path("/") / TTC_IN_PACKAGE)
    parser.add_argument("--copyright", type=Path, default=Path("/") / COPYRIGHT_IN_PACKAGE)
    parser.add_argument("--out-dir", type=Path, default=OUT_DIR)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        ttc, copyright_file = args.ttc, args.copyright
        if args.deb:
            ttc, copyright_file = extract_deb(args.deb, Path(tmp))
        for path in (ttc, copyright_file):
            if not path.is_file():
                parser.error(f"{path} not found; see the module docstring for getting fonts-noto-cjk")
        build(ttc, copyright_file, args.out_dir)


if __name__ == "__main__":
    main()
