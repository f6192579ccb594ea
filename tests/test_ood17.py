"""Round ood17 (issues 16 and 14) on made-up British and wire sentences: a fronted
scene-setting phrase before the real speaker, British idioms of rejection, and two
wrongdoing phrases of betrayal and concealment."""

from __future__ import annotations

import pytest

import claimx


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # the parser takes "court" as the subject of "said"
        ("Outside court, the son of one patient, Owen Trask, said the family had been let down by the ward.", "Owen Trask"),
        # the parser hangs the real subject from the preposition's object: "said" has no subject
        ("Outside the tribunal, the widow of the driver, Gwen Hollis, said she would appeal.", "Gwen Hollis"),
    ],
)
def test_scene_setting_phrase_is_not_the_speaker(nlp, text, speaker):
    claims = claimx.extract(text, nlp=nlp)
    assert [c.speaker.name for c in claims if c.speaker] == [speaker]


def test_plain_subject_is_kept(nlp):
    claims = claimx.extract("Senior nurses, including the ward manager, Ada Pike, said the rota was unsafe.", nlp=nlp)
    assert [c.speaker.name for c in claims] == ["Senior nurses"]


@pytest.mark.parametrize(
    "text",
    [
        'In a written statement, Mr Orme said he had "no recollection" of any meeting with the buyers.',
        '"Reports of a takeover are wide of the mark," a spokesman for Fenbury Mills said.',
        '"We have nothing to hide," said Tessa Vane, the charity\'s director.',
        "The company said the allegations were without foundation.",
    ],
)
def test_british_rejection_idioms_deny(nlp, text):
    assert [c.stance.value for c in claimx.extract(text, nlp=nlp)] == ["denial"]


@pytest.mark.parametrize(
    "text",
    [
        'The judge said the thefts were "a gross breach of trust" by the treasurer.',
        "The union said members had been kept in the dark about the closure by the board.",
    ],
)
def test_betrayal_and_concealment_allege(nlp, text):
    assert [c.stance.value for c in claimx.extract(text, nlp=nlp)] == ["allegation"]


def test_dark_without_concealment_is_no_allegation(nlp):
    claims = claimx.extract("The warden said the village had been dark for hours after the storm.", nlp=nlp)
    assert [c.stance.value for c in claims] == ["assertion"]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The harbour board said it was co-operating fully with the coastguard.", "it was co-operating fully with the coastguard"),
        ("Mrs Dunlop said the two councils would co-ordinate the repairs.", "the two councils would co-ordinate the repairs"),
    ],
)
def test_prefixed_word_keeps_the_claim_whole(nlp, text, content):
    """ "co-operating" is one word: the claim is not cut at its hyphen."""
    assert [c.text for c in claimx.extract(text, nlp=nlp)] == [content]


def test_other_hyphens_still_split(nlp):
    assert [t.text for t in nlp.tokenizer("a well-known co-founder")] == ["a", "well", "-", "known", "co-founder"]


def test_keep_prefixed_words_merges_an_earlier_pattern_and_leaves_a_custom_match():
    """The earlier token match still applies; a user's own function is left untouched."""
    import re

    import spacy

    from claimx.pipes import keep_prefixed_words

    nlp = spacy.blank("en")
    nlp.tokenizer.token_match = re.compile(r"[A-Z]+-\d+\Z").match
    keep_prefixed_words(nlp)
    assert [t.text for t in nlp("co-operate with AB-12")] == ["co-operate", "with", "AB-12"]

    def own(text: str) -> bool:
        return text == "x-y"

    custom = spacy.blank("en")
    custom.tokenizer.token_match = own
    keep_prefixed_words(custom)
    assert custom.tokenizer.token_match is own
