"""Shapes of speaker round speakers19b (issue 14): descriptions, titles, kinds; sentences written for these tests."""

from __future__ import annotations

import claimx


def _speakers(nlp, text: str) -> list[tuple[str, str, str]]:
    return [(c.speaker.mention.text, c.speaker.name, c.speaker.kind.value) for c in claimx.extract(text, nlp=nlp) if c.speaker and c.speaker.mention]


def test_speakers_the_office_in_a_coordinated_title_is_no_speaker(nlp) -> None:
    text = "Former Secretary of State Ann Lee and Gov. Bo Ray said the deal was dead."
    assert [(n, k) for _, n, k in _speakers(nlp, text)] == [("Ann Lee and Bo Ray", "group")]


def test_speakers_two_titled_names_misparsed_as_one_still_speak_together(nlp) -> None:
    text = "Former Defense Secretary Ann Lee and Attorney General Bo Ray said the deal was dead."
    assert [(n, k) for _, n, k in _speakers(nlp, text)] == [("Ann Lee and Bo Ray", "group")]


def test_speakers_a_short_name_in_the_headline_joins_the_full_name_below(nlp) -> None:
    text = "Mayor Will Resign, Daily News Says\n\nThe mayor will resign, the New York Daily News reported Monday. The Daily News said he had lost support."
    found = {(m, n, i) for m, n, _, i in ((c.speaker.mention.text, c.speaker.name, c.speaker.kind, c.speaker.id) for c in claimx.extract(text, nlp=nlp))}
    assert {n for _, n, _ in found} == {"New York Daily News"} and len({i for _, _, i in found}) == 1


def test_speakers_a_name_with_the_before_it_is_a_body_not_a_person(nlp) -> None:
    text = "The Lakeside Gazette reported on Monday that the mayor would resign.\n\nThe Gazette said the mayor had lost support."
    assert [(n, k) for _, n, k in _speakers(nlp, text)] == [("Lakeside Gazette", "organization")] * 2


def test_speakers_a_person_named_before_a_noun_after_the_stays_a_person(nlp) -> None:
    text = "Sarah Lund spoke on Monday.\n\nA narrator in the Lund ad said the plan was a mistake."
    assert [n for m, n, _ in _speakers(nlp, text) if m.startswith("A narrator")] == ["narrator"]


def test_speakers_a_transcript_label_in_capitals_is_the_person_named_in_full(nlp) -> None:
    text = (
        "Fox host Ann Wren interviewed Senator Bo Tull on Sunday.\n\nWREN: Will you vote for the bill?\n\n"
        "TULL: I will vote for it. I think it will pass easily.\n\nWREN: Why?\n\nTULL: Because it is good for the state, and the voters like it."
    )
    assert [(m, n, k) for m, n, k in _speakers(nlp, text)] == [
        ("WREN", "Ann Wren", "person"), ("TULL", "Bo Tull", "person"), ("WREN", "Ann Wren", "person"), ("TULL", "Bo Tull", "person")
    ]


def test_speakers_a_full_name_label_in_capitals_said_once_speaks(nlp) -> None:
    text = "Host Ann Wren spoke with Senator Bo Tull on Sunday.\n\nANN WREN: Will you vote for the bill?\n\nBO TULL: I will vote for it."
    assert [(m, n) for m, n, _ in _speakers(nlp, text)] == [("ANN WREN", "Ann Wren"), ("BO TULL", "Bo Tull")]


def test_speakers_the_country_after_a_state_is_no_state(nlp) -> None:
    text = "Ohio passed a new law on guns last week. The country said the law was needed."
    assert [n for m, n, _ in _speakers(nlp, text) if m == "The country"] == ["the country"]


def test_speakers_the_state_is_the_state_just_named(nlp) -> None:
    text = "Officials in Ohio met on Monday.\n\nThe state said the law was needed."
    assert [(n, k) for m, n, k in _speakers(nlp, text) if m == "The state"] == [("Ohio", "organization")]


def test_speakers_the_state_after_a_city_stays_unnamed(nlp) -> None:
    text = "Officials in Springfield met on Monday.\n\nThe state said the law was needed."
    assert [n for m, n, _ in _speakers(nlp, text) if m == "The state"] == ["the state"]


def test_speakers_a_titled_name_with_a_party_bracket_beside_a_description_is_its_person(nlp) -> None:
    text = "Tom Smith spoke on Monday.\n\nSmith's niece, state Del. Mary Price (D-Easton), said she was proud."
    assert [n for m, n, _ in _speakers(nlp, text) if m.startswith("Smith's niece")] == ["Mary Price"]


def test_speakers_a_nickname_in_quotes_is_no_part_of_the_name(nlp) -> None:
    text = "Tom Smith spoke on Monday.\n\nSmith's niece, state Del. Mary \"Bee\" Price (D-Easton), said she was proud."
    assert [n for m, n, _ in _speakers(nlp, text) if m.startswith("Smith's niece")] == ["Mary Price"]


def test_speakers_a_list_of_names_hung_on_the_of_phrase_is_the_plural_description(nlp) -> None:
    text = "The vote was close.\n\nThree residents of the town, Ann Ray, Jo Tull and Ed Vance, told reporters the plan was unfair."
    assert [(n, k) for _, n, k in _speakers(nlp, text)] == [("Ann Ray, Jo Tull and Ed Vance", "group")]


def test_speakers_two_of_a_body_with_two_names_beside_are_both(nlp) -> None:
    text = "The vote was close.\n\nTwo of the council's members, Ann Ray and Jo Tull, said they would appeal."
    assert [(n, k) for m, n, k in _speakers(nlp, text) if m.startswith("Two")] == [("Ann Ray and Jo Tull", "group")]


def test_speakers_a_role_of_another_body_does_not_continue_the_topic(nlp) -> None:
    text = "Tom Brack attacked the FBI on Tuesday.\n\nThe FBI director said the inquiry was closed."
    assert [n for m, n, _ in _speakers(nlp, text) if m == "The FBI director"] == ["the FBI director"]


def test_speakers_a_role_of_the_body_the_topic_is_named_with_continues_it(nlp) -> None:
    text = "FBI Director Ann Ray testified on Tuesday.\n\nThe FBI director said the inquiry was closed."
    assert [n for m, n, _ in _speakers(nlp, text) if m == "The FBI director"] == ["Ann Ray"]


def test_speakers_a_union_role_does_not_continue_a_passage_on_a_senator(nlp) -> None:
    text = "Senator Tom Brack spoke to the miners on Tuesday.\n\nThe union chief said the mine would close."
    assert [n for m, n, _ in _speakers(nlp, text) if m == "The union chief"] == ["the union chief"]


def test_speakers_an_age_beside_a_surname_the_model_reads_as_a_place_makes_a_person(nlp) -> None:
    text = "Hartfield, 54, said the bill was flawed. Hartfield added that it would fail."
    found = [(n, k, i) for _, n, k, i in ((c.speaker.mention.text, c.speaker.name, c.speaker.kind.value, c.speaker.id) for c in claimx.extract(text, nlp=nlp))]
    assert [k for _, k, _ in found] == ["person", "person"] and len({i for _, _, i in found}) == 1


def test_speakers_a_party_and_state_bracket_makes_a_person(nlp) -> None:
    text = "Hartfield (R-Ohio) said the bill was flawed."
    assert [k for _, _, k in _speakers(nlp, text)] == ["person"]


def test_speakers_a_party_member_beside_a_name_makes_a_person(nlp) -> None:
    text = "Hartfield, a Republican, said the bill was flawed."
    assert [k for _, _, k in _speakers(nlp, text)] == ["person"]


def test_speakers_a_distance_after_a_place_is_no_age(nlp) -> None:
    text = "The plant employs 300 people in Ohio, 40 miles from the city, and Ohio said it would help."
    assert [k for _, _, k in _speakers(nlp, text)] == ["organization"]


def test_speakers_a_title_case_headline_role_is_the_person_the_lede_titles_so(nlp) -> None:
    text = "Retired General Reveals Troubling Experience Of Serving Under Obama.\n\nRetired U.S. Army Gen. Tom Hask is speaking out ahead of the election about the problems he has with the president."
    assert [(m, n, k) for m, n, k in _speakers(nlp, text)] == [("Retired General", "Tom Hask", "person")]


def test_speakers_a_title_case_headline_body_noun_is_the_body_the_lede_names(nlp) -> None:
    text = "Popular Website Shows Bias When It Comes To Checking Republicans.\n\nEconomic data matters. On Monday, Factcheckery announced it will have 18 checkers working during the debate."
    assert [(n, k) for m, n, k in _speakers(nlp, text) if m == "Popular Website"] == [("Factcheckery", "organization")]


def test_speakers_a_title_case_headline_document_is_the_named_document(nlp) -> None:
    text = "New Survey Shows Minor Bump For Clinton.\n\nA new survey shows that Trump remains in a tight race with Clinton. The Kellogg/Ipsos survey found that 40 percent backed him."
    assert [(n, k) for m, n, k in _speakers(nlp, text) if m == "New Survey"] == [("Kellogg/Ipsos survey", "document")]


def test_speakers_a_name_with_an_age_after_a_description_with_a_relative_clause_is_its_person(nlp) -> None:
    text = "The council approved the plan.\n\nA Leeds voter who backs the plan, Joe Tull, 45, said the vote was fair."
    assert [n for m, n, _ in _speakers(nlp, text) if m == "A Leeds voter"] == ["Joe Tull"]


def test_speakers_a_name_after_a_trailing_description_is_its_person(nlp) -> None:
    text = "The council approved the plan.\n\n\"It is fair,\" said a retired teacher from Leeds, Joe Tull, who backs the plan."
    assert [n for m, n, _ in _speakers(nlp, text) if m.startswith("a retired teacher")] == ["Joe Tull"]


def test_speakers_a_name_after_a_description_after_according_to_is_its_person(nlp) -> None:
    text = "The council approved the plan.\n\nAccording to a spokeswoman for the council, Ann Ray, the vote was fair."
    assert [n for m, n, _ in _speakers(nlp, text) if m.startswith("a spokeswoman")] == ["Ann Ray"]


def test_speakers_a_titled_name_after_a_party_member_is_that_member(nlp) -> None:
    text = "The council approved the plan.\n\nA Republican who backs the plan, state Rep. Joe Tull, said the vote was fair."
    assert [n for m, n, _ in _speakers(nlp, text) if m == "A Republican"] == ["Joe Tull"]


def test_speakers_a_name_after_a_document_is_no_appositive_of_it(nlp) -> None:
    text = "Ann Ray spoke on Monday.\n\nThe report, Ann Ray said, shows the plan is fair."
    assert [n for m, n, _ in _speakers(nlp, text)] == ["Ann Ray"] * len(_speakers(nlp, text))


def test_speakers_a_home_place_after_a_coordinated_name_is_no_party(nlp) -> None:
    text = "Republican Sens. Ann Lee of Ohio and Bo Ray of Texas said the deal was dead."
    assert [(n, k) for _, n, k in _speakers(nlp, text)] == [("Ann Lee and Bo Ray", "group")]


def test_speakers_a_live_page_label_in_capitals_is_no_person(nlp) -> None:
    text = "Live: the vote.\n\nUPDATE: The council said the vote would go ahead.\n\nUPDATE: The mayor said he would resign."
    assert all(k != "person" for m, _, k in _speakers(nlp, text) if m == "UPDATE")


def test_speakers_the_pm_is_the_prime_minister_just_named(nlp) -> None:
    text = "Ann Vell, the prime minister, visited the plant. The PM said the closure was a blow."
    assert [(n, k) for m, n, k in _speakers(nlp, text) if m == "The PM"] == [("Ann Vell", "person")]


def test_speakers_a_role_owned_by_a_body_tagged_a_person_keeps_its_words(nlp) -> None:
    text = "Kellwick Energy closed the plant. Chief executive Tom Hask said the decision was hard. Kellwick's chairman said the board agreed."
    assert [(n, k) for m, n, k in _speakers(nlp, text) if m == "Kellwick's chairman"] == [("Kellwick's chairman", "anonymous")]


def test_speakers_a_list_beside_a_plural_with_a_name_tagged_a_body_is_still_the_people(nlp) -> None:
    text = "The vote was close.\n\nTwo members of the council, Kezia Brannock and Ozzie Mapp, said they would appeal."
    assert [(n, k) for m, n, k in _speakers(nlp, text) if m.startswith("Two")] == [("Kezia Brannock and Ozzie Mapp", "group")]


def test_speakers_a_list_of_places_beside_a_plural_is_no_people(nlp) -> None:
    text = "The vote was close.\n\nTwo cities, Leeds and York, said they would appeal."
    assert all(n != "Leeds and York" for _, n, _ in _speakers(nlp, text))


def test_speakers_a_name_before_a_spaced_dash_aside_is_the_speaker(nlp) -> None:
    text = (
        "Her partner was arrested.\n\nIn an interview, Deborah Jordan Reynolds - Santilli's girlfriend and co-host on his channel - "
        "told the paper that she was shocked."
    )
    assert [(n, k) for m, n, k in _speakers(nlp, text) if m.startswith("Deborah")] == [("Deborah Jordan Reynolds", "person")]


def test_speakers_a_bullet_glued_to_a_given_name_is_no_part_of_a_person_name(nlp) -> None:
    text = "Today's reading:\n-Ann Vell argues the plan will fail. [Post]\n-Matthew Ogleby thinks Trump will lose. [Vox]"
    assert [(n, k) for m, n, k in _speakers(nlp, text) if m.endswith("Ogleby")] == [("Matthew Ogleby", "person")]


def test_speakers_a_surname_the_tagger_reads_as_an_ing_form_is_the_person(nlp) -> None:
    text = "Curt Schilling was fired on Wednesday. Schilling describes himself on his account as a conservative."
    assert [(n, k) for m, n, k in _speakers(nlp, text) if m == "Schilling"] == [("Curt Schilling", "person")]


def test_speakers_a_bare_title_in_a_dek_is_the_person_the_story_is_about(nlp) -> None:
    text = (
        "Lund apologizes for comments;\nJustice vows to be 'more circumspect' with her opinions.\n\n"
        "Ruth Bader Lund regrets her insults of the candidate.\n\nThe judge said she regretted the remarks."
    )
    assert [n for m, n, _ in _speakers(nlp, text) if m == "Justice"] == ["Ruth Bader Lund"]


def test_speakers_a_bare_title_in_a_headline_with_no_person_below_is_a_role(nlp) -> None:
    text = "Senator apologizes for remarks\n\nThe remarks were made on Monday at a rally in Ohio."
    assert [(n, k) for m, n, k in _speakers(nlp, text) if m == "Senator"] == [("the senator", "anonymous")]


def test_speakers_a_role_for_someone_is_the_person_the_next_paragraph_names_with_that_owner(nlp) -> None:
    text = (
        "The Latest on the race.\n\n11:40 a.m.\n\nA spokeswoman for Ann Vell says neither the nominee nor her campaign helped the woman.\n\n"
        "Vell communications director Jenna Palm said in a statement that the campaign had no role."
    )
    assert [n for m, n, _ in _speakers(nlp, text) if m.startswith("A spokeswoman")] == ["Jenna Palm"]


def test_speakers_a_role_for_someone_is_not_a_person_the_next_paragraph_names_alone(nlp) -> None:
    text = (
        "The Latest on the race.\n\n11:40 a.m.\n\nA spokeswoman for Ann Vell says neither the nominee nor her campaign helped the woman.\n\n"
        "Jenna Palm, a voter, said in a statement that the campaign had no role."
    )
    assert [n for m, n, _ in _speakers(nlp, text) if m.startswith("A spokeswoman")] != ["Jenna Palm"]


def test_speakers_staff_of_a_body_noun_capitalised_first_in_the_sentence_are_the_body(nlp) -> None:
    text = "The blast went off at 8:30 p.m., according to NYPD Commissioner Jim Vell.\n\nVell said officials had video of the blast.\n\nPolice officials said a second device was found."
    assert [(n, k) for m, n, k in _speakers(nlp, text) if m == "Police officials"] == [("NYPD", "organization")]


def test_speakers_a_bare_title_with_its_place_in_a_dek_is_the_person_titled_so_below(nlp) -> None:
    text = (
        "Ah, friends once more: Ted Vell endorses Tom Brack, who says he is honored.\n\n"
        "Senator from Texas says he cannot allow Clinton to win.\n\nSen. Ted Vell (R-Tex) is endorsing Tom Brack's campaign."
    )
    assert [n for m, n, _ in _speakers(nlp, text) if m == "Senator from Texas"] == ["Ted Vell"]


def test_speakers_the_court_is_the_court_named_with_its_head_first(nlp) -> None:
    text = (
        "Court rules against purges.\n\nA federal appeals court ruled Friday against the state's procedure for removing voters.\n\n"
        "A three-judge panel of the U.S. Court of Appeals for the Ninth Circuit overruled a lower court.\n\n"
        "The appeals court ruled that the practices could remove eligible voters."
    )
    assert [k for m, n, k in _speakers(nlp, text) if m == "The appeals court" and n.startswith("U.S. Court of Appeals")] == ["organization"]


def test_speakers_my_father_in_narration_is_the_parent_the_piece_names(nlp) -> None:
    text = (
        "I grew up in a paranoid household.\n\nLest you assume that my parents, James and Olive Tenner, were uneducated, "
        "I should say that my father was an engineer.\n\n\"We live in a dark age,\" my father often said.\n\n\"Be careful,\" my mother said."
    )
    found = {m: n for m, n, _ in _speakers(nlp, text) if m.startswith("my ")}
    assert found == {"my father": "James Tenner", "my mother": "Olive Tenner"}


def test_speakers_my_father_set_beside_a_name_is_that_person(nlp) -> None:
    text = "I grew up in a small town. My father, Tom Vell, ran the store.\n\n\"Work hard,\" my father said."
    assert [n for m, n, _ in _speakers(nlp, text) if m == "my father"] == ["Tom Vell"]


def test_speakers_my_father_never_named_stays_a_description(nlp) -> None:
    text = "I grew up in a small town.\n\n\"Work hard,\" my father said."
    assert [n for m, n, _ in _speakers(nlp, text) if m == "my father"] == ["my father"]
