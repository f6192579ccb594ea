"""Shapes of speaker round speakers17 (issue 14), on sentences written for these tests."""

from __future__ import annotations

import claimx


def _speakers(nlp, text: str) -> list[tuple[str, str, str]]:
    return [(c.speaker.mention.text, c.speaker.name, c.speaker.kind.value) for c in claimx.extract(text, nlp=nlp) if c.speaker and c.speaker.mention]


def test_speakers_a_name_in_a_fronted_participle_is_not_its_subject_pronoun(nlp) -> None:
    text = (
        "Novelist Dana Crill, 64, is unhappy with the festival.\n\n"
        "Asked about her vote in the event that Lena Ross wins, she replied: \"I don't know.\"\n\n"
        "\"Really,\" she added."
    )
    assert [n for m, n, _ in _speakers(nlp, text) if m == "she"] == ["Dana Crill", "Dana Crill"]


def test_speakers_a_name_after_pressed_on_is_not_the_pronoun(nlp) -> None:
    text = "Mayor Tom Brack met the council.\n\nPressed on the deal with Ed Vance, he said it was fair."
    assert [n for m, n, _ in _speakers(nlp, text) if m == "he"] == ["Tom Brack"]


def test_speakers_a_fronted_clause_with_its_own_subject_stays_open(nlp) -> None:
    text = "Mayor Tom Brack met the council.\n\nWhen Ed Vance arrived, he said the plan was sound."
    assert [n for m, n, _ in _speakers(nlp, text) if m == "he"] == ["Ed Vance"]


def test_speakers_the_owner_of_a_campaign_subject_carries_on_as_he(nlp) -> None:
    text = (
        "\"We will win the primary,\" said Senator Tom Morn, a supporter of the governor.\n\n"
        "Mr. Pell's campaign vowed on Tuesday to stay in the race. As results came in, he gave a speech in Ohio, "
        "predicting he would win the state."
    )
    assert [n for m, n, _ in _speakers(nlp, text) if m == "he"] == ["Pell"]


def test_speakers_an_attendee_is_an_unnamed_person(nlp) -> None:
    text = "The minister left the dinner early and said little, according to an attendee."
    assert [(m, k) for m, _, k in _speakers(nlp, text)] == [("an attendee", "anonymous")]


def test_speakers_the_country_is_the_country_not_the_body_just_named(nlp) -> None:
    text = "Norway has sent members of Congress a paper on its fishing rules.\n\nThe country said the paper would end the dispute."
    assert [(n, k) for m, n, k in _speakers(nlp, text) if m == "The country"] == [("Norway", "organization")]


def test_speakers_the_country_with_no_place_named_stays_unnamed(nlp) -> None:
    text = "The Acme Corporation sent members of Congress a paper on its fishing rules.\n\nThe country said the paper would end the dispute."
    assert [n for m, n, _ in _speakers(nlp, text) if m == "The country"] == ["the country"]
