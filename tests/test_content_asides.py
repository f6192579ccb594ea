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


# ---------------------------------------------------------------- claims nobody made


@pytest.mark.parametrize(
    "text",
    [
        "The library has leaflets for anyone wanting to start a business.",
        "Someone claiming to be a plumber knocked on the door.",
        "Everyone hoping to vote early should bring an ID card.",
    ],
)
def test_content_asides_a_participle_on_a_vague_pronoun_reports_nothing(nlp, text):
    assert _contents(nlp, text) == []


def test_content_asides_a_plural_group_with_a_participle_still_speaks(nlp):
    assert _contents(nlp, "People saying the vote was rigged gathered outside.") == ["the vote was rigged"]


def test_content_asides_a_negated_agentless_accusation_reports_nothing(nlp):
    assert _contents(nlp, "The driver has not been charged with any offence.") == []
    assert _contents(nlp, "The driver was charged with dangerous driving.") != []
