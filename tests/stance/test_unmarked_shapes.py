"""claimx.extraction.stance — stances that no accusation, denial or hedge verb marks (issue 15's miss shapes).

Sentences written for these tests (made-up names and places, not taken from any corpus), read
with ``classify_text`` (the rules alone on strings).
"""

from __future__ import annotations

import pytest

import claimx
from claimx import Stance
from claimx.extraction.stance import classify_text


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        # a moral-vice label without an accusation verb; its literal or neutral uses accuse no one
        ("Dorin is the devil", Stance.ALLEGATION),
        ("the Brantley campaign is a puppet of the coal lobby", Stance.ALLEGATION),
        ("the Velmor council speaks evil of its neighbours", Stance.ALLEGATION),
        ("Mayor Quill is a fascist", Stance.ALLEGATION),
        # a wrongful manner the subject shows ("exercise" takes its subject's own act)
        ("she exercised extreme carelessness with the files", Stance.ALLEGATION),
        # a party said by the source not to be trusted; others' distrust, or of figures, is reported
        ("Minister Harlow could not be trusted to run the inquiry", Stance.ALLEGATION),
        ("I never really trusted her", Stance.ALLEGATION),
        ("voters do not trust Harlow", Stance.ASSERTION),
        ("we did not trust the figures", Stance.ASSERTION),
        ("Harlow can be trusted", Stance.ASSERTION),
        # "rely on" is the same distrust; "unfit" of a party a vice label, of a thing no accusation
        ("the Ostrel regulator could never be relied on to act", Stance.ALLEGATION),
        ("the survey figures cannot be relied upon", Stance.ASSERTION),
        ("Mayor Quill is unfit to lead the inquiry", Stance.ALLEGATION),
        ("the well water is unfit to drink", Stance.ASSERTION),
        # an act condemned as unjustified: blame on whoever did it
        ("the raid on the Tessaly newspaper was uncalled for", Stance.ALLEGATION),
        ("Karvonia's air strikes were unprovoked", Stance.ALLEGATION),
        # violence laid on a named agent by a frame of responsibility, or done by one
        ("Karvonia was behind the missile strike on the port of Ostrel", Stance.ALLEGATION),
        ("the missile strike on Ostrel was carried out by Karvonia", Stance.ALLEGATION),
        ("the rebels are responsible for the killings in Marsa", Stance.ALLEGATION),
        ("Commissioner Pell played a key role in the bombing of the depot", Stance.ALLEGATION),
        # an act labelled as aggression: whoever did it is accused
        ("the attack on the ministry's servers was cyber-aggression", Stance.ALLEGATION),
        ("It was an act of cyber-aggression", Stance.ALLEGATION),
        # figures said of no party, a judgement of an act not done, a condition: no one accused
        ("the devil is in the details", Stance.ASSERTION),
        ("The villain is excess carbon dioxide", Stance.ASSERTION),
        ("it would be improper for him to speak on the video", Stance.ASSERTION),
        ("It is illegal to sell the pills", Stance.ASSERTION),
        ("it was unethical that they kept the files", Stance.ALLEGATION),
        # violence with no agent named, or a role in something blameless: no one accused
        ("A drone strike hit the convoy near Pellam", Stance.ASSERTION),
        ("Commissioner Pell played a key role in the peace talks", Stance.ASSERTION),
        # a wrongdoing phrase under "no" is said of no one
        ("There was no cover-up", Stance.ASSERTION),
        ("Commissioner Pell played no role in the cover-up", Stance.ASSERTION),
        ("Pell ran a cover-up", Stance.ALLEGATION),
        ("the shelling continued overnight", Stance.ASSERTION),
        ("the missile strike on Ostrel killed 12 people", Stance.ASSERTION),
    ],
)
def test_stance_unmarked_allegations(nlp, content, expected):
    assert classify_text(content, "said", nlp=nlp).stance == expected


def test_stance_responsibility_frame_names_the_accused(nlp):
    decision = classify_text("Karvonia was behind the missile strike on the port of Ostrel", "said", nlp=nlp)
    assert decision.target is not None and decision.target.text == "Karvonia"


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        # a prospect someone raised, rejected outright
        ("That just won't happen", Stance.DENIAL),
        ("That's not going to happen", Stance.DENIAL),
        ("this would never happen", Stance.DENIAL),
        # a promise not to repeat, a past fact, a forecast of weather: no rejection
        ("It won't happen again", Stance.ASSERTION),
        ("That hasn't happened yet", Stance.ASSERTION),
        ("the rain won't happen today", Stance.ASSERTION),
        # idioms of rejection (denials.tsv phrases)
        ("Nothing could be further from the truth", Stance.DENIAL),
        ("The claim does not stand up to scrutiny", Stance.DENIAL),
        ("Their story doesn't hold water", Stance.DENIAL),
        # a bare negative answer rejects the question put; anything more is something else
        ('"Absolutely not,"', Stance.DENIAL),
        ("Of course not", Stance.DENIAL),
        ("Not at all", Stance.DENIAL),
        ("not yet", Stance.ASSERTION),
        ("no comment", Stance.ASSERTION),
        ("Certainly.", Stance.ASSERTION),
        # a reported plan or intention rejected
        ("there are no plans to merge the two companies", Stance.DENIAL),
        ("We have no intention of selling the stadium", Stance.DENIAL),
        # a plan stated, plans of no prospect, a condition: no rejection
        ("the company plans to merge with Telvo", Stance.ASSERTION),
        ("the company has no plans to merge with Telvo", Stance.ASSERTION),
        ("there were no plans for the park", Stance.ASSERTION),
        ("if there are no plans to merge, shares will fall", Stance.ASSERTION),
        # denial phrases with no denial verb (denials.tsv)
        ("the lawsuit was groundless", Stance.DENIAL),
        ("I never intended to offend anyone", Stance.DENIAL),
        ("At no time did we share customer data with the agency", Stance.DENIAL),
    ],
)
def test_stance_unmarked_denials(nlp, content, expected):
    assert classify_text(content, "said", nlp=nlp).stance == expected


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        # "could" of permission or ability for people in a role; of possibility for what befalls them
        ("visitors could present their passport at the gate", Stance.ASSERTION),
        ("passengers could board the train without a ticket", Stance.ASSERTION),
        ("customers could lose their savings", Stance.HEDGE),
        ("the bridge could collapse within a year", Stance.HEDGE),
        # a belief before a judgement is an opinion; before a fact or forecast, a hedge
        ("I thought it was just a load of junk", Stance.ASSERTION),
        ("I think the report is a joke", Stance.ASSERTION),
        ("I thought it was a load of paper", Stance.HEDGE),
        ("I think the factory will close next year", Stance.HEDGE),
        # an expectation said of the outcome; a wish or an emotion alone is no hedge
        ("I hope she comes back, but I'm pessimistic", Stance.HEDGE),
        ("we are optimistic that the talks will succeed", Stance.HEDGE),
        ("I hope she comes back", Stance.ASSERTION),
        ("I am worried about the talks", Stance.ASSERTION),
        ("an optimistic forecast was published", Stance.ASSERTION),
    ],
)
def test_stance_hedges_by_reading(nlp, content, expected):
    assert classify_text(content, "said", nlp=nlp).stance == expected


def test_stance_adjective_on_a_cue_noun_is_no_hedge(nlp):
    decision = classify_text("free markets can fix the country", "an optimistic speech on", nlp=nlp)
    assert decision.stance == Stance.ASSERTION


@pytest.mark.parametrize(
    ("content", "cue", "expected"),
    [
        # verbs that take only claims: any noun they reject is a claim or an account
        ("the documentary", "disputed", Stance.DENIAL),
        ("his account of the meeting", "rebutted", Stance.DENIAL),
        # verbs that also refuse or revoke: a ruling, an agreement, a person
        ("the motion", "denied", Stance.ASSERTION),
        ("the treaty", "repudiated", Stance.ASSERTION),
        ("the nominee", "rejected", Stance.ASSERTION),
    ],
)
def test_stance_claim_only_rejection_cues(nlp, content, cue, expected):
    assert classify_text(content, cue, nlp=nlp).stance == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a rejection word as the label a verb gives its object is said of the object
        ('Ms. Lane dismissed the whole affair as "absurd."', Stance.DENIAL),
        ("The mayor called the report false.", Stance.DENIAL),
        ("The aides called the allegations unfair and absurd.", Stance.DENIAL),
        ("She called the claims a lie.", Stance.DENIAL),
        # of a thing that is no claim, negated, a plan judged, or another's label reported: no rejection
        ("The editor said the website cites many claims as inaccurate.", Stance.ASSERTION),
        ("She called the weather ridiculous.", Stance.ASSERTION),
        ("She did not call the report false.", Stance.ASSERTION),
        ("He described the plan as ridiculous.", Stance.ASSERTION),
    ],
)
def test_stance_rejection_as_the_label_of_an_object(nlp, text, expected):
    (claim,) = claimx.extract(text, nlp=nlp)
    assert claim.stance == expected


@pytest.mark.parametrize(
    ("content", "cue", "expected"),
    [
        # phrasal verbs of verbal attack in the cue (multi-word "attack" in stance_words.tsv)
        ("the mayor", "went on the offensive against", Stance.ALLEGATION),
        ("her ties to the banks", "had taken a shot at", Stance.ALLEGATION),
        ("the governor", "are also going after", Stance.ALLEGATION),
        ("the senator over her votes", "has also hit", Stance.ALLEGATION),
        # another phrase, or negated: no attack
        ("the senator", "went to", Stance.ASSERTION),
        ("the mayor", "did not go after", Stance.ASSERTION),
    ],
)
def test_stance_phrasal_attack_cues(nlp, content, cue, expected):
    assert classify_text(content, cue, nlp=nlp).stance == expected


@pytest.mark.parametrize(
    ("content", "cue", "expected"),
    [
        # a vice or wrongdoing as the label given to a party or its act ("X as a Y")
        ("Senator Bryn as a stooge of the banks", "cast", Stance.ALLEGATION),
        ("Karvonia's raid as a massacre", "described", Stance.ALLEGATION),
        # the label of a thing, or no wrong word: no one accused
        ("golf courses as wasted space", "see", Stance.ASSERTION),
        ("the vote as a victory", "cast", Stance.ASSERTION),
        ("she worked as a fraud investigator", "said", Stance.ASSERTION),
    ],
)
def test_stance_wrong_as_a_label(nlp, content, cue, expected):
    assert classify_text(content, cue, nlp=nlp).stance == expected


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        # wrongdoing idioms and phrasal acts in any tense; under a negation they reject the charge
        ("the Velmor council was covering up the flooding report", Stance.ALLEGATION),
        ("they have been cooking the books at Brantley Foods for two years", Stance.ALLEGATION),
        ("officers used excessive force against the Ostrel marchers", Stance.ALLEGATION),
        ("Harlow broke the law when she sold the land", Stance.ALLEGATION),
        ("the Brantley firm has broken no laws", Stance.DENIAL),
        ("we did nothing illegal", Stance.DENIAL),
    ],
)
def test_stance_wrongdoing_idioms(nlp, content, expected):
    assert classify_text(content, "said", nlp=nlp).stance == expected
