"""How fast the reader window starts and answers the reader, on the sample and on big reports.

Start-up: fresh processes (offscreen) that open the window on the sample report and
quit when `reportShown` fires, against a bare PySide6 + pyqtgraph window that shows
nothing. Responsiveness, in this process, on a ~1 MB report (the sample's body
repeated, as in bench_core.py) once its background layout has finished: a section
jump, one scroll event's handling and find-all. Loading: open → shown time and the
worst event-loop gap while a ~1 MB and a ~10 MB report load.

Run from the repository root:

    .venv/bin/python benchmarks/bench_gui.py             # everything (about 1–2 minutes)
    .venv/bin/python benchmarks/bench_gui.py --quick     # skip the ~10 MB report
    .venv/bin/python benchmarks/bench_gui.py --profile   # cProfile opening ~10 MB, and
                                                         # jumps, scrolling and find on ~1 MB
"""

from __future__ import annotations

import argparse
import cProfile
import os
import platform
import pstats
import random
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from bench_core import MB, ROOT, SEED, code_state, make_report
from PySide6 import __version__ as PYSIDE_VERSION
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

import lawgov_gui
from lawgov_gui.app import application, build_window
from lawgov_gui.core import Report
from lawgov_gui.core.analysis.search import Searcher
from lawgov_gui.gui.shell.main_window import MainWindow

STARTUP_RUNS = 7  # per kind, alternating, after one discarded warm-up run of each
JUMPS = 200  # different sections
SCROLL_STEPS = 200  # scroll-bar positions from top to bottom
FIND_RUNS, FIND_CORE_RUNS = 5, 30
QUERY = "行政复议"
SHOW_TIMEOUT, LAYOUT_TIMEOUT, CHILD_TIMEOUT = 120.0, 180.0, 30.0  # seconds

# Each child prints the seconds from BENCH_T0 (the parent's time.time() just before
# Popen) to "shown", then quits its event loop and exits normally.
BARE = """
import os, sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
import pyqtgraph
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.show()
def shown():
    print(time.time() - float(os.environ["BENCH_T0"]), flush=True)
    app.quit()
QTimer.singleShot(0, shown)
app.exec()
"""
QT_ONLY = BARE.replace("import pyqtgraph\n", "")  # a second, lighter baseline (information)
OURS = """
import os, sys, time
from PySide6.QtCore import QSettings
from lawgov_gui.app import application, build_window
app = application()
window = build_window(sys.argv[1], QSettings(sys.argv[2], QSettings.Format.IniFormat))
def shown(_report):
    print(time.time() - float(os.environ["BENCH_T0"]), flush=True)
    app.quit()
window.reportShown.connect(shown)
app.exec()
"""


@dataclass
class Row:
    """One line of the summary table."""

    figure: str
    value: float
    unit: str  # "ms", "s" or "x"
    target: float | None = None  # at most this; None: for information

    def shown(self, value: float | None = None) -> str:
        v = self.value if value is None else value
        if self.unit == "x":
            return f"{v:.2f}x"
        return f"{v:.1f} ms" if self.unit == "ms" else f"{v:.2f} s"

    @property
    def verdict(self) -> str:
        if self.target is None:
            return "(info)"
        return "PASS" if self.value <= self.target else "over"


@dataclass
class Loading:
    """How one report loaded: open → shown, then shown → fully laid out."""

    shown_s: float
    shown_gap_ms: float
    layout_s: float | None = None  # None: not measured or timed out
    layout_gap_ms: float | None = None


# --- small helpers ------------------------------------------------------------------------

def ms(seconds: float) -> float:
    return seconds * 1000


def p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20, method="inclusive")[-1]


def timed(fn: Callable[[], object]) -> float:
    t0 = time.perf_counter()
    fn()
    return time.perf_counter() - t0


def spin(app: QApplication, done: Callable[[], bool], timeout: float) -> tuple[float, float, bool]:
    """Process events until done() or timeout: (seconds taken, worst processEvents ms, done)."""
    t0, worst = time.perf_counter(), 0.0
    while not done():
        if time.perf_counter() - t0 > timeout:
            return time.perf_counter() - t0, worst, False
        worst = max(worst, ms(timed(app.processEvents)))
        time.sleep(0.0005)  # leave the CPU (and the GIL) to the loader thread
    return time.perf_counter() - t0, worst, True


def report_of(window: MainWindow) -> Report:
    report = window.state.report
    assert report is not None, "no report is shown"
    return report


def laid_out(window: MainWindow) -> bool:
    return window.text.document().lastBlock().layout().lineCount() > 0


# --- start-up -------------------------------------------------------------------------------

@dataclass
class Child:
    """One start-up process: its times and how it ended."""

    wall: float | None  # Popen → exit; None when it had to be killed
    shown: float | None  # launch → shown as the child saw it; None: never shown
    trouble: str = ""  # "" for a normal exit, else how it ended
    stderr: str = ""


def ended(returncode: int) -> str:
    if returncode == 0:
        return ""
    if returncode < 0:
        return f"killed by {signal.Signals(-returncode).name}"
    return f"exit code {returncode}"


def shown_time(out: str | bytes | None) -> float | None:
    text = out.decode() if isinstance(out, bytes) else out or ""
    return float(text.split()[-1]) if text.strip() else None


def run_child(code: str, args: list[str], folder: Path) -> Child:
    """Start one child and time it (see BARE and OURS).

    The child runs in `folder`, so `python -c` imports lawgov_gui as this process
    does (installed, or from PYTHONPATH), not from the current directory.
    """
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    t0 = time.time()
    env["BENCH_T0"] = repr(t0)
    try:
        proc = subprocess.run([sys.executable, "-c", code, *args], cwd=folder, env=env,
                              capture_output=True, text=True, timeout=CHILD_TIMEOUT)
    except subprocess.TimeoutExpired as e:
        return Child(None, shown_time(e.stdout), f"hung, killed after {CHILD_TIMEOUT:.0f} s")
    wall = time.time() - t0
    return Child(wall, shown_time(proc.stdout), ended(proc.returncode), proc.stderr)


def median_of(values: list[float | None]) -> float:
    return statistics.median(v for v in values if v is not None)


def bench_startup(folder: Path) -> dict[str, list[Child]]:
    """The measured runs of each kind of child: bare, qt-only, ours."""
    kinds = {"bare": BARE, "qt-only": QT_ONLY, "ours": OURS}
    runs: dict[str, list[Child]] = {kind: [] for kind in kinds}
    for n in range(STARTUP_RUNS + 1):
        for kind, code in kinds.items():
            args = [str(SEED), str(folder / f"settings-{n}.ini")] if kind == "ours" else []
            child = run_child(code, args, folder)
            if child.shown is None and child.wall is not None:
                sys.exit(f"{kind} start-up child never got shown ({child.trouble}):\n"
                         f"{child.stderr}")
            if n:  # run 0 warms the disk cache
                runs[kind].append(child)
    return runs


# --- loading --------------------------------------------------------------------------------

def open_and_wait(app: QApplication, window: MainWindow, path: Path, layout: bool) -> Loading:
    """Open `path` in `window`; time it to shown and, if asked, to fully laid out."""
    shown: list[object] = []
    window.reportShown.connect(shown.append)
    window.open_path(path)
    secs, gap, ok = spin(app, lambda: bool(shown), SHOW_TIMEOUT)
    window.reportShown.disconnect(shown.append)
    if not ok:
        sys.exit(f"{path.name} was not shown within {SHOW_TIMEOUT:.0f} s")
    result = Loading(secs, gap)
    if layout:
        secs, gap, ok = spin(app, lambda: laid_out(window), LAYOUT_TIMEOUT)
        result.layout_s, result.layout_gap_ms = (secs, gap) if ok else (None, gap)
    return result


# --- responsiveness on the laid-out ~1 MB report --------------------------------------------

def bench_jumps(app: QApplication, window: MainWindow) -> tuple[list[float], list[float]]:
    """Seconds of jump_to_section, and of jump + a synchronous repaint of the text."""
    ids = [s.id for s in report_of(window).iter_sections()]
    picked = ids[:: max(1, len(ids) // JUMPS)][:JUMPS]
    random.Random(0).shuffle(picked)  # far jumps, in both directions
    jumps, painted = [], []
    viewport = window.text.viewport()
    for sid in picked:
        jumps.append(timed(lambda sid=sid: window.jump_to_section(sid)))
        app.processEvents()
    for sid in reversed(picked):
        painted.append(timed(lambda sid=sid: (window.jump_to_section(sid), viewport.repaint())))
        app.processEvents()
    return jumps, painted


def scroll_positions(window: MainWindow) -> list[int]:
    top = window.text.verticalScrollBar().maximum()
    return [round(top * (i + 1) / SCROLL_STEPS) for i in range(SCROLL_STEPS)]


def bench_scroll(app: QApplication, window: MainWindow) -> tuple[list[float], list[float]]:
    """Seconds of bar.setValue (one scroll event, handlers included), and of the handler alone.

    For the handler alone the tree first forgets its section (follow(None)), so
    each call does the full work of selecting and revealing a section.
    """
    bar = window.text.verticalScrollBar()
    bar.setValue(0)
    app.processEvents()
    events, handler = [], []
    for v in scroll_positions(window):
        events.append(timed(lambda v=v: bar.setValue(v)))
        app.processEvents()
        window.tree.follow(None)
        handler.append(timed(lambda: window._follow_text(window.text.top_offset())))
    return events, handler


def bench_find(window: MainWindow) -> tuple[float, float, int]:
    """Median seconds of the find UI's search and of Searcher.find_all; match count."""
    searcher = Searcher(report_of(window))
    core = statistics.median(timed(lambda: searcher.find_all(QUERY)) for _ in range(FIND_CORE_RUNS))
    ui = []
    for _ in range(FIND_RUNS):
        ui.append(timed(lambda: window.find.search(QUERY)))
        window.find.search("")
    return statistics.median(ui), core, len(searcher.find_all(QUERY))


# --- printing -------------------------------------------------------------------------------

def print_startup(runs: dict[str, list[Child]]) -> list[Row]:
    labels = {"bare": "bare: PySide6 + pyqtgraph, empty QMainWindow",
              "qt-only": "(bare without pyqtgraph, for information)",
              "ours": "ours: build_window(seed) until reportShown"}
    shown = {k: median_of([c.shown for c in v]) for k, v in runs.items()}
    wall = {k: median_of([c.wall for c in v]) for k, v in runs.items()}
    print(f"start-up, fresh offscreen processes, median of {STARTUP_RUNS} alternating runs each")
    print(f"{'':<46}{'launch → shown':>15}{'Popen → exit':>14}")
    for kind, label in labels.items():
        print(f"{label:<46}{shown[kind]:>13.3f} s{wall[kind]:>12.3f} s")
    print(f"{'ours / bare':<46}{shown['ours'] / shown['bare']:>14.2f}x"
          f"{wall['ours'] / wall['bare']:>13.2f}x")
    print_troubles(runs)
    return [Row("start-up ours/bare, launch → shown", shown["ours"] / shown["bare"], "x", 1.3),
            Row("start-up ours/bare, Popen → exit", wall["ours"] / wall["bare"], "x", 1.3)]


def print_troubles(runs: dict[str, list[Child]]) -> None:
    """Say which children did not exit normally (their times are kept unless they hung)."""
    for kind, children in runs.items():
        troubles = Counter(c.trouble for c in children if c.trouble)
        if troubles:
            what = ", ".join(f"{t} ×{n}" for t, n in troubles.items())
            print(f"  warning: {sum(troubles.values())} of {len(children)} '{kind}' runs did not "
                  f"exit normally: {what}. Hung runs count for launch → shown only.")
    print()


def print_loading(name: str, nbytes: int, load: Loading) -> list[Row]:
    print(f"{name} report ({nbytes:,} bytes): open → shown {load.shown_s:.2f} s, "
          f"worst event-loop gap {load.shown_gap_ms:.0f} ms")
    if load.layout_gap_ms is not None:
        done = f"{load.layout_s:.2f} s" if load.layout_s is not None \
            else f"not finished after {LAYOUT_TIMEOUT:.0f} s"
        print(f"  shown → background layout finished: {done}, "
              f"worst event-loop gap {load.layout_gap_ms:.0f} ms")
    rows = [Row(f"{name}: open → shown", load.shown_s, "s"),
            Row(f"{name}: worst gap, open → shown", load.shown_gap_ms, "ms")]
    if load.layout_gap_ms is not None:
        rows.append(Row(f"{name}: worst gap, background layout", load.layout_gap_ms, "ms"))
    return rows


def print_responsiveness(jumps: tuple[list[float], list[float]],
                         scroll: tuple[list[float], list[float]],
                         find: tuple[float, float, int]) -> list[Row]:
    (jump, painted), (events, handler), (ui, core, count) = jumps, scroll, find
    print(f"\n1 MB report, laid out: {len(jump)} jumps to different sections, "
          f"{len(events)} scroll positions top → bottom, find {QUERY!r} ({count} matches)")
    rows = [Row("jump_to_section, median", ms(statistics.median(jump)), "ms", 16),
            Row("jump_to_section, max", ms(max(jump)), "ms"),
            Row("jump + repaint of the text, median", ms(statistics.median(painted)), "ms"),
            Row("scroll event (bar.setValue), median", ms(statistics.median(events)), "ms", 2),
            Row("scroll event (bar.setValue), p95", ms(p95(events)), "ms", 2),
            Row("_follow_text(top_offset()), median", ms(statistics.median(handler)), "ms"),
            Row("_follow_text(top_offset()), p95", ms(p95(handler)), "ms"),
            Row("find.search (spans+highlight+list)", ms(ui), "ms", 100),
            Row("Searcher.find_all alone", ms(core), "ms", 100)]
    return rows


def print_table(rows: list[Row]) -> None:
    print(f"\n{'figure':<40}{'measured':>12}{'target':>12}  verdict")
    for row in rows:
        target = "" if row.target is None else "≤ " + row.shown(row.target)
        print(f"{row.figure:<40}{row.shown():>12}{target:>12}  {row.verdict}")


# --- main -----------------------------------------------------------------------------------

def write_report(folder: Path, name: str, target: int) -> tuple[Path, int]:
    path = folder / f"report-{name.replace(' ', '')}.txt"
    path.write_bytes(make_report(SEED.read_text(encoding="utf-8"), target).encode("utf-8"))
    return path, path.stat().st_size


def start_window(app: QApplication, folder: Path) -> MainWindow:
    """The window on the seed (settings in `folder`), shown and laid out."""
    window = build_window(SEED, QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat))
    if not spin(app, lambda: window.state.report is not None and laid_out(window), 60)[2]:
        sys.exit("the seed report was not shown within 60 s")
    return window


def profile(app: QApplication, window: MainWindow, folder: Path, quick: bool) -> None:
    """cProfile opening the largest report (until laid out), then, on ~1 MB, the jumps,
    the scrolling and find. Time inside Qt shows up as the Qt call that ran it."""
    big = write_report(folder, "1 MB" if quick else "10 MB", MB if quick else 10 * MB)[0]
    small = write_report(folder, "1 MB", MB)[0]
    steps = [(f"open {big.name} → shown → laid out", lambda: open_and_wait(app, window, big, True)),
             ("open ~1 MB (not profiled)", None),
             ("jumps", lambda: bench_jumps(app, window)),
             ("scroll", lambda: bench_scroll(app, window)),
             ("find", lambda: bench_find(window))]
    for name, fn in steps:
        if fn is None:
            open_and_wait(app, window, small, True)
            continue
        print(f"\n===== cProfile: {name} =====")
        profiler = cProfile.Profile()
        profiler.runcall(fn)
        stats = pstats.Stats(profiler)
        for order in ("cumulative", "tottime"):
            stats.sort_stats(order).print_stats(18)


def run_all(app: QApplication, window: MainWindow, folder: Path, quick: bool) -> None:
    print(f"lawgov_gui GUI benchmark — Python {platform.python_version()}, PySide6 "
          f"{PYSIDE_VERSION}, {platform.system()} {platform.machine()}, "
          f"QT_QPA_PLATFORM={os.environ['QT_QPA_PLATFORM']}")
    package = Path(lawgov_gui.__file__).parent
    where = f"code {code_state()}" if package.parent == ROOT else f"lawgov_gui from {package}"
    print(where + "\n")
    rows = print_startup(bench_startup(folder))
    path, nbytes = write_report(folder, "1 MB", MB)
    rows += print_loading("1 MB", nbytes, open_and_wait(app, window, path, layout=True))
    if not laid_out(window):
        sys.exit("the 1 MB report's layout did not finish; responsiveness not measured")
    rows += print_responsiveness(bench_jumps(app, window), bench_scroll(app, window),
                                 bench_find(window))
    if not quick:
        path, nbytes = write_report(folder, "10 MB", 10 * MB)
        print()
        rows += print_loading("10 MB", nbytes, open_and_wait(app, window, path, layout=True))
    print_table(rows)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="skip the ~10 MB report")
    parser.add_argument("--profile", action="store_true",
                        help="only cProfile opening the largest report, and jumps, "
                        "scrolling and find on ~1 MB")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # read when the QApplication starts
    app = application()
    with tempfile.TemporaryDirectory(prefix="lawgov-bench-gui-") as name:
        folder = Path(name)
        window = start_window(app, folder)
        if args.profile:
            profile(app, window, folder, args.quick)
        else:
            run_all(app, window, folder, args.quick)
        window.close()


if __name__ == "__main__":
    main()
