"""The text table of claims (claimx.outputs.table): what terminals and the CLI show, whole and wrapped."""

from __future__ import annotations

import pytest

from claimx.models import Claim, Speaker
from claimx.outputs.table import format_table, table_header, table_rows
from tables import read_table

LONG = (
    "the council would rebuild the harbour wall before the winter storms, hire two more engineers, "
    "publish every inspection report online within a week of the visit, and ask the regional "
    "government for the rest of the money if the first estimate proved too low"
)  # 245 characters


def _claim(text: str, part: str, **extra: object) -> Claim:
    start = text.index(part)
    return Claim(text=part, start=start, end=start + len(part), form="direct", **extra)  # type: ignore[arg-type]


def test_table_empty_says_so() -> None:
    assert format_table([]) == "(no claims)"
    assert table_rows([], doc_id="a") == []


@pytest.mark.parametrize("width", [80, 200])
def test_table_long_claim_is_shown_whole_within_the_width(width: int) -> None:
    assert len(LONG) > 200
    text = f"Mayor Ines Castellano-Whitford said {LONG}."
    claim = _claim(text, LONG, speaker=Speaker(name="Ines Castellano-Whitford"))
    lines = format_table([claim], width=width).splitlines()
    assert all(len(line) <= width for line in lines)
    assert len(lines) > 2 if width == 80 else len(lines) >= 2  # wrapped at 80
    (row,) = read_table(lines)
    assert row["text"] == LONG and row["speaker"] == "Ines Castellano-Whitford"


@pytest.mark.parametrize("width", [80, 200])
def test_table_long_doc_id_is_shown_whole(width: int) -> None:
    doc_id = "archive/2026/regional-news/harbour-council-votes-to-rebuild-the-sea-wall-before-winter.txt"
    text = "“We will rebuild it,” said Ines Castellano."
    rows = table_rows([_claim(text, "We will rebuild it,")], width=width, doc_id=doc_id)
    lines = [table_header(width=width, doc_id=True), *rows]
    assert all(len(line) <= width for line in lines)
    (row,) = read_table(lines)
    assert row["doc_id"] == doc_id and row["text"] == "We will rebuild it,"


def test_table_rows_line_up_under_the_header_with_a_doc_id() -> None:
    text = "“We will win,”\nsaid Jane Doe."
    rows = table_rows([_claim(text, "We will win,", speaker=Speaker(name="Jane Doe"))], width=100, doc_id="ap-1")
    header = table_header(width=100, doc_id=True)
    assert header.split() == ["doc_id", "#", "speaker", "stance", "form", "text"]
    (row,) = rows
    assert row.split()[:5] == ["ap-1", "0", "Jane", "Doe", "assertion"]
    assert row.index("Jane Doe") == header.index("speaker") and row.index("We will") == header.index("text")


def test_table_text_column_grows_with_the_width() -> None:
    narrow, wide = (table_header(width=w, doc_id=True) for w in (80, 200))
    assert wide.index("text") > narrow.index("text")  # ids and speakers get more room too
    claim = _claim(f"Jo said {LONG}.", LONG)
    assert len(table_rows([claim], width=200)) < len(table_rows([claim], width=80))


def test_table_reads_no_markup_in_claims() -> None:
    part = "[bold]not bold[/bold] :thumbs_up: \\[x]"
    (line,) = table_rows([_claim(f"“{part}”", part)], width=120)
    assert line.endswith(part)


def test_table_line_breaks_in_a_claim_become_spaces() -> None:
    text = "“We will\nwin,” she said."
    (line,) = table_rows([_claim(text, "We will\nwin,")], width=100)
    assert line.endswith("We will win,")
