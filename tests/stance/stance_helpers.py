"""Helpers of the stance tests: a decision on a hand-built parse, the one claim extracted with some content."""

from __future__ import annotations

from spacy.tokens import Doc

import claimx
from claimx import Claim
from claimx.extraction.stance import StanceDecision, decide_stance
from claimx.lexicons import make_lexicons
from parsing import parse as parse_rows

LEXICONS = make_lexicons()


def parse(rows: str) -> Doc:
    """A hand-built parse (see :mod:`parsing`); "n't" is written without a space before it, and
    "do" is an auxiliary except as the root."""
    return parse_rows(rows, glued=(".", ",", "n't"), aux_lemmas=("be", "do"), root_aux=False)


def claim_with(nlp, text: str, content: str) -> Claim:
    """The one claim extracted from ``text`` whose text holds ``content``."""
    claims = [c for c in claimx.extract(text, nlp=nlp) if content in c.text]
    assert len(claims) == 1, [c.text for c in claimx.extract(text, nlp=nlp)]
    return claims[0]


def decide(rows: str, cue: str | None, label: str | None, **options) -> StanceDecision:
    doc = parse(rows)
    obj = options.pop("object_i", None)
    return decide_stance(
        doc[:],
        cue_lemma=cue,
        cue_label=label,
        cue_object=doc[obj] if obj is not None else None,
        lexicons=LEXICONS,
        **options,
    )
