"""Pair predictions with gold: merging claims that share a cue, lenient and exact matching.

The rules are fixed by the project issue so that our figures stay comparable to a
published peer table (see :mod:`claimx.evaluation.polnear`); do not "improve" them
silently. Matching is one-to-one within an article and greedy, so it is deterministic
and needs no solver.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from ..models import Claim, Form, Stance
from .corpus import GoldAttribution, StanceItem, trim_marks

__all__ = [
    "JACCARD_THRESHOLD",
    "Prediction",
    "StancePrediction",
    "best_claim",
    "jaccard",
    "match_exact",
    "match_hedge_cues",
    "match_lenient",
    "merge_claims",
    "span_tokens",
    "speaker_right",
    "trim_content",
]

JACCARD_THRESHOLD = 0.5  # the lenient rule; written as integers in _lenient_ok and _set_jaccard

Pair = tuple[int, int, float]


@dataclass(frozen=True)
class Prediction:
    """A predicted attribution: one claim, or several claims that share a cue, merged."""

    article: str
    content_spans: tuple[tuple[int, int], ...]
    content: str
    form: Form
    speaker_spans: tuple[tuple[int, int], ...] = ()
    speaker_name: str | None = None
    speaker_mention: str | None = None
    claims: tuple[Claim, ...] = field(default=(), compare=False)

    @property
    def start(self) -> int:
        return self.content_spans[0][0]

    @property
    def end(self) -> int:
        return self.content_spans[-1][1]


@dataclass(frozen=True)
class StancePrediction:
    """A predicted label and hedge cues for one item (``stance`` None: no claim covers the item)."""

    stance: Stance | None
    hedge_cues: tuple[str, ...] = ()
    evidence: tuple[str, ...] = ()


def merge_claims(claims: Iterable[Claim], *, article: str = "") -> list[Prediction]:
    """Merge claims sharing a cue into one prediction each, as PolNeAR does for split quotes.

    Claims with the same ``cue.start``/``cue.end`` (cue not None) become one prediction
    whose pieces are the claims' spans in document order (a claim with ``pieces``: each of
    them), joined with a space. Its
    speaker is the first claim's (in extraction order); its form is the shared form, or
    mixed when the parts disagree. Claims without a cue stay single.

    >>> from claimx.models import Mention
    >>> cue = Mention(text="said", start=10, end=14)
    >>> a = Claim(text="A,", start=1, end=3, form=Form.DIRECT, cue=cue)
    >>> b = Claim(text="B.", start=17, end=19, form=Form.DIRECT, cue=cue)
    >>> merge_claims([a, b])[0].content
    'A, B.'
    """
    groups: dict[Any, list[Claim]] = {}
    for n, claim in enumerate(claims):
        key = (claim.cue.start, claim.cue.end) if claim.cue is not None else ("single", n)
        groups.setdefault(key, []).append(claim)
    predictions = [_merged(parts, article) for parts in groups.values()]
    predictions.sort(key=lambda p: (p.start, p.end))
    return predictions


def _merged(parts: list[Claim], article: str) -> Prediction:
    ordered = sorted(parts, key=lambda c: (c.start, c.end))
    forms = {c.form for c in parts}
    first = parts[0]
    mention = first.speaker.mention if first.speaker is not None else None
    return Prediction(
        article=article,
        content_spans=tuple(span for c in ordered for span in c.spans),  # a split claim scores its pieces
        content=" ".join(c.text for c in ordered),
        form=forms.pop() if len(forms) == 1 else Form.MIXED,
        speaker_spans=((mention.start, mention.end),) if mention is not None else (),
        speaker_name=first.speaker.name if first.speaker is not None else None,
        speaker_mention=mention.text if mention is not None else None,
        claims=tuple(parts),
    )


# --------------------------------------------------------------------------- lenient


def jaccard(a: str, b: str) -> float:
    """Jaccard similarity of the whitespace-token sets of two texts (0.0 if either is empty).

    Tokens are not normalised, as the issue specifies: '“We' and 'We' differ.

    >>> jaccard("a b c", "b c d")
    0.5
    """
    ta, tb = _tokens(a), _tokens(b)
    if not ta or not tb:
        return 0.0
    return len(ta & tb) / len(ta | tb)


def _tokens(text: str) -> set[str]:
    """Whitespace tokens, unnormalised, per the issue. Quote marks and commas stay on the
    words, so a direct quote needs 6+ tokens to match its unquoted claim text (n-2 shared
    of n+2); change the rule here, in one place, if the issue changes."""
    return set(text.split())


def _lenient_ok(a: str, b: str) -> bool:
    """Jaccard >= 0.5 in integers, so the threshold edge is not at the mercy of floats."""
    ta, tb = _tokens(a), _tokens(b)
    return bool(ta and tb) and 2 * len(ta & tb) >= len(ta | tb)


def span_tokens(text: str, spans: Iterable[tuple[int, int]]) -> frozenset[int]:
    """Indices of the whitespace tokens of ``text`` that the character spans touch.

    Scoring spans this way compares *where* the content is, so a claim that leaves out its
    enclosing quote marks ("We" inside the token "“We") still covers the same tokens.

    >>> sorted(span_tokens("“We will,” she said", [(1, 3)]))
    [0]
    """
    starts, ends = _token_bounds(text)
    out: set[int] = set()
    for lo, hi in spans:
        first = bisect.bisect_right(ends, lo)
        last = bisect.bisect_left(starts, hi)
        out.update(range(first, last))
    return frozenset(out)


@functools.lru_cache(maxsize=8)
def _token_bounds(text: str) -> tuple[list[int], list[int]]:
    """Start and end offsets of the whitespace tokens; cached, since each article is scored pair by pair."""
    bounds = [m.span() for m in re.finditer(r"\S+", text)]
    return [b[0] for b in bounds], [b[1] for b in bounds]


def _set_jaccard(a: frozenset[int], b: frozenset[int]) -> tuple[bool, float]:
    if not a or not b:
        return False, 0.0
    inter, union = len(a & b), len(a | b)
    return 2 * inter >= union, inter / union


def match_lenient(
    gold: Sequence[GoldAttribution], predictions: Sequence[Prediction], text: str | None = None
) -> list[Pair]:
    """One-to-one lenient matching within an article: greedy by best Jaccard.

    With the article ``text``, Jaccard is over the article's whitespace tokens that each
    side's spans touch (see :func:`span_tokens`); without it, over the two content strings'
    own whitespace tokens. Ties go to gold order, then prediction order.

    Returns:
        ``(gold_index, prediction_index, jaccard)`` triples, in gold order.
    """
    if text is not None:
        candidates = _span_candidates(gold, predictions, text)
    else:
        candidates = _text_candidates(gold, predictions)
    return _greedy(candidates)


def _span_candidates(gold: Sequence[GoldAttribution], predictions: Sequence[Prediction], text: str) -> list[tuple[float, int, int]]:
    """``(-jaccard, gold_index, prediction_index)`` for pairs over the threshold, on article tokens."""
    gold_sets = [span_tokens(text, g.content_spans) for g in gold]
    pred_sets = [span_tokens(text, p.content_spans) for p in predictions]
    candidates = []
    for gi, gs in enumerate(gold_sets):
        for pi, ps in enumerate(pred_sets):
            ok, j = _set_jaccard(gs, ps)
            if ok:
                candidates.append((-j, gi, pi))
    return candidates


def _text_candidates(gold: Sequence[GoldAttribution], predictions: Sequence[Prediction]) -> list[tuple[float, int, int]]:
    """As :func:`_span_candidates`, on the content strings' own tokens."""
    return [
        (-jaccard(g.content, p.content), gi, pi)
        for gi, g in enumerate(gold)
        for pi, p in enumerate(predictions)
        if _lenient_ok(g.content, p.content)
    ]


def _greedy(candidates: list[tuple[float, int, int]]) -> list[Pair]:
    """Take candidates best first, each side at most once; return the pairs in gold order."""
    candidates.sort()
    used_gold: set[int] = set()
    used_pred: set[int] = set()
    pairs = []
    for neg_j, gi, pi in candidates:
        if gi not in used_gold and pi not in used_pred:
            used_gold.add(gi)
            used_pred.add(pi)
            pairs.append((gi, pi, -neg_j))
    return sorted(pairs)


# --------------------------------------------------------------------------- exact and speaker


def trim_content(pieces: Iterable[str]) -> str:
    """The exact-match key: each piece trimmed of spaces, punctuation and quote marks, joined by a space.

    >>> trim_content(["“A,”", "“B.”"])
    'A B'
    """
    kept = [trim_marks(p, keep_quotes=False) for p in pieces]
    return " ".join(" ".join(kept).split())


def match_exact(gold: Sequence[GoldAttribution], predictions: Sequence[Prediction], text: str) -> list[tuple[int, int]]:
    """One-to-one exact matching within an article on :func:`trim_content` keys.

    Returns:
        ``(gold_index, prediction_index)`` pairs; equal keys pair up in document order.
    """
    free: dict[str, list[int]] = {}
    for pi, p in enumerate(predictions):
        key = trim_content(text[s:e] for s, e in p.content_spans)
        if key:
            free.setdefault(key, []).append(pi)
    pairs = []
    for gi, g in enumerate(gold):
        waiting = free.get(trim_content(text[s:e] for s, e in g.content_spans))
        if waiting:
            pairs.append((gi, waiting.pop(0)))
    return pairs


def speaker_right(g: GoldAttribution, p: Prediction) -> bool:
    """Predicted mention overlaps a gold Source; with no gold Source, right only if none is predicted."""
    if not g.source_spans:
        return not p.speaker_spans
    return any(ps < ge and gs < pe for ps, pe in p.speaker_spans for gs, ge in g.source_spans)


# --------------------------------------------------------------------------- stance items


def best_claim(item: StanceItem, claims: Sequence[Claim]) -> Claim | None:
    """The claim with the largest character overlap with the item's content spans (first on ties), or None."""
    best, best_overlap = None, 0
    for claim in claims:
        overlap = sum(max(0, min(e, ce) - max(s, cs)) for s, e in item.content_spans for cs, ce in claim.spans)
        if overlap > best_overlap:
            best, best_overlap = claim, overlap
    return best


def match_hedge_cues(gold: Sequence[str], predicted: Sequence[str]) -> int:
    """How many predicted cues match a gold cue one-to-one (lowercase multisets).

    A match is equality, or one cue containing the other as whole words ("may" ~ "may
    have"). Equal pairs are taken first so containment cannot steal them.

    >>> match_hedge_cues(["may", "believes"], ["may have", "believes", "could"])
    2
    """
    gold_left = [x.lower().strip() for x in gold]
    pred_left = []
    matched = 0
    for cue in (x.lower().strip() for x in predicted):
        if cue in gold_left:
            gold_left.remove(cue)
            matched += 1
        else:
            pred_left.append(cue)
    for cue in pred_left:
        for g in gold_left:
            if _contains_words(g, cue) or _contains_words(cue, g):
                gold_left.remove(g)
                matched += 1
                break
    return matched


def _contains_words(longer: str, shorter: str) -> bool:
    return bool(shorter) and re.search(rf"(?<!\w){re.escape(shorter)}(?!\w)", longer) is not None
