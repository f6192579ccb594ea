"""Metamorphic relations: edits that must not change the claims, or only in a known way.

- Renaming a speaker changes only the speaker names in the output.
- Turning curly quotes into straight ones (and straight into curly) changes no claim.
- Adding an unrelated paragraph before or after an article changes no existing claim,
  except that a paragraph before shifts every offset by its length.

Each relation is checked over the planted-claim grammar of test_planted.py (hypothesis)
and over a few hand-written texts. Renamings keep each name's length, so offsets stay put
and claims can be compared field by field.

Some fields follow the model's parse and entities, which any edit of the text can move:
``speaker.mention`` and ``speaker.kind`` (and, for quote marks, the whole speaker) and
``sent_start``/``sent_end``. The relations compare every other field; each way those
fields change is pinned by an xfail'd test at the bottom, with its cause.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_planted import Article, Person, articles

import claimx
from claimx import Claim
from claimx.runtime.chunking import shift_claim

SETTINGS = settings(deadline=None, max_examples=20, suppress_health_check=[HealthCheck.too_slow])
SLOW_SETTINGS = settings(deadline=None, max_examples=200, suppress_health_check=[HealthCheck.too_slow])

# Each grammar person's stand-in: same gender, and first and last names of the same lengths.
RENAMES = {
    "Dana Whitfield": "Nora Blackwell",
    "Samuel Okafor": "Daniel Mercer",
    "Priya Castellanos": "Helen Fitzpatrick",
    "Tobias Renner": "Julian Porter",
    "Ingrid Halvorsen": "Esther Lancaster",
    "Martin Kowalski": "Robert Sullivan",
    "Rosa Kettleby": "Lena Hartwell",
    "Thomas Brennan": "George Whitley",
}
# Paragraphs with no claim and no person: what an article may gain above or below.
UNRELATED = (
    "Storm closes coastal roads",
    "Heavy rain fell across the region overnight, and the river rose by more than a metre before dawn.",
    "The museum will reopen in April after a two-year renovation of its east wing.",
    "Tickets cost twelve dollars for adults and five dollars for children under twelve.",
    "Photo: the harbour at dusk on Tuesday.",
    "The regional team won its third match in a row on Saturday, beating the visitors by two goals.",
)
CURLY_TO_STRAIGHT = str.maketrans({"“": '"', "”": '"', "„": '"', "‘": "'", "’": "'"})


def extract(nlp: Any, text: str) -> list[Claim]:
    return list(claimx.extract(text, nlp=nlp))


def _map_strings(value: Any, change: Callable[[str], str]) -> Any:
    if isinstance(value, str):
        return change(value)
    if isinstance(value, dict):
        return {k: _map_strings(v, change) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_map_strings(v, change) for v in value]
    return value


def edited(claims: Sequence[Claim], change: Callable[[str], str]) -> list[dict[str, Any]]:
    """The claims as JSON data with ``change`` applied to every string (names, texts, mentions)."""
    return [_map_strings(c.model_dump(mode="json"), change) for c in claims]


def dumped(claims: Sequence[Claim]) -> list[dict[str, Any]]:
    return [c.model_dump(mode="json") for c in claims]


def stable(records: list[dict[str, Any]], *, speaker: bool = True, scores: bool = True) -> list[dict[str, Any]]:
    """Claim records without the parse-dependent fields: sentence bounds, the attribution rule
    that found the claim (two passes can find the same content; which one does depends on the
    parse), speaker mention, kind and id (or the whole speaker, with ``speaker=False``), and with
    ``scores=False`` the stance model's confidence and evidence, which read the words as
    tokenised (issue 15: spaCy splits "It’s" as "It", "’", "s" and leaves "’d" unlemmatised, so
    curly marks shift the probability). The speaker id numbers the article's entities in order,
    so it moves with the entities the model finds; `same_speakers` checks what it promises
    instead (issue 14)."""
    out = []
    dropped = ("sent_start", "sent_end", "rule") if scores else ("sent_start", "sent_end", "rule", "confidence", "evidence")
    for record in records:
        record = {k: v for k, v in record.items() if k not in dropped}
        if not speaker:
            del record["speaker"]
        elif record["speaker"] is not None:
            record["speaker"] = {k: v for k, v in record["speaker"].items() if k not in ("mention", "kind", "id")}
        out.append(record)
    return out


# ---------------------------------------------------------------------------- renaming


def renamer(names: dict[str, str]) -> Callable[[str], str]:
    """Replace full names, then the surnames used alone, as whole words."""
    pairs: dict[str, str] = dict(names)
    for old, new in names.items():
        pairs[old.split()[-1]] = new.split()[-1]
    pattern = re.compile(r"\b(" + "|".join(sorted(map(re.escape, pairs), key=len, reverse=True)) + r")\b")
    return lambda s: pattern.sub(lambda m: pairs[m.group(1)], s)


def check_rename(nlp: Any, text: str, names: dict[str, str]) -> None:
    assert all(len(old) == len(new) and old.index(" ") == new.index(" ") for old, new in names.items())
    rename = renamer(names)
    renamed = rename(text)
    assert renamed != text
    before, after = extract(nlp, text), extract(nlp, renamed)
    assert stable(dumped(after)) == stable(edited(before, rename))
    assert same_speakers(before) == same_speakers(after)


def same_speakers(claims: Sequence[Claim]) -> list[int | None]:
    """Which claims share a speaker id: each id replaced by the order it first appears in."""
    order: dict[str, int] = {}
    return [None if c.speaker is None or c.speaker.id is None else order.setdefault(c.speaker.id, len(order)) for c in claims]


@SETTINGS
@given(article=articles(max_paragraphs=3), data=st.data())
def test_metamorphic_renaming_a_speaker_changes_only_speaker_names(nlp, article: Article, data: st.DataObject):
    people: list[Person] = data.draw(st.lists(st.sampled_from(article.people), min_size=1, unique=True))
    check_rename(nlp, article.text, {p.name: RENAMES[p.name] for p in people})


@pytest.mark.slow
@SLOW_SETTINGS
@given(article=articles(), data=st.data())
def test_metamorphic_renaming_a_speaker_changes_only_speaker_names_slow(nlp, article: Article, data: st.DataObject):
    people: list[Person] = data.draw(st.lists(st.sampled_from(article.people), min_size=1, unique=True))
    check_rename(nlp, article.text, {p.name: RENAMES[p.name] for p in people})


FIXED_RENAMES = [
    (
        "“We will not close the harbour before the storm has passed,” Port Director Selma Odum said on Tuesday. "
        "Odum added that the ferry company would resume crossings on Thursday.\n\n"
        "Councilman Abel Moravec accused the port of hiding the damage. Selma Odum denied that.",
        {"Selma Odum": "Irene Voss", "Abel Moravec": "Oscar Brandt"},
    ),
    (
        "Health Commissioner Ingrid Halvorsen said the water was safe to drink. "
        "“Nobody needs to boil water,” she said.",
        {"Ingrid Halvorsen": "Esther Lancaster"},
    ),
]


@pytest.mark.parametrize(("text", "names"), FIXED_RENAMES)
def test_metamorphic_renaming_in_fixed_texts(nlp, text, names):
    rename = renamer(names)
    before, after = extract(nlp, text), extract(nlp, rename(text))
    assert before
    assert stable(dumped(after)) == stable(edited(before, rename))


# ---------------------------------------------------------------------------- quote marks


def straighten(text: str) -> str:
    return text.translate(CURLY_TO_STRAIGHT)


def smarten(text: str) -> str:
    """Straight marks to curly ones the way an editor would: open after a space or bracket, else close."""
    text = re.sub(r'(^|(?<=[\s(\[{—]))"', "“", text)
    text = text.replace('"', "”")
    text = re.sub(r"(^|(?<=[\s(\[{—“]))'", "‘", text)
    return text.replace("'", "’")


def check_straight(nlp: Any, text: str) -> None:
    before, after = extract(nlp, text), extract(nlp, straighten(text))
    assert stable(dumped(after), speaker=False) == stable(edited(before, straighten), speaker=False)


@SETTINGS
@given(article=articles(max_paragraphs=3))
def test_metamorphic_straight_quotes_change_no_claim(nlp, article: Article):
    check_straight(nlp, article.text)


@pytest.mark.slow
@SLOW_SETTINGS
@given(article=articles())
def test_metamorphic_straight_quotes_change_no_claim_slow(nlp, article: Article):
    check_straight(nlp, article.text)


STRAIGHT_TEXTS = [
    "\"We will not close the harbour before the storm has passed,\" Port Director Selma Odum said. "
    "She added that the pier was \"in better shape than anyone feared\".",
    "Selma Odum said: \"The ferry company's boats will sail on Thursday. 'Safe' is the word I'd use.\"",
    "\"The sea wall held up well,\" she said. \"We know we were lucky.\"\n\n"
    "\"It's not over,\" warned Councilman Abel Moravec. \"The next storm could be worse.\"",
]


@pytest.mark.parametrize("text", STRAIGHT_TEXTS)
def test_metamorphic_curly_quotes_change_no_claim(nlp, text):
    curly = smarten(text)
    assert straighten(curly) == text and curly != text
    before, after = extract(nlp, text), extract(nlp, curly)
    assert before
    assert stable(dumped(before), speaker=False, scores=False) == stable(edited(after, straighten), speaker=False, scores=False)


# ---------------------------------------------------------------------------- unrelated paragraphs


def check_unrelated(nlp: Any, text: str, paragraph: str) -> None:
    assert extract(nlp, paragraph) == []
    claims = extract(nlp, text)
    above = extract(nlp, f"{paragraph}\n\n{text}")
    assert stable(dumped(above)) == stable(dumped([shift_claim(c, len(paragraph) + 2) for c in claims]))
    below = extract(nlp, f"{text}\n\n{paragraph}")
    assert stable(dumped(below)) == stable(dumped(claims))


@SETTINGS
@given(article=articles(max_paragraphs=3), paragraph=st.sampled_from(UNRELATED))
def test_metamorphic_unrelated_paragraph_changes_no_claim(nlp, article: Article, paragraph: str):
    check_unrelated(nlp, article.text, paragraph)


@pytest.mark.slow
@SLOW_SETTINGS
@given(article=articles(), paragraph=st.sampled_from(UNRELATED))
def test_metamorphic_unrelated_paragraph_changes_no_claim_slow(nlp, article: Article, paragraph: str):
    check_unrelated(nlp, article.text, paragraph)


FIXED_ARTICLES = [
    "“We will not close the harbour before the storm has passed,” Port Director Selma Odum said on Tuesday. "
    "She added that the pier was “in better shape than anyone feared”.",
    "Councillor Abel Moravec said the repairs would cost more than two million dollars.\n\n"
    "“That figure is simply wrong,” the port authority said in a statement.",
    "The union accused the company of cutting wages without notice. The company denied the claim.",
]


@pytest.mark.parametrize("text", FIXED_ARTICLES)
@pytest.mark.parametrize("paragraph", [UNRELATED[0], UNRELATED[1]])
def test_metamorphic_unrelated_paragraph_in_fixed_texts(nlp, text, paragraph):
    assert extract(nlp, text)
    check_unrelated(nlp, text, paragraph)


# ---------------------------------------------------------------------------- known gaps


@pytest.mark.parametrize(
    "text",
    [
        "“The reservoir holds enough water for the summer,” Harbour Master Lena Hartwell added, "
        "“and the tax cut will help small businesses most.”",
        "“The water supply has not been contaminated,” Priya Castellanos said, "
        "“and the police are investigating the warehouse fire.”",
    ],
)
def test_metamorphic_both_halves_of_an_interrupted_quote_share_the_speaker(nlp, text):
    """Whether the parse ties the second half to the cue or detect takes it as a continuation,
    both halves are pieces of one claim, or two claims of the same speaker mention and cue."""
    claims = extract(nlp, text)
    if len(claims) == 1:
        assert len(claims[0].pieces) == 2 and claims[0].cue is not None
    else:
        first, second = claims
        assert (second.speaker, second.cue) == (first.speaker, first.cue)


@pytest.mark.parametrize(
    "text",
    [
        "“The budget will be balanced by spring,” Mayor Tobias Renner said.",
        "“The water supply has not been contaminated,” Tobias Renner insisted. "
        "Renner said that the water supply had not been contaminated.",
        "Police Chief Samuel Okafor warned that the new bridge would open to traffic in March.\n\n"
        "“The new bridge will open to traffic in March,” Tobias Renner said, “and the hospital needs two "
        "hundred more nurses.” He said that the budget would be balanced by spring.",
    ],
)
def test_metamorphic_straight_quotes_keep_the_speakers(nlp, text):
    """en_core_web_sm tags names differently after straight and curly marks; the model reads
    quotation marks as curly ones (claimx.text.normalize), so the speakers do not depend on the style."""
    before, after = extract(nlp, text), extract(nlp, straighten(text))
    assert [c.speaker for c in after] == [c.speaker for c in before]


@pytest.mark.parametrize("style", [straighten, smarten])
def test_metamorphic_short_first_half_of_an_interrupted_quote(nlp, style):
    """The parser may make 'The sea wall held' a noun phrase; the cue between the two quotes of
    one sentence still takes both halves."""
    text = style("\"The sea wall held,\" she said, \"and we know we were lucky.\"")
    (claim,) = extract(nlp, text)
    assert [straighten(p.text) for p in claim.pieces] == ["The sea wall held", "and we know we were lucky."]


def test_metamorphic_quote_style_gives_the_same_claims_on_a_short_interrupted_quote(nlp):
    text = "\"The sea wall held,\" she said, \"and we know we were lucky.\""
    before, after = extract(nlp, text), extract(nlp, smarten(text))
    assert [(c.start, c.end, straighten(c.text)) for c in after] == [(c.start, c.end, c.text) for c in before]


def test_metamorphic_paragraph_below_keeps_sent_end(nlp):
    text = "“The budget will be balanced by spring,” Finance Minister Dana Whitfield said."
    (alone,) = extract(nlp, text)
    (followed,) = extract(nlp, f"{text}\n\n{UNRELATED[0]}")
    assert followed.sent_end == alone.sent_end == len(text)


def test_metamorphic_renaming_after_a_title_inside_the_entity(nlp):
    check_rename(nlp, "Councillor Selma Odum accused the port of hiding the damage.", {"Selma Odum": "Irene Voss"})
