"""Run `lawgov-gui` in a child process and measure its wall time and peak memory.

The child is this tree's package (PYTHONPATH), under an address-space cap so a
regression fails the test instead of taking the machine's memory. Its peak
resident size comes from os.wait4, the resource usage of that one child
(getrusage(RUSAGE_CHILDREN) would report the largest child of the whole run),
taken by a small launcher process: a child forked straight from the test run
would count the test run's own memory, held until its exec, in its peak.
Limits of lawgov_gui.core.limits or lawgov_gui.core.summary.bounds may be lowered in the
child, so that a small input meets the same bound a large one would, and a
prelude may set up a fault (a file-size limit, a failing fsync).
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from tests.conftest import ROOT

MB = 2**20
ADDRESS_SPACE_CAP = 6 * 1024 * MB  # virtual memory; Qt alone maps about 1.5 GB

_CHILD = """
import json, resource, sys
cap = int(sys.argv[1])
resource.setrlimit(resource.RLIMIT_AS, (cap, cap))
import lawgov_gui.core.limits as limits, lawgov_gui.core.summary.bounds as summary
for module, values in ((limits, json.loads(sys.argv[2])), (summary, json.loads(sys.argv[3]))):
    for name, value in values.items():
        assert hasattr(module, name), name
        setattr(module, name, value)
exec(sys.argv[4])
from lawgov_gui.cli import main
sys.exit(main(sys.argv[5:]))
"""


_LAUNCHER = """
import json, os, subprocess, sys, threading
command, timeout, report = json.loads(sys.argv[1]), float(sys.argv[2]), sys.argv[3]
proc = subprocess.Popen(command)
timer = threading.Timer(timeout, proc.kill)
timer.start()
_, status, usage = os.wait4(proc.pid, 0)
timer.cancel()
proc.returncode = os.waitstatus_to_exitcode(status)
with open(report, "w") as f:
    json.dump({"code": proc.returncode, "peak_kb": usage.ru_maxrss}, f)
"""


@dataclass(frozen=True, slots=True)
class Run:
    """What a child run of `lawgov-gui` did."""

    code: int
    stdout: bytes
    stderr: str
    seconds: float
    peak_mb: float

    def refusal(self) -> str:
        """The one Chinese line of a run that refused its input (exit 2, nothing printed)."""
        assert self.code == 2, self.stderr
        assert self.stdout == b""
        lines = self.stderr.splitlines()
        assert len(lines) == 1 and re.search(r"[\u4e00-\u9fff]", lines[0]), self.stderr
        return lines[0]

    def within(self, seconds: float, megabytes: float) -> None:
        """Assert the run took less than `seconds` and peaked under `megabytes`."""
        assert self.seconds < seconds and self.peak_mb < megabytes, (self.seconds, self.peak_mb)


def run_cli(args: list[str], tmp_path: Path, *, limits: dict | None = None,
            summary: dict | None = None, prelude: str = "", timeout: float = 60,
            stdout: Path | None = None) -> Run:
    """Run `lawgov-gui ARGS` in a child; kill it after `timeout` seconds.

    Args:
        args: the command line after `lawgov-gui`.
        tmp_path: where its output is collected.
        limits: names of lawgov_gui.core.limits to set in the child.
        summary: names of lawgov_gui.core.summary.bounds to set in the child.
        prelude: Python code the child runs first (a simulated fault).
        timeout: seconds before the child is killed (the run then has code -9).
        stdout: a file for its standard output (default: collected in tmp_path).
    """
    out_path = stdout or tmp_path / "child.out"
    err_path = tmp_path / "child.err"
    env = dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen")
    env.pop("PYTHONIOENCODING", None)
    command = [sys.executable, "-c", _CHILD, str(ADDRESS_SPACE_CAP), json.dumps(limits or {}),
               json.dumps(summary or {}), prelude, *args]
    report = tmp_path / "child.json"
    with open(out_path, "wb") as out, open(err_path, "wb") as err:
        started = time.monotonic()
        subprocess.run([sys.executable, "-c", _LAUNCHER, json.dumps(command), str(timeout),
                        str(report)], stdout=out, stderr=err, cwd=ROOT, env=env, check=True,
                       timeout=timeout + 30)
        seconds = time.monotonic() - started
    result = json.loads(report.read_text())
    captured = out_path.read_bytes() if stdout is None else b""
    return Run(result["code"], captured, err_path.read_text("utf-8", "replace"), seconds,
               result["peak_kb"] / 1024)
