"""claimx.extraction.stance — counter-claims, disbelief and record formulas (issue 15, stance12).

Sentences written for these tests (made-up names and places, not taken from any corpus), read
with ``classify_text`` (the rules alone on strings).
"""

from __future__ import annotations

import pytest

from claimx import Stance
from claimx.extraction.stance import classify_text


@pytest.mark.parametrize(
    ("content", "cue", "expected"),
    [
        # "wrong" / "mistaken" said of a claim: the claim rejected
        ("The report is wrong", "said", Stance.DENIAL),
        ("those figures from the Tarrow survey are simply wrong", "said", Stance.DENIAL),
        ("the claims in the lawsuit are mistaken", "said", Stance.DENIAL),
        # ... said of an act, a person or an extraposed clause: no claim rejected
        ("What the board did was wrong", "said", Stance.ASSERTION),
        ("It is wrong to close the Elmfield library", "said", Stance.ASSERTION),
        ("The governor is wrong about the budget", "said", Stance.ASSERTION),
        ("He was mistaken", "said", Stance.ASSERTION),
    ],
)
def test_stance_claim_called_wrong(nlp, content, cue, expected):
    assert classify_text(content, cue, nlp=nlp).stance == expected


@pytest.mark.parametrize(
    ("content", "cue", "expected"),
    [
        # the source's present disbelief of a stated fact: a rejection
        ("I don't believe he took the money", "said", Stance.DENIAL),
        ("I do not think the treasurer leaked the memo", "said", Stance.DENIAL),
        ("he does not believe there is any connection between the two fires", "said", Stance.DENIAL),
        ("I don't believe our plans are very different", "said", Stance.DENIAL),
        # doubt about a prospect, a past belief, an opinion, others' disbelief: no denial
        ("I don't think that's going to work", "said", Stance.HEDGE),
        ("I don't believe she can win the primary", "said", Stance.HEDGE),
        ("We don't believe the rebels are in such numbers that they would take the port", "said", Stance.HEDGE),
        ("I did not think that was part of the job", "said", Stance.HEDGE),
        ("I don't think the council should raise taxes", "said", Stance.ASSERTION),
        ("Most voters do not believe the mayor told the truth", "said", Stance.HEDGE),
        ("If you don't believe he did it, vote for him", "said", Stance.ASSERTION),
    ],
)
def test_stance_disbelief(nlp, content, cue, expected):
    assert classify_text(content, cue, nlp=nlp).stance == expected


@pytest.mark.parametrize(
    ("content", "cue", "expected"),
    [
        # "at no time in its history": a record, no claim answered
        ("At no time in its history has the Hartwell club been relegated", "said", Stance.ASSERTION),
        ("at no point in living memory has the river frozen over", "said", Stance.ASSERTION),
        # the emphatic negation of an act still denies it
        ("At no time did we share customer data with the agency", "said", Stance.DENIAL),
        ("At no point in the talks did the minister raise the issue", "said", Stance.DENIAL),
    ],
)
def test_stance_record_formula(nlp, content, cue, expected):
    assert classify_text(content, cue, nlp=nlp).stance == expected


@pytest.mark.parametrize(
    ("content", "cue", "expected"),
    [
        # a wrongful act negated of a definite party under a plain speech cue: the source's defence
        ("The committee did not discriminate against any applicant", "said", Stance.DENIAL),
        ("Mr. Hale never lied to investigators", "said", Stance.DENIAL),
        ("The company did not cheat its customers", "a spokeswoman said", Stance.DENIAL),
        # a finding, a vague party or a negated cue: no denial
        ("the senator did not cheat the voters", "the inquiry found", Stance.ASSERTION),
        ("officials did not lie about the figures", "said", Stance.ASSERTION),
        ("the committee did not discriminate against anyone", "did not say", Stance.ASSERTION),
    ],
)
def test_stance_party_defended(nlp, content, cue, expected):
    assert classify_text(content, cue, nlp=nlp).stance == expected


@pytest.mark.parametrize(
    ("content", "cue", "expected"),
    [
        # an act one is charged with, denied of one's own past: a denial
        ("We did not leak the Harrow documents", "said", Stance.DENIAL),
        ("I never authorized the payments", "said", Stance.DENIAL),
        ("“We have not shared any customer data,”", "said", Stance.DENIAL),
        # a plan not to, or someone else's act in a quote: no denial
        ("We will not share customer data", "said", Stance.ASSERTION),
        ("“He never ordered the strike,”", "said", Stance.ASSERTION),
    ],
)
def test_stance_own_act_denied(nlp, content, cue, expected):
    assert classify_text(content, cue, nlp=nlp).stance == expected


@pytest.mark.parametrize(
    ("content", "cue", "expected"),
    [
        # an armed act a party launched, conducted or staged: laid on that party
        ("the army launched a missile strike on the Vessa hospital", "said", Stance.ALLEGATION),
        ("the drone strike on the market was conducted by the navy", "said", Stance.ALLEGATION),
        ("the militia carried out the attack on the convoy", "said", Stance.ALLEGATION),
        # the same verbs with no act of violence, or an agentless strike: no one accused
        ("the army launched a recruitment drive", "said", Stance.ASSERTION),
        ("the survey was conducted by the university", "said", Stance.ASSERTION),
        ("a missile strike hit the depot overnight", "said", Stance.ASSERTION),
    ],
)
def test_stance_armed_act_laid_on_party(nlp, content, cue, expected):
    assert classify_text(content, cue, nlp=nlp).stance == expected


@pytest.mark.parametrize(
    ("content", "cue", "expected"),
    [
        # an insinuation denying a party an act or a capacity it owes: blame
        ("that the judge could not be impartial because of her background", "a suggestion", Stance.ALLEGATION),
        ("that the Orrin agency did not heed the flood warnings", "the suggestion", Stance.ALLEGATION),
        # a positive clause, a thing, the speaker's side or a wish: the hedge cue decides
        ("that she was leaving the party", "the suggestion", Stance.HEDGE),
        ("that the deal would not pass", "the suggestion", Stance.HEDGE),
        ("that we did not consult residents", "the suggestion", Stance.HEDGE),
        ("that he did not want to run", "the suggestion", Stance.HEDGE),
        # rejected, it is a denial (denial first)
        ("that the judge could not be impartial", "rejected the suggestion", Stance.DENIAL),
    ],
)
def test_stance_insinuation(nlp, content, cue, expected):
    assert classify_text(content, cue, nlp=nlp).stance == expected


@pytest.mark.parametrize(
    ("content", "cue", "expected"),
    [
        # "assert", "contend": a point maintained; with the source's own negated past act, a denial
        ("that he had never met the Corvel lobbyist", "continued to assert", Stance.DENIAL),
        ("that she did not know about the transfers", "contended", Stance.DENIAL),
        # ... an assessment of something else, or a plan, is no denial
        ("that the reforms were not complete", "asserted", Stance.ASSERTION),
        ("that he would not run again", "asserted", Stance.ASSERTION),
    ],
)
def test_stance_asserted_negation(nlp, content, cue, expected):
    assert classify_text(content, cue, nlp=nlp).stance == expected
