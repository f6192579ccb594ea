"""claimx.extraction.stance.model: the shipped stance model loads, reads its features and decides sensibly.

Sentences are written for these tests (none from the corpus). Expectations are the clear cases
of the labelling guideline, so a retrained model should keep them; exact probabilities are
not pinned, only that they are probabilities and that clear cases are confident.
"""

from __future__ import annotations

import json
import math

import pytest
from spacy.tokens import Doc

import claimx
from claimx import Stance
from claimx.errors import LexiconError
from claimx.extraction.pipeline import find_claims
from claimx.extraction.stance.inputs import decide_inputs, text_inputs
from claimx.extraction.stance.model import (
    MODEL_PATH,
    MODEL_RULE,
    StanceModel,
    classify_text,
    features_of,
    load_stance_model,
    name_placeholder,
    stance_features,
)
from claimx.lexicons import make_lexicons

LEXICONS = make_lexicons()


def test_stance_model_ships_weights_for_four_classes():
    model = load_stance_model()
    assert set(model.classes) == set(Stance)
    assert len(model.weights) > 500  # a real vocabulary, not a stub
    assert 0.2 < model.temperature < 5
    assert MODEL_PATH.is_file() and len(MODEL_PATH.read_bytes()) < 20_000_000


@pytest.mark.parametrize(
    ("content", "cue", "expected"),
    [
        ("the mayor of taking kickbacks from the builders", "accused", Stance.ALLEGATION),
        ("the warden tortured the prisoners and hid the bodies", "said", Stance.ALLEGATION),
        ("that the clinic had ever turned away a patient", "denied", Stance.DENIAL),
        ("“That is simply not true.”", "said", Stance.DENIAL),
        ("the bridge may need repairs before winter", "said", Stance.HEDGE),
        ("the river will probably flood the lower town", "said", Stance.HEDGE),
        ("the library opens at nine on Saturdays", "said", Stance.ASSERTION),
        ("we will build three new schools next year", "promised", Stance.ASSERTION),
    ],
)
def test_stance_model_clear_cases(nlp, content, cue, expected):
    assert classify_text(content, cue, nlp=nlp).stance == expected


def test_stance_model_confidence_is_a_probability(nlp):
    clear = classify_text("the mayor of taking kickbacks from the builders", "accused", nlp=nlp)
    assert 0.5 < clear.confidence <= 1.0
    inputs = text_inputs(nlp("the bridge may need repairs"), nlp("said"), LEXICONS)
    feats = stance_features(inputs, decide_inputs(inputs, LEXICONS), LEXICONS)
    probs = load_stance_model().probabilities(feats)
    assert math.isclose(sum(probs), 1.0) and all(0 <= p <= 1 for p in probs)


def test_stance_model_evidence_names_features(nlp):
    decision = classify_text("that the clinic had ever turned away a patient", "denied", nlp=nlp)
    assert decision.evidence and all(":" in e for e in decision.evidence)
    assert any(e.startswith(("cue:", "rule:", "cue_class:")) for e in decision.evidence)


def test_stance_model_keeps_rule_hedge_cues_and_target(nlp):
    decision = classify_text("the flood may have damaged the dam", "believes", nlp=nlp)
    assert decision.hedge_cues == ("believes", "may")
    accused = classify_text("the mayor of taking kickbacks from the builders", "accused", nlp=nlp)
    assert accused.target is not None and accused.target.text == "the mayor"
    assert classify_text("the library opens at nine", "said", nlp=nlp).target is None


def test_stance_model_features_are_named_and_bounded(nlp):
    inputs = text_inputs(nlp("I never took the money"), nlp("insisted"), LEXICONS)
    feats = stance_features(inputs, decide_inputs(inputs, LEXICONS), LEXICONS)
    assert {"bias", "cue:insist", "root:negated", "root_subject:first_person", "word:never"} <= set(feats)


_MADE_UP_NAMES = ("marta", "okonkwo", "velmora", "addley", "dalby", "fenwick", "brennick")


@pytest.mark.parametrize(
    ("content", "cue"),
    [
        ("Marta Okonkwo lied to the Velmora Water Board about the spill in Port Addley", "Governor Dalby Fenwick charged"),
        ("the Brennick Party never took money from Okonkwo", "Fenwick denied"),
        ("Velmora may close the Addley bridge", "according to Okonkwo"),
    ],
)
def test_stance_model_features_hold_no_names(nlp, content, cue):
    """A name never becomes a feature: words, pairs and cue words carry its placeholder instead."""
    inputs = text_inputs(nlp(content), nlp(cue), LEXICONS)
    feats = stance_features(inputs, decide_inputs(inputs, LEXICONS), LEXICONS)
    assert not [k for k in feats if any(name in k.lower() for name in _MADE_UP_NAMES)]
    assert any(k.startswith("word:<") and k != "word:<num>" for k in feats)


def test_stance_model_name_placeholder_by_kind(nlp):
    doc = nlp("Marta Okonkwo told the Velmora Water Board in Port Addley that the bridge was safe.")
    assert name_placeholder(doc[1]) is not None and name_placeholder(doc[8]) is not None
    assert {name_placeholder(t) for t in doc if t.lower_ in ("told", "the", "bridge", "safe", "that")} == {None}


def test_stance_model_name_placeholder_when_the_tagger_misses_a_name(nlp):
    """A capital mid-sentence, or at a sentence start when the article names the word elsewhere."""
    words = ["Okonkwo", "spoke", ".", "Okonkwo", "lied", "to", "anti", "-", "Brennick", "voters", ".", "Prices", "rose"]
    pos = ["PROPN", "VERB", "PUNCT", "NOUN", "VERB", "ADP", "ADJ", "PUNCT", "ADJ", "NOUN", "PUNCT", "NOUN", "VERB"]
    starts = [True, False, False, True, False, False, False, False, False, False, False, True, False]
    doc = Doc(nlp.vocab, words=words, pos=pos, sent_starts=starts)
    assert name_placeholder(doc[3]) == "<propn>"  # "Okonkwo" tagged a noun, a name two words before
    assert name_placeholder(doc[8]) == "<propn>"  # capitalised after a hyphen
    assert name_placeholder(doc[11]) is None  # "Prices" opens a sentence and is no name anywhere
    assert name_placeholder(doc[9]) is None


def test_stance_model_rejects_malformed_weights():
    with pytest.raises(LexiconError):
        StanceModel.from_json({"classes": ["assertion", "denial"], "weights": {"bias": [0.0]}})
    model = StanceModel.from_json(json.loads('{"classes": ["assertion", "denial"], "weights": {"bias": [0.0, 1.0]}}'))
    assert model.probabilities({"bias": 1.0})[1] > 0.5


def test_stance_model_classify_stance_is_public(nlp):
    decision = claimx.classify_stance("the senator lied about the donations", "charged", nlp=nlp, model=True)
    assert decision.stance == Stance.ALLEGATION and decision.rule == MODEL_RULE
    assert claimx.classify_stance("the senator lied about the donations", "charged", nlp=nlp).rule != MODEL_RULE
    with pytest.raises(TypeError):
        claimx.classify_stance(b"bytes", model=True)  # type: ignore[arg-type]


def test_stance_model_is_opt_in_through_the_component(nlp):
    """The rules decide by default; ``stance_model`` in the component config lets the model decide."""
    text = "The company denied that it had polluted the lake, a spokesman said."
    doc = nlp.make_doc(text)
    for name, proc in nlp.pipeline:
        if name != "claimx":
            doc = proc(doc)
    lexicons = nlp.get_pipe("claimx").lexicons
    rules, model = find_claims(doc, lexicons), find_claims(doc, lexicons, stance_model=True)
    assert [c.text for c in rules] == [c.text for c in model]
    assert any(c.stance == Stance.DENIAL for c in model)
    assert not any(e.startswith("rule:") for c in rules for e in c.evidence)
    assert all(c.evidence and c.evidence[0].startswith(("rule:", "cue", "word:", "neg")) or not c.evidence for c in model)


def test_stance_model_decision_names_itself_and_keeps_rule_signals(nlp):
    decision = classify_text("the warden lied to the inspectors", "said", nlp=nlp)
    assert decision.rule == MODEL_RULE
    assert "stance.wrongdoing_word" in {s.rule for s in decision.signals}


def test_stance_model_disabled_rule_is_absent_from_features(nlp):
    inputs = text_inputs(nlp("that claim is baseless"), nlp("said"), LEXICONS)
    rule, feats = features_of(inputs, LEXICONS)
    assert rule.stance == Stance.DENIAL and "rule:denial" in feats
    off = frozenset({"stance.denial_content"})
    rule_off, feats_off = features_of(inputs, LEXICONS, disabled=off)
    assert rule_off.stance != Stance.DENIAL
    assert not any(name.startswith("rule:denial") for name in feats_off)
    assert classify_text("that claim is baseless", "said", nlp=nlp, disabled=off).signals == rule_off.signals


def test_stance_model_disabled_through_find_claims(nlp):
    doc = nlp("\u201cThat claim is baseless,\u201d the mayor said.")
    pipe_lexicons = nlp.get_pipe("claimx").lexicons
    [claim] = find_claims(doc, pipe_lexicons, stance_model=True)
    [off] = find_claims(doc, pipe_lexicons, disabled=frozenset({"stance.denial_content"}), stance_model=True)
    assert claim.stance == Stance.DENIAL
    assert not any(e.startswith("rule:denial") for e in off.evidence)
