"""The lexicon view the stance rules read (``_Words``), with the word-class tests built on it."""

from __future__ import annotations

from spacy.tokens import Token

from ...lexicons import Lexicons, lemma_of
from .wordsets import _LIE_PLACE, _PARTY_ENTS, _PERSON_PRONOUNS, _THING_PRONOUNS
from .syntax import _is_verb, _lower


class _Words:
    """The lexicons the rules read, with the word-class tests built on them."""

    def __init__(self, lexicons: Lexicons) -> None:
        self.hedges = lexicons["hedges"]
        self.denials = lexicons["denials"]
        self.allegations = lexicons["allegations"]
        self.cue_verbs = lexicons["cue_verbs"]
        self.cue_nouns = lexicons["cue_nouns"]
        # saved pipelines from before stance_words existed still load
        self.stance_words = lexicons.get("stance_words", {})
        self.titles = lexicons.get("titles", {})
        self.orgs = lexicons.get("org_nouns", {})
        self.groups = lexicons.get("group_nouns", {})

    def is_party(self, token: Token) -> bool:
        """A person, group, organisation or state: something that can act and be accused."""
        lower, lemma = _lower(token), lemma_of(token)
        if lower in _PERSON_PRONOUNS or lower in ("it", "its", "their", "his", "her"):
            return True
        if lower in _THING_PRONOUNS:
            return False
        if token.pos_ == "PROPN" or token.ent_type_ in _PARTY_ENTS:
            return True
        if any(c.dep_ in ("compound", "amod") and (c.pos_ == "PROPN" or c.ent_type_ in _PARTY_ENTS) for c in token.children):
            return True  # "Russian agents", "Kremlin officials"
        return any(w in lex for lex in (self.titles, self.orgs, self.groups) for w in (lower, lemma)) or (
            self.stance_words.get(lower) == "agent" or self.stance_words.get(lemma) == "agent"
        )

    def opinion_word(self, token: Token) -> bool:
        return self.stance_words.get(_lower(token)) == "judge" or self.stance_words.get(lemma_of(token)) == "judge"


def _wrong_kind(token: Token, words: _Words) -> str | None:
    """The wrongdoing kind of a word (allegations.tsv): as written, or by lemma for verbs and nouns."""
    lower = _lower(token)
    kind = words.allegations.get(lower)
    if kind is None and (_is_verb(token) or token.pos_ == "NOUN"):
        kind = words.allegations.get(lemma_of(token))
    return kind


def _wrongdoing_sense(token: Token, lemma: str) -> bool:
    """Senses of wrongdoing words that accuse no one: "the states that lie ahead", "threatened to sue"."""
    if lemma == "lie" and _is_verb(token) and _lower(token) != "lied":
        if any(_lower(c) in _LIE_PLACE for c in token.children):
            return False
    if lemma == "threaten" and any(c.dep_ == "xcomp" and lemma_of(c) == "sue" for c in token.children):
        return False  # a bare threat to sue
    if lemma == "attack" and token.pos_ == "NOUN" and token.dep_ == "compound":
        return False  # "attack ads"
    if lemma == "waste" and any(lemma_of(c) in ("breath", "time", "chance", "opportunity", "energy") for c in token.children):
        return False  # "wasting their breath"
    return True
