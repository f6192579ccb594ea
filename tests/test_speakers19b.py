"""Shapes of speaker round speakers19b (issue 14): descriptions, titles, kinds; sentences written for these tests."""

from __future__ import annotations

import claimx


def _speakers(nlp, text: str) -> list[tuple[str, str, str]]:
    return [(c.speaker.mention.text, c.speaker.name, c.speaker.kind.value) for c in claimx.extract(text, nlp=nlp) if c.speaker and c.speaker.mention]


def test_speakers_the_office_in_a_coordinated_title_is_no_speaker(nlp) -> None:
    text = "Former Secretary of State Ann Lee and Gov. Bo Ray said the deal was dead."
    assert [(n, k) for _, n, k in _speakers(nlp, text)] == [("Ann Lee and Bo Ray", "group")]


def test_speakers_two_titled_names_misparsed_as_one_still_speak_together(nlp) -> None:
    text = "Former Defense Secretary Ann Lee and Attorney General Bo Ray said the deal was dead."
    assert [(n, k) for _, n, k in _speakers(nlp, text)] == [("Ann Lee and Bo Ray", "group")]
