"""Pair the claims of two documents one-to-one (:func:`align`), and say what differs."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from pydantic import BaseModel, ConfigDict, Field
from rapidfuzz.distance import Indel, LCSseq

from ..models import Claim
from .blocking import candidate_pairs, earlier_candidates
from .scoring import MIN_KEYS, MIN_SCORE, Prepared, check_claim, check_threshold, prepare, score, speaker_agreement

__all__ = ["RESTATE_MIN", "Alignment", "align", "claim_list"]

# Within one document, a claim restates another one when this share of its words
# reappears, in order, in a longer claim elsewhere in the document (a headline that
# restates the lead); a statement is aligned once, through its fullest wording.
RESTATE_MIN = 0.75


class Alignment(BaseModel):
    """Two claims, from two documents, that report the same statement, and what differs.

    ``words_added`` / ``words_dropped`` are the words of ``b`` not in ``a`` and of ``a``
    not in ``b``, from a word diff of the normalised texts (quote style and punctuation
    never show up). ``speaker_changed`` is False for compatible name forms such as
    "Benning" and "Laura Benning".
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    a: Claim
    b: Claim
    score: float = Field(ge=0.0, le=1.0, description="similarity; higher is closer (see claimx.align.similarity)")
    speaker_changed: bool = Field(description="the speakers' names are not compatible, or only one is known")
    stance_changed: bool
    words_added: tuple[str, ...] = Field(default=(), description="normalised words in b's text but not in a's")
    words_dropped: tuple[str, ...] = Field(default=(), description="normalised words in a's text but not in b's")


def _make_alignment(x: Prepared, y: Prepared, score: float) -> Alignment:
    added: list[str] = []
    dropped: list[str] = []
    for op in Indel.opcodes(x.words, y.words):
        if op.tag == "delete":
            dropped.extend(x.words[op.src_start : op.src_end])
        elif op.tag == "insert":
            added.extend(y.words[op.dest_start : op.dest_end])
    both_unknown = x.speaker is None and y.speaker is None
    return Alignment(
        a=x.claim,
        b=y.claim,
        score=round(score, 4),
        speaker_changed=not both_unknown and speaker_agreement(x, y) < 1.0,
        stance_changed=x.claim.stance != y.claim.stance,
        words_added=tuple(added),
        words_dropped=tuple(dropped),
    )


def _overlaps(a: Claim, b: Claim) -> bool:
    return a.start < b.end and b.start < a.end


def _restatement_roots(ps: Sequence[Prepared]) -> list[int]:
    """For each claim, the claim whose statement it carries: itself, or a fuller wording.

    A claim restates another one in the same document when it is not longer, sits
    elsewhere in the text (claims at overlapping offsets are parts of one passage, not
    repeats), has at least :data:`MIN_KEYS` keys, shares :data:`RESTATE_MIN` of its words
    in order with it, and their speakers do not differ. Typical case: a headline that
    restates the lead, or the same headline printed twice.
    """
    order = sorted(range(len(ps)), key=lambda i: (-len(ps[i].words), i))
    rank = {i: r for r, i in enumerate(order)}
    roots = list(range(len(ps)))
    candidates = earlier_candidates(ps, order, rank, RESTATE_MIN)
    for i in order:  # longest first, so a candidate's root is already known
        x = ps[i]
        if x.short or not x.words:  # short: fewer than MIN_KEYS keys
            continue
        best, best_share = None, RESTATE_MIN
        for j in candidates[i]:
            y = ps[j]
            if _overlaps(x.claim, y.claim) or speaker_agreement(x, y) == 0.0:
                continue
            share = LCSseq.similarity(x.words, y.words) / len(x.words)
            if share > best_share or (best is None and share == best_share):  # first of the best
                best, best_share = j, share
        if best is not None:
            roots[i] = roots[best]
    return roots


def claim_list(claims: Iterable[Claim], where: str) -> list[Claim]:
    """The claims as a list, or a TypeError naming ``where`` they came from."""
    if isinstance(claims, (str, bytes, Claim)) or not isinstance(claims, Iterable):  # align(None, []): issue 17.5
        raise TypeError(f"{where} must be a list of claimx.Claim (e.g. claimx.extract(text)), got {type(claims).__name__}")
    return [check_claim(c, where) for c in claims]


def align(claims_a: Iterable[Claim], claims_b: Iterable[Claim], *, threshold: float = MIN_SCORE) -> list[Alignment]:
    """Pair the claims of two documents that report the same statement, one-to-one.

    Every pair scoring at least ``threshold`` is a candidate; pairs are taken best first,
    each claim at most once. A statement that a document repeats (a headline restating
    the lead) is aligned once, through its fullest wording: pairs of such fullest wordings
    are taken before pairs involving a restatement, and once a statement is aligned, its
    restatements are not aligned again.

    Args:
        claims_a: the claims of one document, e.g. ``claimx.extract(text_a)``.
        claims_b: the claims of the other document.
        threshold: the least :func:`similarity` for a pair, in (0, 1].

    Returns:
        Alignments in the order of their ``a`` claim in ``claims_a``.

    Raises:
        TypeError: an input is not an iterable of :class:`claimx.Claim`.
        ValueError: ``threshold`` is not in (0, 1].

    >>> from claimx.models import Form, Speaker
    >>> full = Claim(text="the strike will not change the outcome of the talks", start=0, end=51,
    ...              form=Form.INDIRECT, speaker=Speaker(name="Laura Benning"))
    >>> shorter = full.model_copy(update={"text": "will not change the outcome of the talks", "end": 40,
    ...                                   "speaker": Speaker(name="Benning")})
    >>> [(x.speaker_changed, x.words_dropped) for x in align([full], [shorter])]
    [(False, ('the', 'strike'))]
    """
    check_threshold(threshold)
    xs = [prepare(c) for c in claim_list(claims_a, "claims_a")]
    ys = [prepare(c) for c in claim_list(claims_b, "claims_b")]
    roots_a, roots_b = _restatement_roots(xs), _restatement_roots(ys)
    scored = []
    for i, j in candidate_pairs(xs, ys, threshold):
        s = score(xs[i], ys[j], threshold)
        if s >= threshold:
            fullest = roots_a[i] == i and roots_b[j] == j
            scored.append((not fullest, -s, i, j, s))
    scored.sort()
    used_a: set[int] = set()
    used_b: set[int] = set()
    pairs: list[tuple[int, int, float]] = []
    for _, _, i, j, s in scored:
        if roots_a[i] in used_a or roots_b[j] in used_b:
            continue
        used_a.add(roots_a[i])
        used_b.add(roots_b[j])
        pairs.append((i, j, s))
    return [_make_alignment(xs[i], ys[j], s) for i, j, s in sorted(pairs)]
