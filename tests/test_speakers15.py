"""Shapes of speaker round 15 (issue 14), on sentences written for these tests."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc
from spacy.vocab import Vocab

import claimx
from claimx.extraction.speakers.surface import trim_asides
from claimx.text.title_case import headline_name, title_case_line


def _speakers(nlp, text: str) -> list[tuple[str, str, str]]:
    return [(c.speaker.mention.text, c.speaker.name, c.speaker.kind.value) for c in claimx.extract(text, nlp=nlp) if c.speaker and c.speaker.mention]


def _doc(words: list[str], tags: list[str], ents: list[str]) -> Doc:
    spaces = [k + 1 < len(words) and words[k + 1] != "," for k in range(len(words))]
    return Doc(Vocab(), words=words, spaces=spaces, tags=tags, ents=ents)


@pytest.mark.parametrize(
    ("words", "tags", "ents", "expected"),
    [
        # a fronted time phrase set off by a comma is no part of the speaker
        (["Six", "months", "ago", ",", "a", "Courier", "editorial"], ["CD", "NNS", "RB", ",", "DT", "NNP", "NN"], ["B-DATE", "I-DATE", "I-DATE", "O", "O", "B-ORG", "O"], "a Courier editorial"),
        # a sentence adverb likewise
        (["Meanwhile", ",", "the", "inspectors"], ["RB", ",", "DT", "NNS"], ["O"] * 4, "the inspectors"),
        # an adverb between the speaker and the verb
        (["my", "aunt", "always"], ["PRP$", "NN", "RB"], ["O"] * 3, "my aunt"),
        (["officials", "also"], ["NNS", "RB"], ["O"] * 2, "officials"),
        # negatives: a name before the comma is an appositive's, and a lone adverb stays
        (["Nia", "Oduya", ",", "the", "coach"], ["NNP", "NNP", ",", "DT", "NN"], ["B-PERSON", "I-PERSON", "O", "O", "O"], "Nia Oduya, the coach"),
        (["Friday", ",", "June", "5"], ["NNP", ",", "NNP", "CD"], ["B-DATE", "O", "B-DATE", "I-DATE"], "June 5"),
        (["Mr.", "Ocampo"], ["NNP", "NNP"], ["O", "B-PERSON"], "Mr. Ocampo"),
    ],
)
def test_speakers_trim_asides_keeps_only_the_words_that_name(words, tags, ents, expected) -> None:
    doc = _doc(words, tags, ents)
    assert trim_asides(doc[:]).text == expected


def test_speakers_an_adverb_before_the_verb_is_no_part_of_the_name(nlp) -> None:
    text = '"Money is not everything," my grandmother often said.'
    assert _speakers(nlp, text) == [("my grandmother", "my grandmother", "anonymous")]


@pytest.mark.parametrize(
    ("words", "text", "expected"),
    [
        (("Weary", "Ferris"), "Weary Ferris Reveals Hard Truths About Service\nCol. Dale Ferris said so.", ("Ferris",)),
        (("Retired", "Colonel"), "Retired Colonel Reveals Hard Truths About Service\nRetired Army Col. Dale Ferris said so.", ()),
        # negative: a name the body writes in full stays whole
        (("Dale", "Ferris"), "Dale Ferris Reveals Hard Truths About Service\nDale Ferris said so.", ("Dale", "Ferris")),
    ],
)
def test_speakers_a_headline_names_with_the_bodys_words(words, text, expected) -> None:
    line = title_case_line(text, 0)
    assert line is not None and headline_name(words, text, line) == expected


def test_speakers_a_headline_mention_drops_the_adjective_the_body_never_writes(nlp) -> None:
    text = "Weary Ferris Reveals Hard Truths About Serving Under Quill.\n\nRetired Army Col. Dale Ferris spoke out ahead of the election. Ferris said he had major misgivings.\n"
    assert ("Ferris", "Dale Ferris", "person") in _speakers(nlp, text)
    assert not [s for s in _speakers(nlp, text) if "Weary" in s[1]]


def test_speakers_a_headline_entity_drops_the_adjective_the_body_never_writes(nlp) -> None:
    text = "Derelict Quill And Harlow Fail The Voters Again.\n\nMayor Dora Quill said the budget was balanced. Quill told reporters the council agreed.\n"
    names = [e["name"] for e in nlp(text)._.speakers]
    assert "Dora Quill" in names and not [n for n in names if "Derelict" in n]


def test_speakers_a_name_tagged_as_a_place_with_a_personal_role_beside_it_is_a_person(nlp) -> None:
    text = "Kemi Adeyemi, the party's health spokesperson, said the plan would fail. Ms Adeyemi said ministers had ignored warnings."
    assert _speakers(nlp, text) == [("Kemi Adeyemi", "Kemi Adeyemi", "person"), ("Ms Adeyemi", "Kemi Adeyemi", "person")]


def test_speakers_a_place_with_a_non_personal_appositive_stays_a_body(nlp) -> None:
    text = "Kenya, the region's biggest economy, said growth would slow."
    assert _speakers(nlp, text) == [("Kenya", "Kenya", "organization")]



def test_speakers_a_headline_keeps_a_body_noun_with_its_name(nlp) -> None:
    text = "Lakeside County Says Voters Should Back The Levy.\n\nVoters in Marsh County backed the levy on Tuesday, officials said.\n"
    assert not [s for s in _speakers(nlp, text) if s[1] == "County"]
