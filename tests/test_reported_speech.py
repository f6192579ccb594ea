"""Reported-speech shapes of issue 16 (fifth round), through claimx.extract on made-up sentences."""

from __future__ import annotations

import pytest

import claimx
from claimx import Claim


def _claims(nlp, text: str) -> list[Claim]:
    return claimx.extract(text, nlp=nlp)


def _texts(nlp, text: str) -> list[str]:
    return [c.text.removeprefix("that ") for c in _claims(nlp, text)]


# ---------------------------------------------------------------- "hoped": the lemmatizer reads "hop"


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Mr. Vane hoped the ferry would be able to run all winter.", "the ferry would be able to run all winter"),
        ("Ms. Idris hopes to open the clinic before the summer.", "to open the clinic before the summer"),
        ("The union is hoping that the mill will reopen.", "the mill will reopen"),
    ],
)
def test_hope_is_a_cue_in_every_form(nlp, text, content):
    assert content in _texts(nlp, text)


def test_hop_is_no_cue(nlp):
    assert _claims(nlp, "The boy hopped over the fence to reach the ball.") == []
