"""claimx.runtime.records: one outcome per record, in order, a failure named and passed, nothing left running."""

from __future__ import annotations

import multiprocessing
import os

import pytest
from spacy.language import Language

import claimx
import claimx.runtime.parallel
import claimx.runtime.records
from claimx import ExtractionError
from claimx.runtime.records import Extracted, Failed, iter_outcomes

TEXTS = [
    "“The ferry will run again on Sunday,” Harbour Master Ines Calloway said.",
    "The union accused the council of cutting the night buses without notice.",
    "",
    "The school board denied that it had sold the playing field.",
]


@Language.component("claimx_test_records_trap")
def _trap(doc):
    """Fails inside nlp.pipe on a doc that asks for it: raises on TRAP, kills its process on CRASH."""
    if "TRAP" in doc.text:
        raise ValueError("sprung")
    if "CRASH" in doc.text:
        os._exit(3)
    return doc


@pytest.fixture(scope="module")
def trap_nlp():
    nlp = claimx.load_default_nlp.__wrapped__()  # a fresh pipeline, not the cached one
    nlp.add_pipe("claimx_test_records_trap", first=True)
    return nlp


@pytest.fixture
def small_tasks(monkeypatch):
    monkeypatch.setattr(claimx.runtime.parallel, "TASK_CHARS", 120)


def _summary(outcomes):
    return [(type(o).__name__, o.index, o.context) for o in outcomes]


def _expected(nlp, texts):
    return [claimx.extract(t, nlp=nlp) for t in texts]


@pytest.mark.parametrize("n_process", [1, 2])
def test_records_every_record_answered_in_order_and_the_loop_goes_on(trap_nlp, small_tasks, n_process):
    texts = [TEXTS[0], None, TEXTS[1], "A TRAP, she said.", TEXTS[2], TEXTS[3]]
    items = [(t, f"row-{n}") for n, t in enumerate(texts)]
    outcomes = list(iter_outcomes(trap_nlp, items, batch_size=4, n_process=n_process, as_tuples=True))
    assert _summary(outcomes) == [
        ("Extracted", 0, "row-0"), ("Failed", 1, "row-1"), ("Extracted", 2, "row-2"),
        ("Failed", 3, "row-3"), ("Extracted", 4, "row-4"), ("Extracted", 5, "row-5"),
    ]
    assert "needs text as str" in outcomes[1].reason and outcomes[3].reason == "ValueError: sprung"
    good = [o.claims for o in outcomes if isinstance(o, Extracted)]
    assert good == _expected(trap_nlp, [TEXTS[0], TEXTS[1], TEXTS[2], TEXTS[3]])


@pytest.mark.parametrize("batch_size", [4, 64])
def test_records_a_dead_worker_fails_its_record_only(trap_nlp, monkeypatch, batch_size):
    monkeypatch.setattr(claimx.runtime.parallel, "TASK_CHARS", 250)  # the crash shares its task with others
    texts = [*TEXTS, *TEXTS[:3], "Then a CRASH, he said.", TEXTS[3], TEXTS[0]]
    outcomes = list(iter_outcomes(trap_nlp, texts, batch_size=batch_size, n_process=2))
    assert [o.index for o in outcomes] == list(range(len(texts)))
    assert [type(o).__name__ for o in outcomes].count("Failed") == 1 and isinstance(outcomes[7], Failed)
    assert "worker process died" in outcomes[7].reason
    assert [o.claims for o in outcomes if isinstance(o, Extracted)] == _expected(trap_nlp, [*texts[:7], *texts[8:]])
    assert multiprocessing.active_children() == []


def test_records_long_record_failing_in_one_piece_fails_whole(trap_nlp, monkeypatch):
    monkeypatch.setattr(claimx.runtime.chunking, "CHUNK_CHARS", 200)
    paragraph = "Heavy rain fell across the valley overnight, and the roads to the coast were closed for the day."
    long_text = "\n\n".join([paragraph] * 3 + ["A TRAP was found in the third piece."] + [paragraph] * 3)
    outcomes = list(iter_outcomes(trap_nlp, [TEXTS[0], long_text, TEXTS[1]], batch_size=2))
    assert _summary(outcomes) == [("Extracted", 0, None), ("Failed", 1, None), ("Extracted", 2, None)]
    assert outcomes[2].claims == claimx.extract(TEXTS[1], nlp=trap_nlp)


def test_records_nothing_past_a_bad_record_is_read_before_its_failure_is_taken(nlp):
    read: list[int] = []

    def source():
        for n, text in enumerate([TEXTS[0], b"bytes", TEXTS[1], TEXTS[3]]):
            read.append(n)
            yield text

    outcomes = iter_outcomes(nlp, source(), batch_size=64)
    assert isinstance(next(outcomes), Extracted)
    failed = next(outcomes)
    assert isinstance(failed, Failed) and failed.index == 1 and read == [0, 1]
    assert [o.index for o in outcomes] == [2, 3]


@pytest.mark.parametrize("n_process", [1, 2])
def test_records_the_callers_error_comes_after_the_records_before_it(nlp, small_tasks, n_process):
    def broken():
        yield from TEXTS[:2]
        raise KeyError("source gone")

    seen = []
    with pytest.raises(KeyError, match="source gone"):
        for outcome in iter_outcomes(nlp, broken(), n_process=n_process):
            seen.append(outcome.index)
    assert seen == [0, 1]


def test_records_failed_becomes_the_extraction_error_of_extract_many():
    cause = ValueError("sprung")
    error = Failed(3, "ValueError: sprung", "row-3", cause).to_error()
    assert isinstance(error, ExtractionError)
    assert (error.index, error.reason, error.context, error.__cause__) == (3, "ValueError: sprung", "row-3", cause)


def test_records_extract_many_leaves_no_worker_behind_when_it_raises(trap_nlp, small_tasks):
    """extract_many raises at the first failure and closes the loop: its pool is gone at once,
    with no garbage collection needed (the CLI called gc.collect() for this before issue 13)."""
    with pytest.raises(ExtractionError) as info:
        list(claimx.extract_many([TEXTS[0], "A TRAP, she said.", *TEXTS], nlp=trap_nlp, n_process=2))
    assert info.value.index == 1
    assert multiprocessing.active_children() == []


class _CountingPipeline:
    """A blank English pipeline that records the characters of each batch ``nlp.pipe`` parses."""

    def __init__(self):
        import spacy

        self.nlp = spacy.blank("en")
        self.max_length = self.nlp.max_length
        self.batches: list[list[int]] = []

    def pipe(self, items, *, as_tuples, batch_size):
        items = list(items)
        assert batch_size == len(items)  # the batch given is the batch parsed
        self.batches.append([len(text) for text, _ in items])
        return self.nlp.pipe(items, as_tuples=as_tuples, batch_size=batch_size)

    def __call__(self, text):
        return self.nlp(text)


def test_records_a_long_text_is_parsed_one_piece_at_a_time():
    """Issue 18: batch_size counted 100,000-character pieces, so the default 64 parsed a long
    article's pieces together (past 3 GB for 1 MB). A batch is bounded in characters now."""
    counting = _CountingPipeline()
    paragraph = "The council met on Tuesday and the mayor said the budget was balanced. " * 20
    long_text = "\n\n".join([paragraph] * 800)  # ~1.1 MB: a dozen pieces
    short = ["“Fine,” she said."] * 70
    outcomes = list(iter_outcomes(counting, [*short[:10], long_text, *short], batch_size=64, claims_of=lambda nlp, doc: []))
    assert [o.index for o in outcomes] == list(range(81)) and all(isinstance(o, Extracted) for o in outcomes)
    long_batches = [b for b in counting.batches if max(b) > 50_000]
    assert len(long_batches) >= 10 and all(sum(n > 50_000 for n in b) == 1 for b in long_batches)  # one piece each
    assert all(sum(b) <= claimx.runtime.records.BATCH_CHARS or len(b) == 1 for b in counting.batches)
    assert max(len(b) for b in counting.batches) == 64  # short texts still go batch_size at a time
