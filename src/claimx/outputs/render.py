"""Show claims as highlighted HTML of the article (the text table is in :mod:`.table`).

:func:`render` marks each claim's content in its stance's colour, the speaker mention
(linked to the resolved speaker), the cue in bold and hedge words. The HTML is
self-contained (inline CSS, no scripts, no external assets) so it can be saved, mailed
or shown in Jupyter, and every piece of article text is escaped, so an article that
contains ``<script>`` shows it as text.

Claims may nest or overlap (an indirect claim around a quoted fragment; two readings of
one sentence). Spans are emitted as properly nested elements: where two spans cross,
the inner one is closed and reopened, so a claim's highlight can come in parts. Every
part carries ``data-claim="i"``; the parts of claim ``i`` cover its content exactly once.

:class:`ClaimList` is a ``list[Claim]`` that remembers its text, so a notebook cell that
ends in ``claimx.extract(text)`` displays the highlighted article.
"""

from __future__ import annotations

import hashlib
import html
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from ..models import Claim, Stance
from .pieces import shown_text
from .table import format_table

__all__ = ["STANCE_COLOURS", "ClaimList", "RenderedHTML", "render"]

# Light fills that keep black text readable; fixed text colour so dark notebook themes still work.
STANCE_COLOURS = {
    Stance.ASSERTION: "#b2f2bb",
    Stance.HEDGE: "#ffec99",
    Stance.ALLEGATION: "#ffc9c9",
    Stance.DENIAL: "#d0bfff",
}
STANCE_HELP = {
    Stance.ASSERTION: "stated as fact",
    Stance.HEDGE: "stated with doubt (may, reportedly, …)",
    Stance.ALLEGATION: "accuses someone",
    Stance.DENIAL: "rejects a claim or charge",
}
# Nesting order when spans coincide: the claim outermost, then speaker, cue, hedge.
_RANK = {"claim": 0, "speaker": 1, "cue": 2, "hedge": 3}
_CSS = """
.claimx-render{font-family:system-ui,-apple-system,"Segoe UI",sans-serif;line-height:1.7;color:#111;
  background:#fff;padding:.75em 1em;border:1px solid #ddd;border-radius:6px;max-width:60em}
.claimx-render .claimx-text{white-space:pre-wrap;margin:0 0 .75em 0}
.claimx-render mark.claimx-claim{color:#111;padding:.1em 0;border-radius:3px}
.claimx-render a.claimx-speaker,.claimx-render span.claimx-speaker{color:#1c4587;text-decoration:none;
  border-bottom:2px solid #1c4587}
.claimx-render .claimx-cue{font-weight:bold}
.claimx-render .claimx-hedge{font-style:italic;text-decoration:underline dotted #b35c00 2px}
.claimx-render .claimx-legend,.claimx-render .claimx-speakers{font-size:.85em;margin:.25em 0}
.claimx-render .claimx-legend span{margin-right:1em;white-space:nowrap}
.claimx-render .claimx-chip{display:inline-block;width:1em;height:1em;vertical-align:middle;
  border-radius:3px;margin-right:.3em}
.claimx-render .claimx-speakers ol{margin:.25em 0;padding-left:1.5em}
""".strip()


class RenderedHTML(str):
    """A ``str`` of HTML that Jupyter displays as HTML, so ``claimx.render(text)`` can end a cell.

    Everywhere else it is the plain string: write it to a file, compare it, search it.
    """

    __slots__ = ()

    def _repr_html_(self) -> str:
        return str(self)


@dataclass(order=True)
class _Span:
    """One element to draw over ``text[start:end]``."""

    start: int
    neg_end: int  # sort key: longer spans open first, so they are the outer ones
    rank: int
    end: int = field(compare=False)
    tag: str = field(compare=False)
    attrs: dict[str, str] = field(compare=False)
    claim: int | None = field(default=None, compare=False)
    parts: int = field(default=0, compare=False)


def _span(start: int, end: int, kind: str, tag: str, attrs: dict[str, str], claim: int | None = None) -> _Span:
    return _Span(start, -end, _RANK[kind], end, tag, attrs, claim)


def _attr_html(attrs: dict[str, str]) -> str:
    return "".join(f' {k}="{html.escape(v, quote=True)}"' for k, v in attrs.items())


def _open(span: _Span, in_link: bool) -> str:
    attrs = dict(span.attrs)
    if span.parts:
        attrs.pop("id", None)  # ids must stay unique when a highlight is split
        attrs["data-part"] = str(span.parts)
    span.parts += 1
    tag = "span" if span.tag == "a" and in_link else span.tag  # <a> must not nest in <a>
    if tag != span.tag:
        attrs.pop("href", None)
    return f"<{tag}{_attr_html(attrs)}>"


def _close(span: _Span, in_link: bool) -> str:
    return f"</{'span' if span.tag == 'a' and in_link else span.tag}>"


def _nest(text: str, spans: list[_Span]) -> str:
    """Escaped ``text`` with ``spans`` drawn as properly nested elements, split where they cross."""
    spans = sorted(s for s in spans if s.end > s.start)
    points = sorted({0, len(text), *(s.start for s in spans), *(s.end for s in spans)})
    starting: dict[int, list[_Span]] = {}
    for s in spans:
        starting.setdefault(s.start, []).append(s)
    out: list[str] = []
    stack: list[tuple[_Span, bool]] = []  # (span, drawn inside a link)
    pos = 0
    for p in points:
        out.append(html.escape(text[pos:p], quote=True))
        pos = p
        reopen: list[_Span] = []
        while any(s.end <= p for s, _ in stack):  # close what ends here, and whatever sits inside it
            s, in_link = stack.pop()
            out.append(_close(s, in_link))
            if s.end > p:
                reopen.append(s)
        # Everything opening here, longest first: the fewest splits further on.
        for s in sorted(reopen + starting.get(p, []), key=lambda s: (s.neg_end, s.rank, s.start)):
            in_link = any(o.tag == "a" for o, _ in stack)
            out.append(_open(s, in_link))
            stack.append((s, in_link))
    return "".join(out)


def _check(text: str, claims: Sequence[Claim]) -> None:
    """Refuse claims that were not extracted from ``text``: their highlights would land anywhere."""
    for i, claim in enumerate(claims):
        if not isinstance(claim, Claim):
            raise TypeError(f"claims[{i}] is a {type(claim).__name__}, expected a claimx.Claim")
        mentions = [*(claim.pieces or [claim]), claim.cue, claim.target, claim.speaker.mention if claim.speaker else None]
        for m in mentions:
            if m is not None and (m.end > len(text) or text[m.start : m.end] != m.text):
                raise ValueError(
                    f"claim #{i} ({claim.text[:40]!r}) does not match the text at [{m.start}:{m.end}]: "
                    "pass the same text the claims were extracted from"
                )


def _hedge_spans(text: str, claim: Claim) -> list[tuple[int, int]]:
    """Where the claim's hedge words occur in its sentence (whole words, any case)."""
    if not claim.hedge_cues:
        return []
    if claim.sent_end > claim.sent_start:
        lo, hi = claim.sent_start, min(claim.sent_end, len(text))
    else:  # sentence bounds unknown: search the claim and its cue
        ends = [claim.start, claim.end] + ([claim.cue.start, claim.cue.end] if claim.cue else [])
        lo, hi = min(ends), max(ends)
    found = []
    for word in claim.hedge_cues:
        words = [re.escape(w) for w in word.split()]
        if not words:
            continue
        pattern = re.compile(r"(?<!\w)" + r"\s+".join(words) + r"(?!\w)", re.IGNORECASE)
        found.extend(m.span() for m in pattern.finditer(text, lo, hi))
    return found


def _uid(text: str, claims: Sequence[Claim]) -> str:
    """A short id, stable for the same input, so two renders on one notebook page keep distinct anchors."""
    key = text + "".join(f"|{c.start}:{c.end}" for c in claims)
    return hashlib.sha1(key.encode("utf-8", "surrogatepass")).hexdigest()[:8]


def _speaker_label(claim: Claim) -> str:
    speaker = claim.speaker
    if speaker is None:
        return "unknown speaker"
    parts = [speaker.name, speaker.kind.value]
    if speaker.title:
        parts.append(speaker.title)
    return " · ".join(parts)


def _speaker_details(claim: Claim) -> str:
    speaker = claim.speaker
    if speaker is None:
        return "unknown"
    return ", ".join([speaker.kind.value, *([speaker.title] if speaker.title else [])])


def _legend(uid: str, claims: Sequence[Claim], speakers: dict[str, int]) -> str:
    chips = "".join(
        f'<span><i class="claimx-chip" style="background:{colour}"></i>{stance.value}'
        f' <small>({html.escape(STANCE_HELP[stance])})</small></span>'
        for stance, colour in STANCE_COLOURS.items()
    )
    keys = (
        '<span><a class="claimx-speaker">speaker</a> (links to the resolved name)</span>'
        '<span><b class="claimx-cue">cue</b></span>'
        '<span><span class="claimx-hedge">hedge word</span></span>'
    )
    counts: dict[str, int] = {}
    for claim in claims:
        if claim.speaker is not None:
            counts[claim.speaker.name] = counts.get(claim.speaker.name, 0) + 1
    first = {}
    for claim in claims:
        if claim.speaker is not None:
            first.setdefault(claim.speaker.name, claim)
    items = "".join(
        f'<li id="claimx-{uid}-s{k}"><b>{html.escape(name)}</b> ({html.escape(_speaker_details(first[name]))});'
        f" {counts[name]} claim{'s' if counts[name] != 1 else ''}</li>"
        for name, k in speakers.items()
    )
    listing = f'<div class="claimx-speakers">Speakers:<ol>{items}</ol></div>' if items else ""
    summary = f"{len(claims)} claim{'s' if len(claims) != 1 else ''}"
    return f'<div class="claimx-legend">{summary}. {chips}{keys}</div>{listing}'


def _resolve(text_or_claims: Any, claims: Iterable[Claim] | None) -> tuple[str, list[Claim]]:
    """Accept (text, claims), a ClaimList that knows its text, or a processed spaCy Doc."""
    source = text_or_claims
    if isinstance(source, str):
        if claims is None:
            raise TypeError("render needs the claims of this text: pass render(text, claims), or use claimx.render(text)")
        return source, list(claims)
    if isinstance(source, ClaimList) and claims is None:
        if source.text is None:
            raise TypeError("this ClaimList does not know its text: call render(text, claims)")
        return source.text, list(source)
    if hasattr(source, "text") and hasattr(source, "_") and isinstance(source.text, str):  # a spaCy Doc
        return source.text, list(claims if claims is not None else source._.claims)
    if isinstance(source, (bytes, bytearray)):
        raise TypeError("render needs text as str, got bytes: decode it first, e.g. data.decode('utf-8')")
    raise TypeError(f"render needs the article text (str) and optionally its claims, got {type(source).__name__}")


def render(
    text_or_claims: str | ClaimList | Any,
    claims: Iterable[Claim] | None = None,
    *,
    page: bool = False,
) -> RenderedHTML:
    """Return HTML showing the article with its claims highlighted, plus a legend.

    Each claim's content is filled with its stance's colour (``data-claim="i"``, i its
    index), the speaker mention is underlined and links to the speaker list (its
    ``title`` gives the resolved name), the cue is bold and hedge words are dotted.

    Args:
        text_or_claims: the article text (with ``claims``), a :class:`ClaimList` from
            :func:`claimx.extract`, or a spaCy ``Doc`` processed by the ``claimx``
            component. :func:`claimx.render` also takes a text alone and extracts.
        claims: the claims of that text.
        page: wrap the fragment in a complete HTML document (for saving to a file).

    Returns:
        Self-contained HTML (inline CSS only, every piece of text escaped), as a ``str``
        that notebooks display rendered.

    Raises:
        TypeError: no text is given (e.g. a plain list of claims), or a text without claims.
        ValueError: a claim's offsets do not match the text.

    >>> from claimx import Claim
    >>> text = "“No,” said Jo."
    >>> html = render(text, [Claim(text="No", start=1, end=3, form="direct")])
    >>> html.count('data-claim="0"')
    1
    """
    text, claim_list = _resolve(text_or_claims, claims)
    _check(text, claim_list)
    uid = _uid(text, claim_list)
    drawing = _Drawing(uid)
    for i, claim in enumerate(claim_list):
        drawing.add_claim(text, i, claim)
    body = (
        f'<div class="claimx-render" id="claimx-{uid}"><style>{_CSS}</style>'
        f'<div class="claimx-text">{_nest(text, drawing.spans)}</div>{_legend(uid, claim_list, drawing.speakers)}</div>'
    )
    return RenderedHTML(_page(text, body) if page else body)


class _Drawing:
    """The elements to draw for a render: claims, speaker mentions (numbered), cues and hedge words."""

    def __init__(self, uid: str) -> None:
        self.uid = uid
        self.speakers: dict[str, int] = {}  # name -> its number in the speaker list
        self.spans: list[_Span] = []
        self._seen: set[tuple[str, int, int]] = set()  # a speaker or cue shared by several claims is drawn once

    def _add(self, kind: str, start: int, end: int, tag: str, attrs: dict[str, str], claim: int | None = None) -> None:
        if kind != "claim":
            if (kind, start, end) in self._seen:
                return
            self._seen.add((kind, start, end))
        self.spans.append(_span(start, end, kind, tag, attrs, claim))

    def add_claim(self, text: str, i: int, claim: Claim) -> None:
        title = f"{_speaker_label(claim)} — {claim.stance.value}, {claim.form.value}, confidence {claim.confidence:.2f}"
        attrs = {
            "class": f"claimx-claim claimx-stance-{claim.stance.value}",
            "id": f"claimx-{self.uid}-c{i}",
            "data-claim": str(i),
            "data-stance": claim.stance.value,
            "style": f"background:{STANCE_COLOURS[claim.stance]}",
            "title": title,
        }
        for n, (start, end) in enumerate(claim.spans):  # a statement its cue interrupts: a mark per piece
            piece = attrs if n == 0 else {k: v for k, v in attrs.items() if k != "id"}  # ids stay unique
            self._add("claim", start, end, "mark", piece, claim=i)
        speaker = claim.speaker
        if speaker is not None:
            k = self.speakers.setdefault(speaker.name, len(self.speakers))
            if speaker.mention is not None:
                link = {"class": "claimx-speaker", "href": f"#claimx-{self.uid}-s{k}", "title": _speaker_label(claim)}
                self._add("speaker", speaker.mention.start, speaker.mention.end, "a", link)
        if claim.cue is not None:
            self._add("cue", claim.cue.start, claim.cue.end, "b", {"class": "claimx-cue", "title": "cue"})
        for start, end in _hedge_spans(text, claim):
            self._add("hedge", start, end, "span", {"class": "claimx-hedge", "title": "hedge word"})


def _page(text: str, body: str) -> str:
    """The fragment wrapped in a complete HTML document, titled by the article's first line."""
    title = html.escape(text.strip().split("\n", 1)[0][:80] or "claimx", quote=True)
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        f'<meta name="viewport" content="width=device-width, initial-scale=1"><title>claimx: {title}</title>'
        f"</head><body>\n{body}\n</body></html>\n"
    )


def _table_html(claims: Sequence[Claim]) -> str:
    """An HTML table, for a ClaimList that does not know its text."""
    head = "".join(f"<th>{h}</th>" for h in ("#", "speaker", "stance", "form", "text"))
    rows = "".join(
        "<tr>"
        + "".join(
            f"<td>{html.escape(v, quote=True)}</td>"
            for v in (str(i), c.speaker.name if c.speaker else "?", c.stance.value, c.form.value, shown_text(c))
        )
        + "</tr>"
        for i, c in enumerate(claims)
    )
    return f'<table class="claimx-table"><thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>'


class ClaimList(list[Claim]):
    """A ``list[Claim]`` that remembers its source text, so notebooks show it highlighted.

    It is a plain list in every other way (indexing, equality with lists, JSON dumps of
    its items); slicing returns a plain ``list``. ``str()`` gives a compact table.

    >>> claims = ClaimList([], text="Nothing was said.")
    >>> claims == [], str(claims)
    (True, '(no claims)')
    """

    def __init__(self, claims: Iterable[Claim] = (), *, text: str | None = None) -> None:
        super().__init__(claims)
        self.text = text

    def _repr_html_(self) -> str:
        """Jupyter's rich display hook."""
        if self.text is None:
            return _table_html(self)
        return str(render(self.text, self))

    def __str__(self) -> str:
        return format_table(self)
