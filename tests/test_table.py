"""The fixed-width text table of claims (claimx.outputs.table): what terminals and the CLI show."""

from __future__ import annotations

from claimx.models import Claim, Speaker
from claimx.outputs.table import format_table, table_header, table_rows


def _claim(text: str, part: str, **extra: object) -> Claim:
    start = text.index(part)
    return Claim(text=part, start=start, end=start + len(part), form="direct", **extra)  # type: ignore[arg-type]


def test_table_format_table_is_compact() -> None:
    assert format_table([]) == "(no claims)"
    text = "“" + "long words " * 30 + "”"
    table = format_table([_claim(text, text[1:-1])], width=80)
    header, row = table.splitlines()
    assert header.split() == ["#", "speaker", "stance", "form", "text"]
    assert len(row) <= 80 and row.endswith("…")


def test_table_rows_line_up_under_the_header_with_a_doc_id() -> None:
    text = "“We will win,”\nsaid Jane Doe."
    rows = table_rows([_claim(text, "We will win,", speaker=Speaker(name="Jane Doe"))], width=100, doc_id="ap-1")
    header = table_header(width=100, doc_id=True)
    assert header.split() == ["doc_id", "#", "speaker", "stance", "form", "text"]
    (row,) = rows
    assert row.split()[:5] == ["ap-1", "0", "Jane", "Doe", "assertion"]
    assert row.index("Jane Doe") == header.index("speaker") and row.index("We will") == header.index("text")
