"""Nested cross-validation of a rules-first combination: the rules decide, and the model may
override one rule class in one direction (e.g. assertion -> allegation) when its probability of
the new class is at least ``t`` (issue 15, stance13).

    python scripts/stance_override_cv.py --shared ../shared --cache build/stance [--direction assertion>allegation]

Folds 0-3 only (fold 4 is never read). For each outer fold k, the threshold t is chosen on the
other three folds alone: each of them is predicted by a model fitted on the remaining two, and
the t that maximises macro-F1 over those inner predictions (1.01 = never override) is applied to
fold k, predicted by a model fitted on the three. The outer figures are the estimate; the model is
``train_stance.py``'s (same features, C, min count).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

import train_stance as ts  # noqa: E402

GRID = [round(0.3 + 0.05 * i, 2) for i in range(14)] + [1.01]


def combine(rules: np.ndarray, probs: np.ndarray, src: int, dst: int, t: float) -> np.ndarray:
    """The rules' classes, with ``src`` turned into ``dst`` where the model gives ``dst`` at least ``t``."""
    out = rules.copy()
    out[(rules == src) & (probs[:, dst] >= t)] = dst
    return out


def line(name: str, pred: np.ndarray, gold: np.ndarray, classes: Sequence[str]) -> str:
    parts = []
    for k, c in enumerate(classes):
        tp = ((pred == k) & (gold == k)).sum()
        parts.append(f"{c} P {tp / max((pred == k).sum(), 1):.3f} R {tp / max((gold == k).sum(), 1):.3f}")
    return f"{name}: macro-F1 {ts.macro_f1(pred, gold, len(classes)):.3f} | " + " | ".join(parts)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ts.SHARED)
    parser.add_argument("--cache", type=Path, default=ts.REPO / "build" / "stance")
    parser.add_argument("--direction", default="assertion>allegation", help="SRC>DST: the one override allowed")
    args = parser.parse_args(argv)
    items, folds, rows = ts.load(ts.parse_args(["--shared", str(args.shared), "--cache", str(args.cache)]))
    labels = [it.label.value for it in items]
    classes = sorted(set(labels))
    gold = np.array([classes.index(x) for x in labels])
    rules = np.array([classes.index(r.stance.value) for r, _ in rows])
    feats = [f for _, f in rows]
    src, dst = (classes.index(c) for c in args.direction.split(">"))
    options = {"c": ts.C, "min_count": ts.MIN_COUNT, "balanced": False}
    memo: dict = {}

    def predicted(train: frozenset[int], test: int) -> tuple[np.ndarray, np.ndarray]:
        if (train, test) not in memo:
            tr = [i for i, f in enumerate(folds) if f in train]
            te = np.array([i for i, f in enumerate(folds) if f == test])
            model = ts.fit([feats[i] for i in tr], [labels[i] for i in tr], **options)
            memo[train, test] = (te, ts.softmax(ts.logits(model, [feats[i] for i in te])))
        return memo[train, test]

    outer = rules.copy()
    for k in range(4):
        inner = frozenset(range(4)) - {k}
        parts = [predicted(inner - {j}, j) for j in sorted(inner)]
        idx, probs = np.concatenate([p[0] for p in parts]), np.vstack([p[1] for p in parts])
        score, t = max((ts.macro_f1(combine(rules[idx], probs, src, dst, t), gold[idx], len(classes)), t) for t in GRID)
        te, p = predicted(inner, k)
        outer[te] = combine(rules[te], p, src, dst, t)
        print(f"outer fold {k}: t {t} (inner macro-F1 {score:.3f}); rules {ts.macro_f1(rules[te], gold[te], 4):.3f} -> {ts.macro_f1(outer[te], gold[te], 4):.3f}")
    dev = np.array([i for i, f in enumerate(folds) if f != ts.UNTOUCHED])
    print(line("rules alone, folds 0-3", rules[dev], gold[dev], classes))
    print(line(f"rules + override {args.direction}, nested CV", outer[dev], gold[dev], classes))
    return 0


if __name__ == "__main__":
    sys.exit(main())
