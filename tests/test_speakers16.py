"""Shapes of speaker round 16 (issue 14), on sentences written for these tests."""

from __future__ import annotations

import claimx


def _speakers(nlp, text: str) -> list[tuple[str, str, str]]:
    return [(c.speaker.mention.text, c.speaker.name, c.speaker.kind.value) for c in claimx.extract(text, nlp=nlp) if c.speaker and c.speaker.mention]


def test_speakers_a_person_noun_without_a_role_is_an_unnamed_person(nlp) -> None:
    text = "One person familiar with the bids said the port deal would close in March."
    assert [(m, k) for m, _, k in _speakers(nlp, text)] == [("One person familiar with the bids", "anonymous")]


def test_speakers_the_head_of_a_body_is_an_unnamed_person(nlp) -> None:
    text = "The deputy head of the Ruritanian mission said the fishing talks had stalled."
    assert [k for _, _, k in _speakers(nlp, text)] == ["anonymous"]


def test_speakers_a_quantifier_with_a_phrase_after_it_is_a_group(nlp) -> None:
    text = "The council approved the bridge levy last week. But few on either side of the vote believe the bridge will open by 2030."
    assert [(m, k) for m, _, k in _speakers(nlp, text)] == [("few on either side of the vote", "group")]


def test_speakers_a_side_of_talks_is_a_group(nlp) -> None:
    text = "The two leaders met for an hour on Tuesday. Neither side said whether the tariff dispute came up."
    assert [k for _, _, k in _speakers(nlp, text)] == ["group"]


def test_speakers_the_first_of_two_surnames_is_the_full_name(nlp) -> None:
    text = (
        "The harbour board is led by Marisol Quintero Vidal, a former banker. "
        "Ms. Quintero said the board would sell two cranes. She added that the sale would close in May."
    )
    assert [n for _, n, _ in _speakers(nlp, text)] == ["Marisol Quintero Vidal", "Marisol Quintero Vidal"]


def test_speakers_a_middle_initial_is_no_first_surname(nlp) -> None:
    text = "Harold T. Brandwell chairs the board. T. said the cranes would be sold."
    assert "Harold T. Brandwell" not in [n for _, n, _ in _speakers(nlp, text)]


def test_speakers_which_after_a_body_named_in_a_persons_role_is_the_body(nlp) -> None:
    text = "“The rents are too high,” said Dara Quill, director of the Eastport Tenants Union, which says it will sue the city."
    assert [(n, k) for m, n, k in _speakers(nlp, text) if m == "which"] == [("Eastport Tenants Union", "organization")]
