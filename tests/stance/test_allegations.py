"""claimx.extraction.stance — Allegations: accusation and criticism cues, and wrongdoing said of a party (ALLEGATION_RULES).

Sentences and parses written for these tests (not taken from any corpus): on hand-built parses with
``decide_stance`` (so the model's mistakes do not leak in), with ``classify_text``, and through
``claimx.extract``.
"""

from __future__ import annotations

import pytest

import claimx
from claimx import Stance
from claimx.extraction.stance import classify_text

from stance_helpers import decide
from stance_parses import (
    COMPANY_OF_CUTTING,
    SECRETLY_DUMPED,
    WE_LIED,
    WE_MADE_MISTAKES,
    DID_NOT_CHEAT,
    PROTESTERS_ATTACKED_BY_POLICE,
    AGENCY_FAILED_TO_PROTECT,
    CANDIDATE_FAILED_TO_WIN,
    SOMEONE_STOLE,
    CORRUPTION_IN_THE_CITY,
)


@pytest.mark.parametrize(
    ("rows", "cue", "label", "options", "expected"),
    [
        # accusation cue
        (COMPANY_OF_CUTTING, "accuse", "allege", {"object_i": 1}, Stance.ALLEGATION),
        # wrongdoing said of a party; not of the speaker; not negated
        (SECRETLY_DUMPED, "say", "say", {}, Stance.ALLEGATION),
        (WE_LIED, "say", "say", {}, Stance.ASSERTION),
        (WE_MADE_MISTAKES, "say", "say", {}, Stance.ASSERTION),
        # negated: no allegation; said of a definite party ("the team") under a plain speech cue it
        # is the source's defence of it, a denial (issue 15, stance12)
        (DID_NOT_CHEAT, "say", "say", {}, Stance.DENIAL),
        # passives: the agent is the accused; without one, the subject is a victim and no one is accused
        (PROTESTERS_ATTACKED_BY_POLICE, "say", "say", {}, Stance.ALLEGATION),
        # blame for failing a duty, not for missing an achievement
        (AGENCY_FAILED_TO_PROTECT, "say", "say", {}, Stance.ALLEGATION),
        (CANDIDATE_FAILED_TO_WIN, "say", "say", {}, Stance.ASSERTION),
        # blame on a vague agent accuses no one
        (SOMEONE_STOLE, "say", "say", {}, Stance.ASSERTION),
        # a topic, not a claim: the cue decides
        (CORRUPTION_IN_THE_CITY, "speak", "say", {}, Stance.ASSERTION),
        (CORRUPTION_IN_THE_CITY, "criticize", "allege", {}, Stance.ALLEGATION),
    ],
)
def test_stance_allegations_on_hand_built_parse(rows, cue, label, options, expected):
    assert decide(rows, cue, label, **options).stance == expected


@pytest.mark.parametrize(
    ("content", "cue", "expected"),
    [
        ("the company of cutting wages without notice", "accused", Stance.ALLEGATION),
        ("the company secretly dumped waste into the river", "said", Stance.ALLEGATION),
        # accusation and criticism cues decide when aimed at a target
        ("the mayor of taking bribes", "accused", Stance.ALLEGATION),
        ("the governor", "sharp attacks on", Stance.ALLEGATION),
        ("the administration", "an outspoken critic of", Stance.ALLEGATION),
        # a verb of verbal attack in the cue (stance_words "attack"), and insults or a critique as the cue
        ("the new parking fees", "railed against", Stance.ALLEGATION),
        ("the delay in the audit", "quickly pounced on", Stance.ALLEGATION),
        ("the board for its silence", "lashed out at", Stance.ALLEGATION),
        ("the referees", "began with insults against", Stance.ALLEGATION),
        ("the housing policy", "has a sharp critique of", Stance.ALLEGATION),
        ("the new parking fees", "wrote about", Stance.ASSERTION),  # no attack verb
        ("the high-speed rail of the region", "said", Stance.ASSERTION),  # "rail" as a noun in the content,
        ("the city", "will sue", Stance.ALLEGATION),
        ("to sue the newspaper", "threatened", Stance.ASSERTION),  # a bare threat to sue,
        ("the newspaper", "threatened to sue", Stance.ASSERTION),
        ("a lawsuit against the city", "filed", Stance.ALLEGATION),  # a lawsuit states a grievance,
        ("Why did the mayor lie about the budget?", "asked", Stance.ALLEGATION),  # a question taking it for granted,
        ("that the minister had lied", "did not deny", Stance.ASSERTION),  # not the source's accusation,
        # wrongdoing said of an identifiable party
        ("the regime tortured prisoners", "said", Stance.ALLEGATION),
        ("“She's corrupt.”", "said", Stance.ALLEGATION),
        ("the officials covered up the accident", "said", Stance.ALLEGATION),
        ("the suspect, who allegedly stole a car, was arrested", "said", Stance.ALLEGATION),
        # ... but not of the speaker, a vague agent, a victim, an inanimate agent or a topic
        ("“I lied about my age when I was young.”", "said", Stance.ASSERTION),
        ("someone stole the documents", "said", Stance.ASSERTION),
        ("the convoy was attacked", "said", Stance.ASSERTION),
        ("he was intimidated by the legal language", "said", Stance.ASSERTION),
        ("the police investigated the fraud", "said", Stance.ASSERTION),
        ("the threat of terrorism", "spoke about", Stance.ASSERTION),
        ("three soldiers were killed", "said", Stance.ASSERTION),
        ("the storm destroyed hundreds of homes", "said", Stance.ASSERTION),
        ("the extremist group claimed the bombing", "said", Stance.ASSERTION),  # a descriptive term,
        # a wrong done to a thing still accuses, even with no agent named
        ("the election was rigged", "said", Stance.ALLEGATION),
        ("she should be held accountable", "said", Stance.ALLEGATION),
        # policy disagreement and judgements of competence are no allegations
        ("the tax plan would hurt working families", "said", Stance.ASSERTION),
        ("the governor's budget is the wrong approach", "said", Stance.ASSERTION),
        ("the governor's plan is reckless", "said", Stance.ASSERTION),
        ("the senator is weak and ineffective", "said", Stance.ASSERTION),
    ],
)
def test_stance_allegations_classify_text(nlp, content, cue, expected):
    assert classify_text(content, cue, nlp=nlp).stance == expected


def test_stance_allegations_allegation_target_is_the_accused():
    decision = decide(COMPANY_OF_CUTTING, "accuse", "allege", object_i=1)
    assert decision.target.text == "the company"


def test_stance_allegations_wrongdoing_target_is_the_party():
    decision = decide(SECRETLY_DUMPED, "say", "say")
    assert decision.target.text == "the company"
    assert "secretly" in decision.evidence


def test_stance_allegations_passive_wrongdoing_subject_is_not_the_target():
    rows = """
    the DT det 1
    convoy NN nsubjpass 3
    was VBD auxpass 3 be
    attacked VBN ROOT 3 attack
    """
    decision = decide(rows, "say", "say")
    assert decision.target is None or decision.target.text != "the convoy"
    assert decision.stance == Stance.ASSERTION  # no party is accused


def test_stance_allegations_relative_pronoun_target_is_its_antecedent():
    rows = """
    the DT det 1
    suspect NN nsubjpass 10
    , , punct 1
    who WP nsubj 5
    allegedly RB advmod 5
    stole VBD relcl 1 steal
    a DT det 7
    car NN dobj 5
    , , punct 1
    was VBD auxpass 10 be
    arrested VBN ROOT 10 arrest
    """
    decision = decide(rows, "say", "say")
    assert decision.stance == Stance.ALLEGATION
    assert decision.target.text == "the suspect"


def test_stance_allegations_passive_agent_is_the_target():
    decision = decide(PROTESTERS_ATTACKED_BY_POLICE, "say", "say")
    assert decision.target is not None and decision.target.text == "the police"


def test_stance_allegations_failed_duty_target_and_evidence():
    decision = decide(AGENCY_FAILED_TO_PROTECT, "say", "say")
    assert decision.target is not None and decision.target.text == "the agency"
    assert decision.evidence == ("failed",)


def test_stance_allegations_classify_text_allegation_target(nlp):
    decision = classify_text("the company secretly dumped waste into the river", "said", nlp=nlp)
    assert decision.target.text == "the company"


def test_stance_allegations_accused_target_through_extract(nlp):
    (claim,) = claimx.extract("The union accused the company of cutting wages without notice.", nlp=nlp)
    assert claim.target is not None and claim.target.text == "the company"
    assert claim.evidence == ("accuse",)


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        # idioms of neglect and graft, said of the clause's subject (stance19a)
        ("the governor turned a blind eye to the abuse", Stance.ALLEGATION),
        ("the mayor looked the other way while the funds vanished", Stance.ALLEGATION),
        ("the minister took bribes", Stance.ALLEGATION),
        ("we turned a blind eye to it", Stance.ASSERTION),
        # a party called the instrument of others; without the "of" owner, no label
        ("Harlow is a tool of the banks", Stance.ALLEGATION),
        ("the ads cast Brin as an instrument of the cartel", Stance.ALLEGATION),
        ("Harlow is a useful tool for the team", Stance.ASSERTION),
        ("the app is a tool of the trade", Stance.ASSERTION),
    ],
)
def test_stance_idioms_of_neglect_and_instrument_figures(nlp, content, expected):
    assert classify_text(content, "said", nlp=nlp).stance == expected


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        # an act under "without" is said not to have been done (stance.act_without)
        ("Harlow won the race without cheating", Stance.ASSERTION),
        ("there is no case without evidence of her intent to violate the law", Stance.ASSERTION),
        ("the company dumped waste illegally without a permit", Stance.ALLEGATION),
        ("Harlow lied without hesitation", Stance.ALLEGATION),
        # "rightly or wrongly" says nothing was done wrong
        ("the farmers, rightly or wrongly, left the valley", Stance.ASSERTION),
    ],
)
def test_stance_acts_said_not_done_accuse_no_one(nlp, content, expected):
    assert classify_text(content, "said", nlp=nlp).stance == expected


def test_stance_act_without_guard_can_be_switched_off(nlp):
    content = "Harlow won the race without cheating"
    assert classify_text(content, "said", nlp=nlp, disabled=frozenset({"stance.act_without"})).stance == Stance.ALLEGATION


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        # the act is the complement of a negated verb: not put forward (stance.under_negated_verb)
        ("the board decided not to recommend that Harlow be prosecuted", Stance.ASSERTION),
        ("the board does not want the treasurer to steal the funds", Stance.ASSERTION),
        ("the board decided to recommend that Harlow be prosecuted", Stance.ALLEGATION),
        # a negated factive still takes its clause as true
        ("the auditors did not know that the treasurer had stolen the funds", Stance.ALLEGATION),
    ],
)
def test_stance_acts_under_a_negated_verb_are_not_put_forward(nlp, content, expected):
    assert classify_text(content, "said", nlp=nlp).stance == expected


@pytest.mark.parametrize(
    ("content", "cue", "expected"),
    [
        # a passive verb of choosing a victim with its agent named: the agent means the harm
        ("He was targeted for assassination by the Velmor cartel", "reportedly", Stance.ALLEGATION),
        ("the reporter was singled out for abuse by the guards", "said", Stance.ALLEGATION),
        # no agent, or a verb that chooses no victim
        ("he was targeted for assassination", "said", Stance.ASSERTION),
        ("the mayor was praised for the killing of the wolf by the farmers", "said", Stance.ASSERTION),
    ],
)
def test_stance_harm_a_named_agent_targets_someone_for(nlp, content, cue, expected):
    assert classify_text(content, cue, nlp=nlp).stance == expected
