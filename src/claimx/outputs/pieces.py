"""How outputs show a claim in pieces: the pieces' words with an ellipsis where the cue stood.

A claim whose cue interrupts it ("The levy, the mayor said, will fund two schools.") has
``text`` "The levy will fund two schools"; a table shows "The levy … will fund two schools" so a
reader sees that words of the article (the cue and its source) stand between the pieces.
"""

from __future__ import annotations

from ..models import Claim

__all__ = ["PIECE_GAP", "piece_offsets", "shown_text"]

PIECE_GAP = " … "


def shown_text(claim: Claim) -> str:
    """The claim's text for a reader: its pieces joined by :data:`PIECE_GAP`, else its text.

    >>> from claimx.models import Mention
    >>> shown_text(Claim(text="A B", start=0, end=9, form="indirect",
    ...     pieces=(Mention(text="A", start=0, end=1), Mention(text="B", start=8, end=9))))
    'A … B'
    """
    return PIECE_GAP.join(p.text for p in claim.pieces) if claim.pieces else claim.text


def piece_offsets(claim: Claim) -> str | None:
    """The pieces' offsets as one cell, ``"0:8; 20:37"``, or None for a claim in one piece."""
    return "; ".join(f"{p.start}:{p.end}" for p in claim.pieces) or None
