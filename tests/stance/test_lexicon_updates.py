"""Lexicon edits made after first use take effect (issue 13: the phrase cache was keyed on id())."""

from __future__ import annotations

import spacy

from claimx.lexicons import make_lexicons

from conftest import installed_model


def test_stance_hedge_phrase_added_after_first_use_is_found():
    nlp = spacy.load(installed_model())
    pipe = nlp.add_pipe("claimx")
    text = 'The minister said the deal will pass, all things being equal.'
    before = nlp(text)._.claims
    assert before and all("all things being equal" not in c.hedge_cues for c in before)
    pipe.lexicons["hedges"]["all things being equal"] = "marker"
    after = nlp(text)._.claims
    assert any("all things being equal" in c.hedge_cues for c in after), [c.hedge_cues for c in after]


def test_stance_phrase_removed_after_first_use_is_no_longer_found():
    nlp = spacy.load(installed_model())
    lexicons = {name: dict(words) for name, words in make_lexicons().items()}
    lexicons["hedges"]["all things being equal"] = "marker"
    pipe = nlp.add_pipe("claimx", config={})
    pipe.lexicons = lexicons
    text = 'The minister said the deal will pass, all things being equal.'
    assert any("all things being equal" in c.hedge_cues for c in nlp(text)._.claims)
    del lexicons["hedges"]["all things being equal"]
    assert all("all things being equal" not in c.hedge_cues for c in nlp(text)._.claims)
