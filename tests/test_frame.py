"""Claims as flat rows and pandas DataFrames."""

from __future__ import annotations

import sys

import pytest

from claimx.outputs.frame import COLUMNS, claim_to_row, to_frame
from claimx.models import Claim, Form, Mention, Speaker, SpeakerKind, Stance

pd = pytest.importorskip("pandas")

TEXT = "“The plant may close,” said Ana Ruiz, a union official. The company denied it."


def _full() -> Claim:
    claim = Claim(
        text="The plant may close",
        start=1,
        end=20,
        form=Form.DIRECT,
        speaker=Speaker(
            name="Ana Ruiz", mention=Mention(text="Ana Ruiz", start=28, end=36), kind=SpeakerKind.PERSON, title="union official"
        ),
        cue=Mention(text="said", start=23, end=27),
        stance=Stance.HEDGE,
        hedge_cues=("may", "reportedly"),
        evidence=("may",),
        confidence=0.8,
        sent_start=0,
        sent_end=55,
    )
    return Claim.model_validate(claim.model_dump(), context={"source": TEXT})  # offsets point into TEXT


def _bare() -> Claim:
    return Claim(text="it", start=75, end=77, form=Form.INDIRECT, stance=Stance.DENIAL, target=Mention(text="it", start=75, end=77))


def test_frame_claim_to_row_flattens_every_field() -> None:
    row = claim_to_row(_full())
    assert tuple(row) == COLUMNS
    assert row["speaker_name"] == "Ana Ruiz" and row["speaker_kind"] == "person" and row["speaker_title"] == "union official"
    assert (row["speaker_mention"], row["speaker_start"], row["speaker_end"]) == ("Ana Ruiz", 28, 36)
    assert (row["cue"], row["cue_start"], row["cue_end"]) == ("said", 23, 27)
    assert row["hedge_cues"] == "may; reportedly" and row["evidence"] == "may"
    assert row["stance"] == "hedge" and row["form"] == "direct" and row["confidence"] == 0.8
    bare = claim_to_row(_bare())
    assert bare["speaker_name"] is None and bare["cue_start"] is None and bare["target"] == "it" and bare["hedge_cues"] == ""


def test_frame_one_row_per_claim_with_flat_columns() -> None:
    df = to_frame([_full(), _bare()])
    assert list(df.columns) == list(COLUMNS) and len(df) == 2
    assert df.loc[0, "speaker_name"] == "Ana Ruiz" and df.loc[1, "stance"] == "denial"
    assert str(df["speaker_start"].dtype) == "Int64" and pd.isna(df.loc[1, "speaker_start"])
    assert str(df["start"].dtype) == "int64" and str(df["confidence"].dtype) == "float64"
    assert df.groupby("stance").size().to_dict() == {"denial": 1, "hedge": 1}


def test_frame_doc_ids_from_pairs_mapping_or_extract_many_tuples() -> None:
    pairs = [("a1", [_full(), _bare()]), ("a2", [])]
    expected = ["a1", "a1"]
    assert to_frame(pairs)["doc_id"].tolist() == expected
    assert to_frame(dict(pairs))["doc_id"].tolist() == expected
    assert to_frame([(claims, doc_id) for doc_id, claims in pairs])["doc_id"].tolist() == expected
    assert list(to_frame(pairs).columns) == ["doc_id", *COLUMNS]


def test_frame_empty_input_keeps_the_columns() -> None:
    df = to_frame([])
    assert df.empty and list(df.columns) == list(COLUMNS)


@pytest.mark.parametrize("value", ["text", 3, [1, 2], [_full(), ("a", [_full()])], [("a", "b")]])
def test_frame_rejects_other_shapes(value: object) -> None:
    with pytest.raises(TypeError):
        to_frame(value)


def test_frame_without_pandas_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "pandas", None)  # import pandas now raises ImportError
    with pytest.raises(ImportError, match=r'pip install "claimx\[pandas\]"'):
        to_frame([_full()])
