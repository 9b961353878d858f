#!/usr/bin/env python3
"""Build the bundled fonts: subsets of Noto Sans/Serif CJK SC and LXGW WenKai.

What it does
    For each face of ``faces.FACES`` it takes the source font out of its Debian
    bookworm package (``fonts-noto-cjk``, ``fonts-lxgw-wenkai``; both SIL Open
    Font License 1.1), keeps only the characters a Chinese government report
    needs, gives it its own family name and writes into ``lawgov_gui/resources/fonts``
    the font and its licence file (the copyright lines and the OFL 1.1 text, the
    latter verbatim from the package's ``debian/copyright``):

    * ``LawgovNotoSansSC-Regular.otf`` + ``OFL.txt``: the UI and reading font;
    * ``LawgovNotoSerifSC-Regular.otf`` + ``OFL-NotoSerif.txt``: the printed
      summary's body and page numbers where 仿宋/宋体 are not installed;
    * ``LawgovNotoSerifSC-Bold.otf`` + ``OFL-NotoSerifBold.txt``: its title
      where 小标宋 is not installed;
    * ``LawgovWenKaiSC-Regular.ttf`` + ``OFL-WenKai.txt``: its level-2 headings
      where 楷体 is not installed.

    Character sets (each code point only if the source font maps it), one
    definition for every face: the print set is GB2312, ASCII, General
    Punctuation, CJK Symbols and Punctuation, Halfwidth and Fullwidth Forms, the
    report symbols and every character of every ``seeds/*.txt`` file; the full
    set of the UI font adds Latin-1, the symbol blocks below and Big5 (level 1
    and the symbol rows), so traditional text renders:

    * superscripts, currency, letterlike (℃ №), number forms (Ⅰ-Ⅻ), arrows,
      mathematical operators (≥ ≤ ± ≈), enclosed alphanumerics (①-⑳ ⑴ ⒈), box
      drawing, geometric shapes, miscellaneous symbols and dingbats (✓),
      enclosed CJK (㈠ ㊣), squared SI units (㎡ ㎏), CJK compatibility / small
      forms (U+FE30-FE6F).

    Every face must cover GB2312; the UI font also Big5 level 1, the seeds and
    the report symbols. U+2717 BALLOT X (✗) and U+2715 MULTIPLICATION X (✕) are
    not in Noto Sans CJK; the UI subset maps both to the SC face's full-width
    multiplication sign (the glyph of U+00D7 ×), so they render in the same
    weight as ✓ and the font stays a pure Noto Sans CJK derivative.

    The GSUB ``locl`` feature (JP/KR/TC/HK regional glyph forms) is dropped:
    it would pull in thousands of alternate outlines, and the SC forms are
    what mainland reports use. TrueType hinting is dropped (the printed
    summary is vector output). The output is deterministic: ``head.modified``
    is the source's, so running the script again reproduces the committed
    files byte for byte (with the same source fonts and fontTools version).

Where the source fonts come from
    Debian bookworm ``fonts-noto-cjk`` 1:20220127+repack1-1 and
    ``fonts-lxgw-wenkai`` 1.250+repack-1. Installing them system-wide would give
    the build machine system CJK fonts, which hides exactly the bug the bundled
    fonts are for, so prefer downloading and unpacking them::

        apt-get update && apt-get download fonts-noto-cjk fonts-lxgw-wenkai
        python packaging/fonts/make_subset.py --deb fonts-noto-cjk_*.deb \\
            --deb fonts-lxgw-wenkai_*.deb

    With the packages installed, ``python packaging/fonts/make_subset.py`` finds
    the files under ``/`` by itself (or pass ``--root`` where they are
    unpacked). ``--face serif`` builds one face only.

How to run
    fontTools is a build-time tool only, never a runtime dependency::

        .venv/bin/pip install 'fonttools==4.68.0'
        .venv/bin/python packaging/fonts/make_subset.py --deb … --deb …

    The script prints each face's character count, glyph count, file size and SHA-256.
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

sys.path.insert(0, str(Path(__file__).resolve().parent))
from faces import FACES, Charset, Face  # the script's own folder

ROOT = Path(__file__).resolve().parents[2]
OUT_DIR = ROOT / "lawgov_gui" / "resources" / "fonts"
SEEDS = ROOT / "seeds"

# Code-point ranges of the print set (inclusive bounds).
PRINT_RANGES: tuple[tuple[int, int], ...] = (
    (0x0020, 0x007E),  # ASCII
    (0x2000, 0x206F),  # General Punctuation
    (0x3000, 0x303F),  # CJK Symbols and Punctuation
    (0xFF00, 0xFFEF),  # Halfwidth and Fullwidth Forms
)
# Code-point ranges the full set adds when the source font has them (inclusive bounds).
FULL_RANGES: tuple[tuple[int, int], ...] = (
    (0x00A0, 0x00FF),  # Latin-1 Supplement
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
    (0x3200, 0x32FF),  # Enclosed CJK Letters and Months (㈠)
    (0x3380, 0x33DF),  # squared SI units (㎡ ㎏ ㎞)
    (0xFE30, 0xFE6F),  # CJK Compatibility Forms, Small Form Variants
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


def _ranges(ranges: Iterable[tuple[int, int]]) -> set[int]:
    return {c for lo, hi in ranges for c in range(lo, hi + 1)}


def wanted_chars(charset: str) -> tuple[set[int], dict[str, set[int]]]:
    """Return the wanted code points of `charset` and the sets it must fully cover."""
    seeds, symbols = seed_chars(), {ord(c) for c in REQUIRED_SYMBOLS}
    wanted = _ranges(PRINT_RANGES) | gb2312_chars() | seeds | symbols
    if charset == Charset.PRINT:
        return wanted, {"GB2312": gb2312_chars()}
    required = {"GB2312": gb2312_chars(), "Big5 level 1": big5_chars(0xA440, 0xC67E),
                "seeds": seeds, "report symbols": symbols}
    wanted |= _ranges(FULL_RANGES) | big5_chars(0xA140, 0xA3BF) | required["Big5 level 1"]
    return wanted, required


def add_aliases(font: TTFont, aliases: dict[int, int]) -> None:
    """Map each missing code point to the glyph of its stand-in in every Unicode cmap."""
    for table in font["cmap"].tables:
        if not table.isUnicode():
            continue
        for code, target in aliases.items():
            if code not in table.cmap and target in table.cmap:
                table.cmap[code] = table.cmap[target]


def rename(font: TTFont, face: Face, description: str) -> None:
    """Give the subset its own family and PostScript names (name table and CFF)."""
    name = font["name"]
    for record in list(name.names):
        if record.nameID in (1, 2, 3, 4, 5, 6, 10, 16, 17, 21, 22, 25):
            name.removeNames(nameID=record.nameID)
    version = font["head"].fontRevision
    for name_id, value in (
        (1, face.family),
        (2, face.style),
        (3, f"{version:.3f};LAWGOV;{face.postscript}"),
        (4, face.family),
        (5, f"Version {version:.3f}; subset of {face.origin} for lawgov_gui"),
        (6, face.postscript),
        (10, description),
    ):
        name.setName(value, name_id, 3, 1, 0x409)
    if "CFF " in font:
        _rename_cff(font, face)


def _rename_cff(font: TTFont, face: Face) -> None:
    """The CFF table's names of a CFF face."""
    cff = font["CFF "].cff
    cff.fontNames = [face.postscript]
    top = cff.topDictIndex[0]
    top.FullName = face.family
    top.FamilyName = face.family
    if hasattr(top, "CIDFontName"):
        top.CIDFontName = face.postscript
    # The collection shares one CFF between faces, so the font dicts carry the
    # JP face's names ("NotoSansCJKjp-Regular-Ideographs"); keep only the suffix.
    weight = face.postscript.rpartition("-")[2]
    for fd in getattr(top, "FDArray", []):
        prefix, sep, suffix = getattr(fd, "FontName", "").partition(f"-{weight}")
        if sep and prefix.startswith("Noto"):
            fd.FontName = face.postscript + suffix


def license_text(copyright_file: Path, face: Face) -> str:
    """The licence file: what the subset is, its copyright lines, the OFL 1.1 of debian/copyright."""
    lines = copyright_file.read_text(encoding="utf-8").splitlines()
    # The stand-alone licence paragraph is the one followed by indented text.
    starts = [
        i + 1
        for i, line in enumerate(lines[:-1])
        if line == f"License: {face.licence_key}" and lines[i + 1].startswith(" ")
    ]
    if not starts:
        raise SystemExit(f"no {face.licence_key} licence paragraph in {copyright_file}")
    body: list[str] = []
    for line in lines[starts[0]:]:
        if not line.startswith(" "):
            break
        body.append("" if line == " ." else line[1:])
    ofl = "\n".join(body).strip("\n")
    if "SIL OPEN FONT LICENSE Version 1.1" not in ofl:
        raise SystemExit(f"no OFL 1.1 text found in {copyright_file}")
    header = (
        f"{face.family} ({face.file}) is a subset of {face.upstream}, made for lawgov_gui by\n"
        "packaging/fonts/make_subset.py. It is a Modified Version under the licence below\n"
        "and is distributed under the same licence.\n"
        "\n"
        f"{face.notice}"
        "\n"
        "This Font Software is licensed under the SIL Open Font License, Version 1.1.\n"
        "This license is copied below, and is also available with a FAQ at:\n"
        "https://openfontlicense.org\n"
        "\n"
    )
    return header + ofl + "\n"


def open_face(path: Path, face: Face) -> TTFont:
    """The source face: `face.face` of a collection, or the font file itself."""
    if face.face is None:
        return TTFont(path, recalcTimestamp=False, recalcBBoxes=True)
    for i in range(32):
        try:
            probe = TTFont(path, fontNumber=i, lazy=True)
        except IndexError:
            break
        if probe["name"].getDebugName(6) == face.face:
            return TTFont(path, fontNumber=i, recalcTimestamp=False, recalcBBoxes=True)
    raise SystemExit(f"{face.face} not found in {path}")


def subset_font(path: Path, face: Face, chars: Iterable[int]) -> tuple[TTFont, set[int]]:
    """Return the face cut down to `chars` and the code points it kept."""
    font = open_face(path, face)
    if face.charset == Charset.FULL:
        add_aliases(font, ALIASES)
    keep = sorted(set(chars) & set(font.getBestCmap()))

    options = subset.Options()
    options.layout_features = sorted(set(options.layout_features) - LAYOUT_FEATURES_DROPPED)
    options.name_IDs = ["*"]
    options.name_languages = [0x409]
    options.name_legacy = False
    options.notdef_outline = True
    options.recalc_timestamp = False
    options.hinting = "glyf" not in font  # TrueType instructions: not for vector output
    subsetter = subset.Subsetter(options=options)
    subsetter.populate(unicodes=keep)
    subsetter.subset(font)
    return font, set(font.getBestCmap())


def extract_deb(deb: Path, into: Path) -> None:
    """Unpack a Debian package with dpkg-deb into `into`."""
    subprocess.run(["dpkg-deb", "-x", str(deb), str(into)], check=True)


def sha256(path: Path) -> str:
    """Return the hex SHA-256 of a file."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _description(face: Face) -> str:
    covers = ("ASCII, Latin-1, punctuation, report symbols, GB2312, Big5 level 1"
              if face.charset == Charset.FULL else "ASCII, punctuation, GB2312, the seeds")
    first = face.upstream.split("\n")[0]
    return (f"Subset of {first} ({face.debian}) for lawgov_gui: {covers}. "
            "Built by packaging/fonts/make_subset.py.")


def build(face: Face, root: Path, out_dir: Path) -> None:
    """Write the subset of `face` (sources under `root`) and its licence into `out_dir`."""
    source, copyright_file = root / face.source, root / face.copyright_file
    digest = sha256(source)
    if digest != face.sha256:
        print(f"warning: {source} is not the expected bookworm file", file=sys.stderr)
    wanted, required = wanted_chars(face.charset)
    font, kept = subset_font(source, face, wanted)
    rename(font, face, _description(face))
    missing = {label: chars - kept for label, chars in required.items() if chars - kept}
    for label, chars in missing.items():
        shown = " ".join(f"U+{c:04X}" for c in sorted(chars)[:40])
        print(f"error: {len(chars)} {label} characters not in {face.key}: {shown}", file=sys.stderr)
    if missing:
        raise SystemExit(1)
    out_dir.mkdir(parents=True, exist_ok=True)
    font_path = out_dir / face.file
    font.save(font_path)
    (out_dir / face.licence).write_text(license_text(copyright_file, face), encoding="utf-8")
    _report(face, source, digest, font_path, kept)


def _report(face: Face, source: Path, digest: str, font_path: Path, kept: set[int]) -> None:
    n_glyphs = TTFont(font_path, lazy=True)["maxp"].numGlyphs
    size = font_path.stat().st_size
    shown = font_path.relative_to(ROOT) if font_path.is_relative_to(ROOT) else font_path
    print(f"{face.key:10} source {source} (sha256 {digest[:16]}...)")
    print(f"{'':10} font {shown}, family {face.family!r}, PostScript {face.postscript!r}")
    print(f"{'':10} {len(kept)} code points, {n_glyphs} glyphs, {size} bytes "
          f"({size / 1024 / 1024:.2f} MiB), sha256 {sha256(font_path)}")


def main(argv: list[str] | None = None) -> None:
    """Parse the command line and build the fonts."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--deb", type=Path, action="append", default=[],
                        help="a downloaded fonts-noto-cjk or fonts-lxgw-wenkai .deb (repeatable)")
    parser.add_argument("--root", type=Path, default=Path("/"),
                        help="where the packages' files are (default /, the installed packages)")
    parser.add_argument("--face", action="append", choices=[f.key for f in FACES],
                        help="build only this face (repeatable; default all)")
    parser.add_argument("--out-dir", type=Path, default=OUT_DIR)
    args = parser.parse_args(argv)
    faces = [f for f in FACES if not args.face or f.key in args.face]
    with tempfile.TemporaryDirectory() as tmp:
        root = args.root
        if args.deb:
            root = Path(tmp)
            for deb in args.deb:
                extract_deb(deb, root)
        for face in faces:
            for path in (root / face.source, root / face.copyright_file):
                if not path.is_file():
                    parser.error(f"{path} not found; see the module docstring for the packages")
            build(face, root, args.out_dir)


if __name__ == "__main__":
    main()
