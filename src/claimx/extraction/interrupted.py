"""One claim for a statement its own cue interrupts: "The levy, the mayor said, will fund two schools."

News writing sets the attribution inside the statement it attributes: between a subject and its
verb (", X said,", ", according to X,"), or between two halves of one quotation ("“We will,” she
said, “win.”"). The passes give each side as a claim of that cue; a side alone ("The levy") is a
fragment no reader can use, and PolNeAR marks such a content as one attribution in two pieces. So
the claims of one cue that lie on either side of it within one sentence become one claim whose
``pieces`` are the sides. Two quotations under one cue that a sentence end separates ("“A,” she
said. “B.”") stay two claims: they are two statements.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from ..models import Claim, Form, Mention, Stance
from .attribution.syntax import QUOTE_CHARS

__all__ = ["join_interrupted"]

# What ends a statement: a gap holding one of these between two sides keeps them apart.
_STOPS = frozenset(".!?;:")
# What sets a parenthetical attribution off on each side of it.
_SETS_OFF = frozenset(",—–-")
# The stance a split claim takes when its sides differ: the docs' precedence.
_PRECEDENCE = (Stance.DENIAL, Stance.ALLEGATION, Stance.HEDGE, Stance.ASSERTION)


def join_interrupted(doc: Doc, claims: list[Claim]) -> list[Claim]:
    """``claims`` (document order) with each pair of one cue's sides joined into one claim with pieces.

    Claims without a cue, or whose cue does not stand between them, are returned as they are.
    """
    out: list[Claim] = []
    last_of_cue: dict[tuple[int, int], int] = {}
    for claim in claims:
        cue = claim.cue
        if cue is None:
            out.append(claim)
            continue
        key = (cue.start, cue.end)
        k = last_of_cue.get(key)
        if k is not None and not out[k].pieces and _interrupts(doc, out[k], claim):
            out[k] = _joined(out[k], claim)
            continue
        last_of_cue[key] = len(out)
        out.append(claim)
    return out


def _interrupts(doc: Doc, a: Claim, b: Claim) -> bool:
    """Whether ``a``'s cue stands between ``a`` and ``b`` inside one sentence, set off by commas or dashes."""
    cue = a.cue
    if cue is None or not (a.end <= cue.start and cue.end <= b.start):
        return False
    text = doc.text
    gap = text[a.end : b.start]
    if "\n" in gap or a.text.rstrip(QUOTE_CHARS)[-1:] in _STOPS:
        return False
    span = doc.char_span(a.end, b.start, alignment_mode="expand")
    if span is None or any(t.text in _STOPS or t.is_punct and t.text[-1:] in _STOPS for t in span):
        return False  # a sentence ends between the sides: two statements
    bare = gap.strip().strip(QUOTE_CHARS).strip()
    opens = bare[:1] in _SETS_OFF or a.text.rstrip(QUOTE_CHARS)[-1:] == ","
    return opens and bare[-1:] in _SETS_OFF or _verb_group(doc, span, cue)


def _verb_group(doc: Doc, gap: Span, cue: Mention) -> bool:
    """Whether the words between two sides are the cue verb with its auxiliaries and adverbs
    only: "The ferry | is widely expected | to start in May" (a passive cue's subject and its
    infinitive, issue 16, reported19) is one statement around its cue."""
    verb = doc.char_span(cue.start, cue.end, alignment_mode="expand")
    if verb is None or not len(verb) or verb.root.tag_ != "VBN":
        return False
    root = verb.root
    words = [t for t in gap if not t.is_space]
    return bool(words) and all(t.i == root.i or t.head.i == root.i and t.dep_ in ("aux", "auxpass", "neg", "advmod") for t in words)


def _joined(a: Claim, b: Claim) -> Claim:
    """One claim from the two sides: pieces, outer span, the stronger stance, both sides' words."""
    pieces = (Mention(text=a.text, start=a.start, end=a.end), Mention(text=b.text, start=b.start, end=b.end))
    lead = min((a, b), key=lambda c: _PRECEDENCE.index(c.stance))
    return a.model_copy(
        update={
            "text": f"{a.text} {b.text}",
            "end": b.end,
            "pieces": pieces,
            "form": a.form if a.form == b.form else Form.MIXED,
            "stance": lead.stance,
            "hedge_cues": tuple(dict.fromkeys(a.hedge_cues + b.hedge_cues)),
            "evidence": tuple(dict.fromkeys(a.evidence + b.evidence)),
            "target": lead.target if lead.target is not None else (a.target or b.target),
            "confidence": lead.confidence,
            "sent_start": min(a.sent_start, b.sent_start),
            "sent_end": max(a.sent_end, b.sent_end),
        }
    )
