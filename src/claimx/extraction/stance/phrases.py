"""Multi-word lexicon keys found in text as whole words."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence

from spacy.tokens import Span

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
    lowered = text.lower().replace("’", "'")
    hits: dict[str, int] = {}
    for variant in (re.sub(r"[“”\"‘’']", " ", lowered), lowered):  # quote marks as spaces, and kept as apostrophes
        for m in pattern.finditer(f" {variant} "):
            hits.setdefault(m.group(1), m.start())
    return sorted(hits, key=hits.__getitem__)


# compiled patterns by lexicon object and label set, each with a copy of the content it was built
# from: a lexicon edited after first use (``pipe.lexicons["hedges"][...] = ...``) is recompiled, and
# no lexicon is kept alive by the cache (issue 13: keyed on id() alone, edits were ignored)
_PHRASE_PATTERNS: dict[tuple[int, tuple[str, ...] | None], tuple[dict[str, str], re.Pattern[str] | None]] = {}


_MAX_PATTERNS = 64


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


def _phrase_tokens(content: Span, phrases: Sequence[str]) -> set[int]:
    """Indices of the tokens covered by the phrases, so their words are not read twice."""
    covered: set[int] = set()
    text = content.text.lower().replace("’", "'")
    for phrase in phrases:
        for m in re.finditer(rf"(?<![\w-]){re.escape(phrase)}(?![\w-])", text):
            span = content.char_span(m.start(), m.end(), alignment_mode="expand")
            if span is not None:
                covered.update(range(span.start, span.end))
    return covered
