"""Fuzz every reader and the core with many random and mutated inputs.

Run: .venv/bin/python benchmarks/fuzz.py [--cases 100000] [--seed 0]

Each case is a file's bytes: random bytes, the seed mutated (bytes flipped,
slices deleted, duplicated or swapped, re-encoded), random HTML (also inside
<pre>), the seed with invisible format characters sprinkled anywhere, binary
with NULs, and mutated .docx and .pdf fixtures when tests/data has them. Every
case must either give a report whose offsets are all valid (text[start:end] ==
indicator.text, sections inside the text) or fail with the core's ReportError;
the seed with invisible characters must give exactly the seed's text. Anything
else is counted and its first examples printed. Prints the counts and the cases
per second.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
import traceback
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from lawgov_gui.core import ReportError, load_report  # noqa: E402

SEED_PATH = ROOT / "seeds" / "jilin-2023-fazhi-zhengfu-report.txt"
SEED = SEED_PATH.read_bytes()
DATA = ROOT / "tests" / "data"
TAGS = [b"<p>", b"</p>", b"<div class='nav'>", b"</div>", b"<br>", b"<script>", b"</script>",
        b"<table><tr><td>", b"</td></tr></table>", b"<iframe src='http://x'>", b"<img src=x>",
        b"<meta charset=gbk>", b"&nbsp;", b"&#x4e00;", b"<!--", b"-->", b"<h1>", b"</h1>"]


def mutate(data: bytes, rng: random.Random) -> bytes:
    """Flip, delete, duplicate or swap a few slices of `data`."""
    buf = bytearray(data)
    for _ in range(rng.randint(1, 6)):
        if not buf:
            break
        i, n = rng.randrange(len(buf)), rng.randint(1, 64)
        op = rng.randrange(4)
        if op == 0:
            buf[i] = rng.randrange(256)
        elif op == 1:
            del buf[i:i + n]
        elif op == 2:
            buf[i:i] = buf[i:i + n]
        else:
            j = rng.randrange(len(buf))
            buf[i:i + n], buf[j:j + n] = buf[j:j + n], buf[i:i + n]
    return bytes(buf)


def random_html(rng: random.Random) -> bytes:
    text = SEED.decode("utf-8")
    parts = [b"<html><body>"]
    for _ in range(rng.randint(5, 40)):
        parts.append(rng.choice(TAGS))
        start = rng.randrange(len(text))
        parts.append(text[start:start + rng.randint(0, 200)].encode("utf-8"))
    return b"".join(parts)


INVISIBLES = "\u200b\u200c\u200d\u200e\u2060\u2063\ufeff\u00ad\u202a\u202c\u2066\u2069\ufe0f\u034f"


def with_invisibles(text: str, rng: random.Random) -> str:
    """`text` with a few invisible characters inserted at random places."""
    chars = list(text)
    for _ in range(rng.randint(1, 40)):
        chars.insert(rng.randrange(len(chars) + 1), rng.choice(INVISIBLES))
    return "".join(chars)


def make_case(rng: random.Random, fixtures: list[tuple[str, bytes]]) -> tuple[str, str, bytes]:
    """(kind, file suffix, bytes) of one random case."""
    kind = rng.choice(["random", "seed", "seed-gbk", "html", "pre", "invisible", "nul",
                       "fixture"])
    if kind == "random":
        return kind, ".txt", rng.randbytes(rng.randint(0, 2000))
    if kind == "pre":
        return kind, ".html", b"<html><body><pre>" + mutate(SEED, rng) + b"</pre></body></html>"
    if kind == "invisible":
        return kind, ".txt", with_invisibles(SEED.decode("utf-8"), rng).encode("utf-8")
    if kind == "nul":
        unit = rng.randbytes(rng.randint(1, 12)) + b"\x00" * rng.randint(1, 3)
        return kind, ".txt", unit * rng.randint(10, 400)
    if kind == "seed":
        return kind, ".txt", mutate(SEED, rng)
    if kind == "seed-gbk":
        text = SEED.decode("utf-8").encode("gb18030", errors="replace")
        return kind, ".txt", mutate(text, rng)
    if kind == "html" or not fixtures:
        return "html", ".html", mutate(random_html(rng), rng)
    suffix, data = rng.choice(fixtures)
    return "fixture" + suffix, suffix, mutate(data, rng)


def check(path: Path, expected_text: str | None = None) -> str:
    """"ok", "refused" (a ReportError) or "bad: …".

    Args:
        path: the case.
        expected_text: the text the report must have, when the case is a disguised seed.
    """
    try:
        report = load_report(path)
    except ReportError as e:
        return "refused" if e.message.strip() else "bad: empty message"
    text = report.text
    if expected_text is not None and text != expected_text:
        return "bad: invisible characters changed the text"
    for ind in report.indicators:
        if not (0 <= ind.start < ind.end <= len(text) and text[ind.start:ind.end] == ind.text):
            return f"bad: indicator {ind.id} offsets"
    for s in report.iter_sections():
        if not 0 <= s.start <= s.end <= len(text):
            return f"bad: section {s.id} offsets"
    return "ok"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--cases", type=int, default=100_000)
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args(argv)
    rng = random.Random(args.seed)
    fixtures = [(p.suffix, p.read_bytes()) for p in sorted(DATA.glob("*")) if p.suffix in (".docx", ".pdf")]
    seed_text = load_report(SEED_PATH).text
    results: Counter[str] = Counter()
    failures: list[str] = []
    start = time.perf_counter()
    with tempfile.TemporaryDirectory() as folder:
        for n in range(args.cases):
            kind, suffix, data = make_case(rng, fixtures)
            path = Path(folder) / f"case{suffix}"
            path.write_bytes(data)
            try:
                verdict = check(path, seed_text if kind == "invisible" else None)
            except Exception:
                verdict = "crash: " + traceback.format_exc(limit=3).splitlines()[-1]
            results[(kind, verdict.split(":")[0])] += 1
            if verdict not in ("ok", "refused") and len(failures) < 10:
                failures.append(f"case {n} ({kind}): {verdict}")
    seconds = time.perf_counter() - start
    print(f"{args.cases} cases in {seconds:.1f} s ({args.cases / seconds:.0f} cases/s), seed {args.seed}")
    for (kind, verdict), count in sorted(results.items()):
        print(f"  {kind:<16} {verdict:<8} {count}")
    bad = sum(c for (k, v), c in results.items() if v not in ("ok", "refused"))
    print(f"unexpected: {bad}")
    for line in failures:
        print("  " + line)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
