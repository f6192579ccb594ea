"""claimx.extraction.stance.hedges — a hedged need under "will"/"would" is a prediction, not a
softened demand (issue 15, round ood19). Sentences written for these tests."""

from __future__ import annotations

import pytest

import claimx
from claimx import Stance


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The treasurer said ticket prices would probably need to rise next spring.", Stance.HEDGE),
        ("The treasurer said the club will perhaps need to sell its ground.", Stance.HEDGE),
        # a softened demand with no future modal stays the source's opinion
        ("The treasurer said the club probably needs to sell its ground.", Stance.ASSERTION),
    ],
)
def test_foreseen_need_is_hedged(nlp, text, expected):
    assert [c.stance for c in claimx.extract(text, nlp=nlp)] == [expected]
