"""Claims as a text table that wraps to a width: for terminals, logs and ``claimx extract --format table``.

Every cell is shown whole (issue 17.4): a long claim, speaker or document id wraps onto
further lines of its row instead of being cut (at spaces; a word longer than its column
after a hyphen, a path after a "/", else anywhere). The width is the caller's (the CLI takes ``--width``, else ``COLUMNS`` or the
terminal's); the small columns keep their widths and the claim's text takes the rest.
The CLI streams rows under a header as documents finish, so the header and the rows are
separate functions that agree on the column widths. Rows are laid out by rich (installed
with typer), imported when a table is drawn so ``import claimx`` stays light.
"""

from __future__ import annotations

import io
import re
import textwrap
from collections.abc import Iterable
from typing import Any

from ..models import Claim
from .pieces import shown_text

__all__ = ["DEFAULT_WIDTH", "MIN_WIDTH", "format_table", "table_header", "table_rows"]

DEFAULT_WIDTH = 100
MIN_WIDTH = 40  # narrower, the text column would hold a word or two per line
_GAP = 2  # spaces between columns
_FIXED = {"#": 3, "stance": 10, "form": 8}
_MIN_TEXT = 20
_ID_BREAKS = re.compile(r"(?<=[/\-_.])")  # where a document id may go on to the next line


def _layout(width: int, with_doc_id: bool) -> list[tuple[str, int]]:
    """(column, width) pairs for a table ``width`` characters wide: ids and speakers get a
    share of the width (wrapping when longer), the text the rest."""
    width = max(width, MIN_WIDTH)
    speaker = min(max(width // 6, 10), 30)
    columns = [("doc_id", min(max(width // 5, 10), 40))] if with_doc_id else []
    columns += [("#", _FIXED["#"]), ("speaker", speaker), ("stance", _FIXED["stance"]), ("form", _FIXED["form"])]
    used = sum(w + _GAP for _, w in columns)
    return [*columns, ("text", max(width - used, _MIN_TEXT))]


def _one_line(value: str) -> str:
    return " ".join(value.split())  # newlines and runs of spaces would break the layout


def _doc_id_lines(value: str, width: int) -> str:
    """A document id broken into lines of at most ``width`` after a "/", "-", "_" or "." where
    it can be (``data/samples/bridge-`` ``inspection.txt``), so a path reads whole; rich would
    cut it anywhere. The lines joined with no separator give the id back."""
    pieces: list[str] = []
    for part in _ID_BREAKS.split(value):
        pieces.extend(part[k : k + width] for k in range(0, len(part), width))
    lines: list[str] = []
    for piece in pieces:
        if lines and len(lines[-1]) + len(piece) <= width:
            lines[-1] += piece
        else:
            lines.append(piece)
    return "\n".join(lines)


def _lines(value: str, width: int) -> str:
    """``value`` wrapped at spaces, a word too long for the column after a hyphen or else
    anywhere (rich alone would cut "Castellano-Whitford" at any letter)."""
    return "\n".join(textwrap.wrap(value, width=width, break_long_words=True, break_on_hyphens=True)) or value


def table_header(*, width: int = DEFAULT_WIDTH, doc_id: bool = False) -> str:
    """The header line of :func:`table_rows` (the CLI streams rows under it)."""
    return (" " * _GAP).join(name.ljust(w) for name, w in _layout(width, doc_id)).rstrip()


def table_rows(claims: Iterable[Claim], *, width: int = DEFAULT_WIDTH, doc_id: Any = None) -> list[str]:
    """The lines of the claims' rows: [doc id,] index, speaker, stance, form and text, each
    cell wrapped within its column, so a claim takes as many lines as its longest cell needs."""
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    layout = _layout(width, doc_id is not None)
    table = Table(box=None, show_header=False, show_edge=False, pad_edge=False, padding=(0, _GAP // 2))
    for _, w in layout:
        table.add_column(width=w, min_width=w, max_width=w, overflow="fold", no_wrap=False)
    rows = 0
    for i, claim in enumerate(claims):
        cells = [str(i), claim.speaker.name if claim.speaker else "?", claim.stance.value, claim.form.value, shown_text(claim)]
        wrapped = [_doc_id_lines(_one_line(str(doc_id)), layout[0][1])] if doc_id is not None else []
        wrapped += [_lines(_one_line(cell), w) for cell, (_, w) in zip(cells, layout[-len(cells) :])]
        table.add_row(*(Text(cell) for cell in wrapped))  # Text: no markup or emoji codes read in claims
        rows += 1
    if not rows:
        return []
    total = sum(w for _, w in layout) + _GAP * (len(layout) - 1)
    out = io.StringIO()
    console = Console(
        file=out, width=total, color_system=None, force_terminal=False, force_jupyter=False, highlight=False,
        markup=False, emoji=False, soft_wrap=False, legacy_windows=False,
    )
    console.print(table)
    return [line.rstrip() for line in out.getvalue().splitlines()]


def format_table(claims: Iterable[Claim], *, width: int = DEFAULT_WIDTH) -> str:
    """A plain-text table of claims, whole, wrapped to ``width`` characters.

    >>> from claimx import Claim
    >>> print(format_table([Claim(text="No", start=1, end=3, form="direct")]))  # doctest: +NORMALIZE_WHITESPACE
    #    speaker           stance      form      text
    0    ?                 assertion   direct    No
    """
    rows = table_rows(claims, width=width)
    if not rows:
        return "(no claims)"
    return "\n".join([table_header(width=width), *rows])
