"""extract_many with n_process > 1: same output, order, errors and laziness as one process."""

from __future__ import annotations

import itertools
import multiprocessing
import os
import signal
import threading

import pytest
from spacy.language import Language

import claimx
import claimx.runtime.parallel
from claimx import ExtractionError
from claimx.runtime.outcomes import Extracted, Failed, read_records
from claimx.runtime.records import iter_outcomes

TEXTS = [
    "“The bridge will reopen in May,” said Mayor Ruth Okafor. She added that crews were ahead of schedule.",
    "Officials at the port authority denied that any cargo had been lost.",
    "",
    "The council may raise fares next year, according to two people familiar with the plan.",
    "“We did nothing wrong,” the company said in a statement on Tuesday.",
    "A quiet day in the valley, with no one quoted at all.",
    "Coach Dana Whitfield said the team “played its best game of the season” on Saturday.",
    "Rivals accused the minister of hiding the report. He said he had never seen it.",
]


@Language.component("claimx_test_trap")
def _trap(doc):
    """Fails on a doc that asks for it: raises on TRAP, kills its process on CRASH."""
    if "TRAP" in doc.text:
        raise ValueError("sprung")
    if "CRASH" in doc.text:
        os._exit(3)
    if "KILLED" in doc.text:  # as the OOM killer does: no exit code, no cleanup
        os.kill(os.getpid(), signal.SIGKILL)
    return doc


@pytest.fixture(scope="module")
def trap_nlp():
    nlp = claimx.load_default_nlp.__wrapped__()  # a fresh pipeline, not the cached one
    nlp.add_pipe("claimx_test_trap", first=True)
    return nlp


@pytest.fixture
def small_tasks(monkeypatch):
    """Tasks of one or two records, so a handful of texts spreads over both workers."""
    monkeypatch.setattr(claimx.runtime.parallel, "TASK_CHARS", 120)


def test_parallel_matches_one_process(nlp, small_tasks):
    one = list(claimx.extract_many(TEXTS * 3, nlp=nlp))
    two = list(claimx.extract_many(TEXTS * 3, nlp=nlp, n_process=2))
    assert two == one
    assert sum(map(len, two)) >= 15


def test_parallel_contexts_stay_in_this_process(nlp, small_tasks):
    # a lock cannot be pickled: contexts must never travel to the workers
    contexts = [threading.Lock() for _ in TEXTS]
    results = list(claimx.extract_many(zip(TEXTS, contexts), nlp=nlp, n_process=2, as_tuples=True))
    assert [context for _, context in results] == contexts
    assert [claims for claims, _ in results] == list(claimx.extract_many(TEXTS, nlp=nlp))


def test_parallel_is_lazy_and_bounded(nlp, small_tasks):
    consumed: list[int] = []

    def endless():
        for i in itertools.count():
            consumed.append(i)
            yield f"“Shift {i} starts at noon,” the foreman said."

    results = claimx.extract_many(endless(), nlp=nlp, n_process=2, batch_size=2)
    assert consumed == []
    first = list(itertools.islice(results, 5))
    assert [c[0].text for c in first] == [f"Shift {i} starts at noon" for i in range(5)]
    # read ahead: at most TASKS_AHEAD tasks per worker of batch_size records, past those yielded
    assert len(consumed) <= 5 + claimx.runtime.parallel.TASKS_AHEAD * 2 * 2 + 2
    results.close()  # shuts the pool down; must not hang


@pytest.mark.parametrize("bad", [b"raw bytes", None])
def test_parallel_bad_record_after_the_good_ones(nlp, small_tasks, bad):
    out = []
    with pytest.raises(ExtractionError) as info:
        for claims in claimx.extract_many([*TEXTS[:5], bad, TEXTS[0]], nlp=nlp, n_process=2):
            out.append(claims)
    assert info.value.index == 5
    assert out == list(claimx.extract_many(TEXTS[:5], nlp=nlp))


def test_parallel_error_of_the_callers_iterable_is_raised_as_is(nlp, small_tasks):
    def broken():
        yield from TEXTS[:3]
        raise KeyError("source gone")

    out = []
    with pytest.raises(KeyError, match="source gone"):
        for claims in claimx.extract_many(broken(), nlp=nlp, n_process=2):
            out.append(claims)
    assert len(out) == 3


def test_parallel_component_failure_names_the_record(trap_nlp, small_tasks):
    texts = [*TEXTS[:4], "This one has a TRAP in it.", TEXTS[0]]
    items = [(text, f"row-{n}") for n, text in enumerate(texts)]
    out = []
    with pytest.raises(ExtractionError) as info:
        for claims, context in claimx.extract_many(items, nlp=trap_nlp, n_process=2, as_tuples=True):
            out.append(context)
    assert (info.value.index, info.value.context) == (4, "row-4")
    assert "sprung" in info.value.reason
    assert out == ["row-0", "row-1", "row-2", "row-3"]


def test_parallel_dead_worker_names_its_record_and_loses_no_other(trap_nlp, small_tasks, monkeypatch):
    monkeypatch.setattr(claimx.runtime.parallel, "TASK_CHARS", 250)  # the crash shares its task with others
    texts = [TEXTS[0], TEXTS[1], TEXTS[3], TEXTS[5], "Then a CRASH happens.", TEXTS[4], TEXTS[6]]
    tasks = claimx.runtime.parallel._tasks(read_records(texts, as_tuples=False), batch_size=64)
    assert [len(t.texts) for t in tasks] == [3, 4]
    out = []
    with pytest.raises(ExtractionError, match="worker process died") as info:
        for claims in claimx.extract_many(texts, nlp=trap_nlp, n_process=2):
            out.append(claims)
    assert info.value.index == 4
    assert out == list(claimx.extract_many(texts[:4], nlp=trap_nlp))


@pytest.mark.parametrize("batch_size", [4, 64])
@pytest.mark.parametrize("marker", ["CRASH", "KILLED"])
def test_parallel_worker_killed_by_a_record_raises_extraction_error_after_every_earlier_record(trap_nlp, batch_size, marker):
    """Issue 18: BrokenProcessPool came out instead, and with batch_size=4 only 4 of the 7
    earlier records (the retry went into the pool the dead worker had broken)."""
    texts = [*TEXTS[:2], *TEXTS[3:8], f"Then a {marker} happens, she said.", TEXTS[0], TEXTS[1]]
    out = []
    with pytest.raises(ExtractionError, match="worker process died") as info:
        for claims in claimx.extract_many(texts, nlp=trap_nlp, n_process=2, batch_size=batch_size):
            out.append(claims)
    assert info.value.index == 7
    assert out == list(claimx.extract_many(texts[:7], nlp=trap_nlp))
    assert multiprocessing.active_children() == []


def test_parallel_records_after_a_killer_all_come_out(trap_nlp, small_tasks):
    """The loop (what the CLI reads) gives the killer a Failed and every other record its claims,
    with a killer in a task sent ahead as well as in the one waited for."""
    texts = [*TEXTS[:3], "A CRASH, he said.", *TEXTS[3:6], "A KILLED one, she said.", *TEXTS[6:]]
    outcomes = list(iter_outcomes(trap_nlp, texts, n_process=2, batch_size=2))
    assert [o.index for o in outcomes] == list(range(len(texts)))
    failed = [o.index for o in outcomes if isinstance(o, Failed)]
    assert failed == [3, 7]
    alone = [claimx.extract(t, nlp=trap_nlp) for n, t in enumerate(texts) if n not in failed]
    assert [o.claims for o in outcomes if isinstance(o, Extracted)] == alone


def test_parallel_spawned_workers_get_the_pipeline_pickled(nlp, small_tasks, monkeypatch):
    # macOS and Windows start workers by spawning: the pipeline travels pickled
    monkeypatch.setattr(claimx.runtime.parallel, "START_METHOD", "spawn")
    assert list(claimx.extract_many(TEXTS, nlp=nlp, n_process=2)) == list(claimx.extract_many(TEXTS, nlp=nlp))


# ---------------------------------------------------------------------------- workers die with their parent

_ORPHAN_SCRIPT = """
import multiprocessing, sys, time
import spacy
from spacy.language import Language
from claimx.runtime.records import iter_outcomes

@Language.component("claimx_test_slow")
def slow(doc):
    time.sleep(0.05)
    return doc

nlp = spacy.blank("en")
nlp.add_pipe("claimx_test_slow")
outcomes = iter_outcomes(nlp, (f"Text number {i}." for i in range(100_000)), batch_size=1, n_process=2,
                         claims_of=lambda nlp, doc: [])
next(outcomes)
print(" ".join(str(p.pid) for p in multiprocessing.active_children()), flush=True)
for _ in outcomes:
    pass
"""


def _alive(pid: int) -> bool:
    """Running (a zombie that nobody reaps in a container counts as gone: it holds no memory)."""
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as f:
            return f.read().rsplit(")", 1)[1].split()[0] != "Z"
    except FileNotFoundError:
        return False


@pytest.mark.slow
@pytest.mark.skipif(not os.path.isdir("/proc/self"), reason="reads /proc")
@pytest.mark.parametrize("sig", ["SIGKILL", "SIGTERM"])
def test_parallel_workers_die_with_their_parent(sig, tmp_path):
    """Killing the parent of an n_process=2 run left both workers alive for good (issue 18)."""
    import signal
    import subprocess
    import sys
    import time

    src = os.path.dirname(os.path.dirname(claimx.__file__))
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [src, os.environ.get("PYTHONPATH")]))}
    proc = subprocess.Popen([sys.executable, "-c", _ORPHAN_SCRIPT], stdout=subprocess.PIPE, text=True, env=env)
    try:
        workers = [int(pid) for pid in proc.stdout.readline().split()]
        assert len(workers) == 2 and all(_alive(pid) for pid in workers)
        os.kill(proc.pid, getattr(signal, sig))
        proc.wait(timeout=60)
        deadline = time.monotonic() + 60  # a timeout for a hung test, not a speed bound: they exit within ~0.5 s
        while any(_alive(pid) for pid in workers) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert not [pid for pid in workers if _alive(pid)], "workers outlived their parent"
    finally:
        proc.kill()
        proc.wait()
