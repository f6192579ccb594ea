"""Find quotations in raw text as character offsets, without spaCy.

News conventions handled:
- curly, straight, guillemet and low-9 double marks, and the doubled apostrophe ``''``
  some archives use for both opening and closing;
- single-quoted quotes (headlines, British style) when they open after a space and
  close before one; an apostrophe inside a word ("don't") or after a plural
  ("Republicans' ") with no opening mark before it is never a quote mark;
- a quote that runs over several paragraphs: the paragraph ends with no closing mark
  and the next paragraph opens with a new mark; the pieces share a ``group``;
- unbalanced marks: a quote left open at a paragraph's end closes there, and a stray
  closing mark is ignored.
Straight marks carry no direction, so it is read from the neighbouring characters
(after a space opens, before a space closes) and otherwise from the open/closed state.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["Quote", "scan_quotes"]

_OPENERS = "“„‟«"
_CLOSERS = "”»"
_AMBIGUOUS = '"″〃'
_SINGLE_OPENERS = "‘‚‹"
_SINGLE_CLOSERS = "’›"
_SINGLE_AMBIGUOUS = "'"
_PARAGRAPH = re.compile(r"[^\n]+")
# A double mark, a doubled apostrophe or a `` pair (both used for double quotes in archives).
_DOUBLE = re.compile(r"''|``|[\"“”„‟«»″〃]")
_SINGLE = re.compile(r"[‘’‚‹›']")
_OPEN_BEFORE = set(" \t([{—–-/:;") | set(_OPENERS)
_CLOSE_AFTER = set(" \t)]}.,;:!?—–-/…") | set(_CLOSERS)


@dataclass(frozen=True)
class Quote:
    """One quotation piece. ``start``/``end`` include the marks; ``inner_*`` exclude them
    and surrounding spaces. ``closed`` is False when the paragraph ended first."""

    start: int
    end: int
    inner_start: int
    inner_end: int
    closed: bool
    group: int
    single: bool = False

    @property
    def inner_span(self) -> tuple[int, int]:
        return self.inner_start, self.inner_end


def _role(text: str, i: int, j: int, opener: str, closer: str, ambiguous: str) -> str:
    """'open', 'close' or 'either' for the mark at text[i:j], from its shape and neighbours."""
    mark = text[i:j]
    if mark in ("``",) or (len(mark) == 1 and mark in opener):
        return "open"
    if len(mark) == 1 and mark in closer:
        return "close"
    before = text[i - 1] if i > 0 else " "
    after = text[j] if j < len(text) else " "
    if (before in _OPEN_BEFORE or before == "\n") and not after.isspace():
        return "open"
    if (after in _CLOSE_AFTER or after == "\n") and not before.isspace():
        return "close"
    return "either"


def _inner(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _scan_double(text: str, p_start: int, p_end: int) -> tuple[list[tuple[int, int, int, int, bool]], bool]:
    """Double-mark quotes in one paragraph: (start, end, inner_start, inner_end, closed)."""
    found: list[tuple[int, int, int, int, bool]] = []
    open_at: tuple[int, int] | None = None  # (mark start, mark end)
    for m in _DOUBLE.finditer(text, p_start, p_end):
        i, j = m.span()
        if m.group() == "''" and i > 0 and text[i - 1].isalnum() and j < len(text) and text[j].isalnum():
            continue  # two apostrophes inside a word: not a mark
        role = _role(text, i, j, _OPENERS, _CLOSERS, _AMBIGUOUS)
        if open_at is not None and text[open_at[0]] == "„" and m.group() == "“":
            role = "close"  # German and Central European „…“
        if open_at is None:
            if role in ("open", "either"):
                open_at = (i, j)
            continue  # a stray closing mark
        if role in ("close", "either"):
            s, e = _inner(text, open_at[1], i)
            if e > s:
                found.append((open_at[0], j, s, e, True))
            open_at = None
        else:  # a second opening mark: the first was never closed; end it before this one
            s, e = _inner(text, open_at[1], i)
            if e > s:
                found.append((open_at[0], i, s, e, False))
            open_at = (i, j)
    if open_at is not None:
        s, e = _inner(text, open_at[1], p_end)
        if e > s:
            found.append((open_at[0], p_end, s, e, False))
        return found, True
    return found, False


def _scan_single(text: str, p_start: int, p_end: int, taken: list[tuple[int, int]]) -> list[tuple[int, int, int, int]]:
    """Single-mark quotes outside the double-quoted parts of a paragraph; both marks required."""
    found = []
    open_at: int | None = None
    for m in _SINGLE.finditer(text, p_start, p_end):
        i = m.start()
        if any(s <= i < e for s, e in taken):
            continue
        before = text[i - 1] if i > p_start else " "
        after = text[i + 1] if i + 1 < p_end else " "
        if before.isalnum() and after.isalnum():
            continue  # apostrophe inside a word
        mark = m.group()
        opens = (before in _OPEN_BEFORE or i == p_start) and (after.isalnum() or after in "$#")
        closes = (after in _CLOSE_AFTER or i + 1 == p_end) and not before.isspace()
        if mark in _SINGLE_OPENERS:
            closes = False
        elif mark in _SINGLE_CLOSERS:
            opens = False  # ’ before a word is an elision ("’90s"), not an opening
        if open_at is None:
            if opens:
                open_at = i
        elif closes:
            s, e = _inner(text, open_at + 1, i)
            if e > s:
                found.append((open_at, i + 1, s, e))
            open_at = None
        elif opens:
            open_at = i
    return found


def scan_quotes(text: str) -> list[Quote]:
    """All quotation pieces in ``text``, in order.

    >>> [text[q.inner_start:q.inner_end] for text in ['He said “yes” and ‘no’.'] for q in scan_quotes(text)]
    ['yes', 'no']
    """
    quotes: list[Quote] = []
    group = -1
    carry = False  # the previous paragraph ended inside a quote
    for para in _PARAGRAPH.finditer(text):
        p_start, p_end = para.span()
        while p_start < p_end and text[p_start].isspace():
            p_start += 1
        if p_start >= p_end:
            continue
        doubles, left_open = _scan_double(text, p_start, p_end)
        continues = carry and bool(doubles) and doubles[0][0] == p_start
        for n, (s, e, i_s, i_e, closed) in enumerate(doubles):
            if not (n == 0 and continues):
                group += 1
            quotes.append(Quote(s, e, i_s, i_e, closed, group))
        carry = left_open
        taken = [(q[0], q[1]) for q in doubles]
        for s, e, i_s, i_e in _scan_single(text, p_start, p_end, taken):
            group += 1
            quotes.append(Quote(s, e, i_s, i_e, True, group, single=True))
    quotes.sort(key=lambda q: q.start)
    return quotes
