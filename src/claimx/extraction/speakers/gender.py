"""Gender and number evidence for a named person, in the order a reader weighs it.

An article says how to refer to a person far more reliably than any name table: a
courtesy title ("Ms. Dong"), a gendered role ("the spokeswoman, Ann Lee"), or the
pronoun that picks the person up ("Kirby said his office ..."). Only when the article
says nothing is the given name looked up in ``data/given_names.tsv``, which is derived
from US 1990 birth records and so knows US names best (see its header). The evidence
that decided is kept with the estimate, so a user can see why.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

from ...lexicons import Lexicons

__all__ = ["Evidence", "decide_gender", "given_key", "given_name_gender", "pronoun_features", "word_gender"]

# strength of each kind of evidence: a stronger one overrides any number of weaker ones
# speaker_words labels of personal pronouns -> (gender, number); gender "1" is the first person, "2" the second
_PRONOUNS = {
    "pron-m": ("m", "sg"),
    "pron-f": ("f", "sg"),
    "pron-n": ("n", "sg"),
    "pron-pl": ("x", "pl"),
    "pron-i": ("1", "sg"),
    "pron-we": ("1", "pl"),
    "pron-you": ("2", "sg"),
}
_MARGIN = {"pronoun": 2}
_STRENGTH = {"honorific": 4, "role": 3, "pronoun": 2, "given name": 1}


@dataclass(frozen=True)
class Evidence:
    """One observation about a person's gender: ``gender`` is "m" or "f"; ``source`` says how."""

    gender: str
    source: str  # honorific, role, pronoun, given name
    words: str


def pronoun_features(word: str, lexicons: Lexicons) -> tuple[str, str] | None:
    """(gender, number) of a personal pronoun: ("m", "sg") for "he", ("x", "pl") for "they"."""
    return _PRONOUNS.get(lexicons["speaker_words"].get(word.lower(), ""))


def word_gender(word: str, lexicons: Lexicons, *, kind: str) -> str | None:
    """The gender an honorific or role word gives its bearer ("Mrs." -> "f"), else None.

    Args:
        kind: "honorific" or "role".
    """
    label = lexicons["speaker_words"].get(word.lower(), "")
    if label in (f"{kind}-m", f"{kind}-f"):
        return label[-1]
    return None


def given_key(given: str) -> str:
    """The table key of a given name: lower case, accents dropped ("Siobhán", "José" are
    written "Siobhan", "Jose" in US records, which the table is derived from; issue 14)."""
    folded = unicodedata.normalize("NFKD", given.lower().strip("."))
    return "".join(c for c in folded if not unicodedata.combining(c))


def given_name_gender(given: str, lexicons: Lexicons) -> str | None:
    """"m"/"f" for a given name that US records give almost only to one sex; None otherwise."""
    label = lexicons["given_names"].get(given_key(given))
    return label if label in ("m", "f") else None


def decide_gender(evidence: Iterable[Evidence]) -> Evidence | None:
    """The estimate: the strongest kind of evidence that decides, by majority within it.

    A kind that does not decide (a tie; for pronouns, a margin under two) leaves the
    decision to the next kind: better the given name than one stray pronoun link.
    """
    best: dict[str, list[Evidence]] = {}
    for e in evidence:
        best.setdefault(e.source, []).append(e)
    for source in sorted(best, key=lambda s: -_STRENGTH[s]):
        votes = best[source]
        m = sum(e.gender == "m" for e in votes)
        f = len(votes) - m
        # a pronoun may belong to someone the model did not tag: it counts from a margin of two
        if abs(m - f) >= _MARGIN.get(source, 1):
            winner = "m" if m > f else "f"
            return next(e for e in votes if e.gender == winner)
    return None
