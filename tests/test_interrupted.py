"""A statement its own cue interrupts is one claim with pieces (claimx.extraction.interrupted)."""

from __future__ import annotations

import json

import pytest
from pydantic import ValidationError

import claimx
from claimx.evaluation.matching import best_claim, merge_claims
from claimx.models import Claim, Form, Mention
from claimx.outputs.frame import claim_to_row
from claimx.outputs.render import render
from claimx.outputs.table import format_table
from claimx.runtime.chunking import shift_claim


def _one(nlp, text: str) -> Claim:
    claims = claimx.extract(text, nlp=nlp)
    assert len(claims) == 1, [c.text for c in claims]
    return claims[0]


@pytest.mark.parametrize(
    ("text", "pieces", "cue"),
    [
        ("The new ferry, the harbour master said on Friday, will sail twice a day.", ["The new ferry", "will sail twice a day"], "said"),
        ("The pension fund, according to its latest report, has lost a tenth of its value.", ["The pension fund", "has lost a tenth of its value"], "according to"),
        ("The orchard — the grower said — will need a new fence.", ["The orchard", "will need a new fence"], "said"),
    ],
)
def test_a_parenthetical_cue_gives_one_claim_in_two_pieces(nlp, text, pieces, cue):
    claim = _one(nlp, text)
    assert [p.text for p in claim.pieces] == pieces
    assert claim.text == " ".join(pieces)
    assert (claim.start, claim.end) == (claim.pieces[0].start, claim.pieces[-1].end)
    assert all(text[p.start : p.end] == p.text for p in claim.pieces)
    assert claim.cue is not None and claim.cue.text == cue
    assert claim.pieces[0].end <= claim.cue.start < claim.pieces[1].start


def test_a_quotation_its_cue_interrupts_is_one_direct_claim(nlp):
    text = "“The lighthouse,” the keeper said, “has not been painted in forty years.”"
    claim = _one(nlp, text)
    assert claim.form == Form.DIRECT
    assert [p.text for p in claim.pieces] == ["The lighthouse", "has not been painted in forty years."]
    assert claim.speaker is not None and claim.speaker.mention.text == "the keeper"


@pytest.mark.parametrize(
    "text",
    [
        "“The lighthouse needs paint,” the keeper said. “The stairs need new rails.”",  # a sentence end between
        "“The lighthouse needs paint,” the keeper said.\n\n“The stairs need new rails.”",
    ],
)
def test_two_quotations_under_one_cue_stay_two_claims(nlp, text):
    claims = claimx.extract(text, nlp=nlp)
    assert [c.text for c in claims] == ["The lighthouse needs paint", "The stairs need new rails."]
    assert not any(c.pieces for c in claims)


def test_a_claim_in_one_piece_serializes_as_before(nlp):
    claim = _one(nlp, "The keeper said the lighthouse needs paint.")
    assert claim.pieces == () and "pieces" not in json.loads(claim.model_dump_json())
    assert claim.spans == ((claim.start, claim.end),)


def test_a_claim_in_pieces_round_trips_through_json_checked_against_its_text(nlp):
    text = "The new ferry, the harbour master said, will sail twice a day."
    claim = _one(nlp, text)
    data = json.loads(claim.model_dump_json())
    assert [p["text"] for p in data["pieces"]] == ["The new ferry", "will sail twice a day"]
    assert Claim.model_validate_json(claim.model_dump_json(), context={"source": text}) == claim
    moved = "x" * 5 + text
    with pytest.raises(ValidationError):
        Claim.model_validate(data, context={"source": moved})


@pytest.mark.parametrize(
    "pieces",
    [
        (Mention(text="The new ferry", start=0, end=13),),  # one piece: give start/end instead
        (Mention(text="will sail", start=39, end=48), Mention(text="The new ferry", start=0, end=13)),  # out of order
    ],
)
def test_pieces_are_checked(pieces):
    with pytest.raises(ValidationError):
        Claim(text=" ".join(p.text for p in pieces), start=0, end=48, form=Form.INDIRECT, pieces=pieces)


def test_a_split_claims_text_must_be_its_pieces_joined():
    pieces = (Mention(text="The new ferry", start=0, end=13), Mention(text="will sail", start=39, end=48))
    assert Claim(text="The new ferry will sail", start=0, end=48, form=Form.INDIRECT, pieces=pieces).spans == ((0, 13), (39, 48))
    with pytest.raises(ValidationError):
        Claim(text="The new ferry, he said, will sail", start=0, end=48, form=Form.INDIRECT, pieces=pieces)


def test_outputs_show_the_pieces(nlp):
    text = "The new ferry, the harbour master said, will sail twice a day."
    claim = _one(nlp, text)
    assert claim_to_row(claim)["pieces"] == "0:13; 40:61"
    assert claim_to_row(claim)["text"] == "The new ferry will sail twice a day"
    assert "The new ferry … will sail twice a day" in format_table([claim])
    html = render(text, [claim])
    assert html.count("claimx-claim ") == 2 and html.count('data-claim="0"') == 2
    doc = nlp(text)
    assert [s.text for s in doc.spans["claimx"]] == ["The new ferry", "will sail twice a day"]


def test_the_harness_scores_the_pieces(nlp):
    text = "The new ferry, the harbour master said, will sail twice a day."
    claim = _one(nlp, text)
    (prediction,) = merge_claims([claim])
    assert prediction.content_spans == ((0, 13), (40, 61))
    assert prediction.content == "The new ferry will sail twice a day"


def test_offsets_of_pieces_move_with_the_claim(nlp):
    claim = _one(nlp, "The new ferry, the harbour master said, will sail twice a day.")
    moved = shift_claim(claim, 7)
    assert [(p.start, p.end) for p in moved.pieces] == [(7, 20), (47, 68)]
    assert moved.text == claim.text


def test_best_claim_overlaps_the_pieces_not_the_cue():
    pieces = (Mention(text="The new ferry", start=0, end=13), Mention(text="will sail", start=39, end=48))
    split = Claim(text="The new ferry will sail", start=0, end=48, form=Form.INDIRECT, pieces=pieces)
    other = Claim(text="the harbour", start=15, end=26, form=Form.INDIRECT)

    class Item:
        content_spans = ((15, 26),)

    assert best_claim(Item(), [split, other]) is other


def test_the_concepts_page_example_runs_as_written(nlp):
    """docs/concepts.md's example of a claim in pieces (that page's other examples need a pipeline)."""
    import doctest
    from pathlib import Path

    page = (Path(__file__).resolve().parents[1] / "docs" / "concepts.md").read_text(encoding="utf-8")
    section = page.split("### A statement its cue interrupts", 1)[1].split("\n## ", 1)[0]
    test = doctest.DocTestParser().get_doctest(section, {}, "concepts.md", "docs/concepts.md", 0)
    assert len(test.examples) >= 4
    runner = doctest.DocTestRunner(optionflags=doctest.NORMALIZE_WHITESPACE)
    report: list[str] = []
    runner.run(test, out=report.append)
    assert runner.failures == 0, "".join(report)
