"""The records loop: per input record, its claims or why it failed, in input order, going on.

:func:`claimx.extract_many`, the CLI and the Dask integration all need this from a batch:
every record comes back once, in order, either with its claims (:class:`Extracted`) or with
the reason it failed and its position (:class:`Failed`), and one bad record does not end the
batch. Callers decide what a failure means: ``extract_many`` raises it (its contract: every
record before the bad one comes out first), the CLI writes an error record, Dask an
``error`` field.

Records go through ``nlp.pipe`` in batches of at most ``batch_size`` pieces and
``BATCH_CHARS`` characters, long ones in pieces (:mod:`.chunking`), so memory is bounded by
the piece, not by the batch. When a
component fails inside a batch (spaCy does not say on which doc), the pieces the batch had
taken are run one at a time, so the failure lands on its record, and the stream goes on.
A record that cannot be read ends the feed of the running ``nlp.pipe``: it is answered after
the records before it, and nothing past it is read until the caller has taken that answer,
so a caller that stops at the first failure reads exactly the records it used to.

Every ``nlp.pipe`` generator and worker pool the loop starts is closed as soon as the loop
leaves it, by ``try/finally``, not left for the garbage collector: nothing it started
outlives it (the CLI used to call ``gc.collect()`` to get that; see issue 13).
"""

from __future__ import annotations

import functools
from collections import deque
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any, NamedTuple

from ..errors import ExtractionError
from ..models import Claim
from .chunking import CHUNK_CHARS, ClaimsOf, model_reads, read_back, read_budget
from .outcomes import Extracted, Failed, Outcome, Record, SourceFailed, read_records
from .parallel import pool_outcomes

if TYPE_CHECKING:
    from spacy.language import Language

__all__ = ["BATCH_CHARS", "Extracted", "Failed", "Outcome", "claims_of_doc", "iter_outcomes", "pipe_outcomes"]

# An nlp.pipe batch holds at most ``batch_size`` pieces and, past its first piece, at most this
# many characters: spaCy's memory grows with the text it parses together, and ``batch_size``
# alone counted 100,000-character pieces, so a long article's pieces were parsed 64 at a time
# (past 3 GB on a 1 MB article; issue 18). A piece of a long text is thus parsed alone, and
# short articles still go together (about 30 news articles a batch).
BATCH_CHARS = CHUNK_CHARS


class _Piece(NamedTuple):
    """One read of a record handed to ``nlp.pipe``."""

    index: int  # the record's position in the input
    offset: int  # where the read starts in the record's text
    keep_from: int  # where the piece's own text starts (the context before it is not kept)
    remaining: int  # pieces of the record still to come after this one
    context: Any  # the caller's context (as_tuples)
    original: str | None  # the text read, when the model read a normalised copy of it


def claims_of_doc(nlp: Language, doc: Any, *, keep_furniture: bool = False) -> list[Claim]:
    """Claims of a processed doc, running the extractor ourselves when ``nlp`` lacks it.

    ``keep_furniture`` adds the claims found on page furniture (each with its ``furniture``
    rule id), which the component leaves out of ``doc._.claims`` by default.
    """
    if "claimx" in nlp.pipe_names:
        claims = list(doc._.claims)
        if keep_furniture and doc._.claimx_furniture_records:
            claims += [Claim.model_validate(r) for r in doc._.claimx_furniture_records]
            claims.sort(key=lambda c: (c.start, c.end))
        return claims
    from ..extraction import find_claims  # spaCy-heavy: loaded with the first pipeline, not by `import claimx`
    from ..lexicons import make_lexicons

    return find_claims(doc, make_lexicons(), keep_furniture=keep_furniture)


def iter_outcomes(
    nlp: Language,
    texts: Iterable[Any],
    *,
    batch_size: int = 64,
    n_process: int = 1,
    as_tuples: bool = False,
    claims_of: ClaimsOf | None = None,
) -> Iterator[Outcome]:
    """One :class:`Extracted` or :class:`Failed` per record of ``texts``, in order, lazily.

    Args:
        nlp: the pipeline (with or without the ``claimx`` component).
        texts: ``str`` records, or ``(text, context)`` pairs with ``as_tuples``.
        batch_size: texts per ``nlp.pipe`` batch (and per worker task).
        n_process: worker processes (:mod:`claimx.runtime.parallel`); 1 runs here.
        as_tuples: read pairs; each outcome carries its pair's context.
        claims_of: how to read claims off a processed doc (default :func:`claims_of_doc`).

    Raises:
        Exception: whatever the caller's iterable raised, once the records before it are out.
        ExtractionError: the pipeline fails with no record in flight (it is broken, not a record).

    >>> import claimx
    >>> [type(o).__name__ for o in iter_outcomes(claimx.load_default_nlp(), ["“Yes,” she said.", None, ""])]
    ['Extracted', 'Failed', 'Extracted']
    """
    claims_of = claims_of if claims_of is not None else claims_of_doc
    items = read_records(texts, as_tuples=as_tuples)
    if n_process > 1:
        run = functools.partial(pipe_outcomes, claims_of=claims_of, batch_size=batch_size)
        return pool_outcomes(nlp, items, run, batch_size=batch_size, n_process=n_process)
    return pipe_outcomes(nlp, items, claims_of=claims_of, batch_size=batch_size)


def pipe_outcomes(
    nlp: Language, items: Iterable[Record | Failed | SourceFailed], *, claims_of: ClaimsOf, batch_size: int
) -> Iterator[Outcome]:
    """The loop in this process, over records read by :func:`read_records` (see the module docstring)."""
    stream = _Stream(nlp, claims_of, batch_size)
    items = iter(items)
    while True:
        yield from stream.run(stream.pieces(items))
        held, stream.held = stream.held, None
        if held is None:
            return
        if isinstance(held, SourceFailed):
            raise held.error
        yield held


class _Stream:
    """The state of one loop: pieces handed to ``nlp.pipe`` and not yet back, the claims of the
    record being put together, and the record that ended the feed."""

    def __init__(self, nlp: Language, claims_of: ClaimsOf, batch_size: int) -> None:
        self.nlp, self.claims_of, self.batch_size = nlp, claims_of, batch_size
        self.limit, self.context_chars = read_budget(nlp)
        self.in_flight: deque[tuple[str, _Piece]] = deque()  # to find the culprit if a component fails
        self.held: Failed | SourceFailed | None = None
        self.next_piece: tuple[str, _Piece] | None = None  # taken from the feed, first of the next batch
        self.gathered: list[Claim] = []
        self.dropped = -1  # a record that failed: its remaining pieces are skipped
        self.next_index = 0

    def pieces(self, items: Iterator[Record | Failed | SourceFailed]) -> Iterator[tuple[str, _Piece]]:
        """The pieces of each record for ``nlp.pipe``; ends at a record that cannot be read, holding it."""
        for item in items:
            if not isinstance(item, Record):
                self.held = item
                return
            try:
                reads = model_reads(item.text, limit=self.limit, context=self.context_chars)
            except Exception as e:  # a bug in cutting one record must name it, not end the batch
                self.held = Failed(item.index, f"{type(e).__name__}: {e}", item.context, e)
                return
            for n, (offset, keep_from, prepared, original) in enumerate(reads):
                piece = _Piece(item.index, offset, keep_from, len(reads) - n - 1, item.context, original)
                self.in_flight.append((prepared, piece))
                yield prepared, piece
            self.next_index = item.index + 1

    def batches(self, feed: Iterator[tuple[str, _Piece]]) -> Iterator[list[tuple[str, _Piece]]]:
        """``feed`` in batches of at most ``batch_size`` pieces and ``BATCH_CHARS`` characters
        (a longer piece alone). The piece that does not fit waits in ``self.next_piece``; a
        failed batch's retry takes it with the rest (:meth:`_piece_by_piece`)."""
        while True:
            batch = [self.next_piece] if self.next_piece is not None else []
            self.next_piece = None
            chars = sum(len(prepared) for prepared, _ in batch)
            for item in feed:
                if batch and (len(batch) >= self.batch_size or chars + len(item[0]) > BATCH_CHARS):
                    self.next_piece = item
                    break
                batch.append(item)
                chars += len(item[0])
            if not batch:
                return
            yield batch

    def run(self, feed: Iterator[tuple[str, _Piece]]) -> Iterator[Outcome]:
        """Every record of ``feed`` through ``nlp.pipe``, batch by batch; after a component failure,
        the pieces taken and not yet back one by one, then the rest of the feed."""
        for batch in self.batches(feed):
            docs = self.nlp.pipe(batch, as_tuples=True, batch_size=len(batch))
            try:
                for doc, piece in docs:
                    self.in_flight.popleft()
                    yield from self._emit(doc, piece)
                continue
            except Exception as e:
                if not self.in_flight:  # no record was taken: the pipeline itself is broken
                    raise ExtractionError(self.next_index, f"{type(e).__name__}: {e}") from e
            finally:
                _close(docs)  # now, not when the garbage collector gets to it
            yield from self._piece_by_piece()

    def _piece_by_piece(self) -> Iterator[Outcome]:
        """The pieces the failed batch had taken, each alone, so a failure lands on its record."""
        pending = list(self.in_flight)  # the piece waiting for the next batch too: it was taken
        self.in_flight.clear()
        self.next_piece = None
        for prepared, piece in pending:
            if piece.index == self.dropped:
                continue
            try:
                doc = self.nlp(prepared)
            except Exception as e:
                yield self._fail(piece, e)
                continue
            yield from self._emit(doc, piece)

    def _emit(self, doc: Any, piece: _Piece) -> Iterator[Outcome]:
        """Add a piece's claims to its record's; the record's outcome once its last piece is in."""
        if piece.index == self.dropped:
            return
        if doc.text.strip():
            try:
                self.gathered.extend(read_back(self.claims_of(self.nlp, doc), piece.original, piece.offset, piece.keep_from))
            except Exception as e:  # a bug on one record must name the record, not vanish
                yield self._fail(piece, e)
                return
        if piece.remaining == 0:
            claims, self.gathered = self.gathered, []
            yield Extracted(piece.index, claims, piece.context)

    def _fail(self, piece: _Piece, error: Exception) -> Failed:
        self.gathered, self.dropped = [], piece.index
        return Failed(piece.index, f"{type(error).__name__}: {error}", piece.context, error)


def _close(iterator: Any) -> None:
    close = getattr(iterator, "close", None)
    if close is not None:
        close()
