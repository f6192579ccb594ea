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


# --- evidence the earlier searches did not have (issue 15, 2026-12-02): rules of English, no data phrases
_FIRST = {"i", "we", "me", "us", "my", "our", "myself", "ourselves"}
_THIRD = {"he", "she", "they", "it"}
_NEG_WORDS = {"no", "none", "nobody", "nothing", "never", "neither", "nor", "nowhere"}
_MODALS = {"will", "would", "'ll", "wo", "shall", "can", "could", "ca", "may", "might", "must", "should"}
_PARTY_ENTS = {"PERSON", "ORG", "NORP", "GPE"}
_CLAIM_WORDS = {"allegation", "accusation", "charge", "claim", "report", "suggestion", "criticism", "complaint"}


def _subject_kind(verb) -> str:
    """first / third (he, she, they, it) / party (a name or an organisation) / noun / none."""
    heads = [verb] + ([verb.head] if verb.dep_ in ("xcomp", "conj", "ccomp") and verb.head.i != verb.i else [])
    for h in heads:
        for c in h.children:
            if c.dep_ in ("nsubj", "nsubjpass", "expl"):
                low = c.lower_
                if low in _FIRST or any(g.lower_ in ("my", "our") for g in c.children if g.dep_ == "poss"):
                    return "first"
                if low in _THIRD or any(g.lower_ in ("his", "her", "their", "its") for g in c.children if g.dep_ == "poss"):
                    return "third"
                if low == "there":
                    return "there"
                if low in _NEG_WORDS or (c.dep_ != "expl" and any(g.lower_ in ("no", "neither") for g in c.children if g.dep_ == "det")):
                    return "neg"
                if c.pos_ == "PROPN" or c.ent_type_ in _PARTY_ENTS:
                    return "party"
                return "noun"
    return "none"


def _negation_of(verb):
    for c in verb.children:
        if c.dep_ == "neg" or (c.lower_ in _NEG_WORDS and c.dep_ in ("advmod", "det", "npadvmod")):
            return c
    for c in verb.children:  # "there are no plans", "I have no knowledge": a negative object or attribute
        if c.dep_ in ("attr", "dobj", "nsubj") and any(g.dep_ == "det" and g.lower_ in ("no", "neither") for g in c.children):
            return c
    return None


def _modal_of(verb) -> str | None:
    for h in [verb] + ([verb.head] if verb.dep_ in ("xcomp", "conj") and verb.head.i != verb.i else []):
        for c in h.children:
            if c.dep_ in ("aux", "auxpass") and c.lower_ in _MODALS:
                return {"wo": "will", "'ll": "will", "ca": "can"}.get(c.lower_, c.lower_)
        if h.lemma_ == "go" and h.tag_ == "VBG" and any(c.dep_ == "xcomp" for c in h.children):
            return "going_to"
    return None


def new_features(inputs, lexicons, evaluation: dict[str, str]) -> dict[str, float]:
    """(a) negative evaluation words (VADER-derived) and who they are said of; (b) a negated
    content whose subject is the speaker's side, a negative phrase fronted ("At no time did we"),
    an existential "there are no ...", a short negative answer, and whether the sentences just
    before carry an allegation that the content may answer; (c) modals by their subject."""
    f: dict[str, float] = {}
    content = inputs.content
    doc = content.doc
    skip = {t.i for t in inputs.cue if t.doc is doc}
    words = [t for t in content if not t.is_punct and not t.is_space and t.i not in skip]
    if not words:
        return f
    root = content.root
    subj = _subject_kind(root)
    neg = _negation_of(root)
    modal = _modal_of(root)
    tense = "past" if root.tag_ in ("VBD", "VBN") or any(c.tag_ == "VBD" for c in root.children if c.dep_ in ("aux", "auxpass")) else "present"
    # (a) negative evaluation
    negs = [t for t in words if t.lower_ not in _NEG_WORDS | {"not", "n't"} and (evaluation.get(t.lower_) or evaluation.get(lemma_of(t)))]
    if negs:
        f["neval:any"] = 1.0
        if any("strong" in (evaluation.get(t.lower_), evaluation.get(lemma_of(t))) for t in negs):
            f["neval:strong"] = 1.0
        f[f"neval:n{min(len(negs), 3)}"] = 1.0
        if neg is None:
            f[f"neval_subj:{subj}"] = 1.0
        preds = [t for t in negs if t.i == root.i or (t.head.i == root.i and t.dep_ in ("acomp", "attr", "dobj", "oprd"))
                 or (t.dep_ == "amod" and root.i in (t.head.i, t.head.head.i))]
        if preds:
            f[f"neval_pred:{subj}{':neg' if neg is not None else ''}"] = 1.0
    cue_words = [t for t in inputs.cue if t.doc is doc]
    if any(t.lower_ not in _NEG_WORDS | {"not", "n't"} and (evaluation.get(t.lower_) or evaluation.get(lemma_of(t))) for t in cue_words):
        f["cue_neval:any"] = 1.0
    # (b) denial as a negated content of the speaker's side
    if neg is not None:
        f[f"ownneg:{subj}:{modal or tense}"] = 1.0
        if subj in ("first", "third") and modal is None:
            f["ownneg:side_fact"] = 1.0
    if subj == "there" and neg is not None:
        f[f"exist_neg:{'modal' if modal else tense}"] = 1.0
    if subj == "neg":
        f["neg_subject:any"] = 1.0
    first_words = [t.lower_ for t in words[:3]]
    if first_words and first_words[0] in ("at", "in", "by", "under", "on") and "no" in first_words[1:3]:
        f["fronted_neg:any"] = 1.0  # a fronted negative phrase with inversion: "at no time did we", "in no way"
    if first_words and first_words[0] in ("never", "nowhere", "neither") and any(t.dep_ in ("aux", "auxpass") and t.i < root.i for t in words):
        f["fronted_neg:any"] = 1.0
    if len(words) <= 4 and any(t.lower_ in _NEG_WORDS | {"not", "n't"} for t in words):
        f["short_neg:any"] = 1.0
    # (b2) an allegation just before, that the content may answer
    sent = content[0].sent
    start = sent.start
    before = []
    for _ in range(3):
        if start <= 0:
            break
        prev = doc[start - 1].sent
        before.extend(prev)
        start = prev.start
    before.extend(t for t in sent if t.i < content.start and t.i not in skip)
    allegations, cue_verbs, cue_nouns = lexicons["allegations"], lexicons["cue_verbs"], lexicons["cue_nouns"]
    alleged = any(
        allegations.get(t.lower_) in ("act", "vice", "harm") or allegations.get(lemma_of(t)) in ("act", "vice")
        or cue_verbs.get(lemma_of(t)) == "allege" or cue_nouns.get(lemma_of(t)) == "allege" or lemma_of(t) in _CLAIM_WORDS
        for t in before if not t.is_punct
    )
    if alleged:
        f["before:alleged"] = 1.0
        if neg is not None:
            f[f"before:alleged&neg:{subj if subj in ('first', 'third', 'there', 'neg') else 'other'}"] = 1.0
    if any(cue_verbs.get(lemma_of(t)) == "deny" for t in before):
        f["before:deny"] = 1.0
    # (c) modals by their subject: "they could present their passport" (permission, ability) vs "it could collapse"
    if modal is not None and neg is None:
        f[f"modal:{modal}:{subj}"] = 1.0
        if modal in ("can", "could", "may") and subj in ("first", "third", "party", "noun") and root.lemma_ not in ("be", "have"):
            f[f"modal_agent:{modal}"] = 1.0
    return f


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=train_stance.SHARED)
    parser.add_argument("--cache", type=Path, default=train_stance.REPO / "build" / "stance")
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--evaluation-words", type=Path, help="scripts/derive_evaluation_words.py's TSV (new features)")
    a = parser.parse_args(argv)
    args = train_stance.parse_args(["--shared", str(a.shared), "--cache", str(a.cache)])
    items, folds, rows = train_stance.load(args)
    stance_dir = args.shared / "data" / "stance"
    cues = [json.loads(line)["cue_spans"] for name in train_stance.STANCE_FILES for line in (stance_dir / name).open(encoding="utf-8") if line.strip()]
    sources = [json.loads(line).get("source_spans", []) for name in train_stance.STANCE_FILES for line in (stance_dir / name).open(encoding="utf-8") if line.strip()]
    lexicons = make_lexicons()
    evaluation: dict[str, str] = {}
    if a.evaluation_words is not None:
        for line in a.evaluation_words.read_text(encoding="utf-8").splitlines():
            if line and not line.startswith("#"):
                word, _, label = line.partition("\t")
                evaluation[word] = label
    docs = train_stance.parsed_articles(list(dict.fromkeys(it.article for it in items)), args.shared / "data" / "polnear", args.cache)
    a.out.parent.mkdir(parents=True, exist_ok=True)
    with a.out.open("w", encoding="utf-8") as out:
        for item, fold, (rule, feats), cue_spans, source_spans in zip(items, folds, rows, cues, sources):
            doc = docs[item.article]
            inputs = candidate_inputs(doc, train_stance.gold_candidate(doc, item, cue_spans, lexicons, source_spans))
            out.write(json.dumps({
                "article": item.article, "fold": fold, "label": item.label.value,
                "rule": {"stance": rule.stance.value, "step": rule.rule, "confidence": rule.confidence,
                         "hedge_cues": list(rule.hedge_cues), "signals": [[s.rule, list(s.words)] for s in rule.signals]},
                "feats": feats, "extra": {**extra_features(inputs), **new_features(inputs, lexicons, evaluation)}}) + "\n")
    print(f"{len(items)} items -> {a.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
