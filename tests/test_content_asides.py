"""Issue 16 (precision15) on made-up sentences: a comma-set "which"/"who" clause closing a
reported phrase is the writer's aside, not part of the content."""

from __future__ import annotations

import pytest

import claimx


def _contents(nlp, text: str) -> list[str]:
    return [c.text for c in claimx.extract(text, nlp=nlp)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a topic object or an intention ends before the aside on its last noun
        ("The minister praised the new harbour plan, which opens next year.", ["the new harbour plan"]),
        ("The mayor condemned the attack on the clinic, which left two nurses hurt.", ["the attack on the clinic"]),
        ("The union plans to block the merger, which would cut 400 jobs.", ["to block the merger"]),
        # an aside inside a reported clause, or after one, is kept
        ("The minister said the harbour, which opens next year, was too small.", ["the harbour, which opens next year, was too small"]),
        ("She said the ferry was late, which annoyed the passengers.", ["the ferry was late, which annoyed the passengers"]),
        # a restrictive "that" clause says which one is meant
        ("The governor endorsed the plan that would cut fares.", ["the plan that would cut fares"]),
        # an aside with a cue of its own stays inside: cut loose it would be a second claim
        ("The council discussed the bridge, which engineers criticized last year.", ["the bridge, which engineers criticized last year"]),
    ],
)
def test_content_asides_end_a_phrase_before_its_aside(nlp, text, expected):
    assert _contents(nlp, text) == expected
