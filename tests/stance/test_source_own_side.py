"""claimx.extraction.stance — the source named again in its content is its own side (issue 15).

A body in the news often speaks of itself by name or description ("the company is not corrupt,
the company said"). With the claim's source known, that subject is the source's own side, as "we"
is. Sentences written for these tests (made-up names), read with ``classify_text`` and ``extract``.
"""

from __future__ import annotations

import pytest

import claimx
from claimx import Stance
from claimx.extraction.stance import classify_text


@pytest.mark.parametrize(
    ("content", "source", "expected"),
    [
        # the same head noun: a body named by its description
        ("the company is not corrupt", "the company", Stance.DENIAL),
        ("the company is not corrupt", "a rival", Stance.ASSERTION),
        ("the company is not corrupt", None, Stance.ASSERTION),
        # a name word of the source: a surname
        ("Hale had no contact with the lobbyists", "Senator Mara Hale", Stance.DENIAL),
        ("Hale had no contact with the lobbyists", "her rival", Stance.ASSERTION),
        ("Hale had no contact with the lobbyists", None, Stance.ASSERTION),
        # the source's own side by a possessive of its name
        ("the ministry's officers are not corrupt", "the ministry", Stance.DENIAL),
        ("the ministry's officers are not corrupt", "the observers", Stance.ASSERTION),
        # a pronoun source names no one here: the pronoun rules read pronouns
        ("the company is not corrupt", "he", Stance.ASSERTION),
    ],
)
def test_stance_source_named_again_is_own_side(nlp, content, source, expected):
    assert classify_text(content, "said", source, nlp=nlp).stance == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Dellmore company is not corrupt, the company said on Monday.", Stance.DENIAL),
        ("The Dellmore company is not corrupt, a rival said on Monday.", Stance.ASSERTION),
        ("Senator Mara Hale said Hale had no contact with the lobbyists.", Stance.DENIAL),
    ],
)
def test_stance_source_named_again_in_running_text(nlp, text, expected):
    """The pipeline passes the detected source mention to the rules."""
    claims = claimx.extract(text, nlp=nlp)
    assert [c.stance for c in claims] == [expected]
