"""claimx.evaluation.speakers: the speaker-resolution scorer, on hand-made gold and claims."""

from __future__ import annotations

import json

import pytest

from claimx.models import Claim, Form, Mention, Speaker, SpeakerKind
from claimx.evaluation.speakers import GoldSpeaker, mention_type, name_matches, read_folds, report_speakers, score_speakers

TEXT = "Jane Doe said it rained. She said it stopped. A poll said no."


def claim(name: str, start: int, end: int, kind: SpeakerKind = SpeakerKind.PERSON) -> Claim:
    speaker = Speaker(name=name, mention=Mention(text=TEXT[start:end], start=start, end=end), kind=kind)
    return Claim(text="it rained", start=14, end=23, form=Form.INDIRECT, speaker=speaker)


@pytest.mark.parametrize(
    ("mention", "expected"),
    [
        ("He", "pronoun"),
        ("who", "pronoun"),
        ("Podesta", "one word"),
        ("The Post", "one word"),
        ("John Podesta", "name"),
        ("Bank of England", "name"),
        ("the newspaper", "description"),
        ("Brazile's CNN colleague, Jake Tapper,", "description"),
        ("critics", "description"),
    ],
)
def test_speaker_eval_mention_type(mention, expected):
    assert mention_type(mention) == expected


@pytest.mark.parametrize(
    ("predicted", "canonical", "mention", "ok"),
    [
        ("Donald J. Trump", "Donald Trump", "he", True),  # holds every word
        ("Mr. Trump", "Donald Trump", "Mr. Trump", False),  # a bare surname is not resolved
        ("Sen. Jane Doe", "Jane Doe", "Doe", True),  # titles are ignored
        ("jane doe.", "Jane Doe", "she", True),  # case and punctuation are ignored
        ("Jane Roe", "Jane Doe", "she", False),
        ("senior official", None, "a senior official", True),  # no invented name
        ("Jane Doe", None, "a senior official", False),  # a name the mention does not hold
        (None, "Jane Doe", "she", False),
    ],
)
def test_speaker_eval_name_matches(predicted, canonical, mention, ok):
    assert name_matches(predicted, canonical, mention) is ok


def test_speaker_eval_scores_found_names_and_kinds():
    gold = [
        GoldSpeaker("a", 0, 8, "Jane Doe", "person", "Jane Doe"),
        GoldSpeaker("a", 25, 28, "She", "person", "Jane Doe"),
        GoldSpeaker("a", 46, 52, "A poll", "other", None),
        GoldSpeaker("b", 0, 3, "She", "person", "Ann Lee"),  # article without claims: not found
    ]
    claims = {"a": [claim("Jane Doe", 0, 8), claim("Jane Roe", 25, 28), claim("poll", 46, 52, SpeakerKind.DOCUMENT)]}
    errors: list[dict] = []
    report = score_speakers(gold, claims, errors=errors)
    overall = report.cells["overall"]
    assert (overall.n, overall.found, overall.name_ok, overall.kind_ok) == (4, 3, 2, 3)
    assert report.cells["pronoun"].found == 1 and report.cells["pronoun"].name_ok == 0
    assert report.confusion["other"] == {"document": 1}
    assert sorted(e["problem"] for e in errors) == ["missed", "name"]


def test_speaker_eval_overlap_not_containment_finds_a_mention():
    gold = [GoldSpeaker("a", 0, 13, "Jane Doe said", "person", "Jane Doe")]
    report = score_speakers(gold, {"a": [claim("Jane Doe", 5, 8)]})
    assert report.cells["overall"].found == 1


def test_speaker_eval_reports_each_part_and_writes_only_tuning_errors(tmp_path):
    folds = tmp_path / "folds.tsv"
    folds.write_text("# comment\na\ttuning\nb\theldout\n", encoding="utf-8")
    parts = read_folds(folds)
    gold = [GoldSpeaker("a", 0, 3, "She", "person", "Jane Doe"), GoldSpeaker("b", 0, 3, "She", "person", "Ann Lee")]
    errors = tmp_path / "errors.jsonl"
    reports = report_speakers(gold, {}, parts=parts, errors_file=errors)
    labels = [r.label for r in reports.reports]
    assert labels[0].startswith("tuning") and "TUNING" in labels[0] and labels[1].startswith("heldout") and labels[2].startswith("all")
    rows = [json.loads(line) for line in errors.read_text(encoding="utf-8").splitlines()]
    assert [r["article"] for r in rows] == ["a"]
    assert "kind confusion" in reports.format_table()
