"""The interviewee of a question-and-answer piece, for first-person answers (issue 14).

News prints an interview as a transcript: an introduction that presents the person, then
paragraphs opened by "Q:" (the interviewer) and "A:" (the interviewee), often a run of
answer paragraphs after one question. An "I" outside quotation marks in an answer is the
interviewee, whom the introduction names: the person it names most often (the first such
among equals), in full. Without at least one "Q" and one "A" marker opening a paragraph the
piece is no transcript, and nothing changes.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Sequence

__all__ = ["Transcript", "find_transcript"]

# a paragraph opened by the speaker letter and a colon or full stop: "Q: ...", "A. ..."
_MARKER = re.compile(r"(?m)^[ \t]*([QA])[:.][ \t]")


class Transcript:
    """Where the answers of a Q&A transcript are, and who gives them."""

    def __init__(self, markers: list[tuple[int, str]], interviewee: object) -> None:
        self._starts = [c for c, _ in markers]
        self._letters = [q for _, q in markers]
        self.interviewee = interviewee

    def in_answer(self, char: int) -> bool:
        """Whether ``char`` lies after an "A" marker and before the next "Q" marker."""
        k = bisect.bisect_right(self._starts, char) - 1
        return k >= 0 and self._letters[k] == "A"


def find_transcript(text: str, people: Sequence[tuple[object, Sequence[tuple[int, int]], int]]) -> Transcript | None:
    """The transcript of ``text``, or None.

    Args:
        text: the article.
        people: ``(entity, mentions, name length)`` for each person of the article's table.
    """
    markers = [(m.start(1), m.group(1)) for m in _MARKER.finditer(text)]
    if not {"Q", "A"} <= {q for _, q in markers}:
        return None
    first = markers[0][0]
    counts: Counter = Counter()
    order: dict[object, int] = {}
    for entity, mentions, length in people:
        before = [s for s, _ in mentions if s < first]
        if before and length >= 2:
            counts[entity] = len(before)
            order[entity] = min(before)
    if not counts:
        return None
    best = max(counts, key=lambda e: (counts[e], -order[e]))
    return Transcript(markers, best)
