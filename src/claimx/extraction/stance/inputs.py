"""What the rules read for one claim, bundled, so the learned model can read the same inputs.

``candidate_inputs`` reads a detected candidate from the article's parse, ``text_inputs`` a
content and a cue parsed on their own; ``decide_inputs`` runs the rules on either. The model
(:mod:`.model`) computes its features from these inputs and the rules' decision.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span, Token

from ...lexicons import Lexicons, lemma_of
from .decide import decide_stance
from .signals import StanceDecision
from .syntax import _lower
from .wordsets import _NEGATIONS

if TYPE_CHECKING:
    from spacy.language import Language

    from ..attribution.detect import Candidate

__all__ = ["StanceInputs", "candidate_inputs", "decide_inputs", "parsed_text_inputs", "text_inputs"]


@dataclass(frozen=True)
class StanceInputs:
    """The content span and the cue as the pipeline saw them."""

    content: Span
    cue_lemma: str | None = None
    cue_label: str | None = None
    cue_negated: bool = False
    cue_object: Token | None = None
    cue_has_as: bool = False
    cue: tuple[Token, ...] = ()
    source: Span | None = None  # the claim's source mention, when known


def decide_inputs(
    inputs: StanceInputs, lexicons: Lexicons, *, disabled: frozenset[str] = frozenset()
) -> StanceDecision:
    """The rules' decision for ``inputs`` (``decide_stance`` with its arguments bundled)."""
    return decide_stance(
        inputs.content,
        cue_lemma=inputs.cue_lemma,
        cue_label=inputs.cue_label,
        cue_negated=inputs.cue_negated,
        cue_object=inputs.cue_object,
        cue_has_as=inputs.cue_has_as,
        cue=inputs.cue,
        lexicons=lexicons,
        disabled=disabled,
        source=inputs.source,
    )


def candidate_inputs(doc: Doc, cand: Candidate) -> StanceInputs | None:
    """The inputs of a detected candidate, read from the doc's own parse; None for no content."""
    content = doc.char_span(cand.start_char, cand.end_char, alignment_mode="expand")
    if content is None or not len(content):
        return None
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
    label = cand.cue_label if cand.cue_label not in ("according", "colon") else "say"
    return StanceInputs(
        content,
        cue_lemma=cand.cue_lemma if label != "say" or cue is None else (cue.lemma_.lower()),
        cue_label=label,
        cue_negated=cand.cue_negated,
        cue_object=doc[cand.object_i] if cand.object_i is not None else None,
        cue_has_as=cue is not None and any(c.dep_ == "prep" and c.lower_ == "as" for c in cue.children),
        cue=tuple(cue_tokens),
        source=doc[cand.source[0] : cand.source[1]] if cand.source is not None else None,
    )


def parsed_text_inputs(
    content: str, cue: str | None, *, nlp: Language, lexicons: Lexicons, source: str | None = None
) -> StanceInputs:
    """Parse a content, a cue and a source given as strings, each on its own (without claimx's own pipe), to inputs."""
    with nlp.select_pipes(disable=[p for p in ("claimx",) if p in nlp.pipe_names]):
        doc = nlp(content or "")
        cue_doc = nlp(cue) if cue else None
        source_doc = nlp(source) if source and source.strip() else None
    return text_inputs(doc, cue_doc, lexicons, source_doc)


def text_inputs(doc: Doc, cue_doc: Doc | None, lexicons: Lexicons, source_doc: Doc | None = None) -> StanceInputs:
    """The inputs of a content and a cue parsed on their own (``classify_text``)."""
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
            cue_lemma, cue_label = lemma_of(words[0]), "say"
        if cue_doc.text.strip().lower() in ("according to", ":"):
            cue_label = "say"
        has_as = bool(words) and _lower(words[-1]) == "as"
    return StanceInputs(
        doc[:], cue_lemma=cue_lemma, cue_label=cue_label, cue_negated=negated, cue_has_as=has_as, cue=tuple(cue_tokens),
        source=source_doc[:] if source_doc is not None else None,
    )
