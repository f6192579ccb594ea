"""Issue 16 (reported10) on made-up sentences: plural people nouns holding a belief, content edges."""

from __future__ import annotations

import pytest

import claimx


def _claims(nlp, text: str) -> list[tuple[str | None, str]]:
    return [
        (c.speaker.mention.text if c.speaker and c.speaker.mention else None, c.text)
        for c in claimx.extract(text, nlp=nlp)
    ]


# ---------------------------------------------------------------- plural people nouns hold a belief


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        ("Traders feared that the harbour board would raise the mooring fees again.", "Traders", "that the harbour board would raise the mooring fees again"),
        ("Investors worry that the Kelso merger will collapse before the summer.", "Investors", "that the Kelso merger will collapse before the summer"),
        ("Shareholders fear that the board will sell the old brewery.", "Shareholders", "that the board will sell the old brewery"),
        ("Pensioners worry that the number 9 bus route will be cut.", "Pensioners", "that the number 9 bus route will be cut"),
        ("Motorists fear that the bridge toll will rise again in April.", "Motorists", "that the bridge toll will rise again in April"),
    ],
)
def test_plural_people_nouns_hold_a_fear_or_worry(nlp, text, speaker, content):
    assert (speaker, content) in _claims(nlp, text)


def test_a_plural_people_noun_is_a_group(nlp):
    claims = claimx.extract("Shoppers feared that the new car park charges would empty the high street.", nlp=nlp)
    assert [c.speaker.kind.value for c in claims if c.speaker] == ["group"]

