"""The ``claimx`` command: extract claims from files in bulk, render one article, evaluate.

The CLI is thin over the library. This module builds the typer app from the commands of
:mod:`.extract` and :mod:`.commands` and runs it: :func:`main` returns the exit code.

Exit codes: 0 every record succeeded; 1 some records failed (the others are in the
output); 2 nothing ran (bad arguments, missing input, no model); 74 an output could not
be written (a full disk); 130 interrupted.
"""

from __future__ import annotations

import sys

import typer

from .commands import COMMANDS, EVALUATE_COMMANDS
from .common import (
    EXIT_FAILED, EXIT_INTERRUPTED, EXIT_OK, EXIT_USAGE, EXIT_WRITE, NO_ARGS_IS_HELP, PROG, ClickException, UsageError,
    is_write_error, note, silence_stdout,
)
from .extract import EXTRACT_EPILOG, extract

__all__ = ["app", "main"]

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


def _show_version(value: bool) -> None:
    if value:
        from .. import __version__

        sys.stdout.write(f"{PROG} {__version__}\n")
        raise typer.Exit()


@app.callback()
def _root(
    version: bool = typer.Option(False, "--version", callback=_show_version, is_eager=True, help="Show the version and exit."),
) -> None:
    """Extract attributed claims (who said what, how, with what stance) from news text."""


app.command("extract", epilog=EXTRACT_EPILOG, no_args_is_help=True)(extract)
for _name, _command, _epilog in COMMANDS:
    app.command(_name, epilog=_epilog)(_command)
app.add_typer(evaluate_app, name="evaluate")
for _name, _command, _epilog in EVALUATE_COMMANDS:
    evaluate_app.command(_name, epilog=_epilog)(_command)


def main(argv: list[str] | None = None) -> int:
    """Run the CLI and return its exit code (tests call this in-process).

    Args:
        argv: arguments without the program name; ``None`` reads ``sys.argv``.

    Returns:
        0 success, 1 some records failed, 2 usage error (nothing ran), 74 output not written, 130 interrupted.
    """
    command = typer.main.get_command(app)
    args = sys.argv[1:] if argv is None else list(argv)
    try:
        result = command.main(args=args, prog_name=PROG, standalone_mode=False)
        sys.stdout.flush()  # now, so a full disk is reported here and not by the interpreter at exit
    except NO_ARGS_IS_HELP as e:  # no arguments: the help is the answer, but the call did nothing
        e.show()
        return EXIT_USAGE
    except ClickException as e:
        e.show()
        if getattr(e, "to_stdout", False):
            silence_stdout()
        return EXIT_USAGE if isinstance(e, UsageError) else e.exit_code
    except typer.Abort:
        note("aborted")
        return EXIT_INTERRUPTED
    except BrokenPipeError:  # `claimx extract ... | head`: the reader left; not an error of ours
        silence_stdout()
        return EXIT_FAILED
    except OSError as e:  # any command's stdout on a full disk (issue 18): one line, no traceback
        if not is_write_error(e):
            raise
        note(f"cannot write the output: {e.strerror or e}; it is incomplete")
        silence_stdout()
        return EXIT_WRITE
    return result if isinstance(result, int) else EXIT_OK
