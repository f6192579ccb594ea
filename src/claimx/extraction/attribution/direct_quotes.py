"""The quote pass: each quotation not yet inside a claim gets the cue next to it, a dash
signature, or continues the speaker of the quote before it (a quote paragraph after a
quoted paragraph).

Runs last of the finding passes: it reads every cue the verb pass noted and every candidate
found so far, and widens verb candidates the parse cut short inside a quotation.
"""

from __future__ import annotations

from collections.abc import Callable

from ...labels import CueKind
from ...text.quotes import Quote
from ...text.title_case import title_case_words
from .build import add_candidate
from .candidate import AttributionRule, Candidate
from .quote_cues import QuoteCues, dash_source, group_cue, nearby_cue, utterance
from .state import CueSite, DocView, State
from .syntax import SUBJECTS, cue_label, cue_tokens

__all__ = ["direct_quotes"]

MAX_GAP = 400  # how far back a quote paragraph looks for the speaker it continues
_WIDENED = (AttributionRule.VERB_CUES, AttributionRule.TRAILING_CUES)  # rules whose content a quote may widen
MIN_WORDS = 4  # a shorter quote with no cue of its own is a phrase, not a statement ...
MIN_SENTENCE_WORDS = 2  # ... unless it is a whole sentence of its own: “There wasn’t one.”
_FINAL_MARKS = ".!?…"
_CLOSING_MARKS = "\"”’'»"  # a quote closed just before: '“A,” she said. “B.”' has "said." before, '“A.” “B.”' a mark
# reported speech a quote may follow: a cue verb's clause, a trailing or inverted attribution
_SUMMARIES = (AttributionRule.VERB_CUES, AttributionRule.TRAILING_CUES, AttributionRule.INVERTED_CUES, AttributionRule.PARENTHETICAL_CUES)
_SENTENCE_END = " .!?\t"
_SPEECH = (CueKind.SAY, CueKind.ALLEGE, CueKind.DENY, CueKind.HEDGE)  # cues of statements, not topics or feelings


def direct_quotes(view: DocView, state: State) -> None:
    """Candidates for quotations, in the order their words start."""
    cues = QuoteCues.of(state)
    for q in sorted(view.quotes, key=lambda q: q.inner_start):
        lo, hi = q.inner_start, q.inner_end
        near = state.near(lo, hi)
        if any(state.found[n].start_char <= lo and hi <= state.found[n].end_char for n in near):
            continue
        overlapping = [n for n in near if state.found[n].start_char < hi and lo < state.found[n].end_char and state.found[n].via in _WIDENED]
        if overlapping:
            # the parse reached only part of a multi-sentence quote: take the whole quote
            for n in overlapping:
                c = state.found[n]
                c.start_char, c.end_char = min(c.start_char, lo), max(c.end_char, hi)
                state.register(n)
            continue
        span = view.doc.char_span(lo, hi, alignment_mode="expand")
        if span is None or not len(span):
            continue
        cue = nearby_cue(view, cues, span, q) or group_cue(view, cues, q)
        if _quoted_title(view, state, q, cue):
            continue
        if cue is not None and not utterance(view, q, cue[0]):
            cue = None  # a scare-quoted phrase ('a “burn bag,” the paper reported') is not what was said
        if cue is not None:
            token, subject, _ = cue
            label = cue_label(token, view.lexicons) or CueKind.SAY.value
            add_candidate(
                view, state, 0, 0, rule=AttributionRule.DIRECT_QUOTES, cue=token, cue_tokens=cue_tokens(token), label=label, subject=subject, char_range=(lo, hi)
            )
            continue
        dashed = dash_source(view, q)
        if dashed is not None:
            dash, source = dashed
            add_candidate(
                view, state, 0, 0, rule=AttributionRule.DIRECT_QUOTES, cue=dash, cue_tokens=(dash.i, dash.i + 1), label=CueKind.SAY.value, source=source, char_range=(lo, hi)
            )
            continue
        if view.enabled(AttributionRule.QUOTE_CONTINUATIONS) and _continue_speaker(view, state, q):
            continue
        if view.enabled(AttributionRule.QUOTE_AFTER_SUMMARY):
            _follow_summary(view, state, q)


def _quoted_title(view: DocView, state: State, q: Quote, cue: CueSite | None) -> bool:
    """A quotation in title case that no cue of its own introduces is a name, not speech: a subhead
    set in quote marks as a paragraph of its own ('All Bets Are Off.') after a speaker's quote, or
    a show or book named beside a quote its cue already has ("“...,” she said on “Morning Report.”",
    "said Ann Lee, author of “The Long Road.”"), so it continues no speaker (issue 16, bounds12).

    A title-case quotation that is the only one of its cue ("proclaimed a goal of “Peace
    Through Strength”") stays the cue's content; the headline rules never come here.
    """
    if not title_case_words(view.text[q.inner_start : q.inner_end]):
        return False
    if cue is None:
        return True
    token = cue[0]
    return any(c.cue_i == token.i and c.end_char <= q.start and view.quotes_overlapping(c.start_char, c.end_char) for c in state.found)


def _continue_speaker(view: DocView, state: State, q: Quote) -> bool:
    """A quote of four words or more (or a short whole sentence: :func:`_statement_sized`) with no cue of its own continues the previous quote's speaker;
    in the same paragraph it shares that quote's cue too. Returns whether it made a candidate."""
    prev = _previous_quote_claim(view, state, q)
    if prev is None or not _statement_sized(view, q):
        return False
    cand = add_candidate(
        view,
        state,
        0,
        0,
        rule=AttributionRule.QUOTE_CONTINUATIONS,
        cue=None,
        cue_tokens=None,
        label=None,
        char_range=(q.inner_start, q.inner_end),
        inherit_from=prev,
    )
    before = state.found[prev]
    if cand is not None and before.cue_i is not None and _shares_cue(view, before, q):
        _share_cue(cand, before)
    return cand is not None


def _statement_sized(view: DocView, q: Quote) -> bool:
    """A quote long enough to be a statement with no cue of its own: four words, or two when it
    is a sentence by itself (opens a sentence in capitals, ends on its own final mark inside the
    quotation marks), as a speaker's short second sentence is ("“There wasn’t one.”"); a scare
    quote inside a sentence is neither."""
    inner = view.text[q.inner_start : q.inner_end]
    words = len(inner.split())
    if words >= MIN_WORDS:
        return True
    if words < MIN_SENTENCE_WORDS or not inner[:1].isupper() or not inner.rstrip().endswith(tuple(_FINAL_MARKS)):
        return False
    k = q.start  # the last character before the quote, past spaces, read in place (no copy of the text before it)
    while k > 0 and view.text[k - 1] in " \t":
        k -= 1
    return k == 0 or view.text[k - 1] in ("\n", *_FINAL_MARKS, *_CLOSING_MARKS)


def _shares_cue(view: DocView, before: Candidate, q: Quote) -> bool:
    """Whether a continuing quote is part of ``before``'s statement: in the same paragraph, or
    (issue 16) in the next paragraph after a claim that is one quotation with a speech verb for cue, as a speaker's
    long quotation runs on over paragraphs. A dash signature ("― Ana Ruiz") closes its quote."""
    gap = view.text[before.end_char : q.inner_start]
    if "\n" not in gap:
        return True
    inside = view.quotes_overlapping(before.start_char, before.end_char)
    whole = len(inside) == 1 and inside[0].start <= before.start_char and before.end_char <= inside[0].end
    return gap.count("\n") <= 2 and view.doc[before.cue_i].is_alpha and whole


def _follow_summary(view: DocView, state: State, q: Quote) -> None:
    """A quoted sentence right after a sentence of reported speech, in the same paragraph,
    continues its speaker: "He said the plan was sound. “We do need a consistent approach.”"

    The quote must open the next sentence (only the summary's closing punctuation between
    them) and hold four words or more; the summary must have a source and no quote marks
    of its own (a quote after a quote is the continuation rule's)."""
    if len(view.text[q.inner_start : q.inner_end].split()) < MIN_WORDS:
        return  # after reported speech a short quote may be anyone's aside: only a quote after a quote is surely the speaker's
    prev = _latest_before(state, q, lambda c: True)
    if prev is None:
        return
    before = state.found[prev]
    if before.source is None or before.via not in _SUMMARIES or before.cue_label not in _SPEECH:
        return
    if view.quotes_overlapping(before.sent_start_char, before.sent_end_char):
        return  # a sentence with quote marks is no summary: '“A,” she said, pointing to X. “B.”'
    gap = view.text[before.sent_end_char : q.start]
    if before.sent_end_char < before.end_char or gap.strip() or "\n" in gap or view.text[before.end_char : before.sent_end_char].strip(_SENTENCE_END):
        return  # the quote does not open the very next sentence of the paragraph
    add_candidate(
        view,
        state,
        0,
        0,
        rule=AttributionRule.QUOTE_AFTER_SUMMARY,
        cue=None,
        cue_tokens=None,
        label=None,
        char_range=(q.inner_start, q.inner_end),
        inherit_from=prev,
    )


def _latest_before(state: State, q: Quote, keep: Callable[[Candidate], bool]) -> int | None:
    """Index of the kept candidate within MAX_GAP before the quote that ends last (the first
    such in ``state.near`` order on a tie), or None."""
    best = None
    for n in state.near(max(0, q.start - MAX_GAP), q.start):
        c = state.found[n]
        if c.end_char <= q.start and keep(c) and (best is None or c.end_char > state.found[best].end_char):
            best = n
    return best


def _share_cue(cand: Candidate, before: Candidate) -> None:
    cand.cue_start_char, cand.cue_end_char = before.cue_start_char, before.cue_end_char
    cand.cue_i, cand.cue_lemma, cand.cue_label = before.cue_i, before.cue_lemma, before.cue_label


def _before_participle_aside(view: DocView, state: State, n: int) -> int:
    """'“A,” Jane Doe said, referring to the strike. “B.”': a participle with no subject of its
    own hung on a quote's cue ("speaking of", "referring to", "emphasizing why") is the
    reporter's note on that saying, not a new stretch of reported speech; the quote after it
    goes on with the quote before it (issue 16, bounds15). A participle with a declarative
    clause ("adding that ...") says something itself, and the quote after it goes on with that.
    Returns the index of that earlier quote's claim, or ``n`` as it was."""
    cand = state.found[n]
    if cand.cue_i is None or view.quotes_overlapping(cand.start_char, cand.end_char):
        return n
    participle = view.doc[cand.cue_i]
    if participle.tag_ != "VBG" or participle.dep_ not in ("advcl", "xcomp", "conj") or any(c.dep_ in SUBJECTS for c in participle.children):
        return n
    if any(c.dep_ == "ccomp" and not c.left_edge.tag_.startswith("W") for c in participle.children):
        return n  # "..., adding that he had tried. “B.”": a statement of its own, which the quote goes on with
    head = participle.head
    for k in state.near(cand.sent_start_char, cand.start_char):
        other = state.found[k]
        if other.cue_i == head.i and other.end_char <= participle.idx and view.quotes_overlapping(other.start_char, other.end_char):
            return k
    return n


def _previous_quote_claim(view: DocView, state: State, q: Quote) -> int | None:
    """Index of the claim whose quote this one continues: same quote group, or a quote
    paragraph right after a paragraph that ended with an attributed quote."""
    text = view.text
    best = _latest_before(state, q, lambda c: c.source is not None or c.inherit_from is not None)
    if best is None:
        return None
    best = _before_participle_aside(view, state, best)
    gap = text[state.found[best].end_char : q.start]
    if gap.count("\n") > 4 or len(gap) > MAX_GAP:
        return None
    prev = state.found[best]
    quoted = bool(view.quotes_overlapping(prev.start_char, prev.end_char))
    if not quoted:
        # a quote after reported speech continues it only when it starts its own paragraph
        if "\n" not in gap:
            return None
    before = text[max(0, q.start - 200) : q.start].rstrip(" \t")
    starts_paragraph = q.start == 0 or "\n" in text[max(0, q.start - 3) : q.start] or before.endswith("\n") or not before
    if not starts_paragraph and "\n" in gap:
        return None
    return best
