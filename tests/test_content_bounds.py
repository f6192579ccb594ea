"""Issue 16 (bounds12) on made-up sentences: where a found content begins and ends."""

from __future__ import annotations

import pytest

import claimx


def _claims(nlp, text: str) -> list[tuple[str | None, str]]:
    return [(c.cue.text if c.cue else None, c.text) for c in claimx.extract(text, nlp=nlp)]


# ---------------------------------------------------------------- a doubled-apostrophe quotation opens a sentence

ARCHIVE_QUOTES = [
    (
        "The mayor came to the harbour master's aid. ''She has the steadiest hand I know, and I trust her,'' the mayor told reporters.",
        [("told", "She has the steadiest hand I know, and I trust her")],
    ),
    (
        "Costly? The treasurer does not agree. ''I never question what families spend on holidays,'' he said. ''But most of them wish they had saved more.''",
        [("said", "I never question what families spend on holidays"), ("said", "But most of them wish they had saved more.")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), ARCHIVE_QUOTES)
def test_paragraphs_doubled_apostrophe_after_a_period_starts_a_sentence(nlp, text, expected):
    assert _claims(nlp, text) == expected


def test_paragraphs_doubled_apostrophe_sentence_split(nlp):
    doc = nlp("The board met at noon. ''We will sell the depot,'' the chair said.")
    assert [s.text for s in doc.sents] == ["The board met at noon.", "''We will sell the depot,'' the chair said."]


def test_paragraphs_closing_mark_after_a_period_starts_nothing(nlp):
    doc = nlp("''We will sell the depot.'' The chair said so twice.")
    assert not any(t.text == "''" and t.is_sent_start for t in doc[1:])


# ---------------------------------------------------------------- a quotation in title case is a name, not speech


def test_direct_quotes_a_quoted_subhead_continues_no_speaker(nlp):
    text = (
        '"The river has never been this low in living memory," said Ruth Okafor, a ferry pilot.\n\n'
        "'Rough Water Ahead.'\n\n"
        "The ferry company plans to cut its timetable by half."
    )
    texts = [c.text for c in claimx.extract(text, nlp=nlp)]
    assert "The river has never been this low in living memory" in texts
    assert "Rough Water Ahead." not in texts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"We will keep the clinic open all winter," Varga said on Channel 4\'s "Morning Desk."', ["We will keep the clinic open all winter"]),
        (
            "''We need to be careful about how we speak in public,'' said Tom Reyes, a co-author of ''The Long Road Home: Inside the Fire Service.''",
            ["We need to be careful about how we speak in public"],
        ),
    ],
)
def test_direct_quotes_a_work_named_beside_a_quote_is_no_second_piece(nlp, text, expected):
    assert [c.text for c in claimx.extract(text, nlp=nlp)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the only quotation of its cue: what was proclaimed, title case or not
        ('The candidate proclaimed a goal of "Order Before Growth."', "Order Before Growth."),
        # a short sentence of speech after a question: not a title
        ('"Does anybody here know what the harbour plan is?" the mayor asked. "Neither do I."', "Neither do I."),
    ],
)
def test_direct_quotes_title_case_speech_stays(nlp, text, expected):
    assert expected in [c.text for c in claimx.extract(text, nlp=nlp)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("All Bets Are Off.", True),
        ("State of the Union", True),
        ("Neither do I.", False),
        ("The Donald. Big Daddy.", False),
        ("NO WAY", False),
        ("we will win this", False),
    ],
)
def test_title_case_words(text, expected):
    from claimx.text.title_case import title_case_words

    assert title_case_words(text) is expected


# ---------------------------------------------------------------- "said the same of X"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("About 40 percent of voters said the same of the governor.", ("said", "the same of the governor")),
        ("Most residents say the same about the council.", ("say", "the same about the council")),
        ("Others have said the same in recent weeks.", ("said", "the same")),  # a time, not whom it is said of
        ("He said so on Tuesday.", ("said", "so")),
    ],
)
def test_verb_cues_pro_form_keeps_whom_it_is_said_of(nlp, text, expected):
    assert _claims(nlp, text) == [expected]


# ---------------------------------------------------------------- a topic object keeps the phrase the parse hangs on its verb


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The nurses' union endorsed Ms. Reyes for mayor.", ("endorsed", "Ms. Reyes for mayor")),
        ("Critics have questioned the town's reliance on the state for its water.", ("questioned", "the town's reliance on the state for its water")),
        ("The minister cited the drought as the reason for the new levy.", ("cited", "the drought as the reason for the new levy")),
        # when, where, with whom, to whom, how: left out
        ("She criticized the plan at a rally.", ("criticized", "the plan")),
        ("The council criticized the plan in March.", ("criticized", "the plan")),
        ("The court endorsed the plan by a 5-to-2 vote.", ("endorsed", "the plan")),
        ("She discussed the budget with her brother.", ("discussed", "the budget")),
        ("He mentioned the storm to me.", ("mentioned", "the storm")),
    ],
)
def test_verb_cues_object_phrase_end(nlp, text, expected):
    assert _claims(nlp, text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The caucus will push for stronger language in the charter.", ("push", "stronger language in the charter")),
        ("The senator campaigned for Lopez among dairy farmers at the county fair.", ("campaigned", "Lopez")),
    ],
)
def test_verb_cues_topic_preposition_object_phrase_end(nlp, text, expected):
    assert _claims(nlp, text) == [expected]


# ---------------------------------------------------------------- a capitalised quotation inside the cue's noun phrase


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Shop owners fear their “Grand Plan.”", "their “Grand Plan.”"),
        ("Farmers along the river fear a “Water Grab.”", "a “Water Grab.”"),
    ],
)
def test_edges_quoted_fragment_clause_keeps_an_open_phrase(nlp, text, expected):
    assert expected in [c.text for c in claimx.extract(text, nlp=nlp)]


def test_edges_quoted_fragment_clause_leaves_a_complementizer_out(nlp):
    text = 'The coach told reporters that "We will be back next year."'
    assert not any(c.text.startswith("reporters") for c in claimx.extract(text, nlp=nlp))


# ---------------------------------------------------------------- a dateline set with a horizontal bar


@pytest.mark.parametrize("dash", ["—", "―"])
def test_datelines_a_dateline_dash_opens_the_story(nlp, dash):
    text = f"PORTLAND {dash} The new ferry timetable is a disaster for commuters, harbour workers said Friday."
    assert _claims(nlp, text) == [("said", "The new ferry timetable is a disaster for commuters")]


# ---------------------------------------------------------------- ", according to X," inside the sentence


def test_according_to_inserted_phrase_is_no_part_of_the_content(nlp):
    text = "His objection, according to an interview with the local paper, was the choice of contractor."
    (claim,) = claimx.extract(text, nlp=nlp)
    assert (claim.cue.text, claim.text) == ("according to", "His objection was the choice of contractor")
    assert [p.text for p in claim.pieces] == ["His objection", "was the choice of contractor"]


def test_according_to_inserted_phrase_without_a_clause_keeps_the_sentence(nlp):
    text = "At the root of the delay, according to two council members, was a dispute over the budget."
    assert [c.text for c in claimx.extract(text, nlp=nlp)] == ["At the root of the delay, according to two council members, was a dispute over the budget"]
