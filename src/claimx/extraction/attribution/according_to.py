"""The "according to X" pass: the rest of the sentence around the phrase is what X says."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ...labels import CueKind
from .build import add_candidate
from .candidate import AttributionRule
from .state import DocView, State
from .syntax import SUBJECTS, has_clause, np_range, subtree_range

__all__ = ["according_to"]


def according_to(view: DocView, state: State) -> None:
    """"According to X, ...": the rest of the sentence around the phrase is what X says."""
    doc: Doc = view.doc
    for token in doc:
        if token.lower_ != "according" or token.i + 1 >= len(doc) or doc[token.i + 1].lower_ != "to":
            continue
        if view.in_quote(token.idx):
            continue
        to = doc[token.i + 1]
        pobj = next((c for c in to.children if c.dep_ == "pobj"), None)
        if pobj is None:
            pobj = next((c for c in token.children if c.dep_ == "pobj"), None)
        if pobj is None:
            continue
        src_lo, src_hi = subtree_range(pobj)
        sent = view.sent(token.i)
        # the content is the rest of the sentence around the "according to X" phrase
        if token.i - sent.start <= 1:
            lo_i, hi_i = src_hi, sent.end
        elif all(t.is_punct or t.is_space for t in doc[src_hi : sent.end]):  # "..., according to X.\n\n": the paragraph break too
            lo_i, hi_i = _after_colon(view, sent.start, token.i), token.i
        else:
            head = token.head if token.head.i != token.i else None
            lo_i, hi_i = sent.start, sent.end
            if head is not None and head.i < token.i:
                lo_i, hi_i = head.left_edge.i, token.i
            elif _inserted(doc, sent.start, token.i, src_hi) and _add_sides(view, state, token, pobj, (sent.start, token.i - 1), (src_hi + 1, sent.end)):
                continue
        add_candidate(
            view,
            state,
            lo_i,
            hi_i,
            rule=AttributionRule.ACCORDING_TO,
            cue=token,
            cue_tokens=(token.i, token.i + 2),
            label=CueKind.ACCORDING.value,
            source=np_range(pobj, view.lexicons),
        )


def _after_colon(view: DocView, lo_i: int, according_i: int) -> int:
    """"The levy has not driven banks away: London is still the hub, according to an index": what
    a trailing "according to X" vouches for is the clause after the writer's colon, not the lead-in
    before it (issue 16, reported16). Only a colon outside quotation marks with a clause after it."""
    doc = view.doc
    colon = max((t.i for t in doc[lo_i:according_i] if t.text == ":" and not view.quoted(t)), default=None)
    if colon is None or not has_clause(list(doc[colon + 1 : according_i])):
        return lo_i
    return colon + 1


def _inserted(doc: Doc, sent_start: int, according_i: int, src_hi: int) -> bool:
    """Whether ", according to X," is set off by commas between a sentence's subject and its verb
    ("His criticism, according to X, was ..."): no verb before it, so it interrupts the main
    clause; after one ("reported that, according to X, she met donors") it is part of the
    clause it stands in."""
    if doc[according_i - 1].text != "," or src_hi >= len(doc) or doc[src_hi].text != ",":
        return False
    return not any(t.pos_ in ("VERB", "AUX") for t in doc[sent_start:according_i])


def _add_sides(view: DocView, state: State, token: Token, pobj: Token, left: tuple[int, int], right: tuple[int, int]) -> bool:
    """"His criticism, according to an interview, was the choice of ...": the phrase set inside
    the sentence is no part of what X says, so each side around it that holds a subject or a verb
    is a piece with that cue, as the sides of ", officials said," are (the parenthetical pass), and
    the two become one claim with ``pieces`` (claimx.extraction.interrupted), never a bare subject
    as a claim of its own; a fronted adverbial alone ("At the heart of it,") is no claim (issue 16, bounds12). Returns
    whether it made the pieces; it makes none when the sides hold no clause the parse can see
    (an inverted "At the root of it, ..., was a dispute"), and the whole sentence stays the content."""
    doc = view.doc
    sides = [doc[lo:hi] for lo, hi in (left, right)]
    if not has_clause(list(sides[0]) + list(sides[1])):
        return False
    for side in sides:
        if not any(t.dep_ in SUBJECTS or t.pos_ in ("VERB", "AUX") for t in side):
            continue
        add_candidate(
            view,
            state,
            side.start,
            side.end,
            rule=AttributionRule.ACCORDING_TO,
            cue=token,
            cue_tokens=(token.i, token.i + 2),
            label=CueKind.ACCORDING.value,
            source=np_range(pobj, view.lexicons),
        )
    return True
