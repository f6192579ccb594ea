"""Properties that hold for any input text: offsets point into it, nothing raises, output is
deterministic, claims round-trip through JSON and come in document order."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import claimx
from claimx import Claim
from claimx.text.quotes import scan_quotes

# A small alphabet makes quote marks collide; the word list reaches the attribution rules.
MARKS = "ab said .,\n\"'“”‘’«»„`"
WORDS = [
    "“", "”", '"', "'", "‘", "’", "''", "«", "»", ",", ".", ":", "\n", "\n\n", "said", "says", "added",
    "told", "that", "according to", "accused", "of", "denied", "rejected", "believes", "may", "could",
    "not true", "secretly", "He", "She", "they", "Kirby", "John Kirby", "spokesman", "officials",
    "the administration", "the plan", "is", "was", "false", "claims", "claim", "by", "we", "will",
]  # fmt: skip
TEXTS = (
    st.text(alphabet=MARKS, max_size=300)
    | st.text(max_size=300)
    | st.lists(st.sampled_from(WORDS), max_size=60).map(" ".join)
)


def check_claims(nlp, text: str) -> None:
    claims = claimx.extract(text, nlp=nlp)
    for claim in claims:
        if claim.pieces:  # a split statement: its pieces hold the offsets, its text is them joined
            assert claim.text == " ".join(p.text for p in claim.pieces)
            assert all(text[p.start : p.end] == p.text for p in claim.pieces)
        else:
            assert text[claim.start : claim.end] == claim.text
        assert Claim.model_validate(claim.model_dump(), context={"source": text}) == claim
        assert Claim.model_validate_json(claim.model_dump_json()) == claim
        for mention in (claim.cue, claim.target, claim.speaker.mention if claim.speaker else None):
            if mention is not None:
                assert text[mention.start : mention.end] == mention.text
        assert claim.text.strip() == claim.text
        assert 0.0 <= claim.confidence <= 1.0
    assert [(c.start, c.end) for c in claims] == sorted((c.start, c.end) for c in claims)
    assert claimx.extract(text, nlp=nlp) == claims


def check_quotes(text: str) -> None:
    quotes = scan_quotes(text)
    for q in quotes:
        assert 0 <= q.start <= q.inner_start < q.inner_end <= q.end <= len(text)
        inner = text[q.inner_start : q.inner_end]
        assert inner == inner.strip()
    assert [q.start for q in quotes] == sorted(q.start for q in quotes)
    assert scan_quotes(text) == quotes


@settings(deadline=None, max_examples=100)
@given(text=TEXTS)
def test_properties_extract_offsets_hold_and_output_is_stable(nlp, text):
    check_claims(nlp, text)


@settings(deadline=None, max_examples=300)
@given(text=TEXTS)
def test_properties_scan_offsets_are_sane(text):
    check_quotes(text)


@settings(deadline=None, max_examples=30)
@given(texts=st.lists(TEXTS, max_size=4))
def test_properties_extract_many_matches_extract(nlp, texts):
    assert list(claimx.extract_many(texts, nlp=nlp, batch_size=2)) == [claimx.extract(t, nlp=nlp) for t in texts]


@pytest.mark.slow
@settings(deadline=None, max_examples=2000)
@given(text=TEXTS)
def test_properties_extract_offsets_hold_slow(nlp, text):
    check_claims(nlp, text)


@pytest.mark.slow
@settings(deadline=None, max_examples=5000)
@given(text=TEXTS)
def test_properties_scan_offsets_are_sane_slow(text):
    check_quotes(text)
