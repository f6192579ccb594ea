"""claimx.extraction.stance — accusations and rejections made by a frame, not by a listed verb (issue 15, stance8).

Sentences written for these tests (made-up names and places, not taken from any corpus), read
with ``classify_text`` (the rules alone on strings).
"""

from __future__ import annotations

import pytest

from claimx import Stance
from claimx.extraction.stance import classify_text, decide_stance
from claimx.lexicons import make_lexicons


@pytest.mark.parametrize(
    ("content", "cue", "expected"),
    [
        # the source's own accusation verb inside the content, aimed at a party
        ("accusing the Velmor council of ignoring the farmers", "said", Stance.ALLEGATION),
        ("I blame Minister Harlow for the delays", "said", Stance.ALLEGATION),
        # someone else's accusation reported, an act as a topic, a thing criticised: no accusation of the source's
        ("Councillor Brin accused Harlow of ignoring the farmers", "said", Stance.ASSERTION),
        ("merely criticizing Harlow did not win the seat", "said", Stance.ASSERTION),
        ("to criticize the length of the session", "rose", Stance.ASSERTION),
        ("the farmers said we were blaming them", "wrote", Stance.ASSERTION),
        # a counterfactual "should have" said of a party: a reproach
        ("Minister Harlow should have known about the leak", "said", Stance.ALLEGATION),
        ("the agency should not have released the files", "said", Stance.ALLEGATION),
        # of the speaker, of a thing, or reported from someone else: no reproach
        ("we should have won the match", "said", Stance.ASSERTION),
        ("it should have been easier", "said", Stance.ASSERTION),
        ("the fans said he should have scored", "wrote", Stance.ASSERTION),
        # idioms of wrongdoing (allegations.tsv phrases)
        ("the Tessaly board aided and abetted the fraud", "said", Stance.ALLEGATION),
        ("Mayor Quill threw his own deputy under the bus", "said", Stance.ALLEGATION),
        # a passive label: the subject is the one labelled
        ("Commissioner Pell is seen as a bully", "said", Stance.ALLEGATION),
    ],
)
def test_stance_allegation_frames(nlp, content, cue, expected):
    assert classify_text(content, cue, nlp=nlp).stance == expected


@pytest.mark.parametrize(
    ("content", "cue", "expected"),
    [
        # a minimising word said of anything but a party
        ("the threat from the new virus is overblown", "said", Stance.DENIAL),
        ("the fuss about the merger was overstated", "said", Stance.DENIAL),
        ("Harlow is overhyped", "said", Stance.ASSERTION),
        # the source refuses to take a claim as true; others' refusal, or an offer, is something else
        ("I don't buy that", "said", Stance.DENIAL),
        ("we do not accept these findings", "said", Stance.DENIAL),
        ("voters do not buy his story", "said", Stance.ASSERTION),
        ("we did not accept the offer", "said", Stance.ASSERTION),
        # rejection idioms, and the idioms that hold a rejection phrase and reject nothing
        ("That is a false equivalence", "said", Stance.DENIAL),
        ("the lawyers found no record of the meeting", "said", Stance.DENIAL),
        ("she had made up her mind", "said", Stance.ASSERTION),
        ("the panel is made up of twelve members", "said", Stance.ASSERTION),
        ("the story was made up", "said", Stance.DENIAL),
        # a rejection verb in the content, with a view as its object
        ("economists have contested that view", "said", Stance.DENIAL),
    ],
)
def test_stance_denial_frames(nlp, content, cue, expected):
    assert classify_text(content, cue, nlp=nlp).stance == expected


@pytest.mark.parametrize(
    ("content", "cue", "expected"),
    [
        # a negated cue of accepting a claim rejects it
        ("the idea that the bridge could pay for itself", "never bought", Stance.DENIAL),
        ("the offer from the Tessaly board", "never accepted", Stance.ASSERTION),
        # a refusal to deny or to accuse does neither
        ("the endorsement of the Velmor militia", "refused to disavow", Stance.ASSERTION),
        ("Harlow", "refused to criticize", Stance.ASSERTION),
        # a noun cue's "of" phrase is what it rejects; a British verb of rejection
        ("of wrongdoing", "denials", Stance.DENIAL),
        ("the minister's claim to speak for farmers", "rubbished", Stance.DENIAL),
        # a headline's plural cue noun, tagged a name
        ("Pandering", "Allegations Of", Stance.ALLEGATION),
    ],
)
def test_stance_cue_frames(nlp, content, cue, expected):
    assert classify_text(content, cue, nlp=nlp).stance == expected


@pytest.mark.parametrize(
    ("content", "cue", "expected"),
    [
        # a sanction sought of a party accuses it; of no party, or only reported, it does not
        ("his dismissal", "called for", Stance.ALLEGATION),
        ("a new inquiry into Mayor Quill", "sought", Stance.ALLEGATION),
        ("the minister to resign", "urged", Stance.ALLEGATION),
        ("his resignation", "announced", Stance.ASSERTION),
        ("an inquiry into the flooding", "called for", Stance.ASSERTION),
        # a rejection said of part of the claims, a rejection verb with its claim after "with"
        ("all of the claims in the lawsuit are false", "said", Stance.DENIAL),
        ("we disagree strongly with those claims", "said", Stance.DENIAL),
        ("we disagree with the ruling", "said", Stance.ASSERTION),
        # the source's own act of writing, denied
        ("I didn't post that", "said", Stance.DENIAL),
        # a label after "beyond" is given to the object
        ("she called the report beyond preposterous", "said", Stance.DENIAL),
        # "a hand in" is involvement, a hand is a body
        ("I had no hand in the decision", "said", Stance.DENIAL),
        ("he doesn't have small hands", "said", Stance.ASSERTION),
        # judging an accusation against oneself pushes back on it
        ("to call us liars for asking is deeply cynical", "said", Stance.DENIAL),
    ],
)
def test_stance_frames_second_round(nlp, content, cue, expected):
    assert classify_text(content, cue, nlp=nlp).stance == expected


def test_stance_cue_subject_outside_the_content_is_no_clause(nlp):
    # "Brin" is the subject of the cue "was dismissed": a person dismissed (fired), no claim rejected
    doc = nlp("Councillor Brin was dismissed on Monday.")
    decision = decide_stance(doc[0:2], cue_lemma="dismiss", cue_label="deny", cue=[doc[3]], lexicons=make_lexicons())
    assert decision.stance == Stance.ASSERTION
