"""The ``claimx_paragraphs`` component: sentence limits from a news page's layout, set before the parser."""

from __future__ import annotations

from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.tokens import Doc

from ..text.datelines import ends_dateline

__all__ = ["mark_paragraphs"]

_FINAL = {".", "!", "?", "…", "...", ";", ":"}
_CLOSING = set("\"”’')]»")
_SENTENCE_ENDS = {".", "!", "?"}
# Marks that open a quotation. The doubled apostrophe of some archives ("''He said ...''") is a
# token of its own that the model does not read as an opening mark, so it never splits there.
_OPENING_MARKS = {"''", "``", '"', "“", "„", "«"}


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
        if ends_dateline(previous) or _opens_quoted_sentence(doc, token.i):
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


def _opens_quoted_sentence(doc: Doc, i: int) -> bool:
    """"... to his defense. ''He's got thick skin,'' she said.": a quotation mark after a sentence's
    final period and a space, set close to a capitalised word, opens a new sentence. The model
    reads an archive's doubled apostrophe as no opening mark and runs the two sentences into one,
    so the claim of the cue after the quotation took the narration before it as a second piece
    (issue 16, bounds12)."""
    mark = doc[i]
    if mark.text not in _OPENING_MARKS or mark.whitespace_ or i + 1 >= len(doc):
        return False
    previous = doc[i - 1]
    return previous.text in _SENTENCE_ENDS and bool(previous.whitespace_) and doc[i + 1].text[:1].isupper()
