"""claimx.text.quotes: quotation pieces as character offsets, from raw text alone."""

from __future__ import annotations

import pytest

from claimx.text.quotes import Quote, scan_quotes


def _inner(text: str) -> list[str]:
    return [text[q.inner_start : q.inner_end] for q in scan_quotes(text)]


def _assert_sane(text: str, quotes: list[Quote]) -> None:
    for q in quotes:
        assert 0 <= q.start <= q.inner_start <= q.inner_end <= q.end <= len(text), q
        assert q.inner_end > q.inner_start, q
        inner = text[q.inner_start : q.inner_end]
        assert inner == inner.strip(), q
    assert [q.start for q in quotes] == sorted(q.start for q in quotes)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The inspector said “the wiring failed” after the fire.", ["the wiring failed"]),
        ('The inspector said "the wiring failed" after the fire.', ["the wiring failed"]),
        ("“We are open,” the baker said, “and we are hiring.”", ["We are open,", "and we are hiring."]),
        ('"We are open," the baker said, "and we are hiring."', ["We are open,", "and we are hiring."]),
        ("The inspector said ''the wiring failed'' after the fire.", ["the wiring failed"]),
        ("''Nobody told us,'' the tenant said.", ["Nobody told us,"]),
        ("The inspector found no fault with the wiring.", []),
    ],
)
def test_scan_double_marks(text, expected):
    assert _inner(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Governor: 'We will not raise taxes' this year", ["We will not raise taxes"]),
        ("Coach Harlan: 'This squad can win it all'", ["This squad can win it all"]),
        ("‘The mine is safe,’ the owner said.", ["The mine is safe,"]),
        ("The owner called the mine 'perfectly safe', reporters said.", ["perfectly safe"]),
    ],
)
def test_scan_single_marks(text, expected):
    quotes = scan_quotes(text)
    assert _inner(text) == expected
    assert all(q.single for q in quotes)


@pytest.mark.parametrize(
    "text",
    [
        "We don't know what the council wants.",
        "The Republicans' bill and the Democrats' bill both failed.",
        "The farmers' union met the ministers' aides on Tuesday.",
        "It's the '90s all over again for the band.",
        "She didn't say it wasn't the contractors' fault.",
        "O'Neill said the Smiths' dog barked at the O'Briens' cat.",
    ],
)
def test_scan_apostrophes_are_not_marks(text):
    assert scan_quotes(text) == []


def test_scan_quote_running_over_paragraphs_shares_group():
    text = "“The levee held through the night.\n“By morning the water had dropped,” the engineer said."
    quotes = scan_quotes(text)
    assert _inner(text) == ["The levee held through the night.", "By morning the water had dropped,"]
    assert quotes[0].group == quotes[1].group
    assert quotes[0].closed is False
    assert quotes[1].closed is True
    assert quotes[0].end <= text.index("\n")


def test_scan_quote_running_over_blank_line_shares_group():
    text = "“The levee held through the night.\n\n“By morning the water had dropped,” the engineer said."
    quotes = scan_quotes(text)
    assert len(quotes) == 2
    assert quotes[0].group == quotes[1].group


@pytest.mark.parametrize(
    "text",
    [
        "“The levee held.”\n“By morning the water had dropped.”",  # each paragraph closes its own quote
        "“The levee held.\nThe engineer left at noon.\n“By morning the water had dropped.”",  # not the next paragraph's first char
    ],
)
def test_scan_closed_or_interrupted_quotes_get_new_groups(text):
    quotes = scan_quotes(text)
    assert len(quotes) == 2
    assert quotes[0].group != quotes[1].group


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("“The levee held through the night\nThe engineer left at noon.", ["The levee held through the night"]),
        ("The engineer left ” at noon.", []),
        ("“One “two” three", ["One", "two"]),
        ('He said "yes', ["yes"]),
        ('"', []),
        ('""', []),
        ("“", []),
        ("”“", []),
        ("''", []),
        ("'", []),
        ("“ ”", []),
        ("\n\n“\n”\n", []),
    ],
)
def test_scan_unbalanced_marks_do_not_crash(text, expected):
    quotes = scan_quotes(text)
    _assert_sane(text, quotes)
    assert _inner(text) == expected


def test_scan_unclosed_quote_ends_at_paragraph_end():
    text = "“The levee held through the night\nThe engineer left at noon."
    (quote,) = scan_quotes(text)
    assert quote.closed is False
    assert quote.end == text.index("\n")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("«Nous resterons ici», a déclaré le maire.", ["Nous resterons ici"]),
        ("The mayor said «we are staying» on Friday.", ["we are staying"]),
        ("Der Bürgermeister sagte: „Wir bleiben hier”.", ["Wir bleiben hier"]),
    ],
)
def test_scan_guillemets_and_low_marks(text, expected):
    assert _inner(text) == expected
    assert all(q.closed for q in scan_quotes(text))


def test_scan_german_low_high_pair():
    text = "Der Bürgermeister sagte: „Wir bleiben hier“. Dann ging er."
    quotes = scan_quotes(text)
    assert _inner(text) == ["Wir bleiben hier"]
    assert quotes[0].closed


def test_scan_offsets_include_marks_and_inner_excludes_them():
    text = "The baker said “we are hiring” today."
    (quote,) = scan_quotes(text)
    assert text[quote.start : quote.end] == "“we are hiring”"
    assert quote.inner_span == (quote.inner_start, quote.inner_end)
    assert text[slice(*quote.inner_span)] == "we are hiring"


def test_scan_empty_text():
    assert scan_quotes("") == []
