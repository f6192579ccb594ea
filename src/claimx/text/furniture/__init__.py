"""Page furniture: the lines of a scraped news page that are not the article's prose (issue 17.2).

A page scraped as text keeps, around and between the article's paragraphs, the page's own
parts: teaser blocks of other stories (a source label, a headline, a one-line summary, "2
days ago"), picture captions with their credits, bylines and datelines standing alone,
share, sign-up, cookie and consent prompts, the copyright line, the headline repeated at the
foot. Claims found there are not the article's. :func:`find_furniture` marks such lines by
rules about page layout and English news writing, over the raw text (no parse), so each
rule can be read and tested alone.

A line is one paragraph: scraped text puts each block of the page on a line of its own
(as :mod:`claimx.pipes.paragraphs` assumes). The rules run in the order of
:data:`LINE_RULES` (each looks at one line) and then :data:`BLOCK_RULES` (each looks at a
line's neighbours and at what the rules before it marked); the first rule that matches names
the line's ``rule`` id.

Limits: a body paragraph written as a run of short unpunctuated lines (a poem, a list of
bullet points) looks like a teaser block; a page flattened into a single line gives no line
structure to read, and nothing is marked then. The phrases are English
(``lexicons/data/furniture_phrases.tsv``).
"""

from __future__ import annotations

import bisect
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from .blocks import BLOCK_RULES, ENTRY_TIME, HEADLINE, mark_live_blog, mark_zones
from .lines import HEADLINE_MIN_WORDS, LEXICON, LINE_RULES, Line, split_lines

__all__ = ["BLOCK_RULES", "LINE_RULES", "Furniture", "Line", "find_furniture", "furniture_at", "split_lines"]


@dataclass(frozen=True)
class Furniture:
    """A line found to be page furniture, and the rule that found it (``"furniture.<rule>"``)."""

    start_char: int
    end_char: int
    rule: str


def find_furniture(
    text: str, lexicons: Mapping[str, Mapping[str, str]], *, disabled: frozenset[str] | set[str] = frozenset()
) -> list[Furniture]:
    """The lines of ``text`` that are page furniture, in text order, each with its rule id.

    Args:
        text: the page as text, one block per line.
        lexicons: claimx's lexicons (``furniture_phrases`` is read; a missing one marks nothing by phrase).
        disabled: rule ids (``"furniture.teaser"``) to switch off; ``"furniture"`` switches off all.

    Returns:
        One :class:`Furniture` per furniture line (offsets of the stripped line).

    >>> from claimx.lexicons import make_lexicons
    >>> page = "Mayor says bridge is safe\\n\\nThe mayor said the bridge was safe.\\n\\n3 hrs ago\\n"
    >>> [f.rule for f in find_furniture(page, make_lexicons())]
    ['furniture.timestamp']
    """
    if "furniture" in disabled:
        return []
    lexicon = lexicons.get(LEXICON, {})
    line_rules = [(rule_id, rule) for rule_id, rule in LINE_RULES if rule_id not in disabled]
    block_rules = [(rule_id, rule) for rule_id, rule in BLOCK_RULES if rule_id not in disabled]
    lines = split_lines(text)
    if len(lines) < 2:
        return []  # one line (or none): no page layout to read
    marks: list[str | None] = []
    for line in lines:
        marks.append(next((rule_id for rule_id, rule in line_rules if rule(line, lexicon)), None))
    # the page's own headline: the first line of some length that no line rule marked
    headline = next((i for i, line in enumerate(lines) if marks[i] is None and line.n_words >= HEADLINE_MIN_WORDS), None)
    if ENTRY_TIME not in disabled:
        mark_live_blog(lines, marks)
    if "furniture.zone" not in disabled:
        mark_zones(lines, marks)
    if headline is not None and marks[headline] is None:
        marks[headline] = HEADLINE
    # Block rules see the marks made so far; a pass repeats until nothing changes, so a teaser's
    # headline, once marked, lets its summary be seen between two non-body lines.
    changed = True
    while changed:
        changed = False
        for i in range(len(lines)):
            if marks[i] is not None:
                continue
            rule_id = next((rid for rid, rule in block_rules if rule(lines, i, marks)), None)
            if rule_id is not None:
                marks[i] = rule_id
                changed = True
    return [
        Furniture(line.start_char, line.end_char, mark) for line, mark in zip(lines, marks) if mark is not None and mark != HEADLINE
    ]


def furniture_at(furniture: Sequence[Furniture], start_char: int) -> str | None:
    """The rule id of the furniture line holding character ``start_char`` (``furniture`` in text order), or None."""
    k = bisect.bisect_right([f.start_char for f in furniture], start_char) - 1
    if k >= 0 and start_char < furniture[k].end_char:
        return furniture[k].rule
    return None
