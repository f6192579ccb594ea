"""Shapes of speaker round 15b (issue 14), on sentences written for these tests."""

from __future__ import annotations

import claimx


def _speakers(nlp, text: str) -> list[tuple[str, str, str]]:
    return [(c.speaker.mention.text, c.speaker.name, c.speaker.kind.value) for c in claimx.extract(text, nlp=nlp) if c.speaker and c.speaker.mention]


def test_speakers_an_untagged_name_with_a_personal_role_beside_it_is_a_person(nlp) -> None:
    text = "Tunde Bakare, the club's chairman, said the board would meet on Friday. Mr Bakare added that fans deserved better."
    assert _speakers(nlp, text) == [("Tunde Bakare", "Tunde Bakare", "person"), ("Mr Bakare", "Tunde Bakare", "person")]
