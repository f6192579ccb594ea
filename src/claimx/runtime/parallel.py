"""Extract with several worker processes that send back claims, not Docs.

spaCy's ``nlp.pipe(n_process=N)`` deals batches to its workers in turn, waits for them in
that order, and ships every processed ``Doc`` back to the parent (``Doc.to_bytes`` in the
worker, ``Doc.from_bytes`` in the parent). claimx needs only the claims, and news
articles differ in length, so that cost twice on 2 cores: the parent's deserialising
competed with the workers for a core, and a worker handed a batch of short articles sat
idle while the one with long articles finished (see docs/performance.md).

Here each worker holds the pipeline (inherited from the parent where the platform forks,
so it is neither loaded nor pickled again; pickled to it otherwise), runs whole records
through :func:`claimx.chunking.pipe_long` exactly as one process would, and returns
their claims. Records go out in small tasks (``TASK_CHARS``) to whichever worker is
free, at most ``TASKS_AHEAD`` per worker ahead of the output, and come back in input
order. Contexts (``as_tuples``) never leave the parent, so they need not be picklable.
"""

from __future__ import annotations

import multiprocessing
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import TYPE_CHECKING, Any, NamedTuple

from .chunking import ClaimsOf, pipe_long, read_records
from ..errors import ExtractionError

if TYPE_CHECKING:
    from spacy.language import Language

    from ..models import Claim

__all__ = ["TASKS_AHEAD", "TASK_CHARS", "pool_extract"]

# A task is cut after this many characters of text (or ``batch_size`` records, whichever
# comes first; a record is never split). Small tasks keep every worker busy to the end
# when articles differ in length; a task is still ~0.5 s of parsing, so the round trip
# (pickling the texts out and the claims back) stays negligible.
TASK_CHARS = 20_000
# Tasks per worker sent ahead of the record the caller waits for: enough that no worker
# waits for the slowest task in flight, few enough that memory stays bounded.
TASKS_AHEAD = 3
# multiprocessing start method; None is the platform's default (fork on Linux: the workers
# inherit the loaded pipeline). Tests set "spawn" to check the path macOS and Windows take.
START_METHOD: str | None = None

# The pipeline of a worker process, set once by _start_worker.
_worker: tuple[Language, ClaimsOf, int] | None = None


class _Task(NamedTuple):
    """Records sent to a worker together: where they start in the input, texts, contexts."""

    first: int
    texts: list[str]
    contexts: list[Any]


class _Done(NamedTuple):
    """What a worker sends back: claims of the records before any failure, and the failure."""

    claims: list[list[Claim]]
    failed: int | None  # position in the task of the record that failed
    reason: str | None


def _start_worker(nlp: Language, claims_of: ClaimsOf, batch_size: int) -> None:
    global _worker
    _worker = (nlp, claims_of, batch_size)


def _run_task(texts: list[str]) -> _Done:
    """Claims of each text, in order, as one process computes them (runs in a worker)."""
    if _worker is None:  # pragma: no cover - the pool's initializer always runs first
        raise RuntimeError("claimx worker used before its pipeline was set")
    nlp, claims_of, batch_size = _worker
    claims: list[list[Claim]] = []
    try:
        for found in pipe_long(nlp, texts, claims_of, batch_size=batch_size, as_tuples=False):
            claims.append(found)
    except ExtractionError as e:
        return _Done(claims, e.index, e.reason)
    except Exception as e:  # anything else still names the record it stopped at
        return _Done(claims, len(claims), f"{type(e).__name__}: {e}")
    return _Done(claims, None, None)


def _tasks(texts: Iterable[Any], *, as_tuples: bool, batch_size: int, problems: list[Exception]) -> Iterator[_Task]:
    """The caller's records grouped into tasks, checked as they are read (see
    :func:`claimx.chunking.read_records`: a bad record ends the feed, its error goes into
    ``problems``)."""
    first, batch, contexts, chars = 0, [], [], 0
    for index, item, context in read_records(texts, as_tuples=as_tuples, problems=problems):
        if not batch:
            first = index
        batch.append(item)
        contexts.append(context)
        chars += len(item)
        if len(batch) >= batch_size or chars >= TASK_CHARS:
            yield _Task(first, batch, contexts)
            batch, contexts, chars = [], [], 0
    if batch:
        yield _Task(first, batch, contexts)


def _start_pool(nlp: Language, claims_of: ClaimsOf, *, batch_size: int, n_process: int) -> ProcessPoolExecutor:
    return ProcessPoolExecutor(
        max_workers=n_process,
        mp_context=multiprocessing.get_context(START_METHOD),
        initializer=_start_worker,
        initargs=(nlp, claims_of, batch_size),
    )


def pool_extract(
    nlp: Language,
    texts: Iterable[Any],
    claims_of: ClaimsOf,
    *,
    batch_size: int,
    n_process: int,
    as_tuples: bool,
) -> Iterator[Any]:
    """Stream claims for many texts in order, computed by ``n_process`` worker processes.

    The same results, records and errors as :func:`claimx.chunking.pipe_long` in one
    process: every record before a failing one comes out, then ``ExtractionError`` for it.
    A worker that dies (killed, out of memory, a crash in native code) takes the tasks in
    flight with it; they are run again on fresh workers, the one it was on record by
    record, so the error names the record that kills a worker and no other is lost.
    """
    problems: list[Exception] = []
    feed = _tasks(texts, as_tuples=as_tuples, batch_size=batch_size, problems=problems)
    pool = _start_pool(nlp, claims_of, batch_size=batch_size, n_process=n_process)
    ahead: deque[tuple[Future[_Done], _Task]] = deque()
    try:
        while True:
            while len(ahead) < TASKS_AHEAD * n_process:
                task = next(feed, None)
                if task is None:
                    break
                ahead.append((pool.submit(_run_task, task.texts), task))
            if not ahead:
                break
            future, task = ahead.popleft()
            try:
                done = future.result()
            except BrokenProcessPool:
                pool.shutdown(wait=True, cancel_futures=True)
                pool = _start_pool(nlp, claims_of, batch_size=batch_size, n_process=n_process)
                done = _one_by_one(pool, task)
                ahead = deque((pool.submit(_run_task, t.texts), t) for _, t in ahead)
            for k, claims in enumerate(done.claims):
                yield (claims, task.contexts[k]) if as_tuples else claims
            if done.failed is not None:
                k = min(done.failed, len(task.texts) - 1)
                raise ExtractionError(task.first + k, done.reason or "failed", task.contexts[k])
        if problems:
            raise problems[0]
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _one_by_one(pool: ProcessPoolExecutor, task: _Task) -> _Done:
    """``task`` again, one record per worker task, up to the record whose worker dies."""
    claims: list[list[Claim]] = []
    for k, text in enumerate(task.texts):
        try:
            done = pool.submit(_run_task, [text]).result()
        except BrokenProcessPool:
            return _Done(claims, k, "the worker process died on this input (killed, out of memory, or a crash in native code)")
        if done.failed is not None:
            return _Done(claims, k, done.reason)
        claims.extend(done.claims)
    return _Done(claims, None, None)
