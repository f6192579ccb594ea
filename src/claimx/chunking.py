"""Run long texts through the pipeline in pieces and map offsets back.

spaCy refuses texts over ``nlp.max_length`` and its memory grows with the doc, so
texts longer than ``CHUNK_CHARS`` are cut at paragraph breaks (else sentence ends,
else spaces) that lie outside every quotation, so no quote is split. Claims found in
a piece are shifted back into the original text's offsets. Speaker resolution does
not look across pieces: a pronoun at the top of a piece resolves within it only.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING, Any

from .errors import ExtractionError, check_text
from .scan import scan_quotes

if TYPE_CHECKING:
    from spacy.language import Language

    from .models import Claim, Mention

__all__ = ["CHUNK_CHARS", "pipe_long", "process_long", "shift_claim", "split_text"]

CHUNK_CHARS = 100_000
_BREAKS = (re.compile(r"\n\s*\n"), re.compile(r"\n"), re.compile(r"[.!?][\"”’']?\s+"), re.compile(r"\s+"))

ClaimsOf = Callable[["Language", Any], "list[Claim]"]


def split_text(text: str, *, limit: int = CHUNK_CHARS) -> list[tuple[int, str]]:
    """Cut ``text`` into ``(offset, piece)`` pairs of at most ``limit`` chars, never inside a quote."""
    if len(text) <= limit:
        return [(0, text)]
    inside = [(q.start, q.end) for q in scan_quotes(text)]
    pieces: list[tuple[int, str]] = []
    start = 0
    while len(text) - start > limit:
        cut = _find_cut(text, start, start + limit, inside)
        pieces.append((start, text[start:cut]))
        start = cut
    pieces.append((start, text[start:]))
    return pieces


def _find_cut(text: str, lo: int, hi: int, inside: list[tuple[int, str] | tuple[int, int]]) -> int:
    """The last break in ``text[lo:hi]`` that is outside every quote, preferring paragraph breaks."""
    floor = lo + (hi - lo) // 2  # do not make pieces tiny to avoid a quote
    for pattern in _BREAKS:
        best = None
        for m in pattern.finditer(text, floor, hi):
            pos = m.end()
            if not any(s < pos < e for s, e in inside):
                best = pos
        if best is not None and best > lo:
            return best
    return hi  # a single run with no break at all: cut hard


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


def process_long(nlp: Language, text: str, claims_of: ClaimsOf) -> list[Claim]:
    """Claims of one text of any length."""
    pieces = split_text(text, limit=min(CHUNK_CHARS, nlp.max_length))
    if len(pieces) == 1:
        return claims_of(nlp, nlp(text))
    claims: list[Claim] = []
    # one piece at a time: memory stays that of one piece whatever the text's length
    for doc, offset in nlp.pipe(((piece, offset) for offset, piece in pieces), as_tuples=True, batch_size=1):
        claims.extend(shift_claim(c, offset) for c in claims_of(nlp, doc))
    return claims


def pipe_long(
    nlp: Language,
    texts: Iterable[Any],
    claims_of: ClaimsOf,
    *,
    batch_size: int,
    n_process: int,
    as_tuples: bool,
) -> Iterator[Any]:
    """Stream claims for many texts in order; long texts are cut into pieces and reassembled."""
    limit = min(CHUNK_CHARS, nlp.max_length)
    # A bad record stops the feed instead of raising inside nlp.pipe, so every record before
    # it still comes out (in order) before the error is raised.
    bad: list[ExtractionError] = []

    def pieces() -> Iterator[tuple[str, tuple[int, int, int, Any]]]:
        for index, item in enumerate(texts):
            if as_tuples:
                if not (isinstance(item, tuple) and len(item) == 2):
                    bad.append(ExtractionError(index, f"with as_tuples=True each input must be a (text, context) pair, got {type(item).__name__}"))
                    return
                text, context = item
            else:
                text, context = item, None
            try:
                check_text(text)
            except TypeError as e:
                err = ExtractionError(index, str(e), context)
                err.__cause__ = e
                bad.append(err)
                return
            chunks = split_text(text, limit=limit) if text.strip() else [(0, "")]
            for n, (offset, piece) in enumerate(chunks):
                yield piece, (index, offset, len(chunks) - n - 1, context)

    gathered: list[Claim] = []
    for doc, (index, offset, remaining, context) in nlp.pipe(
        pieces(), as_tuples=True, batch_size=batch_size, n_process=n_process
    ):
        if doc.text.strip():
            try:
                gathered.extend(shift_claim(c, offset) for c in claims_of(nlp, doc))
            except Exception as e:  # a bug on one record must name the record, not vanish
                raise ExtractionError(index, f"{type(e).__name__}: {e}", context) from e
        if remaining == 0:
            yield (gathered, context) if as_tuples else gathered
            gathered = []
    if bad:
        raise bad[0]
