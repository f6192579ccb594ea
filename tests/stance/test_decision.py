"""claimx.extraction.stance — The decision: precedence, assertions, targets, confidence and evidence.

Sentences and parses written for these tests (not taken from any corpus): on hand-built parses with
``decide_stance`` (so the model's mistakes do not leak in), with ``classify_text``, and through
``claimx.extract``.
"""

from __future__ import annotations

import pytest

import claimx
from claimx import Stance
from claimx.extraction.stance import classify_text

from stance_helpers import claim_with, decide
from stance_parses import (
    SHE_RECEIVED,
    NOT_TRUE,
    REDUCES_INFECTIONS,
    MAY_BUT,
)


@pytest.mark.parametrize(
    ("rows", "cue", "label", "options", "expected"),
    [
        # neutral
        (REDUCES_INFECTIONS, "say", "say", {}, Stance.ASSERTION),
        (REDUCES_INFECTIONS, None, None, {}, Stance.ASSERTION),
    ],
)
def test_stance_decision_on_hand_built_parse(rows, cue, label, options, expected):
    assert decide(rows, cue, label, **options).stance == expected


@pytest.mark.parametrize(
    ("content", "cue", "expected"),
    [
        ("a motion to delay the vote", "denied", Stance.ASSERTION),
        ("a request for more funding", "rejected", Stance.ASSERTION),
        ("a permit for the rally", "denied", Stance.ASSERTION),
        ("she had received the payments", "did not deny", Stance.ASSERTION),
        ("we made mistakes", "said", Stance.ASSERTION),
        ("we lied about the numbers", "said", Stance.ASSERTION),
        ("the company could build a new plant", "said", Stance.ASSERTION),
        ("the minister should resign", "believes", Stance.ASSERTION),
        ("the drug reduces infections", "said", Stance.ASSERTION),
        ("the drug reduces infections", None, Stance.ASSERTION),
        ("", "said", Stance.ASSERTION),
    ],
)
def test_stance_decision_classify_text(nlp, content, cue, expected):
    assert classify_text(content, cue, nlp=nlp).stance == expected


@pytest.mark.parametrize(
    ("text", "content", "expected"),
    [
        ("The senator denied that she had received the payments.", "she had received the payments", Stance.DENIAL),
        ("The spokeswoman dismissed the report as fabricated.", "the report", Stance.DENIAL),
        ("“That's not true,” Ortega said of the report.", "That's not true", Stance.DENIAL),
        ("The union accused the company of cutting wages without notice.", "cutting wages", Stance.ALLEGATION),
        ("Jorge Ruiz said the firm secretly dumped waste into the lake.", "secretly dumped", Stance.ALLEGATION),
        ("“We made mistakes,” the chief executive said.", "We made mistakes", Stance.ASSERTION),
        ("The engineer said the tower may collapse.", "the tower may collapse", Stance.HEDGE),
        ("The engineer said the company could build a new plant.", "could build", Stance.ASSERTION),
        ("Ruth Kagan believes the drug reduces infections.", "the drug reduces infections", Stance.HEDGE),
        ("Ruth Kagan believes the minister should resign.", "the minister should resign", Stance.ASSERTION),
        # the writer's framing ("false claim") lies outside the content and is not read
        ("Ortega made the false claim that the mine was safe.", "the mine was safe", Stance.ASSERTION),
    ],
)
def test_stance_decision_through_extract(nlp, text, content, expected):
    assert claim_with(nlp, text, content).stance == expected


def test_stance_decision_confidence_follows_clarity():
    by_cue = decide(SHE_RECEIVED, "deny", "deny")
    by_content = decide(NOT_TRUE, "say", "say")
    plain = decide(REDUCES_INFECTIONS, "say", "say")
    listed_only = decide(MAY_BUT, "say", "say")
    assert by_cue.confidence > by_content.confidence
    assert plain.confidence > listed_only.confidence  # a hedge word that does not decide leaves doubt


@pytest.mark.parametrize(
    ("content", "cue", "target"),
    [
        ("the mayor of taking bribes", "accused", "the mayor"),
        ("the administration", "an outspoken critic of", "the administration"),
        ("the protesters were attacked by the police", "said", "the police"),
        ("the agency failed to protect the children", "said", "the agency"),
        ("the suspect, who allegedly stole a car, was arrested", "said", "the suspect"),
        ("they provided drones to the rebels", "denied", "they"),
        ("the accusations", "rejected", "the accusations"),
        ("the network was hacked by Russian agents", "said", "Russian agents"),
        ("she should be held accountable", "said", "she"),
        ("the regime's brutal crackdown", "condemned", "the regime"),
    ],
)
def test_stance_decision_target_is_the_accused_or_the_denied(nlp, content, cue, target):
    decision = classify_text(content, cue, nlp=nlp)
    assert decision.target is not None and decision.target.text == target


def test_stance_decision_evidence_names_the_deciding_words(nlp):
    assert classify_text("the charges are a witch hunt", "said", nlp=nlp).evidence == ("witch hunt",)
    assert classify_text("the regime tortured prisoners", "said", nlp=nlp).evidence == ("tortured",)
    assert classify_text("the economy will probably slow", "said", nlp=nlp).evidence == ("probably",)


@pytest.mark.parametrize(
    ("text", "content", "expected", "target"),
    [
        ("Officials denied they provided drones to the rebels.", "provided drones", Stance.DENIAL, "they"),
        (
            "The United States accused North Korea of covertly supplying weapons to Russia.",
            "covertly supplying",
            Stance.ALLEGATION,
            "North Korea",
        ),
        ("The governor said the agency failed to protect the children.", "failed to protect", Stance.ALLEGATION, "the agency"),
        ("A spokesman said the convoy was attacked near the border.", "convoy was attacked", Stance.ASSERTION, None),
    ],
)
def test_stance_decision_target_through_extract(nlp, text, content, expected, target):
    claim = claim_with(nlp, text, content)
    assert claim.stance == expected
    assert (claim.target.text if claim.target else None) == target
