"""The stance experiment tooling (scripts/stance_features_cache.py, scripts/stance_experiments.py), on our own sentences."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))

import stance_experiments as se  # noqa: E402
import stance_features_cache as cache  # noqa: E402
from claimx.extraction.stance.inputs import StanceInputs  # noqa: E402
from claimx.lexicons import make_lexicons  # noqa: E402


def test_scores_per_class_and_macro():
    gold = ["denial", "denial", "assertion", "hedge", "allegation"]
    pred = ["denial", "assertion", "assertion", "hedge", "hedge"]
    s = se.scores(pred, gold)
    assert s["denial"] == pytest.approx((1.0, 0.5, 2 / 3))
    assert s["hedge"][:2] == pytest.approx((0.5, 1.0))
    assert s["allegation"] == (0.0, 0.0, 0.0)
    assert s["macro"] == pytest.approx((2 / 3 + 2 / 3 + 2 / 3 + 0.0) / 4)
    assert s["acc"] == pytest.approx(3 / 5)


def test_paired_bootstrap_is_zero_when_model_equals_rules_and_positive_when_better():
    gold = ["denial", "assertion", "hedge", "allegation"] * 5
    articles = [f"a{i // 2}" for i in range(len(gold))]
    same = se.paired_bootstrap(gold[:1] + ["assertion"] * 19, gold[:1] + ["assertion"] * 19, gold, articles, rounds=50)
    assert same == (0.0, 0.0, 0.0)
    mean, lo, _ = se.paired_bootstrap(gold, ["assertion"] * len(gold), gold, articles, rounds=50)
    assert mean > 0.5 and lo > 0.3


def test_features_take_only_the_named_groups():
    row = {"feats": {"bias": 1.0, "cue:say": 1.0}, "extra": {"ctx:rebuff": 1.0, "tri:<s>_we_do": 1.0},
           "rule": {"step": "stance.denial_by_cue", "signals": [["stance.denial_by_cue", ["deny"]]]}}
    f = se.features(row, frozenset({"ctx", "step"}))
    assert f == {"bias": 1.0, "cue:say": 1.0, "ctx:rebuff": 1.0, "step:stance.denial_by_cue": 1.0}
    assert se.features(row, frozenset({"signals"}), base=False) == {"bias": 1.0, "sig:stance.denial_by_cue": 1.0}


def test_extra_features_read_the_sentence_around_the_content(nlp):
    doc = nlp("Yesterday the mayor flatly rejected the report, saying we did not take any money.")
    content = doc.char_span(doc.text.index("we"), doc.text.index("money") + len("money"))
    cue = next(t for t in doc if t.lower_ == "saying")
    f = cache.extra_features(StanceInputs(content, cue_lemma="say", cue_label="say", cue=(cue,)))
    assert "ctx:reject" in f and "ctx:report" in f  # outside the content
    assert "ctx:money" not in f  # inside it
    assert "negof:take" in f and f"first0:{content[0].lemma_.lower()}" in f
    assert "cue_pos:before" in f
    assert any(k.startswith("tri:<s>_") for k in f)


_EVALUATION = {"greedy": "negative", "unfair": "negative", "evil": "strong", "no": "negative"}


def _new(nlp, text: str, content: str, cue_word: str):
    doc = nlp(text)
    start = doc.text.index(content)
    span = doc.char_span(start, start + len(content), alignment_mode="expand")
    cue = next(t for t in doc if t.lower_ == cue_word)
    return cache.new_features(StanceInputs(span, cue_lemma=cue.lemma_, cue_label="say", cue=(cue,)), make_lexicons(), _EVALUATION)


def test_new_features_negative_evaluation_and_its_subject(nlp):
    f = _new(nlp, "The tenants said the landlord was greedy and unfair.", "the landlord was greedy and unfair", "said")
    assert f["neval:any"] == 1.0 and "neval:n2" in f and "neval:strong" not in f
    assert "neval_pred:noun" in f and "neval_subj:noun" in f
    assert "neval:any" not in _new(nlp, "The tenants said the landlord was kind.", "the landlord was kind", "said")


def test_new_features_denial_shapes_of_the_speakers_side(nlp):
    f = _new(nlp, "The company said it did not sell the data.", "it did not sell the data", "said")
    assert "ownneg:third:past" in f and "ownneg:side_fact" in f
    assert "ownneg:side_fact" not in _new(nlp, "The company said it would not sell the data.", "it would not sell the data", "said")
    assert "fronted_neg:any" in _new(nlp, "The firm said at no time did it share the files.", "at no time did it share the files", "said")
    assert "neval:any" not in _new(nlp, "The firm said at no time did it share the files.", "at no time did it share the files", "said")  # "no" is a negation
    assert "short_neg:any" in _new(nlp, "“Absolutely not,” the mayor said.", "Absolutely not", "said")


def test_new_features_an_allegation_just_before_and_modals_by_subject(nlp):
    text = "Critics accused the agency of hiding the figures. The agency said it had never hidden anything."
    f = _new(nlp, text, "it had never hidden anything", "said")
    assert "before:alleged" in f and "before:alleged&neg:third" in f
    assert "before:alleged" not in _new(nlp, "The sun was out. The agency said it had opened a branch.", "it had opened a branch", "said")
    g = _new(nlp, "The clerk said visitors could show their passport at the desk.", "visitors could show their passport at the desk", "said")
    assert "modal:could:noun" in g and "modal_agent:could" in g


def test_evaluation_words_derived_from_a_valence_list():
    import derive_evaluation_words as derive

    lines = ["gloomy\t-1.2\t0.4\t[]", "wicked\t-2.6\t0.5\t[]", "calm\t1.3\t0.5\t[]", ":(\t-1.9\t0.6\t[]", "meh\t-0.4\t0.3\t[]"]
    assert derive.derive(lines) == [("gloomy", "negative"), ("wicked", "strong")]
