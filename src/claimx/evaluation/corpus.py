"""Read the gold data: PolNeAR attributions (brat standoff) and the hand-labelled stance set.

PolNeAR (Newell, Margolin and Ruths 2018, "An Attribution Relations Corpus for Political
News", LREC) annotates Source, Cue and Content of every attribution. It has no form, so
:func:`gold_form` derives one from the content text. Readers raise
:class:`~claimx.errors.InputError` naming the path to pass, never return partial data.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import InputError
from ..models import Form, Stance

__all__ = [
    "GoldAttribution",
    "PolnearArticle",
    "StanceItem",
    "gold_form",
    "read_article_list",
    "read_brat",
    "read_polnear",
    "read_stance_items",
    "trim_marks",
]

# Quote marks as PolNeAR's publishers write them; the NYT doubles apostrophes ('') instead of ".
QUOTE_CHARS = frozenset("“”\"'‘’«»`„")
OPEN_QUOTES = ("“", '"', "''", "``", "«")
CLOSE_QUOTES = ("”", '"', "''", "»")
_BRAT_LINE = re.compile(r"^([TE]\d+)\t(.*)$")

Spans = tuple[tuple[int, int], ...]


@dataclass(frozen=True)
class GoldAttribution:
    """One PolNeAR attribution event with a content span; pieces are in document order."""

    article: str
    event: str
    content_spans: Spans
    content: str
    source_spans: Spans = ()
    source: str = ""
    cue_spans: Spans = ()
    cue: str = ""
    kind: str = "Attribution"

    @property
    def form(self) -> Form:
        return gold_form(self.content)

    @property
    def start(self) -> int:
        return self.content_spans[0][0]

    @property
    def end(self) -> int:
        return self.content_spans[-1][1]


@dataclass(frozen=True)
class PolnearArticle:
    """An article's text and the gold attributions of its first annotator file."""

    name: str
    text: str
    gold: tuple[GoldAttribution, ...]
    ann_file: str = ""


def read_brat(ann: str, text: str, *, article: str = "") -> list[GoldAttribution]:
    """Parse a PolNeAR ``.ann`` file into gold attributions.

    Events may point at text-bound ids defined later in the file, a role may be missing,
    ``Content2`` (or any ``ContentN``) is merged into the content, and a Source may be
    shared by several events. Events without content (one on dev) are skipped: there is
    nothing to match. Span texts are read from ``text``, so multi-line spans (whose brat
    text runs onto the next line) are handled.

    Args:
        ann: the ``.ann`` file's contents.
        text: the article text the offsets point into.
        article: the article name recorded on each attribution.

    Returns:
        Gold attributions in event order.

    Raises:
        InputError: an event names an undefined id, or offsets fall outside ``text``.

    >>> read_brat("T1\\tCue 3 7\\tsaid\\nT2\\tContent 8 10\\tno\\nE1\\tAttribution-no-source:T1 Cue:T1 Content:T2", "He said no")[0].content
    'no'
    """
    bound: dict[str, Spans] = {}
    events: list[tuple[str, list[str]]] = []
    for line in ann.splitlines():
        m = _BRAT_LINE.match(line)
        if m is None:  # comments, notes, and continuation lines of multi-line span texts
            continue
        ident, rest = m.groups()
        if ident.startswith("T"):
            bound[ident] = _text_bound_spans(ident, rest, text, article)
        else:
            events.append((ident, rest.split()))
    gold = (_gold_of_event(ident, args, bound, text, article) for ident, args in events if args)
    return [g for g in gold if g is not None]


def _text_bound_spans(ident: str, rest: str, text: str, article: str) -> Spans:
    """The sorted character spans of a ``T`` line ("Label 3 7;9 12<TAB>text")."""
    offsets = rest.split("\t", 1)[0].partition(" ")[2]
    spans = []
    for piece in offsets.split(";"):
        start_char, end_char = (int(x) for x in piece.split())
        if not 0 <= start_char <= end_char <= len(text):
            raise InputError(f"{article}: {ident} span {start_char}-{end_char} is outside the text ({len(text)} chars)")
        spans.append((start_char, end_char))
    return tuple(sorted(spans))


def _gold_of_event(ident: str, args: list[str], bound: dict[str, Spans], text: str, article: str) -> GoldAttribution | None:
    """One ``E`` line as a gold attribution; None when it has no content."""
    kind = args[0].split(":", 1)[0]
    roles: dict[str, list[tuple[int, int]]] = {"Content": [], "Source": [], "Cue": []}
    for arg in args[1:]:
        role, _, ref = arg.partition(":")
        if ref not in bound:
            raise InputError(f"{article}: event {ident} points at {ref}, which the .ann file does not define")
        roles.setdefault(role.rstrip("0123456789"), []).extend(bound[ref])
    if not roles["Content"]:
        return None
    spans_of = {role: tuple(sorted(set(spans))) for role, spans in roles.items()}
    return GoldAttribution(
        article=article,
        event=ident,
        content_spans=spans_of["Content"],
        content=_join(text, spans_of["Content"]),
        source_spans=spans_of["Source"],
        source=_join(text, spans_of["Source"]),
        cue_spans=spans_of["Cue"],
        cue=_join(text, spans_of["Cue"]),
        kind=kind,
    )


def read_article_list(path: str | Path) -> list[str]:
    """Article names from a file: the first tab-separated column of each line, ``#`` comments and
    blank lines skipped (so an ``article<TAB>part`` fold file reads too).

    Raises:
        InputError: the file cannot be read or names no article.
    """
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as err:
        raise InputError(f"cannot read the article list {path}: {err}") from err
    names = [line.split("\t", 1)[0].strip() for line in lines if line.strip() and not line.startswith("#")]
    if not names:
        raise InputError(f"the article list {path} names no article")
    return names


def read_polnear(
    path: str | Path, split: str = "dev", *, limit: int | None = None, articles: Collection[str] | None = None
) -> list[PolnearArticle]:
    """Read one PolNeAR split: each article with the first ``.ann`` file by sorted name.

    Articles without any ``.ann`` file are left out, since their predictions could only
    count as false alarms.

    Args:
        path: the ``polnear`` folder (holding ``dev/`` and ``train/``).
        split: ``"dev"`` or ``"train"``.
        limit: read only the first ``limit`` articles (sorted by name).
        articles: read only these articles (file stems in ``<split>/text/``).

    Raises:
        InputError: the split's ``text`` or ``attributions`` folder is missing, or an article
            named in ``articles`` is not in the split.
    """
    root = Path(path) / split
    text_dir, ann_dir = root / "text", root / "attributions"
    if not text_dir.is_dir() or not ann_dir.is_dir():
        raise InputError(f"no PolNeAR split at {root}: expected {text_dir} and {ann_dir}; pass the 'polnear' folder")
    ann_files: dict[str, Path] = {}
    for ann_path in sorted(ann_dir.glob("*.ann")):
        ann_files.setdefault(ann_path.stem.rsplit("_", 1)[0], ann_path)
    wanted = set(articles) if articles is not None else None
    if wanted is not None:
        unknown = sorted(wanted - {p.stem for p in text_dir.glob("*.txt")})
        if unknown:
            raise InputError(f"{len(unknown)} article(s) not in {text_dir}, e.g. {unknown[0]!r}")
    out = []
    for text_path in sorted(text_dir.glob("*.txt")):
        if limit is not None and len(out) >= limit:
            break
        ann_path = ann_files.get(text_path.stem)
        if ann_path is None or wanted is not None and text_path.stem not in wanted:
            continue
        text = text_path.read_text(encoding="utf-8")
        gold = read_brat(ann_path.read_text(encoding="utf-8"), text, article=text_path.stem)
        out.append(PolnearArticle(text_path.stem, text, tuple(gold), ann_path.name))
    return out


def gold_form(content: str) -> Form:
    """Derive a gold form from content text, since PolNeAR annotates none.

    Direct: after trimming spaces and non-quote punctuation the content starts with an
    opening and ends with a closing quote mark (a split quote, "“A,” “B.”", joined with a
    space, counts as direct). Mixed: it has quote marks otherwise. Indirect: it has none.
    Quote marks are “ ” " and the NYT's doubled apostrophes ''; single quotes are left
    out because they are also apostrophes. Checking only the ends is deliberate: nested
    quotes make an open/close state machine miscount, and this rule reproduces the
    issue's dev counts (406 / 304 / 1,482).

    >>> gold_form("“We will win,”"), gold_form("he would “fix it”"), gold_form("that it rained")
    (<Form.DIRECT: 'direct'>, <Form.MIXED: 'mixed'>, <Form.INDIRECT: 'indirect'>)
    """
    if not any(mark in content for mark in ("“", "”", '"', "''", "``")):
        return Form.INDIRECT
    core = trim_marks(content, keep_quotes=True)
    if len(core) > 1 and core.startswith(OPEN_QUOTES) and core.endswith(CLOSE_QUOTES):
        return Form.DIRECT
    return Form.MIXED


def trim_marks(text: str, *, keep_quotes: bool) -> str:
    """Trim whitespace and punctuation from both ends; quote marks too unless ``keep_quotes``.

    >>> trim_marks(" “Yes,” ", keep_quotes=False), trim_marks(" “Yes,” ", keep_quotes=True)
    ('Yes', '“Yes,”')
    """

    def junk(ch: str) -> bool:
        if ch.isspace():
            return True
        if ch in QUOTE_CHARS:
            return not keep_quotes
        return unicodedata.category(ch).startswith("P")

    i, j = 0, len(text)
    while i < j and junk(text[i]):
        i += 1
    while j > i and junk(text[j - 1]):
        j -= 1
    return text[i:j]


def _join(text: str, spans: Sequence[tuple[int, int]]) -> str:
    return " ".join(text[s:e] for s, e in spans)


# --------------------------------------------------------------------------- the stance set


@dataclass(frozen=True)
class StanceItem:
    """One hand-labelled PolNeAR attribution from the stance set."""

    article: str
    event: str
    content_spans: Spans
    content: str
    cue: str
    source: str
    label: Stance
    hedge_cues: tuple[str, ...] = ()
    confidence: str = "sure"


def read_stance_items(path: str | Path) -> list[StanceItem]:
    """Read the stance JSONL file (see its README for the fields).

    Raises:
        InputError: the file is missing or a line lacks a field.
    """
    path = Path(path)
    if not path.is_file():
        raise InputError(f"no stance file at {path}: expected e.g. ../shared/data/stance/polnear_train_stance.jsonl")
    items = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            items.append(_stance_item(json.loads(line)))
        except (KeyError, ValueError, TypeError) as e:
            raise InputError(f"{path}:{n}: not a stance record ({e!r}); want article, content_spans, content, label") from e
    return items


def _stance_item(r: dict[str, Any]) -> StanceItem:
    return StanceItem(
        article=r["article"],
        event=r.get("event", ""),
        content_spans=tuple(tuple(s) for s in r["content_spans"]),  # type: ignore[misc]
        content=r["content"],
        cue=r.get("cue", ""),
        source=r.get("source", ""),
        label=Stance(r["label"]),
        hedge_cues=tuple(h.lower() for h in r.get("hedge_cues", ())),
        confidence=r.get("confidence", "sure"),
    )
