"""Reading the ``claimx extract`` inputs: .txt and .html files, folders, JSON Lines files and standard input.

An .html/.htm file (or, with ``--html``, each record's text) is reduced to its article text by
trafilatura (:mod:`claimx.text.html`); the claims' offsets are into that text.

Every problem with one record (bad JSON, a missing field, bytes that are not UTF-8) becomes
that record's error, never the run's: the batch goes on and the record is reported.
"""

from __future__ import annotations

import errno
import io
import json
import os
import stat
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import Any

from ..outputs.frame import DOC_ID
from ..text.html import MISSING_HTML, html_to_text
from .common import STDIN, fail

__all__ = ["Input", "Record", "StdinFormat", "as_html", "check_html_reader", "plan_inputs", "read_article", "read_input_records"]

STDIN_ID = "<stdin>"
JSONL_SUFFIXES = (".jsonl", ".ndjson")
HTML_SUFFIXES = (".html", ".htm")  # read through trafilatura (the html extra): issue 17.2
FOLDER_SUFFIXES = (".txt", *HTML_SUFFIXES)  # what a folder is searched for: articles and scraped pages


class StdinFormat(str, Enum):
    TEXT = "text"
    JSONL = "jsonl"


class InputKind(str, Enum):
    """How an input is read: one article per file, or one per JSON line."""

    TEXT = "text"
    JSONL = "jsonl"
    HTML = "html"


@dataclass
class Record:
    """One input document, or the reason it could not be read."""

    doc_id: str | int
    source: str
    line: int | None = None
    text: str | None = None
    error: str | None = None

    def where(self) -> str:
        line = f" line {self.line}" if self.line is not None else ""
        return f"{self.source}{line} (id {self.doc_id!r})"

    def error_record(self, reason: str) -> dict[str, Any]:
        return {DOC_ID: self.doc_id, "source": self.source, "line": self.line, "error": reason}


@dataclass
class Input:
    kind: InputKind
    path: Path | None  # None: standard input
    doc_id: str
    error: str | None = None  # why a file found in a folder cannot be read (it becomes an error record)


def _file_kind(path: Path) -> InputKind:
    """How a file is read, by its suffix: JSON Lines, an HTML page, or else plain text."""
    suffix = path.suffix.lower()
    return InputKind.JSONL if suffix in JSONL_SUFFIXES else InputKind.HTML if suffix in HTML_SUFFIXES else InputKind.TEXT


def _not_readable(path: Path) -> str | None:
    """Why a ``*.txt`` / ``*.html`` entry of a folder is not an article to read, or None if it is one.

    A dangling symlink, a symlink loop or a FIFO (socket, device) used to be skipped without
    a word (issue 18); each now becomes an error record. A FIFO is never opened: reading one
    blocks until something writes to it.
    """
    if path.is_file():
        return None
    if path.is_symlink():
        try:
            path.resolve(strict=True)
        except RuntimeError:  # Python < 3.13 raises this for a loop
            return "a symlink loop; not read"
        except OSError as e:
            if e.errno == errno.ELOOP:
                return "a symlink loop; not read"
            return "a dangling symlink (its target does not exist); not read"
        return "a symlink to something that is not a regular file; not read"
    return "not a regular file (a FIFO, socket or device); not read"


def plan_inputs(paths: list[str], stdin_format: StdinFormat) -> list[Input]:
    """Check every PATH up front and expand folders, so a typo fails before any work is done."""
    inputs: list[Input] = []
    if paths.count(STDIN) > 1:
        raise fail("'-' (standard input) can be given only once")
    for arg in paths:
        if arg == STDIN:
            inputs.append(Input(InputKind(stdin_format.value), None, STDIN_ID))
            continue
        path = Path(arg)
        if path.is_dir():
            found = sorted((p, _not_readable(p)) for p in path.rglob("*") if p.suffix.lower() in FOLDER_SUFFIXES and not p.is_dir())
            if not found:
                raise fail(f"{arg}: the folder holds no .txt or .html files (claimx reads *.txt, *.html and *.htm in folders, recursively)")
            inputs.extend(Input(_file_kind(p), p, p.as_posix(), error) for p, error in found)
        elif path.is_file():
            suffix = path.suffix.lower()
            if suffix == ".json":
                raise fail(f"{arg}: JSON files are not read; convert to JSON Lines (one object per line, .jsonl)")
            inputs.append(Input(_file_kind(path), path, path.as_posix()))
        elif path.exists():
            raise fail(f"{arg}: not a regular file or folder")
        else:
            raise fail(f"{arg}: no such file or folder")
    return inputs


def _json_type(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list):
        return "an array"
    return "an object"


def _decode(data: bytes) -> str:
    return data.decode("utf-8-sig")  # a BOM from Windows editors is not part of the article


def _parse_line(raw: bytes, n: int, source: str, text_field: str, id_field: str) -> Record | None:
    """One JSONL line -> a record (None for a blank line). Never raises: problems become errors."""
    stripped = raw.strip()
    if not stripped:
        return None
    try:
        line = _decode(stripped)
    except UnicodeDecodeError as e:
        return Record(n, source, n, error=f"line is not UTF-8 text ({e.reason} at byte {e.start})")
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as e:
        return Record(n, source, n, error=f"malformed JSON: {e.msg} at column {e.colno}")
    except RecursionError:  # json.loads recurses per level: a line nested 100,000 deep (issue 18)
        return Record(n, source, n, error="malformed JSON: nested too deeply to read")
    if not isinstance(obj, dict):
        return Record(n, source, n, error=f"expected a JSON object per line, got {_json_type(obj)}")
    doc_id = obj.get(id_field)
    if doc_id is None:
        doc_id = n  # documented fallback: the line number
    elif isinstance(doc_id, bool) or not isinstance(doc_id, (str, int)):
        return Record(n, source, n, error=f"field {id_field!r} is {_json_type(doc_id)}; ids must be strings or integers")
    if text_field not in obj:
        fields = ", ".join(repr(k) for k in list(obj)[:8]) or "none"
        return Record(
            doc_id, source, n, error=f"no {text_field!r} field (fields: {fields}); choose one with --text-field"
        )
    text = obj[text_field]
    if not isinstance(text, str):
        return Record(doc_id, source, n, error=f"field {text_field!r} is {_json_type(text)}, expected a string")
    return Record(doc_id, source, n, text=text)


def _read_jsonl(stream: Iterable[bytes], source: str, text_field: str, id_field: str) -> Iterator[Record]:
    # Bytes, not text mode: a bad byte must fail one line, not the file, and U+2028 inside a
    # JSON string is not a line break.
    for n, raw in enumerate(stream, start=1):
        try:
            record = _parse_line(raw, n, source, text_field, id_field)
        except Exception as e:  # any failure on one line (a RecursionError from deep nesting, issue 18) fails that line only
            record = Record(n, source, n, error=f"cannot read this line: {type(e).__name__}: {e}")
        if record is not None:
            yield record


def _stdin_bytes() -> io.BufferedIOBase | io.BytesIO:
    buffer = getattr(sys.stdin, "buffer", None)
    if buffer is not None:
        return buffer
    return io.BytesIO(sys.stdin.read().encode("utf-8", "surrogateescape"))


def _read_regular_file(path: Path) -> bytes:
    """The bytes of ``path``, refusing without blocking anything that is not a regular file (a
    file replaced by a FIFO after the folder was listed would block a plain open)."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    with os.fdopen(fd, "rb") as f:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise OSError(errno.EINVAL, "not a regular file (a FIFO, socket or device)")
        return f.read()


def _read_text(inp: Input) -> Record:
    source = inp.path.as_posix() if inp.path is not None else STDIN_ID
    if inp.error is not None:
        return Record(inp.doc_id, source, error=inp.error)
    try:
        data = _read_regular_file(inp.path) if inp.path is not None else _stdin_bytes().read()
    except OSError as e:
        return Record(inp.doc_id, source, error=f"cannot read: {e.strerror or e}")
    try:
        return Record(inp.doc_id, source, text=_decode(data))
    except UnicodeDecodeError as e:
        return Record(inp.doc_id, source, error=f"not UTF-8 text ({e.reason} at byte {e.start}); re-encode it as UTF-8")


def read_input_records(inputs: list[Input], text_field: str, id_field: str) -> Iterator[Record]:
    """Every record of every input, lazily (a JSONL file is never loaded whole)."""
    for inp in inputs:
        if inp.kind is InputKind.TEXT:
            yield _read_text(inp)
        elif inp.kind is InputKind.HTML:
            yield as_html(_read_text(inp))
        elif inp.path is None:
            yield from _read_jsonl(_stdin_bytes(), STDIN_ID, text_field, id_field)
        else:
            try:
                with inp.path.open("rb") as f:
                    yield from _read_jsonl(f, inp.doc_id, text_field, id_field)
            except OSError as e:
                yield Record(inp.doc_id, inp.doc_id, error=f"cannot read: {e.strerror or e}")



def check_html_reader() -> None:
    """Fail before any work when HTML is to be read and trafilatura is missing (exit 2, naming the extra)."""
    try:
        import trafilatura  # noqa: F401  (only checked here; claimx.text.html uses it)
    except ImportError as e:
        raise fail(MISSING_HTML) from e


def as_html(record: Record) -> Record:
    """The record with its text replaced by the article text trafilatura finds in it (its HTML)."""
    if record.error is not None or record.text is None:
        return record
    try:
        return Record(record.doc_id, record.source, record.line, text=html_to_text(record.text))
    except Exception as e:  # a page trafilatura cannot parse fails alone; the batch goes on
        return Record(record.doc_id, record.source, record.line, error=f"cannot read the HTML: {e}")


def read_article(path: str) -> str:
    if path == STDIN:
        return _decode(_stdin_bytes().read())
    p = Path(path)
    if not p.is_file():
        raise fail(f"{path}: no such file" if not p.exists() else f"{path}: not a file")
    try:
        return _decode(p.read_bytes())
    except UnicodeDecodeError as e:
        raise fail(f"{path}: not UTF-8 text ({e.reason} at byte {e.start}); re-encode it as UTF-8") from e

