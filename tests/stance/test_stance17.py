"""claimx.extraction.stance — round 17 (issue 15): accusations without an accusation verb.

Sentences written for these tests (made-up names and places, not taken from any corpus), read
with ``classify_text`` (the rules alone on strings).
"""

from __future__ import annotations

import pytest

from claimx import Stance
from claimx.extraction.stance import classify_text


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        # a condemnation word said of a party or of a party's act is a vice label
        ("the senator's remarks about the nurses were shameful", Stance.ALLEGATION),
        ("Councillor Brebner's conduct at the hearing was disgraceful", Stance.ALLEGATION),
        ("the Dovrin mayor is despicable", Stance.ALLEGATION),
        ("the ministry's treatment of the farmers was appalling", Stance.ALLEGATION),
        # ... and of a thing, or as an extraposed "it", it accuses no one
        ("the ticket prices at the Ostrel arena are outrageous", Stance.ASSERTION),
        ("the conditions on the mountain road were appalling", Stance.ASSERTION),
        ("it was shameful to lose by six goals", Stance.ASSERTION),
        ("the Velmont army's offensive began at dawn", Stance.ASSERTION),  # "offensive" is not listed: a noun of war
        # figures of a party living off others or trading in harm
        ("the council portrayed the Varn developers as free riders", Stance.ALLEGATION),
        ("the Quill family are merchants of death", Stance.ALLEGATION),
        # acts of a party that no accusation verb marks
        ("the union leaders smeared Mayor Quill", Stance.ALLEGATION),
        ("the chairman is pimping the charity for his own ends", Stance.ALLEGATION),
        # a falsehood a party spreads or tells; said of a claim, it is the source's rejection
        ("the Ostrel mining firm has been peddling falsehoods about the river", Stance.ALLEGATION),
        ("any attempt to correct a falsehood by Mayor Quill is hopeless", Stance.ALLEGATION),
        ("that story is a falsehood", Stance.DENIAL),
        # a party's wrongdoing brought to light, the party as object; a harm suffered, a thing, a negation: no
        ("and Ms. Warden exposes him for what he is", Stance.ALLEGATION),
        ("the reporters unmasked Senator Vale", Stance.ALLEGATION),
        ("the Ostrel mine exposed its workers to asbestos dust", Stance.ASSERTION),
        ("the leak exposed the flaws in the design", Stance.ASSERTION),
        ("the paper did not expose Senator Hale", Stance.ASSERTION),
    ],
)
def test_stance17_allegations_without_accusation_verb(nlp, content, expected):
    assert classify_text(content, "said", nlp=nlp).stance == expected
