"""The stance rules as named tables: ids, switching a rule off, and the findings each rule reports.

Sentences written for these tests (not taken from any corpus).
"""

from __future__ import annotations

import pytest

from claimx import Stance
from claimx.extraction.pipeline import find_claims
from claimx.extraction.stance import classify_text, decide_stance
from claimx.extraction.stance.allegations import ALLEGATION_GUARDS, ALLEGATION_PHRASE, ALLEGATION_RULES
from claimx.extraction.stance.decide import STEPS, stance_signals
from claimx.extraction.stance.denials import DENIAL_IN_CONDITION, DENIAL_PHRASE, DENIAL_RULES
from claimx.extraction.stance.hedges import CUE_HEDGE, HEDGE_CHECKS, HEDGE_PHRASE, LONE_HEDGE, PERMISSION_MAY
from claimx.extraction.stance.signals import Signal
from claimx.lexicons import make_lexicons

ALL_IDS = [
    *(step.id for step in STEPS),
    *(rule.id for rule in DENIAL_RULES),
    DENIAL_PHRASE,
    DENIAL_IN_CONDITION,
    *(rule.id for rule in ALLEGATION_RULES),
    *(guard.id for guard in ALLEGATION_GUARDS),
    ALLEGATION_PHRASE,
    *(check.id for check in HEDGE_CHECKS),
    HEDGE_PHRASE,
    CUE_HEDGE,
    LONE_HEDGE,
    PERMISSION_MAY,
]


def test_stance_rule_ids_are_unique_and_named_stance():
    assert len(ALL_IDS) == len(set(ALL_IDS))
    assert all(rule_id.startswith("stance.") and rule_id == rule_id.lower() for rule_id in ALL_IDS)


def test_stance_precedence_is_denial_then_allegation_then_hedge():
    order = [step.id for step in STEPS]
    assert order.index("stance.denial_content") < order.index("stance.allegation_cue") < order.index("stance.hedge")


@pytest.mark.parametrize(
    ("content", "cue", "rule", "on", "off"),
    [
        ("that she received the payments", "denied", "stance.denial_cue", Stance.DENIAL, Stance.ASSERTION),
        ("the allegations were baseless", "said", "stance.rejecting_predicate", Stance.DENIAL, Stance.ASSERTION),
        ("the allegations were baseless", "said", "stance.denial_content", Stance.DENIAL, Stance.ASSERTION),
        ("“We never cheated.”", "said", "stance.denied_wrongdoing", Stance.DENIAL, Stance.ASSERTION),
        ("the company of cutting corners", "accused", "stance.allegation_cue", Stance.ALLEGATION, Stance.ASSERTION),
        ("the company secretly dumped waste in the river", "said", "stance.wrongdoing_word", Stance.ALLEGATION, Stance.ASSERTION),
        ("the plant may close next year", "said", "stance.hedge_modal", Stance.HEDGE, Stance.ASSERTION),
        ("the plant may close next year", "said", "stance.hedge", Stance.HEDGE, Stance.ASSERTION),
        ("the vaccine reduces infections", "believes", "stance.cue_hedge", Stance.HEDGE, Stance.ASSERTION),
    ],
)
def test_stance_a_rule_switched_off_is_skipped(nlp, content, cue, rule, on, off):
    assert classify_text(content, cue, nlp=nlp).stance == on
    assert classify_text(content, cue, nlp=nlp, disabled=frozenset({rule})).stance == off


def test_stance_a_hedge_check_switched_off_reports_no_hedge_cue(nlp):
    assert classify_text("the plant may close next year", "said", nlp=nlp).hedge_cues == ("may",)
    assert classify_text("the plant may close next year", "said", nlp=nlp, disabled=frozenset({"stance.hedge_modal"})).hedge_cues == ()


def test_stance_a_denial_rule_switched_off_lets_the_next_decide(nlp):
    """With the denial step off, the wrongdoing in the content makes it an allegation."""
    content, cue = "the rumours that the minister lied are false", "said"
    assert classify_text(content, cue, nlp=nlp).stance == Stance.DENIAL
    decision = classify_text(content, cue, nlp=nlp, disabled=frozenset({"stance.denial_content"}))
    assert decision.stance == Stance.ALLEGATION and decision.rule == "stance.allegation_content"
    assert decision.target is not None and decision.target.text == "the minister"


def test_stance_rules_switched_off_through_find_claims(nlp):
    with nlp.select_pipes(disable=["claimx"]):
        doc = nlp("“The plant may close next year,” the mayor said.")
    lexicons = make_lexicons()
    (claim,) = find_claims(doc, lexicons)
    assert claim.stance == Stance.HEDGE
    (claim,) = find_claims(doc, lexicons, disabled=frozenset({"stance.hedge_modal"}))
    assert claim.stance == Stance.ASSERTION and claim.hedge_cues == ()


def test_stance_decision_names_its_step_and_the_rule_findings(nlp):
    decision = classify_text("the allegations were baseless", "said", nlp=nlp)
    assert decision.rule == "stance.denial_content"
    assert decision.signals == (Signal("stance.rejecting_predicate", ("baseless",)),)
    decision = classify_text("the company secretly dumped waste in the river", "said", nlp=nlp)
    assert decision.rule == "stance.allegation_content"
    assert Signal("stance.wrongdoing_word", ("secretly",)) in decision.signals
    assert classify_text("the vaccine reduces infections", "said", nlp=nlp).rule is None


def test_stance_signals_reads_every_step_that_fires(nlp):
    with nlp.select_pipes(disable=["claimx"]):
        doc = nlp("the allegations are probably baseless")
    options = {"cue_lemma": "say", "cue_label": "say", "lexicons": make_lexicons()}
    decisions = stance_signals(doc[:], **options)
    assert [d.rule for d in decisions] == ["stance.denial_content", "stance.hedge"]
    assert decisions[0] == decide_stance(doc[:], **options)
    assert decisions[1].evidence == ("probably",)


def test_stance_signals_reads_the_source_as_decide_stance_does(nlp):
    """The source named again in the content is its own side, for the signals too (review of stance17)."""
    with nlp.select_pipes(disable=["claimx"]):
        doc = nlp("the company is not corrupt, the company said")
    content, source = doc[0:5], doc[6:8]
    options = {"cue_lemma": "say", "cue_label": "say", "lexicons": make_lexicons()}
    assert stance_signals(content, **options) == ()
    decisions = stance_signals(content, source=source, **options)
    assert decisions and decisions[0] == decide_stance(content, source=source, **options)
    assert decisions[0].stance.value == "denial"
