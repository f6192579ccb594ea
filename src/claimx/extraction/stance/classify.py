"""Entry points: the stance of a detected candidate, or of a statement given as strings."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span, Token

from ...labels import CueKind
from ...lexicons import Lexicons, lemma_of, make_lexicons
from ...models import Stance
from .wordsets import _NEGATIONS
from .signals import StanceDecision
from .syntax import _lower
from .decide import decide_stance

if TYPE_CHECKING:
    from spacy.language import Language

    from ..attribution.detect import Candidate


def classify_candidate(
    doc: Doc, cand: Candidate, lexicons: Lexicons, *, disabled: frozenset[str] = frozenset()
) -> StanceDecision:
    """The stance of a detected candidate, read from the doc's own parse (no extra parsing).

    ``disabled`` holds the ids of stance steps and rules ("stance.<name>") to switch off.
    """
    content = doc.char_span(cand.start_char, cand.end_char, alignment_mode="expand")
    if content is None or not len(content):
        return StanceDecision(Stance.ASSERTION)
    cue = doc[cand.cue_i] if cand.cue_i is not None else None
    cue_span: Span | None = None
    if cand.cue_start_char is not None and cand.cue_end_char is not None:
        cue_span = doc.char_span(cand.cue_start_char, cand.cue_end_char, alignment_mode="expand")
    if cue_span is None and cue is not None:
        cue_span = doc[cue.i : cue.i + 1]
    cue_tokens = list(cue_span) if cue_span is not None else []
    if cue is not None and cue_tokens:
        # hedges on the cue verb itself: "is likely to say", "may have suggested", "reportedly told"
        cue_tokens += [c for c in cue.children if c.dep_ in ("aux", "advmod", "neg") and c not in cue_tokens]
        # the particle of a phrasal cue: "pushed back on", "brushed the claims aside"
        cue_tokens += [c for c in cue.children if c.dep_ == "prt" and c not in cue_tokens]
    cue_object = doc[cand.object_i] if cand.object_i is not None else None
    has_as = cue is not None and any(c.dep_ == "prep" and c.lower_ == "as" for c in cue.children)
    label = cand.cue_label if cand.cue_label not in (CueKind.ACCORDING, CueKind.COLON) else CueKind.SAY
    return decide_stance(
        content,
        cue_lemma=cand.cue_lemma if label != CueKind.SAY or cue is None else (cue.lemma_.lower()),
        cue_label=label,
        cue_negated=cand.cue_negated,
        cue_object=cue_object,
        cue_has_as=has_as,
        cue=cue_tokens,
        lexicons=lexicons,
        disabled=disabled,
    )


def classify_text(
    content: str,
    cue: str | None,
    source: str | None = None,
    *,
    nlp: Language,
    lexicons: Lexicons | None = None,
    disabled: frozenset[str] = frozenset(),
) -> StanceDecision:
    """Classify a statement given as strings (content, cue words, source), without extraction.

    Used to score the classifier apart from attribution errors; the public entry point
    with the default pipeline is :func:`claimx.classify_stance`.

    >>> import claimx
    >>> classify_text("he lied to the voters", "accused", nlp=claimx.load_default_nlp()).stance.value
    'allegation'
    """
    lexicons = lexicons if lexicons is not None else make_lexicons()
    with nlp.select_pipes(disable=[p for p in ("claimx",) if p in nlp.pipe_names]):
        doc = nlp(content or "")
        cue_doc = nlp(cue) if cue else None
    del source
    return _classify_parsed(doc, cue_doc, lexicons, disabled=disabled)


def _classify_parsed(
    doc: Doc, cue_doc: Doc | None, lexicons: Lexicons, *, disabled: frozenset[str] = frozenset()
) -> StanceDecision:
    """``classify_text`` after parsing: the content and cue docs to a decision."""
    cue_lemma = cue_label = None
    negated = False
    cue_tokens: list[Token] = []
    has_as = False
    if cue_doc is not None and len(cue_doc):
        cue_tokens = list(cue_doc)
        negated = any(t.lower_ in _NEGATIONS or t.lower_ == "cannot" for t in cue_doc)
        words = [t for t in cue_doc if not t.is_punct and t.lower_ not in _NEGATIONS]
        for token in reversed(words):
            lemma = lemma_of(token)
            label = lexicons["cue_verbs"].get(lemma) or lexicons["cue_nouns"].get(lemma)
            if label is not None:
                cue_lemma, cue_label = lemma, label
                break
        if cue_lemma is None and words:
            cue_lemma, cue_label = lemma_of(words[0]), CueKind.SAY
        if cue_doc.text.strip().lower() in ("according to", ":"):
            cue_label = CueKind.SAY
        has_as = bool(words) and _lower(words[-1]) == "as"
    return decide_stance(
        doc[:],
        cue_lemma=cue_lemma,
        cue_label=cue_label,
        cue_negated=negated,
        cue_has_as=has_as,
        cue=cue_tokens,
        lexicons=lexicons,
        disabled=disabled,
    )
