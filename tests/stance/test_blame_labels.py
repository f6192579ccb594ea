"""claimx.extraction.stance — blame by label: pejorative person-nouns, figures of dependence and
blame predicates said of a party (issue 15, stance13).

Sentences written for these tests (made-up names and places, not taken from any corpus), read
with ``classify_text`` (the rules alone on strings). Judgements of competence or fitness stay
assertions: the stance guideline does not count them as allegations.
"""

from __future__ import annotations

import pytest

from claimx import Stance
from claimx.extraction.stance import classify_text


@pytest.mark.parametrize(
    ("content", "cue", "expected"),
    [
        # a vice label predicated of a party: subject + copula, "called X a ...", "cast X as ..."
        ("Councillor Brandt is a swindler", "said", Stance.ALLEGATION),
        ("the senator is a turncoat and a coward", "said", Stance.ALLEGATION),
        ("Hollis a coward", "called", Stance.ALLEGATION),
        ("Mayor Dunne as a charlatan", "described", Stance.ALLEGATION),
        ("Ms. Orvik is deceitful", "said", Stance.ALLEGATION),
        ("Mr. Pratt behaved disgracefully", "said", Stance.ALLEGATION),
        # a figure of dependence or menace said of a named party
        ("the regulator is a pawn of the banks", "said", Stance.ALLEGATION),
        ("Mr. Kerr is a snake", "said", Stance.ALLEGATION),
        ("the commissioner is a mouthpiece for the developers", "said", Stance.ALLEGATION),
        # the same figures of a thing or in their literal sense: no one accused
        ("the chess player sacrificed a pawn early", "said", Stance.ASSERTION),
        ("a snake was found in the garden shed", "said", Stance.ASSERTION),
        ("the monster in the film frightened the children", "said", Stance.ASSERTION),
        # competence and fitness are judgements, not allegations (the guideline)
        ("the minister is incompetent", "said", Stance.ASSERTION),
        ("Director Vance is not fit to lead the agency", "said", Stance.ASSERTION),
    ],
)
def test_blame_by_label(nlp, content, cue, expected):
    assert classify_text(content, cue, nlp=nlp).stance == expected


@pytest.mark.parametrize(
    ("content", "cue", "expected"),
    [
        # a blame predicate whose clause's subject is a party
        ("the governor was at fault", "said", Stance.ALLEGATION),
        ("Senator Reyes is in the pocket of the oil companies", "said", Stance.ALLEGATION),
        ("the council is beholden to the developers", "said", Stance.ALLEGATION),
        ("Gorman has blood on his hands", "said", Stance.ALLEGATION),
        ("Senator Lutz was bought and paid for by the lobby", "said", Stance.ALLEGATION),
        ("the mayor is complicit in the scheme", "said", Stance.ALLEGATION),
        # said of a thing, or with no party: no one blamed
        ("a faulty sensor was at fault", "said", Stance.ASSERTION),
        ("the storm, not the crew, was at fault", "said", Stance.ASSERTION),
        ("the old bridge is beholden to the river's moods", "said", Stance.ASSERTION),
        ("nobody is to blame for the weather", "said", Stance.ASSERTION),
    ],
)
def test_blame_predicates(nlp, content, cue, expected):
    assert classify_text(content, cue, nlp=nlp).stance == expected
