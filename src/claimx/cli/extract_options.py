"""The options of ``claimx extract``, one named type each, so the command's signature reads as a list.

Typer reads each parameter's help, metavar and checks from its ``Annotated`` type; keeping them here
leaves :mod:`claimx.cli.extract` with what the command does.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from ..outputs.table import MIN_WIDTH
from .inputs import StdinFormat
from .outputs import OutputFormat

__all__ = ["BatchSize", "ErrorsFile", "Format", "IdField", "KeepFurniture", "ModelName", "OutputFile", "Paths", "Processes", "Quiet", "ReadHtml", "Resume", "StdinFormatOption", "TableWidth", "TextField"]

Paths = Annotated[
    list[str],
    typer.Argument(
        help="Article .txt or .html files, folders (all *.txt and *.html inside, recursively), .jsonl files "
        "(one JSON object per line), or '-' for standard input.",
        metavar="PATH",
        show_default=False,
    ),
]
OutputFile = Annotated[
    str | None,
    typer.Option("--output", "-o", help="Write claims to FILE instead of standard output.", metavar="FILE"),
]
Format = Annotated[
    OutputFormat | None,
    typer.Option(
        "--format",
        "-f",
        help="Output format: jsonl (one claim per line), csv, or table (for reading). "
        "Default: csv for -o *.csv, else jsonl.",
        case_sensitive=False,
        show_default=False,
    ),
]
ErrorsFile = Annotated[
    Path | None,
    typer.Option(
        "--errors",
        help="Write one JSON line per failed record (doc_id, source, line, error) to FILE. "
        "Default: only a summary on stderr.",
        metavar="FILE",
        dir_okay=False,
    ),
]
TextField = Annotated[str, typer.Option(help="JSONL field that holds the article text.", metavar="FIELD")]
IdField = Annotated[
    str,
    typer.Option(help="JSONL field that holds the document id (missing: the line number is used).", metavar="FIELD"),
]
StdinFormatOption = Annotated[
    StdinFormat,
    typer.Option(help="What '-' reads: one plain-text article, or JSON Lines.", case_sensitive=False),
]
Resume = Annotated[
    bool,
    typer.Option(
        "--resume",
        help="Skip documents whose id is already in the -o file and append the rest "
        "(for jsonl and csv; continue an interrupted run).",
    ),
]
Quiet = Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar; no summary unless something failed.")]
Processes = Annotated[int, typer.Option(min=1, help="Worker processes (each holds its own copy of the model).", metavar="N")]
BatchSize = Annotated[int, typer.Option(min=1, help="Documents per spaCy batch.", metavar="N")]
ModelName = Annotated[
    str | None,
    typer.Option(help="spaCy pipeline name or path to use instead of the default English model.", metavar="NAME"),
]
KeepFurniture = Annotated[
    bool,
    typer.Option(
        "--keep-furniture",
        help="Also write claims found on page furniture (teasers of other stories, captions, sign-up "
        "lines); each has a 'furniture' field naming the rule. Default: left out.",
    ),
]
ReadHtml = Annotated[
    bool,
    typer.Option(
        "--html",
        help="The texts of JSONL records and stdin are HTML pages: read their article text with "
        "trafilatura (.html/.htm files always are). Needs the html extra.",
    ),
]
TableWidth = Annotated[
    int | None,
    typer.Option(
        min=MIN_WIDTH,
        help="Width of --format table in characters (default: $COLUMNS, else the terminal's, else 120); "
        "cells wrap, claims are shown whole.",
        metavar="N",
        show_default=False,
    ),
]
