"""``claimx extract``: claims of many documents, one output record per claim, every input accounted for.

The records loop (:mod:`claimx.runtime.records`) gives each input record its claims or the
reason it failed, in order, and goes on; this command writes the claims, turns each failure
into an error record (with its id, line and reason), flushes after each document so an
interrupted run keeps its work, and with ``--resume`` skips the documents already written.
"""

from __future__ import annotations

import functools
import json
import os
import shutil
import sys
from collections.abc import Iterable, Iterator
from contextlib import ExitStack, closing
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from ..outputs.table import MIN_WIDTH
from ..runtime import records as records_loop
from ..runtime.records import Failed
from .common import EXIT_FAILED, EXIT_INTERRUPTED, EXIT_OK, STDIN, GuardedStream, fail, load_nlp, note
from .inputs import JSONL_SUFFIXES, STDIN_ID, Input, InputKind, Record, StdinFormat, as_html, check_html_reader, plan_inputs, read_input_records
from .extract_options import (
    BatchSize, ErrorsFile, Format, IdField, KeepFurniture, ModelName, OutputFile, Paths, Processes, Quiet, ReadHtml, Resume,
    StdinFormatOption, TableWidth, TextField,
)
from .outputs import OutputFormat, Writer, done_ids_csv, done_ids_jsonl

if TYPE_CHECKING:
    from spacy.language import Language

    from ..models import Claim

__all__ = ["EXTRACT_EPILOG", "extract"]

MAX_SHOWN_FAILURES = 5  # failures listed on stderr when no --errors file is given
STDOUT_NAME = "standard output"
TABLE_WIDTH = 120  # --format table's width when neither --width, $COLUMNS nor a terminal gives one


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



EXTRACT_EPILOG = """\b
Examples:
  claimx extract article.txt                      # claims as JSON Lines on stdout
  claimx extract articles/ -o claims.jsonl        # every *.txt and *.html under articles/, recursively
  claimx extract corpus.jsonl --text-field body --id-field url -o claims.csv
  claimx extract corpus.jsonl -o claims.jsonl --resume --errors failed.jsonl
  cat story.txt | claimx extract - --format table
  claimx extract data/samples/ -f table --width 160
  zcat corpus.jsonl.gz | claimx extract - --stdin-format jsonl -o claims.jsonl

\b
Each output line is one claim with its document's "doc_id" (file path, JSONL id, or
JSONL line number when the id field is missing; "<stdin>" for plain standard input).
A record that cannot be read or processed becomes an error record {"doc_id", "source",
"line", "error"} in --errors FILE. Exit status: 0 all records succeeded, 1 some
failed, 2 bad arguments or no model (nothing ran), 130 interrupted."""


def extract(
    paths: Paths,
    output: OutputFile = None,
    fmt: Format = None,
    errors: ErrorsFile = None,
    text_field: TextField = "text",
    id_field: IdField = "id",
    stdin_format: StdinFormatOption = StdinFormat.TEXT,
    resume: Resume = False,
    quiet: Quiet = False,
    n_process: Processes = 1,
    batch_size: BatchSize = 64,
    model: ModelName = None,
    keep_furniture: KeepFurniture = False,
    html: ReadHtml = False,
    width: TableWidth = None,
) -> int:
    """Extract claims from .txt or .html files, folders, JSONL files or stdin."""
    fmt = _format(fmt, output)
    to_stdout = output is None or output == STDIN
    _check_options(fmt, to_stdout=to_stdout, resume=resume)
    inputs = plan_inputs(paths, stdin_format)
    if html or any(inp.kind is InputKind.HTML for inp in inputs):
        check_html_reader()
    out_path = None if to_stdout else Path(output)  # type: ignore[arg-type]
    _check_outputs(inputs, output, out_path, errors)
    done: set[str] = set()
    appending = False
    if resume and out_path is not None and out_path.is_file() and out_path.stat().st_size > 0:
        done = (done_ids_csv if fmt is OutputFormat.CSV else done_ids_jsonl)(out_path)
        appending = out_path.stat().st_size > 0
    nlp = load_nlp(model)

    stats = _Stats()
    total = len(inputs) if all(inp.kind is InputKind.TEXT for inp in inputs) else None
    interrupted = False
    with ExitStack() as stack:
        out_stream, err_stream = _open_outputs(stack, out_path, errors, appending=appending)
        writer = Writer(out_stream, fmt, header=not appending, width=_table_width(width))
        bar = stack.enter_context(_progress(total, quiet=quiet))
        records = read_input_records(inputs, text_field, id_field)
        if html:
            records = (as_html(r) if r.source == STDIN_ID or r.source.lower().endswith(JSONL_SUFFIXES) else r for r in records)
        todo = _to_process(records, done, stats, bar)
        results = stack.enter_context(
            closing(_outcomes(todo, nlp, batch_size=batch_size, n_process=n_process, keep_furniture=keep_furniture))
        )
        try:
            for record, claims, error in results:
                _account(record, claims, error, stats=stats, writer=writer, err_stream=err_stream)
                bar.update(1)
        except KeyboardInterrupt:
            interrupted = True
    output_name = STDOUT_NAME if out_path is None else str(output)
    _summary(stats, output=output_name, errors=errors, quiet=quiet, interrupted=interrupted)
    if interrupted:
        return EXIT_INTERRUPTED
    return EXIT_FAILED if stats.failed else EXIT_OK


def _table_width(width: int | None) -> int:
    """--width, else $COLUMNS, else the terminal's width, else 120 (issue 17.4: COLUMNS was ignored in a pipe)."""
    if width is not None:
        return width
    return max(shutil.get_terminal_size((TABLE_WIDTH, 24)).columns, MIN_WIDTH)  # reads $COLUMNS first


def _check_options(fmt: OutputFormat, *, to_stdout: bool, resume: bool) -> None:
    if resume and to_stdout:
        raise fail("--resume needs an output file: add -o FILE (the file of the interrupted run)")
    if resume and fmt is OutputFormat.TABLE:
        raise fail("--resume works with --format jsonl or csv, not table")


def _check_outputs(inputs: list[Input], output: str | None, out_path: Path | None, errors: Path | None) -> None:
    """Refuse an output that would destroy an input or the other output, before any work is done.

    Every output (-o and --errors) is checked against every input and against each other
    (issue 18: ``--errors`` naming the input emptied it); a hard link or symlink counts as the same file.
    """
    outputs = [(f"-o {output}", out_path), (f"--errors {errors}", errors)]
    named = [(label, path) for label, path in outputs if path is not None]
    for label, path in named:
        if path.is_dir():
            raise fail(f"{label}: is a folder; give a file name")
        if any(inp.path is not None and inp.error is None and _same_file(inp.path, path) for inp in inputs):
            raise fail(f"{label}: is also an input; writing would destroy it")
    if len(named) == 2 and _same_file(named[0][1], named[1][1]):
        raise fail("--errors and -o name the same file; give them different names")


def _same_file(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:  # one does not exist (yet): compare where the names lead
        return a.resolve() == b.resolve()


def _open_outputs(
    stack: ExitStack, out_path: Path | None, errors: Path | None, *, appending: bool
) -> tuple[TextIO, TextIO | None]:
    """The output and error streams, each guarded so a failed write is one line, exit 74 (issue 18)."""
    try:
        out_stream: Any = GuardedStream(sys.stdout, STDOUT_NAME, to_stdout=True)
        if out_path is not None:
            out_stream = _guarded_file(stack, out_path, "a" if appending else "w", newline="")
        err_stream = _guarded_file(stack, errors, "w", newline=None) if errors is not None else None
    except OSError as e:
        raise fail(f"cannot write {e.filename}: {e.strerror}") from e
    return out_stream, err_stream


def _guarded_file(stack: ExitStack, path: Path, mode: str, *, newline: str | None) -> Any:
    stream = GuardedStream(path.open(mode, encoding="utf-8", newline=newline), str(path))
    stack.callback(stream.close)  # closing flushes: a full disk can fail here too
    return stream


def _progress(total: int | None, *, quiet: bool) -> Any:
    from tqdm import tqdm  # only the extract command draws a bar

    return tqdm(total=total, unit="doc", file=sys.stderr, disable=quiet or not sys.stderr.isatty(), dynamic_ncols=True)


def _to_process(records: Iterable[Record], done: set[str], stats: _Stats, bar: Any) -> Iterator[Record]:
    """The records still to do: those already in the output (``--resume``) are counted and skipped."""
    seen: set[str] = set()
    for record in records:
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


def _outcomes(
    records: Iterable[Record], nlp: Language, *, batch_size: int, n_process: int, keep_furniture: bool = False
) -> Iterator[tuple[Record, list[Claim] | None, str | None]]:
    """``(record, claims, error)`` for every record, in order, whatever fails.

    Unreadable records go through the loop as empty texts, so they keep their place.
    """
    pairs = (("" if record.error is not None else record.text or "", record) for record in records)
    options: dict[str, Any] = {}
    if keep_furniture:
        options["claims_of"] = functools.partial(records_loop.claims_of_doc, keep_furniture=True)
    outcomes = records_loop.iter_outcomes(nlp, pairs, batch_size=batch_size, n_process=n_process, as_tuples=True, **options)
    with closing(outcomes):  # an interrupted run stops the loop's workers now
        for outcome in outcomes:
            record: Record = outcome.context
            if record.error is not None:
                yield record, None, record.error
            elif isinstance(outcome, Failed):
                yield record, None, outcome.reason
            else:
                yield record, outcome.claims, None


def _account(
    record: Record, claims: list[Claim] | None, error: str | None, *, stats: _Stats, writer: Writer, err_stream: TextIO | None
) -> None:
    """Write one record's claims, or its error record; count it."""
    stats.read += 1
    if error is None:
        writer.write(record.doc_id, claims or [])
        stats.succeeded += 1
        stats.claims += len(claims or [])
        return
    stats.failed += 1
    if err_stream is not None:
        err_stream.write(json.dumps(record.error_record(error)) + "\n")
        err_stream.flush()
    elif len(stats.failures) < MAX_SHOWN_FAILURES:
        stats.failures.append(f"{record.where()}: {error}")


def _format(fmt: OutputFormat | None, output: str | None) -> OutputFormat:
    if fmt is not None:
        return fmt
    suffix = Path(output).suffix.lower() if output and output != STDIN else ""
    return OutputFormat.CSV if suffix == ".csv" else OutputFormat.JSONL


def _summary(stats: _Stats, *, output: str, errors: Path | None, quiet: bool, interrupted: bool) -> None:
    if quiet and not stats.failed and not interrupted:
        return
    note(
        f"read {stats.read} record{'s' if stats.read != 1 else ''}: {stats.succeeded} succeeded, {stats.failed} failed; "
        f"{stats.claims} claim{'s' if stats.claims != 1 else ''} written to {output}"
    )
    if stats.skipped:
        note(f"skipped {stats.skipped} record(s) already in {output} (--resume)")
    if stats.duplicates:
        note(
            f"{stats.duplicates} record(s) reuse an earlier doc id (first: {stats.first_duplicate!r}); "
            "give each record a unique id (--id-field) so --resume can tell them apart"
        )
    if stats.failed:
        if errors is not None:
            note(f"{stats.failed} error record(s) written to {errors}")
        else:
            note("failures:")
            for line in stats.failures:
                sys.stderr.write(f"  {line}\n")
            if stats.failed > len(stats.failures):
                sys.stderr.write(f"  ... and {stats.failed - len(stats.failures)} more\n")
            sys.stderr.write("  (save every failure as JSON Lines with --errors FILE)\n")
    if interrupted:
        hint = " --resume" if output != STDOUT_NAME else ""
        note(f"interrupted: output so far is complete per document; run the same command again with{hint} -o FILE to continue")
