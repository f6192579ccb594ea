"""Shapes of speaker round 13 (issue 14), on sentences written for these tests."""

from __future__ import annotations

import claimx


def _speakers(nlp, text: str) -> list[tuple[str, str, str]]:
    return [(c.speaker.mention.text, c.speaker.name, c.speaker.kind.value) for c in claimx.extract(text, nlp=nlp) if c.speaker and c.speaker.mention]


def test_a_university_is_no_company_of_unknown_sort(nlp) -> None:
    text = "Brenford Petroleum posted a loss on Tuesday. Shares fell four percent. The university said the findings on coastal erosion were preliminary."
    assert ("The university", "the university", "organization") in _speakers(nlp, text)


def test_a_university_named_as_one_is_still_taken_up(nlp) -> None:
    text = "Crestmoor University published the survey on Monday. The university said the findings were preliminary."
    assert ("The university", "Crestmoor University", "organization") in _speakers(nlp, text)


def test_an_er_noun_that_speaks_is_a_person(nlp) -> None:
    text = "The real estate developer said the tower would open next spring."
    assert _speakers(nlp, text) == [("The real estate developer", "the real estate developer", "anonymous")]


def test_a_thing_er_noun_that_speaks_is_a_document(nlp) -> None:
    text = "The computer said the account was locked."
    assert _speakers(nlp, text) == [("The computer", "the computer", "document")]


def test_a_dean_is_a_person(nlp) -> None:
    text = "The dean of the law school said the admissions process was fair."
    assert _speakers(nlp, text)[0][2] == "anonymous"
