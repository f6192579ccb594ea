"""Datelines: the place-and-credit prefix of a news story's first paragraph ("LONDON (Reuters) -").

Read from tokens (no parse needed): the sentence splitter starts a sentence after one, and the
entity table leaves out the agency it credits.
"""

from __future__ import annotations

from spacy.tokens import Token

__all__ = ["ends_dateline"]


def ends_dateline(token: Token) -> bool:
    """The dash of a dateline: "WASHINGTON (AP) —", "KYIV, Ukraine —", "WASHINGTON ―" at the start of a line."""
    if token.text not in ("—", "–", "―", "--", "-") or token.i == 0:  # "―": the horizontal bar some sites set
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
