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
"""

from __future__ import annotations

import functools
import hashlib
import math
import re
import textwrap
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from itertools import zip_longest
from typing import NamedTuple

from pydantic import BaseModel, ConfigDict, Field
from rapidfuzz import fuzz
from rapidfuzz.distance import Indel, LCSseq

from .models import Claim, SpeakerKind

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
# Characters kept of each content word: a truncation stemmer (Mayfield & McNamee 2003).
KEY_CHARS = 5
# Within one document, a claim restates another one when this share of its words
# reappears, in order, in a longer claim elsewhere in the document (a headline that
# restates the lead); a statement is aligned once, through its fullest wording.
RESTATE_MIN = 0.75
# Blocking (see _KeyIndex): postings longer than this are not probed, and at most this
# many candidates, those sharing the most keys, are scored for each claim.
MAX_POSTINGS = 500
MAX_CANDIDATES = 20
# A cluster keeps up to MAX_EXEMPLARS wordings to compare new claims with: its first
# member and members that joined with a score below EXEMPLAR_BELOW (a new wording).
MAX_EXEMPLARS = 4
EXEMPLAR_BELOW = 0.9
# align() compares every pair up to this many; beyond it, it blocks like cluster().
ALL_PAIRS_LIMIT = 250_000

# Curly, low, angle and prime quote marks all become ASCII ones before they are dropped.
QUOTE_MAP = str.maketrans(
    {
        "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u00ab": '"', "\u00bb": '"',
        "\u2033": '"', "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2039": "'",
        "\u203a": "'", "\u2032": "'", "\u00b4": "'", "`": "'",
    }
)  # fmt: skip
_INNER_MARK = re.compile(r"(?<=\w)['.](?=\w)")  # they're -> theyre, U.S. -> US
_DIGIT_GROUP = re.compile(r"(?<=\d),(?=\d{3})")  # 1,000 -> 1000
_NON_WORD = re.compile(r"[\W_]+")
# Words that change what was said, so they count as content although spaCy lists them
# as stop words.
_KEPT_STOP_WORDS = frozenset(
    "no not never nor neither nobody none nothing cannot without more less fewer "
    "one two three four five six seven eight nine ten eleven twelve fifteen twenty forty "
    "fifty sixty hundred first third last".split()
)
# Negated contractions after normalisation ("don't" -> "dont") share the key of "not".
_NEGATED = re.compile(r"^(?:do|does|did|is|are|was|were|has|have|had|wo|would|ca|could|should|must|need|ai)nt$")
_SPEAKER_NOISE = frozenset("the a an mr mrs ms miss dr sir".split())


def normalize_text(text: str) -> str:
    """Lowercase words without accents, quote marks or punctuation, single-spaced.

    Apostrophes and dots inside a word are deleted rather than split on, so "they're",
    "they’re" and "theyre" agree, as do "U.S." and "US".

    >>> normalize_text("“We’re not leaving,” the U.S. envoy said.")
    'were not leaving the us envoy said'
    """
    text = text.translate(QUOTE_MAP)
    if not text.isascii():  # fold accents ("Pérez" -> "perez"); most text skips this
        text = "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))
    text = text.lower()
    text = _DIGIT_GROUP.sub("", _INNER_MARK.sub("", text))
    return " ".join(_NON_WORD.sub(" ", text).split())


@functools.cache
def _stop_words() -> frozenset[str]:
    """spaCy's English stop words as normalised single words, plus pronoun contractions.

    Loaded on first use: importing spaCy takes about a second, and ``import claimx``
    should stay cheap.
    """
    from spacy.lang.en.stop_words import STOP_WORDS

    words = {normalize_text(w) for w in STOP_WORDS}
    pronouns = "i you he she it we they that there who what".split()
    words |= {p + suffix for p in pronouns for suffix in ("s", "re", "ve", "ll", "d", "m")}
    return frozenset(w for w in words if w and " " not in w) - _KEPT_STOP_WORDS


def _keys(words: Sequence[str]) -> tuple[str, ...]:
    stop = _stop_words()
    return tuple("not" if _NEGATED.match(w) else w[:KEY_CHARS] for w in words if w not in stop)


@dataclass(eq=False)
class _Prepared:
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


def _prepare(claim: Claim) -> _Prepared:
    text = normalize_text(claim.text)
    words = tuple(text.split())
    keys = _keys(words)
    speaker = None
    if claim.speaker is not None:
        name = tuple(w for w in normalize_text(claim.speaker.name).split() if w not in _SPEAKER_NOISE)
        speaker = name or None
    person = claim.speaker is not None and claim.speaker.kind == SpeakerKind.PERSON
    keyset = frozenset(keys)
    short = len(keyset) < MIN_KEYS
    return _Prepared(claim, text, words, keyset, len(keyset), short, speaker, frozenset(speaker or ()), person)


def _speaker_agreement(x: _Prepared, y: _Prepared) -> float:
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


def _score(x: _Prepared, y: _Prepared, floor: float = 0.0) -> float:
    """Similarity of two prepared claims; 0.0 as soon as it cannot reach ``floor``.

    The word overlap is cheap and bounds the score from above, so most candidates from
    blocking are dismissed before any character-level comparison.
    """
    if not x.text or not y.text:
        return 0.0
    shorter, longer = (x, y) if (x.n_keys, len(x.text)) <= (y.n_keys, len(y.text)) else (y, x)
    if shorter.short:
        # Too few content words for overlap to mean much: only near-identical wording,
        # and never from different speakers ("No comment" is not one statement).
        agreement = _speaker_agreement(x, y)
        if agreement == 0.0:
            return 0.0
        ratio = fuzz.ratio(x.text, y.text, score_cutoff=100 * SHORT_MIN_RATIO) / 100
        return (1 - SPEAKER_WEIGHT) * ratio + SPEAKER_WEIGHT * agreement if ratio else 0.0
    shared = len(x.keyset & y.keyset)
    # Mostly the share of the shorter claim's keys found in the longer one, partly the converse.
    overlap = SHORTER_SIDE_WEIGHT * shared / shorter.n_keys + (1 - SHORTER_SIDE_WEIGHT) * shared / longer.n_keys
    if (1 - SPEAKER_WEIGHT) * ((1 - CHAR_WEIGHT) * overlap + CHAR_WEIGHT) + SPEAKER_WEIGHT < floor:
        return 0.0
    speaker_part = SPEAKER_WEIGHT * _speaker_agreement(x, y)
    char = fuzz.ratio(x.text, y.text) / 100
    if len(shorter.text) < 2 * len(longer.text) / 3:  # a shortened quote: compare it to its best window
        char = max(char, 0.9 * fuzz.partial_ratio(shorter.text, longer.text) / 100)
    return (1 - SPEAKER_WEIGHT) * ((1 - CHAR_WEIGHT) * overlap + CHAR_WEIGHT * char) + speaker_part


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
    return _score(_prepare(_check_claim(a, "a")), _prepare(_check_claim(b, "b")))


def _check_claim(claim: object, where: str) -> Claim:
    if not isinstance(claim, Claim):
        raise TypeError(f"{where} must hold claimx.Claim objects, got {type(claim).__name__}")
    return claim


def _check_threshold(threshold: float) -> None:
    if not 0.0 < threshold <= 1.0:
        raise ValueError(f"threshold must be in (0, 1], got {threshold}; the default is {MIN_SCORE}")


# --- candidate generation ----------------------------------------------------------------


def _blocking_keys(p: _Prepared) -> tuple[str, ...]:
    """Keys to block on; a claim with no content words blocks on its whole text."""
    return tuple(p.keyset) if p.keyset else (p.text,)


def _min_overlap(threshold: float) -> float:
    """Least share of the shorter claim's keys that a pair reaching ``threshold`` can have.

    From the score's form: content >= (threshold - SPEAKER_WEIGHT) / (1 - SPEAKER_WEIGHT),
    and content <= (1 - CHAR_WEIGHT) * shared / len(shorter.keyset) + CHAR_WEIGHT.
    """
    content = (threshold - SPEAKER_WEIGHT) / (1 - SPEAKER_WEIGHT)
    return max(0.0, (content - CHAR_WEIGHT) / (1 - CHAR_WEIGHT))


class _KeyIndex:
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

    def _split(self, p: _Prepared) -> tuple[tuple[str, ...], tuple[str, ...]]:
        keys = tuple(sorted(_blocking_keys(p), key=lambda k: (self.df.get(k, 0), k)))
        if p.short:
            return keys, keys
        n = len(keys)
        return keys, keys[: n - math.ceil(self.min_overlap * n) + 1]

    def add(self, entry: int, p: _Prepared) -> None:
        keys, prefix = self._split(p)
        for key in keys:
            self.full[key].append(entry)
        for key in prefix:
            self.prefix[key].append(entry)

    def query(self, p: _Prepared) -> list[int]:
        """Entries that may reach the threshold with ``p``: those sharing the most keys first."""
        keys, prefix = self._split(p)
        hits: Counter[int] = Counter()
        for postings in [self.full.get(k, ()) for k in prefix] + [self.prefix.get(k, ()) for k in keys]:
            if len(postings) <= MAX_POSTINGS:
                hits.update(postings)
        return [entry for entry, _ in hits.most_common(MAX_CANDIDATES)]


def _document_frequency(prepared: Iterable[_Prepared]) -> Counter[str]:
    df: Counter[str] = Counter()
    for p in prepared:
        df.update(_blocking_keys(p))
    return df


def _candidate_pairs(xs: Sequence[_Prepared], ys: Sequence[_Prepared], threshold: float) -> Iterator[tuple[int, int]]:
    """All index pairs when few, else those found by blocking on rare keys."""
    if len(xs) * len(ys) <= ALL_PAIRS_LIMIT:
        yield from ((i, j) for i in range(len(xs)) for j in range(len(ys)))
        return
    index = _KeyIndex(_document_frequency([*xs, *ys]), _min_overlap(threshold))
    for j, y in enumerate(ys):
        index.add(j, y)
    for i, x in enumerate(xs):
        for j in index.query(x):
            yield i, j


# --- align ---------------------------------------------------------------------------------


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


def _make_alignment(x: _Prepared, y: _Prepared, score: float) -> Alignment:
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
        speaker_changed=not both_unknown and _speaker_agreement(x, y) < 1.0,
        stance_changed=x.claim.stance != y.claim.stance,
        words_added=tuple(added),
        words_dropped=tuple(dropped),
    )


def _overlaps(a: Claim, b: Claim) -> bool:
    return a.start < b.end and b.start < a.end


def _restatement_roots(ps: Sequence[_Prepared]) -> list[int]:
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
    if len(ps) * len(ps) <= ALL_PAIRS_LIMIT:
        candidates = {i: order[: rank[i]] for i in order}
    else:
        index = _KeyIndex(_document_frequency(ps), RESTATE_MIN)
        for i, p in enumerate(ps):
            index.add(i, p)
        candidates = {
            i: sorted((j for j in index.query(ps[i]) if rank[j] < rank[i]), key=rank.__getitem__) for i in order
        }
    for i in order:  # longest first, so a candidate's root is already known
        x = ps[i]
        if x.short or not x.words:
            continue
        best, best_share = None, RESTATE_MIN
        for j in candidates[i]:
            y = ps[j]
            if _overlaps(x.claim, y.claim) or _speaker_agreement(x, y) == 0.0:
                continue
            share = LCSseq.similarity(x.words, y.words) / len(x.words)
            if share > best_share or (best is None and share == best_share):  # first of the best
                best, best_share = j, share
        if best is not None:
            roots[i] = roots[best]
    return roots


def _claim_list(claims: Iterable[Claim], where: str) -> list[Claim]:
    if isinstance(claims, (str, bytes, Claim)):
        raise TypeError(f"{where} must be a list of claimx.Claim, got {type(claims).__name__}")
    return [_check_claim(c, where) for c in claims]


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
    _check_threshold(threshold)
    xs = [_prepare(c) for c in _claim_list(claims_a, "claims_a")]
    ys = [_prepare(c) for c in _claim_list(claims_b, "claims_b")]
    roots_a, roots_b = _restatement_roots(xs), _restatement_roots(ys)
    scored = []
    for i, j in _candidate_pairs(xs, ys, threshold):
        score = _score(xs[i], ys[j], threshold)
        if score >= threshold:
            fullest = roots_a[i] == i and roots_b[j] == j
            scored.append((not fullest, -score, i, j, score))
    scored.sort()
    used_a: set[int] = set()
    used_b: set[int] = set()
    pairs: list[tuple[int, int, float]] = []
    for _, _, i, j, score in scored:
        if roots_a[i] in used_a or roots_b[j] in used_b:
            continue
        used_a.add(roots_a[i])
        used_b.add(roots_b[j])
        pairs.append((i, j, score))
    return [_make_alignment(xs[i], ys[j], score) for i, j, score in sorted(pairs)]


def _column(claim: Claim, width: int) -> list[str]:
    who = claim.speaker.name if claim.speaker else "?"
    header = textwrap.wrap(f"{who} [{claim.stance.value}/{claim.form.value}]", width)
    return header + textwrap.wrap(" ".join(claim.text.split()), width)


def format_alignments(alignments: Iterable[Alignment], *, width: int = 100) -> str:
    """Render alignments side by side, a | b, with what changed under each pair.

    Meant for ``claimx align A.txt B.txt``; plain text, no colour.

    Args:
        alignments: as returned by :func:`align`.
        width: total line width (at least 40).

    Returns:
        One block per alignment, separated by blank lines; "" for no alignments.

    >>> from claimx.models import Form, Speaker
    >>> c = Claim(text="we will win", start=0, end=11, form=Form.DIRECT, speaker=Speaker(name="Jane Doe"))
    >>> print(format_alignments(align([c], [c]), width=70))
    1.00  Jane Doe [assertion/direct]    | Jane Doe [assertion/direct]
          we will win                    | we will win
    """
    if width < 40:
        raise ValueError(f"width must be at least 40, got {width}")
    indent = 6
    column = (width - indent - 3) // 2
    blocks = []
    for alignment in alignments:
        left, right = _column(alignment.a, column), _column(alignment.b, column)
        lines = []
        for n, (l_part, r_part) in enumerate(zip_longest(left, right, fillvalue="")):
            lead = f"{alignment.score:.2f}  " if n == 0 else " " * indent
            lines.append(f"{lead}{l_part:<{column}} | {r_part}".rstrip())
        changes = []
        if alignment.speaker_changed:
            who_a = alignment.a.speaker.name if alignment.a.speaker else "?"
            who_b = alignment.b.speaker.name if alignment.b.speaker else "?"
            changes.append(f"speaker: {who_a} -> {who_b}")
        if alignment.stance_changed:
            changes.append(f"stance: {alignment.a.stance.value} -> {alignment.b.stance.value}")
        if alignment.words_dropped:
            changes.append("- " + " ".join(alignment.words_dropped))
        if alignment.words_added:
            changes.append("+ " + " ".join(alignment.words_added))
        for change in changes:
            lines.extend(textwrap.wrap(change, width, initial_indent=" " * indent, subsequent_indent=" " * (indent + 2)))
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks)


# --- cluster -------------------------------------------------------------------------------


class ClusterMember(NamedTuple):
    """One claim of a statement cluster and the id of the document it came from."""

    doc_id: str
    claim: Claim


class StatementCluster(BaseModel):
    """Claims from many documents that report one statement.

    ``id`` is stable: a hash of the normalised text of the cluster's first member (the
    earliest in input order), so adding later documents keeps existing ids. Members are
    in input order; the first is the cluster's leader, the wording later claims were
    compared with first.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: str = Field(description="'stmt-' + 12 hex digits of the SHA-1 of the first member's normalised text")
    members: tuple[ClusterMember, ...] = Field(min_length=1)

    @property
    def first(self) -> ClusterMember:
        return self.members[0]

    @property
    def doc_ids(self) -> tuple[str, ...]:
        """Documents that carry the statement, in input order, each once."""
        return tuple(dict.fromkeys(m.doc_id for m in self.members))


Documents = Mapping[str, Iterable[Claim]] | Iterable[tuple[str, Iterable[Claim]]]


def _documents(documents: Documents) -> Iterator[tuple[str, list[Claim]]]:
    items = documents.items() if isinstance(documents, Mapping) else documents
    seen: set[str] = set()
    for item in items:
        if not isinstance(item, tuple) or len(item) != 2:
            raise TypeError(f"documents must be (doc_id, claims) pairs or a mapping, got {type(item).__name__}")
        doc_id, claims = item
        if not isinstance(doc_id, str):
            raise TypeError(f"doc ids must be str, got {type(doc_id).__name__}: pass str(doc_id)")
        if doc_id in seen:
            raise ValueError(f"doc id {doc_id!r} appears twice: give each document its own id")
        seen.add(doc_id)
        yield doc_id, _claim_list(claims, f"the claims of {doc_id!r}")


def _stable_id(text: str, taken: set[str]) -> str:
    base = "stmt-" + hashlib.sha1(text.encode("utf-8"), usedforsecurity=False).hexdigest()[:12]
    cid, n = base, 1
    while cid in taken:  # two clusters whose first members read the same (kept apart by their speakers)
        n += 1
        cid = f"{base}-{n}"
    taken.add(cid)
    return cid


def cluster(documents: Documents, *, threshold: float = MIN_SCORE) -> list[StatementCluster]:
    """Group the claims of many documents into statement clusters with stable ids.

    Leader clustering in input order: each claim joins the cluster with the wording it
    matches best (:func:`similarity` >= ``threshold``), else starts a new cluster. A
    cluster's wordings are its first member plus up to ``MAX_EXEMPLARS - 1`` members that
    joined with a score below ``EXEMPLAR_BELOW``, so that a quote shortened at its start
    still meets a copy shortened at its end; keeping a few wordings rather than every
    member stops clusters drifting through chains of small rewordings. Candidates come
    from an inverted index on rare content keys (:class:`_KeyIndex`), not from all pairs,
    so time grows about linearly: 100,000 claims take well under a minute on one core
    (see bench/align_scale.py).

    Args:
        documents: a mapping ``{doc_id: claims}`` or an iterable of ``(doc_id, claims)``,
            oldest first if ids should stay stable as documents are added.
        threshold: the least similarity to join a cluster, in (0, 1].

    Returns:
        Clusters in order of their first member; every claim is in exactly one.

    Raises:
        TypeError: a doc id is not a ``str`` or a claim is not a :class:`claimx.Claim`.
        ValueError: a doc id repeats, or ``threshold`` is not in (0, 1].

    >>> from claimx.models import Form
    >>> c = Claim(text="we will win", start=0, end=11, form=Form.DIRECT)
    >>> [len(s.members) for s in cluster({"ap": [c], "bbc": [c]})]
    [2]
    """
    _check_threshold(threshold)
    members: list[ClusterMember] = []
    prepared: list[_Prepared] = []
    cache: dict[tuple[str, str | None, SpeakerKind | None], _Prepared] = {}
    for doc_id, claims in _documents(documents):
        for claim in claims:
            members.append(ClusterMember(doc_id, claim))
            speaker = claim.speaker
            memo = (claim.text, speaker.name if speaker else None, speaker.kind if speaker else None)
            p = cache.get(memo)
            if p is None:
                p = cache[memo] = _prepare(claim)
            prepared.append(p)
    index = _KeyIndex(_document_frequency(cache.values()), _min_overlap(threshold))
    exemplars: list[tuple[_Prepared, int]] = []  # (wording, cluster); a cluster's first is its leader
    counts: list[int] = []  # exemplars per cluster
    leaders: list[_Prepared] = []
    groups: list[list[int]] = []
    decided: dict[int, int] = {}  # id(_Prepared) -> cluster: identical claims land together
    for n, p in enumerate(prepared):
        cid = decided.get(id(p))
        if cid is None:
            best, best_score = None, threshold
            for candidate in index.query(p):
                score = _score(p, exemplars[candidate][0], best_score)
                if score > best_score or (score == best_score and best is None):
                    best, best_score = candidate, score
            if best is None:
                cid = len(leaders)
                leaders.append(p)
                groups.append([])
                counts.append(1)
                index.add(len(exemplars), p)
                exemplars.append((p, cid))
            else:
                cid = exemplars[best][1]
                if best_score < EXEMPLAR_BELOW and counts[cid] < MAX_EXEMPLARS:
                    counts[cid] += 1
                    index.add(len(exemplars), p)
                    exemplars.append((p, cid))
            decided[id(p)] = cid
        groups[cid].append(n)
    taken: set[str] = set()
    return [
        StatementCluster.model_construct(
            id=_stable_id(leaders[cid].text, taken), members=tuple(members[n] for n in group)
        )
        for cid, group in enumerate(groups)
    ]
