"""Stance-model experiments over the cached features (``scripts/stance_features_cache.py``): seconds each.

    python scripts/stance_experiments.py build/stance/features.jsonl                 # the grid, CV on folds 0-3
    python scripts/stance_experiments.py build/stance/features.jsonl --only NAME --fold4   # one config, fold 4 once

Every figure is cross-validation by article over folds 0-3 (train on three, test on the fourth):
development figures, read freely. ``--fold4`` trains on folds 0-3 and scores the untouched fold 4
for the named configs only; it prints figures, never items.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

import numpy as np

CLASSES = ("allegation", "assertion", "denial", "hedge")
UNTOUCHED = 4
EXTRA_GROUPS = ("tri", "end", "first0", "first1", "root", "dep", "triple", "dep2", "negof", "negof_pos", "ctx", "cue_pos", "cue_subj", "cue_tag", "prev")


def load(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.open(encoding="utf-8") if line.strip()]


def features(row: dict, groups: frozenset[str], base: bool = True) -> dict[str, float]:
    f = dict(row["feats"]) if base else {"bias": 1.0}
    for k, v in row["extra"].items():
        if k.split(":", 1)[0] in groups:
            f[k] = v
    if "step" in groups:
        f[f"step:{row['rule']['step']}"] = 1.0
    if "signals" in groups:
        for rule, words in row["rule"]["signals"]:
            f[f"sig:{rule}"] = 1.0
    return f


def scores(pred: list[str], gold: list[str]) -> dict:
    out = {}
    for c in CLASSES:
        tp = sum(p == c and g == c for p, g in zip(pred, gold))
        np_, ng = sum(p == c for p in pred), sum(g == c for g in gold)
        p, r = tp / np_ if np_ else 0.0, tp / ng if ng else 0.0
        out[c] = (p, r, 2 * p * r / (p + r) if p + r else 0.0)
    out["macro"] = float(np.mean([out[c][2] for c in CLASSES]))
    out["acc"] = sum(p == g for p, g in zip(pred, gold)) / len(gold)
    return out


def fmt(name: str, s: dict) -> str:
    cls = "  ".join(f"{c[:4]} {s[c][0]:.3f}/{s[c][1]:.3f}" for c in CLASSES)
    return f"{name:<44} macro {s['macro']:.3f} acc {s['acc']:.3f}  {cls}"


def fit_predict(cfg: dict, train: list[dict], test: list[dict]) -> list[str]:
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.svm import LinearSVC

    groups = frozenset(cfg.get("groups", ()))
    ftr = [features(r, groups, cfg.get("base", True)) for r in train]
    counts = Counter(k for f in ftr for k in f)
    mc = cfg.get("min_count", 3)
    ftr = [{k: v for k, v in f.items() if counts[k] >= mc} for f in ftr]
    vec = DictVectorizer()
    x = vec.fit_transform(ftr)
    x.indices, x.indptr = x.indices.astype(np.int32), x.indptr.astype(np.int32)  # LinearSVC takes 32-bit indices only
    y = [r["label"] for r in train]
    cw = cfg.get("class_weight")
    if cfg.get("kind", "lr") == "svm":
        clf = LinearSVC(C=cfg.get("c", 0.05), class_weight=cw)
    else:
        clf = LogisticRegression(C=cfg.get("c", 0.1), max_iter=5000, class_weight=cw)
    clf.fit(x, y)
    xt = vec.transform([features(r, groups, cfg.get("base", True)) for r in test])
    xt.indices, xt.indptr = xt.indices.astype(np.int32), xt.indptr.astype(np.int32)
    z = clf.decision_function(xt)
    pred = [str(clf.classes_[k]) for k in z.argmax(axis=1)]
    strong = cfg.get("rules_first")  # two-stage: a rule decision at or above this confidence stands
    if strong is not None:
        pred = [r["rule"]["stance"] if r["rule"]["stance"] != "assertion" and r["rule"]["confidence"] >= strong else p
                for r, p in zip(test, pred)]
    return pred


def paired_bootstrap(pred: list[str], rules: list[str], gold: list[str], articles: list[str], rounds: int = 300) -> tuple[float, float, float]:
    """Model minus rules macro-F1, resampling whole articles: mean and 95% interval."""
    import random

    by_article: dict[str, list[int]] = {}
    for i, a in enumerate(articles):
        by_article.setdefault(a, []).append(i)
    names, rng, diffs = sorted(by_article), random.Random(0), []
    for _ in range(rounds):
        idx = [i for a in rng.choices(names, k=len(names)) for i in by_article[a]]
        g = [gold[i] for i in idx]
        diffs.append(scores([pred[i] for i in idx], g)["macro"] - scores([rules[i] for i in idx], g)["macro"])
    lo, hi = np.percentile(diffs, [2.5, 97.5])
    return float(np.mean(diffs)), float(lo), float(hi)


def cv(cfg: dict, rows: list[dict], train_folds, test_folds) -> tuple[list[str], list[str]]:
    pred, gold = [], []
    for k in test_folds:
        train = [r for r in rows if r["fold"] in train_folds and r["fold"] != k]
        test = [r for r in rows if r["fold"] == k]
        pred += fit_predict(cfg, train, test)
        gold += [r["label"] for r in test]
    return pred, gold


ALL_EXTRA = EXTRA_GROUPS + ("step", "signals")
CONFIGS = {
    "base (shipped)": {},
    "base c0.05": {"c": 0.05},
    "base c0.2": {"c": 0.2},
    "+step": {"groups": ["step"]},
    "+signals": {"groups": ["signals"]},
    "+tri": {"groups": ["tri"]},
    "+first/end": {"groups": ["first0", "first1", "end"]},
    "+root/dep/triple": {"groups": ["root", "dep", "triple", "dep2"]},
    "+negof": {"groups": ["negof", "negof_pos"]},
    "+ctx": {"groups": ["ctx"]},
    "+cue_pos/subj/tag": {"groups": ["cue_pos", "cue_subj", "cue_tag"]},
    "+prev": {"groups": ["prev"]},
    "+all extra": {"groups": list(ALL_EXTRA)},
    "+all extra c0.05": {"groups": list(ALL_EXTRA), "c": 0.05},
    "svm base": {"kind": "svm", "c": 0.02},
    "svm +all extra": {"kind": "svm", "c": 0.02, "groups": list(ALL_EXTRA)},
    "base rules_first 0.9": {"rules_first": 0.9},
    "base rules_first 0.85": {"rules_first": 0.85},
    "base balanced": {"class_weight": "balanced"},
}


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("features", type=Path)
    parser.add_argument("--only", action="append", help="config name(s) to run (default: all)")
    parser.add_argument("--config", action="append", default=[], help="NAME=JSON, an extra config")
    parser.add_argument("--bootstrap", action="store_true", help="model minus rules, paired by article (folds 0-3)")
    parser.add_argument("--fold4", action="store_true", help="also train on folds 0-3 and score fold 4 (once, figures only)")
    args = parser.parse_args(argv)
    rows = load(args.features)
    configs = dict(CONFIGS)
    for spec in args.config:
        name, _, body = spec.partition("=")
        configs[name] = json.loads(body)
    names = args.only or list(configs)
    dev = [r for r in rows if r["fold"] != UNTOUCHED]
    print(fmt("rules, folds 0-3", scores([r["rule"]["stance"] for r in dev], [r["label"] for r in dev])))
    for name in names:
        pred, gold = cv(configs[name], rows, {0, 1, 2, 3}, [0, 1, 2, 3])
        print(fmt(name, scores(pred, gold)), flush=True)
        if args.bootstrap:
            ordered = [r for k in (0, 1, 2, 3) for r in rows if r["fold"] == k]  # cv's order
            mean, lo, hi = paired_bootstrap(pred, [r["rule"]["stance"] for r in ordered], gold, [r["article"] for r in ordered])
            print(f"{'':<44} model - rules {mean:+.3f} [95% {lo:+.3f}, {hi:+.3f}] (articles resampled)", flush=True)
    if args.fold4:
        test = [r for r in rows if r["fold"] == UNTOUCHED]
        print(fmt("rules, fold 4", scores([r["rule"]["stance"] for r in test], [r["label"] for r in test])))
        for name in names:
            pred = fit_predict(configs[name], dev, test)
            print(fmt(f"fold 4: {name}", scores(pred, [r["label"] for r in test])))
    return 0


if __name__ == "__main__":
    sys.exit(main())
