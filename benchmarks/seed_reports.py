"""Reports of any size made from the seed: its body repeated between its page head and tail.

Shared by bench_core.py and bench_extract.py; imports nothing of lawgov_gui, so a benchmark
that times whole processes does not load the core into its own.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "jilin-2023-fazhi-zhengfu-report.txt"
BODY_START = re.compile(r"^2023年", re.M)  # the body runs from this line ...
BODY_END = "[ 纠错 ]"  # ... up to (not including) this page-chrome line


def split_seed(text: str) -> tuple[str, str, str]:
    """The seed as head (page chrome), body (the report itself) and tail."""
    start = BODY_START.search(text)
    if start is None or BODY_END not in text:
        sys.exit(f"the seed no longer has a '2023年' line and a '{BODY_END}' line: {SEED}")
    end = text.index(BODY_END, start.start())
    return text[:start.start()], text[start.start():end], text[end:]


def make_report(seed: str, target: int) -> str:
    """A report of about `target` bytes (the seed itself for 0)."""
    if not target:
        return seed
    head, body, tail = split_seed(seed)
    room = target - len((head + tail).encode())
    copies = max(1, round(room / len(body.encode())))
    return head + body * copies + tail
