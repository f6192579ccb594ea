"""The stance experiment tooling (scripts/stance_features_cache.py, scripts/stance_experiments.py), on our own sentences."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))

import stance_experiments as se  # noqa: E402
import stance_features_cache as cache  # noqa: E402
from claimx.extraction.stance.inputs import StanceInputs  # noqa: E402


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
