"""Tests for claimx.evaluation.resolution, the derived speaker-name yardstick.

In a file of their own so they go with the module when a speaker gold replaces it (the
report's resolution figures are tested in test_eval.py, test_eval_score_polnear_resolution).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from claimx.evaluation import GoldAttribution, PolnearArticle, read_polnear
from claimx.evaluation.resolution import expected_speaker_name

TINY = Path(__file__).resolve().parent / "data" / "polnear_tiny"


@pytest.fixture(scope="module")
def tiny() -> list[PolnearArticle]:
    return read_polnear(TINY, "dev")


def test_eval_resolution_expected_speaker_name(tiny):
    b = tiny[1]
    assert expected_speaker_name(b.gold[0], b) == ("surname", "Tom Reed")  # "Senator" dropped
    assert expected_speaker_name(b.gold[1], b) == ("pronoun", "Tom Reed")  # via the preceding "Reed"
    assert expected_speaker_name(b.gold[2], b) is None  # "Officials" is a group
    a = tiny[0]
    assert expected_speaker_name(a.gold[0], a) is None  # already a full name


@pytest.mark.parametrize(
    ("text", "source", "expected"),
    [
        ("Donald Trump spoke. Later Trump said no.", "Trump", "Donald Trump"),
        ("Gov. Ed Rendell spoke. Rendell said no.", "Rendell", "Ed Rendell"),
        ("It rained Tuesday. Ann Lee came. Lee said no.", "Lee", "Ann Lee"),
        ("Loretta E. Lynch spoke. Lynch said no.", "Lynch", "Loretta E. Lynch"),
        ("Ann Lee spoke, then Bo Lee. Lee said no.", "Lee", "Bo Lee"),  # the nearest one
        ("Some Democrats spoke. Democrats said no.", "Democrats", None),
        ("The FBI spoke. FBI said no.", "FBI", None),
        ("Lee said no.", "Lee", None),
    ],
)
def test_eval_resolution_expected_speaker_name_surnames(text, source, expected):
    start = text.rindex(source)
    gold = GoldAttribution(article="x", event="E1", content_spans=((start + len(source) + 6, len(text)),),
                           content="no.", source_spans=((start, start + len(source)),), source=source)
    article = PolnearArticle("x", text, (gold,))
    result = expected_speaker_name(gold, article)
    assert (result[1] if result else None) == expected
