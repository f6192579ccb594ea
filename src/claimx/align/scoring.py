"""How two claims are compared: content overlap on keys, wording, and speaker agreement.

The overlap is scored mostly as the share of the *shorter* claim's keys found in the
longer one, so a quote shortened by one outlet still pairs, and partly as the share of
the longer one's, so a fuller version scores higher. A character-level rapidfuzz ratio
adds a little for exact wording. Claims with fewer than :data:`MIN_KEYS` keys ("No
comment", "an idea") are too generic for word overlap: they pair only when nearly
identical and not said by different people. The speaker is a tie-breaker, not a gate.
"""

from __future__ import annotations

from dataclasses import dataclass

from rapidfuzz import fuzz

from ..models import Claim, SpeakerKind
from ..labels import AlignWordKind
from .normalize import align_words, content_keys, normalize_text

__all__ = [
    "CHAR_WEIGHT",
    "MIN_KEYS",
    "MIN_SCORE",
    "SPEAKER_WEIGHT",
    "Prepared",
    "check_claim",
    "check_threshold",
    "prepare",
    "score",
    "similarity",
    "speaker_agreement",
]

# A pair is kept when its score reaches this. With agreeing speakers that needs a content
# similarity of about 0.72, with unknown speakers 0.78, with different speakers 0.83.
MIN_SCORE = 0.75
# Weight of speaker agreement in the score (content similarity has the rest).
SPEAKER_WEIGHT = 0.1
# Weight of character-level wording similarity within content similarity.
CHAR_WEIGHT = 0.2
# Share of the overlap score taken from the shorter claim's side (the rest: the longer's).
SHORTER_SIDE_WEIGHT = 0.75
# Claims with fewer content keys than this are "short": they pair only when nearly
# identical (character ratio >= SHORT_MIN_RATIO) and their speakers do not differ.
MIN_KEYS = 3
SHORT_MIN_RATIO = 0.9


@dataclass(eq=False)
class Prepared:
    """What the comparison needs of one claim, computed once."""

    claim: Claim
    text: str
    words: tuple[str, ...]
    keyset: frozenset[str]
    n_keys: int
    short: bool
    speaker: tuple[str, ...] | None
    speaker_set: frozenset[str]
    person: bool


def prepare(claim: Claim) -> Prepared:
    """Normalise a claim's text and speaker name once, for many comparisons."""
    text = normalize_text(claim.text)
    words = tuple(text.split())
    keys = content_keys(words)
    speaker = None
    if claim.speaker is not None:
        noise = align_words(AlignWordKind.SPEAKER_NOISE)
        name = tuple(w for w in normalize_text(claim.speaker.name).split() if w not in noise)
        speaker = name or None
    person = claim.speaker is not None and claim.speaker.kind == SpeakerKind.PERSON
    keyset = frozenset(keys)
    short = len(keyset) < MIN_KEYS
    return Prepared(claim, text, words, keyset, len(keyset), short, speaker, frozenset(speaker or ()), person)


def speaker_agreement(x: Prepared, y: Prepared) -> float:
    """1 when the names are compatible, 0 when they differ, 0.5 when one is unknown.

    Compatible: one name's words are a subset of the other's ("Benning" / "Laura Benning",
    "US" / "US officials"), or two people share a surname ("President Benning" / "Laura
    Benning").
    "US officials" and "Iranian officials" are not compatible.
    """
    if x.speaker is None or y.speaker is None:
        return 0.5
    a, b = x.speaker_set, y.speaker_set
    if a <= b or b <= a or (x.person and y.person and x.speaker[-1] == y.speaker[-1]):
        return 1.0
    return 0.0


def score(x: Prepared, y: Prepared, floor: float = 0.0) -> float:
    """Similarity of two prepared claims; 0.0 as soon as it cannot reach ``floor``.

    The word overlap is cheap and bounds the score from above, so most candidates from
    blocking are dismissed before any character-level comparison.
    """
    if not x.text or not y.text:
        return 0.0
    shorter, longer = (x, y) if (x.n_keys, len(x.text)) <= (y.n_keys, len(y.text)) else (y, x)
    if shorter.short:
        return _short_score(x, y)
    shared = len(x.keyset & y.keyset)
    # Mostly the share of the shorter claim's keys found in the longer one, partly the converse.
    overlap = SHORTER_SIDE_WEIGHT * shared / shorter.n_keys + (1 - SHORTER_SIDE_WEIGHT) * shared / longer.n_keys
    if (1 - SPEAKER_WEIGHT) * ((1 - CHAR_WEIGHT) * overlap + CHAR_WEIGHT) + SPEAKER_WEIGHT < floor:
        return 0.0
    speaker_part = SPEAKER_WEIGHT * speaker_agreement(x, y)
    char = fuzz.ratio(x.text, y.text) / 100
    if len(shorter.text) < 2 * len(longer.text) / 3:  # a shortened quote: compare it to its best window
        char = max(char, 0.9 * fuzz.partial_ratio(shorter.text, longer.text) / 100)
    return (1 - SPEAKER_WEIGHT) * ((1 - CHAR_WEIGHT) * overlap + CHAR_WEIGHT * char) + speaker_part


def _short_score(x: Prepared, y: Prepared) -> float:
    """Too few content words for overlap to mean much: only near-identical wording,
    and never from different speakers ("No comment" is not one statement)."""
    agreement = speaker_agreement(x, y)
    if agreement == 0.0:
        return 0.0
    ratio = fuzz.ratio(x.text, y.text, score_cutoff=100 * SHORT_MIN_RATIO) / 100
    return (1 - SPEAKER_WEIGHT) * ratio + SPEAKER_WEIGHT * agreement if ratio else 0.0


def similarity(a: Claim, b: Claim) -> float:
    """Score in [0, 1] for "a and b report the same statement"; pairs need :data:`MIN_SCORE`.

    Args:
        a: a claim.
        b: another claim, usually from another document.

    Returns:
        Content similarity weighted ``1 - SPEAKER_WEIGHT``, plus speaker agreement
        weighted ``SPEAKER_WEIGHT``.

    >>> from claimx.models import Form
    >>> x = Claim(text="the bridge will reopen by the end of March", start=0, end=42, form=Form.INDIRECT)
    >>> y = Claim(text="“The bridge will reopen by the end of March”", start=0, end=44, form=Form.DIRECT)
    >>> similarity(x, y) >= MIN_SCORE
    True
    """
    return score(prepare(check_claim(a, "a")), prepare(check_claim(b, "b")))


def check_claim(claim: object, where: str) -> Claim:
    """``claim`` itself, or a TypeError naming ``where`` it came from."""
    if not isinstance(claim, Claim):
        raise TypeError(f"{where} must hold claimx.Claim objects, got {type(claim).__name__}")
    return claim


def check_threshold(threshold: float) -> None:
    if not 0.0 < threshold <= 1.0:
        raise ValueError(f"threshold must be in (0, 1], got {threshold}; the default is {MIN_SCORE}")
