"""Issue 14 (modern16) on made-up sentences: "The mayor of Port Allen, Curtis Bell," names the
mayor, though the parse hangs the name on the place after "of" (``roles.role_over_named_object``)."""

from __future__ import annotations

import pytest

import claimx


def _names(nlp, text: str) -> list[str | None]:
    return [c.speaker.name if c.speaker else None for c in claimx.extract(text, nlp=nlp)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The mayor of Port Allen, Curtis Bell, said that about 20,000 homes had lost power.", "Curtis Bell"),
        ("The mayor of Port Allen, Sofia Reyes, said that the shelters were full.", "Sofia Reyes"),
    ],
)
def test_speakers_role_of_a_named_place_takes_the_name_after_it(nlp, text, name):
    assert _names(nlp, text) == [name]

