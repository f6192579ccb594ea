"""claimx.extraction.stance — denials and hedges of round 19 (issue 15).

Sentences written for these tests (made-up names and places), read with ``classify_text`` (the
content and the cue parsed on their own) or in running text with ``extract``.
"""

from __future__ import annotations

import pytest

from claimx import Stance
from claimx.extraction.stance import classify_text
from claimx.extraction.stance.decide import OPINION_BELIEFS
from claimx.extraction.stance.hedges import HEDGE_PHRASE


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        # the matter said to be beyond telling yet: a hedge phrase over the claim
        ("The effects of the new toll are difficult to predict.", Stance.HEDGE),
        ("It is too early to say whether the Varne mill will reopen.", Stance.HEDGE),
        ("It is hard to know how many families left the valley.", Stance.HEDGE),
        # the same phrase in a relative clause qualifies that noun only: listed, no hedge
        ("The drought is one more reason the harvest is difficult to predict.", Stance.ASSERTION),
        # plain statements
        ("The effects of the new toll were felt at once.", Stance.ASSERTION),
    ],
)
def test_stance_beyond_telling_phrases(nlp, content, expected):
    assert classify_text(content, "said", nlp=nlp).stance == expected


def test_stance_relative_hedge_phrase_still_listed(nlp):
    decision = classify_text("The drought is one more reason the harvest is difficult to predict.", "said", nlp=nlp)
    assert "difficult to predict" in decision.hedge_cues
    assert decision.rule != HEDGE_PHRASE


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        # a belief before advice to a generic "you", or before a need: an opinion, no hedge
        ("I think you get more for your money campaigning in the small towns of Orle.", Stance.ASSERTION),
        ("I don't think you need the county to tell the farmers how to plant.", Stance.ASSERTION),
        ("I believe we need a harbour master who listens to the crews.", Stance.ASSERTION),
        ("I think the Tessby club needs a new coach.", Stance.ASSERTION),
        # a prediction or a fact behind the belief stays a hedge, also with "you" and a modal
        ("I think you will see the Orle bridge open in May.", Stance.HEDGE),
        ("I believe we have the votes to pass the harbour plan.", Stance.HEDGE),
        ("I think the new coach arrived in Tessby on Monday.", Stance.HEDGE),
    ],
)
def test_stance_belief_before_advice_or_a_need_is_an_opinion(nlp, content, expected):
    assert classify_text(content, "said", nlp=nlp).stance == expected


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        # beliefs mostly before opinions: the quote gives views
        ("I don't think it's a good idea to move the market. I think we are in a tense season. "
         "I think the plan is too complicated.", Stance.ASSERTION),
        # beliefs mostly before facts or predictions: hedged
        ("I think the market will move in May. I think the council has the money. "
         "I think the plan is too complicated.", Stance.HEDGE),
        # a modal beside the beliefs hedges the quote whatever the beliefs
        ("I think the plan is too complicated. The market may move in May.", Stance.HEDGE),
    ],
)
def test_stance_beliefs_mostly_before_opinions(nlp, content, expected):
    assert classify_text(content, "said", nlp=nlp).stance == expected


def test_stance_opinion_beliefs_can_be_switched_off(nlp):
    content = ("I don't think it's a good idea to move the market. I think we are in a tense season. "
               "I think the plan is too complicated.")
    assert classify_text(content, "said", nlp=nlp, disabled=frozenset({OPINION_BELIEFS})).stance == Stance.HEDGE


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        # "likely" compared between groups: a finding, listed only
        ("Renters in Orle are much less likely to vote than owners.", Stance.ASSERTION),
        ("Younger drivers were more likely to be stopped on the coast road.", Stance.ASSERTION),
        # "likely" of one prospect: a hedge
        ("The Orle ferry is likely to stop running in May.", Stance.HEDGE),
    ],
)
def test_stance_compared_likelihood_is_no_hedge(nlp, content, expected):
    decision = classify_text(content, "said", nlp=nlp)
    assert decision.stance == expected
    assert "likely" in decision.hedge_cues


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        # the source not finding a claim convincing rejects it
        ("I do not find their arguments compelling.", Stance.DENIAL),
        ("We don't find the harbour board's account credible.", Stance.DENIAL),
        # others' view, a person, a positive view: no rejection by the source
        ("Most voters in Orle do not find him credible.", Stance.ASSERTION),
        ("I find the harbour board's report compelling.", Stance.ASSERTION),
        # the source disowning what was said or done
        ("I certainly do not condone that at all.", Stance.DENIAL),
        ("We do not endorse those remarks by our former captain.", Stance.DENIAL),
        # a policy, a plan not to, a past act of endorsing: no disowning
        ("We do not endorse the ferry plan.", Stance.ASSERTION),
        ("We will not endorse that.", Stance.ASSERTION),
    ],
)
def test_stance_unconvinced_and_disowned(nlp, content, expected):
    assert classify_text(content, "said", nlp=nlp).stance == expected


@pytest.mark.parametrize(("content", "rule"), [("I do not find their arguments compelling.", "stance.unconvinced"),
                                               ("I certainly do not condone that at all.", "stance.disowned")])
def test_stance_unconvinced_and_disowned_are_named_rules(nlp, content, rule):
    decision = classify_text(content, "said", nlp=nlp)
    assert any(signal.rule == rule for signal in decision.signals)
    assert classify_text(content, "said", nlp=nlp, disabled=frozenset({rule})).stance == Stance.ASSERTION


@pytest.mark.parametrize(
    ("content", "cue", "expected"),
    [
        # a noun with its participle is a thing, not a denied clause: a ruling on a request
        ("the exemption being sought", "denied", Stance.ASSERTION),
        ("the permit being requested", "denied", Stance.ASSERTION),
        # a claim noun with its participle is still a claim rejected; a finite clause is still denied
        ("the claims being made about the harbour master", "denied", Stance.DENIAL),
        ("the allegations made by the Orle union", "rejected", Stance.DENIAL),
        ("that the harbour master had been paid", "denied", Stance.DENIAL),
    ],
)
def test_stance_reduced_object_of_a_rejection_cue(nlp, content, cue, expected):
    assert classify_text(content, cue, nlp=nlp).stance == expected


def test_stance_reduced_object_can_be_switched_off(nlp):
    assert classify_text("the exemption being sought", "denied", nlp=nlp,
                         disabled=frozenset({"stance.reduced_object"})).stance == Stance.DENIAL


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        # the source puts the addressee's charge as a mere claim, to rebut it
        ("Here is the timetable for the ferry you claim never ran. Still waiting on the apology.", Stance.DENIAL),
        ("You claim the depot was empty. Here are the delivery notes.", Stance.DENIAL),
        # a question, a negated or modal claim: no rebuttal
        ("Do you claim that the depot was empty?", Stance.ASSERTION),
        ("You can't claim that.", Stance.ASSERTION),
        # someone else's claim, reported: no rebuttal by the source
        ("The drivers claim the depot was empty.", Stance.ASSERTION),
    ],
)
def test_stance_your_claim_rebutted(nlp, content, expected):
    assert classify_text(content, "said", nlp=nlp).stance == expected


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        # a view put to the source as a question, answered at once: "no", or the act negated
        ('"You think I\'m going to quit?" "I\'m not quitting."', Stance.DENIAL),
        ("You think we can sit down with the Orle board and talk? No, that's not possible.", Stance.DENIAL),
        ("Do you really believe we took the money? We did not take a penny.", Stance.DENIAL),
        # the question left open, or answered yes
        ("You think I'm going to quit?", Stance.ASSERTION),
        ("You think they will pay? We will see.", Stance.ASSERTION),
        ("You think I'm going to change? I'm going to change everything.", Stance.ASSERTION),
    ],
)
def test_stance_put_question_answered(nlp, content, expected):
    assert classify_text(content, "said", nlp=nlp).stance == expected


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        # a quality projected is shown, not estimated
        ("The new harbour master needs to project more empathy.", Stance.ASSERTION),
        ("The captain projected calm and confidence all season.", Stance.ASSERTION),
        # a figure projected is an estimate
        ("The Orle council projected a deficit of two million this year.", Stance.HEDGE),
    ],
)
def test_stance_projected_quality_is_no_estimate(nlp, content, expected):
    assert classify_text(content, "said", nlp=nlp).stance == expected


def test_stance_belief_before_tough_is_an_opinion(nlp):
    assert classify_text("I think the toll is a tough thing for Orle.", "said", nlp=nlp).stance == Stance.ASSERTION
    assert classify_text("I think the toll will rise for Orle.", "said", nlp=nlp).stance == Stance.HEDGE


def test_stance_belief_before_a_curly_quoted_copula_opinion(nlp):
    # the parse makes the predicate of "’s" its object; the judgement word is still read
    for content in ("Of Pell “He’s flat-out odd. I think he’s a wonderful man … But he’s totally lost.”",
                    "“I think he’s a terrible captain … But he’s totally loyal.”"):
        assert classify_text(content, "said", nlp=nlp).stance == Stance.ASSERTION


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        # the source refusing to own a fault rejects the charge of it
        ('"I\'m not going to say it was a mistake, so forget about it,"', Stance.DENIAL),
        ("I won't apologize for that.", Stance.DENIAL),
        ("We have nothing to apologise for.", Stance.DENIAL),
        ("I will not admit any error.", Stance.DENIAL),
        # owning up, a condition, a past fact: no refusal
        ("I apologize for that.", Stance.ASSERTION),
        ("It was a mistake.", Stance.ASSERTION),
        ("If it was a mistake, I will say so.", Stance.ASSERTION),
        ("I did not apologize to anyone at the Orle meeting.", Stance.ASSERTION),
    ],
)
def test_stance_refused_fault(nlp, content, expected):
    assert classify_text(content, "said", nlp=nlp).stance == expected


@pytest.mark.parametrize(
    ("content", "cue", "expected", "cues"),
    [
        # verbs of tentative indication, as the cue: a hedge
        ("that the Orle ferry will stop in May", "hinted", Stance.HEDGE, ("hinted",)),
        ("that the harbour board had known for months", "implying", Stance.HEDGE, ("implying",)),
        ("that the drought caused the fire", "hypothesized", Stance.HEDGE, ("hypothesized",)),
        # "potential": listed on a noun or as a noun, no hedge of the claim
        ("that concerns about potential job losses were taken seriously", "said", Stance.ASSERTION, ("potential",)),
        ("There is tremendous potential in the northern towns.", "said", Stance.ASSERTION, ("potential",)),
        # "nor is it clear", as "not clear"
        ("that the Orle council has the money", "Nor is it clear", Stance.HEDGE, ("nor is it clear",)),
    ],
)
def test_stance_hedge_words_of_round_19(nlp, content, cue, expected, cues):
    decision = classify_text(content, cue, nlp=nlp)
    assert decision.stance == expected
    assert decision.hedge_cues == cues


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        # a modal in a direct question asks, it hedges no claim
        ("The fans are excited, but could we actually win the cup so the town could celebrate?", Stance.ASSERTION),
        ("Could the Orle ferry really stop in May?", Stance.ASSERTION),
        # a modal in a statement beside a question still hedges
        ("The storm could reach the coast by Friday. Who would pay for the damage?", Stance.HEDGE),
    ],
)
def test_stance_modal_in_a_direct_question(nlp, content, expected):
    assert classify_text(content, "said", nlp=nlp).stance == expected
