"""What the stance rules keep between reads (issue 15, cost): phrase hits by pattern and text,
and a claim's text and token attributes. Kept values must never leak into another lexicon or doc."""

from __future__ import annotations

from stance_helpers import parse

from claimx.extraction.stance.phrases import _phrase_hits
from claimx.extraction.stance.syntax import _is_verb, _lower
from claimx.extraction.stance.words import _Words
from claimx.lexicons import lemma_of, make_lexicons


def test_stance_phrase_hits_of_one_text_follow_each_lexicon():
    text = "They waved it off and brushed it aside."
    first = {"wave off": "cue", "brush aside": "cue"}
    second = {"wave off": "cue"}
    assert _phrase_hits("waved off", first) == []  # as written: lemmas are matched elsewhere
    assert _phrase_hits("wave off", first) == ["wave off"]
    assert _phrase_hits("wave off and brush aside", first) == ["wave off", "brush aside"]
    assert _phrase_hits("wave off and brush aside", second) == ["wave off"]
    assert _phrase_hits(text, {"it aside": "cue"}) == ["it aside"]


def test_stance_phrase_hits_read_quote_marks_both_ways():
    phrases = {"fake news": "phrase", "isn't true": "phrase"}
    assert _phrase_hits("“Fake news,” and it isn’t true", phrases) == ["fake news", "isn't true"]
    assert _phrase_hits("It isn't true", phrases) == ["isn't true"]


WE_NEVER_LIED = """
We PRP nsubj 2 we
never RB neg 2
lied VBD ROOT 2 lie
"""
THE_OLD_PLAN = """
The DT det 2 the
old JJ amod 2
plan NN ROOT 2
"""
IT_IS_NOT_WHAT = """
It PRP nsubj 1 it
isn’t VBZ ROOT 1 be
what WP dobj 4
they PRP nsubj 4
alleged VBD ccomp 1 allege
"""


def test_stance_claim_tokens_are_read_per_doc():
    words = _Words(make_lexicons())
    one, two = parse(WE_NEVER_LIED), parse(THE_OLD_PLAN)
    assert [t.lower for t in words.tokens(one[0:3])] == ["we", "never", "lied"]
    assert [t.lower for t in words.tokens(two[0:3])] == ["the", "old", "plan"]  # same offsets, other doc
    assert words.text(one[0:3]) == "We never lied" and words.text(two[0:3]) == "The old plan"
    assert words.text(one[1:3]) == "never lied"


def test_stance_claim_tokens_read_as_the_helpers_do():
    doc = parse(IT_IS_NOT_WHAT)
    for tok in _Words(make_lexicons()).tokens(doc[:]):
        assert (tok.lower, tok.lemma, tok.verb) == (_lower(tok.token), lemma_of(tok.token), _is_verb(tok.token))
        assert (tok.pos, tok.tag, tok.dep) == (tok.token.pos_, tok.token.tag_, tok.token.dep_)
    assert [t.lower for t in _Words(make_lexicons()).tokens(doc[:])][1] == "isn't"
