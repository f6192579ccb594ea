"""What the records loop reads and gives back, one input record at a time.

:func:`read_records` checks the caller's records as they are read; :class:`Extracted` and
:class:`Failed` are the two answers the loop (:mod:`claimx.runtime.records`) gives per
record. They live apart from the loop so that :mod:`claimx.runtime.parallel`, which the
loop calls for several processes, can use them without importing the loop.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, NamedTuple

from ..errors import ExtractionError, check_text

if TYPE_CHECKING:
    from ..models import Claim

__all__ = ["WORKER_DIED", "Extracted", "Failed", "Outcome", "Record", "SourceFailed", "read_records"]

WORKER_DIED = "the worker process died on this input (killed, out of memory, or a crash in native code)"


@dataclass(frozen=True)
class Extracted:
    """A record's claims; ``index`` is its position in the input."""

    index: int
    claims: list[Claim]
    context: Any = None


@dataclass(frozen=True)
class Failed:
    """Why a record gave no claims: ``reason`` is one line for a person, ``cause`` the exception."""

    index: int
    reason: str
    context: Any = None
    cause: BaseException | None = field(default=None, compare=False, repr=False)

    def to_error(self) -> ExtractionError:
        """The ``ExtractionError`` that :func:`claimx.extract_many` raises for this record."""
        error = ExtractionError(self.index, self.reason, self.context)
        error.__cause__ = self.cause
        return error


Outcome = Extracted | Failed


class Record(NamedTuple):
    """One readable input record."""

    index: int
    text: str
    context: Any


class SourceFailed(NamedTuple):
    """The caller's iterable raised: not a record's failure, re-raised as is in its turn."""

    error: BaseException


def _failed(index: int, error: BaseException, context: Any = None, reason: str | None = None) -> Failed:
    return Failed(index, reason if reason is not None else str(error), context, error)


def read_records(texts: Iterable[Any], *, as_tuples: bool) -> Iterator[Record | Failed | SourceFailed]:
    """The caller's records, each checked as it is read, in order.

    A malformed record (not a ``str``; not a pair with ``as_tuples``) comes as :class:`Failed`
    in its place; an error raised by the caller's iterable ends the stream with
    :class:`SourceFailed`. Nothing is read before it is asked for.
    """
    try:
        iterator = enumerate(texts)
    except TypeError as e:  # not iterable: input #0 is the problem (what extract_many always said)
        yield _failed(0, e, reason=f"{type(e).__name__}: {e}")
        return
    while True:
        try:
            index, item = next(iterator)
        except StopIteration:
            return
        except Exception as e:
            yield SourceFailed(e)
            return
        context = None
        if as_tuples:
            if not (isinstance(item, tuple) and len(item) == 2):
                reason = f"with as_tuples=True each input must be a (text, context) pair, got {type(item).__name__}"
                yield Failed(index, reason)
                continue
            item, context = item
        try:
            check_text(item)
        except TypeError as e:
            yield _failed(index, e, context)
            continue
        yield Record(index, item, context)
