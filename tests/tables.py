"""Read a table of claimx.outputs.table back into its cells, to check that nothing was cut."""

from __future__ import annotations

import re



def _join(name: str, parts: list[str]) -> str:
    """A wrapped cell's lines joined back: a document id is broken inside words, other cells
    at spaces or after a hyphen."""
    if name == "doc_id":
        return "".join(parts)
    out = ""
    for part in parts:
        out += part if not out or out.endswith("-") else " " + part
    return out


def read_table(lines: list[str]) -> list[dict[str, str]]:
    """The rows of a table given as its lines, header first: each cell's lines joined back.

    Columns are where the header's names start; a row starts on a line whose "#" cell is filled.
    """
    header, *body = lines
    starts = [(m.group(), m.start()) for m in re.finditer(r"\S+", header)]
    bounds = [(name, lo, starts[k + 1][1] if k + 1 < len(starts) else None) for k, (name, lo) in enumerate(starts)]
    rows: list[dict[str, list[str]]] = []
    for line in body:
        cells = {name: line[lo:hi].strip() for name, lo, hi in bounds}
        if cells["#"]:
            rows.append({name: [] for name, _, _ in bounds})
        for name, value in cells.items():
            if value:
                rows[-1][name].append(value)
    return [{name: _join(name, parts) for name, parts in row.items()} for row in rows]
