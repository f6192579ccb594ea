"""Issue 16 (bounds15) on made-up sentences: a quote after '“A,” X said, <participle aside>.'"""

from __future__ import annotations

import pytest

import claimx


def _claims(nlp, text: str) -> list[tuple[str | None, str]]:
    return [(c.cue.text if c.cue else None, c.text) for c in claimx.extract(text, nlp=nlp)]


ASIDES = [
    (
        "“The roads are a mess,” Ms. Lane said, speaking of the winter damage. “We need money for repairs.”",
        [("said", "The roads are a mess"), ("speaking", "the winter damage"), ("said", "We need money for repairs.")],
    ),
    (
        "“The roads are a mess,” Ms. Lane said, explaining why the mayor had called her. “We need money for repairs.”",
        [("said", "The roads are a mess"), ("explaining", "why the mayor had called her"), ("said", "We need money for repairs.")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), ASIDES)
def test_direct_quotes_quote_after_a_participle_aside_continues_the_quote_before(nlp, text, expected):
    assert _claims(nlp, text) == expected


def test_direct_quotes_participle_with_a_that_clause_is_no_aside(nlp):
    text = "“The roads are a mess,” Ms. Lane said, adding that the city was broke. “We need money for repairs.”"
    assert ("said", "We need money for repairs.") not in _claims(nlp, text)
