"""The light-verb pass: a stand stated as a verb with a stance noun, "made no secret of X".

"The mayor made no secret of her doubts", "Farmers have reservations about the levy", "She made
the case for the tax", "The audit raised questions about the fund": the verb ("make", "have",
``light`` in ``light_verb_topics.tsv``) carries no stand of its own; its noun object does, and
the object of that noun's own preposition (``topic`` rows: "secret of", "case for") is the
topic PolNeAR annotates (issue 16, topics13). Only a subject that can hold a view counts
("The plan has questions about ..." is no holder), and a passive ("questions were raised") is
left alone: its source is not in the clause.
"""

from __future__ import annotations

from spacy.tokens import Token

from ...labels import AttributionWordKind, CueKind
from ...lexicons import Lexicons, lemma_of
from .adjective_cues import holds_views
from .build import add_candidate
from .candidate import AttributionRule
from .state import DocView, State
from .syntax import find_subject, subtree_range

__all__ = ["light_verb_topics"]


def light_verb_topics(view: DocView, state: State) -> None:
    """Topics of "made no secret of X" / "has concerns about X", held by the verb's subject."""
    lexicons = view.lexicons
    table = lexicons["light_verb_topics"]
    for token in view.doc:
        if token.pos_ not in ("VERB", "AUX") or table.get(lemma_of(token)) != AttributionWordKind.LIGHT:
            continue
        if view.in_quote(token.idx) or token.i in state.used_cues:
            continue
        found = _stance_topic(token, lexicons)
        if found is None:
            continue
        noun, prep, topic = found
        subject, passive = find_subject(token, lexicons, view.quoted)
        if subject is None or passive or not holds_views(subject, lexicons):
            continue
        lo, hi = subtree_range(topic)
        add_candidate(
            view, state, lo, hi, rule=AttributionRule.LIGHT_VERB_TOPICS, cue=noun, cue_tokens=(token.i, prep.i + 1), label=CueKind.POSITION, subject=subject
        )


def _stance_topic(verb: Token, lexicons: Lexicons) -> tuple[Token, Token, Token] | None:
    """The stance noun object after the verb, its listed preposition and that preposition's object."""
    table = lexicons["light_verb_topics"]
    for noun in (c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "NOUN" and c.i > verb.i):
        # "made the case for X": the parse may hang the noun's preposition on the verb, right after the noun
        after = [c for c in verb.children if c.dep_ == "prep" and c.i == noun.right_edge.i + 1]
        for prep in [c for c in noun.children if c.dep_ == "prep"] + after:
            if table.get(f"{lemma_of(noun)} {prep.lower_}") != AttributionWordKind.TOPIC:
                continue
            obj = next((g for g in prep.children if g.dep_ in ("pobj", "pcomp")), None)
            if obj is not None and obj.ent_type_ not in ("DATE", "TIME"):
                return noun, prep, obj
    return None
