"""Pronoun shapes of round 10 (issue 14), on sentences written for these tests."""

from __future__ import annotations

import claimx


def _speakers(nlp, text: str) -> list[tuple[str, str, str]]:
    return [(c.speaker.mention.text, c.speaker.name, c.speaker.kind.value) for c in claimx.extract(text, nlp=nlp) if c.speaker and c.speaker.mention]


def test_a_name_in_what_he_says_is_not_he(nlp) -> None:
    # binding principle C: "he" c-commands "Briggs" in its own complement
    text = (
        'Tom Briggs voted against the bill in May.\n\n"We need people who read the bills," said Martin Oyelaran, '
        "head of the Voters League.\n\nBriggs is the model of a careful lawmaker, he said."
    )
    assert ("he", "Martin Oyelaran", "person") in _speakers(nlp, text)


def test_a_name_in_a_fronted_adverbial_stays_open(nlp) -> None:
    assert _speakers(nlp, "When Tom Briggs arrived in Leeds, he said the city had changed.") == [("he", "Tom Briggs", "person")]


def test_fronted_content_the_parse_reads_as_a_second_subject_is_still_content(nlp) -> None:
    text = (
        'Tom Briggs voted against the bill in May.\n\n"We need people who read the bills," said Martin Oyelaran, '
        "head of the Voters League.\n\nPeople like Briggs, he said."
    )
    assert ("he", "Martin Oyelaran", "person") in _speakers(nlp, text)


def test_the_appositive_name_of_a_subject_is_the_subject(nlp) -> None:
    text = "Jane Ross said the plan was sound. Her deputy, Ann Lowe, agreed.\n\nShe said the council would vote in June."
    assert ("She", "Ann Lowe", "person") in _speakers(nlp, text)


def test_a_role_description_after_no_person_topic_is_the_one_person_named_near(nlp) -> None:
    text = (
        "The debate commission says there was a problem with Mark Dale's microphone on Monday. "
        "There was no issue with the sound on television. The Green nominee complained about his mic the next morning."
    )
    assert ("The Green nominee", "Mark Dale", "person") in _speakers(nlp, text)
    # two people named: no way to tell which one is meant
    text = (
        "The debate commission says there was a problem with the microphones of Mark Dale and Peter Brant on Monday. "
        "There was no issue with the sound on television. The Green nominee complained about his mic the next morning."
    )
    assert ("The Green nominee", "Mark Dale", "person") not in _speakers(nlp, text)


def test_an_unresolved_pronoun_is_no_antecedent_for_the_other_gender(nlp) -> None:
    # "he" finds no person before it and stays "he"; a later "she" must not take on that "he"
    text = 'The report was sound, the panel found. "We do need a consistent approach," he added. "It will fail," she said.'
    found = _speakers(nlp, text)
    assert ("she", "he", "anonymous") not in found
    assert all(name != "he" for mention, name, _ in found if mention == "she")
