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


def test_a_company_named_far_later_with_the_noun_is_not_the_articles_paper(nlp) -> None:
    filler = " ".join(f"Factory {w} shut in year {n}." for n, w in enumerate(["one", "two", "three", "four", "five", "six", "seven"], start=2001))
    text = (
        "Three economists published a paper on factory towns. "
        "The new paper said the job losses were steep. " + filler + " In 2014, the giant Holloway Paper mill in Dunmore closed, costing 900 jobs."
    )
    assert ("The new paper", "the new paper", "organization") in _speakers(nlp, text)


def test_a_council_named_just_after_its_first_mention_is_still_taken_up(nlp) -> None:
    text = (
        "The library may close as the county council tries to save money. Northshire County Council has faced cuts. "
        "Friends of Eastgate Library said the building was loved. The council said no decision had been made."
    )
    assert ("The council", "Northshire County Council", "organization") in _speakers(nlp, text)


def test_they_after_a_persons_aides_and_others_is_those_people(nlp) -> None:
    text = (
        "The Harlan Group released its figures on Monday. Mayor Dora Quill met her aides and residents at the hall. "
        "Her aides and the residents cheered the plan. They said the plan would work."
    )
    assert ("They", "aides", "group") in _speakers(nlp, text)


def test_they_after_people_named_beside_in_the_last_sentence_is_those_people(nlp) -> None:
    text = (
        "The Harlan Group released its figures on Monday. To Dora Quill, her aides and those in attendance, "
        "the delay means nothing. Their leverage, they believe, is intact."
    )
    assert {(name, kind) for m, name, kind in _speakers(nlp, text) if m == "they"} == {("aides", "group")}


def test_body_officials_still_leave_they_to_the_body(nlp) -> None:
    text = "Brantley Corp. cut its forecast. Brantley officials met analysts on Friday. They said demand had slowed."
    assert _speakers(nlp, text)[0][2] in ("organization", "group")


def test_it_after_a_persons_campaign_as_subject_is_that_campaign(nlp) -> None:
    text = "Acme Bank lent the city $5 million. Tom Reed's campaign called the loan unfair. It said the city would pay more."
    assert ("It", "Tom Reed campaign", "organization") in _speakers(nlp, text)


def test_it_after_a_body_as_subject_is_still_the_body(nlp) -> None:
    text = "Tom Reed met the mayor on Monday. Acme Bank called the loan fair. It said the city would pay less."
    assert ("It", "Acme Bank", "organization") in _speakers(nlp, text)


def test_dean_as_a_given_name_is_no_title(nlp) -> None:
    text = "Dean Farrow said the story was sound."
    speaker = claimx.extract(text, nlp=nlp)[0].speaker
    assert speaker.name == "Dean Farrow" and speaker.title is None
