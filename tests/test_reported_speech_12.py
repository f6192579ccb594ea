"""Issue 16 (reported12) on made-up sentences: recall of reported clauses the parse hides."""

from __future__ import annotations

import claimx
from claimx.extraction.attribution.verb_cues import _clause_read_as_adverbial

from parsing import parse


def _claims(nlp, text: str) -> list[tuple[str | None, str]]:
    return [
        (c.speaker.mention.text if c.speaker and c.speaker.mention else None, c.text)
        for c in claimx.extract(text, nlp=nlp)
    ]


# ---------------------------------------------------------------- a that-less clause after the cue's setting


def test_a_clause_after_a_time_phrase_read_as_an_adverbial_is_what_was_said(nlp):
    assert ("Mr Ruiz", "he would not run again") in _claims(nlp, "Mr Ruiz said after the vote he would not run again.")


def test_a_clause_opened_by_a_wh_adverb_is_no_statement(nlp):
    text = "Few critics would have described the mayor as a reformer when she took office in 2010."
    assert "she took office in 2010" not in [content for _, content in _claims(nlp, text)]


def test_a_clause_opened_by_a_conjunction_is_no_statement(nlp):
    text = "The porter spoke to the guests until the manager arrived."
    assert "the manager arrived" not in [content for _, content in _claims(nlp, text)]


# ---------------------------------------------------------------- "as X put it"


def test_as_someone_put_it_gives_the_quote_its_speaker(nlp):
    text = "As the auditor put it, “The books do not balance and nobody seems to care.”"
    assert ("the auditor", "The books do not balance and nobody seems to care.") in _claims(nlp, text)


def test_as_someone_put_it_before_a_colon(nlp):
    text = "As one veteran put it: “Nobody here trusts the new rules.”"
    assert ("one veteran", "Nobody here trusts the new rules.") in _claims(nlp, text)


def test_as_someone_put_it_reports_an_unquoted_sentence(nlp):
    assert ("one farmer", "the rain came too late for the wheat") in _claims(nlp, "As one farmer put it, the rain came too late for the wheat.")


def test_putting_it_somewhere_is_no_cue(nlp):
    assert _claims(nlp, "Mr Kane put it about the town.") == []  # "about" would name a topic of a speech cue


# ---------------------------------------------------------------- more frame verbs: "portrayed X as Y", "branded X a Y"


def test_portraying_someone_as_something_is_a_labelled_object(nlp):
    text = "Her opponents have painted the senator as a career politician."
    assert ("Her opponents", "the senator as a career politician") in _claims(nlp, text)


def test_characterizing_a_bill_as_a_giveaway(nlp):
    text = "The senator characterized the bill as a giveaway to banks."
    assert ("The senator", "the bill as a giveaway to banks") in _claims(nlp, text)


def test_a_label_read_as_a_bare_noun_after_the_object_is_kept(nlp):
    assert ("Rivals", "the governor a coward") in _claims(nlp, "Rivals branded the governor a coward.")


def test_painting_a_fence_or_hailing_a_taxi_is_no_claim(nlp):
    assert _claims(nlp, "The painter painted the fence green on Sunday.") == []
    assert _claims(nlp, "Residents hailed a taxi outside the station.") == []


# ---------------------------------------------------------------- "tweeted in the early hours that ..."


def test_a_that_clause_after_a_time_phrase_read_as_an_adverbial_keeps_its_that():
    doc = parse(
        """
        Lowe NNP nsubj 1
        tweeted VBD ROOT 1 tweet
        in IN prep 1
        the DT det 5
        early JJ amod 5
        hours NNS pobj 2 hour
        that WDT advmod 8
        Varela NNP nsubj 8
        was VBD advcl 1 be
        rude JJ acomp 8
        . . punct 1
        """
    )
    assert [doc[lo:hi].text for lo, hi, _ in _clause_read_as_adverbial(doc[1])] == ["that Varela was rude"]


def test_a_that_clause_the_parse_hangs_on_a_time_noun_is_what_was_said(nlp):
    text = "Ms Grady tweeted in the early morning hours that Duarte was disgusting."
    assert ("Ms Grady", "that Duarte was disgusting") in _claims(nlp, text)


# ---------------------------------------------------------------- '' marks: a later sentence's own attribution


def test_a_later_sentence_with_its_own_cue_is_not_the_first_cues_content(nlp):
    text = (
        "In a letter, Ms. Varga said her dispute with the council was purely legal. ''It was my duty to defend the tenants,'' "
        "she wrote. ''And I would do it again.''"
    )
    claims = [(c.cue.text if c.cue else None, c.text) for c in claimx.extract(text, nlp=nlp)]
    assert ("said", "her dispute with the council was purely legal") in claims
    assert ("wrote", "It was my duty to defend the tenants") in claims
    assert all(cue != "said" or "duty" not in content for cue, content in claims)


def test_a_quote_after_the_second_attribution_continues_its_speaker(nlp):
    text = (
        "He said the library filled a gap that he believed the schools had left. ''Over the years we have lent millions of books to "
        "this town,'' he said. ''We are really part of its story and few people know it.''"
    )
    second = text.index("he said.") + 3
    claims = [(c.cue.start if c.cue else None, c.text) for c in claimx.extract(text, nlp=nlp)]
    assert (second, "We are really part of its story and few people know it.") in claims  # the second "said", not the first


def test_a_full_stop_inside_the_quotation_keeps_both_sentences(nlp):
    assert ("He", "We will win. They will lose.") in _claims(nlp, 'He said: "We will win. They will lose."')
