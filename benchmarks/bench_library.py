"""How fast the library imports, searches and compares, and how large its file grows.

Run from the repository root:  .venv/bin/python benchmarks/bench_library.py [--quick]

1. Import: N variants of the seed (its issuer replaced by N different city names, so every
   sha256 differs) written to a temporary folder and added to a fresh library with
   `Library.add(folder)` — hashing, extraction in worker processes (2 here), storing, worker
   start-up included. Prints reports/s by the wall clock and, from the CPU time of this process
   and its workers, what 2 otherwise idle cores would do (target ≥ 100).
2. A library of 10,000 reports, built fast: the first 100 imported reports are copied 99
   times in SQL (reports, texts, sections and indicators, ids shifted; issuer, region and
   year changed per copy: 样本k市人民政府, year 2019–2023) and the copies' search rows
   re-made from the same bigram text. Then, on it:
   - search: median of 7 runs per query (复议, 出庭, 行政复议, 质量提升年, 省, and 复议 with
     a year and a level filter), limit 20 (target ≤ 50 ms);
   - compare: `Library.compare` on lit.head_appearance_rate and recon.direct_correction_rate
     (10,000 rows each), median of 5 (target ≤ 100 ms);
   - the file's size (after a WAL checkpoint) and per report.
   Every time is printed by the wall clock and as CPU time: on a machine shared with other work
   the wall clock grows with the load (printed first), the CPU time much less.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.seed_reports import SEED
from lawgov_gui.core.library import Library
from lawgov_gui.core.library.grams import index_grams

COPIES = 100  # 100 imported reports × 100 = 10,000
QUERIES = [("复议", {}), ("出庭", {}), ("行政复议", {}), ("质量提升年", {}), ("省", {}),
           ("复议", {"year": 2021, "level": "市"})]
COMPARED = ("lit.head_appearance_rate", "recon.direct_correction_rate")


def write_variants(folder: Path, n: int) -> None:
    """N copies of the seed, each with its own issuer."""
    seed = SEED.read_text(encoding="utf-8")
    for k in range(n):
        city = f"样本{k}市"
        (folder / f"r{k:05d}.txt").write_text(seed.replace("吉林省", city), encoding="utf-8")


def _cpu() -> tuple[float, float]:
    """CPU seconds of this process and of its reaped children (the import's workers)."""
    own, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime, kids.ru_utime + kids.ru_stime


def time_import(lib: Library, folder: Path, n: int) -> tuple[float, float, float, float]:
    """Reports/s by the wall clock and what 2 idle cores would do at the CPU time it took; the
    CPU milliseconds per report of this process (hashing, storing) and of the workers."""
    t, (own, kids) = time.perf_counter(), _cpu()
    outcomes = lib.add([folder], workers=2)
    dt, (own2, kids2) = time.perf_counter() - t, _cpu()
    added = sum(o.status.value == "已添加" for o in outcomes)
    if added != n:
        sys.exit(f"only {added} of {n} reports were added")
    main, workers = (own2 - own) / n, (kids2 - kids) / n
    return n / dt, 2 / (main + workers), main * 1000, workers * 1000


def replicate(lib: Library, base: int, copies: int) -> None:
    """Copy the first `base` reports `copies - 1` times (see the module docstring)."""
    conn = lib.conn
    r_step = conn.execute("SELECT max(id) FROM reports").fetchone()[0]
    texts = conn.execute("SELECT report, text FROM texts WHERE report <= ?", (base,))
    grams = [(rid, index_grams(text)) for rid, text in texts]
    conn.execute("BEGIN")
    for k in range(1, copies):
        _copy(conn, k, base, k * r_step)
        conn.executemany("INSERT INTO grams(rowid, g) VALUES (?, ?)",
                         [(rid + k * r_step, g) for rid, g in grams])
    conn.execute("COMMIT")


def _copy(conn, k: int, base: int, r_shift: int) -> None:
    conn.execute(
        "INSERT INTO reports SELECT id + ?, sha256 || '-' || ?, path, format, encoding, title,"
        " '样本' || ? || '市人民政府', '市', '样本' || ? || '市', 2019 + ? % 5, genre, published,"
        " signed, added FROM reports WHERE id <= ?", (r_shift, k, k, k, k, base))
    for table in ("texts", "sections", "indicators"):
        cols = [r[1] for r in conn.execute(f"PRAGMA table_info({table})")]
        select = ", ".join("report + ?" if c == "report" else f'"{c}"' for c in cols)
        conn.execute(f"INSERT INTO {table} SELECT {select} FROM {table} WHERE report <= ?",
                     (r_shift, base))


def timed(fn, runs: int) -> tuple[float, float]:
    """Median wall and median CPU milliseconds of `runs` calls."""
    wall, cpu = [], []
    for _ in range(runs):
        t, c = time.perf_counter(), time.process_time()
        fn()
        wall.append(time.perf_counter() - t)
        cpu.append(time.process_time() - c)
    return statistics.median(wall) * 1000, statistics.median(cpu) * 1000


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true", help="import 200 reports instead of 500")
    n = 200 if ap.parse_args().quick else 500
    with tempfile.TemporaryDirectory(prefix="bench_library_") as tmp:
        folder, base = Path(tmp) / "reports", Path(tmp) / "base"
        folder.mkdir()
        base.mkdir()
        write_variants(folder, n)
        write_variants(base, COPIES)
        with Library(Path(tmp) / "import.sqlite3") as lib:
            rate, idle, main, workers = time_import(lib, folder, n)
        rows = [(f"import, {n} seed-sized reports, 2 workers", f"{rate:.0f}/s",
                 f"{idle:.0f}/s", "≥ 100 reports/s", rate >= 100, idle >= 100),
                ("  CPU per report: main process / workers", "", f"{main:.1f} / {workers:.1f} ms",
                 "(info)", None, None)]
        with Library(Path(tmp) / "lib.sqlite3") as lib:
            time_import(lib, base, COPIES)  # the 100 real extracts the copies repeat
            t = time.perf_counter()
            replicate(lib, COPIES, COPIES)
            build = time.perf_counter() - t
            total = lib.conn.execute("SELECT count(*) FROM reports").fetchone()[0]
            print(f"library of {total} reports built in {build:.1f} s")
            rows += _measure(lib)
            lib.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            size = (Path(tmp) / "lib.sqlite3").stat().st_size
            rows.append(("file size", f"{size / 1e6:.0f} MB", f"{size / total / 1e3:.1f} kB/report",
                         "(info)", None, None))
    _print(rows)


def _measure(lib: Library) -> list[tuple]:
    rows = []
    for query, filters in QUERIES:
        wall, cpu = timed(lambda q=query, f=filters: lib.search(q, limit=20, **f), 7)
        name = f"search {query}" + (f" {filters}" if filters else "")
        rows.append((name, f"{wall:.1f} ms", f"{cpu:.1f} ms", "≤ 50 ms", wall <= 50, cpu <= 50))
    for cid in COMPARED:
        n = len(lib.compare(cid))
        wall, cpu = timed(lambda c=cid: lib.compare(c), 5)
        rows.append((f"compare {cid} ({n} rows)", f"{wall:.1f} ms", f"{cpu:.1f} ms", "≤ 100 ms",
                     wall <= 100, cpu <= 100))
    return rows


def _print(rows: list[tuple]) -> None:
    """The table: each figure by the wall clock and by CPU time, with its target."""
    print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores (wall times grow with it)")
    print(f"{'measure':52} {'wall':>10} {'CPU':>16} {'target':>16}  wall / CPU")
    for name, wall, cpu, target, ok_wall, ok_cpu in rows:
        verdict = "(info)" if ok_wall is None else f"{_verdict(ok_wall)} / {_verdict(ok_cpu)}"
        print(f"{name:52} {wall:>10} {cpu:>16} {target:>16}  {verdict}")


def _verdict(ok: bool) -> str:
    return "PASS" if ok else "over"


if __name__ == "__main__":
    main()
