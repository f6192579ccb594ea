"""Run long texts through the pipeline in pieces and map offsets back.

spaCy refuses texts over ``nlp.max_length`` and its memory grows with the doc, so
texts longer than ``CHUNK_CHARS`` are cut at paragraph breaks (else line breaks, sentence
ends, spaces) that lie outside every quotation, a quotation over several paragraphs
counting as one, so no quote is split. Each piece is read together with up to
``CONTEXT_CHARS`` of the text before it, so a quote paragraph, surname or pronoun at the
top of a piece can still reach a speaker named just before the cut; only claims that
start in the piece itself are kept from that read. Claims are shifted back into the
original text's offsets, and their strings are read from the original text (the model
reads the copy made by :mod:`claimx.text.normalize`). Running many records through
``nlp.pipe`` piece by piece is :mod:`claimx.runtime.records`' job.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any

from ..text.normalize import model_text, restore_texts
from ..text.quotes import scan_quotes

if TYPE_CHECKING:
    from spacy.language import Language

    from ..models import Claim, Mention

__all__ = [
    "CHUNK_CHARS",
    "CONTEXT_CHARS",
    "ClaimsOf",
    "model_reads",
    "plan_reads",
    "process_long",
    "read_back",
    "read_budget",
    "shift_claim",
    "split_text",
]

CHUNK_CHARS = 100_000
# how much text before a piece is read again with it (see plan_reads)
CONTEXT_CHARS = 2_000
_BREAKS = (re.compile(r"\n\s*\n"), re.compile(r"\n"), re.compile(r"[.!?][\"”’']?\s+"), re.compile(r"\s+"))

ClaimsOf = Callable[["Language", Any], "list[Claim]"]


def _quote_spans(text: str) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """Where a cut may not fall: each quotation over all its paragraphs, and each quote piece."""
    quotes = scan_quotes(text)
    groups: dict[int, tuple[int, int]] = {}
    for q in quotes:
        lo, hi = groups.get(q.group, (q.start, q.end))
        groups[q.group] = (min(lo, q.start), max(hi, q.end))
    return _merged(list(groups.values())), _merged([(q.start, q.end) for q in quotes])


def _cuts(text: str, limit: int, spans: list[tuple[int, int]], inside: list[tuple[int, int]]) -> list[int]:
    """Where each piece of at most ``limit`` chars starts."""
    starts = [0]
    while len(text) - starts[-1] > limit:
        starts.append(_find_cut(text, starts[-1], starts[-1] + limit, spans, inside))
    return starts


def split_text(text: str, *, limit: int = CHUNK_CHARS) -> list[tuple[int, str]]:
    """Cut ``text`` into ``(offset, piece)`` pairs of at most ``limit`` chars, never inside a quote."""
    if len(text) <= limit:
        return [(0, text)]
    starts = _cuts(text, limit, *_quote_spans(text))
    return [(lo, text[lo:hi]) for lo, hi in zip(starts, [*starts[1:], len(text)])]


def plan_reads(text: str, *, limit: int = CHUNK_CHARS, context: int = CONTEXT_CHARS) -> list[tuple[int, int, int]]:
    """How to read ``text`` in pieces of at most ``limit`` chars: ``(read_from, keep_from, end)``.

    Each piece after the first is read with up to ``context`` chars of the text before it
    (from a paragraph, line or sentence start, never inside a quote), so a quote paragraph,
    surname or pronoun at the top of a piece still finds its speaker; only claims starting at
    ``keep_from`` or later are kept from that read, the earlier ones came from the piece before.
    A read is at most ``limit + context`` chars.
    """
    if len(text) <= limit:
        return [(0, 0, len(text))]
    spans, inside = _quote_spans(text)
    starts = _cuts(text, limit, spans, inside)
    ends = [*starts[1:], len(text)]
    return [(_context_start(text, lo, context, inside) if lo else 0, lo, hi) for lo, hi in zip(starts, ends)]


def read_budget(nlp: Language) -> tuple[int, int]:
    """Piece limit and context for ``nlp``: a read (piece + context) never exceeds its max_length."""
    context = min(CONTEXT_CHARS, CHUNK_CHARS // 2, nlp.max_length // 3)
    return min(CHUNK_CHARS, nlp.max_length - context), context


def _context_start(text: str, start: int, budget: int, inside: list[tuple[int, int]]) -> int:
    """The earliest paragraph, line or sentence start within ``budget`` chars before ``start``,
    outside every quote (the earliest, so the context reaches back as far as it may)."""
    lo = max(0, start - budget)
    best = start
    for pattern in _BREAKS[:3]:
        first = next((m.end() for m in pattern.finditer(text, lo, start) if not _within(m.end(), inside)), start)
        best = min(best, first)
    return best


def _find_cut(text: str, lo: int, hi: int, spans: list[tuple[int, int]], inside: list[tuple[int, int]]) -> int:
    """The best break in ``text[lo:hi]``: outside every quotation (a quote over paragraphs counts
    as one), preferring paragraph breaks and the window's second half so pieces are not tiny;
    failing that, between the paragraphs of a long quotation; failing that, a hard cut."""
    middle = lo + (hi - lo) // 2
    windows = ((middle, hi), (lo + 1, hi))
    for avoid in (spans, inside):
        for pattern in _BREAKS:
            for floor, ceiling in windows:
                best = None
                for m in pattern.finditer(text, floor, ceiling):
                    if not _within(m.end(), avoid):
                        best = m.end()
                if best is not None and best > lo:
                    return best
    return hi  # a single run with no break at all: cut hard


def _merged(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``spans`` sorted, with overlapping ones (a quote nested in another) joined."""
    out: list[tuple[int, int]] = []
    for s, e in sorted(spans):
        if out and s < out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], e))
        else:
            out.append((s, e))
    return out


def _within(pos: int, spans: list[tuple[int, int]]) -> bool:
    """Whether ``pos`` lies strictly inside one of ``spans`` (sorted, never overlapping)."""
    k = bisect.bisect_left(spans, (pos,)) - 1  # the last span starting before pos
    return k >= 0 and spans[k][1] > pos


def _shift_mention(mention: Mention | None, offset: int) -> Mention | None:
    if mention is None:
        return None
    return mention.model_copy(update={"start": mention.start + offset, "end": mention.end + offset})


def shift_claim(claim: Claim, offset: int) -> Claim:
    """``claim`` with every offset moved by ``offset`` characters."""
    if offset == 0:
        return claim
    speaker = claim.speaker
    if speaker is not None and speaker.mention is not None:
        speaker = speaker.model_copy(update={"mention": _shift_mention(speaker.mention, offset)})
    return claim.model_copy(
        update={
            "start": claim.start + offset,
            "end": claim.end + offset,
            "sent_start": claim.sent_start + offset,
            "sent_end": claim.sent_end + offset,
            "cue": _shift_mention(claim.cue, offset),
            "target": _shift_mention(claim.target, offset),
            "pieces": tuple(_shift_mention(p, offset) for p in claim.pieces),
            "speaker": speaker,
        }
    )


def read_back(claims: list[Claim], original: str | None, offset: int, keep_from: int) -> Iterator[Claim]:
    """The claims of a read at ``offset`` that start at ``keep_from`` or later, in the whole
    text's offsets, with their strings from ``original`` when the model read a normalised copy
    (``original`` is None when it read the text itself)."""
    for claim in claims:
        if claim.start + offset < keep_from:
            continue  # in the context before the piece: found by the piece before
        if original is not None:
            claim = restore_texts(claim, original)
        yield shift_claim(claim, offset)


def _for_model(piece: str) -> tuple[str, str | None]:
    """The text the model reads for ``piece``, and the original when the two differ."""
    prepared = model_text(piece)
    return prepared, (piece if prepared != piece else None)


def model_reads(text: str, *, limit: int, context: int) -> list[tuple[int, int, str, str | None]]:
    """The reads of ``text`` as the model takes them: ``(read_from, keep_from, prepared, original)``.

    ``prepared`` is what the model reads; ``original`` the text it stands for when the two
    differ (else None). A blank text is one empty read, so it still comes back as a record.
    """
    plan = plan_reads(text, limit=limit, context=context) if text.strip() else [(0, 0, 0)]
    return [(lo, keep, *_for_model(text[lo:hi])) for lo, keep, hi in plan]


def process_long(nlp: Language, text: str, claims_of: ClaimsOf) -> list[Claim]:
    """Claims of one text of any length."""
    claims: list[Claim] = []
    # one piece at a time: memory stays that of one piece whatever the text's length
    limit, context = read_budget(nlp)
    for read_from, keep_from, end in plan_reads(text, limit=limit, context=context):
        prepared, original = _for_model(text[read_from:end])
        claims.extend(read_back(claims_of(nlp, nlp(prepared)), original, read_from, keep_from))
    return claims
