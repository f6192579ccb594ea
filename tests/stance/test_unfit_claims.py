"""claimx.extraction.stance.denials — a claim said not to fit the facts, or called flawed or
biased, is rejected (issue 15, round ood19). Sentences written for these tests."""

from __future__ import annotations

import pytest

import claimx
from claimx import Stance


def _stances(nlp, text: str) -> list[Stance]:
    return [c.stance for c in claimx.extract(text, nlp=nlp)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a claim noun as subject of a negated verb of fitting: rejected
        ("The chief constable said the inspectors' report does not reflect what happened.", Stance.DENIAL),
        ("The firm said the union's account did not match the payroll records.", Stance.DENIAL),
        # a modal, or a subject that is no claim: nothing rejected
        ("The chief constable said the report may not reflect the whole year.", Stance.HEDGE),
        ("The chief constable said the weather did not reflect the season.", Stance.ASSERTION),
        ("The designer said the curtains did not match the carpet.", Stance.ASSERTION),
        # "flawed", "biased" said of a claim reject it; said of anything else they judge it
        ("The minister said the audit report was flawed.", Stance.DENIAL),
        ("The club said the newspaper's story was biased.", Stance.DENIAL),
        ("The minister said the bridge design was flawed.", Stance.ASSERTION),
    ],
)
def test_unfit_and_flawed_claims(nlp, text, expected):
    assert _stances(nlp, text) == [expected]
