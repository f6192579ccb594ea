"""Shapes of speaker round 16 (pages16, issue 14), on sentences written for these tests."""

from __future__ import annotations

import pytest

import claimx


def _names(nlp, text: str) -> list[tuple[str, str]]:
    return [(c.speaker.name, c.speaker.kind.value) for c in claimx.extract(text, nlp=nlp) if c.speaker]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the appositive name ends in a word only bodies' names end in: the description is that body
        ("The developer, Marlowe Homes, said half of the flats would be sold below market rates.", [("Marlowe Homes", "organization")]),
        ("The operator, Northway Rail, said trains would run every ten minutes.", [("Northway Rail", "organization")]),
    ],
)
def test_speakers_description_beside_a_body_name_is_that_body(nlp, text: str, expected: list[tuple[str, str]]) -> None:
    assert _names(nlp, text) == expected


def test_speakers_description_beside_a_person_name_stays_a_person(nlp) -> None:
    text = "The developer, Ruth Ambrose, said half of the flats would be sold below market rates."
    assert _names(nlp, text) == [("Ruth Ambrose", "person")]


@pytest.mark.parametrize(
    "role",
    ["keeper", "curator", "ranger", "nurse", pytest.param("warden", marks=pytest.mark.xfail(reason="the tagger reads 'warden' here as a verb (VBD)", strict=True))],
)
def test_speakers_a_workplace_role_before_a_name_makes_a_person(nlp, role: str) -> None:
    text = f"Head {role} Imogen Strand said the animals were healthy. \"We are thrilled,\" Strand said."
    assert _names(nlp, text) == [("Imogen Strand", "person"), ("Imogen Strand", "person")]
