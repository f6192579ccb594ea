"""claimx.extraction.stance — Denials: rejection cues applied to a claim, and content that pushes back (DENIAL_RULES).

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
    A_MOTION,
    A_REQUEST,
    A_PERMIT,
    THE_REPORT,
    THE_ALLEGATIONS,
    NOT_TRUE,
    DID_NOT_CHEAT,
    I_NEVER_SAID,
    I_CANT_DO_IT,
    DONT_BELIEVE_IT,
    ALLEGATIONS_BASELESS,
    RIDICULOUS_THAT_WE_PAY,
    WE_DID_NOT_COLLUDE,
    I_AM_NOT_A_RACIST,
    THERE_WAS_NO_FRAUD,
    HE_HAD_NO_CONTACT,
    THE_MAYOR_HAD_NO_CONTACT,
    WE_WILL_HAVE_NO_ROLE,
    HE_HAD_NOT_MET_THEM,
    HE_WOULD_NOT_RUN,
)


@pytest.mark.parametrize(
    ("rows", "cue", "label", "options", "expected"),
    [
        # denial cue with a clause or a claim noun
        (SHE_RECEIVED, "deny", "deny", {}, Stance.DENIAL),
        (THE_ALLEGATIONS, "reject", "deny", {}, Stance.DENIAL),
        (THE_REPORT, "dismiss", "deny", {"cue_has_as": True}, Stance.DENIAL),
        # ... not with a ruling or a request
        (A_MOTION, "deny", "deny", {}, Stance.ASSERTION),
        (A_REQUEST, "reject", "deny", {}, Stance.ASSERTION),
        (A_PERMIT, "deny", "deny", {}, Stance.ASSERTION),
        # a negated denial cue is no denial
        (SHE_RECEIVED, "deny", "deny", {"cue_negated": True}, Stance.ASSERTION),
        # content that pushes back
        (NOT_TRUE, "say", "say", {}, Stance.DENIAL),
        # the source denies its own act; a refusal is no denial
        (I_NEVER_SAID, "say", "say", {}, Stance.DENIAL),
        (I_CANT_DO_IT, "say", "say", {}, Stance.ASSERTION),
        (DONT_BELIEVE_IT, "say", "say", {}, Stance.DENIAL),
        # rejection words said of a claim, not of a state of affairs
        (ALLEGATIONS_BASELESS, "say", "say", {}, Stance.DENIAL),
        (RIDICULOUS_THAT_WE_PAY, "say", "say", {}, Stance.ASSERTION),
        # the source denies a wrongdoing of its own side, or defends a definite party under a plain
        # speech cue (issue 15, stance12); a finding about someone else is no denial
        (WE_DID_NOT_COLLUDE, "say", "say", {}, Stance.DENIAL),
        (I_AM_NOT_A_RACIST, "say", "say", {}, Stance.DENIAL),
        (THERE_WAS_NO_FRAUD, "say", "say", {}, Stance.DENIAL),
        (DID_NOT_CHEAT, "say", "say", {}, Stance.DENIAL),
        (DID_NOT_CHEAT, "find", "say", {}, Stance.ASSERTION),
        # contact or involvement denied by the source's side; not of someone else, not a plan
        (HE_HAD_NO_CONTACT, "say", "say", {}, Stance.DENIAL),
        (THE_MAYOR_HAD_NO_CONTACT, "say", "say", {}, Stance.ASSERTION),
        (WE_WILL_HAVE_NO_ROLE, "say", "say", {}, Stance.ASSERTION),
        # a cue that maintains a point, with a negated fact; not with a negated plan
        (HE_HAD_NOT_MET_THEM, "insist", "say", {}, Stance.DENIAL),
        (HE_WOULD_NOT_RUN, "insist", "say", {}, Stance.ASSERTION),
    ],
)
def test_stance_denials_on_hand_built_parse(rows, cue, label, options, expected):
    assert decide(rows, cue, label, **options).stance == expected


@pytest.mark.parametrize(
    ("content", "cue", "expected"),
    [
        ("she had received the payments", "denied", Stance.DENIAL),
        ("that the shipment had been delayed", "denied", Stance.DENIAL),
        ("the allegations", "rejected", Stance.DENIAL),
        ("That's not true.", "said", Stance.DENIAL),
        # rejection cues apply to claims, not to rulings, requests or people
        ("that the ministry had ordered the raid", "denied", Stance.DENIAL),
        ("that account", "disputed", Stance.DENIAL),
        ("the story as fabricated", "dismissed", Stance.DENIAL),
        ("the request for a new trial", "rejected", Stance.ASSERTION),
        ("the motion to dismiss", "denied", Stance.ASSERTION),
        ("the nominee", "rejected", Stance.ASSERTION),
        # contents that push back
        ("the allegations were baseless", "said", Stance.DENIAL),
        ("“These are baseless allegations.”", "said", Stance.DENIAL),
        ("he never met the ambassador", "insisted", Stance.DENIAL),
        ("“We did not take any money from them.”", "said", Stance.DENIAL),
        ("the country must rebut these claims", "said", Stance.DENIAL),
        ("the charges are a witch hunt", "said", Stance.DENIAL),
        ("“That's a lie.”", "said", Stance.DENIAL),
        # in a direct quote "he" is someone else: no denial of the source's own act
        ("“He never paid his taxes.”", "said", Stance.ASSERTION),
        # a negative sentence on its own is no denial
        ("“I don't know what will happen next.”", "said", Stance.ASSERTION),
        ("the company had no plans to close the plant", "said", Stance.ASSERTION),
        ("it is ridiculous that we pay so much for drugs", "said", Stance.ASSERTION),
        # denial phrases written with "not" match contractions; not inside a condition
        ("that isn't true", "said", Stance.DENIAL),
        ("“The story wasn't accurate.”", "said", Stance.DENIAL),
        ("“If that isn't true, they should say so.”", "said", Stance.ASSERTION),
        ("“That's not what happened.”", "said", Stance.DENIAL),
        # a wrongdoing denied of the source's own side (in reported speech "he" is the source)
        ("“I did not collude with anyone.”", "said", Stance.DENIAL),
        ("“We never cheated.”", "said", Stance.DENIAL),
        ("“We are not racists.”", "said", Stance.DENIAL),
        ("he had never been corrupt", "said", Stance.DENIAL),
        ("“I did nothing illegal.”", "said", Stance.DENIAL),
        ("“We committed no crime.”", "said", Stance.DENIAL),
        ("“There was no fraud in the count.”", "said", Stance.DENIAL),
        ("“I never groped anyone.”", "said", Stance.DENIAL),
        ("“We did not attack the convoy.”", "said", Stance.DENIAL),
        # ... of a definite party under a plain speech cue: a defence, a denial (issue 15, stance12)
        ("the senator did not lie", "said", Stance.DENIAL),
        # ... not a finding about someone else, a negated wish, a passive, a plan,
        # an open admission, or calm after violence
        ("the senator did not lie", "the committee found", Stance.ASSERTION),
        ("“He did not lie.”", "said", Stance.ASSERTION),
        ("“I didn't want to lie to you.”", "said", Stance.ASSERTION),
        ("“We are not going to get cheated again.”", "said", Stance.ASSERTION),
        ("“People don't want us to spend our lives attacking our opponents.”", "said", Stance.ASSERTION),
        ("“I would never cheat.”", "said", Stance.ASSERTION),
        ("“I'm not hiding the fact that I support him.”", "said", Stance.ASSERTION),
        ("“There was no violence at the rally.”", "said", Stance.ASSERTION),
        # contact or involvement denied: had/played no ..., or no contact between named parties in the past
        ("he had no contact with the Russian officials", "said", Stance.DENIAL),
        ("“I have had no conversations with the donors.”", "said", Stance.DENIAL),
        ("he played no role in the decision", "said", Stance.DENIAL),
        ("“I have no knowledge of the payments.”", "said", Stance.DENIAL),
        ("“There were no calls between the chairman and the candidate.”", "said", Stance.DENIAL),
        # ... not a plan, a judgement, someone else's contact, or a plain report
        ("“We will have no role in the new government.”", "said", Stance.ASSERTION),
        ("“It looks like we're not going to have a very good relationship.”", "said", Stance.ASSERTION),
        ("the mayor had no contact with the families", "said", Stance.ASSERTION),
        ("there were no talks this week", "said", Stance.ASSERTION),
        ("“There was no meeting.”", "said", Stance.ASSERTION),
        # a concession grants what the source's side did not have or do: no rejection
        ("it had no formal relationship with the group", "said", Stance.DENIAL),
        ("it had no formal relationship with the group", "acknowledged", Stance.ASSERTION),
        ("that he had no role in vetting the candidates", "conceded", Stance.ASSERTION),
        # "insisted" with a negated fact; "stressed" with the source's own past act or state
        ("that he had not met the lobbyist", "insisted", Stance.DENIAL),
        ("that the shipments were not a concession", "insisted", Stance.DENIAL),
        ("it does not know where he is", "insists", Stance.DENIAL),
        ("that he did not take the money", "stressed", Stance.DENIAL),
        ("“The governor emphasized that he did not choose the nominee to please donors.”", "wrote", Stance.DENIAL),
        # ... not a plan, a prediction, an intention, a reassurance, an opinion or an assessment
        ("that he would not run for a third term", "insisted", Stance.ASSERTION),
        ("the shipments are “not going to change the course of the war”", "insisted", Stance.ASSERTION),
        ("that she did not want troops on the ground", "reiterated", Stance.ASSERTION),
        ("that there is no chance of violence", "insisted", Stance.ASSERTION),
        ("it was not a good idea", "insisted", Stance.ASSERTION),
        ("that the sanctions do not work", "insisted", Stance.ASSERTION),
        ("that the reforms were not complete", "stressed", Stance.ASSERTION),
        ("that we do not seek war", "emphasized", Stance.ASSERTION),
        ("“The governor emphasized that the reforms were not complete.”", "wrote", Stance.ASSERTION),
        ("that he was not only a candidate but a leader", "insisted", Stance.ASSERTION),
        # an accusation against the source passed on as others' words or beliefs
        ("“Critics call me a liar.”", "said", Stance.DENIAL),
        ("“They accused us of cheating.”", "said", Stance.DENIAL),
        ("“People believe I'm corrupt, and that hurts.”", "said", Stance.DENIAL),
        # ... not when denied by them, admitted by the source, or a wrong done to the source
        ("“People don't think I'm corrupt.”", "said", Stance.ASSERTION),
        ("“I was a liar back then, I admit it.”", "said", Stance.ASSERTION),
        ("“They say we were cheated.”", "said", Stance.ASSERTION),
        # "it's not that S": S is presented and rejected; not a degree word or a prediction
        ("“It's not that I don't like him; it's that he is wrong.”", "said", Stance.DENIAL),
        ("“The problem isn't that big.”", "said", Stance.ASSERTION),
        ("“It won't be that easy.”", "said", Stance.ASSERTION),
        # phrasal rejection verbs, in the cue or the content, applied to a claim; not to a plan or a person
        ("the reports that he would resign", "pushed back on", Stance.DENIAL),
        ("the allegations", "brushed aside", Stance.DENIAL),
        ("the idea that the vote was rigged", "scoffed at", Stance.DENIAL),
        ("“We pushed back on those reports.”", "said", Stance.DENIAL),
        ("the reports", "did not push back on", Stance.ASSERTION),
        ("Trump", "brushed off", Stance.ASSERTION),
        ("the candidate's chances", "cast doubt on", Stance.ASSERTION),
        ("“We pushed back on the plan.”", "said", Stance.ASSERTION),
        # a rejection cue applied to a wrongdoing or a figure is a denial; to access, a ruling
        ("any collusion", "denied", Stance.DENIAL),
        ("the figures", "disputed", Stance.DENIAL),
        ("access to the building", "denied", Stance.ASSERTION),
        ("his innocence", "maintained", Stance.DENIAL),
        # rejection words said of a claim
        ("the AP report is misleading", "said", Stance.DENIAL),
        ("the numbers are incorrect", "said", Stance.DENIAL),
        ("the reports were overblown", "said", Stance.DENIAL),
        ("the story is fake", "said", Stance.DENIAL),
        ("the stories were “total fabrications”", "said", Stance.DENIAL),  # plural of a denial word,
        ("“Trump is a fake.”", "said", Stance.ALLEGATION),
        # a pushback with no denial verb: a fronted "at no time", a denied intention, a lawsuit called groundless
        ("“At no time did we hide the test results from the board.”", "said", Stance.DENIAL),
        ("“I never intended to insult the nurses.”", "said", Stance.DENIAL),
        ("the club was not aware of any wrongdoing by its coach", "said", Stance.DENIAL),
        ("the lawsuit was groundless", "said", Stance.DENIAL),
        ("the lawsuit was filed in May", "said", Stance.ASSERTION),
        ("“We never stopped looking for the boy.”", "said", Stance.ASSERTION),
    ],
)
def test_stance_denials_classify_text(nlp, content, cue, expected):
    assert classify_text(content, cue, nlp=nlp).stance == expected


@pytest.mark.parametrize(
    ("text", "content", "expected"),
    [
        ("“I did not collude with anyone,” the senator said.", "did not collude", Stance.DENIAL),
        ("He said he had no contact with the Russian officials.", "no contact", Stance.DENIAL),
        ("The governor insisted that he had not met the lobbyist.", "had not met", Stance.DENIAL),
        ("The spokesman brushed aside the allegations, aides said.", "brushed aside", Stance.DENIAL),
        ("“People say I'm a liar,” the mayor said.", "I'm a liar", Stance.DENIAL),
        # the reporting verb of an accusation must be inside the content: here it is the claim's own cue
        ("“I'm a liar,” the mayor told reporters.", "I'm a liar", Stance.ASSERTION),
        ("The senator stressed that she did not want troops on the ground.", "did not want", Stance.ASSERTION),
        ("“He would not seek a recount,” the aide said.", "recount", Stance.ASSERTION),
    ],
)
def test_stance_denials_through_extract(nlp, text, content, expected):
    assert claim_with(nlp, text, content).stance == expected


def test_stance_denials_denial_target_is_the_party_whose_act_is_denied():
    decision = decide(SHE_RECEIVED, "deny", "deny")
    assert decision.target is not None
    assert decision.target.text == "she"
    assert decision.evidence == ("deny",)


def test_stance_denials_denial_target_is_the_denied_claim_noun():
    decision = decide(THE_ALLEGATIONS, "reject", "deny")
    assert decision.target is not None and decision.target.text == "the allegations"


@pytest.mark.parametrize(
    "text",
    [
        "The city denied a permit for the rally.",
        "The mayor denied a motion to delay the vote.",
        "The board rejected a request for more funding.",
    ],
)
def test_stance_denials_ruling_is_no_denial_through_extract(nlp, text):
    assert all(c.stance != Stance.DENIAL for c in claimx.extract(text, nlp=nlp))


def test_stance_denials_denial_evidence_names_the_negation_and_the_word(nlp):
    assert classify_text("“I did not collude with anyone.”", "said", nlp=nlp).evidence == ("not collude",)
    assert classify_text("he had no contact with the rebels", "said", nlp=nlp).evidence == ("no contact",)
    assert classify_text("that he had not seen the memo", "insisted", nlp=nlp).evidence == ("insist", "not")
