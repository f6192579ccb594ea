"""Headlines set in title case: a line whose every longer word is capitalised.

The tagger reads such words as names and the parse of such a line is no guide, so rules that read
names or objects off the parse ask first whether a token stands in one.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

__all__ = ["headline_name", "title_case_line", "title_case_words"]

_MIN_LONG = 4  # letters of a word title case must capitalise ("of", "to", "the" may stay lower)
_MIN_WORDS = 3  # long words a line needs before it reads as title case
_INNER_SENTENCE_END = re.compile(r"[.!?]\s+\S")  # "The Donald. Big Daddy.": two sentences, so speech
_MIN_TITLE_WORDS = 2  # capitalised words a quoted title needs ("State of the Union")


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


def title_case_words(text: str) -> bool:
    """Whether ``text`` is set in title case as a name of a work or a subhead is ("All Bets Are
    Off.", "State of the Union"): two capitalised words or more ("I" does not count: "Neither do
    I."), every word of four letters or more capitalised, no sentence end inside ("The Donald. Big
    Daddy." is two sentences of speech), and not all in capitals (a shouted "NO WAY" is speech)."""
    if _INNER_SENTENCE_END.search(text.strip()):
        return False
    words = [w.strip(".,:;!?-\"'“”‘’()") for w in text.split()]
    words = [w for w in words if w.isalpha()]
    capitalised = [w for w in words if w[0].isupper() and w != "I"]
    if len(capitalised) < _MIN_TITLE_WORDS or all(w.isupper() for w in capitalised):
        return False
    return all(w[0].isupper() for w in words if len(w) >= _MIN_LONG)


def headline_name(words: Sequence[str], text: str, line: tuple[int, int]) -> tuple[str, ...]:
    """The words of a capitalised name in a title-case headline (``line``, as
    :func:`title_case_line` gives it) that the rest of ``text`` writes too.

    Title case capitalises every word, so the model and the mention rules take a headline's
    adjective into a name ("Embattled Harlow Says ...", "Derelict Obama And Clinton"). A headline
    names with the body's names: the leading words the body never writes are dropped, and when a
    word left is one the body never writes, the words are no name at all (empty; issue 14).

    >>> headline_name(("Embattled", "Harlow"), "Embattled Harlow Says Critics Are Wrong\\nAnn Harlow said.", (0, 39))
    ('Harlow',)
    """
    body = text[: line[0]] + "\n" + text[line[1] :]
    written = [re.search(rf"(?<![\w-]){re.escape(w)}(?![\w-])", body) is not None for w in words]
    k = written.index(True) if any(written) else len(words)
    return tuple(words[k:]) if all(written[k:]) else ()
