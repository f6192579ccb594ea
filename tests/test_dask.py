"""claimx.integrations.dask: the same records on a 2-process cluster as in one process; no record is lost."""

from __future__ import annotations

import importlib
import sys

import pytest

pytest.importorskip("dask.bag")
distributed = pytest.importorskip("distributed")

import dask.bag as db  # noqa: E402

import claimx  # noqa: E402
import claimx.api  # noqa: E402
import claimx.runtime.records  # noqa: E402
from claimx.integrations.dask import extract_bag, extract_records  # noqa: E402

# Invented articles: direct, indirect and mixed claims, pronouns, and one without any claim.
ARTICLES = {
    "harbor-1": (
        "PORT ELLIS — “The harbor will reopen on Monday,” Mayor Rita Okafor said on Friday.\n\n"
        "She added that the dredging had cost less than expected. Fishermen said they were relieved."
    ),
    "school-2": (
        "The school board denied that it had cut the music program. “No teacher will lose a job,” "
        "board chair Omar Lindqvist told reporters.\n\nParents claimed the budget was hidden from them."
    ),
    "bridge-3": "The old rail bridge was painted green in 1952 and has carried trains ever since.",
    "storm-4": (
        "Forecasters warned that the storm could strengthen overnight. According to the weather service, "
        "winds may reach 90 miles per hour.\n\n“Stay indoors,” Governor Lena Marsh urged residents."
    ),
    "court-5": (
        "A lawyer for the company, Dana Whitfield, said the lawsuit was “without merit” and that the firm "
        "would appeal. The plaintiffs accused the company of ignoring safety warnings."
    ),
    "vote-6": (
        "“We counted every ballot twice,” the county clerk said. Critics alleged that some ballots were lost, "
        "but the clerk's office said the claim was false."
    ),
}


def _single_process(ids: list[str]) -> list[dict]:
    pairs = ((ARTICLES[doc_id], doc_id) for doc_id in ids)
    return [
        {"id": doc_id, "claims": [c.model_dump(mode="json") for c in claims], "error": None}
        for claims, doc_id in claimx.extract_many(pairs, as_tuples=True)
    ]


@pytest.fixture(scope="module")
def client():
    cluster = distributed.LocalCluster(
        n_workers=2, processes=True, threads_per_worker=1, dashboard_address=None, silence_logs=40
    )
    client = distributed.Client(cluster)
    yield client
    client.close()
    cluster.close()


def test_dask_cluster_output_equals_single_process(client):
    ids = list(ARTICLES)
    bag = db.from_sequence([{"id": doc_id, "text": ARTICLES[doc_id]} for doc_id in ids], npartitions=3)
    records = extract_bag(bag, batch_size=2).compute()
    expected = _single_process(ids)
    assert sum(len(r["claims"]) for r in expected) >= 6, "the articles should carry claims"
    assert records == expected
    # each worker loaded the pipeline at most once, however many partitions it ran
    loads = client.run(lambda: claimx.api.load_default_nlp.cache_info().misses)
    assert len(loads) == 2 and all(n <= 1 for n in loads.values())


def test_dask_bag_of_pairs_keeps_ids_and_order(client):
    ids = list(reversed(ARTICLES))
    bag = db.from_sequence([(doc_id, ARTICLES[doc_id]) for doc_id in ids], npartitions=2)
    assert extract_bag(bag, id_key="unused").compute() == _single_process(ids)


def test_dask_unreadable_records_become_errors():
    bag = db.from_sequence(
        [{"id": "a", "body": ARTICLES["harbor-1"]}, {"id": "b"}, {"id": "c", "body": 42}, 7, {"id": "d", "body": ""}],
        npartitions=2,
    )
    records = extract_bag(bag, text_key="body").compute(scheduler="sync")
    assert [r["id"] for r in records] == ["a", "b", "c", None, "d"]
    assert [r["error"] is None for r in records] == [True, False, False, False, True]
    assert "no 'body' field" in records[1]["error"] and "int" in records[2]["error"]
    assert records[0]["claims"] and records[4]["claims"] == []


def test_dask_failed_extraction_becomes_error_and_stream_goes_on(monkeypatch):
    original = claimx.runtime.records.claims_of_doc

    def fail_on_marker(nlp, doc):
        if "KABOOM" in doc.text:
            raise RuntimeError("synthetic failure")
        return original(nlp, doc)

    monkeypatch.setattr(claimx.runtime.records, "claims_of_doc", fail_on_marker)
    ids = list(ARTICLES)
    records = list(
        extract_records(
            [(i, ARTICLES[i]) for i in ids[:2]] + [("bad", "KABOOM, she said.")] + [(i, ARTICLES[i]) for i in ids[2:]],
            batch_size=2,
        )
    )
    assert [r["id"] for r in records] == ids[:2] + ["bad"] + ids[2:]
    assert "synthetic failure" in records[2]["error"]
    assert [r for r in records if r["id"] != "bad"] == _single_process(ids)


def test_dask_pipeline_error_is_pinned_on_its_record():
    """A component that raises names no document; the batch is re-run one by one to find it."""
    import spacy
    from spacy.language import Language

    if not Language.has_factory("test_dask_kaboom"):

        @Language.component("test_dask_kaboom")
        def kaboom(doc):
            if "KABOOM" in doc.text:
                raise RuntimeError("component failure")
            return doc

    nlp = None
    for name in claimx.api.DEFAULT_MODELS:
        try:
            nlp = spacy.load(name)
            break
        except OSError:
            continue
    assert nlp is not None
    nlp.add_pipe("claimx_paragraphs", before="parser")
    nlp.add_pipe("claimx")
    nlp.add_pipe("test_dask_kaboom")
    ids = list(ARTICLES)
    items = [(i, ARTICLES[i]) for i in ids[:3]] + [("bad", "KABOOM, he said.")] + [(i, ARTICLES[i]) for i in ids[3:]]
    records = list(extract_records(items, batch_size=4, nlp=nlp))
    assert [r["id"] for r in records] == ids[:3] + ["bad"] + ids[3:]
    assert "component failure" in records[3]["error"]
    assert [r for r in records if r["id"] != "bad"] == _single_process(ids)


def test_dask_source_errors_propagate():
    def broken():
        yield ("a", ARTICLES["harbor-1"])
        raise OSError("disk went away")

    with pytest.raises(OSError, match="disk went away"):
        list(extract_records(broken()))


def test_dask_missing_dask_names_the_extra(monkeypatch):
    monkeypatch.setitem(sys.modules, "dask", None)
    monkeypatch.setitem(sys.modules, "dask.bag", None)
    monkeypatch.delitem(sys.modules, "claimx.integrations.dask", raising=False)
    monkeypatch.delattr(claimx, "dask", raising=False)  # restored afterwards, as sys.modules is
    module = importlib.import_module("claimx.integrations.dask")  # extract_records needs no dask
    with pytest.raises(ImportError, match=r'pip install "claimx\[dask\]"'):
        module.extract_bag([])
