"""Content edges: words at a content's start or end that are no part of what was said (issue 16).

Each rule in :data:`EDGE_RULES` takes a candidate's content range and gives it back, narrowed,
widened or as it was.
They run once per candidate, after its form is set (:func:`claimx.extraction.attribution.finish`),
so they see the range that will be the claim. Measured on PolNeAR dev (tuning) in
docs/accuracy.md, issue 16 section: where exact matches are lost to a content's edges.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from types import MappingProxyType

from spacy.tokens import Span, Token

from ...labels import AttributionWordKind, ClauseWordKind, CueKind
from ...models import Form
from .candidate import AttributionRule, Candidate
from .state import DocView
from .syntax import QUOTE_CHARS, SUBJECTS, conjoined_cue, cue_label, sent_end_char, trim

__all__ = ["EDGE_RULES", "trim_edges"]

_LABEL = re.compile(r"([A-Z][A-Z .'-]{1,30}):\s+")
_LAST_WORD = re.compile(r"(\w+)\W*$")
_FRAME_WORDS = 6  # at most this many words between a cue and the quoted fragment it frames
_FRAME = re.compile(r"[^.!?;:\n\"“”„‟«»″'‘’]*")
_CLAUSE_BREAKS = (",", "—", "–")  # what sets off a participle clause from the clause before it
_DASHES = ("—", "–", "--")  # a pair of these sets off an aside
_PHRASE_OPENING_TAGS = frozenset({"DT", "PRP$"})  # words after which a noun phrase must go on ("a", "the", "their")
_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
_TIME_PREPS = frozenset({"on", "in", "at", "during"})  # "said on Tuesday", "said in March"
_MIN_KEPT_WORDS = 3  # a content cut at a speech participle keeps at least this many words
_CONNECTIVE_WORDS = 4  # the longest connective in content_edges.tsv ("on the other hand")
_TOPIC_WORDS = 6  # at most this many words in a fronted topic phrase ("As for the new budget,")


def _transcript_label(view: DocView, cand: Candidate, lo: int, hi: int) -> tuple[int, int]:
    """A transcript's speaker label ("SMITH: Well, ...") names who speaks; it is not said.

    Only a label that opens its line, and that is one of the text's line labels
    (:attr:`DocView.line_labels`), is cut, so an upper-case word with a colon inside a
    sentence stays.
    """
    text = view.text
    k = lo
    while k < hi and (text[k] in QUOTE_CHARS or text[k].isspace()):
        k += 1
    m = _LABEL.match(text, k, hi)
    if m is None or m.group(1) not in view.line_labels or hi - m.end() < 2:
        return lo, hi
    line_start = text.rfind("\n", 0, k) + 1
    if text[line_start:k].strip(QUOTE_CHARS + " \t"):
        return lo, hi  # the label's words, but not at the start of the line
    return trim(text, m.end(), hi, strip_period=False)


def _opening_connective(view: DocView, cand: Candidate, lo: int, hi: int) -> tuple[int, int]:
    """"However, the plan will fail, the mayor said." / "In addition, ..., according to X": a
    sentence connective or a fronted topic phrase ("As for the budget,", "Details aside,") set off
    by a comma at the start of a sentence is the reporter's link to what came before; when the
    content comes before its cue, the content starts after it (issue 16, reported10).

    Only outside quotation marks (a quoted "Of course, ..." is the source's) and only at the
    sentence's start. After "according to X" a bare "And"/"But" is the reporter's too (the
    PolNeAR gold leaves it out of every according-to content in the tuning sets, and keeps it
    in every unquoted "But ..., she said").
    """
    if cand.form == Form.DIRECT or cand.cue_start_char is None or cand.cue_start_char < hi or view.in_quote(lo) is not None:
        return lo, hi
    span = view.doc.char_span(lo, hi, alignment_mode="contract")
    if span is None or len(span) < 3:
        return lo, hi
    sent = view.sent(span.start)
    if view.text[sent.start_char : lo].strip():
        return lo, hi
    edges = view.lexicons["content_edges"]
    k = _connective_end(span, edges)
    if k is None and cand.via == AttributionRule.ACCORDING_TO and edges.get(span[0].lower_) == AttributionWordKind.DANGLING_END.value and span[0].dep_ == "cc":
        k = 1
    if k is None or k >= len(span) - 1:
        return lo, hi
    return trim(view.text, span[k].idx, hi, strip_period=False)


def _connective_end(span: Span, edges: Mapping[str, str]) -> int | None:
    """The index in ``span`` after an opening connective and its comma, or None."""
    for n in range(min(_CONNECTIVE_WORDS, len(span) - 1), 0, -1):
        phrase = " ".join(t.lower_ for t in span[:n])
        if edges.get(phrase) != AttributionWordKind.OPENING_CONNECTIVE.value:
            continue
        if span[n].text == ",":
            return n + 1
        if phrase == "however" and span[n].pos_ not in ("ADJ", "ADV"):
            return n  # "However debates are ...", not "However laudable the goal, ..."
        return None
    comma = next((t.i - span.start for t in span[: _TOPIC_WORDS + 2] if t.text == ","), None)
    if comma is None or comma < 2:
        return None
    opens = any(edges.get(" ".join(t.lower_ for t in span[:n])) == AttributionWordKind.TOPIC_OPENER.value for n in range(2, min(comma, 4) + 1))
    closes = comma <= _CONNECTIVE_WORDS and edges.get(span[comma - 1].lower_) == AttributionWordKind.TOPIC_CLOSER.value
    if not (opens or closes) or any(t.pos_ in ("VERB", "AUX") for t in span[:comma]):
        return None
    return comma + 1


def _dangling_conjunction(view: DocView, cand: Candidate, lo: int, hi: int) -> tuple[int, int]:
    """A content ending on a coordinator ("..., and") was cut in the middle of a coordination;
    the coordinator belongs to what follows. Not inside a quotation: a quoted fragment may
    stop on one ("“... and,” she said, “...”")."""
    text = view.text
    m = _LAST_WORD.search(text, lo, hi)
    if m is None or m.start(1) <= lo or view.in_quote(m.start(1)) is not None:
        return lo, hi
    label = view.lexicons["content_edges"].get(m.group(1).lower())
    if label != AttributionWordKind.DANGLING_END.value:
        return lo, hi
    return trim(text, lo, m.start(1))


def _quoted_fragment_clause(view: DocView, cand: Candidate, lo: int, hi: int) -> tuple[int, int]:
    """A quotation that opens in lower case in the middle of its cue's sentence ("called the
    plan “a costly mistake”", "said the mayor was “not ready”") quotes a piece of a clause;
    what was said is the clause, from the word after the cue, with the quoted words in it.

    Only for a cue before the quotation, a few words away, with no sentence end, colon or
    other quotation between and no comma just before the quotation; the claim becomes mixed (:func:`finish` sets its form again).
    """
    if cand.form != Form.DIRECT or cand.cue_end_char is None or cand.cue_end_char > lo:
        return lo, hi
    quote = view.in_quote(lo)
    if quote is None or not (text_starts_lower(view.text, quote.inner_start, hi) or _inside_phrase(view, quote.start)):
        return lo, hi
    frame = view.text[cand.cue_end_char : quote.start]
    if not _FRAME.fullmatch(frame) or not re.search(r"\w", frame) or len(frame.split()) > _FRAME_WORDS:
        return lo, hi
    if frame.rstrip().endswith(","):
        return lo, hi  # "told the host, “it was ...”": the words before the comma are the cue's, not the quote's clause
    return trim(view.text, cand.cue_end_char, hi, strip_period=False)


def _inside_phrase(view: DocView, mark_char: int) -> bool:
    """Whether the word before the quotation mark at ``mark_char`` leaves a noun phrase open, so
    that a quotation opening in capitals continues it ("fear a “Grand Bargain”", "the premise of
    the “Ferguson Effect”", "fear their “Grand Plan”"): an article or a possessive pronoun. Not a preposition: "wrote the bill as
    “Unfair To Families”" stays a quote of its own, and "told reporters that “We ...”" starts a clause."""
    before = view.doc.char_span(0, mark_char, alignment_mode="contract")
    return before is not None and len(before) > 0 and before[-1].tag_ in _PHRASE_OPENING_TAGS


def _reported_span(view: DocView, cand: Candidate, lo: int, hi: int) -> Span | None:
    """The tokens of a reported (not direct) content, for the rules that end it at a second
    attribution of the same source; None for a direct quote or a span off token edges."""
    if cand.form == Form.DIRECT:
        return None
    return view.doc.char_span(lo, hi, alignment_mode="contract")


def _speech_participle(view: DocView, cand: Candidate, lo: int, hi: int) -> tuple[int, int]:
    """"said the plan was unfair, arguing that it would hurt farms": a speech participle set off
    by a comma starts a second attribution by the same source; it is no part of the first.

    The participle is a cue verb (``cue_verbs.tsv``; not a belief or feeling: "..., knowing
    that" stays) in "-ing" form with no subject of its own, outside quotation marks, after a
    comma or dash inside the content, with a statement of its own (a clause, or a position
    cue's noun object). The content ends before the comma; the participle's own
    claim (found by the verb-cue pass, until now inside this content) is then kept.
    """
    span = _reported_span(view, cand, lo, hi)
    if span is None:
        return lo, hi
    for k, token in enumerate(span):
        if k < _MIN_KEPT_WORDS or token.tag_ != "VBG" or span[k - 1].text not in _CLAUSE_BREAKS:
            continue
        label = cue_label(token, view.lexicons)
        if label is None or label == CueKind.COGNITION or view.quoted(token):
            continue
        if any(c.dep_ in SUBJECTS for c in token.children):
            continue  # "..., officials saying ...": an absolute clause with its own source
        if not _reports_something(token, label):
            continue  # "..., allowing people to see ...": no statement of its own
        return trim(view.text, lo, span[k - 1].idx)
    return lo, hi


def _conjoined_cue(view: DocView, cand: Candidate, lo: int, hi: int) -> tuple[int, int]:
    """"said the plan was sound and urged the board to act": a speech verb joined by "and" to
    the reported clause (:func:`~.syntax.conjoined_cue`, outside quotation marks) is the
    reporter's second attribution; the first content ends before its coordinator, and the
    second verb's own claim is kept (issue 16)."""
    span = _reported_span(view, cand, lo, hi)
    if span is None:
        return lo, hi
    for k, token in enumerate(span):
        if k < _MIN_KEPT_WORDS or view.quoted(token) or not conjoined_cue(token, view.lexicons):
            continue
        cc = max((c for c in token.head.children if c.dep_ == "cc" and c.i < token.i), key=lambda c: c.i)
        if cc.i <= span.start:
            continue
        return trim(view.text, lo, cc.idx)
    return lo, hi


def _second_source(view: DocView, cand: Candidate, lo: int, hi: int) -> tuple[int, int]:
    """"several parents said the teacher did well, while other parents said ...", "half said the
    park is safe, and a third said the same of the station": a clause joined to the reported one
    by "and"/"but" or opened by "while"/"whereas", whose speech verb has an active subject of its own, is
    a second attribution with a second source; the first content ends before the coordinator, and
    the second verb's own claim is kept (issue 16, reported16).

    Only a speech verb (``cue_verbs.tsv``, say kind) outside quotation marks that the parse hangs
    inside the content as ``conj`` or as an ``advcl`` marked "while"/"whereas" (not "if": "said
    that if voters say no, the plan fails" keeps its condition).
    """
    span = _reported_span(view, cand, lo, hi)
    if span is None or cand.cue_i is None or view.doc[cand.cue_i].pos_ not in ("VERB", "AUX"):
        return lo, hi  # "In the poll, 38 percent said A, while 60 percent said B": the answers are the content
    words = view.lexicons["clause_words"]
    for k, token in enumerate(span):
        if k < _MIN_KEPT_WORDS or view.quoted(token) or token.i == cand.cue_i or cue_label(token, view.lexicons) != CueKind.SAY:
            continue
        subject = next((c for c in token.children if c.dep_ == "nsubj" and c.i < token.i), None)
        if subject is None or subject.left_edge.i <= span.start:
            continue
        if token.dep_ == "conj":
            opener = max((c for c in token.head.children if c.dep_ == "cc" and c.i < subject.left_edge.i and c.lower_ in ("and", "but")), key=lambda c: c.i, default=None)
        elif token.dep_ == "advcl":
            opener = next((c for c in token.children if c.dep_ == "mark" and c.i < subject.left_edge.i and words.get(c.lower_) == ClauseWordKind.CONCESSIVE.value), None)
        else:
            opener = None
        if opener is None or opener.i - span.start < _MIN_KEPT_WORDS:
            continue
        return trim(view.text, lo, opener.idx)
    return lo, hi


def _finite_conjunct(view: DocView, cand: Candidate, lo: int, hi: int) -> tuple[int, int]:
    """"called on the city to repair the road and proposed a new bus line": a past or present
    tense verb with no subject, joined by "and" to a reported infinitive or bare verb ("to
    repair", "the clerk be replaced"), cannot continue it; it is the cue's second act, and the
    content ends before the coordinator (issue 16, reported16).

    Only "-ed"/"-s" forms (VBD, VBZ) that differ from the bare verb: a VBP tag, or "put", "cut",
    may be a bare verb the tagger misread ("will win and put forward ..." goes on)."""
    span = _reported_span(view, cand, lo, hi)
    if span is None:
        return lo, hi
    for k, token in enumerate(span):
        if k < _MIN_KEPT_WORDS or token.dep_ != "conj" or token.tag_ not in ("VBD", "VBZ") or token.lower_ == token.lemma_ or view.quoted(token):
            continue
        head = token.head
        if head.i < span.start or not _bare(head) or any(c.dep_ in SUBJECTS for c in token.children):
            continue
        cc = max((c for c in head.children if c.dep_ == "cc" and head.i < c.i < token.i), key=lambda c: c.i, default=None)
        if cc is None or cc.i - span.start < _MIN_KEPT_WORDS:
            continue
        return trim(view.text, lo, cc.idx)
    return lo, hi


def _bare(verb: Token) -> bool:
    """A verb whose conjuncts must be bare too: after "to" or a modal ("to repair", "will
    repair"), or a bare subjunctive ("(that the clerk) be replaced"); not "does not repair"."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(c.tag_ in ("MD", "TO") for c in auxes):
        return True  # "to repair", "will fight on": a conjunct shares the bare form
    if any(c.tag_ in _FINITE_TAGS for c in auxes):
        return False  # "does not have X and is not ...": do-support, the conjunct is finite on its own
    return verb.tag_ == "VB" or any(c.tag_ == "VB" for c in auxes)


def _cue_time(view: DocView, cand: Candidate, lo: int, hi: int) -> tuple[int, int]:
    """"said on Tuesday it would ...", "said last week it had ...": a time adverbial right after
    the cue, before the clause's own subject, dates the saying; it is no part of what was said.
    Only with no "that" between (after "that" the time is the clause's) and only where the
    clause's subject starts right after the time words ("said next year's budget ..." keeps
    them: they are the subject's)."""
    span = _reported_span(view, cand, lo, hi)
    if span is None or len(span) < 3 or cand.cue_end_char is None or cand.cue_end_char > lo or view.text[cand.cue_end_char : lo].strip():
        return lo, hi  # the cue must come first: "Last week the firm hired ..., he said" keeps its date
    k = 1 if span[0].dep_ == "prep" and span[0].lower_ in _TIME_PREPS else 0
    while k < len(span) and span[k].ent_type_ in ("DATE", "TIME") and not view.quoted(span[k]):
        k += 1
    if k == 0 or k == len(span) or span[k - 1].ent_type_ not in ("DATE", "TIME"):
        return lo, hi
    rest = span[k]
    if not any(t.dep_ in SUBJECTS and t.left_edge.i == rest.i for t in span[k:]):
        return lo, hi
    return trim(view.text, rest.idx, hi)


def _dash_aside(view: DocView, cand: Candidate, lo: int, hi: int) -> tuple[int, int]:
    """"pledged to bar all lorries — some 4,000 a day — from entering the town": an aside set off
    by a pair of dashes inside the content; the parse may hang the aside and the words after it on
    the cue, so the content stopped at the first dash. When the content ends just before a dash,
    a second dash closes the aside in the same sentence, and every word after it (to the sentence
    end) hangs on the cue or inside what does, the content runs to the sentence end."""
    if cand.form == Form.DIRECT or cand.cue_i is None:
        return lo, hi
    doc, text = view.doc, view.text
    after = doc.char_span(hi, hi, alignment_mode="expand")
    k = next((t.i for t in doc[after.start if after is not None else 0 :] if t.idx >= hi and not t.is_space), None)
    if k is None or doc[k].text not in _DASHES:
        return lo, hi
    sent = view.sent(k)
    close = next((t for t in doc[k + 1 : sent.end] if t.text in _DASHES), None)
    if close is None or close.i + 1 >= sent.end or view.quoted(doc[k]):
        return lo, hi
    cue = doc[cand.cue_i]
    rest = [t for t in doc[close.i + 1 : sent.end] if not t.is_punct]
    if not rest or any(t.head.i == cue.i and t.dep_ not in ("prep", "advcl", "advmod") for t in rest) or not any(t.head.i == cue.i for t in rest):
        return lo, hi
    if any(not (t.head.i == cue.i or close.i < t.head.i < sent.end) for t in rest):
        return lo, hi
    return trim(text, lo, sent_end_char(sent))


def _reports_something(token: Token, label: str) -> bool:
    """A participle with what it reports: a finite clause ("arguing that it would ..."; not
    "allowing commuters to skip ..."), or for a position cue a noun object ("citing the report")."""
    if any(c.dep_ == "ccomp" and _finite(c) for c in token.children):
        return True
    return label == CueKind.POSITION and any(c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN") for c in token.children)


def _finite(verb: Token) -> bool:
    return verb.tag_ in _FINITE_TAGS or any(c.dep_ in ("aux", "auxpass") and c.tag_ in _FINITE_TAGS for c in verb.children)


def text_starts_lower(text: str, lo: int, hi: int) -> bool:
    """Whether the first letter of ``text[lo:hi]`` is lower case."""
    first = next((ch for ch in text[lo:hi] if ch.isalpha()), "")
    return first.islower()


EDGE_RULES: MappingProxyType[str, Callable[[DocView, Candidate, int, int], tuple[int, int]]] = MappingProxyType(
    {
        "transcript_label": _transcript_label,
        "opening_connective": _opening_connective,
        "dangling_conjunction": _dangling_conjunction,
        "quoted_fragment_clause": _quoted_fragment_clause,
        "speech_participle": _speech_participle,
        "conjoined_cue": _conjoined_cue,
        "second_source": _second_source,
        "finite_conjunct": _finite_conjunct,
        "cue_time": _cue_time,
        "dash_aside": _dash_aside,
    }
)


def trim_edges(view: DocView, cand: Candidate) -> tuple[int, int]:
    """``cand``'s content range after every rule of :data:`EDGE_RULES`, in order."""
    lo, hi = cand.start_char, cand.end_char
    for rule in EDGE_RULES.values():
        lo, hi = rule(view, cand, lo, hi)
    return lo, hi
