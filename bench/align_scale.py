"""How the time of ``claimx.align.cluster`` grows with the number of claims.

Run:  python bench/align_scale.py [--sizes 1000 10000 100000] [--seed 0]

Synthetic claims stand in for a news corpus: about 40% of the statements are carried by
one document only, the rest by 2 to 40 documents, as rewritten copies (curly or straight
quote marks, shortened from either end, a word dropped or swapped, surname instead of
full name, a different speaker in one copy out of five). About one statement in seven
is a "sibling": the same speaker again, with half of the previous statement's words and
half new ones, which must land in a cluster of its own. Texts mix common function words
with content words drawn from a Zipf distribution, so blocking meets frequent words too.

Each size prints the wall and CPU time, claims per second (by CPU time), peak memory,
and the pairwise precision and recall of the clusters against the generating
statements. CPU time is the figure to compare on a shared machine.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections import Counter
from collections.abc import Sequence
from itertools import accumulate

from claimx.align import cluster
from claimx.models import Claim, Form, Speaker, SpeakerKind

SIZES = (1_000, 10_000, 100_000)
CLAIMS_PER_DOC = 20
SIBLINGS = 0.15  # share of statements that half-repeat the previous one (see make_documents)
VOCABULARY = 30_000
FUNCTION_WORDS = (
    "the of to and a in that is was will would not it for on with as at by from they we has have be "
    "had this are their which its said could may there been more than also after over"
).split()
ROW = (
    "{claims:>8} {documents:>6} {statements:>10} {clusters:>8} {seconds:>7} {cpu_seconds:>7} {claims_per_s:>9} "
    "{peak_mb:>7} {precision:>6} {recall:>6}"
)
HEADER = {
    "claims": "claims", "documents": "docs", "statements": "statements", "clusters": "clusters", "seconds": "wall s",
    "cpu_seconds": "cpu s", "claims_per_s": "claims/s", "peak_mb": "peak MB", "precision": "P", "recall": "R",
}  # fmt: skip
SYLLABLES = "ka lo mi ne ru sa te vi zo ba de fi gu ho ja ke li mo nu pa re si tu wa ye".split()


def _word(rng: random.Random) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4)))


def _vocabulary(rng: random.Random) -> tuple[list[str], list[float]]:
    words = sorted({_word(rng) for _ in range(VOCABULARY * 2)})[:VOCABULARY]
    rng.shuffle(words)
    return words, list(accumulate(1 / (rank + 1) ** 1.05 for rank in range(len(words))))


def _statement(rng: random.Random, words: list[str], cum: list[float]) -> list[str]:
    length = rng.randint(6, 24)
    content = rng.choices(words, cum_weights=cum, k=length)
    out = []
    for w in content:
        if rng.random() < 0.6:
            out.append(rng.choice(FUNCTION_WORDS))
        out.append(w)
    return out


def _variant(rng: random.Random, tokens: list[str]) -> list[str]:
    """A rewrite as outlets make them: mostly shortened or lightly edited, sometimes verbatim."""
    tokens = list(tokens)
    r = rng.random()
    if r < 0.25:  # shortened: keep a head or a tail of at least 60%
        keep = max(3, round(len(tokens) * rng.uniform(0.6, 0.95)))
        tokens = tokens[:keep] if rng.random() < 0.5 else tokens[-keep:]
    elif r < 0.45 and len(tokens) > 6:  # one word dropped
        del tokens[rng.randrange(len(tokens))]
    elif r < 0.6:  # one word swapped for another
        tokens[rng.randrange(len(tokens))] = _word(rng)
    return tokens


def _quote(rng: random.Random, tokens: list[str]) -> str:
    text = " ".join(tokens)
    style = rng.random()
    if style < 0.4:
        return f"\u201c{text},\u201d"
    if style < 0.8:
        return f'"{text},"'
    return text[:1].upper() + text[1:] + "."


def make_documents(n: int, seed: int = 0) -> tuple[list[tuple[str, list[Claim]]], list[int]]:
    """``n`` synthetic claims in documents of about 20, and each claim's statement number.

    Returns:
        ``(documents, truth)``: ``documents`` as :func:`claimx.align.cluster` takes them,
        and for each claim in input order the number of the statement it was made from.
    """
    rng = random.Random(seed)
    words, cum = _vocabulary(rng)
    people = [(_word(rng).title(), _word(rng).title()) for _ in range(max(10, n // 20))]
    rows: list[tuple[Claim, int]] = []
    statement = 0
    previous: tuple[list[str], tuple[str, str]] | None = None
    while len(rows) < n:
        tokens = _statement(rng, words, cum)
        first, last = rng.choice(people)
        if previous is not None and rng.random() < SIBLINGS:
            # Another statement by the same speaker on the same subject: its first half
            # repeats the previous statement, the rest is new. It must not join it.
            old_tokens, (first, last) = previous
            tokens = old_tokens[: len(old_tokens) // 2] + tokens[len(tokens) // 2 :]
        previous = tokens, (first, last)
        copies = 1 if rng.random() < 0.4 else min(40, 2 + int(rng.expovariate(1 / 6)))
        for copy in range(min(copies, n - len(rows))):
            text = _quote(rng, tokens if copy == 0 else _variant(rng, tokens))
            if rng.random() < 0.2 and copy:
                name = " ".join(rng.choice(people))  # reworded attribution
            else:
                name = f"{first} {last}" if rng.random() < 0.5 else last
            claim = Claim(
                text=text, start=0, end=len(text), form=Form.DIRECT,
                speaker=Speaker(name=name, kind=SpeakerKind.PERSON),
            )  # fmt: skip
            rows.append((claim, statement))
        statement += 1
    rng.shuffle(rows)
    documents = [
        (f"doc-{d:06d}", [claim for claim, _ in rows[start : start + CLAIMS_PER_DOC]])
        for d, start in enumerate(range(0, len(rows), CLAIMS_PER_DOC))
    ]
    return documents, [truth for _, truth in rows]


def pairwise_scores(labels: Sequence[int], truth: Sequence[int]) -> tuple[float, float]:
    """Pairwise precision and recall of a clustering, counted in O(n)."""

    def pairs(counts: Counter[object]) -> int:
        return sum(c * (c - 1) // 2 for c in counts.values())

    both = pairs(Counter(zip(labels, truth)))
    found, true = pairs(Counter(labels)), pairs(Counter(truth))
    return (both / found if found else 1.0), (both / true if true else 1.0)


def _peak_mb() -> float:
    """Peak resident memory of this process so far (the largest size dominates)."""
    try:
        import resource
    except ImportError:  # not on Windows
        return float("nan")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 2**20 if sys.platform == "darwin" else peak / 2**10


def run(n: int, seed: int) -> dict[str, float]:
    documents, truth = make_documents(n, seed)
    started, cpu_started = time.perf_counter(), time.process_time()
    clusters = cluster(documents)
    seconds, cpu_seconds = time.perf_counter() - started, time.process_time() - cpu_started
    position = {id(claim): i for i, claim in enumerate(c for _, claims in documents for c in claims)}
    labels = [0] * n
    for k, statement in enumerate(clusters):
        for member in statement.members:
            labels[position[id(member.claim)]] = k
    precision, recall = pairwise_scores(labels, truth)
    return {
        "claims": n, "documents": len(documents), "statements": len(set(truth)), "clusters": len(clusters),
        "seconds": seconds, "cpu_seconds": cpu_seconds, "claims_per_s": n / cpu_seconds,
        "peak_mb": _peak_mb(), "precision": precision, "recall": recall,
    }  # fmt: skip


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=list(SIZES))
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    sys.stdout.write(ROW.format(**HEADER) + "\n")
    # Warm up: the first cluster() call imports spaCy for its stop-word list.
    cluster(make_documents(10)[0])
    for n in args.sizes:
        r = run(n, args.seed)
        cells = {k: f"{v:.3f}" if k in ("precision", "recall") else f"{v:.2f}" if "seconds" in k else f"{v:.0f}" for k, v in r.items()}
        sys.stdout.write(ROW.format(**cells) + "\n")
        sys.stdout.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main())
