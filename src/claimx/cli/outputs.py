"""Writing ``claimx extract`` output (JSON Lines, CSV, a table), its JSON Schemas, and reading it back for ``--resume``.

Each document's claims go out in one write followed by a flush, so a killed run can cut
only the last document in the file; resume writes that document again, whole, reading the
file as a stream.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Iterator
from enum import Enum
from pathlib import Path
from typing import Any, NamedTuple, TextIO

from ..models import Claim
from ..outputs.frame import COLUMNS, DOC_ID, claim_to_row
from ..outputs.table import table_header, table_rows
from .common import fail, note

__all__ = [
    "FORMULA_STARTS",
    "OutputFormat",
    "ResumePoint",
    "SchemaKind",
    "Writer",
    "csv_rows",
    "done_ids_csv",
    "done_ids_jsonl",
    "jsonl_rows",
    "neutralise_cell",
    "output_schema",
    "restore_cell",
    "resume_point",
]


# A spreadsheet runs a cell that starts with one of these as a formula (CSV injection, OWASP;
# issue 18); tab and CR are on the OWASP list too. Such a cell is written with a leading "'".
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


class OutputFormat(str, Enum):
    JSONL = "jsonl"
    CSV = "csv"
    TABLE = "table"


class SchemaKind(str, Enum):
    """What ``claimx schema`` describes."""

    RECORD = "record"  # a line of `claimx extract` JSONL output: a claim and its doc_id
    ERROR = "error"  # a line of the --errors file
    CLAIM = "claim"  # a Claim alone, as Claim.model_dump_json() gives it


JSON_SCHEMA_DIALECT = "https://json-schema.org/draft/2020-12/schema"
_DOC_ID = {
    "anyOf": [{"type": "string"}, {"type": "integer"}],
    "title": "Doc Id",
    "description": "the document's id: its path, its JSONL id field, or its line number when the record has no id",
}


def output_schema(kind: SchemaKind = SchemaKind.RECORD) -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of one line ``claimx extract`` writes (issue 17.3).

    ``record``: a claim line (``Claim``'s own schema, which allows no other field, plus
    the required ``doc_id``); ``error``: a line of ``--errors FILE``, as
    :meth:`claimx.cli.inputs.Record.error_record` writes it; ``claim``: a ``Claim`` alone.
    """
    claim = Claim.model_json_schema()
    if kind is SchemaKind.CLAIM:
        return {"$schema": JSON_SCHEMA_DIALECT, **claim}
    if kind is SchemaKind.RECORD:
        return {
            "$schema": JSON_SCHEMA_DIALECT,
            **claim,
            "title": "ClaimRecord",
            "description": "One line of `claimx extract` JSON Lines output: a claim and the id of its document.",
            "properties": {DOC_ID: _DOC_ID, **claim["properties"]},
            "required": [DOC_ID, *claim["required"]],
        }
    return {
        "$schema": JSON_SCHEMA_DIALECT,
        "title": "ErrorRecord",
        "description": "One line of `claimx extract --errors FILE`: a record that failed, and why.",
        "type": "object",
        "properties": {
            DOC_ID: _DOC_ID,
            "source": {"type": "string", "title": "Source", "description": "the input file, or <stdin>"},
            "line": {
                "anyOf": [{"type": "integer", "minimum": 1}, {"type": "null"}],
                "title": "Line",
                "description": "the line of a JSONL input; null for a text file",
            },
            "error": {"type": "string", "title": "Error", "description": "why the record failed"},
        },
        "required": [DOC_ID, "source", "line", "error"],
        "additionalProperties": False,
    }


def _utf8_safe(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:  # lone surrogates, e.g. from a "\ud800" escape in JSON input
        return False
    return True


def neutralise_cell(cell: Any) -> Any:
    """A CSV cell a spreadsheet will not run as a formula: a leading "'" before a formula start.

    A cell that already starts with quotes before a formula start gets one more, so that
    :func:`restore_cell` undoes it exactly (``--resume`` reads doc ids back).
    """
    if isinstance(cell, str) and cell.lstrip("'").startswith(FORMULA_STARTS):
        return "'" + cell
    return cell


def restore_cell(cell: str) -> str:
    """The cell as it was before :func:`neutralise_cell`."""
    if cell.startswith("'") and cell.lstrip("'").startswith(FORMULA_STARTS):
        return cell[1:]
    return cell


class Writer:
    """Writes one document's claims in a single write, then flushes: a kill leaves whole documents."""

    def __init__(self, stream: TextIO, fmt: OutputFormat, *, header: bool, width: int) -> None:
        self.stream, self.fmt, self.width = stream, fmt, width
        if header and fmt is OutputFormat.CSV:
            self._emit(self._csv([[DOC_ID, *COLUMNS]]))
        elif header and fmt is OutputFormat.TABLE:
            self._emit(table_header(width=width, doc_id=True) + "\n")

    @staticmethod
    def _csv(rows: list[list[Any]]) -> str:
        buffer = io.StringIO()
        minimal, quote_all = csv.writer(buffer, lineterminator="\n"), csv.writer(buffer, lineterminator="\n", quoting=csv.QUOTE_ALL)
        for row in rows:
            cells = [neutralise_cell(cell) for cell in row]
            # QUOTE_MINIMAL quotes only the line terminator's characters, so a lone "\r" went out
            # bare and every reader (--resume's too) cut the row there: quote such a row whole.
            lone_cr = any(isinstance(cell, str) and "\r" in cell and "\n" not in cell for cell in cells)
            (quote_all if lone_cr else minimal).writerow(cells)
        return buffer.getvalue()

    def _emit(self, chunk: str) -> None:
        if chunk:
            self.stream.write(chunk)
        self.stream.flush()

    def write(self, doc_id: str | int, claims: list[Claim]) -> None:
        if self.fmt is OutputFormat.JSONL:
            lines = [json.dumps({DOC_ID: doc_id, **c.model_dump(mode="json")}, ensure_ascii=False) for c in claims]
            chunk = "".join(line + "\n" for line in lines)
            if not _utf8_safe(chunk):  # keep the text exact: \u escapes are valid JSON
                chunk = "".join(json.dumps({DOC_ID: doc_id, **c.model_dump(mode="json")}) + "\n" for c in claims)
        elif self.fmt is OutputFormat.CSV:
            chunk = self._csv([[doc_id, *claim_to_row(c).values()] for c in claims])
        else:
            chunk = "".join(line + "\n" for line in table_rows(claims, width=self.width, doc_id=doc_id))
        if not _utf8_safe(chunk):
            chunk = chunk.encode("utf-8", "replace").decode("utf-8")
        self._emit(chunk)


class ResumePoint(NamedTuple):
    """Where ``--resume`` picks up: the documents done, and the byte offset to cut the file at.

    ``keep`` is the start of the last document in the file (or of what follows the last
    complete row when no document is there): that document is written again, whole.
    """

    done: set[str]
    keep: int
    redone: str | None  # the id of the document written again
    foreign: int  # complete rows that are not claimx records (ignored)


def resume_point(rows: Iterable[tuple[str | None, int, int]]) -> ResumePoint:
    """The resume point over ``(doc_id, start, end)`` per complete row of an output, in file order.

    Each document goes out in one write, so a killed run can cut only the last document in
    the file, and where the cut falls (inside a row, inside a doc id, exactly at a row's end)
    cannot tell whether it did: the last document present is treated as unfinished and is cut
    off from its first row on, whatever came after it too (issue 18: a cut inside a doc id or
    at a line end kept 1 claim of 12). Reads the rows once, keeping only the ids and two
    offsets, so memory does not grow with the file (the ids aside).
    """
    done: set[str] = set()
    last: str | None = None
    last_start = 0
    end = 0  # the end of the last complete row
    foreign = 0
    for doc_id, start, row_end in rows:
        end = row_end
        if doc_id is None:
            foreign += 1
            continue
        if doc_id != last:
            if last is not None:
                done.add(last)
            last, last_start = doc_id, start
    if last is None:
        return ResumePoint(done, end, None, foreign)
    done.discard(last)  # the same id earlier in the file (a reused id): written again rather than lost
    return ResumePoint(done, last_start, last, foreign)


def _cut(path: Path, point: ResumePoint) -> set[str]:
    """Cut ``path`` at ``point`` and say so; the ids done."""
    size = path.stat().st_size
    if point.keep < size:
        with path.open("r+b") as f:
            f.truncate(point.keep)
        what = f"the last document ({point.redone!r})" if point.redone is not None else "an unfinished row"
        note(f"{path}: {what} is written again, in case the last run was cut inside it")
    if point.foreign:
        note(f"{path}: {point.foreign} line(s) are not claimx records; ignored for --resume")
    return point.done


def _jsonl_id(raw: bytes) -> str | None:
    try:
        obj = json.loads(raw)
    except (ValueError, RecursionError):
        return None
    if not isinstance(obj, dict) or isinstance(obj.get(DOC_ID), (bool, type(None))) or not isinstance(obj[DOC_ID], (str, int)):
        return None
    return str(obj[DOC_ID])


def jsonl_rows(stream: Iterable[bytes]) -> Iterator[tuple[str | None, int, int]]:
    """``(doc_id, start, end)`` of each complete line of a JSONL output, streaming (bytes, so
    U+2028 in a string is not a line break); a blank line has no id, a last line with no
    newline is not complete and is left out."""
    pos = 0
    for raw in stream:
        start, pos = pos, pos + len(raw)
        if not raw.endswith(b"\n"):
            return
        if raw.strip():
            yield _jsonl_id(raw), start, pos
        # a blank line is not a row: it neither starts nor ends a document


def done_ids_jsonl(path: Path) -> set[str]:
    """Doc ids already in a JSONL output; the last document in it is cut off, to be written again."""
    with path.open("rb") as f:
        point = resume_point(jsonl_rows(f))
    return _cut(path, point)


def csv_rows(stream: Iterable[bytes], header: list[str]) -> Iterator[tuple[str | None, int, int]]:
    """``(doc_id, start, end)`` of each complete row after ``header`` of a CSV output, streaming.

    Raises a usage error when the file does not start with ``header`` (a foreign file), unless
    all it holds is a cut-off start of it.
    """
    pos = 0
    line_ends = False

    def lines() -> Iterator[str]:
        nonlocal pos, line_ends
        for raw in stream:  # "\n" only: a CR or U+2028 inside a cell is not a row's end
            pos += len(raw)
            line_ends = raw.endswith(b"\n")
            yield raw.decode("utf-8", "surrogateescape")

    reader = csv.reader(lines())
    start = 0
    first = True
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error:  # the data ends inside a quoted cell: an unfinished row
            return
        if not line_ends:
            return  # the file ends inside this row
        if first:
            first = False
            if row != header:
                raise _NotOurs()
        elif row:
            yield restore_cell(row[0]), start, pos
        start = pos


class _NotOurs(Exception):
    """The CSV file's first row is not claimx's header."""


def done_ids_csv(path: Path) -> set[str]:
    """Doc ids already in a CSV output; checks the header so we never append to a foreign file;
    the last document in it is cut off, to be written again."""
    header = [DOC_ID, *COLUMNS]
    header_line = Writer._csv([header]).encode("utf-8")
    with path.open("rb") as f:
        try:
            point = resume_point(csv_rows(f, header))
        except _NotOurs:
            point = None
        f.seek(0)
        start = f.read(len(header_line))
    # keep 0: no document, maybe not even a whole header (a cut inside it): the file is written
    # afresh, if what it holds is the start of a claimx file
    if point is None or (point.keep == 0 and not header_line.startswith(start)):
        raise fail(f"{path}: not a claimx CSV file (its header differs); choose another -o for --resume")
    return _cut(path, point)
