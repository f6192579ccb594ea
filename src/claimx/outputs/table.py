"""Claims as compact fixed-width text: one line each, for terminals, logs and ``claimx extract --format table``.

The CLI streams rows under a header as documents finish, so the header and the rows
are separate functions that agree on the column widths.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from ..models import Claim

__all__ = ["format_table", "table_header", "table_rows"]

_TABLE_WIDTHS = {"doc_id": 14, "#": 3, "speaker": 22, "stance": 10, "form": 8}


def _cell(value: str, width: int) -> str:
    value = " ".join(value.split())  # newlines and runs of spaces would break the row
    return value if len(value) <= width else value[: max(width - 1, 0)] + "…"


def _text_width(width: int, with_doc_id: bool) -> int:
    fixed = sum(w + 2 for k, w in _TABLE_WIDTHS.items() if with_doc_id or k != "doc_id")
    return max(width - fixed, 20)


def table_header(*, width: int = 100, doc_id: bool = False) -> str:
    """The header line of :func:`table_rows` (the CLI streams rows under it)."""
    cells = [("doc_id", _TABLE_WIDTHS["doc_id"])] if doc_id else []
    cells += [(k, _TABLE_WIDTHS[k]) for k in ("#", "speaker", "stance", "form")]
    cells.append(("text", _text_width(width, doc_id)))
    return "  ".join(name.ljust(w) for name, w in cells).rstrip()


def table_rows(claims: Iterable[Claim], *, width: int = 100, doc_id: Any = None) -> list[str]:
    """One fixed-width line per claim: [doc id,] index, speaker, stance, form, text (cut to fit)."""
    text_width = _text_width(width, doc_id is not None)
    lines = []
    for i, claim in enumerate(claims):
        cells = [(str(doc_id), _TABLE_WIDTHS["doc_id"])] if doc_id is not None else []
        cells += [
            (str(i), _TABLE_WIDTHS["#"]),
            (claim.speaker.name if claim.speaker else "?", _TABLE_WIDTHS["speaker"]),
            (claim.stance.value, _TABLE_WIDTHS["stance"]),
            (claim.form.value, _TABLE_WIDTHS["form"]),
            (claim.text, text_width),
        ]
        lines.append("  ".join(_cell(v, w).ljust(w) for v, w in cells).rstrip())
    return lines


def format_table(claims: Iterable[Claim], *, width: int = 100) -> str:
    """A compact plain-text table of claims, one line each, for terminals and logs.

    >>> from claimx import Claim
    >>> print(format_table([Claim(text="No", start=1, end=3, form="direct")]))  # doctest: +NORMALIZE_WHITESPACE
    #    speaker                 stance      form      text
    0    ?                       assertion   direct    No
    """
    rows = table_rows(claims, width=width)
    if not rows:
        return "(no claims)"
    return "\n".join([table_header(width=width), *rows])
