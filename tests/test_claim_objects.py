"""Issue 14 (modern16) on made-up sentences: a denial whose object is a claim noun ("rejected the
accusations") gives the content that follows it, after a colon or in a speech participle
(``attribution.claim_objects``)."""

from __future__ import annotations

import pytest

from claimx.extraction.pipeline import find_claims
from claimx.lexicons import make_lexicons


def _claims(nlp, text: str, *, disabled: frozenset[str] = frozenset()) -> list[tuple[str, str | None, str]]:
    claims = find_claims(nlp(text), make_lexicons(), disabled=disabled)
    return [(c.text, c.cue.text if c.cue else None, c.stance.value) for c in claims]


@pytest.mark.parametrize(
    ("text", "content", "cue"),
    [
        (
            "In a statement, the brewery rejected the accusations, saying it had paid every supplier on time.",
            "it had paid every supplier on time",
            "rejected",
        ),
        (
            "The landlord's lawyer, Ruth Okon, denied the charges in a letter, saying her client never entered the flat.",
            "her client never entered the flat",
            "denied",
        ),
        ("The ferry company disputed the findings, arguing that the delays had been caused by the weather.", "that the delays had been caused by the weather", "disputed"),
        ('In a statement, the bakery rejected the accusations: "We have never sold a stale loaf."', "We have never sold a stale loaf.", "rejected"),
    ],
)
def test_claim_objects_give_the_content_that_follows(nlp, text, content, cue):
    claims = _claims(nlp, text)
    assert [(c[0], c[1]) for c in claims] == [(content, cue)]
    assert claims[0][2] == "denial"


@pytest.mark.parametrize(
    "text",
    [
        "In a statement, the brewery rejected the accusations, saying it had paid every supplier on time.",
        'In a statement, the bakery rejected the accusations: "We have never sold a stale loaf."',
    ],
)
def test_claim_objects_switched_off_leave_the_noun(nlp, text):
    contents = [c[0] for c in _claims(nlp, text, disabled=frozenset({"attribution.claim_objects"}))]
    assert "the accusations" in contents


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # nothing follows the noun: it is the content
        ("The brewery denied the allegations.", "the allegations"),
        # a label after "calling", not a statement: the noun stays
        ('The brewery denied the allegations, calling them "absurd."', "the allegations"),
        # no denial: the thing mocked is a topic of its own
        ("The mayor mocked the complaint, saying anyone who complains about parking has never driven here.", "the complaint"),
    ],
)
def test_claim_objects_keep_the_noun_otherwise(nlp, text, kept):
    assert kept in [c[0] for c in _claims(nlp, text)]
