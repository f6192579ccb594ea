"""Run long texts through the pipeline in pieces and map offsets back.

spaCy refuses texts over ``nlp.max_length`` and its memory grows with the doc, so
texts longer than ``CHUNK_CHARS`` are cut at paragraph breaks (else line breaks, sentence
ends, spaces) that lie outside every quotation, a quotation over several paragraphs
counting as one, so no quote is split. Each piece is read together with up to
``CONTEXT_CHARS`` of the text before it, so a quote paragraph, surname or pronoun at the
top of a piece can still reach a speaker named just before the cut; only claims that
start in the piece itself are kept from that read. Claims are shifted back into the
original text's offsets, and their strings are read from the original text (the model
reads the copy made by :mod:`claimx.normalize`).
"""

from __future__ import annotations

import bisect
import re
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING, Any, NamedTuple

from ..errors import ExtractionError, check_text
from ..text.normalize import model_text, restore_texts
from ..text.quotes import scan_quotes

if TYPE_CHECKING:
    from spacy.language import Language

    from ..models import Claim, Mention

__all__ = ["CHUNK_CHARS", "CONTEXT_CHARS", "pipe_long", "plan_reads", "process_long", "read_records", "shift_claim", "split_text"]

CHUNK_CHARS = 100_000
# how much text before a piece is read again with it (see plan_reads)
CONTEXT_CHARS = 2_000
_BREAKS = (re.compile(r"\n\s*\n"), re.compile(r"\n"), re.compile(r"[.!?][\"”’']?\s+"), re.compile(r"\s+"))

ClaimsOf = Callable[["Language", Any], "list[Claim]"]


class _Piece(NamedTuple):
    """One read of a record handed to ``nlp.pipe``."""

    index: int  # the record's position in the input
    offset: int  # where the read starts in the record's text
    keep_from: int  # where the piece's own text starts (the context before it is not kept)
    remaining: int  # pieces of the record still to come after this one
    context: Any  # the caller's context (as_tuples)
    original: str | None  # the text read, when the model read a normalised copy of it


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


def _budget(nlp: Language) -> tuple[int, int]:
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
            "speaker": speaker,
        }
    )


def _read_back(claims: list[Claim], original: str | None, offset: int, keep_from: int) -> Iterator[Claim]:
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


def process_long(nlp: Language, text: str, claims_of: ClaimsOf) -> list[Claim]:
    """Claims of one text of any length."""
    claims: list[Claim] = []
    # one piece at a time: memory stays that of one piece whatever the text's length
    limit, context = _budget(nlp)
    for read_from, keep_from, end in plan_reads(text, limit=limit, context=context):
        prepared, original = _for_model(text[read_from:end])
        claims.extend(_read_back(claims_of(nlp, nlp(prepared)), original, read_from, keep_from))
    return claims


def read_records(texts: Iterable[Any], *, as_tuples: bool, problems: list[Exception]) -> Iterator[tuple[int, str, Any]]:
    """The caller's records as ``(index, text, context)``, each checked as it is read.

    A malformed record (not a ``str``; not a pair with ``as_tuples``) or an error raised by
    the caller's own iterable ends the feed, and the error goes into ``problems``, to be
    raised once every record before it has come out: an ``ExtractionError`` naming the
    record, or the iterable's own exception as it is (not taken for claimx's).
    """
    iterator = enumerate(texts)
    while True:
        try:
            index, item = next(iterator)
        except StopIteration:
            return
        except Exception as e:
            problems.append(e)
            return
        context = None
        if as_tuples:
            if not (isinstance(item, tuple) and len(item) == 2):
                problems.append(ExtractionError(
                    index, f"with as_tuples=True each input must be a (text, context) pair, got {type(item).__name__}"
                ))
                return
            item, context = item
        try:
            check_text(item)
        except TypeError as e:
            err = ExtractionError(index, str(e), context)
            err.__cause__ = e
            problems.append(err)
            return
        yield index, item, context


def pipe_long(
    nlp: Language,
    texts: Iterable[Any],
    claims_of: ClaimsOf,
    *,
    batch_size: int,
    as_tuples: bool,
) -> Iterator[Any]:
    """Stream claims for many texts in order, in this process; long texts are cut into pieces
    and reassembled. (With several processes, :mod:`claimx.parallel` runs this in each worker.)"""
    limit, context_chars = _budget(nlp)
    # A bad record stops the feed instead of raising inside nlp.pipe, so every record before
    # it still comes out (in order) before the error is raised.
    problems: list[Exception] = []
    # pieces handed to nlp.pipe and not yet back, to find the culprit if a component fails
    in_flight: deque[tuple[str, _Piece]] = deque()
    next_index = [0]

    def pieces() -> Iterator[tuple[str, _Piece]]:
        for index, text, context in read_records(texts, as_tuples=as_tuples, problems=problems):
            try:
                plan = plan_reads(text, limit=limit, context=context_chars) if text.strip() else [(0, 0, 0)]
                prepared_chunks = [(lo, keep, *_for_model(text[lo:hi])) for lo, keep, hi in plan]
            except Exception as e:  # a bug in cutting one record must name it, not end the feed quietly
                err = ExtractionError(index, f"{type(e).__name__}: {e}", context)
                err.__cause__ = e
                problems.append(err)
                return
            for n, (offset, keep_from, prepared, original) in enumerate(prepared_chunks):
                meta = _Piece(index, offset, keep_from, len(plan) - n - 1, context, original)
                in_flight.append((prepared, meta))
                yield prepared, meta
            next_index[0] = index + 1

    gathered: list[Claim] = []

    def emit(doc: Any, meta: _Piece) -> Iterator[Any]:
        nonlocal gathered
        if doc.text.strip():
            try:
                gathered.extend(_read_back(claims_of(nlp, doc), meta.original, meta.offset, meta.keep_from))
            except Exception as e:  # a bug on one record must name the record, not vanish
                raise ExtractionError(meta.index, f"{type(e).__name__}: {e}", meta.context) from e
        if meta.remaining == 0:
            yield (gathered, meta.context) if as_tuples else gathered
            gathered = []

    feed = pieces()
    while True:
        try:
            for doc, meta in nlp.pipe(feed, as_tuples=True, batch_size=batch_size):
                in_flight.popleft()
                yield from emit(doc, meta)
            break
        except ExtractionError:
            raise
        except Exception as e:
            # A component failed somewhere in a batch: run the pieces it had taken one by one,
            # so the records before the culprit still come out and the error names it.
            if not in_flight:
                raise ExtractionError(next_index[0], f"{type(e).__name__}: {e}") from e
            pending = list(in_flight)
            in_flight.clear()
            for prepared, meta in pending:
                try:
                    doc = nlp(prepared)
                except Exception as e2:
                    raise ExtractionError(meta.index, f"{type(e2).__name__}: {e2}", meta.context) from e2
                yield from emit(doc, meta)
            # the failure did not repeat on its own: go on with the rest of the feed
    if problems:
        raise problems[0]
