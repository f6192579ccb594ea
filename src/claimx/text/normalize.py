"""The text the model reads: the input with a few characters swapped one for one.

Each swap keeps the length, so every offset the pipeline finds still points into the
caller's text; :func:`restore_texts` then re-reads the claims' strings from that text.

- A lone surrogate (``json.loads('"\\ud800"')`` makes one) cannot be encoded as UTF-8,
  which spaCy's tokenizer does for every token; it becomes U+FFFD.
- Straight double quote marks that open or close a quotation become curly ones, so the
  model reads “...” and "..." alike: en_core_web_sm's entities and parse differ between
  the two styles (e.g. a PERSON right after a straight closing mark is often missed), and
  a claim must not depend on which keyboard the reporter used.
- A curly apostrophe between two letters (``O’Neill``, ``don’t``) becomes a straight one:
  the model was trained on straight apostrophes and splits ``O’Neill`` into pieces it
  does not read as a name, so ``O’Neill said ...`` gave no claim where ``O'Neill`` gave one.
- A no-break space (U+00A0, and the narrow and figure spaces U+202F, U+2007) becomes a plain
  space: the tokenizer keeps it as a token of its own, which the parser hangs anywhere
  (``his nephew\u00a0Ana Duarte added`` made the name a second subject, not an appositive);
  web pages are full of them.
"""

from __future__ import annotations

import re

from ..models import Claim, Mention
from .quotes import scan_quotes

__all__ = ["model_text", "restore_texts"]

_SURROGATE = re.compile("[\ud800-\udfff]")
_STRAIGHT = '"'
_CURLY_APOSTROPHE = "\u2019"
_INNER_APOSTROPHE = re.compile(r"(?<=[^\W\d_])\u2019(?=[^\W\d_])")
_NO_BREAK = ("\u00a0", "\u202f", "\u2007")
_NO_BREAK_SPACES = str.maketrans(dict.fromkeys(_NO_BREAK, " "))


def model_text(text: str) -> str:
    """``text`` as the model should read it: same length, same offsets."""
    if not text.isascii():
        try:
            text.encode("utf-8")
        except UnicodeEncodeError:
            text = _SURROGATE.sub("\ufffd", text)
        if _CURLY_APOSTROPHE in text:
            text = _INNER_APOSTROPHE.sub("'", text)
        if any(ch in text for ch in _NO_BREAK):
            text = text.translate(_NO_BREAK_SPACES)
    if _STRAIGHT not in text:
        return text
    chars = None
    for q in scan_quotes(text):
        if q.single:
            continue
        for at, mark in ((q.start, "“"), (q.end - 1, "”")):
            if text[at] == _STRAIGHT and (mark == "“" or q.closed):
                chars = chars if chars is not None else list(text)
                chars[at] = mark
    return "".join(chars) if chars is not None else text


def _mention(mention: Mention | None, original: str, offset: int) -> Mention | None:
    if mention is None:
        return None
    text = original[mention.start - offset : mention.end - offset]
    return mention if text == mention.text else mention.model_copy(update={"text": text})


def _as_written(name: str | None, original: str) -> str | None:
    """``name`` with the curly apostrophes the article wrote where the model read straight ones."""
    if not name or "'" not in name or name in original:
        return name
    curly = name.replace("'", _CURLY_APOSTROPHE)
    return curly if curly in original else name


def restore_texts(claim: Claim, original: str, offset: int = 0) -> Claim:
    """``claim`` with its strings read from ``original`` (which starts at ``offset``)."""
    pieces = tuple(_mention(p, original, offset) for p in claim.pieces)
    update: dict[str, object] = {
        "text": " ".join(p.text for p in pieces) if pieces else original[claim.start - offset : claim.end - offset],
        "pieces": pieces,
        "cue": _mention(claim.cue, original, offset),
        "target": _mention(claim.target, original, offset),
    }
    speaker = claim.speaker
    if speaker is not None:
        update["speaker"] = speaker.model_copy(
            update={
                "mention": _mention(speaker.mention, original, offset),
                "name": _as_written(speaker.name, original),
                "title": _as_written(speaker.title, original),
            }
        )
    return claim.model_copy(update=update)
