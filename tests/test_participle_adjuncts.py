"""A subjectless participle adjunct ("after admitting ...") is said by the subject of the clause it
hangs from, whatever that clause's voice: "The firm was fined after admitting it misled customers"."""

from __future__ import annotations

import pytest

import claimx


def _speakers(nlp, text: str) -> dict[str, str | None]:
    return {c.cue.text: (c.speaker.mention.text if c.speaker and c.speaker.mention else None) for c in claimx.extract(text, nlp=nlp) if c.cue}


@pytest.mark.parametrize(
    ("text", "cue", "speaker"),
    [
        ("A bus operator has been fined after admitting it ran unsafe vehicles for a year.", "admitting", "A bus operator"),
        ("The goalkeeper was banned for three games after claiming the referee had been bribed.", "claiming", "The goalkeeper"),
    ],
)
def test_a_passive_clause_subject_says_the_participle_adjunct(nlp, text: str, cue: str, speaker: str) -> None:
    assert _speakers(nlp, text)[cue] == speaker


def test_the_passive_agent_is_not_the_adjunct_speaker(nlp) -> None:
    speakers = _speakers(nlp, "The bank was fined by regulators after admitting it had misled savers.")
    assert speakers["admitting"] == "The bank"


def test_an_adjunct_with_its_own_subject_keeps_it(nlp) -> None:
    speakers = _speakers(nlp, "The bank was fined after its chief executive admitted it had misled savers.")
    assert speakers["admitted"] == "its chief executive"
