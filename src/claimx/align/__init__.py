"""Follow a claim across outlets: pair claims that report the same statement, and cluster them.

Wire stories are rewritten by many outlets: quote marks change style, sentences get
shortened, "the ministry accused" becomes "government officials claim". :func:`align`
pairs the claims of two documents one-to-one; :func:`cluster` groups the claims of many
documents into statement clusters with stable ids.

How two claims are compared (:func:`similarity`):

- Both texts are normalised (:func:`normalize_text`): accents, quote marks, punctuation
  and case are dropped, so quote style and punctuation never matter.
- Content similarity is a bag-of-words overlap on *keys*: content words (spaCy's English
  stop words are dropped, but negations and numbers are kept, since "not" and "three"
  change what was said) cut to their first five characters. Truncation is a crude but
  robust stemmer that also absorbs spelling variants ("defence"/"defense",
  "recognise"/"recognize"); see Mayfield & McNamee (2003), "Single n-gram stemming",
  SIGIR. The overlap is scored mostly as the share of the *shorter* claim's keys found in
  the longer one, so a quote shortened by one outlet still pairs, and partly as the
  share of the longer one's, so a fuller version scores higher. A character-level
  rapidfuzz ratio adds a little for exact wording.
- Claims with fewer than :data:`MIN_KEYS` keys ("No comment", "an idea") are too generic
  for word overlap: they pair only when nearly identical and not said by different people.
- The speaker is a tie-breaker, not a gate: "Benning" and "Laura Benning" agree;
  "government officials" and "Interior Ministry" disagree, which lowers the score so that
  only a strong content match survives a reworded attribution.

Limits: the comparison is lexical. A paraphrase that changes most content words is not
found, and two different statements that share most content words and differ only in
the verb ("raise rates in June" / "hold rates until June") can pair. Metonyms
(a capital named for its country) cost a key but are not resolved.

Modules: :mod:`.normalize` (text to words and keys), :mod:`.scoring` (the similarity),
:mod:`.blocking` (which pairs to score), :mod:`.pairing` (:func:`align`),
:mod:`.clustering` (:func:`cluster`), :mod:`.formatting` (:func:`format_alignments`).
"""

from __future__ import annotations

from .clustering import ClusterMember, StatementCluster, cluster
from .formatting import format_alignments
from .normalize import normalize_text
from .pairing import Alignment, align
from .scoring import MIN_SCORE, similarity

__all__ = [
    "MIN_SCORE",
    "Alignment",
    "ClusterMember",
    "StatementCluster",
    "align",
    "cluster",
    "format_alignments",
    "normalize_text",
    "similarity",
]
