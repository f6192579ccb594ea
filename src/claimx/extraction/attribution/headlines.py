"""The headline pass: a line that opens with "Source:" ("Poll: Voters ...", "SMITH: Well, ...")."""

from __future__ import annotations

from spacy.tokens import Span

from ...labels import CueKind, PronounKind
from ...lexicons import lemma_of
from .build import add_candidate
from .candidate import AttributionRule
from .state import DocView, State
from .syntax import QUOTE_CHARS, is_speaker_entity

__all__ = ["headlines"]

# what the head of a "Source:" label may be besides a named entity
_SOURCE_LEXICONS = ("org_nouns", "group_nouns", "titles", "cue_nouns")
# a label of these entity types heads a topic unless its rest reads as speech
_PLACE_ENTS = ("GPE", "LOC", "NORP")
# a bare label the story names elsewhere as one of these is a speaker
_NAMED_SPEAKERS = ("PERSON", "ORG")
_SPEECH_PRONOUNS = (
    PronounKind.FIRST_SINGULAR.value,
    PronounKind.FIRST_PLURAL.value,
    PronounKind.FIRST_OTHER.value,
    PronounKind.SECOND.value,
)


def headlines(view: DocView, state: State) -> None:
    """Each line "Label: rest" whose short label names a speaker gives "rest" to that speaker."""
    doc, text = view.doc, view.text
    offset = 0
    for line in text.split("\n"):
        start = offset
        offset += len(line) + 1
        lead = len(line) - len(line.lstrip(" \t" + QUOTE_CHARS))
        span = doc.char_span(start + lead, start + len(line.rstrip()), alignment_mode="expand")
        if span is None or len(span) < 3:
            continue
        colon = next((t for t in span[:7] if t.text == ":"), None)
        if colon is None or not 1 <= colon.i - span.start <= 5 or span.end - colon.i < 3:
            continue
        if view.in_quote(colon.idx) and not text[start + lead - 1 : start + lead] in QUOTE_CHARS:
            continue
        label = doc[span.start : colon.i]
        if not _could_be_source(view, label, doc[colon.i + 1 : span.end]):
            continue
        add_candidate(
            view,
            state,
            colon.i + 1,
            span.end,
            rule=AttributionRule.HEADLINES,
            cue=colon,
            cue_tokens=(colon.i, colon.i + 1),
            label=CueKind.COLON.value,
            source=(label.start, label.end),
        )


def _could_be_source(view: DocView, span: Span, rest: Span) -> bool:
    """A short phrase that names a speaker: a person, organisation, group or poll.

    A place or nationality heads topic labels far more often than it speaks ("Gaza: dozens
    killed"), so it is a speaker only when the rest reads as speech; a named event ("Storm
    Aria:") never is. A capitalised name the parse missed speaks when the rest does.
    """
    head = span[-1]
    lemma = lemma_of(head)
    if all(t.is_upper and t.is_alpha for t in span) and len(span) <= 3 and len(head) > 1:
        # a transcript's speaker label ("WALLACE:") recurs or names a person, tagged or named in
        # the story ("WREN:" after "host Ann Wren"); "WEATHER:" is a section
        return head.ent_type_ == "PERSON" or view.line_labels.count(span.text) >= 2 or _named_in_story(view, span, fold=True)
    if any(t.pos_ == "VERB" for t in span):
        return False
    if lemma_of(span[0]) in view.lexicons["headline_labels"]:
        return False
    if head.ent_type_ in _PLACE_ENTS:
        return _reads_as_speech(view, rest)
    if is_speaker_entity(head) or any(lemma in view.lexicons[name] for name in _SOURCE_LEXICONS):
        return True
    if not all(t.is_title and t.is_alpha and len(t) > 1 for t in span):
        return False  # not "A:" of a Q&A
    return _named_in_story(view, span) or _reads_as_speech(view, rest)


def _named_in_story(view: DocView, span: Span, *, fold: bool = False) -> bool:
    """"Hale: Ortega Will Not Be at Debate": a headline's label of one or two capitalised words
    that the story names elsewhere as (part of) a person or organisation ("Senator Tom Hale")
    is that speaker, though the tagger gives the bare label no entity (issue 16, reported11).
    ``fold``: compared ignoring case (a transcript's label in capitals)."""
    if len(span) > 2:
        return False
    words = [t.lower_ if fold else t.text for t in span]
    for ent in view.doc.ents:
        if ent.label_ not in _NAMED_SPEAKERS or ent.start <= span.start < ent.end:
            continue
        texts = [t.lower_ if fold else t.text for t in ent]
        if any(texts[i : i + len(words)] == words for i in range(len(texts) - len(words) + 1)):
            return True
    return False


def _reads_as_speech(view: DocView, rest: Span) -> bool:
    """The rest opens with a quotation mark or speaks in the first or second person ("We will ...")."""
    if rest[0].text in QUOTE_CHARS:
        return True
    pronouns = view.lexicons["pronouns"]
    return any(pronouns.get(t.lower_) in _SPEECH_PRONOUNS for t in rest if t.pos_ == "PRON" or t.tag_ == "PRP$")
