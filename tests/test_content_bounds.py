"""Issue 16 (bounds12) on made-up sentences: where a found content begins and ends."""

from __future__ import annotations

import pytest

import claimx


def _claims(nlp, text: str) -> list[tuple[str | None, str]]:
    return [(c.cue.text if c.cue else None, c.text) for c in claimx.extract(text, nlp=nlp)]


# ---------------------------------------------------------------- a doubled-apostrophe quotation opens a sentence

ARCHIVE_QUOTES = [
    (
        "The mayor came to the harbour master's aid. ''She has the steadiest hand I know, and I trust her,'' the mayor told reporters.",
        [("told", "She has the steadiest hand I know, and I trust her")],
    ),
    (
        "Costly? The treasurer does not agree. ''I never question what families spend on holidays,'' he said. ''But most of them wish they had saved more.''",
        [("said", "I never question what families spend on holidays"), ("said", "But most of them wish they had saved more.")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), ARCHIVE_QUOTES)
def test_paragraphs_doubled_apostrophe_after_a_period_starts_a_sentence(nlp, text, expected):
    assert _claims(nlp, text) == expected


def test_paragraphs_doubled_apostrophe_sentence_split(nlp):
    doc = nlp("The board met at noon. ''We will sell the depot,'' the chair said.")
    assert [s.text for s in doc.sents] == ["The board met at noon.", "''We will sell the depot,'' the chair said."]


def test_paragraphs_closing_mark_after_a_period_starts_nothing(nlp):
    doc = nlp("''We will sell the depot.'' The chair said so twice.")
    assert not any(t.text == "''" and t.is_sent_start for t in doc[1:])
