"""Issue 16 (sources14) on made-up sentences: the source mention of a found claim."""

from __future__ import annotations

import claimx


def _claims(nlp, text: str) -> list[tuple[str | None, str, str | None]]:
    return [
        (c.speaker.mention.text if c.speaker and c.speaker.mention else None, c.text, c.cue.text if c.cue else None)
        for c in claimx.extract(text, nlp=nlp)
    ]


def _source_of(nlp, text: str, cue: str) -> str | None:
    return next(speaker for speaker, _, c in _claims(nlp, text) if c == cue)


# ---------------------------------------------------------------- "she's said" is "she has said"


def test_a_contracted_has_before_said_keeps_the_subject(nlp):
    text = "The coach is tired of the debate. She’s said the league needs new rules."
    assert _source_of(nlp, text, "said") == "She"


def test_a_contracted_has_before_a_prepositional_cue_keeps_the_subject(nlp):
    text = "The governor is popular. He's called for a ban on billboards."
    assert _source_of(nlp, text, "called") == "He"


def test_a_contracted_has_before_a_particle_cue_keeps_the_subject(nlp):
    text = "The bishop is cautious. He’s spoken out against the new casino."
    assert _source_of(nlp, text, "spoken out") == "He"


def test_a_contracted_is_before_a_verb_of_telling_stays_passive(nlp):
    """"He's told that ..." is "he is told": he is the hearer, not the source."""
    text = "The actor is famous. He's told that the film was a flop."
    assert _source_of(nlp, text, "told") is None


def test_an_expletive_it_before_a_contracted_is_stays_passive(nlp):
    """"It's implied that ..." is "it is implied": nobody is named."""
    text = "The deal is secret. It's implied that the tunnel will close."
    assert _source_of(nlp, text, "implied") is None


# ---------------------------------------------------------------- who speaks in an infinitive


def test_the_object_of_a_control_verb_speaks_the_infinitive(nlp):
    text = "The committee forced the banker to admit that the fees were too high."
    assert _source_of(nlp, text, "admit") == "the banker"


def test_a_named_object_of_a_control_verb_speaks_the_infinitive(nlp):
    text = "The scandal prompted Senator Alma Ruiz to accuse the bank of fraud."
    assert _source_of(nlp, text, "accuse") == "Senator Alma Ruiz"


def test_a_thing_object_before_a_purpose_infinitive_is_only_the_means(nlp):
    text = "Other mayors used sharp words to denounce the plan."
    assert _source_of(nlp, text, "denounce") == "Other mayors"


def test_a_verb_of_refusal_above_the_infinitive_still_reports_nothing(nlp):
    text = "The minister declined to say whether the mine would close."
    assert all(cue != "say" or speaker is None for speaker, _, cue in _claims(nlp, text))


def test_the_subject_of_a_passive_control_verb_speaks_the_infinitive(nlp):
    text = "The mayor was pressed to admit that the tunnel was unsafe."
    assert _source_of(nlp, text, "admit") == "The mayor"


# ---------------------------------------------------------------- "issued a statement saying ..."


def test_a_statement_issued_speaks_for_its_issuer(nlp):
    text = "The two unions issued a statement saying the strike would end."
    assert _source_of(nlp, text, "saying") == "The two unions"


def test_a_letter_sent_speaks_for_its_sender(nlp):
    text = "The senators sent a letter to the board opposing the merger."
    assert _source_of(nlp, text, "opposing") == "The senators"


def test_a_document_obtained_speaks_for_itself(nlp):
    """Getting a memo is not writing it: the memo stays the source."""
    text = "Reporters obtained a memo saying the mine was unsafe."
    assert _source_of(nlp, text, "saying") == "a memo"
