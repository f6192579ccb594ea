"""claimx.pipes: the spaCy factory, its extensions, serialisation and multiprocessing."""

from __future__ import annotations

import importlib.metadata

import pytest
import spacy

import claimx
from claimx import Claim, Form
from claimx.pipes import SPANS_KEY, ClaimExtractor
from conftest import installed_model

TEXTS = [
    "“The bridge will reopen by Friday,” Transport Minister Helen Vargas said.",
    "Coach Dan Pryor said the team is ready for the final. He added that the stadium would be full.",
    "The river rose three feet overnight and several roads were closed.",
    "",
    "The union accused the company of cutting wages without notice.",
]


@pytest.fixture(scope="module")
def plain_nlp():
    """The default model loaded with spaCy alone, then given the claimx pipe."""
    nlp = spacy.load(installed_model())
    nlp.add_pipe("claimx")
    return nlp


def test_component_add_pipe_to_blank_pipeline():
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    pipe = nlp.add_pipe("claimx")
    assert isinstance(pipe, ClaimExtractor)
    assert nlp.pipe_names == ["sentencizer", "claimx"]
    doc = nlp("“We will win,” the coach said.")
    assert isinstance(doc._.claims, list)
    assert all(isinstance(c, Claim) for c in doc._.claims)
    assert nlp("")._.claims == []


def test_component_add_pipe_to_loaded_pipeline(plain_nlp):
    assert plain_nlp.pipe_names[-1] == "claimx"
    doc = plain_nlp(TEXTS[0])
    (claim,) = doc._.claims
    assert claim.form == Form.DIRECT
    assert claim.text == "The bridge will reopen by Friday"
    assert claim.speaker.name == "Helen Vargas"


def test_component_loaded_pipeline_agrees_with_extract(plain_nlp, nlp):
    for text in TEXTS:
        assert plain_nlp(text)._.claims == claimx.extract(text, nlp=nlp)


def test_component_claims_are_typed_and_stored_as_json(nlp):
    doc = nlp(TEXTS[1])
    claims = doc._.claims
    assert len(claims) == 2
    assert all(isinstance(c, Claim) for c in claims)
    assert all(isinstance(r, dict) for r in doc._.claimx_records)
    assert [Claim.model_validate(r) for r in doc._.claimx_records] == claims


def test_component_spans_match_claims(nlp):
    doc = nlp(TEXTS[1])
    spans = doc.spans[SPANS_KEY]
    assert [s.label_ for s in spans] == [c.form.value for c in doc._.claims]
    for span, claim in zip(spans, doc._.claims):
        assert span.start_char <= claim.start and claim.end <= span.end_char


def test_component_entry_point_is_registered():
    factories = {ep.name: ep.value for ep in importlib.metadata.entry_points(group="spacy_factories")}
    assert factories.get("claimx") == "claimx.pipes.extractor:make_claimx"
    misc = {ep.name: ep.value for ep in importlib.metadata.entry_points(group="spacy_misc")}
    assert misc.get("claimx.lexicons.v1") == "claimx.lexicons:make_lexicons"


def test_component_config_names_the_lexicons(nlp):
    config = nlp.get_pipe_config("claimx")
    assert config["factory"] == "claimx"
    assert config["lexicons"] == {"@misc": "claimx.lexicons.v1"}
    assert config["spans_key"] == SPANS_KEY


def test_component_to_disk_then_spacy_load(nlp, tmp_path):
    nlp.to_disk(tmp_path / "pipeline")
    assert (tmp_path / "pipeline" / "claimx" / "lexicons.json").is_file()
    config = (tmp_path / "pipeline" / "config.cfg").read_text(encoding="utf-8")
    assert "claimx.lexicons.v1" in config and "secretly" not in config  # word lists stay out of the config
    reloaded = spacy.load(tmp_path / "pipeline")
    assert reloaded.pipe_names == nlp.pipe_names
    for text in TEXTS:
        assert reloaded(text)._.claims == nlp(text)._.claims


def test_component_bytes_round_trip(nlp):
    pipe = nlp.get_pipe("claimx")
    fresh = ClaimExtractor(nlp, "claimx", lexicons={}, spans_key="other")
    fresh.from_bytes(pipe.to_bytes())
    assert fresh.lexicons == pipe.lexicons
    assert fresh.spans_key == pipe.spans_key


def test_component_n_process_2_matches_n_process_1(nlp):
    one = [doc._.claims for doc in nlp.pipe(TEXTS, n_process=1)]
    two = [doc._.claims for doc in nlp.pipe(TEXTS, n_process=2, batch_size=2)]
    assert two == one
    assert any(one)
