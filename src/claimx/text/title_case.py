"""Headlines set in title case: a line whose every longer word is capitalised.

The tagger reads such words as names and the parse of such a line is no guide, so rules that read
names or objects off the parse ask first whether a token stands in one.
"""

from __future__ import annotations

__all__ = ["title_case_line"]

_MIN_LONG = 4  # letters of a word title case must capitalise ("of", "to", "the" may stay lower)
_MIN_WORDS = 3  # long words a line needs before it reads as title case


def title_case_line(text: str, char: int) -> tuple[int, int] | None:
    """The start and end (trailing spaces and a final full stop left out) of the line holding
    ``char`` when it is set in title case ("Popular Survey Shows Gap When It Comes To Broadband"):
    at least three words of four letters or more, every one capitalised; else None."""
    lo = text.rfind("\n", 0, char) + 1
    hi = text.find("\n", char)
    line = text[lo : len(text) if hi < 0 else hi].rstrip()
    words = [w for w in line.split() if w.isalpha() and len(w) >= _MIN_LONG]
    if len(words) < _MIN_WORDS or not all(w[0].isupper() for w in words):
        return None
    return lo, lo + len(line.rstrip("."))
