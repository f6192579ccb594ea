"""claimx.extraction.stance — hedges read from surface words that do not hedge the claim (issue 15).

Out of domain, many false hedges were one word standing for the whole statement: a lone "I think"
or "may" in a long quote that is otherwise firm. Sentences written for these tests (made-up),
read with ``classify_text`` (the content and the cue parsed on their own).
"""

from __future__ import annotations

import pytest

from claimx import Stance
from claimx.extraction.stance import classify_text
from claimx.extraction.stance.hedges import LONE_HEDGE, PERMISSION_MAY


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        # one hedged sentence beside firm statements of fact or confident predictions: listed only
        ("The factory will close in June. All 300 workers will lose their jobs and the machines will be sold. "
         "The owners have made their decision and it is final. I think the town will find it hard.", Stance.ASSERTION),
        ("We won the league, we won the cup and we did it with the youngest squad in the country. "
         "I think that says everything about this club. Nobody gave us anything.", Stance.ASSERTION),
        ("The depot opened in 1998 and employs forty drivers. It handles every parcel in the county. "
         "Some routes may be slower in the winter.", Stance.ASSERTION),
        # hedges in more than one sentence: the quote is hedged
        ("The fire may have started in the kitchen. The wiring was old. It could take weeks before we know what happened.",
         Stance.HEDGE),
        # the other sentences are no firm statements: generic "you", necessity, a condition
        ("You never want to rush these things. You have to wait for the engineers. "
         "The river may burst its banks tonight.", Stance.HEDGE),
        ("If the rain keeps up, they have to close the road. It has to happen. The bridge may not hold.", Stance.HEDGE),
        # only one firm sentence beside the hedged one: too short to outweigh it
        ("The talks went well on Monday. A deal may come next week.", Stance.HEDGE),
        ("The storm may reach the coast by Friday.", Stance.HEDGE),
    ],
)
def test_stance_lone_hedge_in_a_long_quote(nlp, content, expected):
    assert classify_text(content, "said", nlp=nlp).stance == expected


def test_stance_lone_hedge_still_listed(nlp):
    content = ("The factory will close in June. All 300 workers will lose their jobs and the machines will be sold. "
               "The owners have made their decision and it is final. I think the town will find it hard.")
    decision = classify_text(content, "said", nlp=nlp)
    assert decision.hedge_cues == ("think",)
    assert classify_text(content, "said", nlp=nlp, disabled=frozenset({LONE_HEDGE})).stance == Stance.HEDGE


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        # "may" of a generic person with a sign of a rule grants leave: no hedge at all
        ("Fans may bring their own food into the stadium.", Stance.ASSERTION),
        ("Under the new rules, tenants may keep a cat or a dog.", Stance.ASSERTION),
        ("Visitors may only enter the gallery with a guide.", Stance.ASSERTION),
        ("Students may freely choose their courses.", Stance.ASSERTION),
        # no sign, a definite party, or what befalls one: a possibility
        ("Voters may punish the party at the polls.", Stance.HEDGE),
        ("Investors may flee the market within days.", Stance.HEDGE),
        ("The minister may now resign.", Stance.HEDGE),
        ("The tenants may keep their own cats.", Stance.HEDGE),
        ("Residents may lose their homes under the new plan.", Stance.HEDGE),
        ("Fans may have brought their own food.", Stance.HEDGE),
    ],
)
def test_stance_permission_may_is_no_hedge(nlp, content, expected):
    assert classify_text(content, "said", nlp=nlp).stance == expected


def test_stance_permission_may_lists_no_hedge_cue(nlp):
    content = "Fans may bring their own food into the stadium."
    assert classify_text(content, "said", nlp=nlp).hedge_cues == ()
    assert classify_text(content, "said", nlp=nlp, disabled=frozenset({PERMISSION_MAY})).stance == Stance.HEDGE


@pytest.mark.parametrize(
    "content",
    ["I believe the plan is rubbish.", "I think the final was a travesty.", "I thought the old stadium was dreadful."],
)
def test_stance_belief_before_a_judgement_word_is_an_opinion(nlp, content):
    assert classify_text(content, "said", nlp=nlp).stance == Stance.ASSERTION
