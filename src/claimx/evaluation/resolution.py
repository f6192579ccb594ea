"""The derived speaker-resolution yardstick: does ``claim.speaker.name`` give the full name?

PolNeAR has no coreference gold, so :func:`expected_speaker_name` derives the full name
a bare surname or "he"/"she" Source should resolve to from the article's capitalised
words. It is a heuristic yardstick, kept here on its own because a speaker gold
(``claimx evaluate speakers``) replaces it. To drop it in one step: delete this module,
the ``resolution`` field and its :func:`format_resolution` lines in
:class:`~claimx.evaluation.reports.PolnearReport`, the :class:`ResolutionTally` in
:func:`~claimx.evaluation.polnear.score_polnear`, and the names in ``evaluation/__init__``.
The word sets below serve only this yardstick and go with it; they are not extraction
lexicons.
"""

from __future__ import annotations

import re
from collections import Counter

from pydantic import BaseModel, ConfigDict

from .corpus import GoldAttribution, PolnearArticle
from .matching import Prediction
from .scores import Accuracy, format_accuracy

__all__ = ["ResolutionReport", "ResolutionTally", "expected_speaker_name", "format_resolution"]

PRONOUNS = frozenset({"he", "she"})
# Capitalised words that can open a run of capitalised words without being part of the
# name: sentence openers, titles and roles ("But", "Mr.", "House Speaker", "White House").
_NAME_PREFIXES = frozenset(
    "the a an and but or so as if in on at by for of to with from after before while when since because then yet "
    "also though although meanwhile however mr. mrs. ms. miss dr. sen. rep. gov. gen. lt. col. sgt. prof. rev. "
    "president former first lady republican republicans democrat democratic democrats gop presidential vice "
    "secretary senator sen congressman congresswoman governor mayor candidate nominee attorney general speaker "
    "house senate white press majority minority leader chairman chairwoman chair spokesman spokeswoman director "
    "chief judge justice ambassador u.s. us state some another many other several most all few both".split()
)
_GROUP_WORDS = frozenset("republicans democrats americans conservatives liberals officials voters".split())
_ORG_WORDS = frozenset(
    "court council committee house department party campaign times post news university center institute association "
    "union commission agency bureau office service foundation club group administration senate congress network "
    "press journal magazine poll company inc. corp. fund".split()
)
_PREPOSITIONS = frozenset("for of at with to by from about".split())
_NAME_TOKEN = r"(?:[A-Z][\w.'’-]*)"
_INITIAL = re.compile(r"^[A-Z]\.$")


def expected_speaker_name(g: GoldAttribution, article: PolnearArticle) -> tuple[str, str] | None:
    """The full name a pronoun or bare-surname gold Source should resolve to, if simply derivable.

    - Surname (one capitalised token, e.g. "Trump"): the nearest preceding run of
      capitalised words in the article ending in that surname with at least two tokens
      once titles and words like "The", "Mr.", "President" are dropped ("Donald Trump").
    - "he"/"she": the nearest preceding gold Source that is itself a multi-word name
      (all capitalised words, optionally followed by a comma and an appositive), or a
      surname that resolves by the rule above.
    Anything else (organisations, "who", "the official", plural pronouns) is skipped.
    This is a heuristic yardstick for ``claim.speaker.name``, not a coreference gold.

    Returns:
        ``(kind, name)`` with kind ``"surname"`` or ``"pronoun"``, or None.
    """
    if not g.source_spans:
        return None
    source = g.source.strip()
    if source.lower() in PRONOUNS:
        before = [o for o in article.gold if o.source_spans and o.source_spans[0][0] < g.source_spans[0][0]]
        for other in sorted(before, key=lambda o: o.source_spans[0][0], reverse=True):
            name = _person_name(other.source) or _resolve_surname(other.source, other.source_spans[0][0], article.text)
            if name:
                return ("pronoun", name)
        return None
    name = _resolve_surname(source, g.source_spans[0][0], article.text)
    return ("surname", name) if name else None


def _resolve_surname(source: str, start_char: int, text: str) -> str | None:
    """Nearest preceding multi-token capitalised name ending in ``source`` (a single capitalised token)."""
    if (
        len(source.split()) != 1
        or not re.fullmatch(_NAME_TOKEN, source)
        or source.isupper()  # acronyms: "RT", "FBI"
        or source.lower() in PRONOUNS | _GROUP_WORDS
    ):
        return None
    # Spaces only: a name does not run across lines.
    pattern = re.compile(rf"\b(?:{_NAME_TOKEN}[ \t]+)+{re.escape(source)}\b")
    best = None
    for m in pattern.finditer(text, 0, start_char):
        name = _name_tail(m.group(0).split())
        if len(name) >= 2 and not _ORG_WORDS.intersection(t.lower() for t in name):
            best = " ".join(name)
    return best


def _person_name(source: str) -> str | None:
    """The name in a Source like "Josh Earnest", "Rep. Adam Schiff (D-Calif.)", "Kenneth Baer, a former official".

    The part before the first comma or parenthesis must end in 2-4 capitalised words,
    preceded by nothing or by role words ("White House spokesman") but not by a
    preposition ("a spokesman for Donald Trump" names the spokesman, not Trump).
    """
    head = re.split(r"[,(]", source, maxsplit=1)[0].split()
    k = len(head)
    while k > 0 and re.fullmatch(_NAME_TOKEN, head[k - 1]):
        k -= 1
    if k > 0 and head[k - 1].lower() in _PREPOSITIONS:
        return None
    tokens = _name_tail(head[k:])
    if 2 <= len(tokens) <= 4 and not _ORG_WORDS.intersection(t.lower() for t in tokens) and not any(ch.isdigit() for ch in "".join(tokens)):
        return " ".join(tokens)
    return None


def _name_tail(tokens: list[str]) -> list[str]:
    """Drop what precedes the name in a capitalised run: a sentence end, titles, roles, acronyms."""
    for k in range(len(tokens) - 2, -1, -1):
        word = tokens[k]
        ends_sentence = word.endswith(".") and not _INITIAL.match(word) and word.lower() not in _NAME_PREFIXES
        possessive = word.endswith(("’s", "'s"))  # "NBC’s Dante Chinni"
        if ends_sentence or possessive or word.lower() in _NAME_PREFIXES or (word.isupper() and word.isalpha() and len(word) > 1):
            tokens = tokens[k + 1 :]
            break
    if tokens and tokens[-1].endswith(("’s", "'s")):  # "Donald Trump’s"
        tokens = tokens[:-1] + [tokens[-1][:-2]]
    return tokens


class ResolutionReport(BaseModel):
    """How often ``claim.speaker.name`` equals or contains the derived full name (see :func:`expected_speaker_name`)."""

    model_config = ConfigDict(frozen=True)

    surname_equal: Accuracy
    surname_contains: Accuracy
    pronoun_equal: Accuracy
    pronoun_contains: Accuracy


class ResolutionTally:
    """Running counts over lenient pairs whose gold Source has a derivable full name."""

    def __init__(self) -> None:
        self.counts: Counter[str] = Counter()

    def add(self, g: GoldAttribution, p: Prediction, article: PolnearArticle) -> None:
        expected = expected_speaker_name(g, article)
        if expected is None:
            return
        kind, name = expected
        predicted = (p.speaker_name or "").casefold()
        self.counts[kind] += 1
        self.counts[f"{kind}_equal"] += predicted == name.casefold()
        self.counts[f"{kind}_contains"] += name.casefold() in predicted

    def report(self) -> ResolutionReport:
        res = self.counts
        return ResolutionReport(
            surname_equal=Accuracy(correct=res["surname_equal"], n=res["surname"]),
            surname_contains=Accuracy(correct=res["surname_contains"], n=res["surname"]),
            pronoun_equal=Accuracy(correct=res["pronoun_equal"], n=res["pronoun"]),
            pronoun_contains=Accuracy(correct=res["pronoun_contains"], n=res["pronoun"]),
        )


def format_resolution(res: ResolutionReport) -> list[str]:
    """The report table's resolution lines."""
    return [
        "",
        "speaker resolution (claim.speaker.name vs derived full name; lenient pairs):",
        f"  surname  equal {format_accuracy(res.surname_equal)}   contains {format_accuracy(res.surname_contains)}",
        f"  he/she   equal {format_accuracy(res.pronoun_equal)}   contains {format_accuracy(res.pronoun_contains)}",
    ]
