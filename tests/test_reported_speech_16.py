"""Issue 16 (reported16) on made-up sentences: a reported content stops where a second clause
that is not part of it begins (``attribution.edges``: ``second_source``, ``finite_conjunct``)."""

from __future__ import annotations

import pytest

import claimx
from claimx.extraction.attribution.edges import EDGE_RULES


def _claims(nlp, text: str) -> list[tuple[str | None, str]]:
    return [(c.speaker.mention.text if c.speaker and c.speaker.mention else None, c.text) for c in claimx.extract(text, nlp=nlp)]


def test_edges_name_both_rules():
    assert "second_source" in EDGE_RULES and "finite_conjunct" in EDGE_RULES


# ---------------------------------------------------------------- "A said X, while B said Y"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Several parents said the new teacher had done a fine job, while other parents said they had not seen any change in their children.",
            [("Several parents", "the new teacher had done a fine job"), ("other parents", "they had not seen any change in their children")],
        ),
        (
            "Half of the residents said the park is safe, and a third said the same of the station.",
            [("Half of the residents", "the park is safe"), ("a third", "the same of the station")],
        ),
    ],
)
def test_second_source_ends_the_first_content(nlp, text, expected):
    assert _claims(nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a condition inside what was said stays in it
        "The coach said that if the players say no, the trip will be cancelled.",
        # a passive verb has no second source: the clause is still what was said
        "The clerk said the form was filed on time and the fee was mentioned in the letter.",
    ],
)
def test_second_source_leaves_a_single_statement_whole(nlp, text):
    claims = claimx.extract(text, nlp=nlp)
    assert len(claims) == 1


def test_second_source_keeps_the_answers_of_a_poll_together(nlp):
    """Under a source phrase ("In a survey, ...") the two answers are one content."""
    text = "In a survey last spring, 40 percent of tenants said the rent was too high, while 55 percent said it was fair."
    contents = [c.text for c in claimx.extract(text, nlp=nlp) if c.cue and c.cue.text == "In"]
    assert all("55 percent said" in content for content in contents)


# ---------------------------------------------------------------- "called on X to V and proposed Y"


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("The senator called on the city to repair the bridge and proposed a new bus line for the district.", "the city to repair the bridge"),
        ("The council members both suggested the clerk be replaced and defended the mayor as a leader.", "the clerk be replaced"),
    ],
)
def test_finite_conjunct_of_a_bare_verb_ends_the_content(nlp, text, first):
    assert claimx.extract(text, nlp=nlp)[0].text == first


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # bare conjuncts go on
        ("The minister urged farmers to cut costs and raise prices before the winter.", "farmers to cut costs and raise prices before the winter"),
        # "put" has one form for the past and the bare verb
        ("The coach hopes the team will win the cup and put the club back on the map.", "the team will win the cup and put the club back on the map"),
        # do-support: the conjunct is finite on its own
        ("She says she does not own a car and is not planning to buy one.", "she does not own a car and is not planning to buy one"),
    ],
)
def test_finite_conjunct_leaves_a_continued_content_whole(nlp, text, content):
    assert claimx.extract(text, nlp=nlp)[0].text == content


# ---------------------------------------------------------------- "..., according to X." before a paragraph break


@pytest.mark.parametrize("ending", ["", "\n", "\n\nThe next paragraph starts here."])
def test_a_trailing_according_to_takes_the_clause_before_a_paragraph_break(nlp, ending):
    text = "Snow fell all week. The mayor told her that the plan was not that simple, according to an account she gave to The Daily Courier." + ending
    claims = [c for c in claimx.extract(text, nlp=nlp) if c.cue and c.cue.text == "according to"]
    assert [c.text for c in claims] == ["The mayor told her that the plan was not that simple"]


def test_a_trailing_according_to_starts_after_the_writers_colon(nlp):
    text = "The levy has not driven banks away: London is still the main hub for trading, according to an index of financial centres."
    assert [c.text for c in claimx.extract(text, nlp=nlp)] == ["London is still the main hub for trading"]


def test_a_colon_before_a_list_is_no_clause_break(nlp):
    text = "The mayor gave three reasons: cost, time and noise, according to the minutes."
    assert [c.text for c in claimx.extract(text, nlp=nlp)] == ["The mayor gave three reasons: cost, time and noise"]
