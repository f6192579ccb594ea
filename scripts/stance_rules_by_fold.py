"""The stance rules alone on the 2,100 labelled items, by fold group: folds 0-3, and fold 4 on request.

    python scripts/stance_rules_by_fold.py --shared ../shared --cache build/stance [--fold4] [--dump FILE]

What a rule change does, in seconds: the rules' decision on every item's gold spans (parsed as part
of its article, cached as ``scripts/train_stance.py`` does), macro-F1 and per-class precision and
recall. ``--dump`` writes folds 0-3's decisions (to diff two versions); fold 4 is the untouched fold
(data/folds/README.md): print its totals once for a final version, never dump or read its items.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import train_stance  # noqa: E402

CLASSES = ("allegation", "denial", "hedge", "assertion")


def score(gold: Sequence[str], pred: Sequence[str]) -> str:
    f1s, parts = [], []
    for c in CLASSES:
        tp = sum(g == c and p == c for g, p in zip(gold, pred))
        fp = sum(g != c and p == c for g, p in zip(gold, pred))
        fn = sum(g == c and p != c for g, p in zip(gold, pred))
        prec = tp / (tp + fp) if tp + fp else 0.0
        rec = tp / (tp + fn) if tp + fn else 0.0
        f1s.append(2 * prec * rec / (prec + rec) if prec + rec else 0.0)
        parts.append(f"{c} P {prec:.3f} R {rec:.3f}")
    acc = sum(g == p for g, p in zip(gold, pred)) / len(gold) if gold else 0.0
    return f"n={len(gold)} macro-F1 {sum(f1s) / len(f1s):.3f} acc {acc:.3f} | " + " | ".join(parts)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=train_stance.SHARED)
    parser.add_argument("--cache", type=Path, default=train_stance.REPO / "build" / "stance")
    parser.add_argument("--fold4", action="store_true", help="also print the untouched fold's totals")
    parser.add_argument("--dump", type=Path, help="folds 0-3 decisions as JSONL")
    a = parser.parse_args(argv)
    items, folds, rows = train_stance.load(train_stance.parse_args(["--shared", str(a.shared), "--cache", str(a.cache)]))
    dev = [i for i, f in enumerate(folds) if f != train_stance.UNTOUCHED]
    print("rules, folds 0-3:", score([items[i].label.value for i in dev], [rows[i][0].stance.value for i in dev]))
    if a.dump is not None:
        with a.dump.open("w", encoding="utf-8") as out:
            for i in dev:
                out.write(json.dumps({"item": i, "gold": items[i].label.value, "rules": rows[i][0].stance.value}) + "\n")
    if a.fold4:
        held = [i for i, f in enumerate(folds) if f == train_stance.UNTOUCHED]
        print("rules, fold 4 (untouched):", score([items[i].label.value for i in held], [rows[i][0].stance.value for i in held]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
