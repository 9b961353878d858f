"""Whether the window keeps answering while the library imports: the event loop's longest pause.

Run from the repository root, in a real window (recommended) or offscreen:
    bash packaging/dev.sh xvfb .venv/bin/python benchmarks/bench_library_window.py \
        [--reports N] [--before M]

The reader window opens on the seed (private settings and data folder; its library already
holding M variants of the seed, default 0), the library window is shown (Ctrl+L: the window
and its tabs made, each tab's chart or panes and 比较's figures only when the tab is first shown),
and a 10 ms timer records the gaps between its ticks — the longest is how long the window could
not answer a key or a click:
1. Opening the library window, then 1 s.
2. Baseline, same run: the library window idle for 3 s.
3. Import: N further variants of the seed (default 100; as bench_library.py writes them) added
   through the library window (`LibraryWindow.add`, as 添加文件夹… does), until its results are
   listed.
Prints, for each, the longest gap, the 99th percentile and how many gaps passed 100 ms, and for
the import the wall time, reports/s and the load average. Target: longest pause ≤ 100 ms.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.bench_library import write_variants
from benchmarks.seed_reports import SEED

TARGET_MS = 100
IDLE_MS = 3000


class Gaps:
    """The gaps between the ticks of a 10 ms timer, in milliseconds."""

    def __init__(self) -> None:
        from PySide6.QtCore import QElapsedTimer, QTimer

        self.clock, self.timer = QElapsedTimer(), QTimer()
        self.timer.setInterval(10)
        self.timer.timeout.connect(self._tick)
        self.gaps: list[int] = []
        self._last = 0

    def __enter__(self) -> Gaps:
        self.clock.start()
        self.timer.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.timer.stop()

    def _tick(self) -> None:
        now = self.clock.elapsed()
        self.gaps.append(now - self._last)
        self._last = now

    def line(self, what: str) -> str:
        g = sorted(self.gaps) or [0]
        p99 = g[min(len(g) - 1, int(len(g) * 0.99))]
        over = sum(1 for x in g if x > TARGET_MS)
        verdict = "PASS" if g[-1] <= TARGET_MS else "over"
        return (f"{what:<34} longest {g[-1]:4d} ms  p99 {p99:3d} ms  median "
                f"{statistics.median(g):3.0f} ms  gaps > {TARGET_MS} ms: {over}  [{verdict}]")


def wait_for(signal, ms: int) -> None:
    """Run the event loop until `signal` fires (or `ms` pass)."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    signal.connect(loop.quit)
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def open_window(folder: Path):
    """The reader window on the seed, its settings in `folder`, shown."""
    from PySide6.QtCore import QSettings

    from lawgov_gui.app import build_window

    window = build_window(SEED, QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat))
    wait_for(window.reportShown, 30000)
    return window


def settle(ms: int) -> None:
    """Run the event loop for `ms`."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def fill_first(folder: Path, files: list[Path]) -> None:
    """Move `files` out of the reports to import and add them to the library before the reader
    window opens."""
    if files:
        from lawgov_gui.core.library import Library
        from lawgov_gui.core.library.paths import default_db_path

        first = folder / "first"
        first.mkdir()
        for f in files:
            f.rename(first / f.name)
        with Library(default_db_path()) as library:
            library.add([first], workers=2)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reports", type=int, default=100)
    parser.add_argument("--before", type=int, default=0,
                        help="variants in the library before the window opens")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        os.environ["XDG_DATA_HOME"] = str(folder / "data")  # a private library
        reports = folder / "reports"
        reports.mkdir()
        write_variants(reports, args.before + args.reports)
        fill_first(folder, sorted(reports.iterdir())[:args.before])
        from lawgov_gui.app import application

        app = application()
        print(f"QPA platform: {app.platformName()}; {os.cpu_count()} cores; "
              f"load average {os.getloadavg()[0]:.2f}")
        with Gaps() as start:
            window = open_window(folder)
            settle(IDLE_MS)
        print(start.line("start-up, then 3 s"))
        with Gaps() as opening:
            window.library_commands.show()
            settle(1000)
        print(opening.line("opening the library window, 1 s"))
        library = window.library_window
        with Gaps() as idle:
            settle(IDLE_MS)
        print(idle.line("baseline: library window idle 3 s"))
        started = time.perf_counter()
        with Gaps() as busy:
            assert library.add([str(reports)])
            wait_for(library.panel.ended, 600_000)
        took = time.perf_counter() - started
        print(busy.line(f"importing {args.reports} reports"))
        print(f"import: {took:.1f} s wall, {args.reports / took:.0f} reports/s; "
              f"{library.reports.table.model().rowCount()} reports listed; "
              f"load average {os.getloadavg()[0]:.2f}")
    sys.stdout.flush()
    os._exit(0)  # no teardown of Qt's objects in no particular order (see tests/conftest.py)


if __name__ == "__main__":
    main()
