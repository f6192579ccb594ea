"""Reported-speech shapes of issue 16 (fifth round), through claimx.extract on made-up sentences."""

from __future__ import annotations

import pytest

import claimx
from claimx import Claim


def _claims(nlp, text: str) -> list[Claim]:
    return claimx.extract(text, nlp=nlp)


def _texts(nlp, text: str) -> list[str]:
    return [c.text.removeprefix("that ") for c in _claims(nlp, text)]


# ---------------------------------------------------------------- "hoped": the lemmatizer reads "hop"


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Mr. Vane hoped the ferry would be able to run all winter.", "the ferry would be able to run all winter"),
        ("Ms. Idris hopes to open the clinic before the summer.", "to open the clinic before the summer"),
        ("The union is hoping that the mill will reopen.", "the mill will reopen"),
    ],
)
def test_hope_is_a_cue_in_every_form(nlp, text, content):
    assert content in _texts(nlp, text)


def test_hop_is_no_cue(nlp):
    assert _claims(nlp, "The boy hopped over the fence to reach the ball.") == []


# ---------------------------------------------------------------- beliefs and fears: who can hold one


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        ("The singer Marta Quill feared that her career may be over after the accident.", "Marta Quill", "her career may be over after the accident"),
        ("The farmer Ode Lindqvist feared that the farm would be sold.", "Ode Lindqvist", "the farm would be sold"),
    ],
)
def test_fear_of_a_person_named_by_a_role_noun(nlp, text, speaker, content):
    (claim,) = [c for c in _claims(nlp, text) if content in c.text]
    assert claim.speaker is not None and speaker in f"{claim.speaker.name} {claim.speaker.mention.text}"


def test_a_thing_fears_nothing(nlp):
    assert _claims(nlp, "The budget foresees that the deficit will shrink.") == []


# ---------------------------------------------------------------- not knowing is no view


@pytest.mark.parametrize(
    "text",
    [
        "She left the house, not knowing that the police were waiting outside.",
        "Residents did not know how often the trains would run.",
        "The engineers did not know whether the dam would hold.",
        # a finite that-clause of a negated knowledge verb is the writer's fact (precision15)
        "The driver did not realise that the road had been closed.",
        "Officials never learned that the files had been copied.",
        "Nobody knows how many people live in the valley.",  # a negative subject negates too
    ],
)
def test_negated_knowledge_attributes_nothing(nlp, text):
    assert _claims(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("She knew that the police were waiting outside.", "the police were waiting outside"),
        ("He did not think that the bridge was safe.", "the bridge was safe"),  # a negated belief is still a view
    ],
)
def test_knowledge_and_negated_belief_are_still_reported(nlp, text, content):
    assert content in _texts(nlp, text)


def test_inserted_cue_before_an_expletive_clause(nlp):
    text = "On a larger scale, he added, there will be more parks."
    assert _texts(nlp, text) == ["there will be more parks"]


# ---------------------------------------------------------------- commitments and refusals with an infinitive


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The ferry company agreed to lend the town $5 million.", "to lend the town $5 million"),
        ("Mayor Ilse Brook refuses to publish the audit.", "to publish the audit"),
        ("The council seeks to overturn the zoning ruling.", "to overturn the zoning ruling"),
    ],
)
def test_commitment_reports_its_infinitive(nlp, text, content):
    assert content in _texts(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Reached by phone, the aide refused to comment.",  # a refusal to speak says nothing
        "The board agreed with the mayor.",  # no infinitive, no clause
        "Thousands of graduates are seeking work in the capital.",  # "seek" reports only an infinitive
    ],
)
def test_refusal_to_speak_and_bare_seeking_report_nothing(nlp, text):
    assert _claims(nlp, text) == []


# ---------------------------------------------------------------- "told X that ...", parsed as a relative clause


def test_told_an_addressee_that_reports_the_clause(nlp):
    text = "In Lisbon last week, he told a meeting of island leaders that few people understood the stakes better than residents."
    assert "few people understood the stakes better than residents" in _texts(nlp, text)


def test_a_real_relative_clause_on_the_addressee_is_no_content(nlp):
    """A relative "that" is the clause's object here ("the story that her father had told"): no complement."""
    assert not any(c.text.startswith("that her father") for c in _claims(nlp, "She told the story that her father had told."))


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ('The water board said in a statement that the new pipes "will last decades".', 'the new pipes "will last decades"'),
        ('Ms. Arden said at a briefing that the talks "went well" and would resume.', 'the talks "went well" and would resume'),
        ('The mayor said during a visit to the depot that the buses were "safe".', 'the buses were "safe"'),
    ],
)
def test_a_that_clause_hung_on_the_cues_setting_is_what_was_said(nlp, text, content):
    """The parse may hang the clause on "statement" or "briefing" when a quote sits inside it."""
    assert content in _texts(nlp, text)


def test_a_clause_on_a_noun_inside_a_medium_is_that_nouns(nlp):
    """ "in response to claims that ...": the clause says what the claims were, not what was said."""
    text = "Mr. Olsen said in response to claims that he had lied to the board."
    assert not any(c.text.startswith("that he had lied") and c.cue.text == "said" for c in _claims(nlp, text))


# ---------------------------------------------------------------- an intention's infinitive with verbs joined to it


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Mr. Vane planned to restore the old bridge, then hand over the land as a park.", "to restore the old bridge, then hand over the land as a park"),
        ("Ms. Ruiz is promising to meet and in some cases exceed the targets.", "to meet and in some cases exceed the targets"),
    ],
)
def test_infinitive_takes_the_verbs_joined_to_it(nlp, text, content):
    assert content in _texts(nlp, text)


def test_a_finite_second_verb_is_the_cues_own(nlp):
    texts = _texts(nlp, "The mayor plans to raise taxes and said he would cut parking fees.")
    assert "to raise taxes" in texts and "he would cut parking fees" in texts


def test_a_nouns_claim_inside_an_intention_stays(nlp):
    texts = _texts(nlp, "The bakery agreed to settle the inspector's charges that it ignored the rules.")
    assert "it ignored the rules" in texts


def test_a_listed_phrasal_cue_wins_over_its_verb(nlp):
    """"point out" is said; "point" alone is a position cue, which needs a known speaker."""
    assert "one loan may have two owners" in _texts(nlp, "The agency then pointed out that one loan may have two owners.")


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("She persuaded the board to delay the vote.", "the board to delay the vote"),
        ("He convinced the council that the bridge was safe.", "the bridge was safe"),
    ],
)
def test_persuading_reports_what_was_urged(nlp, text, content):
    assert content in _texts(nlp, text)


# ---------------------------------------------------------------- a quoted piece of a clause before a trailing cue


def test_trailing_cue_after_a_quoted_clause_piece_takes_the_clause(nlp):
    text = "However worthy the aim, using the fuel levy “is a misguided approach,” Mr. Brandt said."
    (claim,) = _claims(nlp, text)
    assert claim.text.startswith("However worthy the aim, using the fuel levy “is a misguided approach")


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The mayor was frustrated that “We need it,” said Ms. Ruiz.", "We need it"),  # a whole quoted sentence
        ("Ms. Lund said she felt the law was unfair because “most people don’t know about it,” she said.", "most people don’t know about it"),
    ],
)
def test_trailing_cue_keeps_only_the_quote_otherwise(nlp, text, content):
    assert content in [c.text for c in _claims(nlp, text)]


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("Two ferry routes will close in the spring, the harbour board has confirmed.", "the harbour board"),
        ("Bus fares will rise again, transport officials have warned.", "transport officials"),
        ("“The bridge is sound,” the engineer had insisted.", "the engineer"),
        ("The tunnel was never finished, as engineers have said.", "engineers"),
    ],
)
def test_trailing_cue_in_a_perfect_tense_leaves_the_auxiliary_out_of_the_source(nlp, text, mention):
    (claim,) = _claims(nlp, text)
    assert claim.speaker.mention.text == mention


def test_a_second_clause_after_and_is_no_trailing_source(nlp):
    """ "..., and she rarely spoke": a coordinated clause whose verb is a cue verb."""
    assert _claims(nlp, "He never missed a session of the council, and he rarely spoke.") == []
    assert _claims(nlp, "She ran the firm for a decade, and she never once complained.") == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The water board said on Tuesday it would not raise charges.", "it would not raise charges"),
        ("The club said last week it had hired a new coach.", "it had hired a new coach"),
        ("The mayor said next year's budget would be cut.", "next year's budget would be cut"),  # the subject's own date
        ("Ms. Lowe said that on Monday the depot would close.", "on Monday the depot would close"),  # after "that": the clause's
        ("Last week the club hired a new coach, the chairman said.", "Last week the club hired a new coach"),  # the cue comes after
    ],
)
def test_a_time_right_after_the_cue_dates_the_saying(nlp, text, content):
    assert content in _texts(nlp, text)


@pytest.mark.parametrize(
    ("text", "claim", "frame"),
    [
        (
            "Northfield Foods is weighing a sale of its dairy arm, two people close to the talks said, as the group tries to cut its debt.",
            "Northfield Foods is weighing a sale of its dairy arm",
            "as the group tries to cut its debt",
        ),
        (
            "The firm has hired a bank to run the sale, one of the people said, speaking on condition of anonymity because the talks are private.",
            "The firm has hired a bank to run the sale",
            "speaking on condition of anonymity",
        ),
    ],
)
def test_the_reporters_frame_after_an_inserted_cue_is_no_piece(nlp, text, claim, frame):
    texts = [c.text for c in _claims(nlp, text)]
    assert claim in texts and not any(t.startswith(frame) for t in texts)


def test_the_rest_of_the_claim_after_an_inserted_cue_stays_a_piece(nlp):
    claims = _claims(nlp, "The new line, officials said, will cost about $2 billion.")
    assert [[p.text for p in c.pieces] for c in claims] == [["The new line", "will cost about $2 billion"]]


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        ("The claims have been denied by the water board.", "the water board", "The claims"),
        ("The allegations were strongly denied by Ms. Orla Kent.", "Ms. Orla Kent", "The allegations"),
    ],
)
def test_a_passive_denial_of_a_claim_has_its_agent_for_source(nlp, text, speaker, content):
    (claim,) = _claims(nlp, text)
    assert claim.speaker.mention.text == speaker and claim.text == content and claim.stance.value == "denial"


def test_a_passive_denial_of_a_thing_reports_nothing(nlp):
    assert _claims(nlp, "The permit was denied by the council.") == []


def test_a_fronted_passive_cue_has_no_source_in_the_main_clause(nlp):
    """ "Asked about X, the mayor said ...": the mayor was asked; who asked is not written."""
    claims = _claims(nlp, "Asked whether she would stand again, Ms. Brandt said the choice was not hers.")
    asked = next(c for c in claims if c.cue is not None and c.cue.text == "Asked")
    assert asked.speaker is None or asked.speaker.mention is None
    said = next(c for c in claims if c.cue is not None and c.cue.text == "said")
    assert said.speaker.mention.text == "Ms. Brandt"


def test_an_inverted_source_with_a_role_read_as_a_verb_is_the_named_person(nlp):
    """ '“...,” said operations director Priya Nair': the tagger may read "director" as a verb."""
    text = (
        "Image caption, Residents queued for water on Sunday\n\n"
        "Severn Vale Water said engineers were working \"around the clock\" to fix the pipe.\n\n"
        "\"We are sorry for the disruption,\" said operations director Amira Nayar.\n"
    )
    claim = next(c for c in _claims(nlp, text) if c.text.startswith("We are sorry"))
    assert claim.speaker.mention is not None and claim.speaker.mention.text == "operations director Amira Nayar"
    assert claim.speaker.name == "Amira Nayar"
