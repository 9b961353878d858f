"""Start-up to a finished picture: the app's --screenshot against a bare window's grab.

Whole processes (offscreen), started one after another in turn, bare then ours:

- *bare*: imports PySide6.QtWidgets and pyqtgraph, shows a 1400×900 QMainWindow
  holding a pyqtgraph PlotWidget, runs processEvents once, grabs the window and
  writes it to a PNG;
- *ours*: `python -m lawgov_gui --screenshot OUT.png SEED`, which writes the PNG only
  once the text, the section tree and the indicator panels are drawn.

Each process is timed from Popen to exit (wall clock), and its CPU time (user +
system, from wait4) is recorded too: on a shared machine the CPU time moves less
than the wall time. One warm-up run of each is discarded. The script prints the
medians, the ratio ours/bare (target ≤ 1.3×) and checks every screenshot: the
same size, and how far its pixels differ from the first run's (the filter box's
text cursor blinks; nothing else should differ).

The children inherit the environment, PYTHONDONTWRITEBYTECODE included: when it
is set, lawgov_gui's modules are compiled from source in every run (an installed
package has its .pyc; site-packages here has them). `--pyc` gives both kinds a
bytecode cache in a temporary folder (PYTHONPYCACHEPREFIX), filled by the warm-up
run, as an installed program would have.

The screenshot's settings file lives in a temporary XDG_CONFIG_HOME, so the
user's window state plays no part; the warm-up run writes it once.

Run from the repository root:

    .venv/bin/python benchmarks/bench_startup.py            # 9 runs of each (about 30 s)
    .venv/bin/python benchmarks/bench_startup.py --runs 15
    .venv/bin/python benchmarks/bench_startup.py --pyc      # with a bytecode cache
    .venv/bin/python benchmarks/bench_startup.py --keep /tmp/shots   # keep the PNGs
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "jilin-2023-fazhi-zhengfu-report.txt"
TARGET = 1.3
TIMEOUT = 60.0  # seconds per child
SIZE = (1400, 900)  # the app's screenshot size (lawgov_gui.app.SCREENSHOT_SIZE)

BARE = f"""
import sys
from PySide6.QtWidgets import QApplication, QMainWindow
import pyqtgraph as pg
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.setCentralWidget(pg.PlotWidget())
window.resize({SIZE[0]}, {SIZE[1]})
window.show()
app.processEvents()
if not window.grab().toImage().save(sys.argv[1], "PNG"):
    sys.exit("bare: could not write " + sys.argv[1])
"""


@dataclass
class Run:
    wall: float  # seconds, Popen → exit
    cpu: float  # seconds, user + system of the child
    png: bytes


def run(cmd: list[str], out: Path, env: dict[str, str], cwd: Path) -> Run:
    """Start `cmd`, wait for it, and read the PNG it wrote to `out`."""
    out.unlink(missing_ok=True)
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=cwd, env=env, stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE)
    deadline = t0 + TIMEOUT
    while True:
        pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
        if pid:
            break
        if time.perf_counter() > deadline:
            proc.kill()
            sys.exit(f"hung after {TIMEOUT:.0f} s: {' '.join(cmd)}")
        time.sleep(0.002)
    wall = time.perf_counter() - t0
    proc.returncode = os.waitstatus_to_exitcode(status)
    err = proc.stderr.read().decode(errors="replace") if proc.stderr else ""
    if proc.returncode != 0 or not out.is_file():
        sys.exit(f"failed (exit {proc.returncode}): {' '.join(cmd)}\n{err}")
    return Run(wall, usage.ru_utime + usage.ru_stime, out.read_bytes())


def png_size(data: bytes) -> tuple[int, int]:
    """Width and height from a PNG's IHDR chunk."""
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        raise ValueError("not a PNG")
    return int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")


def differences(pngs: list[bytes]) -> str:
    """How the screenshots differ from the first one, in pixels.

    The filter box's text cursor blinks, so a few pixels at its left edge may
    differ from run to run; anything more means the picture is not settled.
    """
    import numpy as np
    from PySide6.QtGui import QImage

    def pixels(data: bytes) -> np.ndarray:
        image = QImage.fromData(data).convertToFormat(QImage.Format.Format_RGB32)
        return np.frombuffer(image.constBits(), np.uint32).reshape(image.height(), -1).copy()

    first, worst, box = pixels(pngs[0]), 0, None
    for data in pngs[1:]:
        other = pixels(data)
        if other.shape != first.shape:
            return "pictures of different sizes"
        ys, xs = np.nonzero(other != first)
        if len(xs) > worst:
            worst, box = len(xs), (int(xs.min()), int(ys.min()), int(xs.max()), int(ys.max()))
    if not worst:
        return "the same pixels in every run"
    return f"at most {worst} pixels differ from the first run's, inside {box} (x0, y0, x1, y1)"


def where_from() -> str:
    """The folder lawgov_gui is imported from in the children (PYTHONPATH or installed)."""
    found = subprocess.run([sys.executable, "-c", "import lawgov_gui; print(lawgov_gui.__file__)"],
                           capture_output=True, text=True, cwd=tempfile.gettempdir())
    return str(Path(found.stdout.strip()).parent.parent) if found.returncode == 0 else "?"


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--runs", type=int, default=9, help="measured runs of each kind (default 9)")
    p.add_argument("--pyc", action="store_true",
                   help="give the children a bytecode cache in a temporary folder")
    p.add_argument("--keep", metavar="DIR", help="copy the last screenshot of each kind here")
    args = p.parse_args()

    with tempfile.TemporaryDirectory(prefix="lawgov-startup-") as tmp:
        folder = Path(tmp)
        (folder / "config").mkdir()
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(folder / "config"))
        if args.pyc:
            env.pop("PYTHONDONTWRITEBYTECODE", None)
            env["PYTHONPYCACHEPREFIX"] = str(folder / "pyc")
        kinds = {
            "bare": [sys.executable, "-c", BARE, str(folder / "bare.png")],
            "ours": [sys.executable, "-m", "lawgov_gui", "--screenshot", str(folder / "ours.png"),
                     str(SEED)],
        }
        runs: dict[str, list[Run]] = {k: [] for k in kinds}
        for n in range(args.runs + 1):
            for kind, cmd in kinds.items():
                r = run(cmd, folder / f"{kind}.png", env, folder)
                if n:  # run 0 warms the disk cache (and with --pyc, the bytecode cache)
                    runs[kind].append(r)
        if args.keep:
            Path(args.keep).mkdir(parents=True, exist_ok=True)
            for kind in kinds:
                shutil.copy(folder / f"{kind}.png", Path(args.keep) / f"{kind}.png")

    bytecode = "bytecode cache in a temporary folder" if args.pyc else (
        "no .pyc for lawgov_gui (PYTHONDONTWRITEBYTECODE is set)"
        if os.environ.get("PYTHONDONTWRITEBYTECODE") else "the usual __pycache__")
    print(f"lawgov_gui from {where_from()}; {bytecode}")
    print(f"{args.runs} alternating runs of each (after one warm-up run), fresh offscreen processes")
    print(f"{'':<52}{'wall, median':>13}{'CPU, median':>13}{'wall, min':>11}")
    labels = {"bare": "bare: PySide6 + pyqtgraph window, shown and grabbed",
              "ours": "ours: --screenshot on the seed, panels drawn"}
    wall = {k: statistics.median(r.wall for r in v) for k, v in runs.items()}
    cpu = {k: statistics.median(r.cpu for r in v) for k, v in runs.items()}
    for kind, label in labels.items():
        low = min(r.wall for r in runs[kind])
        print(f"{label:<52}{wall[kind] * 1000:>10.0f} ms{cpu[kind] * 1000:>10.0f} ms"
              f"{low * 1000:>8.0f} ms")
    ratio, cpu_ratio = wall["ours"] / wall["bare"], cpu["ours"] / cpu["bare"]
    verdict = "PASS" if ratio <= TARGET else "over"
    print(f"{'ours / bare':<52}{ratio:>12.2f}x{cpu_ratio:>12.2f}x")
    print(f"target: wall ratio ≤ {TARGET}x: {verdict}")
    pairs = zip(runs["bare"], runs["ours"], strict=True)
    print("all runs, wall ms (bare / ours): "
          + "  ".join(f"{b.wall * 1000:.0f}/{o.wall * 1000:.0f}" for b, o in pairs))

    sizes = {png_size(r.png) for r in runs["ours"]}
    print(f"screenshots: {', '.join(f'{w}×{h}' for w, h in sizes)}; "
          + differences([r.png for r in runs["ours"]]))
    if sizes != {SIZE}:
        sys.exit("a screenshot has the wrong size")

if __name__ == "__main__":
    main()
