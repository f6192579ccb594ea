"""Word lists as package data: read once from ``claimx/data/*.tsv``, shared read-only.

Each file holds ``key<TAB>label`` rows (``#`` starts a comment line). Keys are
lowercase lemmas or phrases; labels say what the word does (see each file's header).
Keeping them as data lets users read, audit and extend them without touching code,
and keeps them out of every saved ``config.cfg``.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from importlib.resources import files
from types import MappingProxyType

from spacy.tokens import Token
from spacy.util import registry

from ..errors import LexiconError
from ..labels import LEXICON_LABELS

__all__ = ["LEXICON_NAMES", "Lexicons", "lemma_of", "load_lexicon", "make_lexicons"]

DATA = files("claimx.lexicons") / "data"
LEXICON_NAMES = (
    "allegations",
    "claim_nouns",
    "clause_words",
    "complement_heads",
    "cue_nouns",
    "cue_verbs",
    "denials",
    "group_nouns",
    "hedges",
    "org_nouns",
    "pronouns",
    "stance_nouns",
    "stance_words",
    "titles",
    "verb_classes",
)

Lexicons = Mapping[str, Mapping[str, str]]


@functools.cache
def load_lexicon(name: str) -> Mapping[str, str]:
    """Read ``data/<name>.tsv`` into a read-only ``{key: label}`` mapping.

    Raises:
        LexiconError: the file does not exist, a row is not ``key<TAB>label``, repeats a key,
            or has a label outside the file's enum in :mod:`claimx.labels`.
    """
    resource = DATA / f"{name}.tsv"
    if not resource.is_file():
        known = sorted(p.name for p in DATA.iterdir() if p.name.endswith(".tsv"))
        raise LexiconError(name, None, f"no such file; known: {known}")
    labels = LEXICON_LABELS.get(name)
    allowed = {member.value for member in labels} if labels is not None else set()
    rows: dict[str, str] = {}
    for n, line in enumerate(resource.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        key, tab, label = line.partition("\t")
        key, label = key.strip().lower(), label.strip()
        if not tab or not key or not label:
            raise LexiconError(name, n, f"want one 'key<TAB>label' row, got {line!r}")
        if key in rows:
            raise LexiconError(name, n, f"{key!r} is listed twice")
        if labels is not None and label not in allowed:
            raise LexiconError(name, n, f"label {label!r} is not one of {sorted(allowed)}")
        rows[key] = label
    return MappingProxyType(rows)


@registry.misc("claimx.lexicons.v1")
def make_lexicons() -> dict[str, Mapping[str, str]]:
    """All of claimx's lexicons by name; what the ``claimx`` factory uses by default."""
    return {name: load_lexicon(name) for name in LEXICON_NAMES}


def lemma_of(token: Token) -> str:
    """The lowercased lemma lexicons are keyed by, or the word itself when the pipeline sets no lemma."""
    return token.lemma_.lower() if token.lemma_ else token.lower_
