"""How fast the whole `lawgov-gui extract` command runs, JSON written, against a baseline.

Issue 12 asks that the whole `lawgov-gui extract FILE` command, with the JSON written,
reaches >= 5 MB/s *marginal* between a ~1 MB and a ~10 MB report, and stays linear. This
script measures that figure for the code in this checkout and for a baseline commit
("today's") in the same run, so that both see the same machine.

What runs
  Fresh processes, as a user runs the command:

      python -m lawgov_gui extract REPORT > OUT.json

  with `PYTHONPATH` set to the tree being measured and the working directory a neutral
  temporary folder (so nothing else named lawgov_gui is found first). Standard output is
  a file, so the JSON is really encoded and written. Each tree runs on a ~1 MB and a
  ~10 MB report. These repeat the seed's body (`seeds/jilin-2023-fazhi-zhengfu-report.txt`,
  from the first line starting with `2023年` up to `[ 纠错 ]`) between its head and tail,
  the same construction as bench_core.py (written out here rather than imported, because
  importing bench_core.py imports lawgov_gui.core into this process).

  The two trees:
  - *current*: this checkout's working tree, uncommitted changes included.
  - *baseline*: `--baseline REF`, any git ref (`688dd86`, `HEAD~3`, `main`). Its
    `lawgov_gui/` is unpacked with `git archive REF lawgov_gui | tar -x` into a temporary
    folder (no worktree bookkeeping; compiled translations are not needed by extract).
    Default: the first parent of the oldest commit in HEAD's history that sets
    `SCHEMA = 2` in lawgov_gui/core/model.py (the code before the schema-2 work), or HEAD
    when no commit does yet.

  One discarded warm-up run of each tree on the 1 MB report (it writes the baseline's
  .pyc files and warms the page cache), then `--runs` rounds (default 5; 3 with `--quick`).
  Each round runs every tree × size once, in an order that reverses from one round to
  the next (current 1 MB, baseline 1 MB, current 10 MB, baseline 10 MB, then backwards),
  so that a slow patch of the machine hits both trees and both sizes alike.

What it prints
  For each tree and size: the report's bytes, the JSON's bytes and indicators, the median
  wall time (Popen to exit) with its min–max over the runs, and plain MB/s (1 MB = 10^6
  bytes of report file). Then, per tree:
  - marginal MB/s = (bytes of 10 MB − bytes of 1 MB) / (median t10 − median t1): the speed
    of the extract itself once start-up (interpreter, imports) is paid. This is the
    issue's figure (target >= 5 MB/s; "today 3.6 MB/s"). Its min–max is that of the
    per-round marginals (t10 − t1 from the same round).
  - fixed cost: the start-up the marginal leaves out, t1 − (MB of 1 MB) / marginal.
  - linearity: MB/s at 10 MB / MB/s at 1 MB. With a linear cost and a fixed start-up it
    is at least 1.00 (the start-up weighs more on the small file); below 1.00 means the
    cost grows faster than the size.
  - the same marginal from the children's CPU time (user + sys, from wait4) with its
    per-round min–max, and wall / CPU time of the 10 MB runs. A single-threaded extract
    on an idle machine has wall ≈ CPU time (ratio about 1.0); a larger ratio means the
    process waited for a CPU, and the wall-clock figures then say more about the other
    load than about the code. The CPU-time marginal moves much less on a shared machine.
  Then current/baseline ratios, whether the two trees wrote byte-identical JSON, and the
  target line: marginal >= 5 MB/s `met` / `NOT met` (on wall time, as a user feels it;
  the CPU-time verdict follows), and linear `yes` / `NO`. When the 10 MB runs took more
  than 1.15x their CPU time it prints a warning that the machine was busy.

`--profile` measures nothing else: for the current tree it prints, first, one fresh
process's phases on the 10 MB report without a profiler (interpreter start, imports,
load_report, to_json, writing the JSON to a file, and the rest: mostly the exit, which
frees the report), then cProfile of the same extract run
in this process (imports of lawgov_gui included, `cli.main(["extract", FILE])`, standard
output sent to a file): the top 20 by cumulative and by own time.

Run from the repository root:

    .venv/bin/python benchmarks/bench_extract.py                      # 5 rounds, about 1 minute
    .venv/bin/python benchmarks/bench_extract.py --baseline 688dd86   # any ref as "today's"
    .venv/bin/python benchmarks/bench_extract.py --quick              # 3 rounds
    .venv/bin/python benchmarks/bench_extract.py --runs 9
    .venv/bin/python benchmarks/bench_extract.py --profile            # where the time goes

The timings are wall-clock times. Compare runs made on the same machine while it is
otherwise idle; the min–max columns say how quiet it was.
"""

from __future__ import annotations

import argparse
import contextlib
import cProfile
import io
import os
import platform
import pstats
import re
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from seed_reports import SEED, make_report, split_seed

ROOT = Path(__file__).resolve().parent.parent
MB = 1_000_000
SIZES = [("1 MB", 1 * MB), ("10 MB", 10 * MB)]
TARGET_MBPS = 5.0  # issue 12: marginal MB/s of the whole command, 1 MB -> 10 MB
SCHEMA_2 = r"^SCHEMA = 2\b"
BUSY = 1.15  # wall / CPU time of the 10 MB runs above which the machine was busy


# --- inputs -----------------------------------------------------------------------------

def write_reports(folder: Path) -> dict[str, Path]:
    seed = SEED.read_text(encoding="utf-8")
    paths = {}
    for name, target in SIZES:
        path = folder / f"report-{name.replace(' ', '')}.txt"
        path.write_bytes(make_report(seed, target).encode("utf-8"))
        paths[name] = path
    return paths


# --- trees ------------------------------------------------------------------------------

def git(*args: str) -> str:
    return subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=True,
                          check=True).stdout.strip()


def default_baseline(tip: str = "HEAD") -> tuple[str, str]:
    """The ref before the first commit in tip's history setting SCHEMA = 2, or tip; and why."""
    try:
        commits = git("log", "--reverse", "--format=%H", "-G", SCHEMA_2, tip, "--",
                      "lawgov_gui/core/model.py").split()
    except (OSError, subprocess.CalledProcessError):
        commits = []
    for commit in commits:  # -G also lists commits that remove the line
        try:
            model = git("show", f"{commit}:lawgov_gui/core/model.py")
        except subprocess.CalledProcessError:
            continue
        if re.search(SCHEMA_2, model, re.M):
            return f"{commit[:7]}^", f"the parent of {commit[:7]}, the first commit setting SCHEMA = 2"
    return tip, f"{tip} (no commit sets SCHEMA = 2 yet)"


def unpack(ref: str, folder: Path) -> str:
    """`git archive REF lawgov_gui` unpacked into folder; the short commit id."""
    try:
        commit = git("rev-parse", "--short", "--verify", f"{ref}^{{commit}}")
        data = subprocess.run(["git", "archive", "--format=tar", commit, "lawgov_gui"],
                              cwd=ROOT, capture_output=True, check=True).stdout
    except (OSError, subprocess.CalledProcessError) as e:
        sys.exit(f"cannot unpack baseline {ref!r}: {getattr(e, 'stderr', '') or e}")
    folder.mkdir(parents=True)
    with tarfile.open(fileobj=io.BytesIO(data)) as tar:
        tar.extractall(folder, filter="data")
    return commit


def code_state() -> str:
    try:
        head = git("rev-parse", "--short", "HEAD")
        dirty = git("status", "--porcelain", "lawgov_gui")
    except (OSError, subprocess.CalledProcessError):
        return "unknown (not a git checkout)"
    return head + (" + uncommitted changes under lawgov_gui/" if dirty else "")


@dataclass
class Tree:
    name: str
    path: Path  # the folder put on PYTHONPATH
    label: str  # what the header says about it
    wall: dict[str, list[float]] = field(default_factory=dict)
    cpu: dict[str, list[float]] = field(default_factory=dict)
    out: dict[str, Path] = field(default_factory=dict)

    def env(self) -> dict[str, str]:
        return {**os.environ, "PYTHONPATH": str(self.path)}

    def check(self, cwd: Path) -> None:
        """Stop unless this tree's lawgov_gui is the one its processes import."""
        found = subprocess.run(
            [sys.executable, "-c", "import lawgov_gui; print(lawgov_gui.__file__)"],
            cwd=cwd, env=self.env(), capture_output=True, text=True).stdout.strip()
        if not Path(found).resolve().is_relative_to(self.path.resolve()):
            sys.exit(f"{self.name}: lawgov_gui imports from {found or '(nowhere)'}, "
                     f"not from {self.path}")


# --- measuring ----------------------------------------------------------------------------

def run_extract(tree: Tree, report: Path, out: Path, cwd: Path) -> tuple[float, float | None]:
    """Wall seconds (Popen to exit) and the child's CPU seconds of one extract process."""
    cmd = [sys.executable, "-m", "lawgov_gui", "extract", str(report)]
    with open(out, "wb") as stdout, open(cwd / "stderr.txt", "wb+") as stderr:
        t0 = time.perf_counter()
        proc = subprocess.Popen(cmd, stdout=stdout, stderr=stderr, cwd=cwd, env=tree.env())
        if hasattr(os, "wait4"):
            _, status, usage = os.wait4(proc.pid, 0)
            wall = time.perf_counter() - t0
            proc.returncode = os.waitstatus_to_exitcode(status)
            cpu: float | None = usage.ru_utime + usage.ru_stime
        else:  # Windows
            proc.wait()
            wall, cpu = time.perf_counter() - t0, None
        if proc.returncode:
            stderr.seek(0)
            sys.exit(f"{tree.name} extract {report.name} exited {proc.returncode}:\n"
                     f"{stderr.read().decode(errors='replace')}")
    return wall, cpu


def measure(trees: list[Tree], reports: dict[str, Path], runs: int, cwd: Path) -> None:
    jobs = [(tree, name) for name, _ in SIZES for tree in trees]
    for tree in trees:  # warm-up, discarded: .pyc files, page cache
        run_extract(tree, reports["1 MB"], cwd / "warmup.json", cwd)
    for r in range(runs):
        for tree, name in (jobs if r % 2 == 0 else jobs[::-1]):
            out = cwd / f"out-{tree.name}-{name.replace(' ', '')}.json"
            wall, cpu = run_extract(tree, reports[name], out, cwd)
            tree.wall.setdefault(name, []).append(wall)
            if cpu is not None:
                tree.cpu.setdefault(name, []).append(cpu)
            tree.out[name] = out
        print(f"  round {r + 1}/{runs} done", file=sys.stderr)


# --- figures ------------------------------------------------------------------------------

@dataclass
class Figures:
    t1: float
    t10: float
    marginal: float  # MB/s
    marginal_lo: float
    marginal_hi: float
    mbps1: float
    mbps10: float
    fixed: float  # seconds
    cpu_marginal: float | None
    cpu_lo: float | None
    cpu_hi: float | None
    busy: float | None  # median wall / median CPU time of the 10 MB runs

    @property
    def linearity(self) -> float:
        return self.mbps10 / self.mbps1


def marginal(dbytes: int, dt: float) -> float:
    return dbytes / MB / dt if dt > 0 else float("inf")


def figures(tree: Tree, nbytes: dict[str, int]) -> Figures:
    n1, n10 = nbytes["1 MB"], nbytes["10 MB"]
    w1, w10 = tree.wall["1 MB"], tree.wall["10 MB"]
    t1, t10 = statistics.median(w1), statistics.median(w10)
    m = marginal(n10 - n1, t10 - t1)
    per_round = [marginal(n10 - n1, b - a) for a, b in zip(w1, w10, strict=True)]
    cpu_m = cpu_lo = cpu_hi = busy = None
    if tree.cpu:
        c1, c10 = tree.cpu["1 MB"], tree.cpu["10 MB"]
        cpu_m = marginal(n10 - n1, statistics.median(c10) - statistics.median(c1))
        cpu_rounds = [marginal(n10 - n1, b - a) for a, b in zip(c1, c10, strict=True)]
        cpu_lo, cpu_hi = min(cpu_rounds), max(cpu_rounds)
        busy = t10 / statistics.median(c10)
    return Figures(t1, t10, m, min(per_round), max(per_round), n1 / MB / t1, n10 / MB / t10,
                   t1 - n1 / MB / m, cpu_m, cpu_lo, cpu_hi, busy)


def json_facts(path: Path) -> tuple[int, str, str]:
    """Bytes of the JSON, its indicator count and schema (or '?')."""
    import json

    size = path.stat().st_size
    try:
        data = json.loads(path.read_bytes())
        return size, f"{len(data['indicators']):,}", str(data.get("schema", "?"))
    except (ValueError, KeyError, TypeError):
        return size, "?", "?"


# --- printing -----------------------------------------------------------------------------

def print_header(trees: list[Tree], reports: dict[str, Path], runs: int) -> None:
    print(f"lawgov-gui extract benchmark — Python {platform.python_version()} "
          f"({sys.executable}), {platform.system()} {platform.machine()}, "
          f"{os.cpu_count()} CPUs", end="")
    if hasattr(os, "getloadavg"):
        print(f", load average {os.getloadavg()[0]:.2f} at start", end="")
    print()
    for tree in trees:
        print(f"  {tree.name:<9}{tree.label}")
    body = split_seed(SEED.read_text(encoding="utf-8"))[1]
    print(f"reports: the seed's {len(body.encode()):,}-byte body repeated: "
          + ", ".join(f"{n} = {p.stat().st_size:,} bytes" for n, p in reports.items()))
    print(f"each run: a fresh `python -m lawgov_gui extract REPORT > OUT.json`; "
          f"{runs} rounds after one warm-up per tree, medians\n", flush=True)


def print_runs(trees: list[Tree], nbytes: dict[str, int]) -> None:
    print(f"{'tree':<10}{'size':<7}{'report bytes':>13}{'JSON bytes':>13}{'indicators':>12}"
          f"{'schema':>8}{'median s':>10}{'min–max s':>15}{'MB/s':>7}{'CPU s':>7}")
    for tree in trees:
        for name, _ in SIZES:
            w = tree.wall[name]
            size, count, schema = json_facts(tree.out[name])
            cpu = f"{statistics.median(tree.cpu[name]):>7.2f}" if tree.cpu else f"{'-':>7}"
            print(f"{tree.name:<10}{name:<7}{nbytes[name]:>13,}{size:>13,}{count:>12}{schema:>8}"
                  f"{statistics.median(w):>10.3f}{f'{min(w):.3f}–{max(w):.3f}':>15}"
                  f"{nbytes[name] / MB / statistics.median(w):>7.2f}{cpu}")


def print_figures(trees: list[Tree], figs: dict[str, Figures]) -> None:
    names = [t.name for t in trees]
    rows = [
        ("marginal MB/s, 1 → 10 MB", lambda f: f"{f.marginal:.2f}"),
        ("  min–max over rounds", lambda f: f"{f.marginal_lo:.2f}–{f.marginal_hi:.2f}"),
        ("MB/s at 1 MB", lambda f: f"{f.mbps1:.2f}"),
        ("MB/s at 10 MB", lambda f: f"{f.mbps10:.2f}"),
        ("linearity (10 MB / 1 MB MB/s)", lambda f: f"{f.linearity:.2f}"),
        ("fixed cost (start-up), s", lambda f: f"{f.fixed:.3f}"),
        ("marginal MB/s on CPU time", lambda f: "-" if f.cpu_marginal is None
         else f"{f.cpu_marginal:.2f}"),
        ("  min–max over rounds", lambda f: "-" if f.cpu_lo is None
         else f"{f.cpu_lo:.2f}–{f.cpu_hi:.2f}"),
        ("wall / CPU time at 10 MB", lambda f: "-" if f.busy is None else f"{f.busy:.2f}"),
    ]
    print(f"\n{'':<32}" + "".join(f"{n:>12}" for n in names)
          + (f"{'ratio':>10}" if len(names) == 2 else ""))
    for label, cell in rows:
        line = f"{label:<32}" + "".join(f"{cell(figs[n]):>12}" for n in names)
        if len(names) == 2 and not label.startswith(("  ", "wall")):
            a, b = (cell(figs[n]) for n in names)
            with contextlib.suppress(ValueError, ZeroDivisionError):  # "-": no ratio
                line += f"{float(a) / float(b):>9.2f}x"
        print(line)
    if len(names) == 2:
        print(f"ratio = {names[0]} / {names[1]}; above 1 = {names[0]} is faster "
              "(for fixed cost: slower to start)")


def print_target(trees: list[Tree], figs: dict[str, Figures]) -> None:
    cur = figs[trees[0].name]
    if len(trees) == 2:
        a, b = (tree.out["10 MB"].read_bytes() for tree in trees)
        print(f"\nJSON of the 10 MB report: {'byte-identical' if a == b else 'different'} "
              "between the two trees")
    met = "met" if cur.marginal >= TARGET_MBPS else "NOT met"
    linear = "yes" if cur.linearity >= 1.0 else "NO (cost grows faster than the size)"
    print(f"target (issue 12): {trees[0].name} marginal {cur.marginal:.2f} MB/s "
          f">= {TARGET_MBPS:.0f} MB/s: {met}; linear (10 MB / 1 MB >= 1.00, "
          f"{cur.linearity:.2f}): {linear}")
    if cur.cpu_marginal is not None:
        cpu_met = "met" if cur.cpu_marginal >= TARGET_MBPS else "NOT met"
        print(f"  on CPU time: marginal {cur.cpu_marginal:.2f} MB/s: {cpu_met}")
    if cur.busy is not None and cur.busy > BUSY:
        print(f"  warning: the 10 MB runs took {cur.busy:.2f}x their CPU time: the machine was "
              "busy, so the wall-clock figures are low and\n  noisy; the CPU-time ones are "
              "the fairer comparison. Run again on a quiet machine.")


# --- profile --------------------------------------------------------------------------------

PHASES = """\
import sys, time
t0 = time.perf_counter()
from lawgov_gui import cli
from lawgov_gui.core import load_report
from lawgov_gui.core.writers.contract import to_json
t1 = time.perf_counter()
report = load_report(sys.argv[1])
t2 = time.perf_counter()
text = to_json(report) + "\\n"
t3 = time.perf_counter()
cli._write(text)
t4 = time.perf_counter()
print(t1 - t0, t2 - t1, t3 - t2, t4 - t3, file=sys.stderr)
"""


def phases(tree: Tree, report: Path, cwd: Path, runs: int = 3) -> None:
    """Median phases of fresh processes, no profiler: start, imports, core, JSON, write."""
    cmd = [sys.executable, "-c", PHASES, str(report)]
    rows, starts = [], []
    for _ in range(runs):
        t0 = time.perf_counter()
        subprocess.run([sys.executable, "-c", "pass"], cwd=cwd, env=tree.env(), check=True)
        starts.append(time.perf_counter() - t0)
        with open(cwd / "phases.json", "wb") as out:
            t0 = time.perf_counter()
            done = subprocess.run(cmd, cwd=cwd, env=tree.env(), stdout=out,
                                  stderr=subprocess.PIPE, text=True)
            total = time.perf_counter() - t0
        try:
            rows.append([*map(float, done.stderr.split()[-4:]), total])
        except ValueError:
            print(f"phase breakdown not available (the internals it calls changed?):\n"
                  f"{done.stderr}")
            return
    med = [statistics.median(col) for col in zip(*rows, strict=True)]
    start = statistics.median(starts)
    print(f"phases of one fresh process on the {report.stat().st_size:,}-byte report, "
          f"no profiler (median of {runs}):")
    named = [("interpreter start and exit (python -c pass)", start),
             ("imports (lawgov_gui.cli, core, writers.contract)", med[0]),
             ("load_report (read, decode, sections, indicators)", med[1]),
             ("to_json (to_dict + json.dumps)", med[2]),
             ("writing the JSON to the file (cli._write)", med[3]),
             ("the rest (mostly exit: freeing the report)", med[4] - start - sum(med[:4]))]
    for label, secs in named:
        print(f"  {label:<52}{secs:>8.3f} s{100 * secs / med[4]:>6.1f} %")
    print(f"  {'whole process (Popen to exit)':<52}{med[4]:>8.3f} s\n")


def profile(tree: Tree, report: Path, cwd: Path) -> None:
    phases(tree, report, cwd)
    sys.path.insert(0, str(tree.path))
    out = os.open(cwd / "profile.json", os.O_WRONLY | os.O_CREAT | os.O_TRUNC)
    saved = os.dup(1)

    def extract() -> int:
        from lawgov_gui import cli  # imports included, as in the command

        return cli.main(["extract", str(report)])

    profiler = cProfile.Profile()
    sys.stdout.flush()
    os.dup2(out, 1)
    try:
        code = profiler.runcall(extract)
    finally:
        sys.stdout.flush()
        os.dup2(saved, 1)
        os.close(saved)
        os.close(out)
    print(f"cProfile of cli.main(['extract', FILE]) in this process, lawgov_gui imports "
          f"included, stdout to a file (exit {code}); the profiler slows calls down, so "
          "read shares, not seconds")
    stats = pstats.Stats(profiler)
    for order in ("cumulative", "tottime"):
        stats.sort_stats(order).print_stats(20)


# --- main -----------------------------------------------------------------------------------

def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--baseline", metavar="REF",
                        help="git ref measured as today's (default: before SCHEMA = 2, else HEAD)")
    parser.add_argument("--runs", type=int, default=5, help="rounds (default 5)")
    parser.add_argument("--quick", action="store_true", help="3 rounds")
    parser.add_argument("--profile", action="store_true",
                        help="only where the time goes in the current tree's 10 MB extract")
    args = parser.parse_args(argv)
    runs = 3 if args.quick else max(1, args.runs)
    with tempfile.TemporaryDirectory(prefix="lawgov-bench-extract-") as tmp:
        folder = Path(tmp)
        reports = write_reports(folder)
        current = Tree("current", ROOT, f"{ROOT} (code {code_state()})")
        current.check(folder)
        if args.profile:
            profile(current, reports["10 MB"], folder)
            return
        ref, why = (args.baseline, args.baseline) if args.baseline else default_baseline()
        commit = unpack(ref, folder / "baseline")
        baseline = Tree("baseline", folder / "baseline", f"{commit} = {why}, via git archive")
        baseline.check(folder)
        trees = [current, baseline]
        print_header(trees, reports, runs)
        measure(trees, reports, runs, folder)
        nbytes = {name: path.stat().st_size for name, path in reports.items()}
        print_runs(trees, nbytes)
        figs = {tree.name: figures(tree, nbytes) for tree in trees}
        print_figures(trees, figs)
        print_target(trees, figs)


if __name__ == "__main__":
    main()
