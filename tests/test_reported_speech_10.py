"""Issue 16 (reported10) on made-up sentences: plural people nouns holding a belief, content edges."""

from __future__ import annotations

import pytest

import claimx


def _claims(nlp, text: str) -> list[tuple[str | None, str]]:
    return [
        (c.speaker.mention.text if c.speaker and c.speaker.mention else None, c.text)
        for c in claimx.extract(text, nlp=nlp)
    ]


# ---------------------------------------------------------------- plural people nouns hold a belief


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        ("Traders feared that the harbour board would raise the mooring fees again.", "Traders", "that the harbour board would raise the mooring fees again"),
        ("Investors worry that the Kelso merger will collapse before the summer.", "Investors", "that the Kelso merger will collapse before the summer"),
        ("Shareholders fear that the board will sell the old brewery.", "Shareholders", "that the board will sell the old brewery"),
        ("Pensioners worry that the number 9 bus route will be cut.", "Pensioners", "that the number 9 bus route will be cut"),
        ("Motorists fear that the bridge toll will rise again in April.", "Motorists", "that the bridge toll will rise again in April"),
    ],
)
def test_plural_people_nouns_hold_a_fear_or_worry(nlp, text, speaker, content):
    assert (speaker, content) in _claims(nlp, text)


def test_a_plural_people_noun_is_a_group(nlp):
    claims = claimx.extract("Shoppers feared that the new car park charges would empty the high street.", nlp=nlp)
    assert [c.speaker.kind.value for c in claims if c.speaker] == ["group"]


# ---------------------------------------------------------------- edges: an opening connective before a trailing cue


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("However, the new ferry will not sail before June, the harbour master said.", "the new ferry will not sail before June"),
        ("In addition, the council plans to close two libraries, the mayor announced.", "the council plans to close two libraries"),
        ("As for the budget, the school will need another 40,000 pounds, the head teacher said.", "the school will need another 40,000 pounds"),
        ("Details aside, the plan gives the town a new park, she said.", "the plan gives the town a new park"),
        ("Still, most farmers in the valley expect a good harvest, according to a survey by the union.", "most farmers in the valley expect a good harvest"),
        ("And the brewery lost money for a third year, according to its annual report.", "the brewery lost money for a third year"),
    ],
)
def test_an_opening_connective_is_the_reporters(nlp, text, content):
    assert content in [c.text for c in claimx.extract(text, nlp=nlp)]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # a bare coordinator before a trailing cue is kept, as the gold keeps it
        ("But the bridge is safe, the engineer said.", "But the bridge is safe"),
        # inside quotation marks the connective is the source's
        ("\u201cHowever, we will keep the station open,\u201d the manager said.", "However, we will keep the station open"),
        # "however" with an adjective opens a concession, not a link
        ("However laudable the goal, the tax is a mistake, Ms Brandt said.", "However laudable the goal, the tax is a mistake"),
        # a time adverbial is part of what was said
        ("Last year, the firm lost money, the chairman said.", "Last year, the firm lost money"),
    ],
)
def test_kept_openings(nlp, text, content):
    assert content in [c.text for c in claimx.extract(text, nlp=nlp)]


# ---------------------------------------------------------------- "X added:" then a paragraph with no quote marks


def test_a_paragraph_after_a_colon_cue_is_what_was_said(nlp):
    text = "The harbour master spoke on Monday.\n\nThe harbour master added:\n\nThe new ferry will not sail before June. The pier is still broken.\n\nThe council met later."
    assert ("The harbour master", "The new ferry will not sail before June. The pier is still broken") in _claims(nlp, text)


def test_a_colon_cue_with_its_addressee(nlp):
    text = "The mayor told the crowd at the pier:\n\nThe ferry will not sail before June.\n"
    assert ("The mayor", "The ferry will not sail before June") in _claims(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        # a list after a colon that no speech verb opens
        "The report lists three tasks:\n\nMend the pier.\n",
        # the colon does not close its line: the content is on the same line
        "The mayor added: the ferry will wait.\n\nThe pier is broken.\n",
    ],
)
def test_no_next_paragraph_claim(nlp, text):
    assert "The pier is broken" not in [c.text for c in claimx.extract(text, nlp=nlp)]
    assert "Mend the pier" not in [c.text for c in claimx.extract(text, nlp=nlp)]


# ---------------------------------------------------------------- what a poll or document shows


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        ("Polls show a close contest in the county.", "Polls", "a close contest in the county"),
        ("The county average shows Ms Ortega ahead by four points.", "The county average", "Ms Ortega ahead by four points"),
        ("Video of the match shows him with his hands in the air.", "Video of the match", "him with his hands in the air"),
        # the predicate stops at the comma: the reporter's "with X showing ..." is no part of it
        (
            "Polling averages show Ms Ortega with a lead in the low single digits, with the Gazette showing her ahead by three points.",
            "Polling averages",
            "Ms Ortega with a lead in the low single digits",
        ),
    ],
)
def test_what_a_poll_or_document_shows(nlp, text, speaker, content):
    assert (speaker, content) in _claims(nlp, text)


def test_a_museum_showing_paintings_shows_no_finding(nlp):
    assert _claims(nlp, "The museum shows paintings by local artists.") == []


# ---------------------------------------------------------------- a pro-form as what was said


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        ("55 percent of voters said so in the earlier poll.", "55 percent of voters", "so"),
        ("Most of the councillors said yes.", "Most of the councillors", "yes"),
        ("Several ministers have said the same thing.", "Several ministers", "the same thing"),
        ("The chairman said as much in an interview.", "The chairman", "as much"),
    ],
)
def test_a_pro_form_after_say_is_what_was_said(nlp, text, speaker, content):
    assert (speaker, content) in _claims(nlp, text)


def test_no_pro_form_claim_without_one(nlp):
    assert _claims(nlp, "The mayor said so many things that night.") == []


def test_a_quotation_after_the_pro_form_keeps_the_cue(nlp):
    # the cue is left bare so that the quotation after it is given it
    text = 'Several ministers have said the same thing, including Mr Hale -- "It is a disgrace."'
    assert [c.text for c in claimx.extract(text, nlp=nlp)] == ["It is a disgrace."]


# ---------------------------------------------------------------- "called for X to V" (lead)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Fans called for the board to resign.", "the board to resign"),
        ("Supporters' groups have called for the owners to invest in the squad in January.", "the owners to invest in the squad in January"),
    ],
)
def test_called_for_a_subject_and_infinitive_reports_that_clause(nlp, text, content):
    (claim,) = claimx.extract(text, nlp=nlp)
    assert claim.text == content
    assert claim.cue.text == "called"


def test_for_and_an_infinitive_after_no_cue_is_no_claim(nlp):
    assert claimx.extract("She waited for the bus to arrive.", nlp=nlp) == []
