"""Text that decodes to noise is refused; real reports in every encoding still open.

`b"abc\\0\\0def" * 100` used to open as a "report" of 慢挀d敦… (UTF-16-BE): bytes
with NULs on both sides are not UTF-16, and text that is mostly rare characters
(outside GB2312 and Big5 level 1), Hangul or private-use characters is the noise
of a wrong decoding.
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from lawgov_gui.core import ReportError, load_report
from lawgov_gui.core.readers import plausible
from lawgov_gui.core.readers import text as reading
from lawgov_gui.core.readers.messages import GIBBERISH, NOT_TEXT
from tests.conftest import SEED
from tests.core.helpers import report_of
from tests.core.readers.test_text import TRADITIONAL

SEED_TEXT = SEED.read_text(encoding="utf-8")
_rng = random.Random(10)


def _rare(n: int) -> str:
    """n characters of CJK Extension A, Hangul and the private-use area."""
    blocks = [(0x3400, 0x4DBF), (0xAC00, 0xD7A3), (0xE000, 0xF8FF)]
    return "".join(chr(_rng.randrange(*_rng.choice(blocks))) for _ in range(n))


def _with_nuls(data: bytes, every: int) -> bytes:
    return b"".join(data[i:i + every] + b"\x00" for i in range(0, len(data), every))


# (case, bytes, the refusal)
NONSENSE = [
    ("abc-nul-nul-def", b"abc\0\0def" * 100, NOT_TEXT),
    ("nuls-on-both-sides", b"\x00\x00\xe5\x85\xa8\xe5\xb9\xb4" * 200, NOT_TEXT),
    ("report-full-of-nuls", _with_nuls(SEED_TEXT.encode("utf-8"), 3), NOT_TEXT),
    ("rare-characters-utf8", _rare(3000).encode("utf-8"), GIBBERISH),
    ("rare-characters-utf16-bom", ("\ufeff" + _rare(3000)).encode("utf-16-le"), GIBBERISH),
    ("gbk-report-as-utf16", b"\xff\xfe" + SEED_TEXT.encode("gb18030"), NOT_TEXT),
    ("utf8-report-as-utf16", b"\xfe\xff" + SEED_TEXT.encode("utf-8"), GIBBERISH),
]


@pytest.mark.parametrize(("data", "message"), [c[1:] for c in NONSENSE],
                         ids=[c[0] for c in NONSENSE])
def test_noise_is_not_a_report(tmp_path: Path, data: bytes, message: str) -> None:
    path = tmp_path / "report.txt"
    path.write_bytes(data)
    with pytest.raises(ReportError) as info:
        load_report(path)
    assert info.value.message == message
    assert "不是" in message and "报告" in message


# (case, text, encoding): real text, a few rare characters in it, little Chinese at all
KEPT = [
    ("seed-utf-8", SEED_TEXT, "utf-8"),
    ("seed-gb18030", SEED_TEXT, "gb18030"),
    ("seed-utf-16-bom", "\ufeff" + SEED_TEXT, "utf-16-le"),
    ("traditional-big5", TRADITIONAL, "big5"),
    ("traditional-big5hkscs", TRADITIONAL, "big5hkscs"),
    ("names-with-rare-characters", SEED_TEXT[:1500] + "犇骉㵘䶮堃" * 10 + SEED_TEXT[1500:],
     "utf-8"),
    ("mostly-latin", "Annual report 2023: 1,234 cases (12.5%). 共办理案件1234件。", "utf-8"),
]


@pytest.mark.parametrize(("text", "encoding"), [c[1:] for c in KEPT], ids=[c[0] for c in KEPT])
def test_real_text_still_opens(tmp_path: Path, text: str, encoding: str) -> None:
    path = tmp_path / "report.txt"
    path.write_bytes(text.encode(encoding))
    assert load_report(path).text == report_of(text.lstrip("\ufeff")).text


@pytest.mark.parametrize(("text", "share"), [
    (SEED_TEXT, 0.0), (TRADITIONAL, 0.0), ("abc", 0.0),  # too few to judge
    ("慢挀敦" * 10, 1 / 3), ("㐀" * 30, 1.0),
])
def test_rare_share(text: str, share: float) -> None:
    assert plausible.rare_share(text) == pytest.approx(share)


def test_the_common_set_is_gb2312_and_big5_level_1() -> None:
    common = plausible.common_characters()
    assert {"法", "治", "政", "府", "這", "國", "體"} <= common  # simplified and traditional
    assert "挀" not in common and "㐀" not in common and "가" not in common
    assert 9000 < len(common) < 10000


def test_a_wrong_guess_is_read_with_the_encoding_that_fits(monkeypatch: pytest.MonkeyPatch) -> None:
    """GB18030 bytes taken for Big5 read as noise; the GB18030 reading is kept."""
    monkeypatch.setattr(reading, "detect_encoding", lambda data: "big5hkscs")
    decoded = reading.decode_file(Path("report.txt"), SEED_TEXT.encode("gb18030"))
    assert (decoded.text, decoded.encoding) == (SEED_TEXT, "gb18030")
