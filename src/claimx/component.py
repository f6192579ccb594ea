"""The ``claimx`` spaCy component: wires scan -> detect -> speakers -> stance into a pipe.

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
from spacy.attrs import SENT_START
from spacy.tokens import Doc, Token

from .detect import detect_candidates
from .lexicons import Lexicons, make_lexicons
from .models import Claim, Mention
from .scan import scan_quotes
from .speakers import resolve_speakers
from .stance import classify_candidate

__all__ = ["SPANS_KEY", "ClaimExtractor", "extract_from_doc", "find_claims", "make_claimx"]

SPANS_KEY = "claimx"


def _claims_getter(doc: Doc) -> list[Claim]:
    return [Claim.model_validate(r) for r in doc._.claimx_records]


def _ensure_extensions() -> None:
    if not Doc.has_extension("claimx_records"):
        Doc.set_extension("claimx_records", default=[])
    if not Doc.has_extension("claims"):
        Doc.set_extension("claims", getter=_claims_getter)


def find_claims(doc: Doc, lexicons: Lexicons) -> list[Claim]:
    """All claims in a parsed doc, in document order (start, then end)."""
    text = doc.text
    quotes = scan_quotes(text)
    candidates = detect_candidates(doc, quotes, lexicons)
    speakers = resolve_speakers(doc, candidates, lexicons)
    claims: list[Claim] = []
    for cand, speaker in zip(candidates, speakers):
        if speaker is None and cand.cue_i is None:
            continue  # a quote paragraph continuing no known speaker: nothing attributes it
        decision = classify_candidate(doc, cand, lexicons)
        cue = None
        if cand.cue_start_char is not None and cand.cue_end_char is not None:
            cue = Mention(
                text=text[cand.cue_start_char : cand.cue_end_char],
                start=cand.cue_start_char,
                end=cand.cue_end_char,
            )
        claims.append(
            Claim(
                text=text[cand.start_char : cand.end_char],
                start=cand.start_char,
                end=cand.end_char,
                form=cand.form,
                speaker=speaker,
                cue=cue,
                stance=decision.stance,
                hedge_cues=decision.hedge_cues,
                evidence=decision.evidence,
                target=decision.target,
                confidence=decision.confidence,
                sent_start=cand.sent_start_char,
                sent_end=cand.sent_end_char,
            )
        )
    claims.sort(key=lambda c: (c.start, c.end))
    return claims


def extract_from_doc(doc: Doc, lexicons: Lexicons | None = None) -> list[Claim]:
    """Claims of a doc parsed by any English pipeline that lacks the claimx component."""
    return find_claims(doc, lexicons if lexicons is not None else make_lexicons())


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


_FINAL = {".", "!", "?", "…", "...", ";", ":"}
_CLOSING = set("\"”’')]»")


def _ends_dateline(token: Token) -> bool:
    """The dash of a dateline: "WASHINGTON (AP) —", "KYIV, Ukraine —" at the start of a line."""
    if token.text not in ("—", "–", "--", "-") or token.i == 0:
        return False
    words = []
    for previous in reversed(token.doc[max(0, token.i - 10) : token.i]):
        if "\n" in previous.text_with_ws:
            break
        words.append(previous)
    if not words or words[-1].i > 0 and "\n" not in token.doc[words[-1].i - 1].text_with_ws:
        return False
    names = [w for w in words if w.is_alpha]
    return bool(names) and names[-1].is_upper and len(names[-1]) > 1 and all(w.is_upper or w.text[0].isupper() for w in names)


@Language.component("claimx_paragraphs", assigns=["token.is_sent_start"])
def mark_paragraphs(doc: Doc) -> Doc:
    """Sentence limits from layout and punctuation, set before the parser runs.

    News text puts headlines, captions and teasers on lines of their own with no final
    period; left alone, the parser joins them to the next line or splits them at random.
    So a line break always starts a sentence, and inside a line a sentence may start only
    after final punctuation (possibly followed by a closing quote or bracket); the parser
    still chooses among those places.
    """
    # Values are written in one array: Token.is_sent_start's setter rescans the doc each call.
    starts = doc.to_array([SENT_START]).astype("int64")
    for token in doc[1:]:
        if token.is_space:
            continue
        k = token.i - 1
        while k > 0 and doc[k].is_space and "\n" not in doc[k].text:
            k -= 1  # look past non-breaking and other spaces
        previous = doc[k]
        if _ends_dateline(previous):
            starts[token.i] = 1
        elif "\n" in previous.whitespace_ or (previous.is_space and "\n" in previous.text):
            starts[token.i] = 1
        elif previous.text in _FINAL or previous.text.endswith(".") or (
            previous.text in _CLOSING and previous.i > 0 and doc[previous.i - 1].text in _FINAL
        ):
            continue
        else:
            starts[token.i] = -1
    if len(doc):
        starts[0] = 1
        doc.from_array([SENT_START], starts.astype("uint64").reshape(-1, 1))  # -1 wraps as spaCy stores it
    return doc


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
