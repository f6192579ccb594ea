"""Shapes of speaker round 12 (issue 14), on sentences written for these tests."""

from __future__ import annotations

import claimx


def _speakers(nlp, text: str) -> list[tuple[str, str, str]]:
    return [(c.speaker.mention.text, c.speaker.name, c.speaker.kind.value) for c in claimx.extract(text, nlp=nlp) if c.speaker and c.speaker.mention]


def test_a_title_the_model_took_into_the_name_is_no_name_word(nlp) -> None:
    text = 'Mayor Jonas Whitcombe set out the budget on Monday. Later, Assemblywoman Dora Petty said the budget cut too deep. "This hurts families," Petty said.'
    names = {name for _, name, _ in _speakers(nlp, text)}
    assert "Dora Petty" in names and not any("Assemblywoman" in n for n in names)


def test_a_courtesy_title_then_a_judge_title_leaves_the_surname(nlp) -> None:
    text = 'Mrs Justice Carrow said the evidence was thin. "There is no case to answer on count two," Mrs Justice Carrow said.'
    assert {name for _, name, _ in _speakers(nlp, text)} == {"Carrow"}


def test_a_recorder_is_a_judge_title_and_joins_the_full_name(nlp) -> None:
    text = (
        "Recorder Anne Lyle jailed Martin Oakes for four years at Truro Crown Court on Friday.\n\n"
        'Recorder Lyle said Oakes had shown no remorse. "You preyed on the elderly," she told him.'
    )
    assert {name for _, name, _ in _speakers(nlp, text)} == {"Anne Lyle"}


def test_a_plural_description_with_a_list_of_names_is_those_people(nlp) -> None:
    text = "Two ferry pilots, Ann Brisk and Tom Vale, said the crossing was unsafe."
    assert ("Two ferry pilots", "Ann Brisk and Tom Vale", "group") in _speakers(nlp, text)


def test_a_name_owning_a_plural_description_is_not_its_name(nlp) -> None:
    text = "Ida Moor lost the vote on Monday. Ida Moor's associates said she would stand again."
    assert ("Ida Moor's associates", "Ida Moor's associates", "group") in _speakers(nlp, text)


def test_a_place_inside_a_plural_description_is_not_its_name(nlp) -> None:
    text = "Ida Moor lost the vote on Monday.\n\nMoor's biggest backers in Kent said she would stand again."
    assert [(n, k) for m, n, k in _speakers(nlp, text) if "backers" in m] == [("Moor's biggest backers in Kent", "group")]


def test_a_surname_tagged_as_a_body_after_ms_is_that_person(nlp) -> None:
    text = (
        'A young man asked Ms. Whitlow about the closures. "Why should we trust you?" the man said.\n\n'
        'Whitlow replied that the figures would be published. "You will see every number," she said.'
    )
    found = _speakers(nlp, text)
    assert ("Whitlow", "Whitlow", "person") in found and ("she", "Whitlow", "person") in found


def test_he_is_not_a_spokeswoman_who_spoke_just_before(nlp) -> None:
    text = 'A spokeswoman for the council said the road would close. "It is unsafe," he said.'
    assert [name for mention, name, _ in _speakers(nlp, text) if mention == "he"] != ["a spokeswoman for the council"]


def test_the_woman_after_a_young_woman_is_not_the_person_she_asked(nlp) -> None:
    text = (
        "At a town hall in Leeds, a young woman asked Greta Lind about the closures.\n\n"
        '"You say every number is public," the woman said. "Should we believe you?"'
    )
    assert ("the woman", "the woman", "anonymous") in _speakers(nlp, text)


def test_who_after_a_time_adverbial_is_the_name_before_it(nlp) -> None:
    text = "Gay Republicans in Kent are also keen to re-elect Sen. Ann Lee this year, who endorsed the bridge after a long fight."
    assert ("who", "Ann Lee", "person") in _speakers(nlp, text)


def test_the_senator_after_a_named_person_became_a_senator_is_that_person(nlp) -> None:
    text = "Jane Doe became a senator in 2010 after a long career in law.\n\nThe senator said the bill would pass."
    assert ("The senator", "Jane Doe", "person") in _speakers(nlp, text)
