"""The ``claimx`` spaCy component: runs :func:`claimx.extraction.find_claims` as a pipe.

Results are stored on ``doc._.claimx_records`` as JSON-ready dicts (so docs survive
``n_process>1``, which ships docs between processes as bytes) and read back as typed
objects through ``doc._.claims``. Content spans also go to ``doc.spans["claimx"]``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

import srsly
from spacy.language import Language
from spacy.pipeline import Pipe
from spacy.tokens import Doc

from ..extraction.pipeline import find_claims
from ..models import Claim

__all__ = ["SPANS_KEY", "ClaimExtractor", "make_claimx"]

SPANS_KEY = "claimx"


def _claims_getter(doc: Doc) -> list[Claim]:
    return [Claim.model_validate(r) for r in doc._.claimx_records]


def _ensure_extensions() -> None:
    if not Doc.has_extension("claimx_records"):
        Doc.set_extension("claimx_records", default=[])
    if not Doc.has_extension("claims"):
        Doc.set_extension("claims", getter=_claims_getter)


class ClaimExtractor(Pipe):
    """Find attributed claims and store them on ``doc._.claims``."""

    def __init__(
        self,
        nlp: Language,
        name: str = "claimx",
        *,
        lexicons: Mapping[str, Mapping[str, str]],
        spans_key: str = SPANS_KEY,
    ) -> None:
        self.name = name
        self.spans_key = spans_key
        self.lexicons: dict[str, dict[str, str]] = {k: dict(v) for k, v in lexicons.items()}
        _ensure_extensions()

    def __call__(self, doc: Doc) -> Doc:
        error_handler = self.get_error_handler()
        try:
            claims = find_claims(doc, self.lexicons)
            doc._.claimx_records = [c.model_dump(mode="json") for c in claims]
            spans = []
            for c in claims:
                span = doc.char_span(c.start, c.end, label=c.form.value, alignment_mode="expand")
                if span is not None:
                    spans.append(span)
            doc.spans[self.spans_key] = spans
            return doc
        except Exception as e:
            return error_handler(self.name, self, [doc], e)

    def pipe(self, stream: Iterable[Doc], *, batch_size: int = 128) -> Iterable[Doc]:
        for doc in stream:
            yield self(doc)

    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        srsly.write_json(path / "lexicons.json", self.lexicons)
        srsly.write_json(path / "cfg.json", {"spans_key": self.spans_key})

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> ClaimExtractor:
        path = Path(path)
        self.lexicons = srsly.read_json(path / "lexicons.json")
        self.spans_key = srsly.read_json(path / "cfg.json")["spans_key"]
        return self

    def to_bytes(self, *, exclude: Iterable[str] = ()) -> bytes:
        return srsly.msgpack_dumps({"lexicons": self.lexicons, "spans_key": self.spans_key})

    def from_bytes(self, bytes_data: bytes, *, exclude: Iterable[str] = ()) -> ClaimExtractor:
        data: dict[str, Any] = srsly.msgpack_loads(bytes_data)
        self.lexicons, self.spans_key = data["lexicons"], data["spans_key"]
        return self


@Language.factory(
    "claimx",
    assigns=["doc._.claims", "doc.spans"],
    requires=["doc.sents", "token.dep", "token.lemma", "doc.ents"],
    default_config={"lexicons": {"@misc": "claimx.lexicons.v1"}, "spans_key": SPANS_KEY},
)
def make_claimx(
    nlp: Language, name: str, lexicons: Mapping[str, Mapping[str, str]], spans_key: str
) -> ClaimExtractor:
    """spaCy factory: ``nlp.add_pipe("claimx")``."""
    return ClaimExtractor(nlp, name, lexicons=lexicons, spans_key=spans_key)


_ensure_extensions()
