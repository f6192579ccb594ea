"""Multi-word lexicon keys found in text as whole words."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence

from spacy.tokens import Span

_QUOTE_MARKS = re.compile(r"[“”\"‘’']")

Patterns = dict[tuple[int, tuple[str, ...] | None], "re.Pattern[str] | None"]


def _phrase_hits(
    text: str, phrases: Mapping[str, str], labels: Iterable[str] | None = None, *, memo: Patterns | None = None
) -> list[str]:
    """Multi-word keys (with a space or a hyphen) found in ``text`` as whole words, in text order.

    ``memo``: patterns already checked during this claim (``_Words.patterns``), so the cache's
    content check runs once per lexicon and claim, not once per call.
    """
    key = (id(phrases), tuple(sorted(labels)) if labels is not None else None)
    if memo is not None and key in memo:
        pattern = memo[key]
    else:
        pattern = _phrase_pattern(phrases, key[1])
        if memo is not None:
            memo[key] = pattern
    if pattern is None:
        return []
    # the same short texts come back all the time (a cue's lemmas, "said"): the hits of a text are
    # kept by pattern, so a recompiled pattern (an edited lexicon) finds its own
    # keyed by id, with the pattern kept in the value: hashing a Pattern hashes its compiled code
    kept = _HITS.get((id(pattern), text))
    found = kept[1] if kept is not None and kept[0] is pattern else None
    if found is None:
        lowered = text.lower().replace("’", "'")
        spaced = _QUOTE_MARKS.sub(" ", lowered)
        hits: dict[str, int] = {}
        # quote marks as spaces, and kept as apostrophes (one pass when there are none)
        for variant in (spaced, lowered) if spaced != lowered else (lowered,):
            for m in pattern.finditer(f" {variant} "):
                hits.setdefault(m.group(1), m.start())
        found = tuple(sorted(hits, key=hits.__getitem__))
        if len(_HITS) >= _MAX_HITS:
            _HITS.clear()
        _HITS[(id(pattern), text)] = (pattern, found)
    return list(found)


# compiled patterns by lexicon object and label set, each with a copy of the content it was built
# from: a lexicon edited after first use (``pipe.lexicons["hedges"][...] = ...``) is recompiled, and
# no lexicon is kept alive by the cache (issue 13: keyed on id() alone, edits were ignored)
_PHRASE_PATTERNS: dict[tuple[int, tuple[str, ...] | None], tuple[dict[str, str], re.Pattern[str] | None]] = {}


_MAX_PATTERNS = 64
# hits by (pattern, text): short texts repeat (cue lemmas); bounded, and cleared when full
_HITS: dict[tuple[int, str], tuple[re.Pattern[str], tuple[str, ...]]] = {}
_MAX_HITS = 4096


def _phrase_pattern(phrases: Mapping[str, str], labels: tuple[str, ...] | None) -> re.Pattern[str] | None:
    key = (id(phrases), labels)
    cached = _PHRASE_PATTERNS.get(key)
    if cached is None or cached[0] != phrases:
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
        cached = _PHRASE_PATTERNS[key] = (dict(phrases), pattern)
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
