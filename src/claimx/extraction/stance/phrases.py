"""Multi-word lexicon keys found in text as whole words."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence

from spacy.tokens import Span

_QUOTE_MARKS = re.compile(r"[“”\"‘’']")

class Patterns:
    """What one claim's reads have checked (``_Words.patterns``): the pattern of each lexicon and
    label set, and the version of each lexicon's content, compared once per claim and lexicon."""

    def __init__(self) -> None:
        self.patterns: dict[tuple[int, tuple[str, ...] | None], re.Pattern[str] | None] = {}
        self.versions: dict[int, int] = {}


def _phrase_hits(
    text: str, phrases: Mapping[str, str], labels: Iterable[str] | None = None, *, memo: Patterns | None = None
) -> list[str]:
    """Multi-word keys (with a space or a hyphen) found in ``text`` as whole words, in text order.

    ``memo``: what was already checked during this claim (``_Words.patterns``), so the cache's
    content check runs once per lexicon and claim, not once per call.
    """
    key = (id(phrases), tuple(sorted(labels)) if labels is not None else None)
    if memo is not None and key in memo.patterns:
        pattern = memo.patterns[key]
    else:
        if memo is not None:
            version = memo.versions.get(key[0])
            if version is None:
                version = memo.versions[key[0]] = _lexicon_version(phrases)
        else:
            version = _lexicon_version(phrases)
        pattern = _phrase_pattern(phrases, key[1], version)
        if memo is not None:
            memo.patterns[key] = pattern
    if pattern is None:
        return []
    # the same short texts come back all the time (a cue's lemmas, "said"): the hits of a text are
    # kept by pattern, so a recompiled pattern (an edited lexicon) finds its own
    # keyed by id, with the pattern kept in the value: hashing a Pattern hashes its compiled code
    kept = _HITS.get((id(pattern), text))
    found = kept[1] if kept is not None and kept[0] is pattern else None
    if found is None:
        hits: dict[str, int] = {}
        # quote marks as spaces, and kept as apostrophes (one pass when there are none)
        for variant in _variants(text):
            for m in pattern.finditer(variant):
                hits.setdefault(m.group(1), m.start())
        found = tuple(sorted(hits, key=hits.__getitem__))
        if len(_HITS) >= _MAX_HITS:
            _HITS.clear()
        _HITS[(id(pattern), text)] = (pattern, found)
    return list(found)


def _variants(text: str) -> tuple[str, ...]:
    """The text as the patterns read it: lowercased, padded, quote marks as spaces and as written;
    kept for the last text, as every lexicon reads a claim's content in turn."""
    global _LAST_VARIANTS
    last = _LAST_VARIANTS  # read once: another thread may replace it
    if last[0] == text:
        return last[1]
    lowered = text.lower().replace("’", "'")
    spaced = _QUOTE_MARKS.sub(" ", lowered)
    variants = (f" {spaced} ", f" {lowered} ") if spaced != lowered else (f" {lowered} ",)
    _LAST_VARIANTS = (text, variants)
    return variants


_LAST_VARIANTS: tuple[str | None, tuple[str, ...]] = (None, ())

# compiled patterns by lexicon object and label set, each with the version of the lexicon's content
# it was built from: a lexicon edited after first use (``pipe.lexicons["hedges"][...] = ...``) gets a
# new version and is recompiled, and no lexicon is kept alive by the cache (issue 13: keyed on id()
# alone, edits were ignored)
_PHRASE_PATTERNS: dict[tuple[int, tuple[str, ...] | None], tuple[int, re.Pattern[str] | None]] = {}
# a copy of each lexicon's content, with its version: compared once per claim (``Patterns.versions``)
_LEXICON_COPIES: dict[int, tuple[dict[str, str], int]] = {}
_NEXT_VERSION = [0]


_MAX_PATTERNS = 64
# hits by (pattern, text): short texts repeat (cue lemmas); bounded, and cleared when full
_HITS: dict[tuple[int, str], tuple[re.Pattern[str], tuple[str, ...]]] = {}
_MAX_HITS = 4096


def _lexicon_version(phrases: Mapping[str, str]) -> int:
    """The version of the lexicon's content: the same while its content is, a new one after an edit."""
    kept = _LEXICON_COPIES.get(id(phrases))
    if kept is None or kept[0] != phrases:
        if len(_LEXICON_COPIES) >= _MAX_PATTERNS:
            _LEXICON_COPIES.clear()  # ids of lexicons gone since: start afresh
        _NEXT_VERSION[0] += 1
        kept = _LEXICON_COPIES[id(phrases)] = (dict(phrases), _NEXT_VERSION[0])
    return kept[1]


def _phrase_pattern(phrases: Mapping[str, str], labels: tuple[str, ...] | None, version: int | None = None) -> re.Pattern[str] | None:
    key = (id(phrases), labels)
    version = _lexicon_version(phrases) if version is None else version
    cached = _PHRASE_PATTERNS.get(key)
    if cached is None or cached[0] != version:
        keys = sorted(
            (p for p, kind in phrases.items() if (" " in p or "-" in p) and (labels is None or kind in labels)),
            key=len,
            reverse=True,
        )
        # a lookahead finds overlapping phrases too ("more likely than not" and "not sure")
        alternation = "|".join(re.escape(k) for k in keys)
        pattern = re.compile(rf"(?=(?<![\w-])({alternation})(?![\w-]))") if keys else None
        if len(_PHRASE_PATTERNS) >= _MAX_PATTERNS:
            _PHRASE_PATTERNS.clear()  # ids of lexicons gone since: start afresh
        cached = _PHRASE_PATTERNS[key] = (version, pattern)
    return cached[1]


def _phrase_tokens(content: Span, phrases: Sequence[str], *, text: str | None = None) -> set[int]:
    """Indices of the tokens covered by the phrases, so their words are not read twice.
    ``text``: ``content.text``, when the caller has it."""
    covered: set[int] = set()
    if not phrases:
        return covered
    text = (content.text if text is None else text).lower().replace("’", "'")
    for phrase in phrases:
        for m in re.finditer(rf"(?<![\w-]){re.escape(phrase)}(?![\w-])", text):
            span = content.char_span(m.start(), m.end(), alignment_mode="expand")
            if span is not None:
                covered.update(range(span.start, span.end))
    return covered
