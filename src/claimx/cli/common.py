"""What the ``claimx`` commands share: exit codes, usage errors, notes on stderr, loading the model."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, Any

import typer

from .. import api

if TYPE_CHECKING:
    from spacy.language import Language

__all__ = ["EXIT_FAILED", "EXIT_INTERRUPTED", "EXIT_OK", "EXIT_USAGE", "PROG", "STDIN", "Usage", "fail", "load_nlp", "note"]

PROG = "claimx"
STDIN = "-"
EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130

# typer >= 0.2x vendors click; reach its exception classes through public names only.
UsageError: Any = next(c for c in typer.BadParameter.__mro__ if c.__name__ == "UsageError")
ClickException: Any = next(c for c in typer.BadParameter.__mro__ if c.__name__ == "ClickException")
NO_ARGS_IS_HELP: Any = getattr(sys.modules[UsageError.__module__], "NoArgsIsHelpError", ())


class Usage(UsageError):  # type: ignore[misc]
    """A problem with the command line or its inputs: exit 2, nothing was processed."""


def fail(message: str) -> Usage:
    return Usage(message)


def note(message: str) -> None:
    """A line for the person at the terminal; stdout stays clean for the data."""
    sys.stderr.write(f"{PROG}: {message}\n")
    sys.stderr.flush()


def load_nlp(model: str | None) -> Language:
    """The pipeline to use; a missing model is a setup problem, reported before any input is read."""
    try:
        if model is None:
            return api.load_default_nlp()
        import spacy

        return spacy.load(model)
    except OSError as e:
        raise fail(f"cannot load the spaCy pipeline: {e}") from e

