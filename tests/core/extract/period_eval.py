"""Period and scope accuracy of core/extract/period.py on the gold files in ../shared/eval.

Usage: PYTHONPATH=. python tests/core/extract/period_eval.py [-v]

Runs the current extractor on each gold file's text, pairs its indicators with the gold's as
shared/eval/score.py does (longest common subsequence on the text, then same value and unit),
applies `period.read` and prints period accuracy (over gold periods that are not null, as the
scorer counts), period agreement on all pairs (null included), and scope accuracy per file.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

from lawgov_gui.core import load_report
from lawgov_gui.core.extract.normalize import shadow
from lawgov_gui.core.extract.period import annotate, read
from lawgov_gui.core.extract.relations import link_changes
from lawgov_gui.core.model import Indicator, Kind

ROOT = Path(__file__).resolve().parents[3]
SHARED = ROOT.parent / "shared"
SEED = ROOT / "seeds" / "jilin-2023-fazhi-zhengfu-report.txt"


def _scorer():
    spec = importlib.util.spec_from_file_location("score", SHARED / "eval" / "score.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def gold_files() -> list[tuple[Path, Path]]:
    """(gold json, text) for every gold file that carries periods."""
    out = [(SHARED / "eval" / "gold" / "00_jilin_2023_seed.json", SEED)]
    out += [(g, g.with_suffix(".txt")) for g in sorted((SHARED / "eval" / "dev").glob("*.json"))]
    return [(g, t) for g, t in out if g.exists() and t.exists()
            and any("period" in i for i in json.loads(g.read_text("utf-8"))["indicators"])]


def evaluate(gold_path: Path, text_path: Path, verbose: bool = False) -> dict:
    """Period/scope accuracy for one file: counts and the misses."""
    sc = _scorer()
    gold = json.loads(gold_path.read_text("utf-8"))
    report = load_report(text_path)
    shade = shadow(report.text)
    gi = gold["indicators"]
    pi = report.indicators
    pairs = sc.lcs_pairs(gi, pi, lambda g, p: sc.norm(g.get("text")) == sc.norm(p.text))
    pairs = [(i, j) for i, j in pairs if sc.same_value(gi[i]["value"], pi[j].value)]
    res = {"pairs": len(pairs), "period": [0, 0], "agree": [0, 0], "scope": [0, 0], "misses": []}
    # as the pipeline will call it (the gold's issuer standing in for meta.issuer)
    readings = annotate(report.text, shade, pi, report.meta.year, gold.get("issuer"))
    for i, j in pairs:
        g, ind, r = gi[i], pi[j], readings[j]
        res["agree"][0] += r.period == g.get("period")
        res["agree"][1] += 1
        _tally(res, g, r, f"  ({ind.subject})")
        if verbose:
            print(f"    {g['text']:>12} p={r.period} s={r.scope} growth={r.growth}  {ind.subject}")
    res["gold_total"] = len(gi)
    return res


def gold_positioned(gold_path: Path, text_path: Path) -> dict:
    """The same measures with the gold's own figures as indicators (found in order in the text).

    Independent of the extractor's recall: every gold figure is judged, `relations` runs on them.
    """
    gold = json.loads(gold_path.read_text("utf-8"))
    report = load_report(text_path)
    shade = shadow(report.text)
    inds, pos = [], 0
    for n, g in enumerate(gold["indicators"]):
        at = report.text.find(g["text"], pos)
        if at < 0:
            continue
        pos = at + len(g["text"])
        inds.append((g, Indicator(f"g{n}", g["text"], at, pos, float(g["value"]), g.get("unit") or "",
                                  g.get("qualifier"), Kind(g.get("kind") or "other"))))
    link_changes(shade, [i for _, i in inds], report.meta.year)
    res = {"pairs": len(inds), "period": [0, 0], "scope": [0, 0], "misses": []}
    for g, ind in inds:
        _tally(res, g, read(report.text, shade, ind, report.meta.year, gold.get("issuer")))
    return res


def _tally(res: dict, g: dict, r, note: str = "") -> None:
    """Count one gold figure's period and scope against reading `r`; list it if it misses."""
    for key, got in (("period", r.period), ("scope", r.scope)):
        if g.get(key) is not None:
            res[key][0] += got == g[key]
            res[key][1] += 1
    if r.period != g.get("period") or r.scope != g.get("scope"):
        res["misses"].append(f"{g['text']!r}: gold {g.get('period')}/{g.get('scope')}"
                             f" got {r.period}/{r.scope}{note}")


def _acc(pair: list[int]) -> str:
    return f"{pair[0] / pair[1]:.3f} ({pair[0]}/{pair[1]})" if pair[1] else "n/a"


def main() -> int:
    verbose = "-v" in sys.argv
    for gold, text in gold_files():
        r = evaluate(gold, text, verbose)
        print(f"{gold.name:32} matched {r['pairs']}/{r['gold_total']}  period acc {_acc(r['period'])}"
              f"  all-pairs {_acc(r['agree'])}  scope acc {_acc(r['scope'])}")
        for m in r["misses"]:
            print("   miss", m)
        g = gold_positioned(gold, text)
        print(f"{'  (gold figures)':32} {g['pairs']:>3} figures  period acc {_acc(g['period'])}"
              f"  scope acc {_acc(g['scope'])}")
        for m in g["misses"]:
            print("   miss", m)
    return 0


if __name__ == "__main__":
    sys.exit(main())
