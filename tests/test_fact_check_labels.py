"""Issue 14 (modern16) on made-up lines: a fact-check's field labels ("Claim:", "Verdict:",
"Rating:") are the checker's form, not speakers (``headline_labels`` kind ``fact_check``)."""

from __future__ import annotations

import pytest

import claimx


@pytest.mark.parametrize(
    "text",
    [
        "Claim: A video shows the governor dancing at a closed beach.\nVerdict: False.\nThe clip was filmed in 2015, the station said.",
        "Rating: Mostly false\nA post on Facebook said the bridge had been sold to a foreign buyer.",
    ],
)
def test_fact_check_labels_name_no_speaker(nlp, text):
    speakers = [c.speaker.mention.text if c.speaker and c.speaker.mention else None for c in claimx.extract(text, nlp=nlp)]
    assert not {"Claim", "Verdict", "Rating"} & set(speakers)
    assert speakers  # the story's own attributions are still found


def test_fact_check_labels_leave_a_speaker_label(nlp):
    """A headline's speaker label is still a source."""
    claims = claimx.extract("Fire chief: Blaze was caused by faulty wiring", nlp=nlp)
    assert [c.speaker.mention.text for c in claims] == ["Fire chief"]
