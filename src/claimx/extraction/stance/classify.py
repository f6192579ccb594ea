"""Entry points of the rules alone: the stance of a detected candidate, or of a statement given as strings."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc

from ...lexicons import Lexicons, make_lexicons
from ...models import Stance
from .inputs import candidate_inputs, decide_inputs, parsed_text_inputs
from .signals import StanceDecision

if TYPE_CHECKING:
    from spacy.language import Language

    from ..attribution.detect import Candidate


def classify_candidate(
    doc: Doc, cand: Candidate, lexicons: Lexicons, *, disabled: frozenset[str] = frozenset()
) -> StanceDecision:
    """The rules' stance of a detected candidate, read from the doc's own parse (no extra parsing).

    ``disabled`` holds the ids of stance steps and rules ("stance.<name>") to switch off. The
    pipeline calls the learned model's ``model.classify_candidate``, which reads this decision.
    """
    inputs = candidate_inputs(doc, cand)
    return StanceDecision(Stance.ASSERTION) if inputs is None else decide_inputs(inputs, lexicons, disabled=disabled)


def classify_text(
    content: str,
    cue: str | None,
    source: str | None = None,
    *,
    nlp: Language,
    lexicons: Lexicons | None = None,
    disabled: frozenset[str] = frozenset(),
) -> StanceDecision:
    """The rules alone on a statement given as strings (content, cue words, source), without extraction.

    The rules are the default decision; the public entry point is :func:`claimx.classify_stance`
    (``model=True`` asks the learned model instead).

    >>> import claimx
    >>> classify_text("he lied to the voters", "accused", nlp=claimx.load_default_nlp()).stance.value
    'allegation'
    """
    lexicons = lexicons if lexicons is not None else make_lexicons()
    return decide_inputs(parsed_text_inputs(content, cue, nlp=nlp, lexicons=lexicons, source=source), lexicons, disabled=disabled)
