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


# ---------------------------------------------------------------- protest and advocacy verbs with their own preposition


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The mayor balked at the new parking fee.", "the new parking fee"),
        ("Farmers objected to the water levy.", "the water levy"),
        ("Senator Ames has railed against the fuel tax for years.", "the fuel tax"),
        ("The coach apologized for his remarks.", "his remarks"),
    ],
)
def test_a_protest_verb_reports_the_object_of_its_preposition(nlp, text, content):
    assert content in _texts(nlp, text)


@pytest.mark.parametrize(
    "text", ["Mr. Dale pushed the cart into the shed.", "The crowd rallied in the square on Sunday.", "Ms. Kerr objected."]
)
def test_a_protest_verb_without_its_preposition_reports_nothing(nlp, text):
    assert _texts(nlp, text) == []
