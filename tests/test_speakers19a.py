"""Pronoun and surname shapes of round speakers19a (issue 14), on sentences written for these tests."""

from __future__ import annotations

import claimx


def _speakers(nlp, text: str) -> list[tuple[str, str, str]]:
    return [(c.speaker.mention.text, c.speaker.name, c.speaker.kind.value) for c in claimx.extract(text, nlp=nlp) if c.speaker and c.speaker.mention]


def test_speakers_a_name_in_a_fronted_if_clause_the_cue_interrupts_is_not_the_pronoun(nlp) -> None:
    text = "Governor Dana Crill spoke on Tuesday.\n\nIf Ray Dunmore wins, he said, the state will suffer."
    assert [n for m, n, _ in _speakers(nlp, text) if m == "he"] == ["Dana Crill"]


def test_speakers_a_name_in_a_fronted_after_clause_the_cue_interrupts_is_not_the_pronoun(nlp) -> None:
    text = "Mayor Lena Ross spoke on Friday.\n\nAfter Tom Brack lost the race, she said, the party split."
    assert [n for m, n, _ in _speakers(nlp, text) if m == "she"] == ["Lena Ross"]

