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


THEY_SAID_IT_ENDED = """
The DT det 1 the
board NN nsubj 2 board
said VBD ROOT 2 say
. . punct 2
It PRP nsubj 5 it
ended VBD ROOT 5 end
. . punct 5
"""
HARLOW_STOKED_FEAR = """
Harlow NNP nsubj 1
stoked VBD ROOT 1 stoke
fear NN dobj 1
"""


def test_stance_claim_sentences_are_cut_once_per_doc():
    from claimx.extraction.stance.syntax import _sentences

    words = _Words(make_lexicons())
    doc = parse(THEY_SAID_IT_ENDED)
    first = words.sentences(doc[0:7])
    assert [s.text for s in first] == [s.text for s in _sentences(doc[0:7])] == ["The board said.", "It ended."]
    assert words.sentences(doc[0:7]) is first  # kept, not cut again
    other = parse(THEY_SAID_IT_ENDED)  # same offsets, another doc: cut afresh
    assert words.sentences(other[0:7]) is not first


def test_stance_deontic_phrases_follow_the_lexicon():
    lexicons = {name: dict(words) for name, words in make_lexicons().items()}
    phrases = _Words(lexicons).deontic_phrases()
    assert "has to" in phrases and "ought to" in phrases
    assert "should" not in phrases  # one word: read on the modal itself
    lexicons["stance_words"]["be bound to"] = "deontic"
    assert "be bound to" in _Words(lexicons).deontic_phrases()


def test_stance_negated_acts_judge_opinion_only_of_negated_verbs(monkeypatch):
    from claimx.extraction.stance import charges

    judged: list[str] = []

    def counting(clause, words):
        judged.append(clause.text)
        return False

    monkeypatch.setattr(charges, "_is_opinion", counting)
    words = _Words(make_lexicons())
    assert [(v.text, n.text) for v, n in charges._negated_acts(parse(WE_NEVER_LIED)[:], words)] == [("lied", "never")]
    assert judged == ["lied"]
    judged.clear()
    assert list(charges._negated_acts(parse(HARLOW_STOKED_FEAR)[:], words)) == []
    assert judged == []  # no negation: no opinion read (the costly walk, issue 15)


def test_stance_fault_frame_heads_are_read_once_per_verb():
    from claimx.extraction.stance.fault_frames import _may_frame
    from claimx.extraction.stance.parties import _Parties

    doc = parse(HARLOW_STOKED_FEAR)
    parties = _Parties(_Words(make_lexicons()))
    assert _may_frame(doc[1], parties) and not _may_frame(doc[0], parties)
    assert parties.framed == {1: True, 0: False}
    parties.words.fault_words = {}  # the memo answers: the lexicon is not read again for this claim
    assert _may_frame(doc[1], parties)


def test_stance_negation_is_read_after_the_frame_words(monkeypatch):
    from claimx.extraction.stance import allegations, fault_frames
    from claimx.extraction.stance.parties import _Parties

    asked: list[str] = []
    for module in (allegations, fault_frames):
        monkeypatch.setattr(module, "_is_negated", lambda token: asked.append(token.text) or False)
    doc = parse(HARLOW_STOKED_FEAR)
    parties = _Parties(_Words(make_lexicons()))
    for read in (allegations._read_concealment, fault_frames._read_endangering, fault_frames._read_punished_speech):
        assert read(doc[1], doc[:], parties) is None
    assert asked == []  # "stoked fear": no record, no danger, no punishment, so no negation read


def test_stance_phrase_patterns_of_every_label_set_follow_an_edit():
    from claimx.extraction.stance.phrases import Patterns

    lexicon = {"fake news": "phrase", "made up": "neutral"}
    memo = Patterns()
    assert _phrase_hits("fake news, made up", lexicon, ("phrase",), memo=memo) == ["fake news"]
    assert _phrase_hits("fake news, made up", lexicon, ("neutral",), memo=memo) == ["made up"]
    assert list(memo.versions) == [id(lexicon)]  # the content compared once for both label sets
    lexicon["dreamed up"] = "neutral"
    memo = Patterns()  # the next claim: the edit is seen by every label set, whichever reads first
    assert _phrase_hits("it was dreamed up", lexicon, ("phrase",), memo=memo) == []
    assert _phrase_hits("it was dreamed up", lexicon, ("neutral",), memo=memo) == ["dreamed up"]
    del lexicon["dreamed up"]
    assert _phrase_hits("it was dreamed up", lexicon, ("neutral",)) == []  # no memo: compared on the call


def test_stance_token_attributes_kept_by_string_ids_follow_the_tag():
    from claimx.extraction.stance.words import _tok

    doc = parse(WE_NEVER_LIED + "lied VBN ROOT 3 lie\n")
    first, again = _tok(doc[2]), _tok(doc[2])
    assert first[1:] == again[1:] and first.token.i == again.token.i == 2
    other = _tok(doc[3])  # the same word tagged otherwise: its own reading
    assert (other.lower, other.lemma, other.tag) == ("lied", "lie", "VBN") and other.token.i == 3
    assert (first.tag, first.verb) == ("VBD", True)


def test_stance_key_starts_follow_the_lexicon():
    from claimx.labels import StanceWordKind

    lexicon = {"sit on": "conceal", "bury": "conceal", "sit down": "thing", "keep from": "conceal"}
    words = _Words(make_lexicons())
    assert words.key_starts(lexicon, StanceWordKind.CONCEAL) == {"sit", "sit on", "bury", "keep", "keep from"}
    lexicon["sweep under the rug"] = "conceal"
    fresh = _Words(make_lexicons())  # the next claim sees the edit
    assert {"sweep", "sweep under", "sweep under the"} <= fresh.key_starts(lexicon, StanceWordKind.CONCEAL)


def test_stance_concealment_passes_on_a_verb_no_conceal_key_starts_with(monkeypatch):
    from claimx.extraction.stance import allegations
    from claimx.extraction.stance.parties import _Parties

    asked: list[str] = []
    monkeypatch.setattr(allegations, "lemma_of", lambda t: asked.append(t.text) or t.lemma_.lower())
    doc = parse(HARLOW_STOKED_FEAR)
    assert allegations._read_concealment(doc[1], doc[:], _Parties(_Words(make_lexicons()))) is None
    assert asked == ["stoked"]  # the verb's lemma only: its object is not read as a record


def test_stance_fault_frame_heads_see_a_word_list_edited_in_place():
    """The frames' key starts follow the word list's content, not only its identity (review of stance19a)."""
    from claimx.extraction.stance.fault_frames import _may_frame
    from claimx.extraction.stance.parties import _Parties

    lexicons = {name: dict(words) for name, words in make_lexicons().items()}
    doc = parse(HARLOW_STOKED_FEAR)
    assert not _may_frame(doc[0], _Parties(_Words(lexicons)))
    lexicons["fault_words"]["harlow"] = next(iter(lexicons["fault_words"].values()))
    assert _may_frame(doc[0], _Parties(_Words(lexicons)))  # the next claim sees the edit
