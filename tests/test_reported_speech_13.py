"""Issue 16 (bounds13) on made-up sentences: inserted attributions with an addressee."""

from __future__ import annotations

import claimx


def _claims(nlp, text: str) -> list[tuple[str | None, str, str | None]]:
    """One row per piece (a claim its cue interrupts is one claim with two pieces)."""
    return [
        (c.speaker.mention.text if c.speaker and c.speaker.mention else None, piece, c.cue.text if c.cue else None)
        for c in claimx.extract(text, nlp=nlp)
        for piece in ([p.text for p in c.pieces] or [c.text])
    ]


def _one_claim(nlp, text: str) -> bool:
    return len(claimx.extract(text, nlp=nlp)) == 1


# ---------------------------------------------------------------- ", she told the BBC," as ", she said,"


def test_an_inserted_cue_with_an_addressee_splits_the_clause_as_a_plain_one_does(nlp):
    text = "The ferry, the harbour board told passengers, will not sail before noon."
    assert _one_claim(nlp, text)
    assert _claims(nlp, text) == [
        ("the harbour board", "The ferry", "told"),
        ("the harbour board", "will not sail before noon", "told"),
    ]


def test_an_inserted_cue_with_an_outlet_as_addressee(nlp):
    text = "The dam, she told the Guardian, was never inspected."
    assert [content for _, content, _ in _claims(nlp, text)] == ["The dam", "was never inspected"]


def test_an_inserted_cue_with_an_addressee_and_a_place(nlp):
    text = "The treaty, he told reporters in Geneva, was already dead."
    assert [content for _, content, _ in _claims(nlp, text)] == ["The treaty", "was already dead"]


def test_an_object_that_is_no_one_is_no_addressee(nlp):
    """", she told a story," tells a story, not someone: no attribution is inserted."""
    text = "The orchard, she told a long story, had belonged to her uncle."
    assert all(cue != "told" or content != "The orchard" for _, content, cue in _claims(nlp, text))


def test_an_inserted_cue_read_as_the_main_verb_gives_both_pieces_one_speaker(nlp):
    """The parse may make "told" the main verb and the right side its clause: the piece before
    the commas is still part of what was said, and the source is the cue's subject."""
    text = "The plan, officials told the Associated Press on Monday, will cost more."
    assert _claims(nlp, text) == [("officials", "The plan", "told"), ("officials", "will cost more", "told")]


# ---------------------------------------------------------------- ", X said," in a sentence with quoted words


def test_an_inserted_cue_before_quoted_words_gives_both_sides(nlp):
    """A quotation inside one side is part of that side: the sentence is still split by ", X said,"."""
    text = "Farmers, she said, can ''grow more with less'' this year."
    assert _one_claim(nlp, text)
    assert _claims(nlp, text) == [("she", "Farmers", "said"), ("she", "can ''grow more with less'' this year", "said")]


def test_an_interrupted_quotation_is_left_to_the_quote_rules(nlp):
    text = "Asked about the new levy, the treasurer said, “We will not discuss it today.”"
    assert ("the treasurer", "Asked about the new levy", "said") not in _claims(nlp, text)


def test_an_inserted_cue_with_an_auxiliary(nlp):
    """", the district has told parents,": the auxiliary belongs to the cue, not to the source."""
    text = "The school, the district has told parents, will reopen in a week."
    assert _claims(nlp, text) == [("the district", "The school", "told"), ("the district", "will reopen in a week", "told")]


# ---------------------------------------------------------------- "made (it) clear that ..."


def test_made_clear_reports_its_clause(nlp):
    text = "Several trustees made clear that they would vote against the merger."
    assert ("Several trustees", "that they would vote against the merger", "made") in _claims(nlp, text)


def test_made_it_clear_reports_its_clause(nlp):
    text = "The coach made it clear he had doubts about the new stadium."
    assert ("The coach", "he had doubts about the new stadium", "made") in _claims(nlp, text)


def test_made_something_else_clear_is_no_cue(nlp):
    """Only "made clear" or "made it clear" is the cue; "made this clear in her film" names no clause."""
    text = "The director makes this clear in her new film “Harbour.” It opens on Friday."
    assert all(cue != "makes" for _, _, cue in _claims(nlp, text))
