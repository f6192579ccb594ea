"""Writing ``claimx extract`` output (JSON Lines, CSV, a table), its JSON Schemas, and reading it back for ``--resume``.

Each document's claims go out in one write followed by a flush, so a killed run leaves
whole documents; resume drops a document cut short at the end of the file.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterator
from enum import Enum
from pathlib import Path
from typing import Any, TextIO

from ..models import Claim
from ..outputs.frame import COLUMNS, DOC_ID, claim_to_row
from ..outputs.table import table_header, table_rows
from .common import fail, note

__all__ = [
    "FORMULA_STARTS",
    "OutputFormat",
    "SchemaKind",
    "Writer",
    "done_ids_csv",
    "done_ids_jsonl",
    "neutralise_cell",
    "output_schema",
    "restore_cell",
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


_JSONL_ID = re.compile(r'\{"doc_id": ?("(?:[^"\\]|\\.)*"|-?\d+)[,}]')


def done_ids_jsonl(path: Path) -> set[str]:
    """Doc ids already in a JSONL output; an unfinished last document is cut off the file."""
    data = path.read_bytes()
    lines = data.split(b"\n")
    tail = lines.pop()  # b"" when the file ends with a newline
    ids: list[str | None] = []
    for raw in lines:
        try:
            ids.append(str(json.loads(raw)[DOC_ID]) if raw.strip() else None)
        except (ValueError, KeyError, TypeError):
            ids.append(None)
    if tail:
        match = _JSONL_ID.match(tail.decode("utf-8", "replace"))
        cut_id = str(json.loads(match.group(1))) if match else None
        while cut_id is not None and ids and ids[-1] == cut_id:  # the same write: drop the whole document
            ids.pop()
            lines.pop()
        keep = sum(len(raw) + 1 for raw in lines)
        with path.open("r+b") as f:
            f.truncate(keep)
        note(f"{path}: dropped an unfinished document at the end (the last run was interrupted mid-write)")
    bad = ids.count(None) - sum(1 for raw in lines if not raw.strip())
    if bad:
        note(f"{path}: {bad} line(s) are not claimx JSON records; ignored for --resume")
    return {i for i in ids if i is not None}


def done_ids_csv(path: Path) -> set[str]:
    """Doc ids already in a CSV output; checks the header so we never append to a foreign file."""
    with path.open(encoding="utf-8", errors="surrogateescape", newline="") as f:  # newline="": offsets stay exact
        text = f.read()
    if not text:
        return set()
    ends: list[int] = []
    pos = 0

    def lines() -> Iterator[str]:
        nonlocal pos
        for match in re.finditer(r"[^\n]*\n|[^\n]+\Z", text):  # "\n" only: str.splitlines also cuts at U+2028
            pos = match.end()
            yield match.group()

    rows: list[list[str]] = []
    for row in csv.reader(lines()):
        rows.append(row)
        ends.append(pos)
    if not rows or rows[0] != [DOC_ID, *COLUMNS]:
        raise fail(f"{path}: not a claimx CSV file (its header differs); choose another -o for --resume")
    if not text.endswith("\n") and len(rows) > 1:
        cut_id = rows.pop()[0]
        ends.pop()
        while len(rows) > 1 and rows[-1][0] == cut_id:
            rows.pop()
            ends.pop()
        keep = len(text[: ends[-1]].encode("utf-8", "surrogateescape"))
        with path.open("r+b") as f:
            f.truncate(keep)
        note(f"{path}: dropped an unfinished document at the end (the last run was interrupted mid-write)")
    return {restore_cell(row[0]) for row in rows[1:] if row}


