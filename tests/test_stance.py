"""claimx.extraction.stance: denial > allegation > hedge > assertion.

The rules are tested three ways: on hand-built parses with ``decide_stance`` (so the model's
mistakes do not leak in), with ``classify_text`` (content and cue as strings), and through
``claimx.extract``.
"""

from __future__ import annotations

import pytest
from spacy.lang.en import English
from spacy.tokens import Doc

import claimx
from claimx import Claim, Stance
from claimx.lexicons import make_lexicons
from claimx.extraction.stance import StanceDecision, classify_text, decide_stance

LEXICONS = make_lexicons()
VOCAB = English().vocab  # Vocab() plus English lexical attributes (lower_, is_punct)
_POS = {
    "NNP": "PROPN", "NNPS": "PROPN", "NN": "NOUN", "NNS": "NOUN", "PRP": "PRON", "PRP$": "PRON",
    "WP": "PRON", "DT": "DET", "VB": "VERB", "VBD": "VERB", "VBZ": "VERB", "VBP": "VERB",
    "VBN": "VERB", "VBG": "VERB", "MD": "AUX", "IN": "ADP", "JJ": "ADJ", "RB": "ADV",
    ".": "PUNCT", ",": "PUNCT", "POS": "PART", "TO": "PART", "CC": "CCONJ", "CD": "NUM", "RP": "ADP",
    "EX": "PRON",
}  # fmt: skip


def parse(rows: str) -> Doc:
    """A hand-built parse: one token per line, ``word TAG dep head [lemma|-]``, with ``head``
    the absolute index of the head token."""
    words, tags, pos, deps, heads, lemmas = [], [], [], [], [], []
    for line in rows.strip().splitlines():
        word, tag, dep, head, *rest = line.split()
        lemma = rest[0] if rest and rest[0] != "-" else word.lower()
        words.append(word)
        tags.append(tag)
        deps.append(dep)
        heads.append(int(head))
        lemmas.append(lemma)
        pos.append("AUX" if dep in ("aux", "auxpass") or lemma in ("be", "do") and dep != "ROOT" else _POS[tag])
    spaces = [i + 1 < len(words) and words[i + 1] not in (".", ",", "n't") for i in range(len(words))]
    return Doc(VOCAB, words=words, spaces=spaces, tags=tags, pos=pos, deps=deps, heads=heads, lemmas=lemmas)


def claim_with(nlp, text: str, content: str) -> Claim:
    """The one claim extracted from ``text`` whose text holds ``content``."""
    claims = [c for c in claimx.extract(text, nlp=nlp) if content in c.text]
    assert len(claims) == 1, [c.text for c in claimx.extract(text, nlp=nlp)]
    return claims[0]


def decide(rows: str, cue: str | None, label: str | None, **options) -> StanceDecision:
    doc = parse(rows)
    obj = options.pop("object_i", None)
    return decide_stance(
        doc[:],
        cue_lemma=cue,
        cue_label=label,
        cue_object=doc[obj] if obj is not None else None,
        lexicons=LEXICONS,
        **options,
    )


# ---------------------------------------------------------------------------- hand-built parses

SHE_RECEIVED = """
she PRP nsubj 1
received VBD ROOT 1 receive
the DT det 3
payments NNS dobj 1 payment
"""
A_MOTION = """
a DT det 1
motion NN ROOT 1
"""
A_REQUEST = """
a DT det 1
request NN ROOT 1
for IN prep 1
funding NN pobj 2
"""
A_PERMIT = """
a DT det 1
permit NN ROOT 1
for IN prep 1
the DT det 4
rally NN pobj 2
"""
THE_REPORT = """
the DT det 1
report NN ROOT 1
"""
THE_ALLEGATIONS = """
the DT det 1
allegations NNS ROOT 1 allegation
"""
NOT_TRUE = """
that DT nsubj 1
is VBZ ROOT 1 be
not RB neg 1
true JJ acomp 1
"""
COMPANY_OF_CUTTING = """
the DT det 1
company NN ROOT 1
of IN prep 1
cutting VBG pcomp 2 cut
wages NNS dobj 3 wage
"""
SECRETLY_DUMPED = """
the DT det 1
company NN nsubj 3
secretly RB advmod 3
dumped VBD ROOT 3 dump
waste NN dobj 3
"""
WE_LIED = """
we PRP nsubj 1
lied VBD ROOT 1 lie
about IN prep 1
the DT det 4
numbers NNS pobj 2 number
"""
WE_MADE_MISTAKES = """
we PRP nsubj 1
made VBD ROOT 1 make
mistakes NNS dobj 1 mistake
"""
DID_NOT_CHEAT = """
the DT det 1
team NN nsubj 4
did VBD aux 4 do
not RB neg 4
cheat VB ROOT 4
"""
MAY_COLLAPSE = """
the DT det 1
tower NN nsubj 3
may MD aux 3
collapse VB ROOT 3
"""
MIGHT_COLLAPSE = MAY_COLLAPSE.replace("may MD", "might MD")
COULD_BE_COSTLY = """
the DT det 1
delay NN nsubj 3
could MD aux 3
be VB ROOT 3 be
costly JJ acomp 3
"""
COULD_BUILD = """
the DT det 1
company NN nsubj 3
could MD aux 3
build VB ROOT 3
a DT det 6
new JJ amod 6
plant NN dobj 3
"""
REDUCES_INFECTIONS = """
the DT det 1
drug NN nsubj 2
reduces VBZ ROOT 2 reduce
infections NNS dobj 2 infection
"""
SHOULD_RESIGN = """
the DT det 1
minister NN nsubj 3
should MD aux 3
resign VB ROOT 3
"""
MAY_FAIL = """
the DT det 1
plan NN nsubj 3
may MD aux 3
fail VB ROOT 3
"""
WHO_MAY_HAVE = """
the DT det 1
man NN nsubj 6
who WP nsubj 4
may MD aux 4
saw VBD relcl 1 see
it PRP dobj 4
left VBD ROOT 6 leave
"""


@pytest.mark.parametrize(
    ("rows", "cue", "label", "options", "expected"),
    [
        # denial cue with a clause or a claim noun
        (SHE_RECEIVED, "deny", "deny", {}, Stance.DENIAL),
        (THE_ALLEGATIONS, "reject", "deny", {}, Stance.DENIAL),
        (THE_REPORT, "dismiss", "deny", {"cue_has_as": True}, Stance.DENIAL),
        # ... not with a ruling or a request
        (A_MOTION, "deny", "deny", {}, Stance.ASSERTION),
        (A_REQUEST, "reject", "deny", {}, Stance.ASSERTION),
        (A_PERMIT, "deny", "deny", {}, Stance.ASSERTION),
        # a negated denial cue is no denial
        (SHE_RECEIVED, "deny", "deny", {"cue_negated": True}, Stance.ASSERTION),
        # content that pushes back
        (NOT_TRUE, "say", "say", {}, Stance.DENIAL),
        # accusation cue
        (COMPANY_OF_CUTTING, "accuse", "allege", {"object_i": 1}, Stance.ALLEGATION),
        # wrongdoing said of a party; not of the speaker; not negated
        (SECRETLY_DUMPED, "say", "say", {}, Stance.ALLEGATION),
        (WE_LIED, "say", "say", {}, Stance.ASSERTION),
        (WE_MADE_MISTAKES, "say", "say", {}, Stance.ASSERTION),
        (DID_NOT_CHEAT, "say", "say", {}, Stance.ASSERTION),
        # hedges
        (MAY_COLLAPSE, "say", "say", {}, Stance.HEDGE),
        (MIGHT_COLLAPSE, "say", "say", {}, Stance.HEDGE),
        (COULD_BE_COSTLY, "say", "say", {}, Stance.HEDGE),
        (COULD_BUILD, "say", "say", {}, Stance.ASSERTION),
        (REDUCES_INFECTIONS, "believe", "hedge", {}, Stance.HEDGE),
        (SHOULD_RESIGN, "believe", "hedge", {}, Stance.ASSERTION),
        (WHO_MAY_HAVE, "say", "say", {}, Stance.ASSERTION),  # the hedge sits in a relative clause
        # neutral
        (REDUCES_INFECTIONS, "say", "say", {}, Stance.ASSERTION),
        (REDUCES_INFECTIONS, None, None, {}, Stance.ASSERTION),
    ],
)
def test_stance_decide_on_hand_built_parse(rows, cue, label, options, expected):
    assert decide(rows, cue, label, **options).stance == expected


def test_stance_denial_target_is_the_party_whose_act_is_denied():
    decision = decide(SHE_RECEIVED, "deny", "deny")
    assert decision.target is not None
    assert decision.target.text == "she"
    assert decision.evidence == ("deny",)


def test_stance_denial_target_is_the_denied_claim_noun():
    decision = decide(THE_ALLEGATIONS, "reject", "deny")
    assert decision.target is not None and decision.target.text == "the allegations"


def test_stance_allegation_target_is_the_accused():
    decision = decide(COMPANY_OF_CUTTING, "accuse", "allege", object_i=1)
    assert decision.target.text == "the company"


def test_stance_wrongdoing_target_is_the_party():
    decision = decide(SECRETLY_DUMPED, "say", "say")
    assert decision.target.text == "the company"
    assert "secretly" in decision.evidence


@pytest.mark.parametrize(
    ("rows", "cue", "label", "options", "stance", "hedge_cues"),
    [
        (MAY_COLLAPSE, "say", "say", {}, Stance.HEDGE, ("may",)),
        (SHOULD_RESIGN, "believe", "hedge", {}, Stance.ASSERTION, ("believe",)),
        (REDUCES_INFECTIONS, "believe", "hedge", {}, Stance.HEDGE, ("believe",)),
        (MAY_FAIL, "deny", "deny", {}, Stance.DENIAL, ("may",)),
        (WHO_MAY_HAVE, "say", "say", {}, Stance.ASSERTION, ("may",)),
        (COULD_BUILD, "say", "say", {}, Stance.ASSERTION, ()),
        (REDUCES_INFECTIONS, "say", "say", {}, Stance.ASSERTION, ()),
    ],
)
def test_stance_hedge_cues_reported_whatever_the_label(rows, cue, label, options, stance, hedge_cues):
    decision = decide(rows, cue, label, **options)
    assert decision.stance == stance
    assert decision.hedge_cues == hedge_cues


def test_stance_hedge_cues_with_allegation():
    rows = """
    the DT det 1
    company NN nsubj 4
    may MD aux 4
    have VB aux 4
    dumped VBN ROOT 4 dump
    waste NN dobj 4
    illegally RB advmod 4
    """
    decision = decide(rows, "say", "say")
    assert decision.stance == Stance.ALLEGATION
    assert "may" in decision.hedge_cues


def test_stance_passive_wrongdoing_subject_is_not_the_target():
    rows = """
    the DT det 1
    convoy NN nsubjpass 3
    was VBD auxpass 3 be
    attacked VBN ROOT 3 attack
    """
    decision = decide(rows, "say", "say")
    assert decision.target is None or decision.target.text != "the convoy"
    assert decision.stance == Stance.ASSERTION  # no party is accused


def test_stance_relative_pronoun_target_is_its_antecedent():
    rows = """
    the DT det 1
    suspect NN nsubjpass 10
    , , punct 1
    who WP nsubj 5
    allegedly RB advmod 5
    stole VBD relcl 1 steal
    a DT det 7
    car NN dobj 5
    , , punct 1
    was VBD auxpass 10 be
    arrested VBN ROOT 10 arrest
    """
    decision = decide(rows, "say", "say")
    assert decision.stance == Stance.ALLEGATION
    assert decision.target.text == "the suspect"


def test_stance_could_of_possibility_with_other_verbs():
    rows = """
    the DT det 1
    merger NN nsubj 3
    could MD aux 3
    collapse VB ROOT 3
    """
    assert decide(rows, "say", "say").stance == Stance.HEDGE


PROTESTERS_ATTACKED_BY_POLICE = """
the DT det 1
protesters NNS nsubjpass 3 protester
were VBD auxpass 3 be
attacked VBN ROOT 3 attack
by IN agent 3
the DT det 6
police NNS pobj 4 police
"""
COULD_HAVE_CHOSEN = """
I PRP nsubj 3
could MD aux 3
have VB aux 3
chosen VBN ROOT 3 choose
a DT det 6
different JJ amod 6
career NN dobj 3
"""
MAY_BUT = """
the DT det 1
plan NN nsubj 3
may MD aux 3
be VB ROOT 3 be
expensive JJ acomp 3
, , punct 3
but CC cc 3
it PRP nsubj 9
will MD aux 9
save VB conj 3
lives NNS dobj 9 life
"""
IF_SHE_MIGHT_RUN = """
if IN mark 3
she PRP nsubj 3
might MD aux 3
run VB ROOT 3
for IN prep 3
governor NN pobj 4
"""
THEY_SHOULD_DROP_OUT = """
they PRP nsubj 2
should MD aux 2
drop VB ROOT 2
out RP prt 2
"""
ATTACKERS_NOT_USING = """
the DT det 1
attackers NNS nsubj 4 attacker
were VBD aux 4 be
not RB neg 4
using VBG ROOT 4 use
encryption NN dobj 4
"""
AGENCY_FAILED_TO_PROTECT = """
the DT det 1
agency NN nsubj 2
failed VBD ROOT 2 fail
to TO aux 4
protect VB xcomp 2
the DT det 6
children NNS dobj 4 child
"""
CANDIDATE_FAILED_TO_WIN = AGENCY_FAILED_TO_PROTECT.replace("agency NN", "candidate NN").replace(
    "protect VB", "win VB"
).replace("children NNS dobj 4 child", "primary NN dobj 4")
SOMEONE_STOLE = """
someone NN nsubj 1
stole VBD ROOT 1 steal
the DT det 3
documents NNS dobj 1 document
"""
I_NEVER_SAID = """
I PRP nsubj 2
never RB neg 2
said VBD ROOT 2 say
that DT dobj 2
"""
I_CANT_DO_IT = """
I PRP nsubj 3
ca MD aux 3 can
n't RB neg 3 not
do VB ROOT 3
it PRP dobj 3
"""
DONT_BELIEVE_IT = """
Do VB aux 2 do
n't RB neg 2 not
believe VB ROOT 2
it PRP dobj 2
. . punct 2
"""
CORRUPTION_IN_THE_CITY = """
corruption NN ROOT 0
in IN prep 0
the DT det 3
city NN pobj 1
"""
ALLEGATIONS_BASELESS = """
the DT det 1
allegations NNS nsubj 2 allegation
are VBP ROOT 2 be
baseless JJ acomp 2
"""
RIDICULOUS_THAT_WE_PAY = """
it PRP nsubj 1
is VBZ ROOT 1 be
ridiculous JJ acomp 1
that IN mark 5
we PRP nsubj 5
pay VBP ccomp 1
"""


@pytest.mark.parametrize(
    ("rows", "cue", "label", "options", "expected"),
    [
        # passives: the agent is the accused; without one, the subject is a victim and no one is accused
        (PROTESTERS_ATTACKED_BY_POLICE, "say", "say", {}, Stance.ALLEGATION),
        # blame for failing a duty, not for missing an achievement
        (AGENCY_FAILED_TO_PROTECT, "say", "say", {}, Stance.ALLEGATION),
        (CANDIDATE_FAILED_TO_WIN, "say", "say", {}, Stance.ASSERTION),
        # blame on a vague agent accuses no one
        (SOMEONE_STOLE, "say", "say", {}, Stance.ASSERTION),
        # a topic, not a claim: the cue decides
        (CORRUPTION_IN_THE_CITY, "speak", "say", {}, Stance.ASSERTION),
        (CORRUPTION_IN_THE_CITY, "criticize", "allege", {}, Stance.ALLEGATION),
        # the source denies its own act; a refusal is no denial
        (I_NEVER_SAID, "say", "say", {}, Stance.DENIAL),
        (I_CANT_DO_IT, "say", "say", {}, Stance.ASSERTION),
        (DONT_BELIEVE_IT, "say", "say", {}, Stance.DENIAL),
        # rejection words said of a claim, not of a state of affairs
        (ALLEGATIONS_BASELESS, "say", "say", {}, Stance.DENIAL),
        (RIDICULOUS_THAT_WE_PAY, "say", "say", {}, Stance.ASSERTION),
        # "could" of counterfactual ability; concessive "may ..., but"; a modal in an embedded question
        (COULD_HAVE_CHOSEN, "say", "say", {}, Stance.ASSERTION),
        (MAY_BUT, "say", "say", {}, Stance.ASSERTION),
        (IF_SHE_MIGHT_RUN, "ask", "say", {}, Stance.ASSERTION),
        # "suggest": propose vs tentative indication
        (THEY_SHOULD_DROP_OUT, "suggest", "say", {}, Stance.ASSERTION),
        (ATTACKERS_NOT_USING, "suggest", "say", {}, Stance.HEDGE),
    ],
)
def test_stance_decision_rules_on_hand_built_parse(rows, cue, label, options, expected):
    assert decide(rows, cue, label, **options).stance == expected


@pytest.mark.parametrize(
    ("rows", "cue", "label", "hedge_cues"),
    [
        (MAY_BUT, "say", "say", ("may",)),  # concessive: listed, not decisive
        (COULD_HAVE_CHOSEN, "say", "say", ()),  # ability is no hedge at all
        (IF_SHE_MIGHT_RUN, "ask", "say", ()),  # nor a modal inside an embedded question
        (THEY_SHOULD_DROP_OUT, "suggest", "say", ()),  # nor "suggest" meaning propose
        (ATTACKERS_NOT_USING, "suggest", "say", ("suggest",)),
    ],
)
def test_stance_hedge_cues_on_hand_built_parse(rows, cue, label, hedge_cues):
    assert decide(rows, cue, label).hedge_cues == hedge_cues


def test_stance_passive_agent_is_the_target():
    decision = decide(PROTESTERS_ATTACKED_BY_POLICE, "say", "say")
    assert decision.target is not None and decision.target.text == "the police"


def test_stance_failed_duty_target_and_evidence():
    decision = decide(AGENCY_FAILED_TO_PROTECT, "say", "say")
    assert decision.target is not None and decision.target.text == "the agency"
    assert decision.evidence == ("failed",)


def test_stance_confidence_follows_clarity():
    by_cue = decide(SHE_RECEIVED, "deny", "deny")
    by_content = decide(NOT_TRUE, "say", "say")
    plain = decide(REDUCES_INFECTIONS, "say", "say")
    listed_only = decide(MAY_BUT, "say", "say")
    assert by_cue.confidence > by_content.confidence
    assert plain.confidence > listed_only.confidence  # a hedge word that does not decide leaves doubt


# ---------------------------------------------------------------------------- classify_text


@pytest.mark.parametrize(
    ("content", "cue", "expected"),
    [
        ("she had received the payments", "denied", Stance.DENIAL),
        ("that the shipment had been delayed", "denied", Stance.DENIAL),
        ("the allegations", "rejected", Stance.DENIAL),
        ("That's not true.", "said", Stance.DENIAL),
        ("a motion to delay the vote", "denied", Stance.ASSERTION),
        ("a request for more funding", "rejected", Stance.ASSERTION),
        ("a permit for the rally", "denied", Stance.ASSERTION),
        ("she had received the payments", "did not deny", Stance.ASSERTION),
        ("the company of cutting wages without notice", "accused", Stance.ALLEGATION),
        ("the company secretly dumped waste into the river", "said", Stance.ALLEGATION),
        ("we made mistakes", "said", Stance.ASSERTION),
        ("we lied about the numbers", "said", Stance.ASSERTION),
        ("the tower may collapse", "said", Stance.HEDGE),
        ("the tower might collapse", "said", Stance.HEDGE),
        ("the delay could be costly", "said", Stance.HEDGE),
        ("the company could build a new plant", "said", Stance.ASSERTION),
        ("the drug reduces infections", "believes", Stance.HEDGE),
        ("the minister should resign", "believes", Stance.ASSERTION),
        ("the drug reduces infections", "said", Stance.ASSERTION),
        ("the drug reduces infections", None, Stance.ASSERTION),
        ("", "said", Stance.ASSERTION),
    ],
)
def test_stance_classify_text(nlp, content, cue, expected):
    assert classify_text(content, cue, nlp=nlp).stance == expected


@pytest.mark.parametrize(
    ("content", "cue", "hedge_cues"),
    [
        ("the minister should resign", "believes", ("believes",)),
        ("the tower may collapse", "said", ("may",)),
        ("the company could build a new plant", "said", ()),
    ],
)
def test_stance_classify_text_hedge_cues(nlp, content, cue, hedge_cues):
    assert classify_text(content, cue, nlp=nlp).hedge_cues == hedge_cues


def test_stance_classify_text_allegation_target(nlp):
    decision = classify_text("the company secretly dumped waste into the river", "said", nlp=nlp)
    assert decision.target.text == "the company"


# ---------------------------------------------------------------------------- through extract


@pytest.mark.parametrize(
    ("text", "content", "expected"),
    [
        ("The senator denied that she had received the payments.", "she had received the payments", Stance.DENIAL),
        ("The spokeswoman dismissed the report as fabricated.", "the report", Stance.DENIAL),
        ("“That's not true,” Ortega said of the report.", "That's not true", Stance.DENIAL),
        ("The union accused the company of cutting wages without notice.", "cutting wages", Stance.ALLEGATION),
        ("Jorge Ruiz said the firm secretly dumped waste into the lake.", "secretly dumped", Stance.ALLEGATION),
        ("“We made mistakes,” the chief executive said.", "We made mistakes", Stance.ASSERTION),
        ("The engineer said the tower may collapse.", "the tower may collapse", Stance.HEDGE),
        ("The engineer said the company could build a new plant.", "could build", Stance.ASSERTION),
        ("Ruth Kagan believes the drug reduces infections.", "the drug reduces infections", Stance.HEDGE),
        ("Ruth Kagan believes the minister should resign.", "the minister should resign", Stance.ASSERTION),
        # the writer's framing ("false claim") lies outside the content and is not read
        ("Ortega made the false claim that the mine was safe.", "the mine was safe", Stance.ASSERTION),
    ],
)
def test_stance_through_extract(nlp, text, content, expected):
    assert claim_with(nlp, text, content).stance == expected


@pytest.mark.parametrize(
    "text",
    [
        "The city denied a permit for the rally.",
        "The mayor denied a motion to delay the vote.",
        "The board rejected a request for more funding.",
    ],
)
def test_stance_ruling_is_no_denial_through_extract(nlp, text):
    assert all(c.stance != Stance.DENIAL for c in claimx.extract(text, nlp=nlp))


def test_stance_belief_with_opinion_keeps_hedge_cue_through_extract(nlp):
    (claim,) = claimx.extract("Ruth Kagan believes the minister should resign.", nlp=nlp)
    assert claim.stance == Stance.ASSERTION
    assert "believes" in claim.hedge_cues  # as written, like the PolNeAR stance set


def test_stance_accused_target_through_extract(nlp):
    (claim,) = claimx.extract("The union accused the company of cutting wages without notice.", nlp=nlp)
    assert claim.target is not None and claim.target.text == "the company"
    assert claim.evidence == ("accuse",)


# ---------------------------------------------------------------------------- decision rules, as text
# Sentences written for these tests (not taken from any corpus), positive and negative for each rule
# of the stance guideline.


@pytest.mark.parametrize(
    ("content", "cue", "expected"),
    [
        # rejection cues apply to claims, not to rulings, requests or people
        ("that the ministry had ordered the raid", "denied", Stance.DENIAL),
        ("that account", "disputed", Stance.DENIAL),
        ("the story as fabricated", "dismissed", Stance.DENIAL),
        ("the request for a new trial", "rejected", Stance.ASSERTION),
        ("the motion to dismiss", "denied", Stance.ASSERTION),
        ("the nominee", "rejected", Stance.ASSERTION),
        # contents that push back
        ("the allegations were baseless", "said", Stance.DENIAL),
        ("“These are baseless allegations.”", "said", Stance.DENIAL),
        ("he never met the ambassador", "insisted", Stance.DENIAL),
        ("“We did not take any money from them.”", "said", Stance.DENIAL),
        ("the country must rebut these claims", "said", Stance.DENIAL),
        ("the charges are a witch hunt", "said", Stance.DENIAL),
        ("“That's a lie.”", "said", Stance.DENIAL),
        # in a direct quote "he" is someone else: no denial of the source's own act
        ("“He never paid his taxes.”", "said", Stance.ASSERTION),
        # a negative sentence on its own is no denial
        ("“I don't know what will happen next.”", "said", Stance.ASSERTION),
        ("the company had no plans to close the plant", "said", Stance.ASSERTION),
        ("it is ridiculous that we pay so much for drugs", "said", Stance.ASSERTION),
        # accusation and criticism cues decide when aimed at a target
        ("the mayor of taking bribes", "accused", Stance.ALLEGATION),
        ("the governor", "sharp attacks on", Stance.ALLEGATION),
        ("the administration", "an outspoken critic of", Stance.ALLEGATION),
        ("the city", "will sue", Stance.ALLEGATION),
        ("to sue the newspaper", "threatened", Stance.ASSERTION),  # a bare threat to sue
        ("the newspaper", "threatened to sue", Stance.ASSERTION),
        ("a lawsuit against the city", "filed", Stance.ALLEGATION),  # a lawsuit states a grievance
        ("Why did the mayor lie about the budget?", "asked", Stance.ALLEGATION),  # a question taking it for granted
        ("that the minister had lied", "did not deny", Stance.ASSERTION),  # not the source's accusation
        # wrongdoing said of an identifiable party
        ("the regime tortured prisoners", "said", Stance.ALLEGATION),
        ("“She's corrupt.”", "said", Stance.ALLEGATION),
        ("the officials covered up the accident", "said", Stance.ALLEGATION),
        ("the suspect, who allegedly stole a car, was arrested", "said", Stance.ALLEGATION),
        # ... but not of the speaker, a vague agent, a victim, an inanimate agent or a topic
        ("“I lied about my age when I was young.”", "said", Stance.ASSERTION),
        ("someone stole the documents", "said", Stance.ASSERTION),
        ("the convoy was attacked", "said", Stance.ASSERTION),
        ("he was intimidated by the legal language", "said", Stance.ASSERTION),
        ("the police investigated the fraud", "said", Stance.ASSERTION),
        ("the threat of terrorism", "spoke about", Stance.ASSERTION),
        ("three soldiers were killed", "said", Stance.ASSERTION),
        ("the storm destroyed hundreds of homes", "said", Stance.ASSERTION),
        ("the extremist group claimed the bombing", "said", Stance.ASSERTION),  # a descriptive term
        # a wrong done to a thing still accuses, even with no agent named
        ("the election was rigged", "said", Stance.ALLEGATION),
        ("she should be held accountable", "said", Stance.ALLEGATION),
        # policy disagreement and judgements of competence are no allegations
        ("the tax plan would hurt working families", "said", Stance.ASSERTION),
        ("the governor's budget is the wrong approach", "said", Stance.ASSERTION),
        ("the governor's plan is reckless", "said", Stance.ASSERTION),
        ("the senator is weak and ineffective", "said", Stance.ASSERTION),
        # epistemic modals and adverbs over the main proposition
        ("the merger could collapse", "said", Stance.HEDGE),
        ("the economy will probably slow", "said", Stance.HEDGE),
        ("it is unclear whether the law applies", "said", Stance.HEDGE),
        ("the strike appeared to be over", "said", Stance.HEDGE),
        ("the deficit will reach $1 trillion", "estimated", Stance.HEDGE),
        ("$2 billion", "projected", Stance.HEDGE),
        ("the plant", "reportedly plans to close", Stance.HEDGE),
        # ... not ability, counterfactuals, concessions, embedded questions or conditions
        ("“I could have chosen a different career.”", "said", Stance.ASSERTION),
        ("“The plan may be expensive, but it will save lives.”", "said", Stance.ASSERTION),
        ("if she might run for governor", "asked", Stance.ASSERTION),
        ("to appear in court on Monday", "ordered him", Stance.ASSERTION),
        ("as many voters as possible", "wants to reach", Stance.ASSERTION),
        # believe/think: a hedge before a factual or predictive claim, not before an opinion
        ("the vaccine reduces infections", "believes", Stance.HEDGE),
        ("the plan is a terrible mistake", "thinks", Stance.ASSERTION),
        ("“I think we need to raise taxes.”", "said", Stance.ASSERTION),
        # suggest: tentative indication vs proposal
        ("that the attack was planned abroad", "suggested", Stance.HEDGE),
        ("the council hold a vote next week", "suggested", Stance.ASSERTION),
        ("they should drop out of the race", "suggested", Stance.ASSERTION),
        # confident predictions and emotions are not hedges
        ("the plant will close next year", "said", Stance.ASSERTION),
        ("the plant is expected to close next year", "said", Stance.ASSERTION),
        ("about the plant closing", "worried", Stance.ASSERTION),
    ],
)
def test_stance_decision_rules_classify_text(nlp, content, cue, expected):
    assert classify_text(content, cue, nlp=nlp).stance == expected


@pytest.mark.parametrize(
    ("content", "cue", "hedge_cues"),
    [
        # reported as written, lowercased, from the cue or the content
        ("that the attack was planned abroad", "suggested", ("suggested",)),
        ("the talks", "appeared to stall", ("appeared",)),
        ("the company reportedly lost $3 million", "said", ("reportedly",)),
        ("the plan is a terrible mistake", "thinks", ("thinks",)),  # opinion: listed, not decisive
        ("“The plan may be expensive, but it will save lives.”", "said", ("may",)),
        # not hedge words at all
        ("the plant will close next year", "said", ()),
        ("about the plant closing", "worried", ()),
        ("“I could have chosen a different career.”", "said", ()),
        ("they should drop out of the race", "suggested", ()),
        ("as many voters as possible", "wants to reach", ()),
        ("to appear in court on Monday", "ordered him", ()),
    ],
)
def test_stance_hedge_cues_as_written(nlp, content, cue, hedge_cues):
    assert classify_text(content, cue, nlp=nlp).hedge_cues == hedge_cues


@pytest.mark.parametrize(
    ("content", "cue", "target"),
    [
        ("the mayor of taking bribes", "accused", "the mayor"),
        ("the administration", "an outspoken critic of", "the administration"),
        ("the protesters were attacked by the police", "said", "the police"),
        ("the agency failed to protect the children", "said", "the agency"),
        ("the suspect, who allegedly stole a car, was arrested", "said", "the suspect"),
        ("they provided drones to the rebels", "denied", "they"),
        ("the accusations", "rejected", "the accusations"),
        ("the network was hacked by Russian agents", "said", "Russian agents"),
        ("she should be held accountable", "said", "she"),
        ("the regime's brutal crackdown", "condemned", "the regime"),
    ],
)
def test_stance_target_is_the_accused_or_the_denied(nlp, content, cue, target):
    decision = classify_text(content, cue, nlp=nlp)
    assert decision.target is not None and decision.target.text == target


def test_stance_evidence_names_the_deciding_words(nlp):
    assert classify_text("the charges are a witch hunt", "said", nlp=nlp).evidence == ("witch hunt",)
    assert classify_text("the regime tortured prisoners", "said", nlp=nlp).evidence == ("tortured",)
    assert classify_text("the economy will probably slow", "said", nlp=nlp).evidence == ("probably",)


@pytest.mark.parametrize(
    ("text", "content", "expected", "target"),
    [
        ("Officials denied they provided drones to the rebels.", "provided drones", Stance.DENIAL, "they"),
        (
            "The United States accused North Korea of covertly supplying weapons to Russia.",
            "covertly supplying",
            Stance.ALLEGATION,
            "North Korea",
        ),
        ("The governor said the agency failed to protect the children.", "failed to protect", Stance.ALLEGATION, "the agency"),
        ("A spokesman said the convoy was attacked near the border.", "convoy was attacked", Stance.ASSERTION, None),
    ],
)
def test_stance_target_through_extract(nlp, text, content, expected, target):
    claim = claim_with(nlp, text, content)
    assert claim.stance == expected
    assert (claim.target.text if claim.target else None) == target


def test_stance_hedge_cues_as_written_through_extract(nlp):
    (claim,) = claimx.extract("Investigators suggested that the fire was set deliberately.", nlp=nlp)
    assert claim.stance == Stance.HEDGE
    assert claim.hedge_cues == ("suggested",)


def test_stance_hedge_outside_the_content_is_not_read(nlp):
    # "seemed" belongs to the writer's sentence, not to the quoted claim
    text = "The crowd seemed restless. “The plant will close next year,” the mayor said."
    claims = [c for c in claimx.extract(text, nlp=nlp) if "plant will close" in c.text]
    assert len(claims) == 1 and claims[0].hedge_cues == () and claims[0].stance == Stance.ASSERTION


# ---------------------------------------------------------------------------- denial rules (issue 4)
# Sentences written for these tests. Each rule has positive cases and the negative cases that bound it:
# a negated sentence on its own is no denial.

WE_DID_NOT_COLLUDE = """
we PRP nsubj 3
did VBD aux 3 do
not RB neg 3
collude VB ROOT 3
"""
I_AM_NOT_A_RACIST = """
I PRP nsubj 1
am VBP ROOT 1 be
not RB neg 1
a DT det 4
racist NN attr 1
"""
THERE_WAS_NO_FRAUD = """
there EX expl 1
was VBD ROOT 1 be
no DT det 3
fraud NN attr 1
"""
HE_HAD_NO_CONTACT = """
he PRP nsubj 1
had VBD ROOT 1 have
no DT det 3
contact NN dobj 1
with IN prep 3
the DT det 6
rebels NNS pobj 4 rebel
"""
THE_MAYOR_HAD_NO_CONTACT = """
the DT det 1
mayor NN nsubj 2
had VBD ROOT 2 have
no DT det 4
contact NN dobj 2
with IN prep 4
the DT det 7
families NNS pobj 5 family
"""
WE_WILL_HAVE_NO_ROLE = """
we PRP nsubj 2
will MD aux 2
have VB ROOT 2
no DT det 4
role NN dobj 2
"""
HE_HAD_NOT_MET_THEM = """
he PRP nsubj 3
had VBD aux 3 have
not RB neg 3
met VBN ROOT 3 meet
them PRP dobj 3
"""
HE_WOULD_NOT_RUN = """
he PRP nsubj 3
would MD aux 3
not RB neg 3
run VB ROOT 3
"""


@pytest.mark.parametrize(
    ("rows", "cue", "label", "expected"),
    [
        # the source denies a wrongdoing of its own side; not of someone else
        (WE_DID_NOT_COLLUDE, "say", "say", Stance.DENIAL),
        (I_AM_NOT_A_RACIST, "say", "say", Stance.DENIAL),
        (THERE_WAS_NO_FRAUD, "say", "say", Stance.DENIAL),
        (DID_NOT_CHEAT, "say", "say", Stance.ASSERTION),
        # contact or involvement denied by the source's side; not of someone else, not a plan
        (HE_HAD_NO_CONTACT, "say", "say", Stance.DENIAL),
        (THE_MAYOR_HAD_NO_CONTACT, "say", "say", Stance.ASSERTION),
        (WE_WILL_HAVE_NO_ROLE, "say", "say", Stance.ASSERTION),
        # a cue that maintains a point, with a negated fact; not with a negated plan
        (HE_HAD_NOT_MET_THEM, "insist", "say", Stance.DENIAL),
        (HE_WOULD_NOT_RUN, "insist", "say", Stance.ASSERTION),
    ],
)
def test_stance_denial_rules_on_hand_built_parse(rows, cue, label, expected):
    assert decide(rows, cue, label).stance == expected


@pytest.mark.parametrize(
    ("content", "cue", "expected"),
    [
        # denial phrases written with "not" match contractions; not inside a condition
        ("that isn't true", "said", Stance.DENIAL),
        ("“The story wasn't accurate.”", "said", Stance.DENIAL),
        ("“If that isn't true, they should say so.”", "said", Stance.ASSERTION),
        ("“That's not what happened.”", "said", Stance.DENIAL),
        # a wrongdoing denied of the source's own side (in reported speech "he" is the source)
        ("“I did not collude with anyone.”", "said", Stance.DENIAL),
        ("“We never cheated.”", "said", Stance.DENIAL),
        ("“We are not racists.”", "said", Stance.DENIAL),
        ("he had never been corrupt", "said", Stance.DENIAL),
        ("“I did nothing illegal.”", "said", Stance.DENIAL),
        ("“We committed no crime.”", "said", Stance.DENIAL),
        ("“There was no fraud in the count.”", "said", Stance.DENIAL),
        ("“I never groped anyone.”", "said", Stance.DENIAL),
        ("“We did not attack the convoy.”", "said", Stance.DENIAL),
        # ... not of someone else (a finding or a defence), not a negated wish, a passive, a plan,
        # an open admission, or calm after violence
        ("the senator did not lie", "said", Stance.ASSERTION),
        ("“He did not lie.”", "said", Stance.ASSERTION),
        ("“I didn't want to lie to you.”", "said", Stance.ASSERTION),
        ("“We are not going to get cheated again.”", "said", Stance.ASSERTION),
        ("“People don't want us to spend our lives attacking our opponents.”", "said", Stance.ASSERTION),
        ("“I would never cheat.”", "said", Stance.ASSERTION),
        ("“I'm not hiding the fact that I support him.”", "said", Stance.ASSERTION),
        ("“There was no violence at the rally.”", "said", Stance.ASSERTION),
        # contact or involvement denied: had/played no ..., or no contact between named parties in the past
        ("he had no contact with the Russian officials", "said", Stance.DENIAL),
        ("“I have had no conversations with the donors.”", "said", Stance.DENIAL),
        ("he played no role in the decision", "said", Stance.DENIAL),
        ("“I have no knowledge of the payments.”", "said", Stance.DENIAL),
        ("“There were no calls between the chairman and the candidate.”", "said", Stance.DENIAL),
        # ... not a plan, a judgement, someone else's contact, or a plain report
        ("“We will have no role in the new government.”", "said", Stance.ASSERTION),
        ("“It looks like we're not going to have a very good relationship.”", "said", Stance.ASSERTION),
        ("the mayor had no contact with the families", "said", Stance.ASSERTION),
        ("there were no talks this week", "said", Stance.ASSERTION),
        ("“There was no meeting.”", "said", Stance.ASSERTION),
        # a concession grants what the source's side did not have or do: no rejection
        ("it had no formal relationship with the group", "said", Stance.DENIAL),
        ("it had no formal relationship with the group", "acknowledged", Stance.ASSERTION),
        ("that he had no role in vetting the candidates", "conceded", Stance.ASSERTION),
        # "insisted" with a negated fact; "stressed" with the source's own past act or state
        ("that he had not met the lobbyist", "insisted", Stance.DENIAL),
        ("that the shipments were not a concession", "insisted", Stance.DENIAL),
        ("it does not know where he is", "insists", Stance.DENIAL),
        ("that he did not take the money", "stressed", Stance.DENIAL),
        ("“The governor emphasized that he did not choose the nominee to please donors.”", "wrote", Stance.DENIAL),
        # ... not a plan, a prediction, an intention, a reassurance, an opinion or an assessment
        ("that he would not run for a third term", "insisted", Stance.ASSERTION),
        ("the shipments are “not going to change the course of the war”", "insisted", Stance.ASSERTION),
        ("that she did not want troops on the ground", "reiterated", Stance.ASSERTION),
        ("that there is no chance of violence", "insisted", Stance.ASSERTION),
        ("it was not a good idea", "insisted", Stance.ASSERTION),
        ("that the sanctions do not work", "insisted", Stance.ASSERTION),
        ("that the reforms were not complete", "stressed", Stance.ASSERTION),
        ("that we do not seek war", "emphasized", Stance.ASSERTION),
        ("“The governor emphasized that the reforms were not complete.”", "wrote", Stance.ASSERTION),
        ("that he was not only a candidate but a leader", "insisted", Stance.ASSERTION),
        # an accusation against the source passed on as others' words or beliefs
        ("“Critics call me a liar.”", "said", Stance.DENIAL),
        ("“They accused us of cheating.”", "said", Stance.DENIAL),
        ("“People believe I'm corrupt, and that hurts.”", "said", Stance.DENIAL),
        # ... not when denied by them, admitted by the source, or a wrong done to the source
        ("“People don't think I'm corrupt.”", "said", Stance.ASSERTION),
        ("“I was a liar back then, I admit it.”", "said", Stance.ASSERTION),
        ("“They say we were cheated.”", "said", Stance.ASSERTION),
        # "it's not that S": S is presented and rejected; not a degree word or a prediction
        ("“It's not that I don't like him; it's that he is wrong.”", "said", Stance.DENIAL),
        ("“The problem isn't that big.”", "said", Stance.ASSERTION),
        ("“It won't be that easy.”", "said", Stance.ASSERTION),
        # phrasal rejection verbs, in the cue or the content, applied to a claim; not to a plan or a person
        ("the reports that he would resign", "pushed back on", Stance.DENIAL),
        ("the allegations", "brushed aside", Stance.DENIAL),
        ("the idea that the vote was rigged", "scoffed at", Stance.DENIAL),
        ("“We pushed back on those reports.”", "said", Stance.DENIAL),
        ("the reports", "did not push back on", Stance.ASSERTION),
        ("Trump", "brushed off", Stance.ASSERTION),
        ("the candidate's chances", "cast doubt on", Stance.ASSERTION),
        ("“We pushed back on the plan.”", "said", Stance.ASSERTION),
        # a rejection cue applied to a wrongdoing or a figure is a denial; to access, a ruling
        ("any collusion", "denied", Stance.DENIAL),
        ("the figures", "disputed", Stance.DENIAL),
        ("access to the building", "denied", Stance.ASSERTION),
        ("his innocence", "maintained", Stance.DENIAL),
        # rejection words said of a claim
        ("the AP report is misleading", "said", Stance.DENIAL),
        ("the numbers are incorrect", "said", Stance.DENIAL),
        ("the reports were overblown", "said", Stance.DENIAL),
        ("the story is fake", "said", Stance.DENIAL),
        ("the stories were “total fabrications”", "said", Stance.DENIAL),  # plural of a denial word
        ("“Trump is a fake.”", "said", Stance.ALLEGATION),
    ],
)
def test_stance_denial_rules_classify_text(nlp, content, cue, expected):
    assert classify_text(content, cue, nlp=nlp).stance == expected


def test_stance_denial_evidence_names_the_negation_and_the_word(nlp):
    assert classify_text("“I did not collude with anyone.”", "said", nlp=nlp).evidence == ("not collude",)
    assert classify_text("he had no contact with the rebels", "said", nlp=nlp).evidence == ("no contact",)
    assert classify_text("that he had not seen the memo", "insisted", nlp=nlp).evidence == ("insist", "not")


@pytest.mark.parametrize(
    ("text", "content", "expected"),
    [
        ("“I did not collude with anyone,” the senator said.", "did not collude", Stance.DENIAL),
        ("He said he had no contact with the Russian officials.", "no contact", Stance.DENIAL),
        ("The governor insisted that he had not met the lobbyist.", "had not met", Stance.DENIAL),
        ("The spokesman brushed aside the allegations, aides said.", "brushed aside", Stance.DENIAL),
        ("“People say I'm a liar,” the mayor said.", "I'm a liar", Stance.DENIAL),
        # the reporting verb of an accusation must be inside the content: here it is the claim's own cue
        ("“I'm a liar,” the mayor told reporters.", "I'm a liar", Stance.ASSERTION),
        ("The senator stressed that she did not want troops on the ground.", "did not want", Stance.ASSERTION),
        ("“He would not seek a recount,” the aide said.", "recount", Stance.ASSERTION),
    ],
)
def test_stance_denial_rules_through_extract(nlp, text, content, expected):
    assert claim_with(nlp, text, content).stance == expected
