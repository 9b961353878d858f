"""Time the indicator panels and table on a ~1 MB report (about 6,000 indicators).

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_panels.py

Prints the time to build every panel and the table for the report (each tab drawn
once: the panels draw a tab when it comes into view), the time of narrowing to a
section, and the cost of one hover event over the rates chart (target: building
≤ 200 ms; hover well under a frame, 16 ms).
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

from PySide6.QtCore import QPointF

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
SEED = ROOT / "seeds" / "jilin-2023-fazhi-zhengfu-report.txt"


def big_report(folder: Path, target: int = 1_000_000) -> Path:
    seed = SEED.read_text(encoding="utf-8")
    head, body = seed[: seed.index("2023年,")], seed[seed.index("2023年,"): seed.index("[ 纠错 ]")]
    path = folder / "big.txt"
    path.write_text(head + body * (target // len(body.encode()) + 1), encoding="utf-8")
    return path


def timed(fn) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def build_all(app, state, panels, report) -> float:
    """Seconds to show `report` in every tab, as a reader visiting each tab would."""
    def run() -> None:
        state.set_report(report)
        for i in range(panels.tabs.count()):
            panels.tabs.setCurrentIndex(i)
        app.processEvents()
    total = timed(run)
    panels.tabs.setCurrentIndex(0)
    return total


def main() -> None:
    from lawgov_gui.app import application
    from lawgov_gui.core import load_report
    from lawgov_gui.gui.common.state import AppState
    from lawgov_gui.gui.panels.panels import IndicatorPanels

    app = application()
    with tempfile.TemporaryDirectory() as folder:
        report = load_report(big_report(Path(folder)))
    state = AppState()
    panels = IndicatorPanels(state)
    panels.resize(460, 820)
    panels.show()
    app.processEvents()
    first = panels.rates.layout_widget  # warm up pyqtgraph once
    state.set_report(load_report(SEED))
    app.processEvents()
    builds = [build_all(app, state, panels, report) for _ in range(3)]
    current = timed(lambda: (state.set_report(report), app.processEvents()))
    section = next(s for s in report.iter_sections() if s.level == 2)
    narrow = timed(lambda: (state.set_scope(section), app.processEvents()))
    state.set_scope(None)
    rates = panels.rates
    vb = rates.plot.getViewBox()
    points = [vb.mapViewToScene(QPointF(5, row)) for row in range(0, 20)]
    hovers = [timed(lambda p=p: rates._moved(p)) for p in points * 5]
    print(f"~1 MB report: {len(report.indicators)} indicators, "
          f"{len([i for i in report.indicators if i.kind == 'percent'])} rates")
    print(f"set_report, tab in view drawn:        {current * 1000:7.1f} ms")
    print(f"set_report and every tab drawn (min):  {min(builds) * 1000:7.1f} ms   target ≤ 200 ms "
          f"{'PASS' if min(builds) <= 0.2 else 'over'}")
    print(f"narrow to one section:                 {narrow * 1000:7.1f} ms")
    print(f"hover over a bar, median / max:        {statistics.median(hovers) * 1000:7.2f} / "
          f"{max(hovers) * 1000:.2f} ms")
    del first


if __name__ == "__main__":
    main()
