"""What stance costs inside extraction: the model, the rules alone, and no stance at all.

Run:  python bench/stance_cost.py --corpus ../shared/data/polnear/dev/text [--repeat 3]

The corpus is parsed once (the claimx pipeline without its last component, timed); then
``find_claims`` runs over the parsed docs with each stance decider in turn, once per round,
so a burst of load from elsewhere hits all of them; the best round of each counts. CPU time
(``time.process_time``) is reported because the machine is shared. The stance share is
(claims with the model - claims with a constant stance) / (parse + claims with the model).

On a loaded machine that difference of two totals is noisy (a burst during the constant round
shrinks it), so the decider's own calls are also timed inside ``find_claims`` (CPU time summed
over every candidate, best round): "timed directly" below, share = that time / (parse + claims).
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

import claimx
from claimx.extraction import pipeline, stance
from claimx.extraction.stance import model as stance_model
from claimx.models import Stance


def _constant(doc, cand, lexicons, *, disabled=frozenset()) -> stance.StanceDecision:  # noqa: ANN001 - the deciders' signature
    return stance.StanceDecision(Stance.ASSERTION)


DECIDERS: dict[str, Callable] = {
    "model": stance_model.classify_candidate,
    "rules": stance.classify_candidate,
    "none": _constant,
}


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, required=True)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    texts = [p.read_text(encoding="utf-8") for p in sorted(args.corpus.glob("*.txt"))]
    nlp = claimx.load_default_nlp()
    pipe = nlp.get_pipe("claimx")
    with nlp.select_pipes(disable=["claimx"]):
        list(nlp.pipe(texts[:2]))  # warm up
        start = time.process_time()
        docs = list(nlp.pipe(texts))
        parse = time.process_time() - start
    stance_model.load_stance_model()
    best = dict.fromkeys(DECIDERS, float("inf"))
    inside = dict.fromkeys(DECIDERS, float("inf"))
    claims = {}
    for _ in range(args.repeat):
        for name, decide in DECIDERS.items():
            spent = [0.0]

            def timed(doc, cand, lexicons, *, disabled=frozenset(), _decide=decide, _spent=spent):
                start = time.process_time()
                decision = _decide(doc, cand, lexicons, disabled=disabled)
                _spent[0] += time.process_time() - start
                return decision

            pipeline.classify_candidate = timed
            start = time.process_time()
            claims[name] = [pipeline.find_claims(doc, pipe.lexicons) for doc in docs]
            best[name] = min(best[name], time.process_time() - start)
            inside[name] = min(inside[name], spent[0])
    pipeline.classify_candidate = stance.classify_candidate
    total = parse + best["model"]
    print(f"{len(texts)} articles; parse {parse:.2f} s CPU")
    for name in DECIDERS:
        print(f"  find_claims with stance={name:<6} {best[name]:.2f} s CPU")
    print(f"stance (model) share of extraction: {(best['model'] - best['none']) / total:.1%}")
    print(f"stance (rules) share of extraction: {(best['rules'] - best['none']) / (parse + best['rules']):.1%}")
    print(f"model vs rules, whole extraction: {total / (parse + best['rules']):.3f}x")
    for name in ("model", "rules"):
        print(f"stance ({name}) timed directly: {inside[name]:.2f} s CPU, "
              f"{inside[name] / (parse + best[name]):.1%} of extraction (parse + claims)")
    spans = {name: [[(c.start, c.end, c.speaker) for c in cs] for cs in claims[name]] for name in DECIDERS}
    print(f"same claims (spans, speakers) with every decider: {spans['model'] == spans['rules'] == spans['none']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
