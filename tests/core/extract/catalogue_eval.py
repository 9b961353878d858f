"""Canonical-id P/R/F1 of the catalogue on the gold files, the way the pipeline will call it.

Run: PYTHONPATH=. python -m tests.core.extract.catalogue_eval [-v] [GOLD.json TEXT ...]
Without arguments it scores the seed gold and every dev gold with canonical ids in ../shared/eval.
Indicators are matched to gold by text in order (as shared/eval/score.py does); only pairs with the
same value and unit count, as in score.py.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from lawgov_gui.core.extract.catalogue import Tagger
from lawgov_gui.core.extract.normalize import shadow
from lawgov_gui.core.model import SectionIndex
from lawgov_gui.core.pipeline import load_report

ROOT = Path(__file__).resolve().parents[3]
SHARED = next((p for p in (ROOT.parent / "shared", Path("/work/shared")) if p.is_dir()), None)


def gold_pairs() -> list[tuple[Path, Path]]:
    """(gold json, report text) for the seed and the dev files whose gold carries canonical ids."""
    if SHARED is None:
        return []
    pairs = [(SHARED / "eval/gold/00_jilin_2023_seed.json", ROOT / "seeds/jilin-2023-fazhi-zhengfu-report.txt")]
    for g in sorted((SHARED / "eval/dev").glob("*.json")):
        inds = json.loads(g.read_text(encoding="utf-8")).get("indicators") or []
        if any("canonical" in i for i in inds):
            pairs.append((g, g.with_suffix(".txt")))
    return [(g, t) for g, t in pairs if g.is_file() and t.is_file()]


def tag_report(path: Path) -> tuple[dict, list[str | None]]:
    """The extract of `path` (as a dict) and the canonical id of each indicator."""
    report = load_report(path)
    tag = Tagger(shadow(report.text), getattr(report.meta, "genre", None))
    index = SectionIndex(report.sections)
    ids: list[str | None] = []
    floor = 0
    for ind in report.indicators:
        sec = index.at(ind.start)
        ids.append(tag(ind.start, ind.end, ind.kind, ind.unit, floor=floor,
                       section=sec.title if sec else "", table=ind.table,
                       growth=bool(getattr(ind, "growth", False)), subject=ind.subject))
        floor = ind.end
    return report.to_dict(), ids


def _norm(s: str | None) -> str:
    import unicodedata
    return "".join(ch for ch in unicodedata.normalize("NFKC", s or "") if not ch.isspace())


def _lcs(a: list[str], b: list[str]) -> list[tuple[int, int]]:
    n, m = len(a), len(b)
    dp = [[0] * (m + 1) for _ in range(n + 1)]
    for i in range(n - 1, -1, -1):
        for j in range(m - 1, -1, -1):
            dp[i][j] = dp[i + 1][j + 1] + 1 if a[i] == b[j] else max(dp[i + 1][j], dp[i][j + 1])
    i = j = 0
    out = []
    while i < n and j < m:
        if a[i] == b[j]:
            out.append((i, j))
            i, j = i + 1, j + 1
        elif dp[i + 1][j] >= dp[i][j + 1]:
            i += 1
        else:
            j += 1
    return out


def score_file(gold_path: Path, text_path: Path, verbose: bool = False) -> tuple[int, int, int]:
    """(right, predicted, gold) non-null canonical ids over the matched indicators."""
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    ex, ids = tag_report(text_path)
    gi, pi = gold["indicators"], ex["indicators"]
    right = n_pred = n_gold = 0
    for i, j in _lcs([_norm(g["text"]) for g in gi], [_norm(p["text"]) for p in pi]):
        g, p = gi[i], pi[j]
        if abs(float(g.get("value") or 0) - float(p.get("value") or 0)) > 1e-6 * max(1, abs(float(p["value"]))) \
                or _norm(g.get("unit")) != _norm(p.get("unit")):
            continue
        want, got = g.get("canonical") or None, ids[j]
        n_gold += want is not None
        n_pred += got is not None
        right += got is not None and got == want
        if verbose and want != got:
            ctx = ex["text"][max(0, p["start"] - 30):p["end"] + 8].replace("\n", " ")
            print(f"    {p['text']!r}: gold {want} got {got}   …{ctx}…")
    return right, n_pred, n_gold


def prf(right: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    p = right / n_pred if n_pred else 1.0
    r = right / n_gold if n_gold else 1.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def main(argv: list[str]) -> int:
    verbose = "-v" in argv
    args = [a for a in argv if a != "-v"]
    pairs = [(Path(args[i]), Path(args[i + 1])) for i in range(0, len(args) - 1, 2)] or gold_pairs()
    total = [0, 0, 0]
    for g, t in pairs:
        counts = score_file(g, t, verbose)
        total = [a + b for a, b in zip(total, counts, strict=True)]
        p, r, f = prf(*counts)
        print(f"{g.name:32s} canonical P={p:.3f} R={r:.3f} F1={f:.3f}  (right {counts[0]},"
              f" predicted {counts[1]}, gold {counts[2]})")
    p, r, f = prf(*total)
    print(f"{'pooled':32s} canonical P={p:.3f} R={r:.3f} F1={f:.3f}  {tuple(total)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
