"""claimx.extraction.speakers: source mentions -> canonical speakers.

Parses are built by hand (``Doc(vocab, words=, heads=, deps=, ents=)``) so the rules are
tested apart from the model's mistakes; a few tests at the end go through the real pipeline.
"""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

import claimx
from claimx.extraction.attribution import Candidate
from claimx.lexicons import make_lexicons
from claimx.models import Form, SpeakerKind
from claimx.extraction.speakers import resolve_speakers
from parsing import parse as parse_rows

LEXICONS = make_lexicons()


def parse(rows: str) -> Doc:
    """A hand-built parse (see :mod:`parsing`); "'s" is written without a space before it."""
    return parse_rows(rows, glued=(".", ",", "'s", "’s"), aux_lemmas=("be",))


def resolve(doc: Doc, sources: list[tuple[int, int]]):
    """The speakers for candidates whose sources are the given token ranges, in order."""
    candidates = [
        Candidate(
            start_char=doc[lo].idx, end_char=doc[hi - 1].idx + 1, form=Form.INDIRECT, sent_start_char=0, sent_end_char=len(doc.text), source=(lo, hi)
        )
        for lo, hi in sources
    ]
    return resolve_speakers(doc, candidates, LEXICONS)


# "National Security Council spokesman Felix Moreau said talks stalled. Moreau added talks
#  resume. The spokesman said delegates meet. He said it ended."
MOREAU = parse(
    """
    National NNP compound 2 - B-ORG
    Security NNP compound 2 - I-ORG
    Council NNP compound 3 - I-ORG
    spokesman NN compound 5
    Felix NNP compound 5 - B-PERSON
    Moreau NNP nsubj 6 - I-PERSON
    said VBD ROOT 6 say
    talks NNS nsubj 8 talk
    stalled VBD ccomp 6 stall
    . . punct 6
    Moreau NNP nsubj 11 - B-PERSON
    added VBD ROOT 11 add
    talks NNS nsubj 13 talk
    resume VBP ccomp 11
    . . punct 11
    The DT det 16
    spokesman NN nsubj 17
    said VBD ROOT 17 say
    delegates NNS nsubj 19 delegate
    meet VBP ccomp 17
    . . punct 17
    He PRP nsubj 22
    said VBD ROOT 22 say
    it PRP nsubj 24
    ended VBD ccomp 22 end
    . . punct 22
    """
)
MOREAU_SOURCES = [(0, 6), (10, 11), (15, 17), (21, 22)]


@pytest.mark.parametrize(
    ("n", "mention", "name"),
    [
        (0, "National Security Council spokesman Felix Moreau", "Felix Moreau"),  # title + full name
        (1, "Moreau", "Felix Moreau"),  # surname later
        (2, "The spokesman", "Felix Moreau"),  # the role word later
        (3, "He", "Felix Moreau"),  # pronoun
    ],
)
def test_speakers_coreference_to_full_name(n, mention, name):
    speaker = resolve(MOREAU, MOREAU_SOURCES)[n]
    assert speaker.mention.text == mention
    assert speaker.name == name
    assert speaker.kind == SpeakerKind.PERSON
    assert speaker.title is not None and speaker.title.endswith("spokesman")


def test_speakers_multiword_title():
    assert resolve(MOREAU, MOREAU_SOURCES)[0].title == "National Security Council spokesman"


def test_speakers_title_before_name():
    doc = parse(
        """
        Mayor NNP compound 2
        Lina NNP compound 2 - B-PERSON
        Okafor NNP nsubj 3 - I-PERSON
        said VBD ROOT 3 say
        it PRP nsubj 5
        ended VBD ccomp 3 end
        . . punct 3
        """
    )
    (speaker,) = resolve(doc, [(0, 3)])
    assert (speaker.name, speaker.title, speaker.kind) == ("Lina Okafor", "Mayor", SpeakerKind.PERSON)
    assert speaker.mention.text == "Mayor Lina Okafor"


def _appositive_doc(role_rows: str) -> Doc:
    """ "Lina Okafor, <role rows>, said it ended." with the role's head at token 4, in apposition to the name."""
    rows = role_rows.strip().splitlines()
    n = 3 + len(rows)  # the comma after the role
    return parse(
        "\n".join(
            [
                "Lina NNP compound 1 - B-PERSON",
                f"Okafor NNP nsubj {n + 1} - I-PERSON",
                ", , punct 1",
                *rows,
                ", , punct 1",
                f"said VBD ROOT {n + 1} say",
                f"it PRP nsubj {n + 3}",
                f"ended VBD ccomp {n + 1} end",
                f". . punct {n + 1}",
            ]
        )
    )


@pytest.mark.parametrize(
    ("role_rows", "title"),
    [
        # the role noun phrase after the name, without its article (issue 17.7)
        ("a DT det 4\nspokeswoman NN appos 1\nfor IN prep 4\nthe DT det 7\ncouncil NN pobj 5", "spokeswoman for the council"),
        ("the DT det 5\ncouncil NN compound 5\ntreasurer NN appos 1", None),  # not a role word of titles.tsv
        ("the DT det 5\ncouncil NN compound 5\nchairwoman NN appos 1", "council chairwoman"),
        # a clause after the role is not part of it
        ("a DT det 4\nspokeswoman NN appos 1\nwho WP nsubj 6\njoined VBD relcl 4 join\nin IN prep 6\nMay NNP pobj 8", "spokeswoman"),
        # a plural or a name in apposition is no role
        ("two CD nummod 4\nspokeswomen NNS appos 1 spokeswoman", None),
        # too long to be a role
        (
            "a DT det 4\nspokeswoman NN appos 1\nfor IN prep 4\nthe DT det 10\nsmall JJ amod 10\nbut CC cc 7\nloud JJ conj 7"
            "\nlocal JJ amod 10\nresidents NNS compound 10 resident\ngroup NN pobj 5",
            None,
        ),
    ],
)
def test_speakers_title_from_an_appositive_role(role_rows, title):
    doc = _appositive_doc(role_rows)
    (speaker,) = resolve(doc, [(0, 2)])
    assert (speaker.name, speaker.title) == ("Lina Okafor", title)


def test_speakers_title_inside_the_person_entity_is_not_part_of_the_name():
    """The model sometimes takes the title into the PERSON entity; the name must not depend on it."""
    doc = subject_doc("Councillor NNP compound 2 - B-PERSON\nLina NNP compound 2 - I-PERSON\nOkafor NNP nsubj R - I-PERSON")
    (speaker,) = resolve(doc, [(0, 3)])
    assert (speaker.name, speaker.title, speaker.kind) == ("Lina Okafor", "Councillor", SpeakerKind.PERSON)


def test_speakers_given_name_outside_a_surname_only_entity_joins_the_name():
    doc = subject_doc("Emeka NNP compound 1\nDunmore NNP nsubj R - B-PERSON")
    (speaker,) = resolve(doc, [(0, 2)])
    assert (speaker.name, speaker.kind) == ("Emeka Dunmore", SpeakerKind.PERSON)


def test_speakers_word_before_a_two_word_person_entity_stays_out():
    doc = subject_doc("Harbour NNP compound 2\nLina NNP compound 2 - B-PERSON\nOkafor NNP nsubj R - I-PERSON")
    (speaker,) = resolve(doc, [(0, 3)])
    assert speaker.name == "Lina Okafor"


@pytest.mark.parametrize(
    ("rows", "name", "title", "kind"),
    [
        # proper nouns after a title, no entity: a person
        ("Fire NNP compound 3\nChief NNP compound 3\nAnders NNP compound 3\nLindqvist NNP nsubj R", "Anders Lindqvist", "Fire Chief", SpeakerKind.PERSON),
        # no title among them: not taken for a person
        ("Harbour NNP compound 3\nBoard NNP compound 3\nNorth NNP compound 3\nDistrict NNP nsubj R", "Harbour Board North District", None, None),
        # the title is last: no name follows it
        ("Harbour NNP compound 1\nMaster NNP nsubj R\nof IN prep 1\nRecords NNP pobj 2", "Harbour Master of Records", None, None),
    ],
)
def test_speakers_untagged_name_after_a_title(rows, name, title, kind):
    doc = subject_doc(rows)
    (speaker,) = resolve(doc, [(0, 4)])
    assert speaker.name == name and speaker.title == title
    if kind is not None:
        assert speaker.kind == kind


def test_speakers_a_one_word_person_entity_keeps_its_word_even_if_it_is_a_title():
    doc = subject_doc("Major NNP nsubj R - B-PERSON")
    (speaker,) = resolve(doc, [(0, 1)])
    assert speaker.name == "Major"


# "Dana Price said clinic closes. The ministry said staff stays. She said decision stands.
#  It said talks continue."
PRICE = parse(
    """
    Dana NNP compound 1 - B-PERSON
    Price NNP nsubj 2 - I-PERSON
    said VBD ROOT 2 say
    clinic NN nsubj 4
    closes VBZ ccomp 2 close
    . . punct 2
    The DT det 7
    ministry NN nsubj 8
    said VBD ROOT 8 say
    staff NN nsubj 10
    stays VBZ ccomp 8 stay
    . . punct 8
    She PRP nsubj 13
    said VBD ROOT 13 say
    decision NN nsubj 15
    stands VBZ ccomp 13 stand
    . . punct 13
    It PRP nsubj 18
    said VBD ROOT 18 say
    talks NNS nsubj 20 talk
    continue VBP ccomp 18
    . . punct 18
    """
)


@pytest.mark.parametrize(
    ("n", "name", "kind"),
    [
        (0, "Dana Price", SpeakerKind.PERSON),
        (1, "the ministry", SpeakerKind.ORGANIZATION),
        (2, "Dana Price", SpeakerKind.PERSON),  # "She": the latest person, not the ministry
        (3, "the ministry", SpeakerKind.ORGANIZATION),  # "It": the latest organisation
    ],
)
def test_speakers_pronouns_pick_the_right_earlier_speaker(n, name, kind):
    speaker = resolve(PRICE, [(0, 2), (6, 8), (12, 13), (17, 18)])[n]
    assert (speaker.name, speaker.kind) == (name, kind)


def test_speakers_pronoun_without_antecedent_keeps_its_words():
    doc = parse(
        """
        She PRP nsubj 1
        said VBD ROOT 1 say
        it PRP nsubj 3
        ended VBD ccomp 1 end
        . . punct 1
        """
    )
    (speaker,) = resolve(doc, [(0, 1)])
    # issue 14: an unnamed individual is ANONYMOUS (was PERSON before SpeakerKind had the value)
    assert (speaker.name, speaker.kind) == ("She", SpeakerKind.ANONYMOUS)


def test_speakers_speaker_none_without_source():
    doc = parse("It PRP nsubj 1\nended VBD ROOT 1 end\n. . punct 1")
    cand = Candidate(start_char=0, end_char=8, form=Form.INDIRECT, sent_start_char=0, sent_end_char=9)
    assert resolve_speakers(doc, [cand], LEXICONS) == [None]


def test_speakers_inherited_speaker_has_no_mention():
    doc = parse("Dana NNP compound 1 - B-PERSON\nPrice NNP nsubj 2 - I-PERSON\nsaid VBD ROOT 2 say\n. . punct 2")
    first = Candidate(start_char=0, end_char=4, form=Form.DIRECT, sent_start_char=0, sent_end_char=16, source=(0, 2))
    later = Candidate(start_char=5, end_char=10, form=Form.DIRECT, sent_start_char=0, sent_end_char=16, inherit_from=0)
    speakers = resolve_speakers(doc, [first, later], LEXICONS)
    assert speakers[1].name == "Dana Price"
    assert speakers[1].mention is None


@pytest.mark.parametrize("ent", ["O", "B-ORG"])
def test_speakers_surname_without_person_entity_resolves(ent):
    doc = parse(
        f"""
        Dana NNP compound 1 - B-PERSON
        Price NNP nsubj 2 - I-PERSON
        said VBD ROOT 2 say
        clinic NN nsubj 4
        closes VBZ ccomp 2 close
        . . punct 2
        Price NNP nsubj 7 - {ent}
        said VBD ROOT 7 say
        staff NN nsubj 9
        stays VBZ ccomp 7 stay
        . . punct 7
        """
    )
    speaker = resolve(doc, [(0, 2), (6, 7)])[1]
    assert (speaker.name, speaker.kind) == ("Dana Price", SpeakerKind.PERSON)


SUBJECT_TAIL = """
said VBD ROOT {root} say
it PRP nsubj {it_head}
ended VBD ccomp {root} end
. . punct {root}
"""


def subject_doc(subject: str) -> Doc:
    """A parse of '<subject> said it ended .' with the subject rows given (heads inside it absolute;
    the subject's root gets head ``R``, the verb)."""
    rows = [r for r in subject.strip().splitlines()]
    root = len(rows)
    rows = [r.replace(" R", f" {root}") for r in rows]
    tail = SUBJECT_TAIL.format(root=root, it_head=root + 2)
    return parse("\n".join(rows) + tail)


KINDS = [
    # "the Acme administration": an organisation, not the person in its name
    ("The DT det 2\nHollis NNP compound 2 - B-PERSON\nadministration NN nsubj R", "the Hollis administration", SpeakerKind.ORGANIZATION),
    ("The DT det 2\nAcme NNP compound 2 - B-ORG\nadministration NN nsubj R", "the Acme administration", SpeakerKind.ORGANIZATION),
    ("The DT det 2\nHollis NNP compound 2 - B-NORP\nadministration NN nsubj R", "the Hollis administration", SpeakerKind.ORGANIZATION),
    ("The DT det 1\nunion NN nsubj R", "the union", SpeakerKind.ORGANIZATION),
    ("US NNP compound 1 - B-GPE\nofficials NNS nsubj R official", "US officials", SpeakerKind.GROUP),
    ("Iranian JJ amod 1 - B-NORP\nofficials NNS nsubj R official", "Iranian officials", SpeakerKind.GROUP),
    ("Critics NNS nsubj R critic", "Critics", SpeakerKind.GROUP),
    ("Senior JJ amod 1\nofficials NNS nsubj R official", "Senior officials", SpeakerKind.GROUP),
    # documented: a role noun in the singular is one person
    ("A DT det 2\nsenior JJ amod 2\nofficial NN nsubj R", "a senior official", SpeakerKind.ANONYMOUS),
    ("The DT det 1\nspokesman NN nsubj R", "the spokesman", SpeakerKind.ANONYMOUS),
    ("Lina NNP compound 1 - B-PERSON\nOkafor NNP nsubj R - I-PERSON", "Lina Okafor", SpeakerKind.PERSON),
]


@pytest.mark.parametrize(("subject", "name", "kind"), KINDS)
def test_speakers_kind_and_name(subject, name, kind):
    doc = subject_doc(subject)
    n_subject = len(subject.strip().splitlines())
    (speaker,) = resolve(doc, [(0, n_subject)])
    assert (speaker.name, speaker.kind) == (name, kind)
    assert speaker.mention.text == doc[:n_subject].text


def test_speakers_person_name_inside_organisation_is_no_person():
    doc = subject_doc("The DT det 2\nHollis NNP compound 2 - B-PERSON\nadministration NN nsubj R")
    (speaker,) = resolve(doc, [(0, 3)])
    assert speaker.name != "Hollis"
    assert speaker.title is None


def test_speakers_possessive_role_noun_is_cleaned():
    doc = subject_doc("the DT det 1\ngovernor NN poss 3\n's POS case 1\nclaim NN nsubj R")
    (speaker,) = resolve(doc, [(0, 3)])
    assert speaker.name == "the governor"


def test_speakers_possessive_organisation_is_cleaned():
    doc = subject_doc("the DT det 1\nagency NN poss 3\n's POS case 1\nclaim NN nsubj R")
    (speaker,) = resolve(doc, [(0, 3)])
    assert (speaker.name, speaker.kind) == ("the agency", SpeakerKind.ORGANIZATION)


# ---------------------------------------------------------------------------- real pipeline


def test_speakers_through_extract(nlp):
    text = (
        "National Security Council spokesman Felix Moreau said the talks had stalled. "
        "Moreau added that a new round was planned. "
        "The spokesman said the delegates would meet again. "
        "He said the venue had not been chosen."
    )
    claims = claimx.extract(text, nlp=nlp)
    assert len(claims) == 4
    assert [c.speaker.name for c in claims] == ["Felix Moreau"] * 4
    assert [c.speaker.mention.text for c in claims] == [
        "National Security Council spokesman Felix Moreau",
        "Moreau",
        "The spokesman",
        "He",
    ]
    assert all(c.speaker.kind == SpeakerKind.PERSON for c in claims)


@pytest.mark.parametrize(
    "text",
    [
        "Health Minister Dana Price said the clinic would close. Price said the staff would be moved.",
        "Harbor Commissioner Tomas Reyes said the port would reopen. Reyes added that the cranes had been repaired.",
    ],
)
def test_speakers_surname_tagged_as_common_noun_through_extract(nlp, text):
    first, second = claimx.extract(text, nlp=nlp)
    assert second.speaker.name == first.speaker.name
    assert second.speaker.kind == SpeakerKind.PERSON


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("US officials said the convoy reached the border on Sunday.", "US officials", SpeakerKind.GROUP),
        ("Iranian officials said the convoy reached the border on Sunday.", "Iranian officials", SpeakerKind.GROUP),
        ("A senior official said the convoy reached the border on Sunday.", "a senior official", SpeakerKind.ANONYMOUS),
        ("The Hollis administration said the convoy reached the border on Sunday.", "the Hollis administration", SpeakerKind.ORGANIZATION),
    ],
)
def test_speakers_kind_through_extract(nlp, text, name, kind):
    (claim,) = claimx.extract(text, nlp=nlp)
    assert (claim.speaker.name, claim.speaker.kind) == (name, kind)
