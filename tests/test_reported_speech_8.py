"""Issue 16 (reported8) on made-up sentences: cue nouns held by the verb's subject, an age misparsed as an adjective, "as X, including Y, said"."""

from __future__ import annotations

import pytest

import claimx


def _noun_claims(nlp, text: str) -> list[tuple[str, str | None, str]]:
    return [
        (c.cue.text, c.speaker.mention.text if c.speaker and c.speaker.mention else None, c.text)
        for c in claimx.extract(text, nlp=nlp)
        if c.rule == "attribution.noun_cues"
    ]


@pytest.mark.parametrize(
    ("text", "cue", "speaker", "content"),
    [
        (
            "The teachers persisted in arguments that the school board had broken the contract.",
            "arguments",
            "The teachers",
            "that the school board had broken the contract",
        ),
        (
            "The mayor made a tacit acknowledgment that the tram line would open late.",
            "acknowledgment",
            "The mayor",
            "that the tram line would open late",
        ),
        (
            "The nurses' union raised a concern that the new rota would leave wards short.",
            "concern",
            "The nurses' union",
            "that the new rota would leave wards short",
        ),
    ],
)
def test_the_verbs_subject_holds_the_cue_noun(nlp, text, cue, speaker, content):
    assert (cue, speaker, content) in _noun_claims(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        # a thing that cannot hold a view is no holder, and there is no other owner
        "The flood forced a recognition that the old levees were too low.",
        # a circumstance, not a holder: "amid" joins no owner
        "The ministers met amid concern that the talks would fail.",
    ],
)
def test_no_holder_no_noun_claim(nlp, text):
    assert _noun_claims(nlp, text) == []


# ---------------------------------------------------------------- an age misparsed as the verb's adjective


def test_an_age_before_a_cue_verb_is_its_subject(nlp):
    """BBC/Reuters style: the parser hangs "45-year-old" on "added" as ``amod``, leaving no subject."""
    claims = claimx.extract("Ms Orlova, 45, was arrested on Tuesday. The 45-year-old added that she had done nothing wrong.", nlp=nlp)
    found = [(c.text, c.speaker.mention.text if c.speaker and c.speaker.mention else None) for c in claims]
    assert ("that she had done nothing wrong", "45-year-old") in found


# ---------------------------------------------------------------- "as X, including Y, pointed out,"


def test_as_clause_with_an_aside_in_its_subject(nlp):
    """The comma closing "as X pointed out," comes after the cue; one inside the subject is an aside."""
    claims = claimx.extract("As several economists, including Ms. Berg, have pointed out, the council is free to borrow even in a recession.", nlp=nlp)
    assert [(c.text, c.cue.text if c.cue else None) for c in claims] == [("the council is free to borrow even in a recession", "pointed out")]



# ---------------------------------------------------------------- "was quoted as saying"


def _speakers(nlp, text: str) -> dict[str, str | None]:
    return {c.cue.text: (c.speaker.mention.text if c.speaker and c.speaker.mention else None) for c in claimx.extract(text, nlp=nlp) if c.cue}


def test_quoted_as_saying_takes_the_passive_subject(nlp):
    speakers = _speakers(nlp, "Mr Petrov was quoted as saying that the pipeline would be finished by spring.")
    assert speakers["saying"] == "Mr Petrov"


# ---------------------------------------------------------------- an aside between dashes inside the content


def test_a_dash_aside_inside_an_infinitive_keeps_what_follows(nlp):
    """The parse hangs the aside and "from entering ..." on the cue; the content is the whole infinitive."""
    claims = claimx.extract("The senator has repeatedly pledged to bar all lorries — some 4,000 vehicles a day — from entering the old town.", nlp=nlp)
    assert [c.text for c in claims] == ["to bar all lorries — some 4,000 vehicles a day — from entering the old town"]


def test_a_single_dash_adds_nothing(nlp):
    claims = claimx.extract("The senator has pledged to bar all lorries — a plan the traders oppose.", nlp=nlp)
    assert all("traders" not in c.text for c in claims if c.cue and c.cue.text == "pledged")
