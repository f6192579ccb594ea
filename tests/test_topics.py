"""Topic attributions (issue 16): a stand taken on a thing or a person, on made-up sentences."""

from __future__ import annotations

import pytest

import claimx


def _texts(nlp, text: str) -> list[str]:
    return [c.text for c in claimx.extract(text, nlp=nlp)]


# ---------------------------------------------------------------- backing: a person object is the stand's topic


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The dockworkers' union endorsed Maria Lopez on Tuesday.", "Maria Lopez"),
        ("Senator Hal Brent backs Ms. Reyes in the primary.", "Ms. Reyes"),
        ("The farmers' league opposes Governor Tom Ashby.", "Governor Tom Ashby"),
    ],
)
def test_support_or_opposition_reports_a_person_object(nlp, text, content):
    assert content in _texts(nlp, text)


def test_other_position_verbs_leave_a_person_object_out(nlp):
    # "cited Dr. Lee" names a source, not a stand on Dr. Lee
    assert _texts(nlp, "The governor cited Dr. Anna Lee in her speech.") == []


# ---------------------------------------------------------------- speech verbs whose object is the topic spoken of


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Mayor Ida Brandt discussed the harbour budget at length.", "the harbour budget"),
        ("The minister outlined her housing plan on Monday.", "her housing plan"),
        ("Mr. Olsen stressed the need for cleaner buses.", "the need for cleaner buses"),
        ("Council members have long debated the cost of the new bridge.", "the cost of the new bridge"),
    ],
)
def test_a_topic_speech_verb_reports_its_object(nlp, text, content):
    assert content in _texts(nlp, text)
