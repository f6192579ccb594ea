"""Train claimx's stance model from the labelled PolNeAR items and write its weights (issue 15).

    python scripts/train_stance.py                       # cross-validate, fit on all, write weights
    python scripts/train_stance.py --cv-only --errors E  # folds 0-3 only, wrong predictions to E

Reads ``../shared/data/stance/*.jsonl`` and the PolNeAR train texts, the fold assignment in
``data/folds/stance_folds.tsv``, and parses each article once with ``claimx.load_default_nlp()``
(cached as a spaCy DocBin under ``--cache``). Each item's gold content and cue spans become a
candidate in its article's parse, and features come from ``claimx.extraction.stance.model.stance_features``:
the same function the pipeline runs. Needs the ``train`` extra (scikit-learn), for training only.

Protocol: fold 4 is never read; ``--cv-only`` reports cross-validation over folds 0-3 (the
development figures); the full run adds fold 4 trained on folds 0-3 and the 5-fold
cross-validation, then fits on all 2,100 items and writes ``src/claimx/extraction/stance/stance_model.json``.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

import numpy as np
from spacy.tokens import Doc, DocBin

import claimx
from claimx.evaluation.corpus import StanceItem, gold_form, read_stance_items
from claimx.evaluation.matching import StancePrediction
from claimx.evaluation.stance import score_stance
from claimx.extraction.attribution.candidate import Candidate
from claimx.lexicons import Lexicons, lemma_of, make_lexicons
from claimx.models import Stance
from claimx.extraction.stance.inputs import candidate_inputs
from claimx.extraction.stance.model import features_of

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
FOLDS = REPO / "data" / "folds" / "stance_folds.tsv"
OUT = REPO / "src" / "claimx" / "extraction" / "stance" / "stance_model.json"
STANCE_FILES = ("polnear_train_stance.jsonl", "polnear_train_stance_more.jsonl")
UNTOUCHED = 4
RULE_PREFIXES = ("rule:", "hedge:")
C = 0.2  # chosen by CV on folds 0-3 on the stance10 rules (C 0.03-0.5 x min count 2/3/5 tried; 0.745-0.756, 0.2 x 5 the maximum)
MIN_COUNT = 5


def fold_of(article: str) -> int:
    """The fixed fold of an article (data/folds/README.md)."""
    return int(hashlib.md5(article.encode("utf-8")).hexdigest(), 16) % 5


def read_folds(items: Sequence[StanceItem]) -> dict[str, int]:
    folds = {}
    for line in FOLDS.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            article, fold = line.split("\t")
            folds[article] = int(fold)
    missing = {i.article for i in items} - set(folds)
    if missing or any(fold_of(a) != f for a, f in folds.items()):
        raise SystemExit(f"{FOLDS} does not match the md5 rule or misses {sorted(missing)[:3]}; rerun --write-folds")
    return folds


def write_folds(items: Sequence[StanceItem]) -> None:
    articles = sorted({i.article for i in items})
    rows = ["# article<TAB>fold: fold = int(md5(article utf-8).hexdigest(), 16) % 5; see README.md"]
    FOLDS.write_text("\n".join(rows + [f"{a}\t{fold_of(a)}" for a in articles]) + "\n", encoding="utf-8")


def parsed_articles(names: Sequence[str], polnear: Path, cache: Path) -> dict[str, Doc]:
    """Each article parsed once by claimx's pipeline (without the claimx component), cached.

    A DocBin keeps no ``doc.tensor``, which the model reads, so the tensors go beside it.
    """
    nlp = claimx.load_default_nlp()
    bin_path, names_path, tensor_path = (cache / f"stance_articles.{ext}" for ext in ("spacy", "json", "npz"))
    if all(p.is_file() for p in (bin_path, names_path, tensor_path)) and json.loads(names_path.read_text()) == list(names):
        docs = list(DocBin().from_disk(bin_path).get_docs(nlp.vocab))
        tensors = np.load(tensor_path)
        for k, doc in enumerate(docs):
            doc.tensor = tensors[f"d{k}"]
        return dict(zip(names, docs))
    texts = [(polnear / "train" / "text" / f"{name}.txt").read_text(encoding="utf-8") for name in names]
    with nlp.select_pipes(disable=["claimx"]):
        docs = list(nlp.pipe(texts, batch_size=16))
    cache.mkdir(parents=True, exist_ok=True)
    DocBin(docs=docs).to_disk(bin_path)
    np.savez_compressed(tensor_path, **{f"d{k}": doc.tensor for k, doc in enumerate(docs)})
    names_path.write_text(json.dumps(list(names)))
    return dict(zip(names, docs))


def gold_candidate(doc: Doc, item: StanceItem, cue_spans: Sequence[tuple[int, int]], lexicons: Lexicons,
                   source_spans: Sequence[tuple[int, int]] = ()) -> Candidate:
    """The item's gold spans as the candidate detect would build: content extent, cue word and label,
    and the source mention (its first span), which the rules read to know the source named again."""
    start, end = min(s for s, _ in item.content_spans), max(e for _, e in item.content_spans)
    cue_span = doc.char_span(cue_spans[0][0], cue_spans[0][1], alignment_mode="expand") if cue_spans else None
    content = doc.char_span(start, end, alignment_mode="expand")
    sent = (content or doc[:]).sent if content is not None and len(content) else doc[:]
    cand = Candidate(start, end, gold_form(item.content), sent.start_char, sent.end_char)
    source = doc.char_span(source_spans[0][0], source_spans[0][1], alignment_mode="expand") if source_spans else None
    if source is not None and len(source):
        cand.source = (source.start, source.end)
    if cue_span is None or not len(cue_span):
        return cand
    words = [t for t in cue_span if not t.is_punct]
    verbs = [t for t in words if t.pos_ in ("VERB", "AUX") and lexicons["cue_verbs"].get(lemma_of(t))]
    nouns = [t for t in words if lexicons["cue_nouns"].get(lemma_of(t))]
    cue = (verbs or nouns or [t for t in words if t.pos_ == "VERB"] or [cue_span.root])[-1]
    label = lexicons["cue_verbs"].get(lemma_of(cue)) or lexicons["cue_nouns"].get(lemma_of(cue)) or "say"
    if cue_span.text.strip().lower().startswith("according"):
        label = "according"
    cand.cue_start_char, cand.cue_end_char, cand.cue_i = cue_span.start_char, cue_span.end_char, cue.i
    cand.cue_lemma, cand.cue_label = lemma_of(cue), label
    cand.cue_negated = any(c.dep_ == "neg" for c in cue.children) or any(t.lower_ in ("not", "n't", "never") for t in words)
    if label == "allege":
        obj = next((c for c in cue.children if c.dep_ == "dobj" and not start <= c.idx < end), None)
        cand.object_i = obj.i if obj is not None else None
    return cand


def featurise(items: Sequence[StanceItem], cues: Sequence[list], docs: dict[str, Doc], lexicons: Lexicons,
              sources: Sequence[list] | None = None) -> list[tuple]:
    """(rule decision, features) per item; ``sources`` the items' gold source spans."""
    rows = []
    for n, (item, cue_spans) in enumerate(zip(items, cues)):
        doc = docs[item.article]
        inputs = candidate_inputs(doc, gold_candidate(doc, item, cue_spans, lexicons, sources[n] if sources else ()))
        if inputs is None:
            raise SystemExit(f"{item.article} {item.event}: the content span is empty in the parse")
        rows.append(features_of(inputs, lexicons))
    return rows


def _from_rules(name: str) -> bool:
    return name.startswith(RULE_PREFIXES) or "&rule:" in name


def select(feats: dict[str, float], variant: str) -> dict[str, float]:
    """The features of a variant: ``rules`` (the rules' decision only), ``model`` (none of it), ``both``."""
    if variant == "rules":
        return {k: v for k, v in feats.items() if _from_rules(k) or k == "bias"}
    if variant == "model":
        return {k: v for k, v in feats.items() if not _from_rules(k)}
    return feats


def fit(feats: Sequence[dict[str, float]], labels: Sequence[str], *, c: float, min_count: int, balanced: bool):
    """A multinomial logistic regression over features seen in at least ``min_count`` items."""
    from sklearn.feature_extraction import DictVectorizer  # the train extra; parsing and caching need none
    from sklearn.linear_model import LogisticRegression

    counts = Counter(k for f in feats for k in f)
    kept = [{k: v for k, v in f.items() if counts[k] >= min_count} for f in feats]
    vec = DictVectorizer()
    x = vec.fit_transform(kept)
    clf = LogisticRegression(C=c, max_iter=5000, class_weight="balanced" if balanced else None)
    clf.fit(x, list(labels))
    return vec, clf


def logits(model, feats: Sequence[dict[str, float]]) -> np.ndarray:
    vec, clf = model
    return clf.decision_function(vec.transform(feats))


def softmax(z: np.ndarray, t: float = 1.0) -> np.ndarray:
    z = z / t
    z = z - z.max(axis=1, keepdims=True)
    e = np.exp(z)
    return e / e.sum(axis=1, keepdims=True)


def fit_temperature(z: np.ndarray, gold: np.ndarray) -> float:
    """The temperature that minimises the negative log-likelihood of out-of-fold logits."""
    grid = [0.5 + 0.05 * i for i in range(71)]
    nll = [-np.log(softmax(z, t)[np.arange(len(gold)), gold] + 1e-12).mean() for t in grid]
    return grid[int(np.argmin(nll))]


def macro_f1(pred: np.ndarray, gold: np.ndarray, n: int) -> float:
    f1 = []
    for k in range(n):
        tp = ((pred == k) & (gold == k)).sum()
        p, r = tp / max((pred == k).sum(), 1), tp / max((gold == k).sum(), 1)
        f1.append(2 * p * r / (p + r) if p + r else 0.0)
    return float(np.mean(f1))


def fit_offsets(z: np.ndarray, gold: np.ndarray, t: float) -> list[float]:
    """Per-class offsets to the log-probabilities that maximise macro-F1 (coordinate ascent).

    The probabilities stay calibrated; only which class is named moves (rare classes cost
    macro-F1 more than their share of accuracy)."""
    logp = np.log(softmax(z, t) + 1e-12)
    offsets = [0.0] * z.shape[1]
    grid = [round(-1.5 + 0.1 * i, 2) for i in range(31)]
    for _ in range(3):
        for k in range(z.shape[1]):
            best = (-1.0, 0.0)
            for value in grid:
                trial = offsets.copy()
                trial[k] = value
                score = macro_f1((logp + np.array(trial)).argmax(axis=1), gold, z.shape[1])
                if (score, -abs(value)) > (best[0], -abs(best[1])):
                    best = (score, value)
            offsets[k] = best[1]
    return offsets


def ece(probs: np.ndarray, gold: np.ndarray, bins: int = 10) -> float:
    """Expected calibration error of the top-class probability (equal-width bins)."""
    conf, pred = probs.max(axis=1), probs.argmax(axis=1)
    total = 0.0
    for b in range(bins):
        mask = (conf > b / bins) & (conf <= (b + 1) / bins)
        if mask.any():
            total += mask.mean() * abs((pred[mask] == gold[mask]).mean() - conf[mask].mean())
    return float(total)


def cross_validate(rows, labels, folds, train_on, test_folds, *, variant, options) -> tuple[np.ndarray, list]:
    """Out-of-fold logits: each test fold predicted by a model fit on ``train_on`` minus that fold."""
    feats = [select(f, variant) for _, f in rows]
    classes = sorted(set(labels))
    z = np.zeros((len(rows), len(classes)))
    for k in test_folds:
        train = [i for i, f in enumerate(folds) if f in train_on and f != k]
        test = [i for i, f in enumerate(folds) if f == k]
        model = fit([feats[i] for i in train], [labels[i] for i in train], **options)
        z[test] = logits(model, [feats[i] for i in test])
    return z, classes


def report(name: str, items, rows, z, classes, idx, t: float = 1.0, offsets: Sequence[float] | None = None) -> dict:
    """score_stance over the items ``idx`` (hedge cues are the rules'), plus calibration."""
    probs = softmax(z[idx], t)
    gold = np.array([classes.index(items[i].label.value) for i in idx])
    chosen = (np.log(probs + 1e-12) + np.array(offsets if offsets is not None else [0.0] * len(classes))).argmax(axis=1)
    preds = [StancePrediction(Stance(classes[int(k)]), rows[i][0].hedge_cues) for i, k in zip(idx, chosen)]
    score = score_stance([items[i] for i in idx], preds)
    return {"name": name, "temperature": t, "offsets": list(offsets or []), "ece": ece(probs, gold),
            "score": score.model_dump(mode="json"), "table": _table(score)}


def rules_report(name: str, items, rows, idx) -> dict:
    preds = [StancePrediction(rows[i][0].stance, rows[i][0].hedge_cues) for i in idx]
    score = score_stance([items[i] for i in idx], preds)
    return {"name": name, "score": score.model_dump(mode="json"), "table": _table(score)}


def _table(score) -> str:
    from claimx.evaluation.reports import _stance_block

    return _stance_block(f"n={score.n}", score)


def write_errors(path: Path, items, rows, z, classes, idx, folds) -> None:
    """Wrong out-of-fold predictions on the development folds, for reading (never fold 4)."""
    with path.open("w", encoding="utf-8") as out:
        probs = softmax(z)
        for i in idx:
            if folds[i] == UNTOUCHED:
                continue
            pred = classes[int(probs[i].argmax())]
            if pred != items[i].label.value:
                rule, feats = rows[i]
                top = sorted((k for k in feats if not k.startswith(("pair:", "word:"))))
                out.write(json.dumps({"fold": folds[i], "gold": items[i].label.value, "pred": pred, "p": round(float(probs[i].max()), 3),
                                      "rule": rule.stance.value, "rule_ev": list(rule.evidence), "cue": items[i].cue,
                                      "content": items[i].content, "feats": top}) + "\n")


def export(model, t: float, offsets: Sequence[float], path: Path) -> None:
    """Weights as JSON: one row per feature (intercepts folded into ``bias``), zero rows dropped."""
    vec, clf = model
    names = vec.get_feature_names_out()
    weights = {}
    for j, name in enumerate(names):
        row = [round(float(w), 5) for w in clf.coef_[:, j]]
        if any(abs(w) >= 1e-4 for w in row):
            weights[str(name)] = row
    bias = weights.get("bias", [0.0] * len(clf.classes_))
    weights["bias"] = [round(b + float(c), 5) for b, c in zip(bias, clf.intercept_)]
    data = {"classes": [str(c) for c in clf.classes_], "temperature": round(t, 3), "weights": weights,
            "offsets": [round(o, 3) for o in offsets],
            "trained_on": "PolNeAR train stance items (2,100); scripts/train_stance.py"}
    path.write_text(json.dumps(data, sort_keys=True, separators=(",", ":")) + "\n", encoding="utf-8")


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=SHARED, help="the shared folder (default ../shared)")
    parser.add_argument("--cache", type=Path, default=REPO / "build" / "stance", help="where the parsed articles are cached")
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--report", type=Path, help="write all figures here as JSON")
    parser.add_argument("--errors", type=Path, help="wrong development-fold predictions as JSONL")
    parser.add_argument("--cv-only", action="store_true", help="folds 0-3 only: no weights written")
    parser.add_argument("--final", action="store_true", help="also print fold 4 (trained on 0-3) and the 5-fold CV")
    parser.add_argument("--write-folds", action="store_true")
    parser.add_argument("--variant", choices=("rules", "model", "both"), default="both")
    parser.add_argument("--c", type=float, default=C)
    parser.add_argument("--min-count", type=int, default=MIN_COUNT)
    parser.add_argument("--balanced", action="store_true")
    parser.add_argument("--offsets", action="store_true", help="tune per-class offsets for macro-F1 (off: +0.001 on folds 0-3)")
    return parser.parse_args(argv)


def load(args: argparse.Namespace) -> tuple[list[StanceItem], list[int], list[tuple]]:
    """The 2,100 items, their folds, and (rule decision, features) for each."""
    stance_dir = args.shared / "data" / "stance"
    items = [it for name in STANCE_FILES for it in read_stance_items(stance_dir / name)]
    cues = [json.loads(line)["cue_spans"] for name in STANCE_FILES for line in (stance_dir / name).open(encoding="utf-8") if line.strip()]
    sources = [json.loads(line).get("source_spans", []) for name in STANCE_FILES for line in (stance_dir / name).open(encoding="utf-8") if line.strip()]
    if args.write_folds:
        write_folds(items)
    fold_map = read_folds(items)
    lexicons = make_lexicons()
    docs = parsed_articles(list(dict.fromkeys(it.article for it in items)), args.shared / "data" / "polnear", args.cache)
    return items, [fold_map[it.article] for it in items], featurise(items, cues, docs, lexicons, sources)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    items, folds, rows = load(args)
    labels = [it.label.value for it in items]
    options = {"c": args.c, "min_count": args.min_count, "balanced": args.balanced}
    dev = [i for i, f in enumerate(folds) if f != UNTOUCHED]
    out: dict = {"options": options, "variant": args.variant}
    z, classes = cross_validate(rows, labels, folds, {0, 1, 2, 3}, [0, 1, 2, 3], variant=args.variant, options=options)
    gold_dev = np.array([classes.index(labels[i]) for i in dev])
    t_dev = fit_temperature(z[dev], gold_dev)
    o_dev = fit_offsets(z[dev], gold_dev, t_dev) if args.offsets else None
    out["rules_dev"] = rules_report("rules alone, folds 0-3", items, rows, dev)
    out["cv_dev_argmax"] = report("CV over folds 0-3, argmax", items, rows, z, classes, dev, t_dev)
    out["cv_dev"] = report("CV over folds 0-3, offsets tuned on these predictions (tuning figure)", items, rows, z, classes, dev, t_dev, o_dev)
    out["cv_dev_ece_before_scaling"] = report("", items, rows, z, classes, dev)["ece"]
    if args.errors:
        write_errors(args.errors, items, rows, z, classes, dev, folds)
    if not args.cv_only:
        every = list(range(len(items)))
        z5, _ = cross_validate(rows, labels, folds, {0, 1, 2, 3, 4}, [0, 1, 2, 3, 4], variant=args.variant, options=options)
        gold_all = np.array([classes.index(x) for x in labels])
        t_all = fit_temperature(z5, gold_all)
        o_all = fit_offsets(z5, gold_all, t_all) if args.offsets else [0.0] * len(classes)
        if args.final:
            test = [i for i, f in enumerate(folds) if f == UNTOUCHED]
            z4, _ = cross_validate(rows, labels, folds, {0, 1, 2, 3}, [UNTOUCHED], variant=args.variant, options=options)
            out["rules_fold4"] = rules_report("rules alone, fold 4", items, rows, test)
            out["fold4"] = report("fold 4 (untouched), trained on folds 0-3, T and offsets from folds 0-3", items, rows, z4, classes, test, t_dev, o_dev)
            out["rules_all"] = rules_report("rules alone, all 2,100", items, rows, every)
            out["cv5_argmax"] = report("5-fold CV by article, argmax", items, rows, z5, classes, every, t_all)
            out["cv5"] = report("5-fold CV by article, offsets tuned on it", items, rows, z5, classes, every, t_all, o_all)
            out["cv5_ece_before_scaling"] = report("", items, rows, z5, classes, every)["ece"]
        export(fit([select(f, args.variant) for _, f in rows], labels, **options), t_all, o_all, args.out)
    for block in out.values():
        if isinstance(block, dict) and "table" in block:
            extra = f"  ECE {block['ece']:.3f} (T={block['temperature']}, offsets {block['offsets']})" if "ece" in block else ""
            print(f"== {block['name']}{extra}\n{block['table']}")
    if args.report:
        args.report.write_text(json.dumps(out, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
