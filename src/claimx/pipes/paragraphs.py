"""The ``claimx_paragraphs`` component: sentence limits from a news page's layout, set before the parser."""

from __future__ import annotations

from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.tokens import Doc, Token

__all__ = ["ends_dateline", "mark_paragraphs"]

_FINAL = {".", "!", "?", "…", "...", ";", ":"}
_CLOSING = set("\"”’')]»")


def ends_dateline(token: Token) -> bool:
    """The dash of a dateline: "WASHINGTON (AP) —", "KYIV, Ukraine —" at the start of a line."""
    if token.text not in ("—", "–", "--", "-") or token.i == 0:
        return False
    words = []
    for previous in reversed(token.doc[max(0, token.i - 10) : token.i]):
        if "\n" in previous.text_with_ws:
            break
        words.append(previous)
    if not words or words[-1].i > 0 and "\n" not in token.doc[words[-1].i - 1].text_with_ws:
        return False
    names = [w for w in words if w.is_alpha]
    return bool(names) and names[-1].is_upper and len(names[-1]) > 1 and all(w.is_upper or w.text[0].isupper() for w in names)


@Language.component("claimx_paragraphs", assigns=["token.is_sent_start"])
def mark_paragraphs(doc: Doc) -> Doc:
    """Sentence limits from layout and punctuation, set before the parser runs.

    News text puts headlines, captions and teasers on lines of their own with no final
    period; left alone, the parser joins them to the next line or splits them at random.
    So a line break always starts a sentence, and inside a line a sentence may start only
    after final punctuation (possibly followed by a closing quote or bracket); the parser
    still chooses among those places.
    """
    # Values are written in one array: Token.is_sent_start's setter rescans the doc each call.
    starts = doc.to_array([SENT_START]).astype("int64")
    for token in doc[1:]:
        if token.is_space:
            continue
        k = token.i - 1
        while k > 0 and doc[k].is_space and "\n" not in doc[k].text:
            k -= 1  # look past non-breaking and other spaces
        previous = doc[k]
        if ends_dateline(previous):
            starts[token.i] = 1
        elif "\n" in previous.whitespace_ or (previous.is_space and "\n" in previous.text):
            starts[token.i] = 1
        elif previous.text in _FINAL or previous.text.endswith(".") or (
            previous.text in _CLOSING and previous.i > 0 and doc[previous.i - 1].text in _FINAL
        ):
            continue
        else:
            starts[token.i] = -1
    if len(doc):
        starts[0] = 1
        doc.from_array([SENT_START], starts.astype("uint64").reshape(-1, 1))  # -1 wraps as spaCy stores it
    return doc
