"""Claims from a dask Bag, one worker process at a time: ``pip install "claimx[dask]"``.

dask is imported only by :func:`extract_bag`, so :func:`extract_records` (the work of one
partition) also runs where dask is not installed.

Each partition goes through claimx's records loop (:mod:`claimx.runtime.records`, what
:func:`claimx.extract_many` runs), so every worker process loads
the spaCy pipeline once (:func:`claimx.load_default_nlp` is cached per process) and
then streams its partitions through ``nlp.pipe``. Nothing but plain data travels between
processes: input records in, JSON-ready output records out.

Output: one record per input record, in input order, never dropped::

    {"id": <the input's id>, "claims": [<Claim.model_dump(mode="json")>, ...], "error": None}

A record that cannot be read or processed keeps its id, gets ``"claims": []`` and a
string ``"error"``. Every record has the same three keys, so a bag converts straight to
a DataFrame; one row per claim is a ``flatten`` away (see docs/scale.md).
"""

from __future__ import annotations

import functools
import threading
from contextlib import closing
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING, Any, NamedTuple

from ..api import load_default_nlp
from ..runtime import records as records_loop
from ..runtime.records import Failed

if TYPE_CHECKING:
    import dask.bag
    from spacy.language import Language

    from ..models import Claim

__all__ = ["extract_bag", "extract_records"]

# Peak RSS follows the tokens in flight: on news articles a batch of 64 peaked at 1.1-1.4 GB
# per process, 16 at about 0.5 GB, at the same speed (docs/performance.md).
DEFAULT_BATCH_SIZE = 16
MISSING_DASK = 'claimx.extract_bag needs dask: pip install "claimx[dask]"'
# Worker threads of one process share its cached pipeline; the lock makes them load it once.
_LOAD_LOCK = threading.Lock()


def _worker_nlp() -> Language:
    """The process's pipeline, loaded by the first thread that asks (then cached)."""
    with _LOAD_LOCK:
        return load_default_nlp()


def _json_type(value: object) -> str:
    return "null" if value is None else type(value).__name__


class _Item(NamedTuple):
    doc_id: Any
    text: str | None  # None when unreadable
    error: str | None


def _read(record: Any, text_key: str, id_key: str) -> _Item:
    """One input record as an ``_Item``; never raises, so no record is lost."""
    if isinstance(record, dict):
        doc_id = record.get(id_key)
        if text_key not in record:
            return _Item(doc_id, None, f"no {text_key!r} field (fields: {sorted(map(str, record))}); choose one with text_key=")
        text = record[text_key]
    elif isinstance(record, (tuple, list)) and len(record) == 2:
        doc_id, text = record
    elif isinstance(record, str):
        doc_id, text = None, record
    else:
        return _Item(None, None, f"expected a dict, an (id, text) pair or a str, got {_json_type(record)}")
    if not isinstance(text, str):
        return _Item(doc_id, None, f"text is {_json_type(text)}, expected a string")
    return _Item(doc_id, text, None)


def _ok(doc_id: Any, claims: list[Claim]) -> dict[str, Any]:
    return {"id": doc_id, "claims": [c.model_dump(mode="json") for c in claims], "error": None}


def _failed(doc_id: Any, reason: str | None) -> dict[str, Any]:
    return {"id": doc_id, "claims": [], "error": reason or "failed"}


def extract_records(
    records: Iterable[Any],
    *,
    text_key: str = "text",
    id_key: str = "id",
    batch_size: int = DEFAULT_BATCH_SIZE,
    nlp: Language | None = None,
) -> Iterator[dict[str, Any]]:
    """Stream one output record per input record, in order, turning failures into error records.

    This is what each dask partition runs; it needs no dask, so it also serves Spark's
    ``mapPartitions``, a ``multiprocessing`` pool or a plain loop. A record that cannot be
    read or processed becomes an error record and the stream goes on (the records loop,
    :func:`claimx.runtime.records.iter_outcomes`, finds the record a pipeline failure
    belongs to). An exception raised by ``records`` itself is not a record's failure and
    propagates.

    Args:
        records: dicts with ``text_key`` and ``id_key`` fields, ``(id, text)`` pairs, or
            plain strings (their id is ``None``); consumed lazily.
        text_key: the text field of dict records.
        id_key: the id field of dict records, copied to the output as ``"id"``.
        batch_size: texts per ``nlp.pipe`` batch.
        nlp: the pipeline; defaults to the process's cached :func:`claimx.load_default_nlp`.

    Yields:
        ``{"id": ..., "claims": [...], "error": None | str}`` per input record.

    >>> [r["error"] is None for r in extract_records([{"id": 1, "text": "“Yes,” she said."}, {"id": 2}])]
    [True, False]
    """
    nlp = nlp if nlp is not None else _worker_nlp()
    items = (_read(record, text_key, id_key) for record in records)
    # Unreadable records go through as empty texts, so they keep their place in the order.
    pairs = ((item.text or "", item) for item in items)
    with closing(records_loop.iter_outcomes(nlp, pairs, batch_size=batch_size, as_tuples=True)) as outcomes:
        for outcome in outcomes:
            item = outcome.context
            if item.error is not None:
                yield _failed(item.doc_id, item.error)
            elif isinstance(outcome, Failed):
                yield _failed(item.doc_id, outcome.reason)
            else:
                yield _ok(item.doc_id, outcome.claims)


def _extract_partition(part: Iterable[Any], *, text_key: str, id_key: str, batch_size: int) -> list[dict[str, Any]]:
    return list(extract_records(part, text_key=text_key, id_key=id_key, batch_size=batch_size))


def extract_bag(
    bag: dask.bag.Bag,
    *,
    text_key: str = "text",
    id_key: str = "id",
    batch_size: int = DEFAULT_BATCH_SIZE,
) -> dask.bag.Bag:
    """Map every partition of ``bag`` through :func:`claimx.extract_many`, lazily.

    Each worker process loads the pipeline once and keeps it for all its partitions. Run
    workers with one thread each (``--nthreads 1``): spaCy holds the GIL, so more threads
    per process only add contention. Partitions of a few hundred articles amortise the
    per-task overhead; ``bag.repartition`` if yours are much smaller or larger.

    Args:
        bag: a bag of dicts (with ``text_key`` and ``id_key``), of ``(id, text)`` pairs or of str.
        text_key: the text field of dict records.
        id_key: the id field of dict records.
        batch_size: texts per ``nlp.pipe`` batch inside a partition.

    Returns:
        A lazy bag with one ``{"id", "claims", "error"}`` record per input record, in the
        same partitions and order; ``"claims"`` holds ``Claim.model_dump(mode="json")`` dicts.

    Raises:
        ImportError: dask is not installed (``pip install "claimx[dask]"``).

    >>> import dask.bag as db
    >>> bag = db.from_sequence([{"id": "a", "text": "“Yes,” she said."}], npartitions=1)
    >>> [(r["id"], len(r["claims"])) for r in extract_bag(bag).compute(scheduler="sync")]
    [('a', 1)]
    """
    try:
        import dask.bag  # noqa: F401 - only to fail early, with the fix in the message
    except ImportError as e:
        raise ImportError(MISSING_DASK) from e
    if batch_size < 1:
        raise ValueError(f"batch_size must be >= 1, got {batch_size}")
    work: Callable[..., list[dict[str, Any]]] = functools.partial(
        _extract_partition, text_key=text_key, id_key=id_key, batch_size=batch_size
    )
    return bag.map_partitions(work)
