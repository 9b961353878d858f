"""The bundled fonts make_subset.py builds: where each comes from and what it is called.

Four subsets of OFL fonts from Debian bookworm packages:

* ``sans``: Noto Sans CJK SC Regular, the UI and reading font (GB2312, Big5 level 1,
  report symbols);
* ``serif`` / ``serif-bold``: Noto Serif CJK SC Regular and Bold, the printed summary's
  body (for 仿宋/宋体) and title (for 小标宋) where those are not installed;
* ``kai``: LXGW WenKai Regular, the printed summary's level-2 headings (for 楷体).

The print faces keep the print character set (GB2312, punctuation, the seeds'
characters). "LXGW" and "霞鹜" are Reserved Font Names: the subset is called
"Lawgov WenKai SC", never by them.
"""

from __future__ import annotations

from dataclasses import dataclass

NOTO_DOC = "usr/share/doc/fonts-noto-cjk/copyright"
WENKAI_DOC = "usr/share/doc/fonts-lxgw-wenkai/copyright"
NOTO_DIR = "usr/share/fonts/opentype/noto"


class Charset:
    """The character sets a face keeps (see make_subset.wanted_chars)."""

    FULL = "full"  # GB2312, Big5 level 1, symbol blocks: the reader and the UI
    PRINT = "print"  # GB2312, punctuation, the seeds: the printed summary


@dataclass(frozen=True, slots=True)
class Face:
    """One bundled font: its source in a Debian package and its own names."""

    key: str
    family: str
    style: str
    postscript: str
    file: str  # in lawgov_gui/resources/fonts
    licence: str  # the licence file next to it
    source: str  # path inside the Debian package
    face: str | None  # PostScript name of the face in a collection (.ttc)
    copyright_file: str  # debian/copyright inside the package
    licence_key: str  # the licence paragraph of debian/copyright
    charset: str
    origin: str  # the source family ("Noto Sans CJK SC")
    upstream: str  # "Noto Sans CJK SC Regular 2.004\n(https://…)"
    notice: str  # the copyright lines of the licence file
    sha256: str  # of the source file in the bookworm package
    debian: str = "Debian fonts-noto-cjk 1:20220127+repack1-1"


_NOTO_NOTICE = (
    "Copyright 2014-2021 Adobe (http://www.adobe.com/), with Reserved Font Name 'Source'.\n"
    "Source is a trademark of Adobe in the United States and/or other countries.\n"
    "Noto is a trademark of Google Inc.\n"
)
_SERIF_NOTICE = _NOTO_NOTICE.replace("2014-2021", "2017-2022")

FACES = (
    Face("sans", "Lawgov Noto Sans SC", "Regular", "LawgovNotoSansSC-Regular",
         "LawgovNotoSansSC-Regular.otf", "OFL.txt", f"{NOTO_DIR}/NotoSansCJK-Regular.ttc",
         "NotoSansCJKsc-Regular", NOTO_DOC, "SIL-1.1", Charset.FULL, "Noto Sans CJK SC",
         "Noto Sans CJK SC Regular 2.004\n(https://github.com/notofonts/noto-cjk)", _NOTO_NOTICE,
         "b76b0433203017ca80401b2ee0dd69350349871c4b19d504c34dbdd80541690a"),
    Face("serif", "Lawgov Noto Serif SC", "Regular", "LawgovNotoSerifSC-Regular",
         "LawgovNotoSerifSC-Regular.otf", "OFL-NotoSerif.txt",
         f"{NOTO_DIR}/NotoSerifCJK-Regular.ttc", "NotoSerifCJKsc-Regular", NOTO_DOC, "SIL-1.1",
         Charset.PRINT, "Noto Serif CJK SC",
         "Noto Serif CJK SC Regular 2.001\n(https://github.com/notofonts/noto-cjk)",
         _SERIF_NOTICE, "a04178ec485dffdff7cc0c0c20e1fce9202d7e2160d805e8e44a4c8841c58481"),
    Face("serif-bold", "Lawgov Noto Serif SC Bold", "Regular", "LawgovNotoSerifSC-Bold",
         "LawgovNotoSerifSC-Bold.otf", "OFL-NotoSerifBold.txt", f"{NOTO_DIR}/NotoSerifCJK-Bold.ttc",
         "NotoSerifCJKsc-Bold", NOTO_DOC, "SIL-1.1", Charset.PRINT, "Noto Serif CJK SC",
         "Noto Serif CJK SC Bold 2.001\n(https://github.com/notofonts/noto-cjk)", _SERIF_NOTICE,
         "a5d4b046c127da3d7c72f98b46c41489cd29bf52abfdf18aba920903e920d4ac"),
    Face("kai", "Lawgov WenKai SC", "Regular", "LawgovWenKaiSC-Regular",
         "LawgovWenKaiSC-Regular.ttf", "OFL-WenKai.txt",
         "usr/share/fonts/truetype/lxgw-wenkai/LXGWWenKai-Regular.ttf", None, WENKAI_DOC,
         "OFL-1.1", Charset.PRINT, "LXGW WenKai",
         "LXGW WenKai Regular 1.250\n(https://github.com/lxgw/LxgwWenKai)",
         "Copyright 2021-2023 LXGW (https://github.com/lxgw/LxgwWenKai), with Reserved Font\n"
         "Names \"霞鹜\" and \"LXGW\" (so this subset is called Lawgov WenKai SC).\n"
         "Copyright 2020 The Klee Project Authors (https://github.com/fontworks-fonts/Klee).\n",
         "bbf534b0ca093928f94d1782855e65a19a32cde82b075d495d072025521953c8",
         "Debian fonts-lxgw-wenkai 1.250+repack-1"),
)
