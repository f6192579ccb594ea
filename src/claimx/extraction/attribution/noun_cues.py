"""The noun-cue pass: "the agency's claim that ...", "claims by X that ..."."""

from __future__ import annotations

from spacy.tokens import Token

from ...labels import AttributionWordKind
from ...lexicons import Lexicons, lemma_of
from .build import add_candidate
from .candidate import AttributionRule
from .state import DocView, State
from .syntax import can_speak, find_subject, is_speaker_entity, misread_noun_cue, subtree_range

__all__ = ["intent_nouns", "noun_cues"]


def noun_cues(view: DocView, state: State) -> None:
    """"the agency's claim that ...", "claims by X that ...": a cue noun with a that-clause."""
    lexicons = view.lexicons
    marks = lexicons["complementizers"]
    for token in view.doc:
        misread = misread_noun_cue(token, lexicons)
        if token.pos_ not in ("NOUN", "PROPN") and not misread:
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
        if misread:  # "settle Federal Trade Commission charges that ...": the noun before owns them
            subject, source = token.doc[token.i - 1], None
        else:
            subject, source = _noun_source(token, lexicons)
        if subject is None and source is None:
            continue
        lo, hi = subtree_range(clause)
        add_candidate(
            view, state, lo, hi, rule=AttributionRule.NOUN_CUES, cue=token, cue_tokens=None, label=label, subject=subject, source=source
        )


def _named_owner(noun: Token, lexicons: Lexicons) -> tuple[Token | None, tuple[int, int] | None] | None:
    """An owner the noun phrase itself names: a possessive ("the regulator's charges"), a
    "by"/"from" phrase, or a speaker named as a modifier ("Senate plan"); None when it names none."""
    agents = lexicons["agent_preps"]
    for c in noun.children:
        if c.dep_ == "poss":
            return c, None
        if c.dep_ == "prep" and agents.get(c.lower_) == AttributionWordKind.AGENT:
            pobj = next((g for g in c.children if g.dep_ == "pobj"), None)
            if pobj is not None:
                return pobj, None
    owner = _compound_owner(noun, lexicons)
    return (None, owner) if owner is not None else None


def _noun_source(noun: Token, lexicons: Lexicons) -> tuple[Token | None, tuple[int, int] | None]:
    """Who made the noun's claim, as (subject token, or token range): a possessive ("the
    regulator's charges"), a "by"/"from" phrase, a speaker named as a modifier ("regulator
    charges", "Federal Trade Commission charges"), or the subject of the verb it is the object of.

    The owner comes before the verb's subject: in "agreed to settle the regulator's charges
    that it ..." the accused company agreed, the regulator charged (issue 17)."""
    named = _named_owner(noun, lexicons)
    if named is not None:
        return named
    agents = lexicons["agent_preps"]
    while noun.dep_ == "conj" and noun.head.pos_ in ("NOUN", "PROPN"):
        noun = noun.head  # "carried a personal tone, and a tacit acknowledgment that ..."
    verb = noun.head
    if noun.dep_ == "pobj" and agents.get(verb.lower_) == AttributionWordKind.HOLDER:
        verb = verb.head  # "persisted in arguments that ..."
    elif noun.dep_ != "dobj":
        return None, None
    if verb.pos_ == "VERB":
        subject, _ = find_subject(verb, lexicons)
        if subject is not None and can_speak(subject, lexicons):
            return subject, None
    return None, None


def _compound_owner(noun: Token, lexicons: Lexicons) -> tuple[int, int] | None:
    """The token range of a speaker named in the words right before a cue noun ("union claims",
    "Federal Trade Commission charges"): a person, organisation or group, not a topic
    ("fraud charges", "tax claims")."""
    lo = noun.i
    while lo > 0 and noun.doc[lo - 1].dep_ == "compound" and noun.doc[lo - 1].head.i in range(lo - 1, noun.i + 1):
        lo -= 1
    if lo == noun.i:
        return None
    last = noun.doc[noun.i - 1]
    if is_speaker_entity(last):
        ent_lo = last.i
        while ent_lo > lo and noun.doc[ent_lo].ent_iob_ == "I":
            ent_lo -= 1  # back to the entity's first word, within the modifiers
        return ent_lo, noun.i
    if last.ent_type_ or not can_speak(last, lexicons) or last.pos_ == "PRON":
        return None
    return lo, noun.i


def intent_nouns(view: DocView, state: State) -> None:
    """"the board's decision to close the school", "unveiled a plan to widen the road": a noun of
    intention (``intent_nouns``) with an infinitive reports what its owner means to do. The
    owner must be named: "criticized the decision to close it" says nothing about who decided."""
    lexicons = view.lexicons
    for token in view.doc:
        label = lexicons["intent_nouns"].get(lemma_of(token))
        if label is None or token.pos_ != "NOUN" or view.in_quote(token.idx):
            continue
        infinitive = next((c for c in token.children if c.dep_ == "acl" and c.tag_ == "VB" and c.i > token.i and _has_to(c)), None)
        if infinitive is None:
            continue
        subject, source = _intent_owner(token, lexicons)
        if subject is None and source is None:
            continue
        lo, hi = subtree_range(infinitive)
        add_candidate(
            view, state, lo, hi, rule=AttributionRule.INTENT_NOUNS, cue=token, cue_tokens=None, label=label, subject=subject, source=source
        )


def _has_to(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" and c.i < verb.i for c in verb.children)


def _intent_owner(noun: Token, lexicons: Lexicons) -> tuple[Token | None, tuple[int, int] | None]:
    """Whose intention a noun names: a possessive ("the board's decision"), a "by" phrase, a
    speaker named as a modifier ("Senate plan"), or the subject of a verb that puts it forward
    ("the mayor unveiled a plan to ...", ``issuing_verbs``)."""
    named = _named_owner(noun, lexicons)
    if named is not None:
        return named
    verb = noun.head
    if noun.dep_ == "dobj" and verb.pos_ == "VERB" and verb.lemma_.lower() in lexicons["issuing_verbs"]:
        subject, _ = find_subject(verb, lexicons)
        if subject is not None and can_speak(subject, lexicons):
            return subject, None
    return None, None
