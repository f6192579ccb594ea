"""The article's author, for first-person narration (issue 14).

An opinion piece or a first-person account says "I" outside any quotation, and that "I"
is its writer. News pages name the writer in one of two conventional places: a byline
line at the top ("By Jane Doe") or a closing author line in the present tense ("Jane Doe
is a professor of history at ..."), the usual tag of an op-ed. Without either, the
narrator stays unnamed: claimx never guesses an author from a name in the body.

Limits: one author only (a byline of two people names no single "I"); the byline must
be a line of its own near the top; the closing line must start with the name and have
"be" as its verb.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

__all__ = ["find_author"]

BYLINE_LINES = 4  # a byline stands among the first lines (after the headline and a dek)
BYLINE_WORDS = 8  # "By Jane Doe, Staff Writer": a line longer than this is prose ("By the fall of ...")
BIO_TOKENS = 80  # a closing author line is short


def find_author(doc: Doc, ents: list[Span]) -> Span | None:
    """The PERSON entity naming the article's single author, from a byline or a closing author line.

    Args:
        doc: the parsed article.
        ents: its entities (``doc.ents`` read once by the caller).

    Returns:
        The entity span, or None when the article names no single author.

    >>> # "By Jane Doe\\n\\nI grew up ..." -> the span "Jane Doe"
    """
    people = [e for e in ents if e.label_ == "PERSON" and len(e) >= 2]
    if not people:
        return None
    return _byline(doc, people) or _closing_line(doc, people)


def _lines(doc: Doc) -> list[tuple[int, int]]:
    """(start_char, end_char) of each non-empty line."""
    text = doc.text
    out, lo = [], 0
    for line in text.split("\n"):
        hi = lo + len(line)
        if line.strip():
            out.append((lo, hi))
        lo = hi + 1
    return out


def _byline(doc: Doc, people: list[Span]) -> Span | None:
    for lo, hi in _lines(doc)[:BYLINE_LINES]:
        line = doc.text[lo:hi].strip()
        words = line.split()
        if len(words) > BYLINE_WORDS or not words or words[0] != "By":
            continue
        inside = [e for e in people if lo <= e.start_char and e.end_char <= hi]
        # the name ends the line, or a role follows it after a comma ("By Jane Doe, Staff Writer");
        # "By Jane Doe and John Roe" names two, whatever the model tagged
        if len(inside) != 1:
            continue
        rest = doc.text[inside[0].end_char : hi].strip()
        if doc.text[lo : inside[0].start_char].strip() == "By" and (not rest or rest.startswith(",")):
            return inside[0]
    return None


def _closing_line(doc: Doc, people: list[Span]) -> Span | None:
    lines = _lines(doc)
    if not lines:
        return None
    lo, hi = lines[-1]
    first = next((e for e in people if e.start_char >= lo), None)
    if first is None or doc.text[lo : first.start_char].strip() or first.end_char > hi:
        return None
    root = first.root
    if root.dep_ != "nsubj" or root.head.lemma_ != "be" or root.head.i - first.end > 1:
        return None  # "Jane Doe is ...": the name is the subject of "be" right after it
    sent = root.sent
    if len(sent) > BIO_TOKENS:
        return None
    return first
