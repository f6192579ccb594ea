"""Measuring page furniture (issue 17.2): how many claims on scraped pages come from furniture, how
many of the article body's own claims are still found.

A page set is a folder of page texts and a ``pages.json`` that says, for each page, which lines
are the article (``body``: the start of each article line) and which claims it must yield
(``claims``: a piece of the content and of the speaker's name). For each page:

- a claim returned on the page is a *furniture claim* when its content does not start on an
  article line;
- the *body's own claims* are those :func:`claimx.extract` finds in the article alone (its
  lines joined by blank lines); one is *kept* when the page yields a claim with the same text;
- a kept body claim whose speaker differs from the one found in the article alone is counted
  too (furniture between paragraphs can change who "he" is);
- a *required* claim is found when a claim on the page holds its content and speaker keys.

``tests/data/pages`` is such a set, written for the tests; ``claimx evaluate furniture DIR``
(or ``scripts/evaluate_furniture.py``) runs this on any set made the same way.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..api import extract
from ..text.furniture import split_lines

if TYPE_CHECKING:
    from spacy.language import Language

    from ..models import Claim

__all__ = ["FurnitureReport", "PageResult", "evaluate_pages", "read_pages"]


@dataclass(frozen=True)
class PageResult:
    """One page's counts, and the claims that went wrong (for reading)."""

    file: str
    claims: int
    furniture_claims: tuple[str, ...]  # text of each claim returned from furniture
    body_claims: int
    body_missing: tuple[str, ...]  # text of each body claim the page lost
    speaker_changed: tuple[str, ...]  # text of each body claim kept with another speaker than in the body alone
    required_missing: tuple[str, ...]  # content_key of each required claim not found


@dataclass
class FurnitureReport:
    """Totals over a page set: furniture share of the claims returned, share of body claims kept."""

    pages: list[PageResult] = field(default_factory=list)

    @property
    def claims(self) -> int:
        return sum(p.claims for p in self.pages)

    @property
    def furniture_claims(self) -> int:
        return sum(len(p.furniture_claims) for p in self.pages)

    @property
    def body_claims(self) -> int:
        return sum(p.body_claims for p in self.pages)

    @property
    def body_kept(self) -> int:
        return self.body_claims - sum(len(p.body_missing) for p in self.pages)

    @property
    def furniture_share(self) -> float:
        return self.furniture_claims / self.claims if self.claims else 0.0

    @property
    def body_kept_share(self) -> float:
        return self.body_kept / self.body_claims if self.body_claims else 1.0

    def summary(self) -> str:
        """A few lines for the terminal, then each page's misses."""
        out = [
            f"pages: {len(self.pages)}",
            f"furniture claims: {self.furniture_claims} of {self.claims} returned ({self.furniture_share:.1%})",
            f"body claims kept: {self.body_kept} of {self.body_claims} ({self.body_kept_share:.1%})",
            f"body claims kept with another speaker: {sum(len(p.speaker_changed) for p in self.pages)}",
            f"required claims missing: {sum(len(p.required_missing) for p in self.pages)}",
        ]
        for page in self.pages:
            for text in page.furniture_claims:
                out.append(f"  {page.file}: furniture claim: {text[:80]}")
            for text in page.body_missing:
                out.append(f"  {page.file}: body claim lost: {text[:80]}")
            for text in page.speaker_changed:
                out.append(f"  {page.file}: body claim with another speaker: {text[:80]}")
            for key in page.required_missing:
                out.append(f"  {page.file}: required claim missing: {key}")
        return "\n".join(out)

    def to_json(self) -> dict[str, Any]:
        return {
            "pages": len(self.pages),
            "claims": self.claims,
            "furniture_claims": self.furniture_claims,
            "furniture_share": self.furniture_share,
            "body_claims": self.body_claims,
            "body_kept": self.body_kept,
            "body_kept_share": self.body_kept_share,
            "per_page": [p.__dict__ for p in self.pages],
        }


def read_pages(folder: str | Path) -> list[dict[str, Any]]:
    """The entries of ``folder/pages.json``, each with its page's ``text`` added.

    Raises:
        FileNotFoundError: ``pages.json`` or a page file is missing.
        ValueError: an entry lacks ``file`` or ``body``, or a body line is not on its page.
    """
    folder = Path(folder)
    entries = json.loads((folder / "pages.json").read_text(encoding="utf-8"))["pages"]
    pages = []
    for entry in entries:
        if "file" not in entry or "body" not in entry:
            raise ValueError(f"{folder / 'pages.json'}: each page needs 'file' and 'body', got {sorted(entry)}")
        text = (folder / entry["file"]).read_text(encoding="utf-8")
        starts = [line.text for line in split_lines(text)]
        for prefix in entry["body"]:
            if not any(line.startswith(prefix) for line in starts):
                raise ValueError(f"{entry['file']}: no line starts with body line {prefix!r}")
        pages.append({**entry, "text": text})
    return pages


def _body_spans(text: str, body: Sequence[str]) -> list[tuple[int, int]]:
    spans = []
    for line in split_lines(text):
        if any(line.text.startswith(prefix) for prefix in body):
            spans.append((line.start_char, line.end_char))
    return spans


def _name(claim: Claim) -> str | None:
    return claim.speaker.name if claim.speaker is not None else None


def _has(claims: Sequence[Claim], content_key: str, speaker_key: str | None) -> bool:
    for claim in claims:
        if content_key not in claim.text:
            continue
        if speaker_key is None or claim.speaker is not None and speaker_key.lower() in claim.speaker.name.lower():
            return True
    return False


def evaluate_pages(folder: str | Path, *, nlp: Language | str | None = None, keep_furniture: bool = False) -> FurnitureReport:
    """Furniture share and body claims kept over the page set in ``folder`` (see the module docstring).

    >>> report = evaluate_pages("tests/data/pages")  # doctest: +SKIP
    >>> report.furniture_share <= 0.05  # doctest: +SKIP
    True
    """
    report = FurnitureReport()
    for page in read_pages(folder):
        text = page["text"]
        claims = extract(text, nlp=nlp, keep_furniture=keep_furniture)
        spans = _body_spans(text, page["body"])
        in_body = [c for c in claims if any(s <= c.start < e for s, e in spans)]
        furniture = [c.text for c in claims if c not in in_body]
        body_text = "\n\n".join(text[s:e] for s, e in spans)
        body_claims = extract(body_text, nlp=nlp)
        on_page = {c.text: c for c in in_body}
        missing = [c.text for c in body_claims if c.text not in on_page]
        changed = [c.text for c in body_claims if c.text in on_page and _name(on_page[c.text]) != _name(c)]
        required = [
            k["content_key"] for k in page.get("claims", []) if not _has(claims, k["content_key"], k.get("speaker_key"))
        ]
        report.pages.append(
            PageResult(
                page["file"], len(claims), tuple(furniture), len(body_claims), tuple(missing), tuple(changed), tuple(required)
            )
        )
    return report
