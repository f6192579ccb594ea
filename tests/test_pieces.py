"""Pieces of one cue's content joined into one claim (issue 16), on made-up sentences."""

from __future__ import annotations

import pytest

import claimx
from claimx import Form


def _claims(nlp, text: str):
    return claimx.extract(text, nlp=nlp)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The harbour master said the pier had been repaired and that the ferry would sail on Monday.",
            "the pier had been repaired and that the ferry would sail on Monday",
        ),
        (
            "Ms. Orvell argued that the toll was too high, and that the bridge should stay open.",
            "that the toll was too high, and that the bridge should stay open",
        ),
    ],
)
def test_coordinated_clauses_of_one_cue_are_one_content(nlp, text, content):
    assert content in [c.text for c in _claims(nlp, text)]


def test_a_contrast_with_its_own_that_is_a_second_statement(nlp):
    texts = [c.text for c in _claims(nlp, "Ms. Orvell argued that the toll was too high, but that the bridge should stay open.")]
    assert "that the toll was too high" in texts
    assert "that the bridge should stay open" in texts


def test_two_quoted_fragments_of_one_cue_are_one_mixed_content(nlp):
    claims = _claims(nlp, "Mayor Tilney told residents to “stay indoors tonight” and then “check on your neighbours in the morning.”")
    joined = [c for c in claims if "stay indoors tonight" in c.text]
    assert len(joined) == 1 and "check on your neighbours" in joined[0].text
    assert joined[0].form == Form.MIXED


def test_a_cue_between_two_quotes_keeps_them_apart(nlp):
    claims = _claims(nlp, "“The roof is safe,” said the engineer, Bram Coyle. “The walls are another matter.”")
    texts = [c.text for c in claims]
    assert "The roof is safe" in texts
    assert not any("The roof is safe" in t and "walls" in t for t in texts)


def test_a_sentence_end_between_pieces_keeps_them_apart(nlp):
    claims = _claims(nlp, "The council said the library would close. And the pool would open in May, it said.")
    assert not any("library" in c.text and "pool" in c.text for c in claims)


def test_a_quote_paragraph_continuing_a_quote_shares_its_cue(nlp):
    text = (
        "“The dam will hold through the spring,” said Orla Brisk, the county engineer.\n\n"
        "“We have checked every gate twice and the pumps are running day and night.”\n"
    )
    claims = _claims(nlp, text)
    first = next(c for c in claims if c.text.startswith("The dam will hold"))
    second = next(c for c in claims if c.text.startswith("We have checked"))
    assert first.cue is not None and second.cue is not None and first.cue.start == second.cue.start


def test_a_quote_after_reported_speech_in_the_next_paragraph_keeps_no_cue(nlp):
    text = (
        "The engineer said the town had called for “an inquiry into the pumps” last year.\n\n"
        "“We have checked every gate twice and the pumps are running day and night.”\n"
    )
    claims = _claims(nlp, text)
    cues = {c.cue.start for c in claims if c.cue is not None and "checked every gate" in c.text}
    assert not cues & {c.cue.start for c in claims if c.cue is not None and "inquiry" in c.text}
