"""claimx.extraction.attribution through claimx.extract, grouped by the rule (``Claim.rule``) that
makes each claim: direct, indirect and mixed claims, non-claims, and switching rules off."""

from __future__ import annotations

import pytest

import claimx
from claimx import Claim, Form, Stance
from claimx.extraction.attribution import PASSES, AttributionRule, Candidate
from claimx.extraction.attribution.edges import trim_edges
from claimx.extraction.attribution.finish import PRIORITY
from claimx.extraction.attribution.state import DocView
from claimx.extraction.pipeline import find_claims
from claimx.lexicons import make_lexicons

VERB = AttributionRule.VERB_CUES.value
NOUN = AttributionRule.NOUN_CUES.value
ACCORDING = AttributionRule.ACCORDING_TO.value
QUOTE = AttributionRule.DIRECT_QUOTES.value
CONTINUATION = AttributionRule.QUOTE_CONTINUATIONS.value
HEADLINE = AttributionRule.HEADLINES.value
TRAILING = AttributionRule.TRAILING_CUES.value
PARENTHETICAL = AttributionRule.PARENTHETICAL_CUES.value
ADJECTIVE = AttributionRule.ADJECTIVE_CUES.value
INVERTED = AttributionRule.INVERTED_CUES.value
AFTER_SUMMARY = AttributionRule.QUOTE_AFTER_SUMMARY.value
MISREAD = AttributionRule.MISREAD_CUES.value
AS_CUE = AttributionRule.AS_CUES.value


def _extract(nlp, text: str) -> list[Claim]:
    claims = claimx.extract(text, nlp=nlp)
    for claim in claims:
        if claim.pieces:  # a statement its cue interrupts: each piece points into the text
            assert claim.text == " ".join(text[p.start : p.end] for p in claim.pieces)
            assert (claim.start, claim.end) == (claim.pieces[0].start, claim.pieces[-1].end)
        else:
            assert claim.text == text[claim.start : claim.end]
        assert claim.rule in {r.value for r in AttributionRule}
        if claim.cue is not None:
            assert text[claim.cue.start : claim.cue.end] == claim.cue.text
        if claim.speaker is not None and claim.speaker.mention is not None:
            mention = claim.speaker.mention
            assert text[mention.start : mention.end] == mention.text
    return claims


def _find_claims(nlp, text: str, *, disabled: frozenset[str] = frozenset(), lexicons=None) -> list[Claim]:
    """find_claims on the default pipeline's parse, with rules switched off or other lexicons."""
    return find_claims(nlp(text), lexicons if lexicons is not None else make_lexicons(), disabled=disabled)


def _content(claim: Claim) -> str:
    """The claim's words without a leading complementiser or a trailing comma, which the
    extractor may or may not keep."""
    return claim.text.removeprefix("that ").rstrip(",")


def _sides(claims: list[Claim]) -> list[str]:
    """The texts of the claims' pieces in order: a claim in one piece is its own text."""
    return [t for c in claims for t in ([p.text for p in c.pieces] or [c.text])]


def _find(claims: list[Claim], fragment: str) -> Claim:
    found = [c for c in claims if fragment in c.text]
    assert len(found) == 1, f"want one claim containing {fragment!r}, got {[c.text for c in claims]}"
    return found[0]


def _speaker_name(claim: Claim) -> str | None:
    return claim.speaker.name if claim.speaker is not None else None


# ---------------------------------------------------------------------------- the PASSES table


def test_detect_passes_have_distinct_attribution_ids():
    rules = [p.rule for p in PASSES]
    assert len(rules) == len(set(rules))
    assert all(r.value.startswith("attribution.") for r in AttributionRule)


def test_detect_every_rule_has_a_priority():
    assert set(PRIORITY) == set(AttributionRule)
    assert {p.rule for p in PASSES} | {AttributionRule.QUOTE_CONTINUATIONS, AttributionRule.QUOTE_AFTER_SUMMARY} == set(AttributionRule)


def test_detect_quote_pass_runs_last():
    """It attributes quotes to the cues the other passes noted, so it must come after them all."""
    assert PASSES[-1].rule == AttributionRule.DIRECT_QUOTES


# ---------------------------------------------------------------------------- attribution.direct_quotes

DIRECT = [
    # quote, then attribution
    ("“The bridge will reopen by Friday,” Transport Minister Helen Vargas said.", "The bridge will reopen by Friday", "Helen Vargas", TRAILING),
    # attribution with inversion
    ("“This is a turning point for the harbor,” said Mayor Lina Okafor.", "This is a turning point for the harbor", "Lina Okafor", TRAILING),
    # attribution, colon, then a multi-sentence quote
    (
        "Harbor Commissioner Tomas Reyes said: “The port is safe. Ships are moving again. Nobody was hurt.”",
        "The port is safe. Ships are moving again. Nobody was hurt.",
        "Tomas Reyes",
        VERB,
    ),
    # a long quote followed by ", X said."
    (
        "“We have found nothing that points to sabotage, and we do not expect the final report to change "
        "that when the engineers deliver it next month,” Vargas said.",
        "We have found nothing that points to sabotage, and we do not expect the final report to change "
        "that when the engineers deliver it next month",
        "Vargas",
        TRAILING,
    ),
    # straight marks
    ('"We will appeal the ruling," lawyer Nina Albers said.', "We will appeal the ruling", "Nina Albers", TRAILING),
    # doubled apostrophes used as marks
    ("''We will appeal the ruling,'' lawyer Nina Albers said.", "We will appeal the ruling", "Nina Albers", TRAILING),
    # single marks, British style
    ("‘Prices will keep rising,’ the bank governor warned.", "Prices will keep rising", "the bank governor", TRAILING),
    # attribution before the quote, with a comma
    ("Nina Albers said, “The judge got it wrong.”", "The judge got it wrong.", "Nina Albers", VERB),
]


@pytest.mark.parametrize(("text", "content", "speaker", "rule"), DIRECT)
def test_detect_direct_quote(nlp, text, content, speaker, rule):
    """A whole quotation is a direct claim, whichever rule reaches it first."""
    claims = _extract(nlp, text)
    assert len(claims) == 1
    (claim,) = claims
    assert claim.form == Form.DIRECT
    assert _content(claim) == content
    assert _speaker_name(claim) == speaker
    assert claim.rule == rule


def test_detect_quote_around_attribution(nlp):
    text = "“We are ready,” Fire Chief Ada Lund said, “and we will not wait for the state.”"
    claims = _extract(nlp, text)
    assert len(claims) == 1  # one quotation the cue interrupts: one claim in two pieces
    assert _sides(claims) == ["We are ready", "and we will not wait for the state."]
    assert claims[0].text == "We are ready and we will not wait for the state."
    assert all(c.form == Form.DIRECT and _speaker_name(c) == "Ada Lund" for c in claims)


@pytest.mark.parametrize(
    ("text", "halves", "speaker"),
    [
        # the parser may make the quoted noun phrase a subject of the cue verb
        ("“The harbour wall,” Ada Lund, the port director, added, “has held through the storm.”",
         ["The harbour wall", "has held through the storm."], "Ada Lund"),
        ("“The new school”, Mayor Ivo Brandt said, “will open in the spring.”",
         ["The new school", "will open in the spring."], "Ivo Brandt"),
        ("“The clinic,” Dr. Mina Sato insisted, “needs more nurses.”", ["The clinic", "needs more nurses."], "Mina Sato"),
    ],
)
def test_detect_quote_interrupted_after_its_subject(nlp, text, halves, speaker):
    claims = _extract(nlp, text)
    assert _sides(claims) == halves
    assert [_speaker_name(c) for c in claims] == [speaker]
    assert claims[0].cue is not None and claims[0].rule == QUOTE


def test_detect_two_quoted_sentences_are_not_an_interrupted_quote(nlp):
    """A cue between two quotes of different sentences belongs to the first only."""
    text = "“The harbour wall held,” Ada Lund said. “The storm was the worst in a decade,” Ivo Brandt added."
    claims = _extract(nlp, text)
    assert [_speaker_name(c) for c in claims] == ["Ada Lund", "Ivo Brandt"]


def test_detect_told_reporters_after_an_appositive(nlp):
    text = "“The harbour wall held,” Ada Lund, the port director, told reporters on Tuesday."
    (claim,) = _extract(nlp, text)
    assert (claim.text, _speaker_name(claim), claim.form) == ("The harbour wall held", "Ada Lund", Form.DIRECT)


def test_detect_quote_running_over_paragraphs_gets_speaker(nlp):
    text = (
        "“The first part of the plan starts in the spring and runs through the summer months.\n"
        "“The second part begins in the fall,” said planner Omar Haddad."
    )
    claim = _find(_extract(nlp, text), "The first part of the plan")
    assert _speaker_name(claim) == "Omar Haddad"
    assert claim.rule == QUOTE  # the cue of a later piece of the same quotation


# ---------------------------------------------------------------------------- attribution.quote_continuations


@pytest.mark.parametrize(
    ("text", "second"),
    [
        (
            "“The bridge will reopen by Friday,” Transport Minister Helen Vargas said. “Crews are working around the clock.”",
            "Crews are working around the clock.",
        ),
        ('"We will appeal the ruling," lawyer Nina Albers said. "The judge got it badly wrong."', "The judge got it badly wrong."),
        # a short quote that is a whole sentence of its own is a statement too
        ("“We looked for months for another site,” Ms. Okoro said. “There wasn’t one.”", "There wasn’t one."),
        ('"Will the ferry run?" the captain asked. "Nobody knows."', "Nobody knows."),
    ],
)
def test_detect_quote_after_attribution_sentence_continues_speaker(nlp, text, second):
    claims = _extract(nlp, text)
    claim = _find(claims, second)
    assert claim.form == Form.DIRECT
    assert _speaker_name(claim) == _speaker_name(claims[0])
    assert claim.rule == CONTINUATION


@pytest.mark.parametrize(
    ("text", "second", "speaker"),
    [
        (
            "“The bridge will reopen by Friday,” Transport Minister Helen Vargas said.\n\n"
            "“Crews are working around the clock to make that happen.”",
            "Crews are working around the clock to make that happen.",
            "Helen Vargas",
        ),
        (
            '"We will appeal the ruling," lawyer Nina Albers said.\n\n'
            '"The judge got this one badly wrong, and we intend to prove it."',
            "The judge got this one badly wrong, and we intend to prove it.",
            "Nina Albers",
        ),
        (
            "Transport Minister Helen Vargas said the bridge would reopen by Friday.\n\n"
            "“Crews are working around the clock to make that happen,” she said.\n\n"
            "“We owe the commuters nothing less than that.”",
            "We owe the commuters nothing less than that.",
            "Helen Vargas",
        ),
    ],
)
def test_detect_quote_paragraph_continues_previous_speaker(nlp, text, second, speaker):
    claim = _find(_extract(nlp, text), second)
    assert claim.form == Form.DIRECT
    assert _speaker_name(claim) == speaker
    assert claim.speaker.mention is None  # inherited: no words in this paragraph name the speaker
    assert claim.rule == CONTINUATION


def test_detect_a_short_scare_quote_after_a_quote_is_no_statement(nlp):
    """Two words in quotation marks inside a sentence are a phrase, not the speaker's next sentence."""
    text = "“We looked for months,” Ms. Okoro said. The plan was dubbed “Project Heron.” Work starts soon."
    assert not any(c.text.startswith("Project Heron") for c in _extract(nlp, text))


def test_detect_quote_paragraph_after_unrelated_narration_is_not_continued(nlp):
    text = (
        "“The bridge will reopen by Friday,” Transport Minister Helen Vargas said.\n\n"
        "The river rose three feet overnight and several roads were closed.\n\n"
        "The storm moved east. It left the valley soaked. Crews were still clearing the roads.\n\n"
        "Schools stayed shut. Buses ran late. The ferry did not sail at all that day.\n\n"
        "Farmers counted their losses. Some fields were under water for a week.\n\n"
        "“Nothing like this has happened here in fifty years of record keeping.”"
    )
    claims = _extract(nlp, text)
    assert not any("Nothing like this" in c.text and _speaker_name(c) == "Helen Vargas" for c in claims)


# ---------------------------------------------------------------------------- attribution.verb_cues, noun_cues, according_to

INDIRECT = [
    ("Coach Dan Pryor said the team is ready for the final.", "the team is ready for the final", "Dan Pryor", VERB),
    ("Senator Grace Whitfield said the plan was reckless.", "the plan was reckless", "Grace Whitfield", VERB),
    ("The ambassador told reporters that the embassy would stay open.", "the embassy would stay open", "the ambassador", VERB),
    ("Provincial officials have denied they ordered the evictions.", "they ordered the evictions", "Provincial officials", VERB),
    (
        "The ministry issued a statement, alleging that rebels had shelled the village.",
        "rebels had shelled the village",
        "the ministry",
        VERB,
    ),
    ("Claims by the opposition stated that the ballots had been tampered with.", "the ballots had been tampered with", "the opposition", VERB),
    ("The agency's claim that the dam had been inspected turned out to be wrong.", "the dam had been inspected", "the agency", NOUN),
    ("According to the fire department, the blaze started in a kitchen.", "the blaze started in a kitchen", "the fire department", ACCORDING),
    ("The blaze started in a kitchen, according to the fire department.", "The blaze started in a kitchen", "the fire department", ACCORDING),
]


@pytest.mark.parametrize(("text", "content", "speaker", "rule"), INDIRECT)
def test_detect_indirect(nlp, text, content, speaker, rule):
    claim = _find(_extract(nlp, text), content)
    assert claim.form == Form.INDIRECT
    assert _content(claim) == content
    assert _speaker_name(claim) == speaker
    assert claim.rule == rule


def test_detect_added_that_after_earlier_speaker(nlp):
    text = "Senator Grace Whitfield said the plan was reckless. She added that the vote would be delayed."
    claims = _extract(nlp, text)
    assert [_content(c) for c in claims] == ["the plan was reckless", "the vote would be delayed"]
    assert claims[1].cue.text == "added"
    assert _speaker_name(claims[1]) == "Grace Whitfield"
    assert claims[1].speaker.mention.text == "She"


def test_detect_conjoined_cues_give_two_claims(nlp):
    text = "Nurses insisted that the ward was understaffed, and said that patients were waiting for hours."
    claims = _extract(nlp, text)
    assert [_content(c) for c in claims] == ["the ward was understaffed", "patients were waiting for hours"]
    assert [c.cue.text for c in claims] == ["insisted", "said"]
    assert [c.rule for c in claims] == [VERB, VERB]


# ---------------------------------------------------------------- verb_cues: topics of a position cue (issue 16)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # a label verb reports its object with the label it gives it
        ("The mayor has called the stadium deal a waste of public money.", "the stadium deal a waste of public money"),
        ("The governor called the flood “the worst in a century.”", "the flood “the worst in a century.”"),
        # a gerund after a topic preposition is the topic
        ("The minister described the strike as a disgrace.", "the strike as a disgrace"),
        ("The senator called for raising the minimum wage to $12.", "raising the minimum wage to $12"),
    ],
)
def test_detect_topic_of_a_position_cue(nlp, text, content):
    claim = _find(_extract(nlp, text), content.split()[1])
    assert claim.text == content
    assert claim.cue.text in text.split()


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The council has called for a ban on plastic bags.", "a ban on plastic bags"),  # a noun topic, as before
        ("The coach called the players to the field.", "the players"),  # no label: the object alone
        ("The senator called for an hour on Friday.", None),  # a date after "for" is no topic
        ("The strike was what the union called “a last resort.”", "a last resort."),  # the relative pronoun is no object
    ],
)
def test_detect_topic_of_a_position_cue_without_a_frame(nlp, text, content):
    claims = [c for c in _extract(nlp, text) if c.cue is not None and c.cue.text == "called"]
    assert [c.text for c in claims] == ([content] if content else [])


# ---------------------------------------------------------------------------- content edges (issue 16)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # the parse hangs the "and" that opens the next statement on the reported clause
        (
            "The chairman said the merger talks would be harder this year — and he noted that any deal would come later.",
            "the merger talks would be harder this year",
        ),
    ],
)
def test_detect_content_does_not_end_on_a_coordinator(nlp, text, content):
    claims = _extract(nlp, text)
    assert content in [c.text for c in claims]
    assert not any(c.text.split()[-1] in {"and", "but", "or"} for c in claims)


def test_detect_quoted_fragment_may_end_on_a_coordinator(nlp):
    text = "“We will build the school first, and,” the mayor said, “we will pay for the road after.”"
    claims = _extract(nlp, text)
    assert "We will build the school first, and" in _sides(claims)


def test_detect_transcript_label_is_not_content(nlp):
    text = (
        '"MORGAN: Will the council vote on the budget this week?\n\n'
        '"REYES: Well, the council will vote on Thursday. I expect the budget to pass.\n\n'
        '"MORGAN: Thank you for that.'
    )
    claims = _extract(nlp, text)
    assert [c.text for c in claims][:2] == [
        "Will the council vote on the budget this week?",
        "Well, the council will vote on Thursday. I expect the budget to pass.",
    ]
    assert not any("MORGAN" in c.text or "REYES" in c.text for c in claims)


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        (
            "The senator said the grain levy was unfair, arguing that it would hurt small farms.",
            "the grain levy was unfair",
            "that it would hurt small farms",
        ),
        (
            "Harbour officials said shipping traffic has doubled since June, citing a survey by the port authority.",
            "shipping traffic has doubled since June",
            "a survey by the port authority",
        ),
        (
            "The fire chief told reporters that the warehouse was empty, saying that “nobody was hurt” in the blaze.",
            "that the warehouse was empty",
            "that “nobody was hurt” in the blaze",
        ),
    ],
)
def test_detect_speech_participle_ends_the_content_before_it(nlp, text, first, second):
    claims = _extract(nlp, text)
    before = _find(claims, first)
    assert before.text == first and before.form == Form.INDIRECT  # cut before the quoted words: no longer mixed
    after = _find(claims, second)
    assert after.text == second
    assert _speaker_name(after) == _speaker_name(before)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # a belief, not a second statement
        ("The senator said the grain levy was unfair, knowing that it would pass anyway.", "knowing that it would pass"),
        # no statement of its own
        ("The mayor said the new bridge would open in May, allowing commuters to skip the ferry.", "allowing commuters"),
        # no cue verb
        ("Officials said the road was closed, blocking traffic for hours.", "blocking traffic"),
        # inside the quotation
        ("The coach said the team “played well, arguing every call with the referee” on Sunday.", "arguing every call"),
    ],
)
def test_detect_other_participles_stay_in_the_content(nlp, text, content):
    claims = _extract(nlp, text)
    assert any(content in c.text for c in claims)


def _edges_of(view, lo: int, hi: int) -> tuple[int, int]:
    cand = Candidate(start_char=lo, end_char=hi, form=Form.INDIRECT, sent_start_char=lo, sent_end_char=hi)
    return trim_edges(view, cand)


def test_detect_only_a_label_that_opens_a_line_is_cut(nlp):
    text = "The sign said DANGER: keep out of the yard.\nDANGER: the floor is wet."
    view = DocView(nlp(text), [], make_lexicons(), frozenset())
    inside, yard = text.index("DANGER"), text.index("yard") + 4
    assert _edges_of(view, inside, yard) == (inside, yard)
    line = text.index("\n") + 1
    assert _edges_of(view, line, len(text)) == (text.index("the floor"), len(text))


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Critics described the proposal as “a gift to landlords” on Monday.", "the proposal as “a gift to landlords”"),
        ("The coach described the referee as “completely out of his depth” after the match.", "the referee as “completely out of his depth”"),
    ],
)
def test_detect_quoted_fragment_is_reported_with_its_clause(nlp, text, content):
    claim = _find(_extract(nlp, text), "“")
    assert claim.text == content
    assert claim.form == Form.MIXED


@pytest.mark.parametrize(
    "text",
    [
        "The senator said, “we will not vote for this bill.”",  # only a comma between cue and quote
        # opens in upper case ("described" would take the object with its label: frame_verbs.tsv)
        "The senator wrote the bill as “Unfair To Families” in her speech.",
    ],
)
def test_detect_quote_that_is_no_fragment_stays_direct(nlp, text):
    claims = _extract(nlp, text)
    quoted = [c for c in claims if c.form == Form.DIRECT]
    assert quoted and all("senator" not in c.text for c in quoted)


@pytest.mark.parametrize(
    ("text", "accused", "content"),
    [
        ("The union accused the company of cutting wages without notice.", "the company", "cutting wages without notice"),
        ("Parents accused the coach of bullying younger players.", "the coach", "bullying younger players"),
    ],
)
def test_detect_accused_of(nlp, text, accused, content):
    claim = _find(_extract(nlp, text), content)
    assert claim.stance == Stance.ALLEGATION
    assert claim.target is not None and claim.target.text == accused
    assert claim.rule == VERB


def test_detect_passive_accusation_without_agent(nlp):
    claim = _find(_extract(nlp, "The company was accused of dumping waste in the river."), "dumping waste")
    assert claim.stance == Stance.ALLEGATION
    assert claim.target.text == "The company"
    assert claim.speaker is None


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        ("The senator was accused by her rivals of hiding campaign donations.", "her rivals", "hiding campaign donations"),
        ("The developer was accused by residents of ignoring safety rules.", "residents", "ignoring safety rules"),
    ],
)
def test_detect_passive_accusation_with_agent(nlp, text, speaker, content):
    claim = _find(_extract(nlp, text), content)
    assert claim.stance == Stance.ALLEGATION
    assert claim.speaker.mention.text == speaker


def test_detect_participle_after_reported_clause_is_its_own_claim(nlp):
    # the parser hangs ', alleging that ...' under the said-clause; the speech_participle edge
    # rule cuts it from that content, and its claim takes the reporter as source (issue 16)
    # (not "alleging that earlier reports were wrong": a claim called wrong is a counter-claim,
    # and denial takes precedence over allegation, issue 15)
    text = "Officials said the dam was inspected in May, alleging that earlier inspectors had lied."
    claims = _extract(nlp, text)
    said = _find(claims, "the dam was inspected")
    assert _content(said) == "the dam was inspected in May"
    alleging = next(c for c in claims if _content(c) == "earlier inspectors had lied")
    assert _speaker_name(alleging) == "Officials"
    assert alleging.stance == Stance.ALLEGATION


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        # the parse hangs the participle from the "as" clause; the blamer is the main clause's subject
        (
            "Acme has sought closer ties with its neighbours as much of the region has pulled away, blaming the board for the delays.",
            "the board for the delays",
            "Acme",
        ),
        ("The union called a strike while talks with the owners stalled, accusing the owners of stalling.", "the owners of stalling", "The union"),
        # the parse joins the "as" clause to the main one as a conjunct: its opening "as" still marks it
        (
            "Portugal has sought to deepen trade with Brazil as much of Europe has pulled back, blaming the bank for the slump and decrying the bank’s “narrow policy” as harmful.",
            "the bank for the slump",
            "Portugal",
        ),
        (
            "Portugal has sought to deepen trade with Brazil as much of Europe has pulled back, blaming the bank for the slump and decrying the bank’s “narrow policy” as harmful.",
            "the bank’s “narrow policy”",
            "Portugal",
        ),
        # no subordinate clause in between: the participle's own clause gives the subject, as before
        ("The council closed the library on Monday, blaming the landlord for the leaks.", "the landlord for the leaks", "The council"),
    ],
)
def test_detect_trailing_participle_takes_the_main_clause_subject(nlp, text, content, speaker):
    """Issue 17: a participle clause set off by a comma at the end takes the subject of the main clause."""
    claim = _find(_extract(nlp, text), content)
    assert claim.speaker is not None and claim.speaker.mention.text == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # the claim belongs to the noun cue's owner, not to the accused company that settles it
        ("Globex agreed to settle the regulator's charges that it illegally collected data.", "the regulator's"),
        ("Globex agreed to settle regulator charges that it illegally collected data.", "regulator"),
        # the tagger reads "charges" as a verb after a proper name: still the owner's charges
        ("Globex will pay a fine of $4 million to settle Consumer Safety Commission charges that it sold patient records.", "Consumer Safety Commission"),
        # a topic modifier ("fraud charges") owns nothing: the source stays the verb's subject
        ("Prosecutors filed fraud charges that he stole the funds.", "Prosecutors"),
    ],
)
def test_detect_noun_cue_source_is_its_owner(nlp, text, speaker):
    """Issue 17: "X's charges that ...", "X charges that ..." are X's claims (an "agreed to settle
    ..." around them is the accused's commitment, a claim of its own: issue 16)."""
    (claim,) = [c for c in _extract(nlp, text) if c.text.startswith("that")]
    assert claim.rule == NOUN
    assert claim.speaker is not None and claim.speaker.mention.text == speaker


def test_detect_denied_permit_is_no_claim(nlp):
    """A deny cue's object is what was denied only when it names a claim (``claim_nouns``)."""
    assert _extract(nlp, "The mayor denied a permit for the rally.") == []


def test_detect_infinitive_modifier_is_no_source(nlp):
    claims = _extract(nlp, "The judge denied a motion to dismiss the case.")
    assert all(_speaker_name(c) != "motion" for c in claims)


MIXED = [
    ("Mayor Lina Okafor said the new tax was “a necessary evil” for the city.", "the new tax was “a necessary evil” for the city", VERB),
    ("The senator said she “never took a dime” from the lobbyists.", "she “never took a dime” from the lobbyists", VERB),
    ("The mayor said the city had “no choice” but to raise fares.", "the city had “no choice” but to raise fares", VERB),
    ('The mayor said the city had "no choice" but to raise fares.', 'the city had "no choice" but to raise fares', VERB),
    ("Governor: 'We will not raise taxes' this year", "'We will not raise taxes' this year", HEADLINE),
]


@pytest.mark.parametrize(("text", "content", "rule"), MIXED)
def test_detect_mixed(nlp, text, content, rule):
    claims = _extract(nlp, text)
    assert len(claims) == 1
    assert claims[0].form == Form.MIXED
    assert claims[0].text == content
    assert claims[0].rule == rule


@pytest.mark.parametrize(
    "text",
    [
        "The minister said “we will not back down” on tariffs.",
        "The minister said the tariffs were “here to stay.”",
    ],
)
def test_detect_mixed_keeps_quote_marks_balanced(nlp, text):
    (claim,) = _extract(nlp, text)
    assert claim.form == Form.MIXED
    assert claim.text.count("“") == claim.text.count("”") == 1


# ---------------------------------------------------------------------------- attribution.headlines and trailing_cues


@pytest.mark.parametrize(
    ("text", "content", "speaker", "rule"),
    [
        ("Fire chief: Blaze was caused by faulty wiring", "Blaze was caused by faulty wiring", "Fire chief", HEADLINE),
        ("Union leader: Strike will go ahead on Monday", "Strike will go ahead on Monday", "Union leader", HEADLINE),
        ("Bridge closure will last a month, city engineers say", "Bridge closure will last a month", "city engineers", TRAILING),
        ("Factory fire was an accident, owner claims", "Factory fire was an accident", "owner", TRAILING),
    ],
)
def test_detect_headline_forms(nlp, text, content, speaker, rule):
    claims = _extract(nlp, text)
    assert len(claims) == 1
    assert claims[0].text == content
    assert _speaker_name(claims[0]) == speaker
    assert claims[0].rule == rule


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        # an infinitive of purpose inside the content (issue 16's "dropped out ... to pursue ...")
        ("She left the bank in 2009 to start a bakery, her sister said.", "She left the bank in 2009 to start a bakery", "her sister"),
        # a modal or "appeared to" content before a trailing cue
        ("The river appeared to have peaked overnight, the forecaster said.", "The river appeared to have peaked overnight", "the forecaster"),
        ("Fares may rise again next spring, the transit authority said.", "Fares may rise again next spring", "the transit authority"),
    ],
)
def test_detect_trailing_cue_after_infinitive_or_modal_content(nlp, text, content, speaker):
    claim = _find(_extract(nlp, text), content)
    assert claim.text == content
    assert claim.speaker.mention.text == speaker
    assert claim.rule == TRAILING


@pytest.mark.parametrize(
    "text",
    [
        # the parse hangs the fronted clause on "said" as an adverbial, not as its complement
        "The office called the suit a stunt. At no time did the mayor act outside the law, spokesman Eli Navarro said in a statement.",
        "Fares will rise in May, the authority said in a statement on Tuesday.",
        "Fares will rise in May, the mayor said at a briefing.",
    ],
)
def test_detect_trailing_cue_with_its_setting_after_it(nlp, text):
    claim = _find(_extract(nlp, text), "law" if "law" in text else "Fares will rise in May")
    assert claim.text in ("At no time did the mayor act outside the law", "Fares will rise in May")
    assert claim.speaker.mention.text in ("spokesman Eli Navarro", "the authority", "the mayor")


@pytest.mark.parametrize(
    "text",
    [
        "The race is close, so he will not be able to brag about his lead.",  # a topic, not a setting
        "No matter the weather, the coach will insist on training outdoors.",  # a gerund
    ],
)
def test_detect_trailing_cue_needs_a_setting_not_a_topic_after_it(nlp, text):
    assert [c for c in _extract(nlp, text) if c.rule == TRAILING] == []


def test_detect_headline_source_colon_single_quote(nlp):
    claims = _extract(nlp, "Bank chief: 'Prices will keep rising'")
    claim = _find(claims, "Prices will keep rising")
    assert _speaker_name(claim) == "Bank chief"
    assert claim.rule == HEADLINE


_BODY = "\n\nThe county council met on Monday to agree next year's budget.\n"


@pytest.mark.parametrize(
    "headline",
    [
        "Storm Wendell: thousands without power as gales hit the coast",  # a named event
        "Portugal: dozens hurt as tram leaves the rails",  # a place labels the story
        "France: strikes halt trains for a third day",
    ],
)
def test_detect_headline_topic_label_is_no_source(nlp, headline):
    assert [c for c in _extract(nlp, headline + _BODY) if c.start < len(headline)] == []


@pytest.mark.parametrize(
    ("headline", "content"),
    [
        ("Portugal: 'We will not pay the fine'", "We will not pay the fine"),  # a place speaks in a quote
        ("Ottaway: We will not raise fares this year", "We will not raise fares this year"),  # a name the parse missed
    ],
)
def test_detect_headline_label_speaks_when_the_rest_is_speech(nlp, headline, content):
    claim = _find(_extract(nlp, headline + _BODY), content)
    assert claim.rule == HEADLINE
    assert claim.speaker.mention.text == headline.split(":")[0]


# ---------------------------------------------------------------------------- attribution.parenthetical_cues


def test_detect_attribution_inside_the_sentence_splits_the_clause(nlp):
    """"The levy, X said, will fund ...": the reported clause runs around the inserted attribution."""
    text = "The levy, Councillor Ada Brandt said on Monday, will fund two new schools."
    claims = _extract(nlp, text)
    assert _sides(claims) == ["The levy", "will fund two new schools"]
    assert [c.text for c in claims] == ["The levy will fund two new schools"]
    assert all(c.form == Form.INDIRECT and c.cue.text == "said" and _speaker_name(c) == "Ada Brandt" for c in claims)
    assert [c.rule for c in claims] == [PARENTHETICAL]


def test_detect_attribution_inside_the_sentence_after_a_whole_clause(nlp):
    text = "Ticket sales have doubled since spring, the promoter said, because the band added a second show."
    claims = _extract(nlp, text)
    assert _sides(claims) == ["Ticket sales have doubled since spring", "because the band added a second show"]
    assert len(claims) == 1
    assert all(c.cue.text == "said" and c.speaker.mention.text == "the promoter" for c in claims)


def test_detect_attribution_inside_the_sentence_leaves_out_a_fronted_adverbial(nlp):
    """"Too often," alone is no claim: only the side with the clause is."""
    claims = _extract(nlp, "Too often, the mayor said, the council ignores the budget.")
    assert [c.text for c in claims] == ["the council ignores the budget"]


@pytest.mark.parametrize(
    "text",
    [
        "The bridge, we hope, will reopen in May.",  # a belief, not a report
        "The bridge, the old one, will reopen in May.",  # an appositive, no cue at all
    ],
)
def test_detect_inserted_phrase_that_is_no_attribution(nlp, text):
    assert _extract(nlp, text) == []


# ---------------------------------------------------------------------------- attribution.adjective_cues (issue 16)


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        ("Councillor Ada Brandt is worried that the library may close before the winter.", "Ada Brandt", "the library may close before the winter"),
        ("The farmers were sceptical that the new seed would grow in dry soil.", "farmers", "the new seed would grow in dry soil"),
        ("She is confident the appeal will succeed.", "She", "the appeal will succeed"),
        # a feeling (reported15)
        ("Local parents are angry that the market will move to the edge of town.", "parents", "the market will move to the edge of town"),
        ("The coach was disappointed the referee had ignored the foul.", "The coach", "the referee had ignored the foul"),
        # a stative passive: the parse reads the participle as a passive verb with no agent (reported15)
        ("Commuters were frustrated that the rail operator cancelled half of its trains.", "Commuters", "the rail operator cancelled half of its trains"),
        ("The governor was not convinced that the new levy would cover the deficit.", "The governor", "the new levy would cover the deficit"),
    ],
)
def test_detect_adjective_cue_with_a_clause(nlp, text, speaker, content):
    claim = _find(_extract(nlp, text), content)
    assert claim.rule == ADJECTIVE
    assert _content(claim) == content
    assert claim.speaker is not None and speaker in claim.speaker.mention.text


@pytest.mark.parametrize(
    "text",
    [
        "Residents are worried about the cost of the new bridge.",  # a topic, not a clause
        "It is certain that the vote will be close.",  # "it" holds no view
        "The builders were unsure how the tunnel would be paid for.",  # a question word opens no claim
        "The pilot was so nervous that he forgot the checklist.",  # a result clause, not a held view (reported15)
    ],
)
def test_detect_adjective_cue_without_a_claim(nlp, text):
    assert ADJECTIVE not in {c.rule for c in _extract(nlp, text)}


# ---------------------------------------------------------------------------- attribution.inverted_cues (issue 16)


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        ("Also, said Dr. Mina Sato, the clinic will hire four nurses in the spring.", "Mina Sato", "the clinic will hire four nurses in the spring"),
        ("In addition, said the ministry, new rules will apply to ferries from May.", "ministry", "new rules will apply to ferries from May"),
        # the parse makes the source the subject of "rose" and "exports" its appositive (reported15)
        ("Last year, said the governor, exports rose by 3%.", "governor", "exports rose by 3%"),
    ],
)
def test_detect_inverted_cue_after_a_connective(nlp, text, speaker, content):
    claims = _extract(nlp, text)
    assert [c.text for c in claims] == [content]
    assert claims[0].rule == INVERTED
    assert claims[0].speaker is not None and speaker in claims[0].speaker.mention.text


def test_detect_inverted_cue_needs_a_clause_after_it(nlp):
    assert INVERTED not in {c.rule for c in _extract(nlp, "Also, said the mayor, more buses.")}


# ---------------------------------------------------------------------------- attribution.as_cues (issue 16)


@pytest.mark.parametrize(
    ("text", "speaker", "pieces"),
    [
        ("As the auditor pointed out, the city cannot pay its debts.", "auditor", ["the city cannot pay its debts"]),
        ("The bridge, as the engineers have warned, is unsafe for heavy trucks.", "engineers", ["The bridge", "is unsafe for heavy trucks"]),
        # a fronted connective alone is no piece
        ("Yet, as the economist observed, in a recession the banks would lend less.", "economist", ["in a recession the banks would lend less"]),
        # an addressee inside the "as" clause is no object of its own
        ("As she told reporters on Monday, the deal is not final.", "she", ["the deal is not final"]),
    ],
)
def test_detect_as_cue_reports_the_rest_of_the_sentence(nlp, text, speaker, pieces):
    claims = _extract(nlp, text)
    assert _sides(claims) == pieces and len(claims) == 1
    assert {c.rule for c in claims} == {AS_CUE}
    assert all(c.speaker is not None and speaker in c.speaker.mention.text for c in claims)


@pytest.mark.parametrize(
    "text",
    [
        "As the mayor said goodbye, the crowd cheered.",  # the cue has an object of its own
        "As the senator spoke about schools, her rival stressed his plan for the roads.",  # a topic: "as" is "while"
        "As expected, the council approved the budget.",  # no source
        "The committee met as the chairman said it would.",  # "as" inside a clause, with no comma
        "As the mayor pointed out, “the city cannot pay.”",  # quotations are the quote rules'
    ],
)
def test_detect_as_cue_not_without_its_shape(nlp, text):
    assert AS_CUE not in {c.rule for c in _extract(nlp, text)}


def test_detect_as_cue_can_be_switched_off(nlp):
    text = "As the auditor pointed out, the city cannot pay its debts."
    assert AS_CUE not in {c.rule for c in _find_claims(nlp, text, disabled=frozenset({AS_CUE}))}


# ---------------------------------------------------------------- verb_cues: an addressee and its infinitive (issue 16)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The mayor asked the council to delay the vote.", "the council to delay the vote"),
        ("The agency warned local officials to check their voting machines.", "local officials to check their voting machines"),
        ("The group has encouraged member states to raise spending.", "member states to raise spending"),
        ("The ministry begged residents to stay indoors.", "residents to stay indoors"),
    ],
)
def test_detect_directive_reports_its_addressee_and_infinitive(nlp, text, content):
    claims = _extract(nlp, text)
    assert [c.text for c in claims] == [content]
    assert claims[0].rule == VERB


@pytest.mark.parametrize(
    "text",
    [
        "He was asked to comment on the report.",  # no addressee: a passive request
        "She asked to speak with the manager.",  # no addressee
        "Voters may not let pundits tell them how to vote.",  # a bare verb under "let"
    ],
)
def test_detect_directive_needs_an_addressee(nlp, text):
    assert _extract(nlp, text) == []


def test_detect_directive_keeps_a_clause_first(nlp):
    claims = _extract(nlp, "The coach told reporters that the team was ready.")
    assert [_content(c) for c in claims] == ["the team was ready"]


# ---------------------------------------------------------------- content edges: a speech verb joined to the clause (issue 16)


@pytest.mark.parametrize(
    ("text", "first", "second", "cue"),
    [
        (
            "The mayor tweeted on Sunday that the actress was “rude” and “a fraud” and encouraged fans to “look up” her old show.",
            "that the actress was “rude” and “a fraud”",
            "fans to “look up” her old show",
            "encouraged",
        ),
        ("The chief said the officer had acted lawfully and added that an inquiry would follow.", "the officer had acted lawfully", "that an inquiry would follow", "added"),
    ],
)
def test_detect_conjoined_cue_ends_the_first_content(nlp, text, first, second, cue):
    claims = _extract(nlp, text)
    assert [c.text for c in claims] == [first, second]
    assert claims[1].cue.text == cue
    assert [_speaker_name(c) for c in claims] == [_speaker_name(claims[0])] * 2 and _speaker_name(claims[0]) is not None


def test_detect_conjoined_verb_that_is_no_cue_stays_in_the_content(nlp):
    claims = _extract(nlp, "The chief said the officer had lied and left the force in May.")
    assert [c.text for c in claims] == ["the officer had lied and left the force in May"]


# ---------------------------------------------------------------------------- attribution.quote_after_summary (issue 16)


def test_detect_quote_after_a_summary_continues_its_speaker(nlp):
    text = "Coach Dan Pryor said the squad was fit. “We have trained for this all season long.”"
    claims = _extract(nlp, text)
    quote = _find(claims, "trained")
    assert quote.rule == AFTER_SUMMARY and quote.form == Form.DIRECT
    assert _speaker_name(quote) == _speaker_name(_find(claims, "squad"))


@pytest.mark.parametrize(
    "text",
    [
        # another sentence between the summary and the quote
        "Coach Dan Pryor said the squad was fit. The crowd cheered. “We have trained for this all season long.”",
        # a short quote is a phrase, not a statement
        "Coach Dan Pryor said the squad was fit. “Yes, indeed.”",
        # a new paragraph is the continuation rule's, not this one's
        "Coach Dan Pryor said the squad was fit.\n\nThe match starts at noon. “Tickets are sold out for the whole day.”",
        # the sentence before holds a quote: '“A,” he said, speaking of X.' is no summary
        "“We are ready,” the coach said, speaking of the final. “We have trained for this all season long.”",
    ],
)
def test_detect_quote_after_a_summary_needs_the_next_sentence(nlp, text):
    assert AFTER_SUMMARY not in {c.rule for c in _extract(nlp, text)}


# ---------------------------------------------------------------------------- a false alarm removed in issue 16


@pytest.mark.parametrize("disabled", [frozenset(), frozenset({INVERTED})])
def test_detect_fronted_adverbial_alone_is_not_a_trailing_claim(nlp, disabled):
    """Not even when the inverted-cue rule, which takes this cue first, is off."""
    claims = _find_claims(nlp, "On a larger scale, said the minister, the reform will help farmers.", disabled=disabled)
    assert all(not c.text.startswith("On a larger scale") for c in claims)


# ---------------------------------------------------------------------------- non-claims and finishing

NON_CLAIMS = [
    "This material may not be published, broadcast, rewritten or redistributed without permission.",
    "Copyright 2024 The Harbor Ledger. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.",
    "The river rose three feet overnight and several roads were closed.",
    "Flooding Hits Riverside Towns",
    "What Happens Next for the Harbor",
    "WEATHER: Heavy rain expected across the region",
    "Output declined to its lowest level in a decade.",  # "declined to V" reports an intention (reported17), not a fall
    "The spokeswoman declined to comment on the talks.",
    "She starred in “The Long Road Home” last year.",  # a title in quote marks
    "The so-called “peace plan” collapsed in March.",  # scare quotes
]


@pytest.mark.parametrize("text", NON_CLAIMS)
def test_detect_non_claims(nlp, text):
    assert _extract(nlp, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "“The bridge will reopen by Friday,” Transport Minister Helen Vargas said.",
        "Coach Dan Pryor said the team is ready for the final. The stadium will be full, according to the organisers.",
        "Nina Albers said, “The judge got it wrong.”",
        "Harbor Commissioner Tomas Reyes said: “The port is safe. Ships are moving again. Nobody was hurt.”",
    ],
)
def test_detect_sentence_range_holds_claim(nlp, text):
    claims = _extract(nlp, text)
    assert claims
    for claim in claims:
        assert 0 <= claim.sent_start <= claim.start <= claim.end <= claim.sent_end <= len(text)


def test_detect_claims_in_document_order(nlp):
    text = (
        "Coach Dan Pryor said the team is ready for the final.\n\n"
        "“We have trained for this all season,” Pryor said.\n\n"
        "The stadium will be full, according to the organisers."
    )
    claims = _extract(nlp, text)
    assert len(claims) == 3
    assert [c.start for c in claims] == sorted(c.start for c in claims)
    assert [c.form for c in claims] == [Form.INDIRECT, Form.DIRECT, Form.INDIRECT]
    assert [c.rule for c in claims] == [VERB, TRAILING, ACCORDING]


# ---------------------------------------------------------------------------- switching rules off (disabled)

# one sentence per rule where that rule makes a claim
BY_RULE = [
    (VERB, "Senator Grace Whitfield said the plan was reckless."),
    (NOUN, "The agency's claim that the dam had been inspected turned out to be wrong."),
    (ACCORDING, "According to the fire department, the blaze started in a kitchen."),
    (HEADLINE, "Fire chief: Blaze was caused by faulty wiring"),
    (TRAILING, "Bridge closure will last a month, city engineers say"),
    (PARENTHETICAL, "The levy, Councillor Ada Brandt said on Monday, will fund two new schools."),
    (QUOTE, "“The clinic,” Dr. Mina Sato insisted, “needs more nurses.”"),
    (CONTINUATION, '"We will appeal the ruling," lawyer Nina Albers said.\n\n"The judge got this one badly wrong, and we intend to prove it."'),
    (ADJECTIVE, "Councillor Ada Brandt is worried that the library may close."),
    (INVERTED, "Also, said Dr. Mina Sato, the clinic will hire four nurses."),
    (AS_CUE, "As the harbour master pointed out, the pier cannot take large ships."),
    (AFTER_SUMMARY, "Coach Dan Pryor said the squad was fit. “We have trained for this all season long.”"),
    (MISREAD, "Prosecutors allege Dorsey had posted threats against the board."),
    ("attribution.light_verb_topics", "The harbour board made no secret of its doubts about the ferry."),
    ("attribution.claim_objects", "The ferry operator denied the allegations, saying every crossing had left on time."),
    ("attribution.intent_nouns", "Mayor Orla Venn unveiled a plan to widen the coast road."),
]


def test_detect_by_rule_table_covers_every_rule():
    assert {rule for rule, _ in BY_RULE} == {r.value for r in AttributionRule}


@pytest.mark.parametrize(("rule", "text"), BY_RULE)
def test_detect_rule_names_the_pass_that_made_the_claim(nlp, rule, text):
    assert rule in {c.rule for c in _find_claims(nlp, text)}


@pytest.mark.parametrize(("rule", "text"), BY_RULE)
def test_detect_disabled_rule_makes_no_claims(nlp, rule, text):
    claims = _find_claims(nlp, text, disabled=frozenset({rule}))
    assert rule not in {c.rule for c in claims}


def test_detect_disabling_continuations_keeps_the_attributed_quote(nlp):
    text = dict(BY_RULE)[CONTINUATION]
    claims = _find_claims(nlp, text, disabled=frozenset({CONTINUATION}))
    assert [(c.text, c.rule) for c in claims] == [("We will appeal the ruling", TRAILING)]


def test_detect_disabling_every_rule_finds_nothing(nlp):
    text = " ".join(t for _, t in BY_RULE)
    assert _find_claims(nlp, text, disabled=frozenset(r.value for r in AttributionRule)) == []


def test_detect_unknown_disabled_id_changes_nothing(nlp):
    text = BY_RULE[0][1]
    assert _find_claims(nlp, text, disabled=frozenset({"attribution.no_such_rule"})) == _find_claims(nlp, text)


# ---------------------------------------------------------------------------- word lists read from the lexicons


@pytest.mark.parametrize(
    ("name", "key", "label", "text", "content"),
    [
        # a deny cue's object counts when it names a claim
        ("claim_nouns", "gossip", "claim", "The mayor rejected the gossip.", "the gossip"),
        # a speech cue's topic
        ("topic_preps", "regarding", "any_cue", "The union spoke regarding the strike.", "the strike"),
    ],
)
def test_detect_extra_lexicon_row_extends_a_rule(nlp, name, key, label, text, content):
    lexicons = make_lexicons()
    assert _find_claims(nlp, text, lexicons=lexicons) == []
    extended = {**lexicons, name: {**lexicons[name], key: label}}
    (claim,) = _find_claims(nlp, text, lexicons=extended)
    assert (claim.text, claim.rule) == (content, VERB)


@pytest.mark.parametrize(
    "text",
    [
        # the small model hangs the complement on the addressee as a relative clause
        "Yun Hsieh told the summit that Corovia wanted stability.",
        "The minister told the committee that the plan was sound.",
    ],
)
def test_detect_complement_misparsed_as_relative_clause_of_the_addressee(nlp, text):
    """A relative clause takes "that" as its subject or object, never as a mark: a clause
    with "that" as a mark under the cue's object is what was told."""
    claims = _extract(nlp, text)
    assert [(c.text.removeprefix("that "), c.cue.text) for c in claims] == [(text.split(" that ")[1].rstrip("."), "told")]


# ---------------------------------------------------------------------------- attribution.finish: a trailing "according to"


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # the outer attribution is the document's; X's cue lies in its content
        (
            "A former manager at Brightwell says the company ignored safety complaints for years, according to a lawsuit filed on Monday.",
            "A former manager at Brightwell says the company ignored safety complaints for years",
        ),
        ("The mayor told aides the plan was dead, according to two people at the meeting.", "The mayor told aides the plan was dead"),
    ],
)
def test_detect_trailing_according_to_attributes_the_clause_with_its_cue(nlp, text, content):
    (claim,) = _extract(nlp, text)
    assert claim.rule == ACCORDING
    assert claim.text == content


def test_detect_according_to_inside_a_clause_stays_part_of_it(nlp):
    text = "The agency reported that, according to an analysis of her calendars, she met donors often."
    claim = _find(_extract(nlp, text), "she met donors often")
    assert claim.cue.text == "reported"


# ---------------------------------------------------------------------------- attribution.misread_cues


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # the small model reads "allege" / "charge" before a name as a noun ("allege Dorsey")
        ("Prosecutors allege Dorsey had posted threats against the board.", "Prosecutors"),
        ("Federal prosecutors allege Dorsey posted threats online.", "Federal prosecutors"),
        ("Police allege Okafor had hidden the money in a shed.", "Police"),
        ("Critics charge Okafor had hidden the report from the council.", "Critics"),
    ],
)
def test_detect_cue_verb_the_tagger_read_as_a_noun(nlp, text, source):
    (claim,) = _extract(nlp, text)
    assert claim.speaker.mention.text == source
    assert claim.cue.text in ("allege", "charge")
    assert claim.text.split()[0] in ("Dorsey", "Okafor")
    assert claim.stance == Stance.ALLEGATION


def test_detect_noun_before_a_name_is_no_cue_without_a_clause(nlp):
    assert _extract(nlp, "The police charge sheet lists Okafor as the driver.") == []


# ---------------------------------------------------------------------------- cue verbs of rulings and recognition (reported15)


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        ("The tribunal ruled that the landlord had broken the lease.", "tribunal", "the landlord had broken the lease"),
        ("Ministers now recognise they will have to raise the levy.", "Ministers", "they will have to raise the levy"),
        ("The coach lamented that his team had wasted its chances.", "coach", "his team had wasted its chances"),
    ],
)
def test_detect_ruling_recognition_and_lament_report_their_clause(nlp, text, speaker, content):
    claim = _find(_extract(nlp, text), content)
    assert claim.rule == VERB
    assert claim.speaker is not None and speaker in claim.speaker.mention.text


@pytest.mark.parametrize("text", ["The family ruled the valley for two centuries.", "Police have ruled out foul play."])
def test_detect_ruling_without_a_clause_reports_nothing(nlp, text):
    assert _extract(nlp, text) == []
