"""Pronoun and surname shapes of round speakers19a (issue 14), on sentences written for these tests."""

from __future__ import annotations

import pytest

import claimx


def _speakers(nlp, text: str) -> list[tuple[str, str, str]]:
    return [(c.speaker.mention.text, c.speaker.name, c.speaker.kind.value) for c in claimx.extract(text, nlp=nlp) if c.speaker and c.speaker.mention]


def test_speakers_a_name_in_a_fronted_if_clause_the_cue_interrupts_is_not_the_pronoun(nlp) -> None:
    text = "Governor Dana Crill spoke on Tuesday.\n\nIf Ray Dunmore wins, he said, the state will suffer."
    assert [n for m, n, _ in _speakers(nlp, text) if m == "he"] == ["Dana Crill"]


def test_speakers_a_name_in_a_fronted_after_clause_the_cue_interrupts_is_not_the_pronoun(nlp) -> None:
    text = "Mayor Lena Ross spoke on Friday.\n\nAfter Tom Brack lost the race, she said, the party split."
    assert [n for m, n, _ in _speakers(nlp, text) if m == "she"] == ["Lena Ross"]



def test_speakers_a_plural_they_subject_carries_its_group_past_an_object(nlp) -> None:
    text = (
        "Critics of the plan, like Senators Tom Brack, Republican of Ohio, and Ed Vance, Democrat of Iowa, want changes. "
        "They sent a letter on Thursday to Senate leaders opposing the bill.\n\n"
        "\"The plan is a disaster,\" they wrote."
    )
    assert [n for m, n, _ in _speakers(nlp, text) if m == "they"] == ["critics"]


def test_speakers_a_titled_description_owning_the_subject_is_the_next_he(nlp) -> None:
    text = (
        "Mayor Robert Hale has led the city of Elmford for a decade.\n\n"
        "Ed Vance, one of the mayor's closest aides, recalled the first campaign.\n\n"
        "The mayor's roots also came into play. In Pinewood last week, he told a meeting of farmers that the town would grow."
    )
    assert [n for m, n, _ in _speakers(nlp, text) if m == "he"] == ["Robert Hale"]


def test_speakers_an_owned_person_noun_subject_is_the_she_of_its_sentence(nlp) -> None:
    text = (
        "Like Mayor Tom Brack, I believe in the town.\n\n"
        "My mother has softened with age, but even now she still says the town was better then."
    )
    assert [(n, k) for m, n, k in _speakers(nlp, text) if m == "she"] == [("my mother", "anonymous")]


def test_speakers_a_definite_description_tied_to_nobody_leaves_she_to_the_named_woman(nlp) -> None:
    text = (
        "Lena Ross, 52, lives in Elmford.\n\n"
        "\"I never doubted it,\" she said.\n\n"
        "The woman's enthusiasm for the mayor is plain. \"Here he comes,\" she said."
    )
    assert [n for m, n, _ in _speakers(nlp, text) if m == "she"] == ["Lena Ross", "Lena Ross"]


def test_speakers_staff_tied_to_no_body_are_the_they_of_their_sentence(nlp) -> None:
    text = (
        "The plan gets little attention on the campaign trail from either Tom Brack or Lena Ross.\n\n"
        "That frustrates many analysts because they believe that a change will come only after the vote."
    )
    assert [n for m, n, _ in _speakers(nlp, text) if m == "they"] == ["many analysts"]


def test_speakers_staff_of_a_named_body_still_leave_they_to_the_body(nlp) -> None:
    text = "Acme Corp officials met the mayor on Monday.\n\nThey said the plant would stay open."
    assert [k for m, _, k in _speakers(nlp, text) if m == "They"] == ["organization"]


def test_speakers_a_name_ends_at_a_spaced_dash_so_its_surname_alone_finds_it(nlp) -> None:
    text = (
        "In an interview at her hotel room, Deborah Jordan Reynolds - Santilli's girlfriend and co-host on his channel - "
        "described the arrest.\n\n"
        "Reynolds says the two met in an online group.\n\n"
        "\"We bust each other's chops on the show,\" she says."
    )
    got = {(m, n, k) for m, n, k in _speakers(nlp, text) if m in ("Reynolds", "she")}
    assert got == {("Reynolds", "Deborah Jordan Reynolds", "person"), ("she", "Deborah Jordan Reynolds", "person")}


def test_speakers_a_dash_inside_a_name_stays_in_it(nlp) -> None:
    text = "Economist Douglas Holtz-Eakin spoke on Monday.\n\nHoltz-Eakin said the plan would cost more."
    assert {n for m, n, _ in _speakers(nlp, text)} == {"Douglas Holtz-Eakin"}


def test_speakers_a_surname_the_model_reads_as_a_verb_is_the_person_named_in_full(nlp) -> None:
    text = (
        "The network fired Curt Schilling on Wednesday.\n\n"
        "\"He knew the rules,\" said a spokesman for the network.\n\n"
        "Schilling describes himself on his blog as a man who wants to speak freely."
    )
    assert [(n, k) for m, n, k in _speakers(nlp, text) if m == "Schilling"] == [("Curt Schilling", "person")]


def test_speakers_a_headline_surname_before_a_colon_is_not_a_name_in_its_quote(nlp) -> None:
    text = (
        "Reid: 'Never, ever, ever underestimate Trump.'\n\n"
        "Harry Reid has some advice for Democrats already celebrating a win over Donald Trump.\n\n"
        "\"Never underestimate him,\" Reid said."
    )
    assert {n for m, n, _ in _speakers(nlp, text) if m == "Reid"} == {"Harry Reid"}


def test_speakers_a_nationality_before_a_person_noun_subject_keeps_it_in_play(nlp) -> None:
    text = (
        "Like Mayor Tom Brack, I believe in the town.\n\n"
        "My Irish mother has softened with age, but even now she still says the town was better then."
    )
    assert [(n, k) for m, n, k in _speakers(nlp, text) if m == "she"] == [("my Irish mother", "anonymous")]


def test_speakers_a_shared_surname_alone_is_the_bearer_brought_in_first(nlp) -> None:
    text = (
        "Mixed messages on Kolb leave plan.\n\n"
        "Ezrin Kolb's new proposal for paid leave is vague about who would be eligible, experts say.\n\n"
        "Tavia Kolb, his daughter, said the plan would cover everyone. Tavia Kolb spoke at a rally in Ohio. "
        "Critics said Tavia Kolb was wrong.\n\n"
        "Kolb says the state would pay for the plan."
    )
    assert [n for m, n, _ in _speakers(nlp, text) if m == "Kolb"] == ["Ezrin Kolb"]


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("The change is likely to placate nervous Democrats on Capitol Hill, who have argued that it helps the party.", "nervous Democrats", "group"),
        ("The mayor met voters in Elmford, who said the plan was unfair.", "voters", "group"),
        ("\"Go to the refuge,\" Tom Brack says to Ed Vance on camera, who responds: \"Okay!\"", "Ed Vance", "person"),
        ("Doe was defensive about not paying an architect who said he was stiffed.", "an architect", "anonymous"),
        ("The plan was backed by the Elmford Trust, who said it would help.", "Elmford Trust", "organization"),
    ],
)
def test_speakers_who_after_a_place_or_thing_is_the_people_the_phrase_is_about(nlp, text, name, kind) -> None:
    assert [(n, k) for m, n, k in _speakers(nlp, text) if m == "who"] == [(name, kind)]


def test_speakers_an_untagged_surname_subject_is_still_salient_for_he(nlp) -> None:
    text = (
        "Tom Brack, the mayor, met Ed Vance, the union chief, on Monday. Vance said the talks had failed.\n\n"
        "Brack disagreed. He said the talks would go on."
    )
    assert [n for m, n, _ in _speakers(nlp, text) if m == "He"] == ["Tom Brack"]


def test_speakers_the_author_of_a_text_subject_is_salient_for_he(nlp) -> None:
    text = (
        "Gov. Tom Brack endorsed the plan on Monday.\n\n"
        "Ed Vance's article also attacked Brack for the endorsement. He calls the move \"a disgrace.\""
    )
    assert [n for m, n, _ in _speakers(nlp, text) if m == "He"] == ["Ed Vance"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The Elm Institute rated the claim false.\n\n"
            "The unemployment rate is a widely used term with a specific definition: It refers to the share of jobless people who are looking for work.",
            "the unemployment rate",
        ),
        (
            "Senator Tom Brack worked out a deal with the Pinewood Veterans Committee.\n\n"
            "The bill did something Republicans wanted: It allowed veterans to see private doctors.",
            "the bill",
        ),
    ],
)
def test_speakers_it_after_a_colon_goes_on_about_the_clause_subject_before_it(nlp, text, name) -> None:
    assert {(n, k) for m, n, k in _speakers(nlp, text) if m == "It"} == {(name, "document")}


def test_speakers_it_after_a_comma_still_says_its_own_clause(nlp) -> None:
    assert [n for m, n, _ in _speakers(nlp, "Volkenwerk will cut 4,000 jobs, it said on Monday.") if m == "it"] == ["Volkenwerk"]
