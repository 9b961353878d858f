"""How fast the core turns a report file into a Report, and how that grows with size.

Times `load_report` (read + decode + clean + sections + indicators, from a file in a
temporary directory) on the sample report, on a ~1 MB and on a ~10 MB report made by
repeating the sample's body, and prints seconds, MB/s (1 MB = 10^6 bytes of file) and
indicators found. When Microsoft Recognizers-Text is installed it times its Chinese
number and percentage models over the same texts and prints the speed ratio. It also
prints the peak memory of the largest run.

Run from the repository root:

    .venv/bin/python benchmarks/bench_core.py             # seed, ~1 MB, ~10 MB
    .venv/bin/python benchmarks/bench_core.py --quick     # skip the ~10 MB size
    .venv/bin/python benchmarks/bench_core.py --profile   # cProfile the largest size only

The comparison needs the optional `bench` dependencies:

    .venv/bin/pip install -e '.[bench]'      # recognizers-text-suite, emoji<1.0
"""

from __future__ import annotations

import argparse
import cProfile
import gc
import itertools
import platform
import pstats
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from seed_reports import SEED, make_report, split_seed

from lawgov_gui.core import load_report

ROOT = Path(__file__).resolve().parent.parent
MB = 1_000_000
# (name, target size in bytes or 0 for the seed as it is, runs of our core)
SIZES = [("seed", 0, 20), ("1 MB", 1 * MB, 5), ("10 MB", 10 * MB, 3)]
THEIRS_RUNS = {"seed": 5, "1 MB": 3}
THEIRS_MAX_BYTES = 2 * MB  # their whole-text parse grows faster than linearly


@dataclass
class Case:
    name: str
    path: Path
    text: str
    nbytes: int


@dataclass
class Timing:
    seconds: float
    nbytes: int
    found: str
    measured_on: str = ""  # set when the figure comes from a smaller size

    @property
    def mbps(self) -> float:
        return self.nbytes / MB / self.seconds


# --- inputs -----------------------------------------------------------------------------

def write_cases(folder: Path, quick: bool) -> list[Case]:
    seed = SEED.read_text(encoding="utf-8")
    cases = []
    for name, target, _ in SIZES:
        if quick and name == "10 MB":
            continue
        text = make_report(seed, target)
        path = folder / f"report-{name.replace(' ', '')}.txt"
        path.write_bytes(SEED.read_bytes() if not target else text.encode("utf-8"))
        cases.append(Case(name, path, text, path.stat().st_size))
    return cases


# --- measuring ----------------------------------------------------------------------------

def median_time(fn: Callable[[], Any], runs: int) -> tuple[float, Any]:
    """Median wall time of `runs` calls of fn, and the last call's result."""
    times, result = [], None
    for _ in range(runs):
        t0 = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times), result


def bench_ours(case: Case) -> Timing:
    runs = next(r for name, _, r in SIZES if name == case.name)
    seconds, report = median_time(lambda: load_report(case.path), runs)
    return Timing(seconds, case.nbytes, str(len(report.indicators)))


def peak_memory(path: Path) -> tuple[int, int | None]:
    """Peak bytes traced by tracemalloc during one load_report, and the process peak RSS."""
    gc.collect()
    tracemalloc.start()
    load_report(path)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    try:
        import resource
    except ImportError:  # Windows
        return peak, None
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak, rss if sys.platform == "darwin" else rss * 1024


def load_theirs() -> tuple[Any, str]:
    """Recognizers-Text's Chinese number and percentage models, or None and why not."""
    try:
        from recognizers_number import NumberRecognizer
        from recognizers_text import Culture
    except (ImportError, AttributeError) as e:  # AttributeError: emoji>=1.0
        return None, f"{type(e).__name__}: {e}"
    recognizer = NumberRecognizer(Culture.Chinese)
    models = (recognizer.get_number_model(), recognizer.get_percentage_model())
    for model in models:
        model.parse("2023年增长82.37%，共1967件")  # warm up lazily built regexes
    return models, ""


def bench_theirs(models: Any, case: Case) -> Timing:
    """Both models over the decoded text (file reading and decoding not included)."""
    def parse() -> list[int]:
        return [len(model.parse(case.text)) for model in models]

    seconds, (numbers, percents) = median_time(parse, THEIRS_RUNS[case.name])
    return Timing(seconds, case.nbytes, f"{numbers} numbers, {percents} percentages")


# --- printing -----------------------------------------------------------------------------

def code_state() -> str:
    try:
        head = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT,
                              capture_output=True, text=True, check=True).stdout.strip()
        dirty = subprocess.run(["git", "status", "--porcelain", "lawgov_gui"], cwd=ROOT,
                               capture_output=True, text=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown (not a git checkout)"
    return head + (" + uncommitted changes under lawgov_gui/" if dirty else "")


def print_header(cases: list[Case]) -> None:
    print(f"lawgov_gui core benchmark — Python {platform.python_version()}, "
          f"{platform.system()} {platform.machine()}, code {code_state()}")
    body = split_seed(cases[0].text)[1]
    print(f"seed {SEED.relative_to(ROOT)}: {cases[0].nbytes:,} bytes; larger sizes repeat "
          f"its {len(body.encode()):,}-byte body\n")


def print_ours(cases: list[Case], ours: dict[str, Timing]) -> None:
    print("ours: load_report(file) = read + decode + clean + sections + indicators; median")
    print(f"{'size':<7}{'bytes':>12}{'runs':>6}{'seconds':>10}{'MB/s':>8}{'indicators':>12}")
    for case in cases:
        t, runs = ours[case.name], next(r for n, _, r in SIZES if n == case.name)
        print(f"{case.name:<7}{t.nbytes:>12,}{runs:>6}{t.seconds:>10.4f}{t.mbps:>8.2f}{t.found:>12}")
    print("MB/s of each size / MB/s of the size before it (1.00 = cost grows linearly "
          "with size; below 1 = faster than linearly):")
    for prev, case in itertools.pairwise(cases):
        ratio = ours[case.name].mbps / ours[prev.name].mbps
        print(f"  {case.name} vs {prev.name}: {ratio:.2f}")


def print_memory(case: Case, peak: int, rss: int | None) -> None:
    print(f"\npeak memory, {case.name} run: {peak / MB:.1f} MB allocated by Python "
          f"(tracemalloc, {peak / case.nbytes:.1f}x the file)", end="")
    print(f"; process peak RSS so far {rss / MB:.1f} MB" if rss else "")


def print_theirs(cases: list[Case], ours: dict[str, Timing], theirs: dict[str, Timing]) -> None:
    print("\nRecognizers-Text (recognizers_number, Culture.Chinese): NumberModel.parse + "
          "PercentModel.parse over the decoded text; median")
    print(f"{'size':<7}{'measured on':>12}{'seconds':>10}{'MB/s':>8}{'ours/theirs':>13}  found")
    for case in cases:
        t = theirs[case.name]
        on, secs, found = case.name, f"{t.seconds:>10.4f}", t.found
        if t.measured_on:  # extrapolated: MB/s only
            on, secs, found = t.measured_on + "*", f"{'-':>10}", "-"
        print(f"{case.name:<7}{on:>12}{secs}{t.mbps:>8.2f}"
              f"{ours[case.name].mbps / t.mbps:>12.1f}x  {found}")
    if any(t.measured_on for t in theirs.values()):
        print(f"* not run above {THEIRS_MAX_BYTES // MB} MB (too slow over the whole text): "
              "MB/s taken from the smaller run;\n  it slows down as the text grows, "
              "so the real ratio at that size is higher.")
    print("Note: they only find numbers and percentages (no units, subjects, sections or "
          "changes) and skip reading and decoding the file.")


# --- main -----------------------------------------------------------------------------------

def run_theirs(cases: list[Case], ours: dict[str, Timing]) -> None:
    models, why = load_theirs()
    if models is None:
        print(f"\nRecognizers-Text not compared: recognizers_text does not import ({why}).")
        print("Install it with: .venv/bin/pip install -e '.[bench]'")
        return
    theirs: dict[str, Timing] = {}
    last = cases[0]
    for case in cases:
        if case.nbytes <= THEIRS_MAX_BYTES:
            theirs[case.name], last = bench_theirs(models, case), case
        else:
            t = theirs[last.name]
            theirs[case.name] = Timing(t.seconds, t.nbytes, t.found, measured_on=last.name)
    print_theirs(cases, ours, theirs)


def profile(case: Case) -> None:
    print(f"cProfile of load_report on the {case.name} report ({case.nbytes:,} bytes)")
    profiler = cProfile.Profile()
    profiler.runcall(load_report, case.path)
    stats = pstats.Stats(profiler)
    for order in ("cumulative", "tottime"):
        stats.sort_stats(order).print_stats(25)


def run_all(cases: list[Case]) -> None:
    load_report(cases[0].path)  # warm-up
    print_header(cases)
    ours = {case.name: bench_ours(case) for case in cases}
    print_ours(cases, ours)
    print_memory(cases[-1], *peak_memory(cases[-1].path))
    run_theirs(cases, ours)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="skip the ~10 MB size")
    parser.add_argument("--profile", action="store_true", help="only cProfile the largest size")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="lawgov-bench-") as folder:
        cases = write_cases(Path(folder), args.quick)
        if args.profile:
            profile(cases[-1])
        else:
            run_all(cases)


if __name__ == "__main__":
    main()
