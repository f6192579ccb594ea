"""Turning a found cue and content into a Candidate: the one place candidates are made."""

from __future__ import annotations

from spacy.tokens import Token

from ...models import Form
from .candidate import AttributionRule, Candidate
from .state import DocView, State
from .syntax import CUE_FORMS_WITHOUT_LEMMA, clip_to_paragraph, cue_lemma, negated, np_range, sent_end_char, source_token, trim

__all__ = ["add_candidate"]


def add_candidate(
    view: DocView,
    state: State,
    lo_i: int,
    hi_i: int,
    *,
    rule: AttributionRule,
    cue: Token | None,
    cue_tokens: tuple[int, int] | None,
    label: str | None,
    subject: Token | None = None,
    source: tuple[int, int] | None = None,
    object_i: int | None = None,
    char_range: tuple[int, int] | None = None,
    inherit_from: int | None = None,
) -> Candidate | None:
    """Add the candidate for content tokens ``[lo_i, hi_i)`` (or ``char_range``) to ``state``.

    The content is kept within the cue's paragraph and trimmed; nothing is added when no
    word is left. The source is either ``subject`` (its noun phrase is taken) or the token
    range ``source``. Writes ``state.found`` and ``state.used_cues``.
    """
    doc, text = view.doc, view.text
    if char_range is None:
        if hi_i <= lo_i:
            return None
        lo, hi = doc[lo_i].idx, doc[hi_i - 1].idx + len(doc[hi_i - 1])
    else:
        lo, hi = char_range
    anchor = doc[cue_tokens[0]].idx if cue_tokens is not None else (cue.idx if cue is not None else lo)
    lo, hi = clip_to_paragraph(text, lo, hi, anchor)
    lo, hi = trim(text, lo, hi)
    if hi - lo < 2 or not any(ch.isalnum() for ch in text[lo:hi]):
        return None
    first = doc.char_span(lo, hi, alignment_mode="expand")
    sent_lo = view.sent(first[0].i).start_char if first is not None and len(first) else lo
    sent_hi = sent_end_char(view.sent(first[-1].i)) if first is not None and len(first) else hi
    if subject is not None:
        source = _subject_range(view, subject, lo_i if char_range is None else None)
    cand = Candidate(
        start_char=lo,
        end_char=hi,
        form=Form.INDIRECT,
        sent_start_char=sent_lo,
        sent_end_char=sent_hi,
        source=source,
        via=rule,
        object_i=object_i,
        inherit_from=inherit_from,
    )
    if cue is not None:
        _set_cue(view, cand, cue, cue_tokens or (cue.i, cue.i + 1), label)
    state.found.append(cand)
    if cand.cue_i is not None:
        state.used_cues.add(cand.cue_i)
    return cand


def _set_cue(view: DocView, cand: Candidate, cue: Token, span: tuple[int, int], label: str | None) -> None:
    """Record the cue words ``span`` (token range) and what they are on ``cand``."""
    doc = view.doc
    c_lo, c_hi = span
    cand.cue_start_char = doc[c_lo].idx
    cand.cue_end_char = doc[c_hi - 1].idx + len(doc[c_hi - 1])
    cand.cue_i = cue.i
    cand.cue_lemma = cue_lemma(cue, view.lexicons) if label not in CUE_FORMS_WITHOUT_LEMMA else doc[c_lo:c_hi].text.lower()
    cand.cue_label = label
    cand.cue_negated = negated(cue, view.lexicons)


def _subject_range(view: DocView, subject: Token, content_lo_i: int | None) -> tuple[int, int]:
    """The source mention's token range for a subject token."""
    doc = view.doc
    source = source_token(subject, view.lexicons)
    s_lo, s_hi = np_range(source, view.lexicons)
    if source.ent_type_ in ("PERSON", "ORG") and source.ent_iob_ == "I":
        # "Cllr Dilys Moss said": a misparse may hang the name's first words elsewhere; the
        # model's name span holds them all
        first = source.i
        while first > 0 and doc[first].ent_iob_ == "I":
            first -= 1
        s_lo = min(s_lo, first)
    while s_lo < s_hi - 1 and "\n" in doc[s_lo:s_hi].text:
        s_lo += 1  # a source never reaches back over a line break
    if content_lo_i is not None and s_lo < content_lo_i < s_hi:
        s_hi = content_lo_i  # "was accused by her rivals of hiding ...": the content is no part of the source
    return s_lo, s_hi
