"""claimx.extraction.stance — a claim dismissed with a label ("called the suit a stunt"), through
``claimx.extract`` on sentences written for these tests (issue 15, lead)."""

from __future__ import annotations

import pytest

import claimx
from claimx import Stance


def _stances(nlp, text: str) -> list[Stance]:
    return [c.stance for c in claimx.extract(text, nlp=nlp)]


@pytest.mark.parametrize(
    "text",
    [
        # the label in quotation marks: the parse makes it the object's appositive
        "The governor's office called the suit \u201ca political stunt.\u201d",
        'The governor\'s office called the suit "a political stunt."',
        # legal documents are claims too; the sham / frivolous / defamatory labels reject them
        "The company said the complaint was frivolous.",
        "Her lawyer called the indictment a sham.",
        "The club said the allegations were defamatory.",
    ],
)
def test_stance_dismissive_label_of_a_claim_is_a_denial(nlp, text):
    assert _stances(nlp, text) == [Stance.DENIAL]


@pytest.mark.parametrize(
    "text",
    [
        "The band said the festival was a sham.",  # said of an event, not of a claim
        "The firm hired the lawyer, a former judge, last year, its chairman said.",  # an appositive, no label
    ],
)
def test_stance_label_of_no_claim_is_no_denial(nlp, text):
    assert Stance.DENIAL not in _stances(nlp, text)
