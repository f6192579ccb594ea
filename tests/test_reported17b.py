"""Issue 16 (reported17b) on made-up sentences: topics after a preposition that are indirect
questions ("spoke about how the hall was looted"), "allude to"."""

from __future__ import annotations

import pytest

import claimx


def _claims(nlp, text: str) -> list[tuple[str | None, str]]:
    return [(c.speaker.mention.text if c.speaker and c.speaker.mention else None, c.text) for c in claimx.extract(text, nlp=nlp)]


# ---------------------------------------------------------------- indirect questions after a topic preposition


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ada Vane spoke about how the old mill had been stripped of its machines.", [("Ada Vane", "how the old mill had been stripped of its machines")]),
        ("Corin Platt wrote about whether the ferry service would survive the winter.", [("Corin Platt", "whether the ferry service would survive the winter")]),
        ("The pastor talked about what the parish should do with the empty school.", [("The pastor", "what the parish should do with the empty school")]),
        ("Nell Orme complained about how the county handled the spring floods.", [("Nell Orme", "how the county handled the spring floods")]),
    ],
)
def test_indirect_question_after_topic_preposition_is_the_topic(nlp, text, expected):
    assert _claims(nlp, text) == expected


def test_indirect_question_topic_inside_an_adverbial_clause(nlp):
    text = "As Mara Quill spoke about why the bridge had been closed, the crowd grew quiet."
    assert ("Mara Quill", "why the bridge had been closed") in _claims(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Ada Vane spoke at the library before the vote.",  # a setting, no topic
        "The children walked about the garden.",  # no cue verb
    ],
)
def test_no_topic_without_a_question_or_cue(nlp, text):
    assert _claims(nlp, text) == []


# ---------------------------------------------------------------- allude to


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Wen Hollis alluded to how the rival slate had courted younger voters.", [("Wen Hollis", "how the rival slate had courted younger voters")]),
        ("Jo Marsh alluded to the missing ledger.", [("Jo Marsh", "the missing ledger")]),
    ],
)
def test_allude_to_names_its_topic(nlp, text, expected):
    assert _claims(nlp, text) == expected
