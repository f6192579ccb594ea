"""Pieces of one content: two claims of one cue joined when only a coordinator stands between them (issue 16).

News writing coordinates what one source said under one cue: "said the plan had failed and that
the mayor would resign", "called the deal “a mistake” but “not a disaster”". The passes may
give such a content as two pieces (a clause each, or a quotation each); one statement is one
content, as PolNeAR annotates it, so the pieces are joined into one span when they lie in one
sentence and nothing but commas, quote marks and the words of ``piece_joiners`` stands between them.
A cue, a speaker or a sentence end between the pieces keeps them apart ("“A,” she said. “B.”"), and so
does a contrast with a complementizer of its own ("said A but that B": a second statement, whose stance
may differ).
"""

from __future__ import annotations

import re

from ...labels import AttributionWordKind
from .candidate import Candidate
from .state import DocView

__all__ = ["join_pieces"]

_GAP_MARKS = re.compile(r"[\s,\"“”„‟«»″'‘’]+")
_QUOTES = " \"“”„‟«»″'‘’"
_ENDS = ".!?;:"


def join_pieces(view: DocView, found: list[Candidate]) -> tuple[list[Candidate], dict[int, Candidate]]:
    """``found`` (document order) with each run of joinable pieces of one cue made one candidate.

    Returns the candidates kept and, for each candidate joined into another, ``id(joined) -> kept``.
    The kept candidate's range is widened over the gap; its form is set again by the caller.
    """
    last_of_cue: dict[tuple[int, int], Candidate] = {}
    into: dict[int, Candidate] = {}
    out: list[Candidate] = []
    for cand in found:
        if cand.cue_start_char is None or cand.cue_end_char is None:
            out.append(cand)
            continue
        key = (cand.cue_start_char, cand.cue_end_char)
        prev = last_of_cue.get(key)
        if prev is not None and _joinable(view, prev, cand):
            prev.end_char = max(prev.end_char, cand.end_char)
            into[id(cand)] = prev
            continue
        last_of_cue[key] = cand
        out.append(cand)
    return out, into


def _joinable(view: DocView, a: Candidate, b: Candidate) -> bool:
    """Whether only joining words lie between ``a`` and ``b`` in one sentence, and not the cue."""
    text = view.text
    if b.start_char < a.end_char or a.cue_start_char is None or a.end_char <= a.cue_start_char < b.start_char:
        return False
    gap = text[a.end_char : b.start_char]
    if "\n" in gap or any(ch in gap for ch in _ENDS) or text[a.start_char : a.end_char].rstrip(_QUOTES)[-1:] in _ENDS:
        return False
    last = view.doc.char_span(a.start_char, a.end_char, alignment_mode="expand")
    first = view.doc.char_span(b.start_char, b.end_char, alignment_mode="expand")
    if last is None or first is None or not len(last) or not len(first) or view.sent(last[-1].i) != view.sent(first[0].i):
        return False  # a sentence ends between them: a second statement
    joiners = view.lexicons["piece_joiners"]
    words = [w.lower() for w in _GAP_MARKS.split(gap) if w]
    kinds = [joiners.get(w) for w in words]
    if not all(k in (AttributionWordKind.PIECE_JOINER, AttributionWordKind.PIECE_CONTRAST) for k in kinds):
        return False
    # "said A but that B": a contrast that opens a clause of its own is a second statement
    marks = view.lexicons["complementizers"]
    opening = words + _GAP_MARKS.split(text[b.start_char : b.end_char].lower(), maxsplit=2)[:2]
    return not (AttributionWordKind.PIECE_CONTRAST in kinds and any(marks.get(w) == AttributionWordKind.DECLARATIVE for w in opening))
