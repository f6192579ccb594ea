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
        ("Senator Hal Brent backs Ms. Reyes in the primary.", "Ms. Reyes in the primary"),  # the phrase on the verb after the object is kept (PolNeAR: "endorsed X in the race")
        ("The farmers' league opposes Governor Tom Ashby.", "Governor Tom Ashby"),
        ("Ms. Orr despises Mayor Cal Pruitt.", "Mayor Cal Pruitt"),
        ("Ms. Vance admires the new harbour plan.", "the new harbour plan"),
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
        ("The harbour master noted the decline in ferry traffic.", "the decline in ferry traffic"),
        ("Ms. Kovac described the delays at the border crossing.", "the delays at the border crossing"),
        ("The union reiterated its demand for shorter shifts.", "its demand for shorter shifts"),
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


# ---------------------------------------------------------------- a stand stated with a copula and a topic


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        ("Mayor Ida Brandt has been critical of the harbour plan.", "Mayor Ida Brandt", "the harbour plan"),
        ("Senator Ames is a staunch opponent of the fuel tax.", "Senator Ames", "the fuel tax"),
        ("Ms. Kerr is a longtime supporter of the dockworkers' union.", "Ms. Kerr", "the dockworkers' union"),
    ],
)
def test_a_copula_stand_reports_its_topic(nlp, text, speaker, content):
    found = [(c.speaker.mention.text, c.text) for c in claimx.extract(text, nlp=nlp) if c.speaker and c.speaker.mention]
    assert (speaker, content) in found


@pytest.mark.parametrize(
    "text", ["The road is close to the river.", "Mr. Olsen was worried about the cost.", "The town is critical of the plan."]
)
def test_other_copula_topics_report_nothing(nlp, text):
    # a place is no holder of a view; "worried about" keeps its topic to itself
    assert _texts(nlp, text) == []


# ---------------------------------------------------------------- a light verb with a stance noun and its preposition


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The harbour board made no secret of its doubts about the ferry.", "its doubts about the ferry"),
        ("Dairy farmers have serious reservations about the water levy.", "the water levy"),
        ("Councillor Mbeki made the case for a tram line.", "a tram line"),
        ("Opposition lawmakers raised questions about the pension fund.", "the pension fund"),
        ("Ms. Lund made a strong condemnation of the shelling.", "the shelling"),
    ],
)
def test_a_light_verb_with_a_stance_noun_reports_its_topic(nlp, text, content):
    assert content in _texts(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Mr. Dale made a cake for his sister.",  # no stance noun
        "The bakery has a role in the festival.",  # a role is no stand
        "The budget has questions about funding.",  # a budget holds no view
        "Questions were raised about the fund.",  # passive: no holder in the clause
    ],
)
def test_a_light_verb_without_a_stance_noun_or_holder_reports_nothing(nlp, text):
    assert _texts(nlp, text) == []


# ---------------------------------------------------------------- a view of an object: "sees X as Y"


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Many farmers see the new levy as a windfall for the city.", "the new levy as a windfall for the city"),
        ("Ms. Okafor viewed the strike as a mistake.", "the strike as a mistake"),
    ],
)
def test_a_belief_verb_reports_its_object_with_its_as_label(nlp, text, content):
    assert content in _texts(nlp, text)


@pytest.mark.parametrize("text", ["She saw the film as a teenager.", "He first saw the lake as a boy.", "Mr. Dale saw the harbour from the hill."])
def test_a_belief_verb_without_a_view_reports_nothing(nlp, text):
    # "as a teenager" says what the subject was, not what the film is seen as
    assert _texts(nlp, text) == []

