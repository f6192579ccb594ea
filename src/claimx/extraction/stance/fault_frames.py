"""Fault frames: an allegation made by a clause that holds no wrongdoing word (issue 15).

A party as the subject of a verb that, with an object of a listed sort, fails a duty or stirs up
an ill, or a party tied to an armed group: "the council ignored clear warnings", "Harlow is
stoking hatred", "the party has ties to a militant group". Each frame is a verb
kind and an object kind of ``fault_words.tsv``; the verb alone ("ignored the rain", "fuelled the
debate") accuses no one. Like the other clause rules they pass on a
negated verb, on the speaker's own side, and on a subject that is no party ("the storm").
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span, Token

from ...labels import FaultWordKind
from ...lexicons import lemma_of
from .wordsets import _SELF, _THING_PRONOUNS
from .syntax import _antecedent, _is_negated, _is_verb, _lower, _particles, _subject
from .parties import _Parties

Found = tuple[bool, Token | None] | None


def _kind(token: Token, parties: _Parties) -> str | None:
    words = parties.words.fault_words
    return words.get(_lower(token)) or words.get(lemma_of(token))


def _of_kind(token: Token, kind: str, parties: _Parties) -> bool:
    """The noun is of the kind, or is modified by a word of it ("a militant group", "terror cells")."""
    return _kind(token, parties) == kind or any(
        c.dep_ in ("amod", "compound") and _kind(c, parties) == kind for c in token.children)


def _doer(verb: Token, parties: _Parties) -> Token | None:
    """Who does the verb's act: its subject, the "by" agent of a passive, or the owner of the noun
    an infinitive hangs on ("Harlow's rhetoric to stoke fear"). None unless a party that is not the speaker's side."""
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)
    if passive:
        doer = next((g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)
    else:
        doer = _subject(verb)
        if doer is None and verb.dep_ in ("acl", "relcl") and verb.head.pos_ == "NOUN":
            doer = next((c for c in verb.head.children if c.dep_ == "poss"), None)
    if doer is None:
        return None
    doer = _antecedent(doer)
    if _lower(doer) in _SELF | _THING_PRONOUNS:
        return None
    if not parties.words.is_party(doer):
        owner = next((c for c in doer.children if c.dep_ == "poss"), None)  # "the mayor's remarks stoked anger"
        if owner is None or not parties.words.is_party(owner) or _lower(owner) in _SELF:
            return None
        doer = owner
    return doer


def _objects(verb: Token) -> list[Token]:
    """The verb's objects: direct objects (with their conjuncts), or the subject of a passive."""
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    found = [c for c in verb.children if c.dep_ in (("nsubjpass",) if passive else ("dobj",))]
    return found + [g for c in found for g in c.children if g.dep_ == "conj"]


def _verb_kind(verb: Token, parties: _Parties) -> str | None:
    """The kind of the verb by lemma, or of "lemma particle" ("stir up", "brush aside")."""
    words = parties.words.fault_words
    for particle in _particles(verb):
        kind = words.get(f"{lemma_of(verb)} {_lower(particle)}")
        if kind is not None:
            return kind
    return words.get(lemma_of(verb))


def _object_frame(verb_kind: str, object_kind: str) -> Callable[[Token, Span, _Parties], Found]:
    """A party as subject of a verb of ``verb_kind`` with an object of ``object_kind``."""

    def read(verb: Token, content: Span, parties: _Parties) -> Found:
        if _verb_kind(verb, parties) != verb_kind or _is_negated(verb):
            return None
        if not any(_of_kind(o, object_kind, parties) for o in _objects(verb)):
            return None
        doer = _doer(verb, parties)
        return parties.check(doer) if doer is not None else None

    return read


def _read_militant_tie(verb: Token, content: Span, parties: _Parties) -> Found:
    """A party tied to an armed or criminal group: "has ties to a militant group", "maintains links
    with the cartel" (``tie`` nouns with "to"/"with"), "was the founder of the militant group"
    (``tie`` nouns with "of", as the attribute of a party). Not "no ties", not negated."""
    if _is_negated(verb):
        return None

    def militant(noun: Token) -> bool:
        return _of_kind(noun, FaultWordKind.MILITANT, parties)

    def tied(noun: Token) -> bool:
        if _kind(noun, parties) != FaultWordKind.TIE or any(c.dep_ == "det" and _lower(c) == "no" for c in noun.children):
            return False
        return any(c.dep_ == "prep" and _lower(c) in ("to", "with", "of", "for") and militant(g)
                   for c in noun.children for g in c.children if g.dep_ == "pobj")

    if lemma_of(verb) == "be":
        # "Harlow is the founder of the militant group", "the founder of the militant group is Harlow"
        args = [c for c in verb.children if c.dep_ in ("nsubj", "attr")]
        if len(args) == 2 and any(tied(a) for a in args):
            other = next(a for a in args if not tied(a))
            if parties.words.is_party(_antecedent(other)) and _lower(other) not in _SELF | _THING_PRONOUNS:
                return parties.check(other)
        return None
    if not any(tied(o) for o in _objects(verb)):
        return None
    doer = _doer(verb, parties)
    return parties.check(doer) if doer is not None else None


# The frames, by rule id (read by allegations.CLAUSE_RULES on each content verb).
FAULT_FRAMES: tuple[tuple[str, Callable[[Token, Span, _Parties], Found]], ...] = (
    ("stance.stoked_ill", _object_frame(FaultWordKind.STOKE, FaultWordKind.ILL)),
    ("stance.flouted_rule", _object_frame(FaultWordKind.FLOUT, FaultWordKind.RULE)),
    ("stance.militant_tie", _read_militant_tie),
)
