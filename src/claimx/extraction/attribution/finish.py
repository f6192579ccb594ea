"""After the passes: forms, de-duplication, nested attributions, document order.

When two rules found the same content, the one earlier in :data:`PRIORITY` keeps it.
"""

from __future__ import annotations

import bisect
from types import MappingProxyType

from ...labels import AttributionWordKind
from ...models import Form
from .candidate import AttributionRule, Candidate
from .edges import trim_edges
from .pieces import join_pieces
from .state import DocView, State
from .syntax import QUOTE_CHARS, TRIM, asks, sent_end_char, strip_trimmed, trim

__all__ = ["PRIORITY", "finish"]

# Which rule's candidate wins when two give the same content: a verb's parse is the surest.
PRIORITY = MappingProxyType(
    {
        AttributionRule.VERB_CUES: 0,
        AttributionRule.DIRECT_QUOTES: 1,
        AttributionRule.TRAILING_CUES: 2,
        AttributionRule.PARENTHETICAL_CUES: 3,
        AttributionRule.NOUN_CUES: 4,
        AttributionRule.HEADLINES: 5,
        AttributionRule.ACCORDING_TO: 6,
        AttributionRule.QUOTE_CONTINUATIONS: 7,
        AttributionRule.ADJECTIVE_CUES: 8,
        AttributionRule.INVERTED_CUES: 9,
        AttributionRule.QUOTE_AFTER_SUMMARY: 10,
        AttributionRule.AS_CUES: 11,
        AttributionRule.MISREAD_CUES: 12,
        AttributionRule.LIGHT_VERB_TOPICS: 13,
        AttributionRule.CLAIM_OBJECTS: 14,
        AttributionRule.INTENT_NOUNS: 15,
    }
)


def finish(view: DocView, state: State) -> list[Candidate]:
    """The candidates to keep, in document order, with forms, sentence ranges and inheritance set."""
    found = state.found
    parents = {id(c): found[c.inherit_from] for c in found if c.inherit_from is not None}
    _end_before_according(view, found)
    out = _deduplicate(view, found)
    out.sort(key=lambda c: (c.start_char, c.end_char))
    out, joined = join_pieces(view, out)
    widened = {id(c) for c in joined.values()}
    for cand in out:
        if id(cand) in widened:  # its range now spans the gap: quoted words inside make it mixed
            cand.form, (cand.start_char, cand.end_char) = _form(view, cand)
    parents = {k: joined.get(id(v), v) for k, v in parents.items() if k not in joined}
    # An attribution inside another's content ("she said officials believe X") is part of
    # what the outer source said; PolNeAR, like most readers, counts only the outer one.
    out.sort(key=lambda c: (c.start_char, c.end_char))
    starts = [c.start_char for c in out]
    longest = max((c.end_char - c.start_char for c in out), default=0)
    # a noun's claim inside an intention ("agreed to settle the regulator's charges that ...") is
    # the noun's owner's, not part of the plan
    hiding = [c for c in out if not _intention(view, c)]
    hiding_starts = [c.start_char for c in hiding]
    # a question put to someone ("Asked whether he was worried that ..., she said") asserts nothing
    # inside it, whoever put it
    questions = {id(c) for c in out if c.source is None and _asks_at(view, c.start_char)}
    out = [
        c
        for c in out
        if not (_nested(c, hiding, hiding_starts, longest, questions) if c.via == AttributionRule.NOUN_CUES else _nested(c, out, starts, longest, questions))
    ]
    # a quote paragraph with no cue and no earlier speaker to continue says nothing about who spoke
    kept = {id(c) for c in out}
    out = [c for c in out if c.cue_start_char is not None or c.source is not None or id(parents.get(id(c))) in kept]
    out.sort(key=lambda c: (c.start_char, c.end_char))
    for cand in out:
        span = view.doc.char_span(cand.start_char, cand.end_char, alignment_mode="expand")
        if span is not None and len(span):
            cand.sent_start_char = min(cand.sent_start_char, view.sent(span[0].i).start_char)
            cand.sent_end_char = max(cand.sent_end_char, sent_end_char(view.sent(span[-1].i)))
    index = {id(c): k for k, c in enumerate(out)}
    for k, cand in enumerate(out):
        parent = parents.get(id(cand))
        cand.inherit_from = index.get(id(parent)) if parent is not None else None
        if cand.inherit_from is not None and cand.inherit_from >= k:
            cand.inherit_from = None
    return out


def _end_before_according(view: DocView, found: list[Candidate]) -> None:
    """ "X says A, according to a lawsuit": an "according to" phrase that ends the sentence
    attributes the clause before it, X's cue with it, so it is no part of what X says (else each
    claim's cue lies in the other's content and both are lost as nested). PolNeAR marks the outer
    attribution only."""
    trailing = [c for c in found if c.via == AttributionRule.ACCORDING_TO and c.cue_i is not None and c.start_char < c.cue_start_char and _ends_sentence(view, c.cue_i)]
    for cand in found:
        if cand.via == AttributionRule.ACCORDING_TO or cand.cue_start_char is None:
            continue
        cut = min((o.cue_start_char for o in trailing if o.start_char <= cand.cue_start_char and cand.start_char < o.cue_start_char < cand.end_char), default=None)
        if cut is not None:
            cand.end_char = len(view.text[:cut].rstrip(" ,;—–"))


def _ends_sentence(view: DocView, according_i: int) -> bool:
    """Whether the "according to X" phrase at ``according_i`` runs to its sentence's end."""
    doc = view.doc
    last = max(t.right_edge.i for t in (doc[according_i], doc[according_i + 1]))
    rest = doc[last + 1 : view.sent(according_i).end]
    return all(t.is_punct or t.is_space for t in rest)


def _deduplicate(view: DocView, found: list[Candidate]) -> list[Candidate]:
    """Set each form; keep one candidate per content range (by :data:`PRIORITY`), and no
    "according to" inside a content already kept."""
    out: list[Candidate] = []
    seen: set[tuple[int, int]] = set()
    for cand in sorted(found, key=lambda c: PRIORITY.get(c.via, 9)):
        cand.form, (cand.start_char, cand.end_char) = _form(view, cand)
        lo, hi = trim_edges(view, cand)
        if lo < cand.start_char:  # widened over words outside a quotation: its form changes
            cand.start_char, cand.end_char = lo, hi
            cand.form, (lo, hi) = _form(view, cand)
        elif cand.form == Form.MIXED and not view.quotes_overlapping(lo, hi):
            cand.form = Form.INDIRECT  # cut before its quoted words (issue 16)
        cand.start_char, cand.end_char = lo, hi
        key = (cand.start_char, cand.end_char)
        if cand.end_char - cand.start_char < 2 or key in seen:
            continue
        if cand.via == AttributionRule.ACCORDING_TO and any(o.start_char <= cand.start_char and cand.end_char <= o.end_char for o in out):
            continue
        seen.add(key)
        out.append(cand)
    return out


def _intention(view: DocView, cand: Candidate) -> bool:
    """An intention's infinitive ("agreed to settle the regulator's charges that ..."): a plan to
    act, not speech, so a claim a noun inside it makes is no part of what its source said."""
    return (
        view.lexicons["intent_verbs"].get(cand.cue_lemma or "") == AttributionWordKind.INTENT
        and view.text.startswith("to ", cand.start_char)
    )


def _asks_at(view: DocView, char: int) -> bool:
    """Whether the content starting at ``char`` is a question ("whether ...", "how often ...")."""
    span = view.doc.char_span(char, char + 1, alignment_mode="expand")
    return span is not None and len(span) > 0 and asks(span[0], view.lexicons)


def _nested(cand: Candidate, others: list[Candidate], starts: list[int], longest: int, questions: set[int] = frozenset()) -> bool:
    """Whether ``cand``'s cue lies inside another claim's content (``others`` sorted by start):
    a claim with a source, or a sourceless question (``questions``: ids)."""
    cue = cand.cue_start_char
    if cue is None:
        return False
    k = bisect.bisect_right(starts, cue) - 1
    while k >= 0 and starts[k] >= cue - longest:
        o = others[k]
        if (
            o is not cand
            and (o.source is not None or id(o) in questions)
            and o.start_char <= cue < o.end_char
            and not (o.cue_start_char is not None and o.start_char <= o.cue_start_char < o.end_char)
        ):
            return True
        k -= 1
    return False


def _form(view: DocView, cand: Candidate) -> tuple[Form, tuple[int, int]]:
    """direct when the content is one quotation (text returned without the marks), mixed when
    it contains quoted words, else indirect."""
    text = view.text
    lo, hi = cand.start_char, cand.end_char
    inside = view.quotes_overlapping(lo, hi)
    if not inside:
        return Form.INDIRECT, trim(text, lo, hi)
    for q in inside:
        bare_lo, bare_hi = trim(text, lo, hi, strip_period=False)
        q_lo, q_hi = q.inner_start, q.inner_end
        outside = strip_trimmed(text[bare_lo:q_lo] + text[q_hi:bare_hi], TRIM + QUOTE_CHARS + ".")
        if not outside:
            q_lo, q_hi = trim(text, q_lo, q_hi, strip_period=False)
            return Form.DIRECT, (q_lo, q_hi)
    # keep the whole quotation when the content reaches into one
    for q in inside:
        if q.start < lo < q.inner_end:
            lo = q.start
        if q.inner_start < hi < q.end:
            hi = q.end
    lo, hi = trim(text, lo, hi)
    return Form.MIXED, (lo, hi)
