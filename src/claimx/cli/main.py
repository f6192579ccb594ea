"""The ``claimx`` command: extract claims from files in bulk, render one article, evaluate.

The CLI is thin over the API (:func:`claimx.extract_many`). What it adds is the care a
batch job needs: every input record ends up either in the output or as an error record
(with its id, line and reason), output is flushed after each document so an interrupted
run keeps its work, and ``--resume`` picks up where it stopped.

Exit codes: 0 every record succeeded; 1 some records failed (the others are in the
output); 2 nothing ran (bad arguments, missing input, no model); 130 interrupted.
"""

from __future__ import annotations

import csv
import gc
import io
import json
import os
import re
import shutil
import sys
from collections import deque
from collections.abc import Iterable, Iterator
from contextlib import ExitStack
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, TextIO

import typer

from .. import api
from ..errors import ClaimxError, ExtractionError, InputError
from ..outputs.frame import COLUMNS, DOC_ID, claim_to_row
from ..outputs.render import render as render_html

if TYPE_CHECKING:
    from spacy.language import Language

    from ..models import Claim

__all__ = ["app", "main"]

PROG = "claimx"
STDIN = "-"
STDIN_ID = "<stdin>"
JSONL_SUFFIXES = (".jsonl", ".ndjson")
MAX_SHOWN_FAILURES = 5  # failures listed on stderr when no --errors file is given
EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130

# typer >= 0.2x vendors click; reach its exception classes through public names only.
_UsageError: Any = next(c for c in typer.BadParameter.__mro__ if c.__name__ == "UsageError")
_ClickException: Any = next(c for c in typer.BadParameter.__mro__ if c.__name__ == "ClickException")
_NO_ARGS_IS_HELP: Any = getattr(sys.modules[_UsageError.__module__], "NoArgsIsHelpError", ())
_CONTEXT = {"help_option_names": ["-h", "--help"], "max_content_width": 100}

app = typer.Typer(
    name=PROG,
    help="Extract attributed claims (who said what, how, with what stance) from news text.",
    epilog="Run 'claimx COMMAND --help' for a command's options and examples.",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode=None,  # plain click help: keeps example blocks as written, reads well in pipes
    pretty_exceptions_enable=False,
    context_settings=_CONTEXT,
)
evaluate_app = typer.Typer(
    help="Score claimx against an annotated corpus.",
    no_args_is_help=True,
    rich_markup_mode=None,
    context_settings=_CONTEXT,
)
app.add_typer(evaluate_app, name="evaluate")


class OutputFormat(str, Enum):
    JSONL = "jsonl"
    CSV = "csv"
    TABLE = "table"


class StdinFormat(str, Enum):
    TEXT = "text"
    JSONL = "jsonl"


class _Usage(_UsageError):  # type: ignore[misc]
    """A problem with the command line or its inputs: exit 2, nothing was processed."""


def _fail(message: str) -> _Usage:
    return _Usage(message)


def _note(message: str) -> None:
    """A line for the person at the terminal; stdout stays clean for the data."""
    sys.stderr.write(f"{PROG}: {message}\n")
    sys.stderr.flush()


# ---------------------------------------------------------------------------- inputs


@dataclass
class _Record:
    """One input document, or the reason it could not be read."""

    doc_id: str | int
    source: str
    line: int | None = None
    text: str | None = None
    error: str | None = None
    seq: int = -1  # position in the run; what travels with the text through extract_many

    def where(self) -> str:
        line = f" line {self.line}" if self.line is not None else ""
        return f"{self.source}{line} (id {self.doc_id!r})"

    def error_record(self, reason: str) -> dict[str, Any]:
        return {DOC_ID: self.doc_id, "source": self.source, "line": self.line, "error": reason}


@dataclass
class _Input:
    kind: str  # "text" or "jsonl"
    path: Path | None  # None: standard input
    doc_id: str


def _plan_inputs(paths: list[str], stdin_format: StdinFormat) -> list[_Input]:
    """Check every PATH up front and expand folders, so a typo fails before any work is done."""
    inputs: list[_Input] = []
    if paths.count(STDIN) > 1:
        raise _fail("'-' (standard input) can be given only once")
    for arg in paths:
        if arg == STDIN:
            inputs.append(_Input(stdin_format.value, None, STDIN_ID))
            continue
        path = Path(arg)
        if path.is_dir():
            files = sorted(p for p in path.rglob("*.txt") if p.is_file())
            if not files:
                raise _fail(f"{arg}: the folder holds no .txt files (claimx reads *.txt in folders, recursively)")
            inputs.extend(_Input("text", p, p.as_posix()) for p in files)
        elif path.is_file():
            suffix = path.suffix.lower()
            if suffix == ".json":
                raise _fail(f"{arg}: JSON files are not read; convert to JSON Lines (one object per line, .jsonl)")
            kind = "jsonl" if suffix in JSONL_SUFFIXES else "text"
            inputs.append(_Input(kind, path, path.as_posix()))
        elif path.exists():
            raise _fail(f"{arg}: not a regular file or folder")
        else:
            raise _fail(f"{arg}: no such file or folder")
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


def _parse_line(raw: bytes, n: int, source: str, text_field: str, id_field: str) -> _Record | None:
    """One JSONL line -> a record (None for a blank line). Never raises: problems become errors."""
    stripped = raw.strip()
    if not stripped:
        return None
    try:
        line = _decode(stripped)
    except UnicodeDecodeError as e:
        return _Record(n, source, n, error=f"line is not UTF-8 text ({e.reason} at byte {e.start})")
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as e:
        return _Record(n, source, n, error=f"malformed JSON: {e.msg} at column {e.colno}")
    if not isinstance(obj, dict):
        return _Record(n, source, n, error=f"expected a JSON object per line, got {_json_type(obj)}")
    doc_id = obj.get(id_field)
    if doc_id is None:
        doc_id = n  # documented fallback: the line number
    elif isinstance(doc_id, bool) or not isinstance(doc_id, (str, int)):
        return _Record(n, source, n, error=f"field {id_field!r} is {_json_type(doc_id)}; ids must be strings or integers")
    if text_field not in obj:
        fields = ", ".join(repr(k) for k in list(obj)[:8]) or "none"
        return _Record(
            doc_id, source, n, error=f"no {text_field!r} field (fields: {fields}); choose one with --text-field"
        )
    text = obj[text_field]
    if not isinstance(text, str):
        return _Record(doc_id, source, n, error=f"field {text_field!r} is {_json_type(text)}, expected a string")
    return _Record(doc_id, source, n, text=text)


def _read_jsonl(stream: Iterable[bytes], source: str, text_field: str, id_field: str) -> Iterator[_Record]:
    # Bytes, not text mode: a bad byte must fail one line, not the file, and U+2028 inside a
    # JSON string is not a line break.
    for n, raw in enumerate(stream, start=1):
        record = _parse_line(raw, n, source, text_field, id_field)
        if record is not None:
            yield record


def _stdin_bytes() -> io.BufferedIOBase | io.BytesIO:
    buffer = getattr(sys.stdin, "buffer", None)
    if buffer is not None:
        return buffer
    return io.BytesIO(sys.stdin.read().encode("utf-8", "surrogateescape"))


def _read_text(inp: _Input) -> _Record:
    source = inp.path.as_posix() if inp.path is not None else STDIN_ID
    try:
        data = inp.path.read_bytes() if inp.path is not None else _stdin_bytes().read()
    except OSError as e:
        return _Record(inp.doc_id, source, error=f"cannot read: {e.strerror or e}")
    try:
        return _Record(inp.doc_id, source, text=_decode(data))
    except UnicodeDecodeError as e:
        return _Record(inp.doc_id, source, error=f"not UTF-8 text ({e.reason} at byte {e.start}); re-encode it as UTF-8")


def _read_records(inputs: list[_Input], text_field: str, id_field: str) -> Iterator[_Record]:
    """Every record of every input, lazily (a JSONL file is never loaded whole)."""
    for inp in inputs:
        if inp.kind == "text":
            yield _read_text(inp)
        elif inp.path is None:
            yield from _read_jsonl(_stdin_bytes(), STDIN_ID, text_field, id_field)
        else:
            try:
                with inp.path.open("rb") as f:
                    yield from _read_jsonl(f, inp.doc_id, text_field, id_field)
            except OSError as e:
                yield _Record(inp.doc_id, inp.doc_id, error=f"cannot read: {e.strerror or e}")


# ---------------------------------------------------------------------------- extraction


def _extract_records(
    records: Iterable[_Record], nlp: Language, *, batch_size: int, n_process: int
) -> Iterator[tuple[_Record, list[Claim] | None, str | None]]:
    """``(record, claims, error)`` for every record, in order, whatever fails.

    ``extract_many`` is a generator, so an ``ExtractionError`` ends it. Records it had
    taken but not yet answered are put back in front of the rest and the stream restarts
    without the bad one. Unreadable records go through as empty texts to keep the order.
    """
    source = enumerate(records)
    queue: deque[_Record] = deque()  # taken from `source` but not answered: goes first next round

    def feed(pending: deque[_Record]) -> Iterator[tuple[str, int]]:
        # The context is the record's number, not the record: a small key that checks each
        # answer against the record it belongs to.
        while True:
            if queue:
                record = queue.popleft()
            else:
                seq, record = next(source, (-1, None))
                if record is None:
                    return
                record.seq = seq
            pending.append(record)
            yield ("" if record.error is not None else record.text or "", record.seq)

    while True:
        pending: deque[_Record] = deque()
        answered = 0
        failure: tuple[_Record | None, str]
        try:
            for claims, seq in api.extract_many(
                feed(pending), nlp=nlp, batch_size=batch_size, n_process=n_process, as_tuples=True
            ):
                record = pending.popleft()
                if record.seq != seq:
                    raise RuntimeError(f"claimx: extract_many answered record {seq} where {record.seq} was due")
                answered += 1
                if record.error is not None:
                    yield record, None, record.error
                else:
                    yield record, claims, None
            return
        except ExtractionError as e:
            bad = next((r for r in pending if r.seq == e.context), None)
            if bad is None and 0 <= e.index - answered < len(pending):
                bad = pending[e.index - answered]
            if bad is None:
                raise
            failure = (bad, bad.error or e.reason)
        except Exception as e:  # not tied to a record: retry the unanswered ones one by one
            if not pending:
                raise
            failure = (None, f"{type(e).__name__}: {e}")
        # The failed stream's spaCy generator (and with n_process > 1 its worker pool) is
        # still referenced from the traceback's frames; finalise it before starting anew,
        # or new workers are forked beside the old ones and the run hangs.
        gc.collect()
        bad, reason = failure
        if bad is not None:
            yield bad, None, reason
            queue.extendleft(reversed([r for r in pending if r.seq != bad.seq]))
            continue
        for record in pending:
            if record.error is not None:
                yield record, None, record.error
                continue
            try:
                claims = list(api.extract(record.text or "", nlp=nlp))
            except Exception as one:
                yield record, None, f"{type(one).__name__}: {one}"
            else:
                yield record, claims, None


# ---------------------------------------------------------------------------- outputs


def _utf8_safe(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:  # lone surrogates, e.g. from a "\ud800" escape in JSON input
        return False
    return True


class _Writer:
    """Writes one document's claims in a single write, then flushes: a kill leaves whole documents."""

    def __init__(self, stream: TextIO, fmt: OutputFormat, *, header: bool, width: int) -> None:
        self.stream, self.fmt, self.width = stream, fmt, width
        if header and fmt is OutputFormat.CSV:
            self._emit(self._csv([[DOC_ID, *COLUMNS]]))
        elif header and fmt is OutputFormat.TABLE:
            from ..outputs.table import table_header

            self._emit(table_header(width=width, doc_id=True) + "\n")

    @staticmethod
    def _csv(rows: list[list[Any]]) -> str:
        buffer = io.StringIO()
        csv.writer(buffer, lineterminator="\n").writerows(rows)
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
            from ..outputs.table import table_rows

            chunk = "".join(line + "\n" for line in table_rows(claims, width=self.width, doc_id=doc_id))
        if not _utf8_safe(chunk):
            chunk = chunk.encode("utf-8", "replace").decode("utf-8")
        self._emit(chunk)


_JSONL_ID = re.compile(r'\{"doc_id": ?("(?:[^"\\]|\\.)*"|-?\d+)[,}]')


def _done_ids_jsonl(path: Path) -> set[str]:
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
        _note(f"{path}: dropped an unfinished document at the end (the last run was interrupted mid-write)")
    bad = ids.count(None) - sum(1 for raw in lines if not raw.strip())
    if bad:
        _note(f"{path}: {bad} line(s) are not claimx JSON records; ignored for --resume")
    return {i for i in ids if i is not None}


def _done_ids_csv(path: Path) -> set[str]:
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
        raise _fail(f"{path}: not a claimx CSV file (its header differs); choose another -o for --resume")
    if not text.endswith("\n") and len(rows) > 1:
        cut_id = rows.pop()[0]
        ends.pop()
        while len(rows) > 1 and rows[-1][0] == cut_id:
            rows.pop()
            ends.pop()
        keep = len(text[: ends[-1]].encode("utf-8", "surrogateescape"))
        with path.open("r+b") as f:
            f.truncate(keep)
        _note(f"{path}: dropped an unfinished document at the end (the last run was interrupted mid-write)")
    return {row[0] for row in rows[1:] if row}


# ---------------------------------------------------------------------------- commands


@dataclass
class _Stats:
    read: int = 0
    succeeded: int = 0
    failed: int = 0
    skipped: int = 0
    claims: int = 0
    duplicates: int = 0
    first_duplicate: str | None = None
    failures: list[str] = field(default_factory=list)


def _load_nlp(model: str | None) -> Language:
    """The pipeline to use; a missing model is a setup problem, reported before any input is read."""
    try:
        if model is None:
            return api.load_default_nlp()
        import spacy

        return spacy.load(model)
    except OSError as e:
        raise _fail(f"cannot load the spaCy pipeline: {e}") from e


def _format(fmt: OutputFormat | None, output: str | None) -> OutputFormat:
    if fmt is not None:
        return fmt
    suffix = Path(output).suffix.lower() if output and output != STDIN else ""
    return OutputFormat.CSV if suffix == ".csv" else OutputFormat.JSONL


def _summary(stats: _Stats, *, output: str, errors: Path | None, quiet: bool, interrupted: bool) -> None:
    if quiet and not stats.failed and not interrupted:
        return
    _note(
        f"read {stats.read} record{'s' if stats.read != 1 else ''}: {stats.succeeded} succeeded, {stats.failed} failed; "
        f"{stats.claims} claim{'s' if stats.claims != 1 else ''} written to {output}"
    )
    if stats.skipped:
        _note(f"skipped {stats.skipped} record(s) already in {output} (--resume)")
    if stats.duplicates:
        _note(
            f"{stats.duplicates} record(s) reuse an earlier doc id (first: {stats.first_duplicate!r}); "
            "give each record a unique id (--id-field) so --resume can tell them apart"
        )
    if stats.failed:
        if errors is not None:
            _note(f"{stats.failed} error record(s) written to {errors}")
        else:
            _note("failures:")
            for line in stats.failures:
                sys.stderr.write(f"  {line}\n")
            if stats.failed > len(stats.failures):
                sys.stderr.write(f"  ... and {stats.failed - len(stats.failures)} more\n")
            sys.stderr.write("  (save every failure as JSON Lines with --errors FILE)\n")
    if interrupted:
        hint = " --resume" if output != "standard output" else ""
        _note(f"interrupted: output so far is complete per document; run the same command again with{hint} -o FILE to continue")


EXTRACT_EPILOG = """\b
Examples:
  claimx extract article.txt                      # claims as JSON Lines on stdout
  claimx extract articles/ -o claims.jsonl        # every *.txt under articles/, recursively
  claimx extract corpus.jsonl --text-field body --id-field url -o claims.csv
  claimx extract corpus.jsonl -o claims.jsonl --resume --errors failed.jsonl
  cat story.txt | claimx extract - --format table
  zcat corpus.jsonl.gz | claimx extract - --stdin-format jsonl -o claims.jsonl

\b
Each output line is one claim with its document's "doc_id" (file path, JSONL id, or
JSONL line number when the id field is missing; "<stdin>" for plain standard input).
A record that cannot be read or processed becomes an error record {"doc_id", "source",
"line", "error"} in --errors FILE. Exit status: 0 all records succeeded, 1 some
failed, 2 bad arguments or no model (nothing ran), 130 interrupted."""


@app.command(epilog=EXTRACT_EPILOG, no_args_is_help=True)
def extract(
    paths: Annotated[
        list[str],
        typer.Argument(
            help="Article .txt files, folders (all *.txt inside, recursively), .jsonl files "
            "(one JSON object per line), or '-' for standard input.",
            metavar="PATH",
            show_default=False,
        ),
    ],
    output: Annotated[
        str | None,
        typer.Option("--output", "-o", help="Write claims to FILE instead of standard output.", metavar="FILE"),
    ] = None,
    fmt: Annotated[
        OutputFormat | None,
        typer.Option(
            "--format",
            "-f",
            help="Output format: jsonl (one claim per line), csv, or table (for reading). "
            "Default: csv for -o *.csv, else jsonl.",
            case_sensitive=False,
            show_default=False,
        ),
    ] = None,
    errors: Annotated[
        Path | None,
        typer.Option(
            "--errors",
            help="Write one JSON line per failed record (doc_id, source, line, error) to FILE. "
            "Default: only a summary on stderr.",
            metavar="FILE",
            dir_okay=False,
        ),
    ] = None,
    text_field: Annotated[str, typer.Option(help="JSONL field that holds the article text.", metavar="FIELD")] = "text",
    id_field: Annotated[
        str,
        typer.Option(help="JSONL field that holds the document id (missing: the line number is used).", metavar="FIELD"),
    ] = "id",
    stdin_format: Annotated[
        StdinFormat,
        typer.Option(help="What '-' reads: one plain-text article, or JSON Lines.", case_sensitive=False),
    ] = StdinFormat.TEXT,
    resume: Annotated[
        bool,
        typer.Option(
            "--resume",
            help="Skip documents whose id is already in the -o file and append the rest "
            "(for jsonl and csv; continue an interrupted run).",
        ),
    ] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar; no summary unless something failed.")] = False,
    n_process: Annotated[int, typer.Option(min=1, help="Worker processes (each holds its own copy of the model).", metavar="N")] = 1,
    batch_size: Annotated[int, typer.Option(min=1, help="Documents per spaCy batch.", metavar="N")] = 64,
    model: Annotated[
        str | None,
        typer.Option(help="spaCy pipeline name or path to use instead of the default English model.", metavar="NAME"),
    ] = None,
) -> int:
    """Extract claims from .txt files, folders, JSONL files or stdin."""
    fmt = _format(fmt, output)
    to_stdout = output is None or output == STDIN
    if resume and to_stdout:
        raise _fail("--resume needs an output file: add -o FILE (the file of the interrupted run)")
    if resume and fmt is OutputFormat.TABLE:
        raise _fail("--resume works with --format jsonl or csv, not table")
    inputs = _plan_inputs(paths, stdin_format)
    if not to_stdout:
        out_path = Path(output)  # type: ignore[arg-type]
        if out_path.is_dir():
            raise _fail(f"-o {output}: is a folder; give a file name")
        if any(inp.path is not None and inp.path.resolve() == out_path.resolve() for inp in inputs):
            raise _fail(f"-o {output}: is also an input; writing would destroy it")
    if errors is not None and not to_stdout and errors.resolve() == Path(output).resolve():  # type: ignore[arg-type]
        raise _fail("--errors and -o name the same file; give them different names")
    done: set[str] = set()
    appending = False
    if resume and Path(output).is_file() and Path(output).stat().st_size > 0:  # type: ignore[arg-type]
        done = (_done_ids_csv if fmt is OutputFormat.CSV else _done_ids_jsonl)(Path(output))  # type: ignore[arg-type]
        appending = Path(output).stat().st_size > 0  # type: ignore[arg-type]
    nlp = _load_nlp(model)

    stats = _Stats()
    output_name = "standard output" if to_stdout else str(output)
    total = len(inputs) if all(inp.kind == "text" for inp in inputs) else None
    interrupted = False
    with ExitStack() as stack:
        try:
            if to_stdout:
                out_stream: TextIO = sys.stdout
            else:
                out_stream = stack.enter_context(
                    open(output, "a" if appending else "w", encoding="utf-8", newline="")  # type: ignore[arg-type]
                )
            err_stream = stack.enter_context(errors.open("w", encoding="utf-8")) if errors is not None else None
        except OSError as e:
            raise _fail(f"cannot write {e.filename}: {e.strerror}") from e
        width = shutil.get_terminal_size((120, 24)).columns if to_stdout and sys.stdout.isatty() else 120
        writer = _Writer(out_stream, fmt, header=not appending, width=width)

        from tqdm import tqdm

        bar = stack.enter_context(
            tqdm(total=total, unit="doc", file=sys.stderr, disable=quiet or not sys.stderr.isatty(), dynamic_ncols=True)
        )
        seen: set[str] = set()

        def to_process() -> Iterator[_Record]:
            for record in _read_records(inputs, text_field, id_field):
                key = str(record.doc_id)
                if key in seen:
                    stats.duplicates += 1
                    stats.first_duplicate = stats.first_duplicate or key
                seen.add(key)
                if key in done and record.error is None:
                    stats.skipped += 1
                    bar.update(1)
                    continue
                yield record

        try:
            for record, claims, error in _extract_records(to_process(), nlp, batch_size=batch_size, n_process=n_process):
                stats.read += 1
                if error is not None:
                    stats.failed += 1
                    if err_stream is not None:
                        err_stream.write(json.dumps(record.error_record(error)) + "\n")
                        err_stream.flush()
                    elif len(stats.failures) < MAX_SHOWN_FAILURES:
                        stats.failures.append(f"{record.where()}: {error}")
                else:
                    writer.write(record.doc_id, claims or [])
                    stats.succeeded += 1
                    stats.claims += len(claims or [])
                bar.update(1)
        except KeyboardInterrupt:
            interrupted = True
    _summary(stats, output=output_name, errors=errors, quiet=quiet, interrupted=interrupted)
    if interrupted:
        return EXIT_INTERRUPTED
    return EXIT_FAILED if stats.failed else EXIT_OK


@app.command(epilog="\b\nExamples:\n  claimx schema > claim.schema.json")
def schema() -> int:
    """Print the JSON Schema of a claim record (for validation)."""
    from ..models import Claim

    sys.stdout.write(json.dumps(Claim.model_json_schema(), indent=2) + "\n")
    return EXIT_OK


def _read_article(path: str) -> str:
    if path == STDIN:
        return _decode(_stdin_bytes().read())
    p = Path(path)
    if not p.is_file():
        raise _fail(f"{path}: no such file" if not p.exists() else f"{path}: not a file")
    try:
        return _decode(p.read_bytes())
    except UnicodeDecodeError as e:
        raise _fail(f"{path}: not UTF-8 text ({e.reason} at byte {e.start}); re-encode it as UTF-8") from e


@app.command(
    epilog="\b\nExamples:\n  claimx render article.txt -o article.html\n  cat article.txt | claimx render - > article.html"
)
def render(
    path: Annotated[str, typer.Argument(help="A plain-text article, or '-' for standard input.", metavar="FILE")],
    output: Annotated[
        str | None, typer.Option("--output", "-o", help="HTML file to write (default: standard output).", metavar="FILE")
    ] = None,
    model: Annotated[str | None, typer.Option(help="spaCy pipeline name or path.", metavar="NAME")] = None,
) -> int:
    """Write an article as HTML with its claims highlighted."""
    text = _read_article(path)
    nlp = _load_nlp(model)
    claims = api.extract(text, nlp=nlp)
    page = render_html(text, claims, page=True)
    if output is None or output == STDIN:
        sys.stdout.write(page)
        sys.stdout.flush()
        return EXIT_OK
    try:
        Path(output).write_text(page, encoding="utf-8")
    except OSError as e:
        raise _fail(f"cannot write {output}: {e.strerror}") from e
    _note(f"{len(claims)} claim{'s' if len(claims) != 1 else ''} highlighted in {output}")
    return EXIT_OK


@app.command(epilog="\b\nExamples:\n  claimx align report_a.txt report_b.txt")
def align(
    path_a: Annotated[str, typer.Argument(help="First article (plain text).", metavar="A")],
    path_b: Annotated[str, typer.Argument(help="Second article (plain text).", metavar="B")],
    model: Annotated[str | None, typer.Option(help="spaCy pipeline name or path.", metavar="NAME")] = None,
) -> int:
    """Match the claims of two articles on the same story."""
    text_a, text_b = _read_article(path_a), _read_article(path_b)
    try:
        from ..align import align as align_claims, format_alignments
    except ImportError as e:
        _note(f"this claimx has no alignment support ({e})")
        return EXIT_FAILED
    nlp = _load_nlp(model)
    claims_a, claims_b = api.extract(text_a, nlp=nlp), api.extract(text_b, nlp=nlp)
    alignments = align_claims(claims_a, claims_b)
    if alignments:
        sys.stdout.write(format_alignments(alignments).rstrip("\n") + "\n")
    _note(f"{len(alignments)} match(es) between {len(claims_a)} claim(s) in {path_a} and {len(claims_b)} in {path_b}")
    return EXIT_OK


def _run_evaluation(run: Any) -> int:
    """Report, or a message naming what to fix; a bad corpus path is a usage error."""
    try:
        report = run()
    except (InputError, FileNotFoundError) as e:
        raise _fail(str(e)) from e
    except ClaimxError as e:
        _note(f"evaluation failed: {e}")
        return EXIT_FAILED
    sys.stdout.write(report.format_table().rstrip("\n") + "\n")
    return EXIT_OK


@evaluate_app.command(
    "polnear",
    epilog="\b\nExamples:\n  claimx evaluate polnear data/polnear --split dev\n"
    "  claimx evaluate polnear data/polnear --split test --limit 50 --errors misses.jsonl",
)
def evaluate_polnear(
    path: Annotated[Path, typer.Argument(help="The PolNeAR corpus folder.", metavar="PATH")],
    split: Annotated[str, typer.Option(help="Corpus split to score: train, dev or test.")] = "dev",
    errors: Annotated[
        Path | None, typer.Option("--errors", help="Write missed and spurious claims to FILE (JSONL).", metavar="FILE")
    ] = None,
    limit: Annotated[int | None, typer.Option(min=1, help="Score only the first N documents.", metavar="N")] = None,
    model: Annotated[str | None, typer.Option(help="spaCy pipeline name or path.", metavar="NAME")] = None,
) -> int:
    """Score claim and speaker extraction against PolNeAR attributions."""
    if not path.exists():
        raise _fail(f"{path}: no such folder (point PATH at the PolNeAR corpus)")
    from ..evaluation.polnear import evaluate_polnear as run

    nlp = _load_nlp(model) if model is not None else None
    return _run_evaluation(lambda: run(path, split=split, nlp=nlp, errors_file=errors, limit=limit))


@evaluate_app.command(
    "stance",
    epilog="\b\nExamples:\n  claimx evaluate stance data/stance/gold.jsonl --errors stance_misses.jsonl",
)
def evaluate_stance(
    path: Annotated[Path, typer.Argument(help="The stance gold file or folder.", metavar="PATH")],
    polnear: Annotated[
        Path | None, typer.Option("--polnear", help="PolNeAR corpus folder, if the gold set refers to it.", metavar="PATH")
    ] = None,
    errors: Annotated[
        Path | None, typer.Option("--errors", help="Write wrong stance decisions to FILE (JSONL).", metavar="FILE")
    ] = None,
    model: Annotated[str | None, typer.Option(help="spaCy pipeline name or path.", metavar="NAME")] = None,
) -> int:
    """Score stance decisions (assertion, hedge, allegation, denial) against a gold set."""
    if not path.exists():
        raise _fail(f"{path}: no such file or folder")
    from ..evaluation.polnear import evaluate_stance as run

    nlp = _load_nlp(model) if model is not None else None
    return _run_evaluation(lambda: run(path, polnear_path=polnear, nlp=nlp, errors_file=errors))


# ---------------------------------------------------------------------------- entry point


def main(argv: list[str] | None = None) -> int:
    """Run the CLI and return its exit code (tests call this in-process).

    Args:
        argv: arguments without the program name; ``None`` reads ``sys.argv``.

    Returns:
        0 success, 1 some records failed, 2 usage error (nothing ran), 130 interrupted.
    """
    command = typer.main.get_command(app)
    args = sys.argv[1:] if argv is None else list(argv)
    try:
        result = command.main(args=args, prog_name=PROG, standalone_mode=False)
    except _NO_ARGS_IS_HELP as e:  # no arguments: the help is the answer, but the call did nothing
        e.show()
        return EXIT_USAGE
    except _ClickException as e:
        e.show()
        return EXIT_USAGE if isinstance(e, _UsageError) else e.exit_code
    except typer.Abort:
        _note("aborted")
        return EXIT_INTERRUPTED
    except BrokenPipeError:  # `claimx extract ... | head`: the reader left; not an error of ours
        try:
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
        except (OSError, ValueError, io.UnsupportedOperation):
            pass
        return EXIT_FAILED
    return result if isinstance(result, int) else EXIT_OK
