"""The noun-cue pass: "the agency's claim that ...", "claims by X that ..."."""

from __future__ import annotations

from spacy.tokens import Token

from ...labels import AttributionWordKind
from ...lexicons import Lexicons, lemma_of
from .build import add_candidate
from .candidate import AttributionRule
from .state import DocView, State
from .syntax import find_subject, subtree_range

__all__ = ["noun_cues"]


def noun_cues(view: DocView, state: State) -> None:
    """"the agency's claim that ...", "claims by X that ...": a cue noun with a that-clause."""
    lexicons = view.lexicons
    marks = lexicons["complementizers"]
    for token in view.doc:
        if token.pos_ not in ("NOUN", "PROPN"):
            continue
        label = lexicons["cue_nouns"].get(lemma_of(token))
        if label is None or view.in_quote(token.idx):
            continue
        clause = next(
            (
                c
                for c in token.children
                if c.dep_ in ("acl", "ccomp", "appos") and any(m.dep_ == "mark" and marks.get(m.lower_) == AttributionWordKind.DECLARATIVE for m in c.children)
            ),
            None,
        )
        if clause is None:
            continue
        subject = _noun_source(token, lexicons)
        if subject is None:
            continue
        lo, hi = subtree_range(clause)
        add_candidate(view, state, lo, hi, rule=AttributionRule.NOUN_CUES, cue=token, cue_tokens=None, label=label, subject=subject)


def _noun_source(noun: Token, lexicons: Lexicons) -> Token | None:
    """Who made the noun's claim: a possessive, a "by"/"from" phrase, or the subject of the verb it is the object of."""
    agents = lexicons["agent_preps"]
    for c in noun.children:
        if c.dep_ == "poss":
            return c
        if c.dep_ == "prep" and c.lower_ in agents:
            pobj = next((g for g in c.children if g.dep_ == "pobj"), None)
            if pobj is not None:
                return pobj
    if noun.dep_ in ("dobj",) and noun.head.pos_ == "VERB":
        subject, _ = find_subject(noun.head, lexicons)
        return subject
    return None
