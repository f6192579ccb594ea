"""What the attribution passes share: a read-only view of the doc, and the state they build.

``DocView`` is fixed per doc (sentences, quotations, lexicons). ``State`` is what the passes
write, in the order of :data:`claimx.extraction.attribution.detect.PASSES`: the candidates
found, the cue tokens already used, and the verb cues the quote pass attributes quotes to.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import cached_property

from spacy.tokens import Doc, Span, Token

from ...lexicons import Lexicons
from ...text.quotes import Quote
from .candidate import AttributionRule, Candidate

__all__ = ["BUCKET", "CueSite", "DocView", "State"]

_FINAL_MARK = re.compile(r"[.!?]")
BUCKET = 1000  # characters per bucket of the candidate index
CueSite = tuple[Token, "Token | None", bool]  # (cue verb, its subject, passive)


class DocView:
    """The doc with its sentences and quotations indexed for the passes; never changed by them."""

    def __init__(self, doc: Doc, quotes: list[Quote], lexicons: Lexicons, disabled: frozenset[str]) -> None:
        self.doc = doc
        self.text = doc.text
        self.lexicons = lexicons
        self.disabled = disabled
        self.quotes = sorted(quotes, key=lambda q: q.start)  # they never overlap
        self.quote_starts = [q.start for q in self.quotes]
        self.groups: dict[int, list[Quote]] = {}
        for q in self.quotes:
            self.groups.setdefault(q.group, []).append(q)
        # One pass over the sentences: Token.sent walks its sentence on every call, which made
        # many quotes in one long sentence quadratic.
        self.sents = list(doc.sents)
        self.sent_starts = [s.start for s in self.sents]

    @cached_property
    def stops(self) -> list[int]:
        """Character offsets of the full stops (and "!", "?") outside quotation marks, in order."""
        stops = []
        for m in _FINAL_MARK.finditer(self.text):  # only the marks, not every token: a long text stays cheap
            span = self.doc.char_span(m.start(), m.end())
            if span is not None and span[0].tag_ == "." and self.in_quote(m.start()) is None:
                stops.append(m.start())
        return stops

    def stop_between(self, start_char: int, end_char: int) -> bool:
        """Whether a full stop outside quotation marks lies in ``[start_char, end_char)``."""
        k = bisect.bisect_left(self.stops, start_char)
        return k < len(self.stops) and self.stops[k] < end_char

    def enabled(self, rule: AttributionRule) -> bool:
        """Whether ``rule`` is switched on (not in ``disabled``)."""
        return rule.value not in self.disabled

    def sent(self, i: int) -> Span:
        """The sentence of token ``i``."""
        return self.sents[bisect.bisect_right(self.sent_starts, i) - 1]

    def in_quote(self, char: int) -> Quote | None:
        """The quotation around ``char``, if any."""
        k = bisect.bisect_right(self.quote_starts, char) - 1
        if k >= 0 and self.quotes[k].start <= char < self.quotes[k].end:
            return self.quotes[k]
        return None

    def quoted(self, token: Token) -> bool:
        """Whether ``token`` starts inside quote marks."""
        return self.in_quote(token.idx) is not None

    def quotes_overlapping(self, lo: int, hi: int) -> list[Quote]:
        """Quotations whose inner text overlaps ``[lo, hi)``, in order."""
        k = bisect.bisect_left(self.quote_starts, hi) - 1
        out = []
        while k >= 0 and self.quotes[k].end > lo:
            if self.quotes[k].inner_start < hi and lo < self.quotes[k].inner_end:
                out.append(self.quotes[k])
            k -= 1
        out.reverse()
        return out

    @cached_property
    def line_labels(self) -> list[str]:
        """The upper-case "NAME:" labels that open lines (a transcript's speakers)."""
        return re.findall(r"^[\s\"“']*([A-Z][A-Z .'-]{1,30}):", self.text, flags=re.MULTILINE)


@dataclass
class State:
    """What the passes build up; each pass's entry in ``PASSES`` says which fields it reads and writes."""

    found: list[Candidate] = field(default_factory=list)  # every candidate, in the order made
    used_cues: set[int] = field(default_factory=set)  # cue token indices that made a candidate
    bare_cues: dict[int, CueSite] = field(default_factory=dict)  # verb cues with a source and no content
    speech_cues: dict[int, CueSite] = field(default_factory=dict)  # every verb cue with a source
    _index: dict[int, set[int]] = field(default_factory=dict)  # char bucket -> indices into found
    _indexed: int = 0  # how many of found are in _index

    def near(self, lo: int, hi: int) -> list[int]:
        """Indices of found candidates whose range may touch ``[lo, hi)`` (a bucket index keeps
        the quote pass linear in the document's length)."""
        for n in range(self._indexed, len(self.found)):
            self.register(n)
        self._indexed = len(self.found)
        hits: set[int] = set()
        for bucket in range(lo // BUCKET, hi // BUCKET + 1):
            hits.update(self._index.get(bucket, ()))
        return sorted(hits)

    def register(self, n: int) -> None:
        """Put ``found[n]`` in the buckets of its (possibly widened) range."""
        c = self.found[n]
        for bucket in range(c.start_char // BUCKET, c.end_char // BUCKET + 1):
            self._index.setdefault(bucket, set()).add(n)
