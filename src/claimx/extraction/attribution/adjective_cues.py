"""The adjective-cue pass: a belief or feeling stated with a copula and a clause.

"The mayor is worried that the council may be taken over", "She was sceptical that fuel
cells would develop quickly enough": the cue is an adjective (``cue_adjectives.tsv``) that
complements a copula; the clause after it is what the subject of the copula holds. The parse
often reads such a participle as a passive verb ("was frustrated / not convinced that ...",
``VBN`` with ``auxpass`` and no "by" agent): a stative passive of a feeling, whose grammatical
subject is still the one who holds it (reported15). Only a
finite clause counts ("worried about the cost" names a topic, not a claim), and only a
subject that can hold a view ("It is certain that ..." attributes nothing).

A stand stated with a copula and a topic is the other shape (issue 16): an adjective or an agent
noun of a stand with its own preposition (``prep_cues.tsv``: "is critical of the plan", "is a
staunch opponent of the levy") reports that preposition's object. Other adjectives keep their
topic to themselves ("worried about the cost" stays unreported).
"""

from __future__ import annotations

from spacy.tokens import Token

from ...labels import AttributionWordKind, CueKind, PronounKind
from ...lexicons import Lexicons, lemma_of
from .build import add_candidate
from .candidate import AttributionRule
from .state import DocView, State
from .syntax import SUBJECTS, can_speak, find_subject, subtree_range

__all__ = ["adjective_cues", "holds_views", "stative_passive"]

_RESULT_DEGREES = frozenset({"so", "too"})  # "so upset that ...": a result clause follows

_PARTIES = (
    PronounKind.FIRST_SINGULAR,
    PronounKind.FIRST_PLURAL,
    PronounKind.SECOND,
    PronounKind.THIRD_SINGULAR,
    PronounKind.THIRD_PLURAL,
    PronounKind.RELATIVE_PERSON,
)


def adjective_cues(view: DocView, state: State) -> None:
    """Claims held by the subject of "is worried / sceptical / confident that ..." and of "is
    critical of X" (one pass over the tokens: a word's clause first, then its topic)."""
    lexicons = view.lexicons
    adjectives = lexicons["cue_adjectives"]
    for token in view.doc:
        label = adjectives.get(token.lower_)
        if label is not None and (token.dep_ == "acomp" or stative_passive(token, lexicons)):
            _clause_claims(view, state, token, label)
        topic = _stand_topic(token, lexicons)
        if topic is None or view.in_quote(token.idx) or token.i in state.used_cues:
            continue
        subject, passive = find_subject(token.head, lexicons, view.quoted)
        if subject is None or passive or not holds_views(subject, lexicons):
            continue
        lo, hi = subtree_range(topic)
        add_candidate(
            view, state, lo, hi, rule=AttributionRule.ADJECTIVE_CUES, cue=token, cue_tokens=(token.i, token.i + 1), label=label or CueKind.POSITION, subject=subject
        )


def _clause_claims(view: DocView, state: State, token: Token, label: str) -> None:
    """"is worried that ...": each finite that-clause of a cue adjective, held by the copula's subject."""
    if view.in_quote(token.idx) or token.i in state.used_cues:
        return
    if any(c.dep_ == "advmod" and c.lower_ in _RESULT_DEGREES for c in token.children):
        return  # "was so angry that he left": the clause is what the feeling led to, not what is held
    if token.dep_ == "acomp":
        subject, passive = find_subject(token.head, view.lexicons, view.quoted)
    else:
        subject, passive = next((c for c in token.children if c.dep_ == "nsubjpass" and not view.quoted(c)), None), False
    if subject is None or passive or not holds_views(subject, view.lexicons):
        return
    for clause in (c for c in token.children if c.dep_ == "ccomp" and _finite_that_clause(c, view.lexicons)):
        lo, hi = subtree_range(clause)
        add_candidate(view, state, lo, hi, rule=AttributionRule.ADJECTIVE_CUES, cue=token, cue_tokens=(token.i, token.i + 1), label=label, subject=subject)


def _stand_topic(token: Token, lexicons: Lexicons) -> Token | None:
    """The topic of "is critical of X" (an adjective complement) or "is an opponent of X" (a
    noun after a copula), when the word and its preposition are listed in ``prep_cues``."""
    if token.dep_ == "acomp" and token.pos_ == "ADJ":
        word = token.lower_
    elif token.dep_ == "attr" and token.pos_ == "NOUN" and lemma_of(token.head) == "be":
        word = lemma_of(token)
    else:
        return None
    cues = lexicons["prep_cues"]
    for prep in (c for c in token.children if c.dep_ == "prep" and cues.get(f"{word} {c.lower_}") == AttributionWordKind.TOPIC):
        obj = next((g for g in prep.children if g.dep_ in ("pobj", "pcomp")), None)
        if obj is not None:
            return obj
    return None


def stative_passive(token: Token, lexicons: Lexicons) -> bool:
    """A listed feeling read by the parse as a passive verb with no agent ("Drivers were
    frustrated that ...", "was not convinced that ..."): its passive subject feels it, as the
    subject of an adjective would, when that subject can hold a view. With a "by" agent it is an
    event ("convinced by his aides that ...")."""
    return (
        token.tag_ == "VBN"
        and token.lower_ in lexicons["cue_adjectives"]
        and any(c.dep_ == "auxpass" for c in token.children)
        and any(c.dep_ == "nsubjpass" and holds_views(c, lexicons) for c in token.children)
        and not any(c.dep_ == "agent" for c in token.children)
    )


def holds_views(subject: Token, lexicons: Lexicons) -> bool:
    """A person, group or organisation; of pronouns only those of parties ("it" is no holder)."""
    if subject.pos_ == "PRON":
        return lexicons["pronouns"].get(subject.lower_) in _PARTIES
    return can_speak(subject, lexicons)


def _finite_that_clause(clause: Token, lexicons: Lexicons) -> bool:
    """A clause with its own subject, opened by "that" or by its subject ("sure the plan works"),
    not by a question word ("unsure how it works" reports no claim)."""
    if not any(c.dep_ in SUBJECTS for c in clause.children):
        return False
    first = clause.left_edge
    if first.dep_ == "mark":
        return lexicons["complementizers"].get(first.lower_) == AttributionWordKind.DECLARATIVE
    return first.tag_ not in ("WDT", "WP", "WP$", "WRB")
