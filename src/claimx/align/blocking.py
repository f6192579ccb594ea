"""Candidate generation: which pairs of claims are worth scoring.

Below :data:`ALL_PAIRS_LIMIT` pairs every pair is scored; beyond it, candidates come
from an inverted index on rare content keys (:class:`KeyIndex`), so time grows about
linearly with the number of claims.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence

from .scoring import CHAR_WEIGHT, SPEAKER_WEIGHT, Prepared

__all__ = [
    "ALL_PAIRS_LIMIT",
    "MAX_CANDIDATES",
    "MAX_POSTINGS",
    "KeyIndex",
    "candidate_pairs",
    "document_frequency",
    "earlier_candidates",
    "min_overlap",
]

# Blocking (see KeyIndex): postings longer than this are not probed, and at most this
# many candidates, those sharing the most keys, are scored for each claim.
MAX_POSTINGS = 500
MAX_CANDIDATES = 20
# align() compares every pair up to this many; beyond it, it blocks like cluster().
ALL_PAIRS_LIMIT = 250_000


def _blocking_keys(p: Prepared) -> tuple[str, ...]:
    """Keys to block on; a claim with no content words blocks on its whole text."""
    return tuple(p.keyset) if p.keyset else (p.text,)


def min_overlap(threshold: float) -> float:
    """Least share of the shorter claim's keys that a pair reaching ``threshold`` can have.

    From the score's form: content >= (threshold - SPEAKER_WEIGHT) / (1 - SPEAKER_WEIGHT),
    and content <= (1 - CHAR_WEIGHT) * shared / len(shorter.keyset) + CHAR_WEIGHT.
    """
    content = (threshold - SPEAKER_WEIGHT) / (1 - SPEAKER_WEIGHT)
    return max(0.0, (content - CHAR_WEIGHT) / (1 - CHAR_WEIGHT))


class KeyIndex:
    """Inverted index for prefix-filtered candidate search (Bayardo et al. 2007, "Scaling up
    all pairs similarity search", WWW; Chaudhuri et al. 2006, "A primitive operator for
    similarity joins", ICDE).

    Keys are ordered rarest first by document frequency. If two claims share at least a
    share ``t`` of the shorter one's keys, then the shorter one's first
    ``n - ceil(t * n) + 1`` keys (its *prefix*) include a shared key. Each entry is indexed
    under all its keys and under its prefix; a query probes the full index with its prefix
    and the prefix index with all its keys, so a qualifying pair is found from whichever
    side is shorter. Two caps trade a little recall for time that grows about linearly
    with the number of claims: postings longer than :data:`MAX_POSTINGS` are not probed
    (they hurt only claims made of very common words), and only the
    :data:`MAX_CANDIDATES` entries that share the most probed keys are returned.
    """

    def __init__(self, df: Mapping[str, int], min_overlap: float) -> None:
        self.df, self.min_overlap = df, min_overlap
        self.full: defaultdict[str, list[int]] = defaultdict(list)
        self.prefix: defaultdict[str, list[int]] = defaultdict(list)

    def _split(self, p: Prepared) -> tuple[tuple[str, ...], tuple[str, ...]]:
        keys = tuple(sorted(_blocking_keys(p), key=lambda k: (self.df.get(k, 0), k)))
        if p.short:
            return keys, keys
        n = len(keys)
        return keys, keys[: n - math.ceil(self.min_overlap * n) + 1]

    def add(self, entry: int, p: Prepared) -> None:
        keys, prefix = self._split(p)
        for key in keys:
            self.full[key].append(entry)
        for key in prefix:
            self.prefix[key].append(entry)

    def query(self, p: Prepared) -> list[int]:
        """Entries that may reach the threshold with ``p``: those sharing the most keys first."""
        keys, prefix = self._split(p)
        hits: Counter[int] = Counter()
        for postings in [self.full.get(k, ()) for k in prefix] + [self.prefix.get(k, ()) for k in keys]:
            if len(postings) <= MAX_POSTINGS:
                hits.update(postings)
        return [entry for entry, _ in hits.most_common(MAX_CANDIDATES)]


def document_frequency(prepared: Iterable[Prepared]) -> Counter[str]:
    df: Counter[str] = Counter()
    for p in prepared:
        df.update(_blocking_keys(p))
    return df


def candidate_pairs(xs: Sequence[Prepared], ys: Sequence[Prepared], threshold: float) -> Iterator[tuple[int, int]]:
    """All index pairs when few, else those found by blocking on rare keys."""
    if len(xs) * len(ys) <= ALL_PAIRS_LIMIT:
        yield from ((i, j) for i in range(len(xs)) for j in range(len(ys)))
        return
    index = KeyIndex(document_frequency([*xs, *ys]), min_overlap(threshold))
    for j, y in enumerate(ys):
        index.add(j, y)
    for i, x in enumerate(xs):
        for j in index.query(x):
            yield i, j


def earlier_candidates(ps: Sequence[Prepared], order: Sequence[int], rank: Mapping[int, int], share: float) -> dict[int, list[int]]:
    """For each claim of one document, the claims ranked before it that may share ``share`` of its keys.

    ``order`` lists the claims by rank; all earlier ones when few, else those found by blocking.
    """
    if len(ps) * len(ps) <= ALL_PAIRS_LIMIT:
        return {i: list(order[: rank[i]]) for i in order}
    index = KeyIndex(document_frequency(ps), share)
    for i, p in enumerate(ps):
        index.add(i, p)
    return {i: sorted((j for j in index.query(ps[i]) if rank[j] < rank[i]), key=rank.__getitem__) for i in order}
