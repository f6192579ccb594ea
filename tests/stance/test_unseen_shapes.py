"""claimx.extraction.stance — denials and hedges in the shapes of news the rules had not been read on (issue 15, stance10).

Sentences written for these tests (made-up names and places, not taken from any corpus), read
with ``classify_text`` (the rules alone on strings).
"""

from __future__ import annotations

import pytest

from claimx import Stance
from claimx.extraction.stance import classify_text


@pytest.mark.parametrize(
    ("content", "cue", "expected"),
    [
        # an emphatic negation of the time of an act ("at no point", "not at any time"): a denial
        ("At no point did the ministry pressure the inspectors", "said", Stance.DENIAL),
        ("at no stage were the Brannock files shown to the buyers", "said", Stance.DENIAL),
        ("the club did not at any time offer payments to the referee", "said", Stance.DENIAL),
        ("we never at any time hid the accounts", "said", Stance.DENIAL),
        # the same nouns without the emphatic negation: no denial
        ("at this point the inspectors have left the site", "said", Stance.ASSERTION),
        ("members can call a meeting at any time", "said", Stance.ASSERTION),
        # an intent the source denies having had ("never meant to", "did not intend to")
        ("we never meant to mislead our customers", "said", Stance.DENIAL),
        ("I did not intend to embarrass the Kelsby council", "said", Stance.DENIAL),
        # an intent stated, or someone else's in a quote: no denial
        ("we meant to finish the bridge by June", "said", Stance.ASSERTION),
        ('"He never meant to keep the promise,"', "said", Stance.ASSERTION),
    ],
)
def test_stance_unseen_denials(nlp, content, cue, expected):
    assert classify_text(content, cue, nlp=nlp).stance == expected


@pytest.mark.parametrize(
    ("content", "cue", "expected"),
    [
        # a belief verb with its object's preposition in the cue: the source considers a topic
        ("moving the festival to the harbour", "is thinking about", Stance.ASSERTION),
        ("a second run for the council", "thought of", Stance.ASSERTION),
        # a belief verb in the imperative bids the reader picture something
        ("'Casablanca' meets 'Jaws', with songs", "Think", Stance.ASSERTION),
        # a belief verb before a claim still hedges it
        ("the festival will move to the harbour", "thinks", Stance.HEDGE),
    ],
)
def test_stance_considering_cue(nlp, content, cue, expected):
    assert classify_text(content, cue, nlp=nlp).stance == expected


@pytest.mark.parametrize(
    ("content", "cue", "expected"),
    [
        # a belief put to the addressee is not the source's own hedge
        ('"You think the Dunmere board will change its mind?"', "said", Stance.ASSERTION),
        ("you would think the council reads its own reports", "said", Stance.ASSERTION),
        # the source's own belief before a claim still hedges it
        ("I think the council will read the report", "said", Stance.HEDGE),
    ],
)
def test_stance_addressee_belief(nlp, content, cue, expected):
    assert classify_text(content, cue, nlp=nlp).stance == expected


@pytest.mark.parametrize(
    ("content", "cue", "expected"),
    [
        # in a direct quote the source is "I" or "we": a belief held by anyone else hedges nothing of the source's
        ('"They still believe that we ride to work on horses."', "said", Stance.ASSERTION),
        ('"Every other member thinks the treasurer is a genius."', "said", Stance.ASSERTION),
        # the source's own belief in a quote, and another's belief reported outside one, still hedge
        ('"We believe the ferry will run again in May."', "said", Stance.HEDGE),
        ("they believe the ferry will run again in May", "said", Stance.HEDGE),
    ],
)
def test_stance_others_belief_in_quote(nlp, content, cue, expected):
    assert classify_text(content, cue, nlp=nlp).stance == expected


@pytest.mark.parametrize(
    ("content", "cue", "expected"),
    [
        # a manner adverb of wrongful treatment is an accusation of the act's doer (allegations.tsv)
        ("the ordinance unfairly targets tenants", "say", Stance.ALLEGATION),
        ("the Velmor board unjustly dismissed the two nurses", "said", Stance.ALLEGATION),
        ("the club wrongfully withheld the players' wages", "said", Stance.ALLEGATION),
    ],
)
def test_stance_wrongful_manner(nlp, content, cue, expected):
    assert classify_text(content, cue, nlp=nlp).stance == expected


@pytest.mark.parametrize(
    ("content", "cue", "expected"),
    [
        # a belief reported by a speech verb inside the content is someone else's
        ("most of the farmers said they believe the dam will hold", "according to", Stance.ASSERTION),
        ("the tenants told the inspectors they think the boiler is unsafe", "wrote", Stance.ASSERTION),
        # the source's own belief, and the source saying what it believes, still hedge
        ("we said we believe the dam will hold", "wrote", Stance.HEDGE),
        ("I believe the dam will hold", "said", Stance.HEDGE),
    ],
)
def test_stance_reported_belief(nlp, content, cue, expected):
    assert classify_text(content, cue, nlp=nlp).stance == expected


@pytest.mark.parametrize(
    ("content", "cue", "expected"),
    [
        # blame laid on a party with no accuser named
        ("the strike was blamed on the Vardan government", "said", Stance.ALLEGATION),
        ("the outage, blamed on the Korvel grid company, lasted a week", "said", Stance.ALLEGATION),
        ("the Vardan government is to blame for the blackout", "said", Stance.ALLEGATION),
        # blame on a thing, on the speaker's own side, or by an accuser who is named: no accusation of the source's
        ("the fire was blamed on faulty wiring", "said", Stance.ASSERTION),
        ("the heat is to blame for the failures", "said", Stance.ASSERTION),
        ("we are to blame", "said", Stance.ASSERTION),
        ("the delays were blamed by the mayor on the contractor", "said", Stance.ASSERTION),
    ],
)
def test_stance_blame_laid(nlp, content, cue, expected):
    assert classify_text(content, cue, nlp=nlp).stance == expected


@pytest.mark.parametrize(
    ("content", "cue", "word"),
    [
        ('"They still believe that we ride to work on horses."', "said", "believe"),
        ("most of the farmers said they believe the dam will hold", "according to", "believe"),
        ('"You think the Dunmere board will change its mind?"', "said", "think"),
    ],
)
def test_stance_others_belief_still_listed(nlp, content, cue, word):
    # someone else's belief decides nothing but stays among the hedge words, as the labels list them
    decision = classify_text(content, cue, nlp=nlp)
    assert decision.stance == Stance.ASSERTION and word in decision.hedge_cues


def test_stance_cue_verb_alone_is_no_imperative(nlp):
    # a cue given alone ("think", its subject left out) still hedges: only a sentence-opening "Think" bids
    decision = classify_text("the ferry will run again in May", "think", nlp=nlp)
    assert decision.stance == Stance.HEDGE and "think" in decision.hedge_cues


@pytest.mark.parametrize(
    ("content", "cue", "expected"),
    [
        # stance11: a person's liberty taken (detention, abduction, disappearance) is harm, laid on a
        # party by a frame of responsibility
        ("the colonel played a key role in the detention of the two reporters", "said", Stance.ALLEGATION),
        ("the Tarvel police had a hand in the disappearance of the activist", "said", Stance.ALLEGATION),
        ("the Osk militia was behind the abduction of the engineers", "said", Stance.ALLEGATION),
        # harm with no agent named accuses no one; a frame over no harm accuses no one
        ("the detention of the reporters lasted three days", "said", Stance.ASSERTION),
        ("the disappearance of the ferry remains a mystery", "said", Stance.ASSERTION),
        ("the storm played a key role in the delay of the harvest", "said", Stance.ASSERTION),
    ],
)
def test_stance_liberty_taken(nlp, content, cue, expected):
    assert classify_text(content, cue, nlp=nlp).stance == expected


@pytest.mark.parametrize(
    ("content", "cue", "expected"),
    [
        # stance11: a record kept from view by a party, even hedged ("might be trying to")
        ("Councillor Ambrel might be trying to bury the audit", "implied", Stance.ALLEGATION),
        ("the board had quietly kept the losses from its shareholders", "hinted", Stance.ALLEGATION),
        ("the ministry withheld the findings from the families", "said", Stance.ALLEGATION),
        ("the editor sat on the report for a month", "said", Stance.ALLEGATION),
        # no record, no party, the speaker's own side, a negation, "kept" without "from": no accusation
        ("the farmers buried the cattle after the flood", "said", Stance.ASSERTION),
        ("the landslide buried the files", "said", Stance.ASSERTION),
        ("we kept the report from the press until Monday", "said", Stance.ASSERTION),
        ("the council did not withhold the audit", "said", Stance.ASSERTION),
        ("the bank kept its figures in a vault", "said", Stance.ASSERTION),
    ],
)
def test_stance_concealment(nlp, content, cue, expected):
    decision = classify_text(content, cue, nlp=nlp)
    assert decision.stance == expected
    if expected == Stance.ALLEGATION:
        assert "stance.concealment" in {s.rule for s in decision.signals}
