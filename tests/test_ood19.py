"""Round ood19 (issue 14) on made-up wire and BBC-style sentences: a name set after a role and
its "for" phrase, a gendered role as the antecedent of "he"/"she", and a description of another
body in the same field as a body just named."""

from __future__ import annotations

import pytest

import claimx


def _speakers(nlp, text: str) -> list[str]:
    return [c.speaker.name if c.speaker else None for c in claimx.extract(text, nlp=nlp)]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # the parser hangs the name on the phrase's body noun ("broadcaster"): it names the role's holder
        ("A spokeswoman for the broadcaster, Carla Munro, said the programme would be edited.", "Carla Munro"),
        ("A lawyer for the company, Tomas Bell, said the claim would be contested.", "Tomas Bell"),
        # a name beside the body itself stays the body's
        ("The broadcaster's owner, Brightvale Media, said the programme would be edited.", "Brightvale Media"),
    ],
)
def test_name_after_role_and_its_phrase_is_the_role_holder(nlp, text, speaker):
    assert _speakers(nlp, text) == [speaker]


def test_gendered_role_is_the_antecedent_of_he(nlp):
    text = ("Councillor Ben Hoskins said the mayor had hidden the deficit.\n\n"
            "A spokesman for the mayor said the accusation was baseless. "
            '"Every figure has been published," he said.')
    assert _speakers(nlp, text) == ["Ben Hoskins", "a spokesman for the mayor", "a spokesman for the mayor"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # "the water union" is a union in the water trade, not the board just named
        ("The Northern Water Board said prices rose.\n\nThe water union said the figures were wrong.", "the water union"),
        # the description's own noun ends the body's name, or its modifier does: that body
        ("The Northern Water Board said prices rose.\n\nThe water board said the figures were wrong.", "Northern Water Board"),
        ("Westmoor Police said two men were held.\n\nThe police force said the men were released.", "Westmoor Police"),
    ],
)
def test_description_of_another_body_in_the_field(nlp, text, speaker):
    assert _speakers(nlp, text)[-1] == speaker


def test_role_named_again_next_is_not_the_named_subject(nlp):
    """The next paragraph's subject acts on "the adviser": the adviser is someone else."""
    text = ("A former adviser told the committee on Thursday that he never pressured officials.\n\n"
            "Senator Ruth Calder accused the adviser of misleading the committee.")
    assert _speakers(nlp, text)[0] == "a former adviser"


def test_role_then_name_in_next_paragraph_is_kept(nlp):
    text = ("A spokeswoman for the party says the vote is set for May.\n\n"
            "Party spokeswoman Ann Lee told reporters the date was fixed.")
    assert _speakers(nlp, text) == ["Ann Lee", "Ann Lee"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('The councillor said the treasurer had been "economical with the truth" about the loans.', claimx.Stance.ALLEGATION),
        ("The councillor said the new bus was economical with fuel.", claimx.Stance.ASSERTION),
    ],
)
def test_economical_with_the_truth_accuses(nlp, text, expected):
    assert [c.stance for c in claimx.extract(text, nlp=nlp)] == [expected]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # the parser hangs "the lawyer" inside the quotation's clause: the cue is left with no subject
        ('\u201cAcme has not paid a single official,\u201d the lawyer, Simon Achebe, said.', "Simon Achebe"),
        ('"Brightmoor has not paid a single official," the lawyer, Simon Achebe, said.', "Simon Achebe"),
        # a plain trailing subject is read as before
        ("The firm grew last year, the lawyer said.", "the lawyer"),
    ],
)
def test_trailing_subject_with_appositive_name(nlp, text, speaker):
    assert _speakers(nlp, text) == [speaker]
