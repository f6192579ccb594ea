"""Finding the cue of a quotation: in its sentence, the sentence before ("X said:") or after
("X said."), between two halves of one quoted sentence, a dash signature, or a later piece
of the same quotation.

The verb cues were noted by the verb-cue pass (``State.bare_cues``, ``State.speech_cues``);
:class:`QuoteCues` indexes them by token so each quote looks only at cues nearby.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from spacy.tokens import Span, Token

from ...labels import CueKind
from ...text.quotes import Quote
from .state import CueSite, DocView, State
from .syntax import cue_label

__all__ = ["QuoteCues", "dash_source", "group_cue", "nearby_cue", "utterance"]


@dataclass
class QuoteCues:
    """The verb cues the quote pass reads, with their sorted token indices."""

    bare: dict[int, CueSite]
    speech: dict[int, CueSite]
    bare_order: list[int] = field(default_factory=list)
    speech_order: list[int] = field(default_factory=list)

    @classmethod
    def of(cls, state: State) -> QuoteCues:
        """Index the cues the earlier passes left in ``state``."""
        return cls(state.bare_cues, state.speech_cues, sorted(state.bare_cues), sorted(state.speech_cues))


def nearby_cue(view: DocView, cues: QuoteCues, span: Span, q: Quote) -> CueSite | None:
    """A cue verb outside the quote: in its sentences, else "X said:" before, else "X said." after."""
    doc = view.doc
    first_sent, last_sent = view.sent(span[0].i), view.sent(span[-1].i)
    closest = _closest_cue(view, cues.bare, cues.bare_order, first_sent.start, last_sent.end, q)
    if closest is not None:
        return closest
    # '“A,” Jane Doe added, “B.”': the cue between two quotes of one sentence, even when the
    # parse gave it the second one as its content
    interrupted = _interrupting_cue(view, cues, q, last_sent)
    if interrupted is not None:
        return interrupted
    # "Kirby said:" ending the previous sentence
    if first_sent.start > 0:
        before = view.sent(first_sent.start - 1)
        words = [t for t in before if not t.is_space]
        last = words[-1] if words and words[-1].is_punct else None
        if last is not None and last.text == ":":
            for token in before:
                if token.i in cues.bare:
                    return cues.bare[token.i]
    # "Kirby said." as the next, short sentence in the same paragraph
    if last_sent.end < len(doc):
        after = view.sent(last_sent.end)
        if len(after) <= 8 and "\n" not in view.text[q.end : after.start_char]:
            for token in after:
                if token.i in cues.bare and not view.in_quote(token.idx):
                    return cues.bare[token.i]
    return None


def _interrupting_cue(view: DocView, cues: QuoteCues, q: Quote, sent: Span) -> CueSite | None:
    """The verb cue that interrupts a quoted sentence: '“A,” Jane Doe, the minister, said, “B.”'
    gives both ``A`` and ``B`` its cue, whatever the parse attached the verb to."""
    k = bisect.bisect_right(view.quote_starts, q.start)
    if k < len(view.quotes):
        found = _cue_between(view, cues, q, view.quotes[k], sent)
        if found is not None:
            return found
    if k >= 2:
        return _cue_between(view, cues, view.quotes[k - 2], q, sent)
    return None


def _cue_between(view: DocView, cues: QuoteCues, first: Quote, second: Quote, sent: Span) -> CueSite | None:
    """The one speech verb between a quote closed by a comma and the next quote of its sentence."""
    text = view.text
    comma = text[first.inner_start : first.inner_end].rstrip().endswith(",") or text[first.end : first.end + 2].lstrip().startswith(",")
    if not comma or not (sent.start_char <= first.start and second.start < sent.end_char):
        return None
    gap = text[first.end : second.start]
    if any(ch in gap for ch in ".?!\n") or len(gap.split()) > 12:
        return None
    span = view.doc.char_span(first.end, second.start, alignment_mode="expand")
    if span is None:
        return None
    verbs = [t for t in span if t.i in cues.speech or (t.pos_ == "VERB" and cue_label(t, view.lexicons) == CueKind.SAY)]
    if len(verbs) != 1:
        return None
    verb = verbs[0]
    if verb.i in cues.speech and cues.speech[verb.i][1] is not None:
        return cues.speech[verb.i]
    # the parser found no subject (it hung the name on the quoted words): the source is the
    # name between the closing mark and the verb
    name = next((t for t in span if t.i < verb.i and t.pos_ in ("PROPN", "PRON", "NOUN")), None)
    if name is None:
        return None
    while name.dep_ in ("compound", "flat") and name.head.i < verb.i and name.head.i > name.i:
        name = name.head
    return verb, name, False


def utterance(view: DocView, q: Quote, cue: Token) -> bool:
    """Whether a quotation reads as something said: a few words, or closed by its own
    punctuation ('“No,” she said'), or right next to its cue."""
    text = view.text
    inner = text[q.inner_start : q.inner_end]
    if len(inner.split()) >= 4 or inner.rstrip()[-1:] in ".?!,;:…—":
        return True
    gap = text[q.end : cue.idx] if cue.idx >= q.end else text[cue.idx + len(cue) : q.start]
    return len(gap.split()) <= 4 and "\n" not in gap


def dash_source(view: DocView, q: Quote) -> tuple[Token, tuple[int, int]] | None:
    """A quotation signed with a dash and a name to the end of the line: "“...” ― Jane Doe"."""
    text, doc = view.text, view.doc
    rest = text[q.end : q.end + 3].lstrip(" \t")
    if not rest or rest[0] not in "―—–-":
        return None
    line_end = text.find("\n", q.end)
    line_end = len(text) if line_end < 0 else line_end
    span = doc.char_span(q.end, line_end, alignment_mode="expand")
    if span is None:
        return None
    tokens = [t for t in span if not t.is_space]
    if len(tokens) < 2 or tokens[0].text[0] not in "―—–-" or len(tokens) > 12:
        return None
    name = tokens[1:]
    if name[0].pos_ not in ("PROPN", "NOUN", "PRON") or not name[0].text[0].isupper():
        return None
    end = next((t.i for t in name if t.text in (",", "(")), name[-1].i + 1)
    while end > name[0].i + 1 and doc[end - 1].is_punct:
        end -= 1
    return tokens[0], (name[0].i, end)


def group_cue(view: DocView, cues: QuoteCues, q: Quote) -> CueSite | None:
    """The attribution of a later piece of the same quotation (a quote over paragraphs)."""
    for other in view.groups.get(q.group, ()):
        if other.start <= q.start:
            continue
        span = view.doc.char_span(other.inner_start, other.inner_end, alignment_mode="expand")
        if span is not None and len(span):
            cue = nearby_cue(view, cues, span, other) or _speech_cue_near(view, cues, span, other)
            if cue is not None:
                return cue
    return None


def _speech_cue_near(view: DocView, cues: QuoteCues, span: Span, q: Quote) -> CueSite | None:
    """The nearest verb cue with a source in the quote's sentence(s), outside quote marks,
    even one whose content is this quote ('“B,” said X' closing a quotation over paragraphs)."""
    lo, hi = view.sent(span[0].i).start, view.sent(span[-1].i).end
    return _closest_cue(view, cues.speech, cues.speech_order, lo, hi, q)


def _closest_cue(view: DocView, cues: dict[int, CueSite], order: list[int], lo: int, hi: int, q: Quote) -> CueSite | None:
    """Of ``cues`` (``order``: their sorted token indices) in tokens ``[lo, hi)``, the one with a
    source, outside quote marks, nearest to ``q``; only those cues are looked at, not every
    token, so many quotes in one sentence stay linear."""
    near = []
    for k in range(bisect.bisect_left(order, lo), bisect.bisect_left(order, hi)):
        token, subject, _ = cues[order[k]]
        if subject is not None and not view.in_quote(token.idx) and not _sentence_end_between(view, token, q):
            near.append((min(abs(token.idx - q.start), abs(token.idx - q.end)), token.i))
    return cues[min(near)[1]] if near else None


def _sentence_end_between(view: DocView, token: Token, q: Quote) -> bool:
    """Whether a full stop outside quotation marks lies between a cue and a quote: the parse
    may take "X said A. ''B,'' he said. ''C.''" for one sentence (``''`` marks hide the breaks),
    and a cue before the first stop is no cue of C (issue 16, reported12)."""
    return view.stop_between(token.idx + len(token), q.start) if token.idx < q.start else view.stop_between(q.end, token.idx)
