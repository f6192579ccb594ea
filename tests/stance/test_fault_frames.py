"""claimx.extraction.stance.fault_frames — allegations made by a clause with no wrongdoing word (issue 15, stance19a).

Sentences written for these tests (made-up names and places, not taken from any corpus), read
with ``classify_text`` (the rules alone on strings).
"""

from __future__ import annotations

import pytest

from claimx import Stance
from claimx.extraction.stance import classify_text
from claimx.extraction.stance.allegations import CLAUSE_RULES
from claimx.extraction.stance.fault_frames import FAULT_FRAMES


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        # a party stirs up an ill
        ("Mayor Quill stoked hatred against the newcomers", Stance.ALLEGATION),
        ("Councillor Brin's remarks stirred up anger in the valley", Stance.ALLEGATION),
        # no party, no ill, the speaker's side, or negated
        ("the drought fuelled anger among the farmers", Stance.ASSERTION),
        ("Harlow fuelled the debate about the dam", Stance.ASSERTION),
        ("we stoked fear", Stance.ASSERTION),
        ("Harlow did not stoke fear", Stance.ASSERTION),
    ],
)
def test_fault_frame_stoked_ill(nlp, content, expected):
    assert classify_text(content, "said", nlp=nlp).stance == expected


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        # a party disregards a warning or a rule it owes heed
        ("the Velmor council ignored clear warnings about the dam", Stance.ALLEGATION),
        ("the Tessaly mining company flouted the rules", Stance.ALLEGATION),
        ("the Karvonian regime defied the sanctions", Stance.ALLEGATION),
        # an object that is no rule, negated, or the speaker's side
        ("the council ignored the rain and held the parade", Stance.ASSERTION),
        ("the runner broke the record", Stance.ASSERTION),
        ("the council did not ignore the warnings", Stance.ASSERTION),
        ("we ignored the warnings", Stance.ASSERTION),
    ],
)
def test_fault_frame_flouted_rule(nlp, content, expected):
    assert classify_text(content, "said", nlp=nlp).stance == expected


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        # a party tied to an armed group, by "ties to" or a role "of" it
        ("the Tessaly party has links to a militant group", Stance.ALLEGATION),
        ("Minister Harlow is the founder of the militant group", Stance.ALLEGATION),
        ("the founder of the militant group is Minister Harlow", Stance.ALLEGATION),
        # "no links", or ties to no armed group
        ("the Tessaly party has no links to the militant group", Stance.ASSERTION),
        ("the charity has links to farmers' groups", Stance.ASSERTION),
        ("the police have close ties to the community", Stance.ASSERTION),
    ],
)
def test_fault_frame_militant_tie(nlp, content, expected):
    assert classify_text(content, "said", nlp=nlp).stance == expected


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        # a party backs an armed or criminal group
        ("Karvonia supports terrorists", Stance.ALLEGATION),
        ("the Velmor government armed the militants", Stance.ALLEGATION),
        ("Harlow backed the plan", Stance.ASSERTION),
        # a party puts people or their safety in danger
        ("the minister endangered the public", Stance.ALLEGATION),
        ("the senator put lives at risk", Stance.ALLEGATION),
        ("Minister Harlow is making our country less safe", Stance.ALLEGATION),
        ("the senator put the deal at risk", Stance.ASSERTION),
        ("the new dam is making the valley less safe", Stance.ASSERTION),
        ("the agency may have returned the families to violent and dangerous situations", Stance.ALLEGATION),
        ("the medics took the victims to safety", Stance.ASSERTION),
        ("the coach led the team to victory", Stance.ASSERTION),
        # a self-serving aim as the only motive
        ("Harlow only did it to win votes", Stance.ALLEGATION),
        ("he just wants to grab headlines", Stance.ALLEGATION),
        ("Harlow came to the fair to win votes", Stance.ASSERTION),
        ("he only wants to help the farmers", Stance.ASSERTION),
        # an armed act laid on an armed force; the same act of anyone else accuses no one
        ("the strike was carried out by Karvonian forces", Stance.ALLEGATION),
        ("Karvonian troops launched a raid on the village", Stance.ALLEGATION),
        ("the union launched a strike", Stance.ASSERTION),
        ("the army conducted a rescue operation", Stance.ASSERTION),
    ],
)
def test_fault_frames_of_harm_danger_and_motive(nlp, content, expected):
    assert classify_text(content, "said", nlp=nlp).stance == expected


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        # a party in it for itself, or not for those it serves
        ("he's not in it for the Velmor farmers", Stance.ALLEGATION),
        ("Harlow is in it for himself", Stance.ALLEGATION),
        ("Harlow is in it for the money", Stance.ALLEGATION),
        ("Harlow is in it for the long haul", Stance.ASSERTION),
        ("we are in it for the people", Stance.ASSERTION),
        ("I'm not in it for myself", Stance.ASSERTION),
        # a party punishes people for speaking; a punishment for anything else accuses no one
        ("the regime jails reporters for criticizing the king", Stance.ALLEGATION),
        ("Karvonia stops putting people in jail for speaking out.", Stance.ALLEGATION),
        ("the Karvonian government punishes citizens for their views", Stance.ALLEGATION),
        ("the police arrested him for speeding", Stance.ASSERTION),
    ],
)
def test_fault_frames_of_self_interest_and_punished_speech(nlp, content, expected):
    assert classify_text(content, "said", nlp=nlp).stance == expected


def test_fault_frames_are_named_clause_rules_that_can_be_switched_off(nlp):
    ids = [rule_id for rule_id, _ in FAULT_FRAMES]
    assert set(ids) <= {rule.id for rule in CLAUSE_RULES}
    content = "the Velmor council ignored clear warnings about the dam"
    decision = classify_text(content, "said", nlp=nlp)
    assert decision.stance == Stance.ALLEGATION and decision.target is not None
    assert decision.target.text == "the Velmor council"
    assert any(s.rule == "stance.flouted_rule" for s in decision.signals)
    assert classify_text(content, "said", nlp=nlp, disabled=frozenset({"stance.flouted_rule"})).stance == Stance.ASSERTION
