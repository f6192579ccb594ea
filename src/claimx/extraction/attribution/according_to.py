"""The "according to X" pass: the rest of the sentence around the phrase is what X says."""

from __future__ import annotations

from spacy.tokens import Doc

from ...labels import CueKind
from .build import add_candidate
from .candidate import AttributionRule
from .state import DocView, State
from .syntax import np_range, subtree_range

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
        elif src_hi >= sent.end - 1:
            lo_i, hi_i = sent.start, token.i
        else:
            head = token.head if token.head.i != token.i else None
            lo_i, hi_i = sent.start, sent.end
            if head is not None and head.i < token.i:
                lo_i, hi_i = head.left_edge.i, token.i
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
