"""Issue 16 (reported11) on made-up sentences: false alarms of the poll and pro-form rules."""

from __future__ import annotations

import claimx


def _claims(nlp, text: str) -> list[tuple[str | None, str]]:
    return [
        (c.speaker.mention.text if c.speaker and c.speaker.mention else None, c.text)
        for c in claimx.extract(text, nlp=nlp)
    ]


# ---------------------------------------------------------------- a title-case headline's object


def test_a_title_case_headline_shows_the_rest_of_its_line(nlp):
    text = "Popular Survey Shows Gap When It Comes To Rural Broadband.\n\nThe county council will meet on Tuesday."
    assert ("Popular Survey", "Gap When It Comes To Rural Broadband") in _claims(nlp, text)


def test_a_poll_in_a_body_sentence_keeps_the_parsed_object(nlp):
    text = "Fair Play In Dunmore\n\nPolls show a close contest in the county, with turnout low."
    assert ("Polls", "a close contest in the county") in _claims(nlp, text)


# ---------------------------------------------------------------- "than say the same" compares shares


def test_a_compared_share_saying_the_same_is_no_statement(nlp):
    text = "More voters trust the mayor than say the same about the council."
    assert _claims(nlp, text) == []


def test_a_compared_share_after_a_that_clause_is_no_statement(nlp):
    text = "Rural voters are more likely to say that the mayor represents their interests well than say the same about the council."
    assert "the same" not in [content for _, content in _claims(nlp, text)]


def test_saying_the_same_outside_a_comparison_still_counts(nlp):
    assert ("Several ministers", "the same thing") in _claims(nlp, "Several ministers have said the same thing.")


# ---------------------------------------------------------------- a collective of people can speak


def test_a_family_calls_on_someone_to_act(nlp):
    text = "The family has called on police to release the footage."
    assert ("The family", "police to release the footage") in _claims(nlp, text)


# ---------------------------------------------------------------- a headline label the story names


def test_a_headline_label_the_story_names_is_the_speaker(nlp):
    text = "Hale: Ortega Will Not Be at Debate, Mayor Was Mocking Rival Camp.\n\nOn Sunday, Senator Tom Hale spoke to reporters."
    assert ("Hale", "Ortega Will Not Be at Debate, Mayor Was Mocking Rival Camp") in _claims(nlp, text)


def test_a_headline_label_the_story_does_not_name_is_a_topic(nlp):
    text = "Harbour: Boats Return to Dunmore After the Storm.\n\nOn Sunday, the boats came back."
    assert _claims(nlp, text) == []


def test_the_papers_correction_note_is_no_claim(nlp):
    text = "The Ortega Correction Fund paid for the bridge, Mr Hale said.\n\nCorrection: October 2, 2016, Sunday."
    assert "October 2, 2016, Sunday" not in [content for _, content in _claims(nlp, text)]
