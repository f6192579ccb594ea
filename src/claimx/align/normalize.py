"""Texts as comparable words: normalised text and content keys.

Quote style, punctuation, accents and case never matter, so every comparison works on
:func:`normalize_text`. Content keys drop stop words and cut words to
:data:`KEY_CHARS` characters, a truncation stemmer that also absorbs spelling variants
("defence"/"defense", "recognise"/"recognize"); see Mayfield & McNamee (2003),
"Single n-gram stemming", SIGIR. The words treated specially (stop words that carry
meaning, contracted pronouns, negatable auxiliaries, speaker-name noise) are package
data: ``lexicons/data/align_words.tsv``.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Sequence

from ..labels import AlignWordKind

__all__ = ["KEY_CHARS", "QUOTE_MAP", "align_words", "content_keys", "normalize_text"]

# Characters kept of each content word: a truncation stemmer (Mayfield & McNamee 2003).
KEY_CHARS = 5

# Curly, low, angle and prime quote marks all become ASCII ones before they are dropped.
QUOTE_MAP = str.maketrans(
    {
        "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u00ab": '"', "\u00bb": '"',
        "\u2033": '"', "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2039": "'",
        "\u203a": "'", "\u2032": "'", "\u00b4": "'", "`": "'",
    }
)  # fmt: skip
_INNER_MARK = re.compile(r"(?<=\w)['.](?=\w)")  # they're -> theyre, U.S. -> US
_DIGIT_GROUP = re.compile(r"(?<=\d),(?=\d{3})")  # 1,000 -> 1000
_NON_WORD = re.compile(r"[\W_]+")


def normalize_text(text: str) -> str:
    """Lowercase words without accents, quote marks or punctuation, single-spaced.

    Apostrophes and dots inside a word are deleted rather than split on, so "they're",
    "they’re" and "theyre" agree, as do "U.S." and "US".

    >>> normalize_text("“We’re not leaving,” the U.S. envoy said.")
    'were not leaving the us envoy said'
    """
    text = text.translate(QUOTE_MAP)
    if not text.isascii():  # fold accents ("Pérez" -> "perez"); most text skips this
        text = "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))
    text = text.lower()
    text = _DIGIT_GROUP.sub("", _INNER_MARK.sub("", text))
    return " ".join(_NON_WORD.sub(" ", text).split())


@functools.cache
def align_words(label: AlignWordKind) -> frozenset[str]:
    """The words of ``lexicons/data/align_words.tsv`` with ``label``.

    Loaded on first use, inside the function, like spaCy's stop words below: the
    lexicon loader imports spaCy, which takes about a second, and ``import claimx``
    (which exports align) should stay cheap.
    """
    from ..lexicons import load_lexicon

    return frozenset(word for word, kind in load_lexicon("align_words").items() if kind == label)


@functools.cache
def _stop_words() -> frozenset[str]:
    """spaCy's English stop words as normalised single words, plus pronoun contractions.

    Loaded on first use: importing spaCy takes about a second, and ``import claimx``
    should stay cheap.
    """
    from spacy.lang.en.stop_words import STOP_WORDS

    words = {normalize_text(w) for w in STOP_WORDS}
    words |= {p + suffix for p in align_words(AlignWordKind.CONTRACTED) for suffix in ("s", "re", "ve", "ll", "d", "m")}
    return frozenset(w for w in words if w and " " not in w) - align_words(AlignWordKind.KEPT)


@functools.cache
def _negated() -> re.Pattern[str]:
    """Negated contractions after normalisation ("don't" -> "dont") share the key of "not"."""
    auxiliaries = "|".join(sorted(map(re.escape, align_words(AlignWordKind.NEGATABLE))))
    return re.compile(rf"^(?:{auxiliaries})nt$")


def content_keys(words: Sequence[str]) -> tuple[str, ...]:
    """The content keys of normalised words: stop words dropped (negations and numbers kept), cut to KEY_CHARS.

    >>> content_keys("they dont recognise the results".split())
    ('not', 'recog', 'resul')
    """
    stop, negated = _stop_words(), _negated()
    return tuple("not" if negated.match(w) else w[:KEY_CHARS] for w in words if w not in stop)
