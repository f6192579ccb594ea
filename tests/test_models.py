"""claimx.models: frozen pydantic types that round-trip through JSON and check their offsets."""

from __future__ import annotations

import json

import pydantic
import pytest

import claimx
from claimx import Claim, Form, Mention, Speaker, SpeakerKind, Stance

SOURCE = "“The dam is safe,” engineer Rosa Lind said, denying the rumours."


def _claim(**changes) -> Claim:
    values = dict(
        text="The dam is safe",
        start=1,
        end=16,
        form=Form.DIRECT,
        speaker=Speaker(
            name="Rosa Lind",
            mention=Mention(text="engineer Rosa Lind", start=19, end=37),
            kind=SpeakerKind.PERSON,
            title="engineer",
        ),
        cue=Mention(text="said", start=38, end=42),
        stance=Stance.DENIAL,
        hedge_cues=("may",),
        evidence=("deny",),
        target=Mention(text="the rumours", start=52, end=63),
        confidence=0.9,
        sent_start=0,
        sent_end=len(SOURCE),
    )
    values.update(changes)
    return Claim(**values)


def test_models_fixture_points_into_source():
    claim = _claim()
    assert SOURCE[claim.start : claim.end] == claim.text
    assert SOURCE[claim.cue.start : claim.cue.end] == claim.cue.text
    assert SOURCE[claim.target.start : claim.target.end] == claim.target.text
    assert SOURCE[claim.speaker.mention.start : claim.speaker.mention.end] == claim.speaker.mention.text


@pytest.mark.parametrize(
    "claim",
    [
        _claim(),
        _claim(speaker=None, cue=None, target=None, hedge_cues=(), evidence=()),
        _claim(speaker=Speaker(name="Rosa Lind"), stance=Stance.HEDGE, form=Form.MIXED),
    ],
)
def test_models_json_round_trip(claim):
    assert Claim.model_validate_json(claim.model_dump_json()) == claim
    assert Claim.model_validate(claim.model_dump(mode="json")) == claim


def test_models_json_round_trip_of_extracted_claims(nlp):
    claims = claimx.extract(SOURCE + "\n\nThe union accused the company of cutting wages.", nlp=nlp)
    assert claims
    for claim in claims:
        assert Claim.model_validate_json(claim.model_dump_json()) == claim


def test_models_enums_serialise_as_values():
    data = _claim().model_dump(mode="json")
    assert (data["form"], data["stance"], data["speaker"]["kind"]) == ("direct", "denial", "person")
    assert str(Stance.ALLEGATION) == "allegation" and str(Form.MIXED) == "mixed" and str(SpeakerKind.GROUP) == "group"


def test_models_offsets_checked_against_source():
    claim = _claim()
    assert Claim.model_validate(claim.model_dump(), context={"source": SOURCE}) == claim
    assert Claim.model_validate_json(claim.model_dump_json(), context={"source": SOURCE}) == claim


@pytest.mark.parametrize(
    "changes",
    [
        {"start": 0, "end": 15},  # right length, wrong place
        {"text": "The dam is SAFE"},  # right place, wrong words
        {"cue": {"text": "said", "start": 37, "end": 41}},  # a nested mention out of place
        {"target": {"text": "the rumours", "start": 51, "end": 62}},
    ],
)
def test_models_wrong_offsets_rejected_with_source(changes):
    data = _claim().model_dump()
    data.update(changes)
    Claim.model_validate(data)  # without a source only the shape is checked
    with pytest.raises(pydantic.ValidationError):
        Claim.model_validate(data, context={"source": SOURCE})


@pytest.mark.parametrize(
    "changes",
    [
        {"start": 5, "end": 1},  # end before start
        {"end": 17},  # span length differs from the text's
        {"start": -1, "end": 14},
        {"confidence": 1.5},
        {"confidence": -0.1},
        {"stance": "rumour"},
        {"form": "paraphrase"},
        {"colour": "red"},  # extra fields are forbidden
    ],
)
def test_models_invalid_values_rejected(changes):
    data = _claim().model_dump()
    data.update(changes)
    with pytest.raises(pydantic.ValidationError):
        Claim.model_validate(data)


@pytest.mark.parametrize(
    ("values", "ok"),
    [
        ({"text": "said", "start": 38, "end": 42}, True),
        ({"text": "said", "start": 37, "end": 41}, False),
        ({"text": "said", "start": 38, "end": 43}, False),
        ({"text": "said", "start": 42, "end": 38}, False),
    ],
)
def test_models_mention_offsets(values, ok):
    if ok:
        assert Mention.model_validate(values, context={"source": SOURCE}).text == "said"
    else:
        with pytest.raises(pydantic.ValidationError):
            Mention.model_validate(values, context={"source": SOURCE})


@pytest.mark.parametrize(
    ("obj", "field", "value"),
    [
        (_claim(), "text", "changed"),
        (_claim(), "stance", Stance.HEDGE),
        (_claim().speaker, "name", "Someone Else"),
        (_claim().cue, "start", 0),
    ],
)
def test_models_frozen(obj, field, value):
    with pytest.raises(pydantic.ValidationError):
        setattr(obj, field, value)


def test_models_hash_and_compare_by_value():
    assert _claim() == _claim()
    assert hash(_claim()) == hash(_claim())
    assert len({_claim(), _claim(), _claim(stance=Stance.HEDGE)}) == 2
    assert _claim().hedge_cues == ("may",)
    assert isinstance(Claim.model_validate_json(_claim().model_dump_json()).hedge_cues, tuple)


def test_models_str_names_speaker_stance_and_form():
    assert str(_claim()) == "Rosa Lind [denial/direct]: The dam is safe"
    assert str(_claim(speaker=None)).startswith("? [")


SURROGATE_SOURCE = "“The café\ud800 is safe,” said Ruth\udc00 Okafor."


def _mention(text: str) -> Mention:
    start = SURROGATE_SOURCE.index(text)
    return Mention(text=text, start=start, end=start + len(text))


def _surrogate_claim() -> Claim:
    content, name = _mention("The café\ud800 is safe"), _mention("Ruth\udc00 Okafor")
    speaker = Speaker(name=name.text, mention=name, kind=SpeakerKind.PERSON)
    return Claim(text=content.text, start=content.start, end=content.end, form=Form.DIRECT, speaker=speaker, cue=_mention("said"))


def test_models_claim_with_lone_surrogates_serialises_and_round_trips():
    """pydantic refused to serialise lone surrogates, and to parse their escapes (issue 18)."""
    claim = _surrogate_claim()
    Claim.model_validate(claim.model_dump(), context={"source": SURROGATE_SOURCE})
    text = claim.model_dump_json()
    assert "café\\ud800" in text and "Ruth\\udc00" in text  # the surrogates escaped, other text kept
    text.encode("utf-8")  # writable as UTF-8
    assert json.loads(text) == claim.model_dump(mode="json")  # the standard library reads it the same way
    assert Claim.model_validate_json(text) == claim
    assert Claim.model_validate_json(text.encode("utf-8"), context={"source": SURROGATE_SOURCE}) == claim
    assert Speaker.model_validate_json(claim.speaker.model_dump_json()) == claim.speaker
    assert json.loads(claim.model_dump_json(indent=2)) == json.loads(text)


def test_models_claim_without_surrogates_keeps_pydantic_json():
    claim = _surrogate_claim().model_copy(update={"text": "The café is safe", "end": 17, "speaker": None})
    assert claim.model_dump_json() == json.dumps(claim.model_dump(mode="json"), ensure_ascii=False, separators=(",", ":"))


def test_models_invalid_json_still_raises_validation_error():
    with pytest.raises(pydantic.ValidationError, match="json_invalid|Invalid JSON"):
        Claim.model_validate_json('{"text": ')
