"""Issue 16 (reported19) on made-up sentences: a passive cue's subject is part of what is
expected or said ("The ferry is expected to start in May"); a modal clause the parse hangs on
the cue goes on with what was said ("..., but would eventually raise $40 million")."""

from __future__ import annotations

import pytest

import claimx


def _claims(nlp, text: str) -> list[tuple[str | None, str, tuple[str, ...]]]:
    return [
        (c.speaker.mention.text if c.speaker and c.speaker.mention else None, c.text, tuple(p.text for p in c.pieces))
        for c in claimx.extract(text, nlp=nlp)
    ]


# ---------------------------------------------------------------- a passive cue's subject


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The new ferry is expected to start service in May.",
            (None, "The new ferry to start service in May", ("The new ferry", "to start service in May")),
        ),
        (
            "The ruling is widely expected to favour the county.",
            (None, "The ruling to favour the county", ("The ruling", "to favour the county")),
        ),
    ],
)
def test_passive_cue_subject_is_a_piece_of_the_content(nlp, text, expected):
    assert _claims(nlp, text) == [expected]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The bill, which is expected to pass, would raise the levy on barges.", "to pass"),  # the antecedent is outside
        ("Although the plan is intended to make sure that the rich pay more, it fails.", None),  # a purpose, not a statement
    ],
)
def test_no_subject_piece_for_a_relative_or_a_purpose(nlp, text, content):
    claims = _claims(nlp, text)
    assert all(not pieces for _, _, pieces in claims)
    if content is not None:
        assert (None, content, ()) in claims


# ---------------------------------------------------------------- a modal clause joined to the reported one


def test_modal_conjunct_hung_on_the_cue_continues_the_content(nlp):
    text = "The Budget Office says it would depress revenue in the early years as farmers delayed sales, but would eventually add $40 million over ten years."
    assert _claims(nlp, text) == [
        ("The Budget Office", "it would depress revenue in the early years as farmers delayed sales, but would eventually add $40 million over ten years", ())
    ]


def test_conjunct_with_a_subject_of_its_own_ends_the_content(nlp):
    """A subject of its own: the reporter's next clause."""
    text = "Mr Fenn said his aide had offered to testify, but the panel declined."
    assert _claims(nlp, text) == [("Mr Fenn", "his aide had offered to testify", ())]


# ---------------------------------------------------------------- who an intention is put to


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Ms Orme called on the council to repair the bridge.", "the council to repair the bridge"),
        ("Ms Orme called for female staff to wear longer coats.", "female staff to wear longer coats"),
        ("The family has called on police to release the videos.", "police to release the videos"),
    ],
)
def test_called_on_keeps_who_is_to_act(nlp, text, content):
    assert [c for _, c, _ in _claims(nlp, text)] == [content]


def test_called_on_a_date_keeps_the_infinitive_only(nlp):
    """"on Monday" is when it was said, not who is to act."""
    assert [c for _, c, _ in _claims(nlp, "Ms Orme called on Monday to repair the bridge.")] == ["to repair the bridge"]


# ---------------------------------------------------------------- where a frame verb's label ends


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Ms Vane criticized the levy as a 'crazy system' during a campaign stop in Dunmore.", "the levy as a 'crazy system'"),
        ("Mr Orr blasted the mayor as a disgrace Wednesday on the Dale Hope Show.", "the mayor as a disgrace"),
    ],
)
def test_label_ends_before_when_or_where_it_was_said(nlp, text, content):
    assert [c for _, c, _ in _claims(nlp, text)] == [content]


def test_label_keeps_its_own_phrase(nlp):
    """A phrase of the label's own ("a waste of money") is no setting."""
    assert [c for _, c, _ in _claims(nlp, "Mr Orr described the plan as a waste of money.")] == ["the plan as a waste of money"]
