"""Issue 16 (reported17) on made-up sentences: intentions reported by a verb or a noun with an
infinitive ("voted to close", "the board's decision to close")."""

from __future__ import annotations

import pytest

import claimx
from claimx.extraction.pipeline import find_claims
from claimx.lexicons import make_lexicons


def _claims(nlp, text: str) -> list[tuple[str | None, str]]:
    return [(c.speaker.mention.text if c.speaker and c.speaker.mention else None, c.text) for c in claimx.extract(text, nlp=nlp)]


# ---------------------------------------------------------------- intent verbs: "voted to", "declined to"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The city council voted to close the library branch on Elm Street.", [("The city council", "to close the library branch on Elm Street")]),
        ("The committee voted 9-4 to send the bill to the full assembly.", [("The committee", "to send the bill to the full assembly")]),
        ("The tenants' association declined to renew the lease on the old warehouse.", [("The tenants' association", "to renew the lease on the old warehouse")]),
        ("The Harlow group aims to open three clinics by next spring.", [("The Harlow group", "to open three clinics by next spring")]),
        ("Mayor Tilda Brask is bidding to become the first mayor to win four terms.", [("Mayor Tilda Brask", "to become the first mayor to win four terms")]),
        ("Two ferry operators vied to take over the island route.", [("Two ferry operators", "to take over the island route")]),
        ("The two unions prefer to settle the dispute in court.", [("The two unions", "to settle the dispute in court")]),
    ],
)
def test_intent_verb_reports_its_infinitive(nlp, text, expected):
    assert _claims(nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Stock prices declined sharply on Tuesday.",  # "decline" without an infinitive is no cue
        "Residents voted in large numbers.",
        "The harbour master declined to comment.",  # nothing was said (control_heads)
        "She offered her condolences to the family.",
    ],
)
def test_intent_verb_without_an_infinitive_reports_nothing(nlp, text):
    assert claimx.extract(text, nlp=nlp) == []


# ---------------------------------------------------------------- intent nouns: "the board's decision to"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Parents were angry about the school board's decision to close Lindley Primary.", [("the school board's", "to close Lindley Primary")]),
        ("Mayor Orla Venn unveiled a plan to widen the coast road.", [("Mayor Orla Venn", "to widen the coast road")]),
        ("The ruling followed a decision by the regulator to fine the bank.", [("the regulator", "to fine the bank")]),
        ("Maybe the council's determination to act alone cost it the election.", [("the council's", "to act alone")]),
    ],
)
def test_intent_noun_reports_its_owners_infinitive(nlp, text, expected):
    assert _claims(nlp, text) == expected
    assert all(c.rule == "attribution.intent_nouns" for c in claimx.extract(text, nlp=nlp))


@pytest.mark.parametrize(
    "text",
    [
        "Parents were angry about the decision to close Lindley Primary.",  # no owner is named
        "The guild made an effort to reach the fishermen.",  # "effort" is no intent noun
    ],
)
def test_intent_noun_without_an_owner_reports_nothing(nlp, text):
    assert claimx.extract(text, nlp=nlp) == []


def test_intent_nouns_can_be_switched_off(nlp):
    text = "Mayor Orla Venn unveiled a plan to widen the coast road."
    assert [c.rule for c in find_claims(nlp(text), make_lexicons())] == ["attribution.intent_nouns"]
    assert find_claims(nlp(text), make_lexicons(), disabled=frozenset({"attribution.intent_nouns"})) == []


# ---------------------------------------------------------------- frame verbs: "heralded X as Y"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The senator blasted the ruling as a disgrace.", [("The senator", "the ruling as a disgrace")]),
        ("The council depicted the plan as a disaster.", [("The council", "the plan as a disaster")]),
        ("Critics mocked the plan as a fantasy.", [("Critics", "the plan as a fantasy")]),
        ("Chancellor Ida Moss heralded the trade deal as a breakthrough.", [("Chancellor Ida Moss", "the trade deal as a breakthrough")]),
    ],
)
def test_frame_verb_reports_its_object_with_its_label(nlp, text, expected):
    assert _claims(nlp, text) == expected


def test_herald_without_a_label_is_no_cue(nlp):
    assert claimx.extract("The reforms heralded a new era.", nlp=nlp) == []
