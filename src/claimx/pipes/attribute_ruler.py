"""Exact, cheaper stand-ins for two steps of the default pipeline: attribute ruler, lemma look-ups.

en_core_web_sm's attribute ruler maps tags to POS and morphology with 179 Matcher
patterns, nearly all of one token testing TAG, LOWER, DEP or IS_SPACE. Run through the
Matcher, with a ``Span`` made for every match, it cost about 12% of the pipeline.
:class:`FastAttributeRuler` is built from the model's own patterns: what a one-token
pattern decides depends only on the values of the attributes it tests, so each distinct
combination of values is worked out once (dict look-ups for equality and IN, direct
tests for NOT_IN and REGEX) and cached; patterns of several such tokens are found with
numpy over cached bits, and anything else stays on a spaCy Matcher.

The result is the same as spaCy's ``AttributeRuler`` (spacy/pipeline/attributeruler.py):
every pattern is matched against the doc as it was before the ruler ran, then the matches
are applied in the order of the patterns, so for each attribute of a token the last
pattern that matched it and sets that attribute wins. Token attributes are written with
``Doc.from_array``, which sets the same struct fields as spaCy's ``set_token_attrs``.

The other cheaper stand-in, for the lemmatizer's word lists, is in :mod:`.lemma_tables`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from itertools import product
from operator import itemgetter
from pathlib import Path
from typing import Any, Callable

import numpy
import srsly
from spacy import util
from spacy.attrs import DEP, IDS, IS_SPACE, LEMMA, LOWER, MORPH, NORM, ORTH, POS, TAG
from spacy.errors import Errors
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.pipeline import Pipe
from spacy.pipeline.attributeruler import attribute_ruler_score
from spacy.strings import get_string_id
from spacy.tokens import Doc
from spacy.tokens._retokenize import normalize_token_attrs
from spacy.vocab import Vocab

__all__ = ["FACTORY", "FastAttributeRuler", "use_fast_attribute_ruler"]

FACTORY = "claimx_attribute_ruler"
# Token attributes whose Doc.to_array value is what the Matcher compares (SENT_START is not).
_READABLE = frozenset({ORTH, LOWER, NORM, TAG, POS, DEP, LEMMA, IS_SPACE})
# Attributes that spaCy's set_token_attrs writes on the token alone (no lexeme field, no extension).
_WRITABLE = frozenset({POS, TAG, DEP, MORPH, LEMMA, NORM})
_MAX_CACHE = 200_000  # distinct attribute combinations remembered before the cache starts over
_MAX_BITS = 31  # distinct tokens of multi-token patterns that fit beside the outcome id in an int64
_Test = tuple[int, str, Any]  # (attribute id, "in" | "not_in" | "regex", frozenset of ids | compiled regex)


def _canonical(tests: list[_Test]) -> tuple:
    return tuple(sorted((a, op, o.pattern if op == "regex" else tuple(sorted(o))) for a, op, o in tests))


class _Combinations(dict):
    """Attribute values of a token -> what the patterns make of it, worked out on first sight.

    The value packs the outcome id (which single-token patterns matched: low 32 bits) with
    the bit set of the multi-token pattern positions the token satisfies (high bits).
    """

    def __init__(self, ruler: FastAttributeRuler) -> None:
        super().__init__()
        self.ruler = ruler

    def __missing__(self, values: tuple[int, ...]) -> int:
        keys: set[int] = set()
        bits = 0
        for get, table in self.ruler._lookups:
            found = table.get(get(values))
            if found is not None:
                keys.update(found[0])
                bits |= found[1]
        for tests, key, bit in self.ruler._checks:
            if self.ruler._holds(tests, values):
                if bit is None:
                    keys.add(key)
                else:
                    bits |= 1 << bit
        self[values] = code = self.ruler._outcome(tuple(sorted(keys))) | bits << 32
        return code


class FastAttributeRuler(Pipe):
    """Same patterns and output as spaCy's ``AttributeRuler``, matched by look-ups cached per token type.

    Patterns are added with :meth:`add` or :meth:`add_patterns` in spaCy's format, so
    ``FastAttributeRuler(vocab).add_patterns(nlp.get_pipe("attribute_ruler").patterns)``
    copies a model's ruler. A token pattern that tests TAG, LOWER, DEP, ORTH, NORM, POS,
    LEMMA or IS_SPACE with a value, IN, NOT_IN or REGEX is compiled; since its answer
    depends only on those attribute values, it is worked out once per distinct
    combination of values and cached. Patterns of several such tokens (no operators) are
    found with numpy over the cached bits; anything else goes to a spaCy Matcher.
    Patterns that set anything but POS, TAG, DEP, MORPH, LEMMA or NORM (lexeme
    attributes, extensions) raise ``ValueError``: keep spaCy's ruler for those.
    """

    def __init__(
        self,
        vocab: Vocab,
        name: str = "attribute_ruler",
        *,
        validate: bool = False,
        scorer: Callable | None = attribute_ruler_score,
    ) -> None:
        self.vocab = vocab
        self.name = name
        self.validate = validate
        self.scorer = scorer
        self.clear()

    def clear(self) -> None:
        """Remove every pattern."""
        self.matcher = Matcher(self.vocab, validate=self.validate)  # what is not compiled
        self._patterns: list[dict[str, Any]] = []  # as added, for .patterns and serialisation
        self._attrs: list[dict[int, int]] = []  # normalised attributes set, per pattern key
        self._indices: list[int] = []
        self._read: list[int] = []  # token attributes the compiled patterns test
        self._write: list[int] = []  # token attributes any pattern sets
        # Every compiled token: its tests, and the pattern key (one-token patterns) or the
        # bit (a token of multi-token patterns, shared by equal tokens) it stands for.
        self._entries: list[tuple[list[_Test], int | None, int | None]] = []
        self._bits: list[tuple] = []  # canonical tests of each bit
        self._multi: list[tuple[int, list[int], int]] = []  # (key, bit mask per token, index)
        self._prepare()

    def _prepare(self) -> None:
        """Build the look-ups from the compiled tokens, and forget what was cached."""
        tables: dict[tuple[int, ...], dict[Any, list]] = {}  # positions -> values -> [pattern keys, bits]
        self._checks: list[tuple[list[_Test], int | None, int | None]] = []  # tokens with NOT_IN or REGEX
        for tests, key, bit in self._entries:
            at = [(self._read.index(attr), op, operand) for attr, op, operand in tests]
            if any(op != "in" for _, op, _ in at):
                at.sort(key=lambda t: t[1] != "in")  # cheap tests first
                self._checks.append((at, key, bit))
                continue
            at.sort()
            table = tables.setdefault(tuple(p for p, _, _ in at), {})
            for values in product(*(operand for _, _, operand in at)):
                found = table.setdefault(values[0] if len(values) == 1 else values, [set(), 0])
                if bit is None:
                    found[0].add(key)
                else:
                    found[1] |= 1 << bit
        # itemgetter of one position gives the value itself, of several a tuple: as the keys above
        self._lookups = [(itemgetter(*positions), table) for positions, table in tables.items()]
        self._outcomes: dict[tuple[int, ...], int] = {}  # sorted pattern keys -> outcome id
        self._outcome_keys: list[tuple[int, ...]] = []
        self._rows: list[tuple[list[bool], list[int]]] = []  # per outcome: (columns set, values)
        self._mask = numpy.zeros((0, len(self._write)), dtype=bool)
        self._values = numpy.zeros((0, len(self._write)), dtype=numpy.uint64)
        self._combinations = _Combinations(self)

    # -- patterns ----------------------------------------------------------------------

    def add(self, patterns: Iterable[list[dict[str, Any]]], attrs: dict[str, Any], index: int = 0) -> None:
        """Add Matcher patterns whose token at ``index`` gets ``attrs`` (as ``AttributeRuler.add``)."""
        patterns = list(patterns)
        normalized = normalize_token_attrs(self.vocab, dict(attrs))
        unsupported = [a for a in normalized if a not in _WRITABLE]
        if unsupported:
            raise ValueError(f"{FACTORY} sets only POS, TAG, DEP, MORPH, LEMMA and NORM, not {unsupported} ({attrs})")
        key = len(self._attrs)
        compiled = [self._compile(p, index) for p in patterns]
        leftover = [p for p, c in zip(patterns, compiled) if c is None]
        if leftover:  # first, so that a pattern the Matcher rejects leaves the ruler unchanged
            self.matcher.add(self.vocab.strings.add(str(key)), leftover)
        self._patterns.append({"patterns": patterns, "attrs": attrs, "index": index})
        self._attrs.append(normalized)
        self._indices.append(index)
        self._write.extend(a for a in normalized if a not in self._write)
        for tokens in filter(None, compiled):
            for tests in tokens:
                self._read.extend(a for a, _, _ in tests if a not in self._read)
            if len(tokens) == 1:
                self._entries.append((tokens[0], key, None))
            else:
                self._multi.append((key, [1 << self._bit(tests) for tests in tokens], index))
        self._prepare()

    def add_patterns(self, patterns: Iterable[dict[str, Any]]) -> None:
        """Add patterns in ``AttributeRuler.patterns`` form: dicts of patterns, attrs, index."""
        for p in patterns:
            self.add(**p)

    @property
    def patterns(self) -> list[dict[str, Any]]:
        """All the added patterns, as ``AttributeRuler.patterns`` gives them."""
        return [dict(p) for p in self._patterns]

    def _compile(self, pattern: list[dict[str, Any]], index: int) -> list[list[_Test]] | None:
        """Tests per token of ``pattern``; None when the Matcher must handle it.

        Values are hashed as the Matcher hashes them (``StringStore.add`` for a plain
        value, ``get_string_id`` for IN lists), so symbols such as "nsubj" agree. Several
        tokens need free bits, and an ``index`` outside the pattern is left for the
        Matcher path to report as spaCy does.
        """
        if not pattern or not -len(pattern) <= index < len(pattern):
            return None
        tokens = []
        for spec in pattern:
            tests: list[_Test] = []
            for name, value in spec.items():
                attr = IDS.get({"TEXT": "ORTH"}.get(name.upper(), name.upper())) if isinstance(name, str) else name
                if attr not in _READABLE:
                    return None  # "OP", "_", SENT_START, ...
                if isinstance(value, str):
                    tests.append((attr, "in", frozenset([self.vocab.strings.add(value)])))
                elif isinstance(value, int):  # bool included: the Matcher compares int(value)
                    tests.append((attr, "in", frozenset([int(value)])))
                elif isinstance(value, dict) and value:
                    for op, operand in value.items():
                        op = op.upper() if isinstance(op, str) else op
                        if op in ("IN", "NOT_IN") and isinstance(operand, list) and all(isinstance(v, str) for v in operand):
                            tests.append((attr, op.lower(), frozenset(get_string_id(v) for v in operand)))
                        elif op == "REGEX" and isinstance(operand, str) and attr != IS_SPACE:
                            tests.append((attr, "regex", re.compile(operand)))
                        else:
                            return None
                else:
                    return None
            if not tests:
                return None
            tokens.append(tests)
        if len(tokens) > 1 and len(set(self._bits).union(map(_canonical, tokens))) > _MAX_BITS:
            return None
        return tokens

    def _bit(self, tests: list[_Test]) -> int:
        """The bit of a token of a multi-token pattern; equal tokens share one."""
        canonical = _canonical(tests)
        if canonical not in self._bits:
            self._bits.append(canonical)
            self._entries.append((tests, None, len(self._bits) - 1))
        return self._bits.index(canonical)

    def _holds(self, tests: list[tuple[int, str, Any]], values: tuple[int, ...]) -> bool:
        """Whether a token with these attribute values passes every test, as the Matcher decides."""
        for position, op, operand in tests:
            value = values[position]
            if op == "in":
                ok = value in operand
            elif op == "not_in":
                ok = value not in operand
            else:
                ok = operand.search(self.vocab.strings[value]) is not None
            if not ok:
                return False
        return True

    def _outcome(self, keys: tuple[int, ...]) -> int:
        """Id of what the patterns ``keys`` (sorted) set together: the last one wins per attribute."""
        outcome = self._outcomes.get(keys)
        if outcome is None:
            final: dict[int, int] = {}
            for key in keys:
                final.update(self._attrs[key])
            self._rows.append(([a in final for a in self._write], [final.get(a, 0) for a in self._write]))
            self._outcome_keys.append(keys)
            self._outcomes[keys] = outcome = len(self._outcome_keys) - 1
        return outcome

    # -- processing --------------------------------------------------------------------

    def __call__(self, doc: Doc) -> Doc:
        """Set the attributes of every pattern that matches, as ``AttributeRuler`` would."""
        error_handler = self.get_error_handler()
        try:
            self.set_annotations(doc, self.match(doc))
            return doc
        except Exception as e:
            return error_handler(self.name, self, [doc], e)

    def match(self, doc: Doc) -> numpy.ndarray:
        """The outcome id of every token: which patterns matched it (before anything is set)."""
        n = len(doc)
        if not n or not self._attrs:
            return numpy.zeros(0, dtype=numpy.int64)
        if len(self._combinations) > _MAX_CACHE:
            self._combinations.clear()
        if self._read:
            columns = doc.to_array(self._read).reshape(n, -1).T.tolist()
            codes = numpy.fromiter(map(self._combinations.__getitem__, zip(*columns)), dtype=numpy.int64, count=n)
        else:
            codes = numpy.full(n, self._outcome(()), dtype=numpy.int64)
        outcomes = codes & 0xFFFFFFFF
        extra: dict[int, set[int]] = {}
        bits = codes >> 32
        for key, masks, index in self._multi:
            k = len(masks)
            if n < k:
                continue
            hit = (bits[: n - k + 1] & masks[0]) != 0
            for j in range(1, k):
                hit &= (bits[j : n - k + 1 + j] & masks[j]) != 0
            for start in numpy.flatnonzero(hit).tolist():
                extra.setdefault(start + (index if index >= 0 else k + index), set()).add(key)
        if len(self.matcher):
            for match_id, start, end in self.matcher(doc, allow_missing=True, as_spans=False):
                key = int(self.vocab.strings[match_id])
                index = self._indices[key]
                target = (start if index >= 0 else end) + index
                if not start <= target < end:
                    raise ValueError(Errors.E1001.format(
                        patterns=self.matcher.get(match_id)[1], span=[t.text for t in doc[start:end]], index=index,
                    ))
                extra.setdefault(target, set()).add(key)
        for i, keys in extra.items():
            outcomes[i] = self._outcome(tuple(sorted(keys.union(self._outcome_keys[outcomes[i]]))))
        return outcomes

    def set_annotations(self, doc: Doc, outcomes: numpy.ndarray) -> None:
        """Write the outcome of every token in one ``Doc.from_array`` call."""
        if not len(outcomes) or not self._write:
            return
        if len(self._mask) < len(self._rows):
            self._mask = numpy.array([r[0] for r in self._rows], dtype=bool).reshape(-1, len(self._write))
            self._values = numpy.array([r[1] for r in self._rows], dtype=numpy.uint64).reshape(-1, len(self._write))
        mask = self._mask[outcomes]
        if not mask.any():
            return
        array = doc.to_array(self._write).reshape(len(doc), -1)
        numpy.copyto(array, self._values[outcomes], where=mask)
        doc.from_array(self._write, array)

    # -- spaCy plumbing ----------------------------------------------------------------

    def initialize(self, get_examples: Callable | None = None, *, nlp: Language | None = None,
                   patterns: Iterable[dict[str, Any]] | None = None) -> None:
        """Start over with ``patterns`` (spaCy's ``[initialize]`` block may give them)."""
        self.clear()
        if patterns:
            self.add_patterns(patterns)

    def to_bytes(self, *, exclude: Iterable[str] = ()) -> bytes:
        return util.to_bytes({"patterns": lambda: srsly.msgpack_dumps(self.patterns)}, exclude)

    def from_bytes(self, bytes_data: bytes, *, exclude: Iterable[str] = ()) -> FastAttributeRuler:
        self.clear()
        util.from_bytes(bytes_data, {"patterns": lambda b: self.add_patterns(srsly.msgpack_loads(b))}, exclude)
        return self

    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        util.to_disk(path, {"patterns": lambda p: srsly.write_msgpack(p, self.patterns)}, exclude)

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> FastAttributeRuler:
        self.clear()
        util.from_disk(path, {"patterns": lambda p: self.add_patterns(srsly.read_msgpack(p))}, exclude)
        return self


@Language.factory(
    FACTORY,
    assigns=["token.pos", "token.tag", "token.dep", "token.morph", "token.lemma"],
    default_config={"validate": False, "scorer": {"@scorers": "spacy.attribute_ruler_scorer.v1"}},
)
def make_fast_attribute_ruler(nlp: Language, name: str, validate: bool, scorer: Callable | None) -> FastAttributeRuler:
    """spaCy factory: an empty ruler; patterns come from ``add_patterns``, ``initialize`` or disk."""
    return FastAttributeRuler(nlp.vocab, name, validate=validate, scorer=scorer)


def use_fast_attribute_ruler(nlp: Language, name: str = "attribute_ruler") -> bool:
    """Replace spaCy's attribute ruler ``name`` in ``nlp`` by the fast one, same name and place.

    Returns False, leaving ``nlp`` as it was, when there is no such spaCy component or one
    of its patterns sets something the fast ruler does not.
    """
    if name not in nlp.pipe_names or nlp.get_pipe_meta(name).factory != "attribute_ruler":
        return False
    patterns = nlp.get_pipe(name).patterns
    try:
        FastAttributeRuler(nlp.vocab).add_patterns(patterns)
    except ValueError:
        return False
    config = nlp.get_pipe_config(name)
    fast = nlp.replace_pipe(name, FACTORY, config={"validate": config.get("validate", False)})
    fast.add_patterns(patterns)
    return True
