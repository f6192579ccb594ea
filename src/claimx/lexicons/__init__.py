"""Word lists as package data: read once from ``claimx/data/*.tsv``, shared read-only.

Each file holds ``key<TAB>label`` rows (``#`` starts a comment line). Keys are
lowercase lemmas or phrases; labels say what the word does (see each file's header).
Keeping them as data lets users read, audit and extend them without touching code,
and keeps them out of every saved ``config.cfg``. A user's own TSV files (same format) are
merged over the packaged ones with :func:`merge_lexicons`; the registered loader
``claimx.lexicons.v1`` takes them as its ``extra`` argument, so a config can name them.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Mapping
from importlib.resources import files
from pathlib import Path
from types import MappingProxyType
from typing import TYPE_CHECKING

from spacy.tokens import Token
from spacy.util import registry

from ..errors import LexiconError
from ..labels import LEXICON_LABELS

if TYPE_CHECKING:
    from importlib.resources.abc import Traversable

__all__ = ["LEXICON_NAMES", "ExtraLexicons", "Lexicons", "lemma_of", "load_lexicon", "make_lexicons", "merge_lexicons", "read_lexicon_file"]

DATA = files("claimx.lexicons") / "data"
LEXICON_NAMES = (
    "accusation_preps",
    "addressee_verbs",
    "agent_preps",
    "align_words",
    "belief_object_preps",
    "allegations",
    "body_sorts",
    "claim_nouns",
    "claim_verbs",
    "clause_words",
    "complement_heads",
    "complementizers",
    "content_edges",
    "control_heads",
    "cue_adjectives",
    "cue_nouns",
    "cue_verbs",
    "denials",
    "factive_verbs",
    "fault_words",
    "frame_verbs",
    "furniture_phrases",
    "given_names",
    "group_nouns",
    "headline_labels",
    "hedge_verbs",
    "hedges",
    "infinitive_cues",
    "intent_nouns",
    "intent_verbs",
    "issuing_verbs",
    "light_verb_topics",
    "name_words",
    "named_sorts",
    "negations",
    "object_cues",
    "org_nouns",
    "party_preps",
    "piece_joiners",
    "prep_cues",
    "pro_forms",
    "presence_preps",
    "pronoun_forms",
    "pronouns",
    "quantity_words",
    "regions",
    "relative_pronouns",
    "saying_preps",
    "sense_objects",
    "source_preps",
    "speaker_words",
    "stance_marks",
    "stance_model_words",
    "stance_nouns",
    "stance_words",
    "target_end_preps",
    "thing_er_nouns",
    "time_words",
    "titles",
    "topic_preps",
    "verb_classes",
)

Lexicons = Mapping[str, Mapping[str, str]]
# A user's extra word lists: TSV paths (each named by its file stem, e.g. cue_verbs.tsv), or {name: path}.
ExtraLexicons = Iterable[str | Path] | Mapping[str, str | Path]


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
    return MappingProxyType(read_lexicon_file(resource, name=name))


def read_lexicon_file(resource: Traversable | str | Path, *, name: str) -> dict[str, str]:
    """Read one ``key<TAB>label`` file (packaged or a user's) as lexicon ``name``, labels checked.

    Raises:
        LexiconError: a row is not ``key<TAB>label``, repeats a key, or has a label outside
            the enum of lexicon ``name`` in :mod:`claimx.labels`.
    """
    resource = Path(resource) if isinstance(resource, str) else resource
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
    return rows


def _named_paths(extra: ExtraLexicons) -> list[tuple[str, Path]]:
    if isinstance(extra, (str, Path)):
        extra = [extra]  # one path given alone, not its characters
    if isinstance(extra, Mapping):
        return [(str(name), Path(path)) for name, path in extra.items()]
    return [(Path(path).stem, Path(path)) for path in extra]


def merge_lexicons(base: Lexicons, extra: ExtraLexicons) -> dict[str, Mapping[str, str]]:
    """``base`` with the rows of the user's files in ``extra`` added (a user's row wins over a packaged one).

    Args:
        base: lexicons by name (e.g. :func:`make_lexicons`'s).
        extra: TSV paths named by their stem (``my/cue_verbs.tsv`` extends ``cue_verbs``), or a
            ``{name: path}`` mapping. Each file is read as that lexicon, its labels checked.

    Raises:
        LexiconError: a file is missing or malformed, or has a label the lexicon does not know.
    """
    merged: dict[str, Mapping[str, str]] = dict(base)
    for name, path in _named_paths(extra):
        if not path.is_file():
            raise LexiconError(name, None, f"no such file: {path}")
        merged[name] = MappingProxyType({**merged.get(name, {}), **read_lexicon_file(path, name=name)})
    return merged


@registry.misc("claimx.lexicons.v1")
def make_lexicons(extra: ExtraLexicons = ()) -> dict[str, Mapping[str, str]]:
    """All of claimx's lexicons by name; what the ``claimx`` factory uses by default.

    Args:
        extra: a user's own TSV files merged over the packaged lists (see :func:`merge_lexicons`);
            in a config, ``extra = ["my/cue_verbs.tsv"]`` under ``[components.claimx.lexicons]``.

    >>> "say" in make_lexicons()["cue_verbs"]
    True
    """
    lexicons = {name: load_lexicon(name) for name in LEXICON_NAMES}
    return merge_lexicons(lexicons, extra) if extra else lexicons


def lemma_of(token: Token) -> str:
    """The lowercased lemma lexicons are keyed by, or the word itself when the pipeline sets no lemma."""
    return token.lemma_.lower() if token.lemma_ else token.lower_
