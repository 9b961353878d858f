"""`lawgov-gui library …`: what each command prints, and how it refuses bad input (exit 2)."""

from __future__ import annotations

import csv
import io
import json
import sqlite3
from pathlib import Path

import openpyxl
import pytest

from lawgov_gui.cli import main
from lawgov_gui.core.library import Library
from tests.conftest import SEED
from tests.core.library.conftest import DEV, write_bad, write_pair


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("cli")
    write_pair(root / "pairs", "松原市人民政府", 2212, 8.5)
    write_bad(root / "bad")
    path = root / "lib.sqlite3"
    assert main(["library", "add", str(SEED), *map(str, DEV), str(root / "pairs"),
                 str(root / "bad"), "--db", str(path)]) == 0
    return path


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(["library", *argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_add_prints_a_line_per_file_and_a_total(db: Path, capsys) -> None:
    code, out, _ = _run(capsys, "add", str(SEED), str(db.parent / "bad"), "--db", str(db))
    lines = out.splitlines()
    assert code == 0
    assert lines[0] == f"重复：报告库中已有相同内容的报告  {SEED}"
    assert all(line.startswith("跳过：") for line in lines[1:5])
    assert lines[-1] == "共 5 个文件：已添加 0，重复 1，跳过 4。"


def test_list(db: Path, capsys) -> None:
    code, out, _ = _run(capsys, "list", "--db", str(db), "--format", "json")
    entries = json.loads(out)
    assert code == 0 and len(entries) == 1 + len(DEV) + 2
    (jilin,) = [e for e in entries if e["path"] == str(SEED)]
    assert (jilin["issuer"], jilin["level"], jilin["year"], jilin["indicators"]) == (
        "吉林省人民政府", "省", 2023, 60)
    code, out, _ = _run(capsys, "list", "--db", str(db))
    assert out.splitlines()[-1] == f"共 {len(entries)} 份报告。"


def test_search(db: Path, capsys) -> None:
    code, out, _ = _run(capsys, "search", "质量提升", "--db", str(db), "--format", "json")
    (hit,) = json.loads(out)
    assert code == 0 and hit["path"] == str(SEED) and hit["section"] == "1.5"
    code, out, _ = _run(capsys, "search", "复议", "--db", str(db), "--limit", "2", "--year", "2023")
    assert out.count("【复议】") == 2 and out.splitlines()[-1] == "共 2 处。"


def test_compare_csv_json_xlsx(db: Path, capsys, tmp_path: Path) -> None:
    code, out, _ = _run(capsys, "compare", "lit.head_appearance_rate", "--db", str(db))
    table = list(csv.reader(io.StringIO(out)))
    assert code == 0 and table[0][:4] == ["路径", "发布机关", "报告年度", "数据年度"]
    assert sorted(r[4] for r in table[1:]) == ["100.0", "100.0", "95.0"]
    _, out, _ = _run(capsys, "compare", "recon.direct_correction_rate", "--db", str(db),
                     "--format", "json")
    rows = json.loads(out)
    assert sorted(r["value"] for r in rows) == [8.5, 9.93, 9.93]
    assert all(r["end"] - r["start"] == len(r["text"]) for r in rows)
    xlsx = tmp_path / "c.xlsx"
    _, out, _ = _run(capsys, "compare", "lit.loss_rate", "--db", str(db), "-o", str(xlsx))
    assert out == f"已写入 2 行：{xlsx}\n"
    assert openpyxl.load_workbook(xlsx).active.max_row == 3


def test_check(db: Path, capsys) -> None:
    code, out, _ = _run(capsys, "check", "--db", str(db), "--format", "json")
    (finding,) = json.loads(out)
    assert code == 0 and finding["kind"] == "同比核对" and finding["flagged"] is False
    _, out, _ = _run(capsys, "check", "--db", str(db))
    assert out.startswith("[相符] 同比核对：松原市人民政府2023年报告") and "待核 0 项" in out


def _damage(p: Path) -> None:
    p.write_bytes(b"not a library at all" * 10)


@pytest.mark.parametrize(("argv", "message"), [
    (["compare", "lit.nothing"], "未知的指标编号：lit.nothing"),
    (["add", "/no/such/file.txt"], "找不到文件或文件夹"),
    (["search", "、，"], "搜索词中没有可检索"),
    (["search", "复议", "--limit", "0"], "--limit 必须是正整数"),
    (["list"], "不是报告库文件"),
])
def test_bad_input_exits_2_with_one_chinese_line(tmp_path: Path, capsys, argv: list[str],
                                                 message: str) -> None:
    db = tmp_path / "lib.sqlite3"
    if argv == ["list"]:
        _damage(db)
    code, out, err = _run(capsys, *argv, "--db", str(db))
    assert (code, out) == (2, "")
    assert err.count("\n") == 1 and message in err


def test_rebuild_a_damaged_library(tmp_path: Path, capsys) -> None:
    db = tmp_path / "lib.sqlite3"
    assert _run(capsys, "add", str(SEED), "--db", str(db))[0] == 0
    with sqlite3.connect(db) as conn:
        conn.execute("PRAGMA user_version = 99")
    assert _run(capsys, "list", "--db", str(db))[0] == 2
    code, out, _ = _run(capsys, "rebuild", "--db", str(db))
    assert code == 0 and f"已重建 {db}：1 份报告，保留批注 0 条。" in out and "另存为" in out
    assert _run(capsys, "list", "--db", str(db))[0] == 0


def test_add_prints_each_file_as_it_is_done(tmp_path: Path, capsys, monkeypatch) -> None:
    bad = write_bad(tmp_path / "bad")[0]
    printed: list[str] = []
    real = Library.add

    def watched(self, paths, *, progress=None, **kw):
        def step(done, total, outcome):
            progress(done, total, outcome)
            printed.append(capsys.readouterr().out)  # on stdout before the next file is read
        return real(self, paths, progress=step, **kw)

    monkeypatch.setattr(Library, "add", watched)
    code, out, _ = _run(capsys, "add", str(SEED), str(bad), "--db", str(tmp_path / "lib.sqlite3"))
    assert code == 0 and printed[0] == f"已添加  {SEED}\n"
    assert printed[1].startswith("跳过：") and printed[1].endswith(f"  {bad}\n")
    assert out == "共 2 个文件：已添加 1，重复 0，跳过 1。\n"
