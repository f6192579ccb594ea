"""claimx.extraction.stance.charges — a denial answers a charge (issue 15).

A plain negation is a denial when the text before it charges the act it negates, or when the cue
itself answers. Sentences written for these tests (made-up names and places), read in running
text with ``extract`` (the rule reads the article around the content) and with ``classify_text``
(a content alone: no context, so only the answering cue can fire).
"""

from __future__ import annotations

import pytest

from claimx import Stance
from claimx.extraction.stance import classify_text

from stance_helpers import claim_with


@pytest.mark.parametrize(
    ("text", "content", "expected"),
    [
        # the charge's own act, negated after it: a report, a claim, a lawsuit, critics, a question
        ("The union claimed the Tarnley factory had dumped waste into the river. "
         "The company said it had not dumped anything into the river.", "not dumped", Stance.DENIAL),
        ("Critics accused the Hollin charity of wasting donations. "
         '"We did not waste a cent," its director said.', "waste a cent", Stance.DENIAL),
        ("Reports suggested the singer had cancelled the tour for health reasons. "
         "Her manager said the tour had not been cancelled.", "not been cancelled", Stance.DENIAL),
        ("The prosecutor alleges that the banker moved money offshore. "
         "His lawyer said the banker did not move any money offshore.", "not move", Stance.DENIAL),
        ("The senator was asked about claims that he had used campaign funds for a holiday. "
         "He said he did not use a single dollar of campaign money for the trip.", "single dollar", Stance.DENIAL),
        # the same negations with no charge before them: statements
        ("The factory opened in May. The company said it had not dumped anything into the river.",
         "not dumped", Stance.ASSERTION),
        ("The Hollin charity held its gala on Friday. "
         '"We did not waste a cent," its director said.', "waste a cent", Stance.ASSERTION),
        ("The singer fell ill in March. Her manager said the tour had not been cancelled.",
         "not been cancelled", Stance.ASSERTION),
        # a charge nearby, but the negation takes up another act: not an answer to it
        ("A report found that the Brannock hospital had lost patient records. "
         "The hospital said it had not been told of the findings before they were published.",
         "not been told", Stance.ASSERTION),
        ("Critics accused the mayor of ignoring the flood warnings. "
         "The mayor said the river had not risen above the wall since 1990.", "not risen", Stance.ASSERTION),
        # a report by anyone of the source's own act, answered by the source; a charge inside the content
        ("Neighbours say the Carrow developer cut down the old oaks. "
         '"We did not cut down a single oak," the developer said.', "single oak", Stance.DENIAL),
        ("Neighbours say the Carrow developer cut down the old oaks. "
         '"We did not cut down a single oak," the neighbours said.', "single oak", Stance.ASSERTION),
        ("The Pellow firm said it did not sell the depot, after a rumour that it had sold it spread online.",
         "sell the depot", Stance.DENIAL),
        ("The Pellow firm said it did not sell the depot, after the rain spread across the county.",
         "sell the depot", Stance.ASSERTION),
        # a charged prospect answered with "will not": and a plan with no charge before it
        ("Reports last week said the Osk and Varne airlines would merge next year. "
         "The chairman said the airlines would not merge.", "not merge", Stance.DENIAL),
        ("The Osk airline grew last year. The chairman said the airlines would not merge.", "not merge", Stance.ASSERTION),
        # look-alikes found on PolNeAR dev, written again: a negation in a relative clause, a request
        # ("asked to"), a speech verb quoted inside the content
        ("The mayor urged the board not to reward the treasurer, who has not been charged with nor "
         "convicted of any offence.", "not been charged", Stance.ASSERTION),
        ("The footage shows the driver stepping out when asked to do so and not shouting or running.",
         "not shouting", Stance.ASSERTION),
        ("The envoy said the prince told him in 2011, 'Our plan hasn't worked; we want to work with you.'",
         "plan hasn't worked", Stance.ASSERTION),
        # the charged act itself negated: no charge of it ("reports said they would not merge")
        ("Reports said the two clubs had not signed the striker. "
         "The chairman said the club had not signed anyone this week.", "signed anyone", Stance.ASSERTION),
    ],
)
def test_charges_negated_act_answers_charge_before_it(nlp, text, content, expected):
    assert claim_with(nlp, text, content).stance == expected


@pytest.mark.parametrize(
    ("text", "content", "expected"),
    [
        ("The mayor, responding to the audit, said her office did not lose any files.", "lose any files", Stance.DENIAL),
        ("Councillor Dara Fenn hit back on Monday, saying she had not seen the letter.", "seen the letter", Stance.DENIAL),
        # the same negation under a plain cue, and a negation with nothing to answer
        ("The mayor said her office did not lose any files.", "lose any files", Stance.ASSERTION),
        ('"We did not expect the rain," the organisers said after the fair was called off.', "expect the rain", Stance.ASSERTION),
    ],
)
def test_charges_answering_cue_with_own_negated_act(nlp, text, content, expected):
    assert claim_with(nlp, text, content).stance == expected


@pytest.mark.parametrize(
    ("content", "cue", "expected"),
    [
        ("we did not lose any files", "responded", Stance.DENIAL),
        ("we did not lose any files", "said in response", Stance.DENIAL),
        ("we did not lose any files", "said", Stance.ASSERTION),
        # an answering cue over someone else's negated act, or over a plan: no denial by the source
        ("the river did not flood", "replied", Stance.ASSERTION),
        ("we will not open the bridge before spring", "responded", Stance.ASSERTION),
    ],
)
def test_charges_answering_cue_on_strings(nlp, content, cue, expected):
    assert classify_text(content, cue, nlp=nlp).stance == expected


def test_charges_rules_can_be_switched_off(nlp):
    """The two rules are named: switched off, the negation is a statement again."""
    off = frozenset({"stance.answered_charge", "stance.response_cue"})
    assert classify_text("we did not lose any files", "responded", nlp=nlp, disabled=off).stance == Stance.ASSERTION


@pytest.mark.parametrize(
    ("text", "content", "expected"),
    [
        # a denial stated, then quoted: the quote's own negated act goes on with it
        ("The Orvell ministry denied any part in the blast. "
         '"Our troops did not go near the depot," its spokeswoman said.', "near the depot", Stance.DENIAL),
        ("The Brisk club rejected the story on Sunday. "
         '"We have not spoken to the player," the chairman said.', "spoken to the player", Stance.DENIAL),
        # no denial just before, a negated denial, or someone else's act: a statement
        ("The Orvell ministry held a briefing on the blast. "
         '"Our troops did not go near the depot," its spokeswoman said.', "near the depot", Stance.ASSERTION),
        ("The Orvell ministry did not deny the report. "
         '"Our troops did not go near the depot," its spokeswoman said.', "near the depot", Stance.ASSERTION),
        ("The Brisk club rejected the story on Sunday. "
         "The chairman said the rain had not stopped all day.", "not stopped", Stance.ASSERTION),
    ],
)
def test_charges_own_negated_act_goes_on_with_denial_before(nlp, text, content, expected):
    assert claim_with(nlp, text, content).stance == expected


@pytest.mark.parametrize(
    ("text", "content", "expected"),
    [
        # a light verb's answer takes up the charge by its noun: "in talks", "no such deal"
        ("A paper reported that the Tellan bank was in talks to buy a rival. "
         '"We are not in talks with anybody," the bank\'s chairman said.', "talks with anybody", Stance.DENIAL),
        ("Residents claimed the Ossery council had signed a secret contract with a builder. "
         '"No such contract exists," the council leader said.', "contract exists", Stance.DENIAL),
        # the same light verb on a noun nobody charged: a statement
        ("A paper reported that the Tellan bank was in talks to buy a rival. "
         '"We are not in debt," the bank\'s chairman said.', "in debt", Stance.ASSERTION),
        ("Residents claimed the Ossery council had signed a secret contract with a builder. "
         '"No such road exists," the council leader said.', "road exists", Stance.ASSERTION),
    ],
)
def test_charges_light_verb_answers_charge_by_its_noun(nlp, text, content, expected):
    assert claim_with(nlp, text, content).stance == expected


@pytest.mark.parametrize(
    ("text", "content", "expected"),
    [
        # the source's negated memory of what a charge just before says it did
        ("A clerk, Ana Roos, testified that Mr Pell told her to shred the files. "
         "Mr Pell said he did not recall that conversation.", "recall that conversation", Stance.DENIAL),
        ("Critics accused the Brisk mayor of ignoring the warnings. "
         "The mayor said she did not recall any such warnings.", "any such warnings", Stance.DENIAL),
        ("A clerk, Ana Roos, testified that Mr Pell offered her a bribe. "
         "Mr Pell said he did not remember meeting her.", "meeting her", Stance.DENIAL),
        # a memory of something else, or with no charge before it: a statement
        ("A clerk, Ana Roos, joined the firm in May. "
         "Mr Pell said he did not remember meeting her.", "meeting her", Stance.ASSERTION),
        ("Critics accused the Brisk mayor of ignoring the warnings. "
         "The mayor said she did not remember the storm of 1990.", "storm of 1990", Stance.ASSERTION),
        ("A clerk, Ana Roos, joined the firm in May. "
         "Mr Pell said he did not recall that conversation.", "recall that conversation", Stance.ASSERTION),
    ],
)
def test_charges_negated_memory_of_the_charge(nlp, text, content, expected):
    assert claim_with(nlp, text, content).stance == expected


@pytest.mark.parametrize(
    ("text", "content", "expected"),
    [
        # the source accused in the sentence before answers with its own negated act
        ("Councillor Ada Birk accused the treasurer, Owen Tull, of hiding the loans. "
         '"I did not ask anyone for the money," Mr Tull said.', "ask anyone", Stance.DENIAL),
        # the source described as accused ("a builder accused of ...")
        ("A builder accused of bribing two inspectors said on Friday that it had not paid anyone.", "paid anyone", Stance.DENIAL),
        ("A builder praised for its designs said on Friday that it had not paid anyone.", "paid anyone", Stance.ASSERTION),
        # not accused (praised), someone else's negated act, or a negated memory: a statement
        ("Councillor Ada Birk praised the treasurer, Owen Tull, for the audit. "
         '"I did not ask anyone for the money," Mr Tull said.', "ask anyone", Stance.ASSERTION),
        ("Councillor Ada Birk accused the treasurer, Owen Tull, of hiding the loans. "
         "Mr Tull said the bank had not opened on Sunday.", "not opened", Stance.ASSERTION),
        ("Councillor Ada Birk accused the treasurer, Owen Tull, of hiding the loans. "
         "Mr Tull said he did not remember the storm of 1990.", "storm of 1990", Stance.ASSERTION),
    ],
)
def test_charges_accused_source_answers_with_own_negated_act(nlp, text, content, expected):
    assert claim_with(nlp, text, content).stance == expected
