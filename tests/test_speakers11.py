"""Shapes of speaker round 11 (issue 14), on sentences written for these tests."""

from __future__ import annotations

import claimx


def _speakers(nlp, text: str) -> list[tuple[str, str, str]]:
    return [(c.speaker.mention.text, c.speaker.name, c.speaker.kind.value) for c in claimx.extract(text, nlp=nlp) if c.speaker and c.speaker.mention]


def _they(nlp, text: str) -> tuple[str, str]:
    return next((name, kind) for mention, name, kind in _speakers(nlp, text) if mention == "they")


def test_singular_they_after_an_unnamed_one_person_speaker_is_that_person(nlp) -> None:
    text = (
        "Officials are weighing a takeover of the Dunmore tram line, the Wessex Herald understands.\n\n"
        'A council spokesperson said no decision had been reached. "The mayor wants trams people can trust," they said.'
    )
    name, kind = _they(nlp, text)
    assert kind == "anonymous" and "spokesperson" in name


def test_singular_they_after_a_named_person_of_no_stated_gender(nlp) -> None:
    text = (
        "Jody Marlowe, who has run the Dunmore food bank for six years, said demand had doubled. "
        '"We are running out of shelves," they said.'
    )
    assert _they(nlp, text) == ("Jody Marlowe", "person")


def test_they_after_a_gendered_speaker_is_not_that_speaker(nlp) -> None:
    text = (
        "Nurses at the Dunmore clinic walked out on Friday.\n\n"
        'A spokeswoman for the clinic said talks would resume. "We are angry," they said.'
    )
    assert "spokeswoman" not in _they(nlp, text)[0]


def test_the_operator_beside_a_body_name_is_that_body(nlp) -> None:
    text = "The operator, Wexmoor Buses, said it had run every service on time. It said drivers had worked hard."
    assert ("The operator", "Wexmoor Buses", "organization") in _speakers(nlp, text)


def test_the_provider_takes_up_the_utility_named_before(nlp) -> None:
    text = (
        "Dunmore Water has raised bills by a third, its customers say.\n\n"
        "The provider said in a statement that it had frozen prices until spring."
    )
    assert ("The provider", "Dunmore Water", "organization") in _speakers(nlp, text)


def test_a_lede_role_is_the_person_named_next_with_its_abbreviated_title(nlp) -> None:
    text = (
        "BRANDT CITY, Kellmark (AP) — A Democratic state senator in Kellmark sued Gov. Otto Brand on Monday over new voter rules.\n\n"
        "Sen. Harriet Vossberg said in the complaint that the rules broke the state constitution."
    )
    assert ("A Democratic state senator in Kellmark", "Harriet Vossberg", "person") in _speakers(nlp, text)


def test_a_lede_role_is_not_a_title_named_too_far_on(nlp) -> None:
    text = (
        "A Democratic state senator in Kellmark sued the elections board on Monday over new voter rules.\n\n"
        "The board said the rules were lawful.\n\nVoters queued for hours in May.\n\nTurnout fell by a tenth.\n\n"
        "Sen. Harriet Vossberg, who chairs the finance committee, said the budget was late."
    )
    assert ("A Democratic state senator in Kellmark", "Harriet Vossberg", "person") not in _speakers(nlp, text)


def test_a_lede_role_is_no_one_when_two_people_hold_the_title(nlp) -> None:
    text = (
        "BRANDT CITY, Kellmark (AP) — A Democratic state senator in Kellmark sued Gov. Otto Brand on Monday over new voter rules.\n\n"
        "Sen. Harriet Vossberg said in the complaint that the rules broke the state constitution. "
        "Sen. Paul Dreyfield said he would vote to repeal them."
    )
    assert ("A Democratic state senator in Kellmark", "Harriet Vossberg", "person") not in _speakers(nlp, text)


def test_a_lede_role_at_a_body_is_the_person_the_body_owns_in_that_role(nlp) -> None:
    text = (
        "A former engineer at Marrow Valley Gas says the company hid leaks from inspectors.\n\n"
        "Marrow Valley Gas's former engineer Tobias Grell told the Weekly Ledger he warned his bosses in 2022."
    )
    assert ("A former engineer at Marrow Valley Gas", "Tobias Grell", "person") in _speakers(nlp, text)


def test_the_council_is_the_council_brought_in_unnamed_not_another_body(nlp) -> None:
    text = (
        "Parents have begun a campaign to keep Hollin Lane Museum open as the city council looks for savings.\n\n"
        "The Hollin Lane Museum said visitor numbers were at a record. The council said no decision had been made.\n\n"
        "Westerby City Council has lost a fifth of its budget since 2020."
    )
    assert ("The council", "Westerby City Council", "organization") in _speakers(nlp, text)


def test_the_company_after_its_unnamed_mention_is_still_the_company_named_first(nlp) -> None:
    text = (
        "Drevon Holdings said on Monday it would close two plants. The company's shares fell 4%.\n\n"
        "The company said the closures would save $40 million a year."
    )
    assert ("The company", "Drevon Holdings", "organization") in _speakers(nlp, text)


def test_the_outlet_that_has_learned_is_no_antecedent_of_they(nlp) -> None:
    text = (
        "The Dunmore bypass will be scrapped next month, the Wessex Herald has learned.\n\n"
        "They said the money would go to buses."
    )
    assert [name for mention, name, _ in _speakers(nlp, text) if mention == "They"] == ["They"]


def test_lede_cataphora_counts_the_lede_after_a_byline_and_time_stamp(nlp):
    # a section label, headline, byline and time stamp above the lede are no sentences of prose
    text = (
        "Politics\n\nState senator sues governor over emergency powers\n\nBy Dana Whitcomb, CNN\n\n"
        "Updated 4:12 PM EST, Tue December 1, 2026\n\n"
        "(CNN) \u2014 A Republican state senator in Ohaska sued Gov. Melissa Tran on Tuesday, arguing that her use "
        "of emergency powers to close rural clinics broke state law.\n\n"
        'Sen. Roy Pettibone said in the lawsuit that the governor had "stretched the emergency law past its breaking point."\n'
    )
    speakers = [(c.speaker.mention.text, c.speaker.name) for c in claimx.extract(text, nlp=nlp) if c.speaker and c.speaker.mention]
    assert ("A Republican state senator in Ohaska", "Roy Pettibone") in speakers
