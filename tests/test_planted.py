"""Planted claims: news-like articles generated from a small grammar, with the answer known.

The grammar (:func:`articles`) builds 1-4 paragraph articles from invented people with
titles, cue verbs (said, told reporters, added, insisted, warned, denied), and direct
quotes before, after and around the cue, indirect "X said (that) ..." statements, mixed
statements with a quoted fragment, and follow-ups by pronoun or surname. Every planted
statement keeps its content words and its speaker's full name, and the tests assert that
some claim holds those words with that speaker. test_metamorphic.py reuses the grammar.

Only constructions claimx is meant to handle are planted; one that fails often is kept
in its own xfail'd test rather than dropped from the grammar.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

import claimx
from claimx import Claim

T = TypeVar("T")
Choose = Callable[[Sequence[T]], T]

SETTINGS = settings(deadline=None, max_examples=60, suppress_health_check=[HealthCheck.too_slow])
SLOW_SETTINGS = settings(deadline=None, max_examples=400, suppress_health_check=[HealthCheck.too_slow])


@dataclass(frozen=True)
class Person:
    first: str
    last: str
    pronoun: str  # "she" or "he"
    title: str  # before the name: "Finance Minister Dana Whitfield"
    role: str  # in apposition: "Dana Whitfield, the finance minister,"

    @property
    def name(self) -> str:
        return f"{self.first} {self.last}"


@dataclass(frozen=True)
class Planted:
    """One statement put into an article: words that must be in a claim, and who said them."""

    content: str
    speaker: str
    construction: str


@dataclass(frozen=True)
class Article:
    text: str
    planted: tuple[Planted, ...]
    people: tuple[Person, ...]


# Invented people; a title goes with each so that a person keeps one role in an article.
PEOPLE = (
    Person("Dana", "Whitfield", "she", "Finance Minister", "the finance minister"),
    Person("Samuel", "Okafor", "he", "Police Chief", "the police chief"),
    Person("Priya", "Castellanos", "she", "Senator", "a senator"),
    Person("Tobias", "Renner", "he", "Mayor", "the mayor"),
    Person("Ingrid", "Halvorsen", "she", "Health Commissioner", "the health commissioner"),
    Person("Martin", "Kowalski", "he", "Transport Secretary", "the transport secretary"),
    Person("Rosa", "Kettleby", "she", "Harbour Master", "the harbour master"),
    Person("Thomas", "Brennan", "he", "Fire Chief", "the fire chief"),
)
# (subject, predicate as said, predicate as reported): "The budget will ..." / "the budget would ..."
CONTENTS = (
    ("the budget", "will be balanced by spring", "would be balanced by spring"),
    ("the new bridge", "will open to traffic in March", "would open to traffic in March"),
    ("the hospital", "needs two hundred more nurses", "needed two hundred more nurses"),
    ("the rail line", "is safe for passengers again", "was safe for passengers again"),
    ("the water supply", "has not been contaminated", "had not been contaminated"),
    ("the tax cut", "will help small businesses most", "would help small businesses most"),
    ("the ferry service", "will resume on Thursday morning", "would resume on Thursday morning"),
    ("the police", "are investigating the warehouse fire", "were investigating the warehouse fire"),
    ("the school closures", "will last another two weeks", "would last another two weeks"),
    ("the reservoir", "holds enough water for the summer", "held enough water for the summer"),
)
PLURAL = ("the police", "the school closures")
# Quoted fragments for mixed statements: "X said the budget was “in better shape ...”."
FRAGMENTS = (
    "in better shape than anyone feared",
    "a complete waste of public money",
    "ready for the worst of the winter",
    "far behind the original schedule",
)
DIRECT_CUES = ("said", "added", "insisted", "warned", "told reporters", "said on Monday")
INDIRECT_CUES = ("said", "said that", "told reporters that", "insisted that", "warned that", "denied that", "added that")
FOLLOW_CUES = ("added", "said", "insisted")
# No cue words ('spoke', 'announced' and 'claimed' are cues), no names, no quote marks.
FILLERS = (
    "Heavy rain fell across the region overnight.",
    "The council meets again next week.",
    "Traffic was slow on the coastal road for most of the day.",
    "The figures were published on the city's website on Tuesday.",
    "Several hundred residents attended the meeting at the town hall.",
)
FIRST_MENTIONS = ("title", "apposition", "plain")
FORMS = (
    "direct_before", "direct_inverted", "direct_after", "direct_around", "direct_around_np", "indirect", "mixed",
    "told_after_apposition",
)
FOLLOW_UPS = ("none", "pronoun_indirect", "pronoun_direct", "surname_indirect", "filler")


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def _subject_phrase(person: Person, how: str) -> str:
    if how == "title":
        return f"{person.title} {person.name}"
    if how == "apposition":
        return f"{person.name}, {person.role},"
    return person.name


def _statement(person: Person, how: str, form: str, choose: Choose[Any]) -> tuple[str, list[Planted]]:
    """One sentence in which ``person`` (named by ``how``) makes a statement of ``form``."""
    subject, said, reported = choose(CONTENTS)
    who = _subject_phrase(person, how)
    if form == "direct_before":
        content = f"{_cap(subject)} {said}"
        cues = DIRECT_CUES if how != "apposition" else tuple(c for c in DIRECT_CUES if not c.startswith("told"))
        sentence = f"“{content},” {who} {choose(cues)}."
    elif form == "direct_inverted":
        content = f"{_cap(subject)} {said}"
        sentence = f"“{content},” said {who.rstrip(',')}."  # an apposition that ends the sentence
    elif form == "direct_after":
        content = f"{_cap(subject)} {said}"
        cue = choose(("said", "told reporters", "warned"))
        sentence = f"{who} {cue}: “{content}.”"
    elif form == "direct_around":  # split at a clause boundary: “A,” she said, “and B.”
        subject2, said2, _ = choose([c for c in CONTENTS if c[0] != subject])
        first, second = f"{_cap(subject)} {said}", f"{subject2} {said2}"
        sentence = f"“{first},” {who} {choose(FOLLOW_CUES)}, “and {second}.”"
        return sentence, [Planted(first, person.name, form), Planted(second, person.name, form)]
    elif form == "direct_around_np":  # split after the subject: “The budget,” she said, “will ...”
        sentence = f"“{_cap(subject)},” {who} {choose(FOLLOW_CUES)}, “{said}.”"
        return sentence, [Planted(_cap(subject), person.name, form), Planted(said, person.name, form)]
    elif form == "told_after_apposition":  # “...,” Dana Whitfield, the finance minister, told reporters.
        content = f"{_cap(subject)} {said}"
        sentence = f"“{content},” {_subject_phrase(person, 'apposition')} {choose(('told reporters', 'told the council'))}."
    elif form == "indirect":
        content = f"{subject} {reported}"
        sentence = f"{who} {choose(INDIRECT_CUES)} {content}."
    elif form == "mixed":
        fragment = choose(FRAGMENTS)
        content = f"{subject} {'were' if subject in PLURAL else 'was'} “{fragment}”"
        sentence = f"{who} {choose(('said', 'said that', 'insisted that', 'warned that'))} {content}."
    else:
        raise ValueError(form)
    return sentence, [Planted(content, person.name, form)]


def _follow_up(person: Person, kind: str, choose: Choose[Any]) -> tuple[str, list[Planted]]:
    """A second sentence by the same person: by pronoun or surname, or an unattributed filler."""
    if kind == "filler":
        return choose(FILLERS), []
    subject, said, reported = choose(CONTENTS)
    if kind == "pronoun_indirect":
        content = f"{subject} {reported}"
        return f"{_cap(person.pronoun)} {choose(FOLLOW_CUES)} that {content}.", [Planted(content, person.name, kind)]
    if kind == "pronoun_direct":
        content = f"{_cap(subject)} {said}"
        return f"“{content},” {person.pronoun} {choose(FOLLOW_CUES)}.", [Planted(content, person.name, kind)]
    if kind == "surname_indirect":
        content = f"{subject} {reported}"
        return f"{person.last} {choose(FOLLOW_CUES)} that {content}.", [Planted(content, person.name, kind)]
    raise ValueError(kind)


def build_article(choose: Choose[Any], *, paragraphs: int, forms: Sequence[str] = FORMS) -> Article:
    """An article of ``paragraphs`` paragraphs, each one person's statement plus a follow-up.

    Each paragraph has a different speaker, named in full at the paragraph's first mention,
    so a pronoun or surname follow-up can only mean that paragraph's speaker.
    """
    people = list(PEOPLE)
    texts: list[str] = []
    planted: list[Planted] = []
    used: list[Person] = []
    for _ in range(paragraphs):
        person = choose([p for p in people if p not in used])
        used.append(person)
        sentences: list[str] = []
        if choose((False, True)):
            sentences.append(choose(FILLERS))
        sentence, found = _statement(person, choose(FIRST_MENTIONS), choose(forms), choose)
        sentences.append(sentence)
        planted.extend(found)
        kind = choose(FOLLOW_UPS)
        if kind != "none":
            sentence, found = _follow_up(person, kind, choose)
            sentences.append(sentence)
            planted.extend(found)
        texts.append(" ".join(sentences))
    return Article("\n\n".join(texts), tuple(planted), tuple(used))


@st.composite
def articles(draw: st.DrawFn, *, max_paragraphs: int = 4, forms: Sequence[str] = FORMS) -> Article:
    """Hypothesis strategy: a generated article with its planted statements."""
    paragraphs = draw(st.integers(min_value=1, max_value=max_paragraphs))
    return build_article(lambda seq: draw(st.sampled_from(list(seq))), paragraphs=paragraphs, forms=forms)


def missing(article: Article, claims: Sequence[Claim]) -> list[Planted]:
    """The planted statements no claim accounts for: content words inside, right speaker."""
    return [
        p
        for p in article.planted
        if not any(p.content in c.text and c.speaker is not None and c.speaker.name == p.speaker for c in claims)
    ]


def check_planted(nlp: Any, article: Article) -> None:
    claims = claimx.extract(article.text, nlp=nlp)
    lost = missing(article, claims)
    found = [(c.text, c.speaker.name if c.speaker else None) for c in claims]
    assert not lost, f"{article.text!r}\nmissing {lost}\nfound {found}"


# ---------------------------------------------------------------------------- fixed examples


FIXED = [
    (
        "“The budget will be balanced by spring,” Finance Minister Dana Whitfield said.",
        [("The budget will be balanced by spring", "Dana Whitfield")],
    ),
    (
        "Police Chief Samuel Okafor told reporters: “The police are investigating the warehouse fire.”",
        [("The police are investigating the warehouse fire", "Samuel Okafor")],
    ),
    (
        "“The ferry service,” Rosa Kettleby, the harbour master, said, “will resume on Thursday morning.”",
        [("The ferry service", "Rosa Kettleby"), ("will resume on Thursday morning", "Rosa Kettleby")],
    ),
    (
        "Senator Priya Castellanos denied that the water supply had been contaminated. "
        "She added that the hospital needed two hundred more nurses.",
        [
            ("the water supply had been contaminated", "Priya Castellanos"),
            ("the hospital needed two hundred more nurses", "Priya Castellanos"),
        ],
    ),
    (
        "Heavy rain fell across the region overnight.\n\n"
        "Mayor Tobias Renner said the new bridge was “far behind the original schedule”. "
        "“The school closures will last another two weeks,” he warned.",
        [
            ("the new bridge was “far behind the original schedule”", "Tobias Renner"),
            ("The school closures will last another two weeks", "Tobias Renner"),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), FIXED)
def test_planted_fixed_examples(nlp, text, expected):
    article = Article(text, tuple(Planted(content, speaker, "fixed") for content, speaker in expected), ())
    check_planted(nlp, article)


def test_planted_fillers_alone_give_no_claims(nlp):
    assert claimx.extract("\n\n".join(FILLERS), nlp=nlp) == []


# ---------------------------------------------------------------------------- generated


@SETTINGS
@given(article=articles())
def test_planted_claims_are_found_with_their_speaker(nlp, article):
    check_planted(nlp, article)


@pytest.mark.slow
@SLOW_SETTINGS
@given(article=articles())
def test_planted_claims_are_found_with_their_speaker_slow(nlp, article):
    check_planted(nlp, article)


# ---------------------------------------------------------------------------- known gaps

# A failing example is found within a few articles; skipping the shrink phase keeps these fast.
GAP_SETTINGS = settings(
    deadline=None, max_examples=20, phases=[Phase.explicit, Phase.generate], suppress_health_check=[HealthCheck.too_slow]
)


@settings(deadline=None, max_examples=30, suppress_health_check=[HealthCheck.too_slow])
@given(article=articles(forms=("direct_around_np",)))
def test_planted_quote_interrupted_after_its_subject(nlp, article):
    check_planted(nlp, article)


@settings(deadline=None, max_examples=30, suppress_health_check=[HealthCheck.too_slow])
@given(article=articles(forms=("told_after_apposition",)))
def test_planted_told_after_an_apposition(nlp, article):
    check_planted(nlp, article)


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        ("Emeka Dunmore said the budget would be balanced by spring.", "the budget would", "Emeka Dunmore"),
        ("“The bridge is safe,” Anders Lindqvist said.", "The bridge is safe", "Anders Lindqvist"),
        ("Fire Chief Anders Lindqvist said the bridge was safe.", "the bridge was safe", "Anders Lindqvist"),
    ],
)
def test_planted_names_the_model_tags_partly(nlp, text, content, speaker):
    """The model tags only the surname, or nothing after a title: the name is still whole."""
    check_planted(nlp, Article(text, (Planted(content, speaker, "ner"),), ()))


# was a strict xfail: en_core_web_sm tags 'Marcus Oyelaran' as ORG; since issue 14 an ORG that reads as a
# given name plus surname is a person in the entity table, so the following 'He' resolves to him
def test_planted_gap_a_person_the_model_tags_as_an_organisation(nlp):
    text = (
        "The figures were published on the city's website on Tuesday. Marcus Oyelaran said that the tax cut "
        "was “ready for the worst of the winter”. He insisted that the rail line was safe for passengers again."
    )
    check_planted(nlp, Article(text, (Planted("the rail line was safe", "Marcus Oyelaran", "ner"),), ()))

