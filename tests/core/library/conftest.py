"""Libraries for the library tests: the seed, the dev openings and bad files; small report pairs."""

from __future__ import annotations

from pathlib import Path

import pytest

from lawgov_gui.core.library import Library
from tests.conftest import SEED, SHARED

DEV = sorted((SHARED / "eval" / "dev").glob("*.txt"))

PAIR_2022 = """{issuer}关于2022年法治政府建设情况的报告

2022年，{issuer}深入推进法治政府建设，现将有关情况报告如下。

一、行政复议和应诉工作

2022年，全市各级行政复议机关收到行政复议申请{applications}件，直接纠错率{correction}%。全市行政机关负责人出庭应诉率95%。

二、下一步工作

继续推进法治政府建设。

{issuer}
2023年3月20日
"""
PAIR_2023 = """{issuer}关于2023年法治政府建设情况的报告

2023年，{issuer}深入推进法治政府建设，现将有关情况报告如下。

一、行政复议和应诉工作

2023年，全市各级行政复议机关收到行政复议申请4034件，同比增长82.37%，直接纠错率9.93%。全市行政机关负责人出庭应诉率保持100%。

二、下一步工作

继续推进法治政府建设。

{issuer}
2024年3月15日
"""
BAD = {  # file name → bytes no reader accepts
    "empty.txt": b"",
    "binary.txt": bytes(range(256)) * 8,
    "broken.docx": b"PK\x03\x04 not really a zip",
    "broken.pdf": b"%PDF-1.7\n garbage",
}


def write_pair(folder: Path, issuer: str, applications: int, correction: float) -> list[Path]:
    """The 2022 and 2023 reports of `issuer`, written into `folder`."""
    folder.mkdir(parents=True, exist_ok=True)
    out = []
    for year, template in ((2022, PAIR_2022), (2023, PAIR_2023)):
        p = folder / f"{issuer}-{year}.txt"
        p.write_text(template.format(issuer=issuer, applications=applications,
                                     correction=correction), encoding="utf-8")
        out.append(p)
    return out


def write_bad(folder: Path) -> list[Path]:
    """The unreadable files of BAD, written into `folder`."""
    folder.mkdir(parents=True, exist_ok=True)
    for name, data in BAD.items():
        (folder / name).write_bytes(data)
    return [folder / name for name in BAD]


@pytest.fixture(scope="session")
def filled(tmp_path_factory: pytest.TempPathFactory):
    """A library holding the seed, the dev openings, three report pairs; with its outcomes."""
    root = tmp_path_factory.mktemp("library")
    pairs = root / "pairs"
    write_pair(pairs, "松原市人民政府", 2212, 8.5)      # 82.37% agrees with 2212 → 4034
    write_pair(pairs, "白城市人民政府", 2000, 8.5)      # 2000 → 4034 is 101.7%: flagged
    revised = write_pair(root / "revised", "松原市人民政府", 2212, 8.7)[0]  # 8.5% vs 8.7% for 2022
    bad = write_bad(root / "bad")
    lib = Library(root / "lib.sqlite3")
    outcomes = lib.add([SEED, *DEV, pairs, revised, *bad])
    yield lib, outcomes
    lib.close()


@pytest.fixture
def library(filled) -> Library:
    return filled[0]
