"""What the ``claimx`` commands share: exit codes, usage errors, notes on stderr, loading the model."""

from __future__ import annotations

import errno
import io
import os
import sys
from typing import TYPE_CHECKING, Any, TextIO

import typer

from .. import api

if TYPE_CHECKING:
    from spacy.language import Language

__all__ = [
    "EXIT_FAILED", "EXIT_INTERRUPTED", "EXIT_OK", "EXIT_USAGE", "EXIT_WRITE", "PROG", "STDIN", "GuardedStream", "Usage",
    "WriteFailed", "fail", "is_write_error", "load_nlp", "note", "silence_stdout",
]

PROG = "claimx"
STDIN = "-"
EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130
EXIT_WRITE = 74  # sysexits.h EX_IOERR: the output could not be written (a full disk: issue 18)
WRITE_ERRNOS = frozenset({errno.ENOSPC, errno.EDQUOT, errno.EFBIG, errno.EIO, errno.EROFS})

# typer >= 0.2x vendors click; reach its exception classes through public names only.
UsageError: Any = next(c for c in typer.BadParameter.__mro__ if c.__name__ == "UsageError")
ClickException: Any = next(c for c in typer.BadParameter.__mro__ if c.__name__ == "ClickException")
NO_ARGS_IS_HELP: Any = getattr(sys.modules[UsageError.__module__], "NoArgsIsHelpError", ())


class Usage(UsageError):  # type: ignore[misc]
    """A problem with the command line or its inputs: exit 2, nothing was processed."""


class WriteFailed(ClickException):  # type: ignore[misc]
    """An output could not be written (disk full, quota, I/O error): one line, exit 74, no traceback."""

    exit_code = EXIT_WRITE

    def __init__(self, name: str, error: OSError, *, to_stdout: bool = False) -> None:
        super().__init__(f"cannot write {name}: {error.strerror or error}; the output is incomplete")
        self.to_stdout = to_stdout

    def show(self, file: Any = None) -> None:
        note(self.message)


class GuardedStream:
    """A text stream whose write, flush and close turn an OSError into :class:`WriteFailed`.

    A broken pipe stays a BrokenPipeError: ``claimx extract ... | head`` is handled in ``main``.
    """

    def __init__(self, stream: TextIO, name: str, *, to_stdout: bool = False) -> None:
        self.stream, self.name, self.to_stdout = stream, name, to_stdout

    def _guard(self, method: str, *args: Any) -> Any:
        try:
            return getattr(self.stream, method)(*args)
        except BrokenPipeError:
            raise
        except OSError as e:
            raise WriteFailed(self.name, e, to_stdout=self.to_stdout) from e

    def write(self, text: str) -> int:
        return self._guard("write", text)

    def flush(self) -> None:
        self._guard("flush")

    def close(self) -> None:
        self._guard("close")


def is_write_error(error: OSError) -> bool:
    return error.errno in WRITE_ERRNOS


def silence_stdout() -> None:
    """Point stdout at /dev/null, so the interpreter's last flush of what could not be written is quiet."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, io.UnsupportedOperation):
        pass


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

