"""The small commands: ``schema``, ``render``, ``align`` and ``evaluate polnear|stance|speakers|furniture``.

Each reads its inputs, calls the library once and prints the result; the epilogs below are
the examples ``--help`` shows (registered with the commands in :mod:`claimx.cli.app`).
"""

from __future__ import annotations

import json
import sys
from enum import Enum
from pathlib import Path
from typing import Annotated, Any

import typer

from .. import api
from ..errors import ClaimxError, InputError
from ..outputs.render import render as render_html
from .common import EXIT_FAILED, EXIT_OK, STDIN, fail, load_nlp, note
from .inputs import read_article
from .outputs import SchemaKind, output_schema

__all__ = ["COMMANDS", "EVALUATE_COMMANDS", "align", "evaluate_furniture", "evaluate_polnear", "evaluate_speakers", "evaluate_stance", "render", "schema"]

SCHEMA_EPILOG = (
    "\b\nExamples:\n  claimx schema > record.schema.json         # a line of claimx extract's JSONL output\n"
    "  claimx schema error > error.schema.json    # a line of its --errors file\n"
    "  claimx schema claim > claim.schema.json    # a Claim alone (Claim.model_dump_json())"
)
RENDER_EPILOG = "\b\nExamples:\n  claimx render article.txt -o article.html\n  cat article.txt | claimx render - > article.html"
ALIGN_EPILOG = "\b\nExamples:\n  claimx align report_a.txt report_b.txt\n  claimx align report_a.txt report_b.txt --format json > pairs.jsonl"
POLNEAR_EPILOG = (
    "\b\nExamples:\n  claimx evaluate polnear data/polnear --split dev\n"
    "  claimx evaluate polnear data/polnear --split test --limit 50 --errors misses.jsonl\n"
    "  claimx evaluate polnear data/polnear --split train --articles data/folds/polnear_train_untouched.tsv"
)
STANCE_EPILOG = "\b\nExamples:\n  claimx evaluate stance data/stance/gold.jsonl --errors stance_misses.jsonl"


def schema(
    kind: Annotated[
        SchemaKind,
        typer.Argument(
            help="record: a line of 'claimx extract' JSONL output (a claim with its doc_id); "
            "error: a line of its --errors file; claim: a Claim alone.",
            case_sensitive=False,
            metavar="[KIND]",
        ),
    ] = SchemaKind.RECORD,
) -> int:
    """Print the JSON Schema of what claimx extract writes (for validation)."""
    sys.stdout.write(json.dumps(output_schema(kind), indent=2) + "\n")
    return EXIT_OK


def render(
    path: Annotated[str, typer.Argument(help="A plain-text article, or '-' for standard input.", metavar="FILE")],
    output: Annotated[
        str | None, typer.Option("--output", "-o", help="HTML file to write (default: standard output).", metavar="FILE")
    ] = None,
    model: Annotated[str | None, typer.Option(help="spaCy pipeline name or path.", metavar="NAME")] = None,
) -> int:
    """Write an article as HTML with its claims highlighted."""
    text = read_article(path)
    nlp = load_nlp(model)
    claims = api.extract(text, nlp=nlp)
    page = render_html(text, claims, page=True)
    if output is None or output == STDIN:
        sys.stdout.write(page)
        sys.stdout.flush()
        return EXIT_OK
    try:
        Path(output).write_text(page, encoding="utf-8")
    except OSError as e:
        raise fail(f"cannot write {output}: {e.strerror}") from e
    note(f"{len(claims)} claim{'s' if len(claims) != 1 else ''} highlighted in {output}")
    return EXIT_OK


class AlignFormat(str, Enum):
    TEXT = "text"
    JSON = "json"


def align(
    path_a: Annotated[str, typer.Argument(help="First article (plain text).", metavar="A")],
    path_b: Annotated[str, typer.Argument(help="Second article (plain text).", metavar="B")],
    model: Annotated[str | None, typer.Option(help="spaCy pipeline name or path.", metavar="NAME")] = None,
    fmt: Annotated[
        AlignFormat,
        typer.Option(
            "--format", "-f", help="text: side by side; json: one JSON object per matched pair (JSON Lines).", case_sensitive=False
        ),
    ] = AlignFormat.TEXT,
) -> int:
    """Match the claims of two articles on the same story."""
    text_a, text_b = read_article(path_a), read_article(path_b)
    try:
        from ..align import align as align_claims, format_alignments
    except ImportError as e:
        note(f"this claimx has no alignment support ({e})")
        return EXIT_FAILED
    nlp = load_nlp(model)
    claims_a, claims_b = api.extract(text_a, nlp=nlp), api.extract(text_b, nlp=nlp)
    alignments = align_claims(claims_a, claims_b)
    if fmt is AlignFormat.JSON:
        sys.stdout.write("".join(alignment.model_dump_json() + "\n" for alignment in alignments))
    elif alignments:
        sys.stdout.write(format_alignments(alignments).rstrip("\n") + "\n")
    note(f"{len(alignments)} match(es) between {len(claims_a)} claim(s) in {path_a} and {len(claims_b)} in {path_b}")
    return EXIT_OK


def _run_evaluation(run: Any) -> int:
    """Report, or a message naming what to fix; a bad corpus path is a usage error."""
    try:
        report = run()
    except (InputError, FileNotFoundError) as e:
        raise fail(str(e)) from e
    except ClaimxError as e:
        note(f"evaluation failed: {e}")
        return EXIT_FAILED
    sys.stdout.write(report.format_table().rstrip("\n") + "\n")
    return EXIT_OK


def evaluate_polnear(
    path: Annotated[Path, typer.Argument(help="The PolNeAR corpus folder.", metavar="PATH")],
    split: Annotated[str, typer.Option(help="Corpus split to score: train, dev or test.")] = "dev",
    errors: Annotated[
        Path | None, typer.Option("--errors", help="Write missed and spurious claims to FILE (JSONL).", metavar="FILE")
    ] = None,
    limit: Annotated[int | None, typer.Option(min=1, help="Score only the first N documents.", metavar="N")] = None,
    articles: Annotated[
        Path | None,
        typer.Option("--articles", help="Score only the articles named in FILE (one per line, first tab column; # comments).", metavar="FILE"),
    ] = None,
    model: Annotated[str | None, typer.Option(help="spaCy pipeline name or path.", metavar="NAME")] = None,
) -> int:
    """Score claim and speaker extraction against PolNeAR attributions."""
    if not path.exists():
        raise fail(f"{path}: no such folder (point PATH at the PolNeAR corpus)")
    from ..evaluation.corpus import read_article_list
    from ..evaluation.polnear import evaluate_polnear as run

    nlp = load_nlp(model) if model is not None else None
    return _run_evaluation(
        lambda: run(path, split=split, nlp=nlp, errors_file=errors, limit=limit, articles=read_article_list(articles) if articles is not None else None)
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
        raise fail(f"{path}: no such file or folder")
    from ..evaluation.polnear import evaluate_stance as run

    nlp = load_nlp(model) if model is not None else None
    return _run_evaluation(lambda: run(path, polnear_path=polnear, nlp=nlp, errors_file=errors))


# the speaker folds of a clone (issue 14); used when present and --folds is not given
DEFAULT_SPEAKER_FOLDS = "data/folds/speakers_dev.tsv"
SPEAKERS_EPILOG = (
    "\b\nExamples:\n  claimx evaluate speakers ../shared/data/speakers/polnear_dev_speakers.jsonl\n"
    "  claimx evaluate speakers GOLD --folds data/folds/speakers_dev.tsv --part heldout"
)


def evaluate_speakers(
    path: Annotated[Path, typer.Argument(help="The speaker gold JSONL (one resolved source mention a line).", metavar="PATH")],
    polnear: Annotated[
        Path | None, typer.Option("--polnear", help="PolNeAR folder; default <gold folder>/../polnear.", metavar="PATH")
    ] = None,
    folds: Annotated[
        Path | None, typer.Option("--folds", help="article<TAB>part file; each part is reported on its own.", metavar="FILE")
    ] = None,
    part: Annotated[str | None, typer.Option("--part", help="Score only this part of --folds (tuning, heldout).")] = None,
    errors: Annotated[
        Path | None,
        typer.Option("--errors", help="Write wrong and missed mentions to FILE (JSONL; tuning part only when --folds is given).", metavar="FILE"),
    ] = None,
    model: Annotated[str | None, typer.Option(help="spaCy pipeline name or path.", metavar="NAME")] = None,
) -> int:
    """Score Speaker.name and Speaker.kind against hand-resolved source mentions."""
    if not path.is_file():
        raise fail(f"{path}: no such file (point PATH at polnear_dev_speakers.jsonl)")
    if folds is None and Path(DEFAULT_SPEAKER_FOLDS).is_file():
        folds = Path(DEFAULT_SPEAKER_FOLDS)
    if part is not None and folds is None:
        raise fail("--part needs --folds FILE")
    from ..evaluation.speakers import evaluate_speakers as run

    nlp = load_nlp(model) if model is not None else None
    return _run_evaluation(lambda: run(path, polnear=polnear, folds=folds, part=part, nlp=nlp, errors_file=errors))


FURNITURE_EPILOG = (
    "\b\nExamples:\n  claimx evaluate furniture tests/data/pages\n  claimx evaluate furniture PAGES --keep-furniture --json"
)


def evaluate_furniture(
    path: Annotated[Path, typer.Argument(help="A folder of page texts with its pages.json.", metavar="PATH")],
    keep_furniture: Annotated[bool, typer.Option("--keep-furniture", help="Measure with furniture claims kept (the baseline).")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print the report as JSON.")] = False,
    model: Annotated[str | None, typer.Option(help="spaCy pipeline name or path.", metavar="NAME")] = None,
) -> int:
    """Furniture share of the claims on scraped pages, and share of the article body's claims kept."""
    if not (path / "pages.json").is_file():
        raise fail(f"{path}: no pages.json in this folder (see claimx.evaluation.furniture)")
    from ..evaluation.furniture import evaluate_pages

    nlp = load_nlp(model) if model is not None else None
    try:
        report = evaluate_pages(path, nlp=nlp, keep_furniture=keep_furniture)
    except (ValueError, FileNotFoundError, KeyError) as e:
        raise fail(f"{path}: {e}") from e
    sys.stdout.write((json.dumps(report.to_json(), indent=1) if as_json else report.summary()) + "\n")
    return EXIT_OK


# (name, function, epilog): what claimx.cli.app registers, in the order --help lists them.
COMMANDS = (("schema", schema, SCHEMA_EPILOG), ("render", render, RENDER_EPILOG), ("align", align, ALIGN_EPILOG))
EVALUATE_COMMANDS = (
    ("polnear", evaluate_polnear, POLNEAR_EPILOG),
    ("stance", evaluate_stance, STANCE_EPILOG),
    ("speakers", evaluate_speakers, SPEAKERS_EPILOG),
    ("furniture", evaluate_furniture, FURNITURE_EPILOG),
)
