"""claimx.extraction.stance — Hedges: tentative cues and hedge words over the main proposition (HEDGE_CHECKS); hedge cues as written.

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
    MAY_COLLAPSE,
    MIGHT_COLLAPSE,
    COULD_BE_COSTLY,
    COULD_BUILD,
    REDUCES_INFECTIONS,
    SHOULD_RESIGN,
    MAY_FAIL,
    WHO_MAY_HAVE,
    COULD_HAVE_CHOSEN,
    MAY_BUT,
    IF_SHE_MIGHT_RUN,
    THEY_SHOULD_DROP_OUT,
    ATTACKERS_NOT_USING,
)


@pytest.mark.parametrize(
    ("rows", "cue", "label", "options", "expected"),
    [
        # hedges
        (MAY_COLLAPSE, "say", "say", {}, Stance.HEDGE),
        (MIGHT_COLLAPSE, "say", "say", {}, Stance.HEDGE),
        (COULD_BE_COSTLY, "say", "say", {}, Stance.HEDGE),
        (COULD_BUILD, "say", "say", {}, Stance.ASSERTION),
        (REDUCES_INFECTIONS, "believe", "hedge", {}, Stance.HEDGE),
        (SHOULD_RESIGN, "believe", "hedge", {}, Stance.ASSERTION),
        (WHO_MAY_HAVE, "say", "say", {}, Stance.ASSERTION),  # the hedge sits in a relative clause,
        # "could" of counterfactual ability; concessive "may ..., but"; a modal in an embedded question
        (COULD_HAVE_CHOSEN, "say", "say", {}, Stance.ASSERTION),
        (MAY_BUT, "say", "say", {}, Stance.ASSERTION),
        (IF_SHE_MIGHT_RUN, "ask", "say", {}, Stance.ASSERTION),
        # "suggest": propose vs tentative indication
        (THEY_SHOULD_DROP_OUT, "suggest", "say", {}, Stance.ASSERTION),
        (ATTACKERS_NOT_USING, "suggest", "say", {}, Stance.HEDGE),
    ],
)
def test_stance_hedges_on_hand_built_parse(rows, cue, label, options, expected):
    assert decide(rows, cue, label, **options).stance == expected


@pytest.mark.parametrize(
    ("content", "cue", "expected"),
    [
        ("the tower may collapse", "said", Stance.HEDGE),
        ("the tower might collapse", "said", Stance.HEDGE),
        ("the delay could be costly", "said", Stance.HEDGE),
        ("the drug reduces infections", "believes", Stance.HEDGE),
        # epistemic modals and adverbs over the main proposition
        ("the merger could collapse", "said", Stance.HEDGE),
        ("the economy will probably slow", "said", Stance.HEDGE),
        ("it is unclear whether the law applies", "said", Stance.HEDGE),
        ("the strike appeared to be over", "said", Stance.HEDGE),
        ("the deficit will reach $1 trillion", "estimated", Stance.HEDGE),
        ("$2 billion", "projected", Stance.HEDGE),
        ("the plant", "reportedly plans to close", Stance.HEDGE),
        # ... not ability, counterfactuals, concessions, embedded questions or conditions
        ("“I could have chosen a different career.”", "said", Stance.ASSERTION),
        ("“The plan may be expensive, but it will save lives.”", "said", Stance.ASSERTION),
        ("if she might run for governor", "asked", Stance.ASSERTION),
        ("to appear in court on Monday", "ordered him", Stance.ASSERTION),
        ("as many voters as possible", "wants to reach", Stance.ASSERTION),
        # believe/think: a hedge before a factual or predictive claim, not before an opinion
        ("the vaccine reduces infections", "believes", Stance.HEDGE),
        ("the plan is a terrible mistake", "thinks", Stance.ASSERTION),
        ("“I think we need to raise taxes.”", "said", Stance.ASSERTION),
        # suggest: tentative indication vs proposal
        ("that the attack was planned abroad", "suggested", Stance.HEDGE),
        ("the council hold a vote next week", "suggested", Stance.ASSERTION),
        ("they should drop out of the race", "suggested", Stance.ASSERTION),
        # confident predictions and emotions are not hedges
        ("the plant will close next year", "said", Stance.ASSERTION),
        ("the plant is expected to close next year", "said", Stance.ASSERTION),
        ("about the plant closing", "worried", Stance.ASSERTION),
    ],
)
def test_stance_hedges_classify_text(nlp, content, cue, expected):
    assert classify_text(content, cue, nlp=nlp).stance == expected


@pytest.mark.parametrize(
    ("content", "cue", "hedge_cues"),
    [
        ("the minister should resign", "believes", ("believes",)),
        ("the tower may collapse", "said", ("may",)),
        ("the company could build a new plant", "said", ()),
        # reported as written, lowercased, from the cue or the content
        ("that the attack was planned abroad", "suggested", ("suggested",)),
        ("the talks", "appeared to stall", ("appeared",)),
        ("the company reportedly lost $3 million", "said", ("reportedly",)),
        ("the plan is a terrible mistake", "thinks", ("thinks",)),  # opinion: listed, not decisive,
        ("“The plan may be expensive, but it will save lives.”", "said", ("may",)),
        # not hedge words at all
        ("the plant will close next year", "said", ()),
        ("about the plant closing", "worried", ()),
        ("“I could have chosen a different career.”", "said", ()),
        ("they should drop out of the race", "suggested", ()),
        ("as many voters as possible", "wants to reach", ()),
        ("to appear in court on Monday", "ordered him", ()),
    ],
)
def test_stance_hedges_hedge_cues_classify_text(nlp, content, cue, hedge_cues):
    assert classify_text(content, cue, nlp=nlp).hedge_cues == hedge_cues


@pytest.mark.parametrize(
    ("rows", "cue", "label", "options", "stance", "hedge_cues"),
    [
        (MAY_COLLAPSE, "say", "say", {}, Stance.HEDGE, ("may",)),
        (SHOULD_RESIGN, "believe", "hedge", {}, Stance.ASSERTION, ("believe",)),
        (REDUCES_INFECTIONS, "believe", "hedge", {}, Stance.HEDGE, ("believe",)),
        (MAY_FAIL, "deny", "deny", {}, Stance.DENIAL, ("may",)),
        (WHO_MAY_HAVE, "say", "say", {}, Stance.ASSERTION, ("may",)),
        (COULD_BUILD, "say", "say", {}, Stance.ASSERTION, ()),
        (REDUCES_INFECTIONS, "say", "say", {}, Stance.ASSERTION, ()),
    ],
)
def test_stance_hedges_hedge_cues_reported_whatever_the_label(rows, cue, label, options, stance, hedge_cues):
    decision = decide(rows, cue, label, **options)
    assert decision.stance == stance
    assert decision.hedge_cues == hedge_cues


def test_stance_hedges_hedge_cues_with_allegation():
    rows = """
    the DT det 1
    company NN nsubj 4
    may MD aux 4
    have VB aux 4
    dumped VBN ROOT 4 dump
    waste NN dobj 4
    illegally RB advmod 4
    """
    decision = decide(rows, "say", "say")
    assert decision.stance == Stance.ALLEGATION
    assert "may" in decision.hedge_cues


def test_stance_hedges_could_of_possibility_with_other_verbs():
    rows = """
    the DT det 1
    merger NN nsubj 3
    could MD aux 3
    collapse VB ROOT 3
    """
    assert decide(rows, "say", "say").stance == Stance.HEDGE


@pytest.mark.parametrize(
    ("rows", "cue", "label", "hedge_cues"),
    [
        (MAY_BUT, "say", "say", ("may",)),  # concessive: listed, not decisive
        (COULD_HAVE_CHOSEN, "say", "say", ()),  # ability is no hedge at all
        (IF_SHE_MIGHT_RUN, "ask", "say", ()),  # nor a modal inside an embedded question
        (THEY_SHOULD_DROP_OUT, "suggest", "say", ()),  # nor "suggest" meaning propose
        (ATTACKERS_NOT_USING, "suggest", "say", ("suggest",)),
    ],
)
def test_stance_hedges_hedge_cues_on_hand_built_parse(rows, cue, label, hedge_cues):
    assert decide(rows, cue, label).hedge_cues == hedge_cues


def test_stance_hedges_belief_with_opinion_keeps_hedge_cue_through_extract(nlp):
    (claim,) = claimx.extract("Ruth Kagan believes the minister should resign.", nlp=nlp)
    assert claim.stance == Stance.ASSERTION
    assert "believes" in claim.hedge_cues  # as written, like the PolNeAR stance set


def test_stance_hedges_hedge_cues_as_written_through_extract(nlp):
    (claim,) = claimx.extract("Investigators suggested that the fire was set deliberately.", nlp=nlp)
    assert claim.stance == Stance.HEDGE
    assert claim.hedge_cues == ("suggested",)


def test_stance_hedges_hedge_outside_the_content_is_not_read(nlp):
    # "seemed" belongs to the writer's sentence, not to the quoted claim
    text = "The crowd seemed restless. “The plant will close next year,” the mayor said."
    claims = [c for c in claimx.extract(text, nlp=nlp) if "plant will close" in c.text]
    assert len(claims) == 1 and claims[0].hedge_cues == () and claims[0].stance == Stance.ASSERTION
