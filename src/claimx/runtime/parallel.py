"""Extract with several worker processes that send back claims, not Docs.

spaCy's ``nlp.pipe(n_process=N)`` deals batches to its workers in turn, waits for them in
that order, and ships every processed ``Doc`` back to the parent (``Doc.to_bytes`` in the
worker, ``Doc.from_bytes`` in the parent). claimx needs only the claims, and news
articles differ in length, so that cost twice on 2 cores: the parent's deserialising
competed with the workers for a core, and a worker handed a batch of short articles sat
idle while the one with long articles finished (see docs/performance.md).

Here each worker holds the pipeline (inherited from the parent where the platform forks,
so it is neither loaded nor pickled again; pickled to it otherwise), runs whole records
through the records loop (:func:`claimx.runtime.records.pipe_outcomes`) exactly as one
process would, and returns each record's claims or the reason it failed. Records go out in small tasks (``TASK_CHARS``) to whichever worker is
free, at most ``TASKS_AHEAD`` per worker ahead of the output, and come back in input
order. Contexts (``as_tuples``) never leave the parent, so they need not be picklable.
"""

from __future__ import annotations

import multiprocessing
import os
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import TYPE_CHECKING, Any, NamedTuple

from .outcomes import WORKER_DIED, Extracted, Failed, Outcome, Record, SourceFailed, read_records

if TYPE_CHECKING:
    from spacy.language import Language

    from ..models import Claim

__all__ = ["TASKS_AHEAD", "TASK_CHARS", "pool_outcomes"]

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

# How a worker runs its records: the one-process loop, handed over by the caller so this
# module need not import it (the loop imports this module).
RunRecords = Callable[["Language", Iterable[Any]], Iterator[Outcome]]
# What a worker sends back per record: its claims, or the reason it failed.
_Result = tuple["list[Claim] | None", "str | None"]

# How often a worker checks that its parent is alive: a killed parent (SIGKILL, SIGTERM, the
# OOM killer) runs no cleanup, and its workers, ~280 MB each, lived on for good (issue 18).
PARENT_CHECK_SECONDS = 0.5

# The pipeline of a worker process, set once by _start_worker.
_worker: tuple[Language, RunRecords] | None = None


class _Task(NamedTuple):
    """Records sent to a worker together: their positions in the input, texts, contexts."""

    indexes: list[int]
    texts: list[str]
    contexts: list[Any]


def _start_worker(nlp: Language, run: RunRecords, parent_pid: int) -> None:
    global _worker
    _worker = (nlp, run)
    _die_with_parent(parent_pid)


def _die_with_parent(parent_pid: int) -> None:
    """End this worker once its parent is gone: a daemon thread polls ``os.getppid()``.

    A dead parent's children are handed to another process (init or a subreaper), so the
    parent pid changes. Polling, not Linux's ``PR_SET_PDEATHSIG``: that signal fires when
    the *thread* that started the worker ends, which in a threaded caller is not the parent's
    end; polling works on every POSIX platform and costs nothing between checks.
    """

    def watch() -> None:
        while os.getppid() == parent_pid:
            time.sleep(PARENT_CHECK_SECONDS)
        os._exit(1)  # no cleanup to run: the worker holds nothing but a copy of the pipeline

    if os.getppid() != parent_pid:  # the parent died before this worker got here
        os._exit(1)
    threading.Thread(target=watch, name="claimx-parent-watch", daemon=True).start()


def _run_task(texts: list[str]) -> list[_Result]:
    """Claims or a reason for each text, in order, as one process computes them (runs in a worker)."""
    if _worker is None:  # pragma: no cover - the pool's initializer always runs first
        raise RuntimeError("claimx worker used before its pipeline was set")
    nlp, run = _worker
    results: list[_Result] = []
    while len(results) < len(texts):
        try:
            for outcome in run(nlp, read_records(texts[len(results) :], as_tuples=False)):
                results.append((outcome.claims, None) if isinstance(outcome, Extracted) else (None, outcome.reason))
        except Exception as e:  # the loop gave up (a broken pipeline): the record it stopped at fails
            results.append((None, f"{type(e).__name__}: {e}"))
    return results


def _tasks(items: Iterator[Record | Failed | SourceFailed], *, batch_size: int) -> Iterator[_Task | Failed | SourceFailed]:
    """Readable records grouped into tasks, in order; a record that cannot be read comes alone
    between them, so the caller can stop reading there (see :func:`pool_outcomes`)."""
    task = _Task([], [], [])
    chars = 0
    for item in items:
        if not isinstance(item, Record):
            if task.texts:
                yield task
            task, chars = _Task([], [], []), 0
            yield item
            continue
        task.indexes.append(item.index)
        task.texts.append(item.text)
        task.contexts.append(item.context)
        chars += len(item.text)
        if len(task.texts) >= batch_size or chars >= TASK_CHARS:
            yield task
            task, chars = _Task([], [], []), 0
    if task.texts:
        yield task


class _Pool:
    """The worker pool, started again whenever a worker dies (a dead worker breaks the whole pool)."""

    def __init__(self, nlp: Language, run: RunRecords, n_process: int) -> None:
        self.nlp, self.run, self.n_process = nlp, run, n_process
        self.executor = self._start()

    def _start(self) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(
            max_workers=self.n_process,
            mp_context=multiprocessing.get_context(START_METHOD),
            initializer=_start_worker,
            initargs=(self.nlp, self.run, os.getpid()),
        )

    def submit(self, task: _Task) -> Future[list[_Result]]:
        try:
            return self.executor.submit(_run_task, task.texts)
        except BrokenProcessPool as e:  # a worker died since the last look: this task's turn will tell
            future: Future[list[_Result]] = Future()
            future.set_exception(e)
            return future

    def restart(self) -> None:
        self.shutdown()
        self.executor = self._start()

    def shutdown(self) -> None:
        self.executor.shutdown(wait=True, cancel_futures=True)


def pool_outcomes(
    nlp: Language,
    items: Iterable[Record | Failed | SourceFailed],
    run: RunRecords,
    *,
    batch_size: int,
    n_process: int,
) -> Iterator[Outcome]:
    """One outcome per record, in input order, computed by ``n_process`` worker processes.

    The same outcomes as ``run`` in one process. A worker that dies (killed, out of memory,
    a crash in native code) breaks the pool and the tasks in it: the pool is started again,
    the task the caller waits for is run record by record (each death restarts the pool), so
    the record that kills a worker gets a :class:`Failed` and no other is lost; the tasks
    sent ahead go to the new pool. Nothing past a record that cannot be read is read until
    that record's outcome is taken. The pool is shut down when the caller stops.
    """
    feed = _tasks(iter(items), batch_size=batch_size)
    pool = _Pool(nlp, run, n_process)
    ahead: deque[tuple[Future[list[_Result]] | None, _Task | Failed | SourceFailed]] = deque()
    try:
        while True:
            _fill(ahead, feed, pool, limit=TASKS_AHEAD * n_process)
            if not ahead:
                return
            future, task = ahead.popleft()
            if isinstance(task, SourceFailed):
                raise task.error
            if isinstance(task, Failed):
                yield task
                continue
            try:
                results = future.result() if future is not None else []
            except BrokenProcessPool:
                pool.restart()
                yield from _record_by_record(pool, task)
                ahead = deque((pool.submit(t) if isinstance(t, _Task) else None, t) for _, t in ahead)
                continue
            yield from _outcomes(task, results)
    finally:
        pool.shutdown()


def _fill(ahead: deque[Any], feed: Iterator[_Task | Failed | SourceFailed], pool: _Pool, *, limit: int) -> None:
    """Send tasks ahead up to ``limit``, stopping after a record that cannot be read."""
    while len(ahead) < limit and not (ahead and not isinstance(ahead[-1][1], _Task)):
        task = next(feed, None)
        if task is None:
            return
        ahead.append((pool.submit(task) if isinstance(task, _Task) else None, task))


def _outcomes(task: _Task, results: list[_Result]) -> Iterator[Outcome]:
    for index, context, (claims, reason) in zip(task.indexes, task.contexts, results):
        yield Extracted(index, claims, context) if claims is not None else Failed(index, reason or "failed", context)


def _record_by_record(pool: _Pool, task: _Task) -> Iterator[Outcome]:
    """``task`` again, one record per worker task, so the record whose worker dies is known."""
    for k, text in enumerate(task.texts):
        single = _Task([task.indexes[k]], [text], [task.contexts[k]])
        try:
            results = pool.submit(single).result()
        except BrokenProcessPool:
            pool.restart()
            yield Failed(task.indexes[k], WORKER_DIED, task.contexts[k])
            continue
        yield from _outcomes(single, results)
