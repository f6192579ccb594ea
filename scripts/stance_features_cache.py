"""Cache the stance features of the 2,100 labelled items once, so each experiment takes seconds.

    python scripts/stance_features_cache.py --shared /work/shared --cache build/stance --out build/stance/features.jsonl

One JSON line per item: article, fold, gold label, the rules' decision (stance, step, confidence,
hedge cues), the model's features (``stance_features``, what the shipped model reads) and
``extra``: candidate features not in the model yet (``extra_features``), for
``scripts/stance_experiments.py``. Parses through ``train_stance.load`` (the same cached parse);
needs no scikit-learn.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import train_stance  # noqa: E402
from claimx.extraction.stance.inputs import candidate_inputs  # noqa: E402
from claimx.lexicons import lemma_of, make_lexicons  # noqa: E402

_NEG = {"not", "n't", "never", "no", "nobody", "nothing", "none", "neither", "nor", "cannot"}


def _lem(t) -> str:
    return "<num>" if t.like_num else lemma_of(t).replace("’", "'").lower()


def extra_features(inputs) -> dict[str, float]:
    """Candidate features beyond the shipped ones: lemma trigrams, first words, root triples,
    the sentence around the content, the cue's subject and where the cue sits."""
    f: dict[str, float] = {}
    content = inputs.content
    doc = content.doc
    skip = {t.i for t in inputs.cue if t.doc is doc}
    words = [t for t in content if not t.is_punct and not t.is_space and t.i not in skip]
    lems = ["<s>"] + [_lem(t) for t in words] + ["</s>"]
    for a, b, c in zip(lems, lems[1:], lems[2:]):
        f[f"tri:{a}_{b}_{c}"] = 1.0
    f[f"end:{lems[-2]}"] = 1.0 if len(lems) > 2 else 0.0
    for k, t in enumerate(words[:2]):
        f[f"first{k}:{_lem(t)}"] = 1.0
    if words:
        root = content.root
        f[f"root:{_lem(root)}"] = 1.0
        for c in root.children:
            if c.i in skip or c.is_punct:
                continue
            f[f"dep:{c.dep_}:{_lem(c)}"] = 1.0
            f[f"triple:{_lem(root)}:{c.dep_}:{_lem(c)}"] = 1.0
            if c.dep_ in ("dobj", "attr", "acomp", "xcomp", "ccomp"):
                for g in c.children:
                    if g.dep_ in ("neg", "amod", "advmod", "det"):
                        f[f"dep2:{c.dep_}:{g.dep_}:{_lem(g)}"] = 1.0
        neg_heads = [t.head for t in words if t.dep_ == "neg" or t.lower_ in _NEG]
        for h in neg_heads:
            f[f"negof:{_lem(h)}"] = 1.0
            f[f"negof_pos:{h.pos_}"] = 1.0
    # the sentence around the content (outside content and cue): "dismissed", "rejecting the report"
    sent = content[0].sent
    outside = [t for t in sent if not (content.start <= t.i < content.end) and t.i not in skip and not t.is_punct and not t.is_stop]
    for t in outside:
        f[f"ctx:{_lem(t)}"] = 1.0
    # cue: position, subject person, tense
    cue_tokens = [t for t in inputs.cue if t.doc is doc]
    if cue_tokens:
        cue = cue_tokens[0]
        f["cue_pos:" + ("before" if cue.i < content.start else "after" if cue.i >= content.end else "inside")] = 1.0
        head = next((t for t in cue_tokens if t.pos_ in ("VERB", "AUX")), cue)
        for c in head.children:
            if c.dep_ in ("nsubj", "nsubjpass"):
                low = c.lower_
                f["cue_subj:" + ("first" if low in ("i", "we") else "pron" if c.pos_ == "PRON" else "name" if c.pos_ == "PROPN" else "noun")] = 1.0
        f[f"cue_tag:{head.tag_}"] = 1.0
    else:
        f["cue_pos:none"] = 1.0
    # previous sentence words (a denial often answers the sentence before)
    if sent.start > 0:
        prev = doc[sent.start - 1].sent
        for t in prev:
            if not t.is_punct and not t.is_stop:
                f[f"prev:{_lem(t)}"] = 1.0
    return {k: v for k, v in f.items() if v}


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=train_stance.SHARED)
    parser.add_argument("--cache", type=Path, default=train_stance.REPO / "build" / "stance")
    parser.add_argument("--out", type=Path, required=True)
    a = parser.parse_args(argv)
    args = train_stance.parse_args(["--shared", str(a.shared), "--cache", str(a.cache)])
    items, folds, rows = train_stance.load(args)
    stance_dir = args.shared / "data" / "stance"
    cues = [json.loads(line)["cue_spans"] for name in train_stance.STANCE_FILES for line in (stance_dir / name).open(encoding="utf-8") if line.strip()]
    lexicons = make_lexicons()
    docs = train_stance.parsed_articles(list(dict.fromkeys(it.article for it in items)), args.shared / "data" / "polnear", args.cache)
    a.out.parent.mkdir(parents=True, exist_ok=True)
    with a.out.open("w", encoding="utf-8") as out:
        for item, fold, (rule, feats), cue_spans in zip(items, folds, rows, cues):
            doc = docs[item.article]
            inputs = candidate_inputs(doc, train_stance.gold_candidate(doc, item, cue_spans, lexicons))
            out.write(json.dumps({
                "article": item.article, "fold": fold, "label": item.label.value,
                "rule": {"stance": rule.stance.value, "step": rule.rule, "confidence": rule.confidence,
                         "hedge_cues": list(rule.hedge_cues), "signals": [[s.rule, list(s.words)] for s in rule.signals]},
                "feats": feats, "extra": extra_features(inputs)}) + "\n")
    print(f"{len(items)} items -> {a.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
