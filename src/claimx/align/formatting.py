"""Alignments as plain text, side by side, for ``claimx align A.txt B.txt``."""

from __future__ import annotations

import textwrap
from collections.abc import Iterable
from itertools import zip_longest

from ..models import Claim
from .pairing import Alignment

__all__ = ["format_alignments"]

_INDENT = 6  # room for the score ("0.93  ") in front of the first line


def _column(claim: Claim, width: int) -> list[str]:
    who = claim.speaker.name if claim.speaker else "?"
    header = textwrap.wrap(f"{who} [{claim.stance.value}/{claim.form.value}]", width)
    return header + textwrap.wrap(" ".join(claim.text.split()), width)


def _changes(alignment: Alignment) -> list[str]:
    """What differs between the two claims: speaker, stance, words dropped and added."""
    changes = []
    if alignment.speaker_changed:
        who_a = alignment.a.speaker.name if alignment.a.speaker else "?"
        who_b = alignment.b.speaker.name if alignment.b.speaker else "?"
        changes.append(f"speaker: {who_a} -> {who_b}")
    if alignment.stance_changed:
        changes.append(f"stance: {alignment.a.stance.value} -> {alignment.b.stance.value}")
    if alignment.words_dropped:
        changes.append("- " + " ".join(alignment.words_dropped))
    if alignment.words_added:
        changes.append("+ " + " ".join(alignment.words_added))
    return changes


def _block(alignment: Alignment, width: int) -> str:
    column = (width - _INDENT - 3) // 2
    left, right = _column(alignment.a, column), _column(alignment.b, column)
    lines = []
    for n, (l_part, r_part) in enumerate(zip_longest(left, right, fillvalue="")):
        lead = f"{alignment.score:.2f}  " if n == 0 else " " * _INDENT
        lines.append(f"{lead}{l_part:<{column}} | {r_part}".rstrip())
    for change in _changes(alignment):
        lines.extend(textwrap.wrap(change, width, initial_indent=" " * _INDENT, subsequent_indent=" " * (_INDENT + 2)))
    return "\n".join(lines)


def format_alignments(alignments: Iterable[Alignment], *, width: int = 100) -> str:
    """Render alignments side by side, a | b, with what changed under each pair.

    Meant for ``claimx align A.txt B.txt``; plain text, no colour.

    Args:
        alignments: as returned by :func:`align`.
        width: total line width (at least 40).

    Returns:
        One block per alignment, separated by blank lines; "" for no alignments.

    >>> from claimx.align import align
    >>> from claimx.models import Form, Speaker
    >>> c = Claim(text="we will win", start=0, end=11, form=Form.DIRECT, speaker=Speaker(name="Jane Doe"))
    >>> print(format_alignments(align([c], [c]), width=70))
    1.00  Jane Doe [assertion/direct]    | Jane Doe [assertion/direct]
          we will win                    | we will win
    """
    if width < 40:
        raise ValueError(f"width must be at least 40, got {width}")
    return "\n\n".join(_block(alignment, width) for alignment in alignments)
