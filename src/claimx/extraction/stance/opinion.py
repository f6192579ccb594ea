"""Opinion clauses: a belief verb before an opinion is an assertion, not a hedge."""

from __future__ import annotations

from spacy.tokens import Span, Token

from ...labels import StanceWordKind
from ...lexicons import lemma_of

from .wordsets import _DEGREE_WORDS, _NECESSITY_VERBS, _SECOND, _TIMING_WORDS
from .syntax import _lower, _subject
from .words import _Words


def _is_opinion(clause: Token, words: _Words) -> bool:
    """A clause that judges rather than states: "should resign", "was a terrible mistake",
    "is more important", "require too many tests", "deserves better"; advice to a generic "you"
    ("you get more for your money in the towns") and a need stated ("we need a mayor who listens")."""
    if _generic_advice(clause) or _stated_need(clause):
        return True
    for t in clause.subtree:
        if t.dep_ in ("relcl", "advcl", "acl") and t.i != clause.i:
            continue
        if t.tag_ == "MD" and words.stance_words.get(_lower(t)) == StanceWordKind.DEONTIC:
            return True
        # the parse often makes the predicate of a curly-quoted "’s" its object: "he’s a wonderful man"
        if t.dep_ in ("acomp", "attr", "oprd") or t.i == clause.i or t.dep_ == "dobj" and _copula(t.head):
            if words.opinion_word(t) or t.tag_ in ("JJR", "JJS", "RBR", "RBS") and t.pos_ == "ADJ":
                return True
            if any(c.dep_ == "amod" and words.opinion_word(c) for c in t.children):
                return True
            if _of_opinion(t, words):
                return True
            if any(_lower(c) in _DEGREE_WORDS and c.dep_ in ("advmod", "amod") for c in t.children):
                return True
        if _lower(t) == "too" and t.head.pos_ in ("ADJ", "ADV", "DET") and _lower(t.head) not in _TIMING_WORDS:
            return True
        if lemma_of(t) == "deserve":
            return True
    text = " " + clause.doc[clause.left_edge.i : clause.right_edge.i + 1].text.lower().replace("’", "'") + " "
    return any(f" {w} " in text for w in words.deontic_phrases())


def _copula(token: Token) -> bool:
    """"is", and a curly-quoted "’s" the lemmatizer leaves as "’"."""
    return lemma_of(token) == "be" or token.tag_ == "VBZ" and _lower(token) in ("’s", "'s")


def _generic_advice(clause: Token) -> bool:
    """A present clause of a generic "you" with no modal ("I think you get more for your money
    there", "I don't think you need the state to tell them"): a rule of thumb, an opinion; "you
    will see it open in May" (a modal) is a prediction."""
    subject = _subject(clause)
    if subject is None or _lower(subject) not in _SECOND or clause.tag_ not in ("VBP", "VB"):
        return False
    return not any(c.dep_ == "aux" and c.tag_ == "MD" for c in clause.children)


def _stated_need(clause: Token) -> bool:
    """A need stated with its object ("we need a mayor who listens", "the town needs more time"):
    what is wanted, an opinion, as "need to fix the roads" already is (deontic)."""
    return lemma_of(clause) in _NECESSITY_VERBS and lemma_of(clause) != "have" and any(c.dep_ == "dobj" for c in clause.children)


def _belief_complement(token: Token | None, content: Span) -> Token | None:
    """The clause a belief verb governs: its ccomp, or the content's root when the verb is the cue."""
    if token is None:
        return content.root if len(content) else None
    for c in token.children:
        if c.dep_ == "ccomp":
            return c
    if token.dep_ == "parataxis" or token.dep_ == "ROOT":
        return token.head if token.head.i != token.i else None
    return None


def _belief_cue(lemma: str | None, words: _Words) -> bool:
    return lemma in words.belief_lemmas or lemma == "doubt"


def _of_opinion(token: Token, words: _Words) -> bool:
    """"a load of junk", "a bunch of nonsense": a quantity noun whose "of" names a judgement."""
    if lemma_of(token) not in words.quantity_nouns and _lower(token) not in words.quantity_nouns:
        return False
    return any(
        g.dep_ == "pobj" and words.opinion_word(g)
        for c in token.children if c.dep_ == "prep" and _lower(c) == "of" for g in c.children
    )
