"""The small commands: ``schema``, ``render``, ``align`` and ``evaluate polnear|stance``.

Each reads its inputs, calls the library once and prints the result; the epilogs below are
the examples ``--help`` shows (registered with the commands in :mod:`claimx.cli.app`).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated, Any

import typer

from .. import api
from ..errors import ClaimxError, InputError
from ..models import Claim
from ..outputs.render import render as render_html
from .common import EXIT_FAILED, EXIT_OK, STDIN, fail, load_nlp, note
from .inputs import read_article

__all__ = ["COMMANDS", "EVALUATE_COMMANDS", "align", "evaluate_polnear", "evaluate_speakers", "evaluate_stance", "render", "schema"]

SCHEMA_EPILOG = "\b\nExamples:\n  claimx schema > claim.schema.json"
RENDER_EPILOG = "\b\nExamples:\n  claimx render article.txt -o article.html\n  cat article.txt | claimx render - > article.html"
ALIGN_EPILOG = "\b\nExamples:\n  claimx align report_a.txt report_b.txt"
POLNEAR_EPILOG = (
    "\b\nExamples:\n  claimx evaluate polnear data/polnear --split dev\n"
    "  claimx evaluate polnear data/polnear --split test --limit 50 --errors misses.jsonl\n"
    "  claimx evaluate polnear data/polnear --split train --articles data/folds/polnear_train_untouched.tsv"
)
STANCE_EPILOG = "\b\nExamples:\n  claimx evaluate stance data/stance/gold.jsonl --errors stance_misses.jsonl"


def schema() -> int:
    """Print the JSON Schema of a claim record (for validation)."""
    sys.stdout.write(json.dumps(Claim.model_json_schema(), indent=2) + "\n")
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


def align(
    path_a: Annotated[str, typer.Argument(help="First article (plain text).", metavar="A")],
    path_b: Annotated[str, typer.Argument(help="Second article (plain text).", metavar="B")],
    model: Annotated[str | None, typer.Option(help="spaCy pipeline name or path.", metavar="NAME")] = None,
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
    if alignments:
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


# (name, function, epilog): what claimx.cli.app registers, in the order --help lists them.
COMMANDS = (("schema", schema, SCHEMA_EPILOG), ("render", render, RENDER_EPILOG), ("align", align, ALIGN_EPILOG))
EVALUATE_COMMANDS = (
    ("polnear", evaluate_polnear, POLNEAR_EPILOG),
    ("stance", evaluate_stance, STANCE_EPILOG),
    ("speakers", evaluate_speakers, SPEAKERS_EPILOG),
)
