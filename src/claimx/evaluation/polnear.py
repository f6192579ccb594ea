"""Measure claimx against PolNeAR attributions and the PolNeAR stance set.

Two harnesses, each split into a pure scorer (gold + predictions in, report out; no
spaCy needed, so the rules are unit-tested on hand-made data) and a thin ``evaluate_*``
wrapper that reads the corpus and runs :func:`claimx.extract_many`.

PolNeAR (Newell, Margolin and Ruths 2018, "An Attribution Relations Corpus for
Political News", LREC) annotates Source, Cue and Content of every attribution as brat
standoff. The scoring rules below are fixed by the project issue so that our figures
are comparable to a published peer table; do not "improve" them silently:

- *lenient*: one-to-one matching of content spans whose whitespace-token Jaccard is
  >= 0.5. The assignment is greedy by best Jaccard (ties: gold order, then prediction
  order), not a maximum-weight assignment: it is deterministic, needs no solver, and
  with a 0.5 threshold the two rarely differ.
- *exact*: same content after trimming spaces, punctuation and quote marks from each
  piece (one-to-one, within an article).
- *speaker*: among lenient pairs whose gold has a Source, the predicted
  ``claim.speaker.mention`` overlaps a gold Source span (accuracy).
- *end-to-end*: lenient content match and right speaker. For a gold attribution with
  no Source (``Attribution-no-source``) the speaker counts as right only when the
  prediction has no speaker mention either.
- A quote split by its attribution ("“A,” he said. “B.”") is one gold attribution with
  two content pieces, so predicted claims sharing one cue are merged before scoring.
- Gold form (PolNeAR has none) is derived from the content text; see :func:`gold_form`.
  On dev this gives 406 direct, 304 mixed and 1,482 indirect of 2,192 attributions.
"""

from __future__ import annotations

import bisect
import functools

import json
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from pydantic import BaseModel, ConfigDict, computed_field

from .. import api
from ..errors import InputError
from ..models import Claim, Form, Stance

if TYPE_CHECKING:
    from spacy.language import Language

__all__ = [
    "Accuracy",
    "FormScores",
    "GoldAttribution",
    "PolnearArticle",
    "PolnearReport",
    "Prediction",
    "ResolutionReport",
    "Score",
    "StanceItem",
    "StancePrediction",
    "StanceReport",
    "StanceScore",
    "best_claim",
    "evaluate_polnear",
    "evaluate_stance",
    "expected_speaker_name",
    "gold_form",
    "jaccard",
    "match_exact",
    "match_hedge_cues",
    "match_lenient",
    "merge_claims",
    "read_brat",
    "read_polnear",
    "read_stance_items",
    "score_polnear",
    "score_stance",
    "trim_content",
]

JACCARD_THRESHOLD = 0.5
FORMS = (Form.DIRECT, Form.MIXED, Form.INDIRECT)
STANCE_LABELS = (Stance.ALLEGATION, Stance.DENIAL, Stance.HEDGE, Stance.ASSERTION)
UNCOVERED = "none"  # the "predicted label" of a stance item no claim covers
CONTEXT_CHARS = 100  # on each side of a span in error dumps (~200 chars of context)
# Quote marks as PolNeAR's publishers write them; the NYT doubles apostrophes ('') instead of ".
QUOTE_CHARS = frozenset("“”\"'‘’«»`„")
OPEN_QUOTES = ("“", '"', "''", "``", "«")
CLOSE_QUOTES = ("”", '"', "''", "»")
PRONOUNS = frozenset({"he", "she"})
# Capitalised words that can open a run of capitalised words without being part of the
# name: sentence openers, titles and roles ("But", "Mr.", "House Speaker", "White House").
_NAME_PREFIXES = frozenset(
    "the a an and but or so as if in on at by for of to with from after before while when since because then yet "
    "also though although meanwhile however mr. mrs. ms. miss dr. sen. rep. gov. gen. lt. col. sgt. prof. rev. "
    "president former first lady republican republicans democrat democratic democrats gop presidential vice "
    "secretary senator sen congressman congresswoman governor mayor candidate nominee attorney general speaker "
    "house senate white press majority minority leader chairman chairwoman chair spokesman spokeswoman director "
    "chief judge justice ambassador u.s. us state some another many other several most all few both".split()
)
_GROUP_WORDS = frozenset("republicans democrats americans conservatives liberals officials voters".split())
_ORG_WORDS = frozenset(
    "court council committee house department party campaign times post news university center institute association "
    "union commission agency bureau office service foundation club group administration senate congress network "
    "press journal magazine poll company inc. corp. fund".split()
)
_PREPOSITIONS = frozenset("for of at with to by from about".split())
_BRAT_LINE = re.compile(r"^([TE]\d+)\t(.*)$")
_NAME_TOKEN = r"(?:[A-Z][\w.'’-]*)"
_INITIAL = re.compile(r"^[A-Z]\.$")


# --------------------------------------------------------------------------- reading PolNeAR


@dataclass(frozen=True)
class GoldAttribution:
    """One PolNeAR attribution event with a content span; pieces are in document order."""

    article: str
    event: str
    content_spans: tuple[tuple[int, int], ...]
    content: str
    source_spans: tuple[tuple[int, int], ...] = ()
    source: str = ""
    cue_spans: tuple[tuple[int, int], ...] = ()
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
    bound: dict[str, tuple[str, tuple[tuple[int, int], ...]]] = {}
    events: list[tuple[str, list[str]]] = []
    for line in ann.splitlines():
        m = _BRAT_LINE.match(line)
        if m is None:  # comments, notes, and continuation lines of multi-line span texts
            continue
        ident, rest = m.groups()
        if ident.startswith("T"):
            label, _, offsets = rest.split("\t", 1)[0].partition(" ")
            spans = []
            for piece in offsets.split(";"):
                start_char, end_char = (int(x) for x in piece.split())
                if not 0 <= start_char <= end_char <= len(text):
                    raise InputError(f"{article}: {ident} span {start_char}-{end_char} is outside the text ({len(text)} chars)")
                spans.append((start_char, end_char))
            bound[ident] = (label, tuple(sorted(spans)))
        else:
            events.append((ident, rest.split()))
    gold = []
    for ident, args in events:
        if not args:
            continue
        kind = args[0].split(":", 1)[0]
        roles: dict[str, list[tuple[int, int]]] = {"Content": [], "Source": [], "Cue": []}
        for arg in args[1:]:
            role, _, ref = arg.partition(":")
            if ref not in bound:
                raise InputError(f"{article}: event {ident} points at {ref}, which the .ann file does not define")
            roles.setdefault(role.rstrip("0123456789"), []).extend(bound[ref][1])
        if not roles["Content"]:
            continue
        spans_of = {role: tuple(sorted(set(spans))) for role, spans in roles.items()}
        gold.append(
            GoldAttribution(
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
        )
    return gold


def read_polnear(path: str | Path, split: str = "dev", *, limit: int | None = None) -> list[PolnearArticle]:
    """Read one PolNeAR split: each article with the first ``.ann`` file by sorted name.

    Articles without any ``.ann`` file are left out, since their predictions could only
    count as false alarms.

    Args:
        path: the ``polnear`` folder (holding ``dev/`` and ``train/``).
        split: ``"dev"`` or ``"train"``.
        limit: read only the first ``limit`` articles (sorted by name).

    Raises:
        InputError: the split's ``text`` or ``attributions`` folder is missing.
    """
    root = Path(path) / split
    text_dir, ann_dir = root / "text", root / "attributions"
    if not text_dir.is_dir() or not ann_dir.is_dir():
        raise InputError(f"no PolNeAR split at {root}: expected {text_dir} and {ann_dir}; pass the 'polnear' folder")
    ann_files: dict[str, Path] = {}
    for ann_path in sorted(ann_dir.glob("*.ann")):
        ann_files.setdefault(ann_path.stem.rsplit("_", 1)[0], ann_path)
    articles = []
    for text_path in sorted(text_dir.glob("*.txt")):
        if limit is not None and len(articles) >= limit:
            break
        ann_path = ann_files.get(text_path.stem)
        if ann_path is None:
            continue
        text = text_path.read_text(encoding="utf-8")
        gold = read_brat(ann_path.read_text(encoding="utf-8"), text, article=text_path.stem)
        articles.append(PolnearArticle(text_path.stem, text, tuple(gold), ann_path.name))
    return articles


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
    core = _strip(content, keep_quotes=True)
    if len(core) > 1 and core.startswith(OPEN_QUOTES) and core.endswith(CLOSE_QUOTES):
        return Form.DIRECT
    return Form.MIXED


# --------------------------------------------------------------------------- predictions


@dataclass(frozen=True)
class Prediction:
    """A predicted attribution: one claim, or several claims that share a cue, merged."""

    article: str
    content_spans: tuple[tuple[int, int], ...]
    content: str
    form: Form
    speaker_spans: tuple[tuple[int, int], ...] = ()
    speaker_name: str | None = None
    speaker_mention: str | None = None
    claims: tuple[Claim, ...] = field(default=(), compare=False)

    @property
    def start(self) -> int:
        return self.content_spans[0][0]

    @property
    def end(self) -> int:
        return self.content_spans[-1][1]


def merge_claims(claims: Iterable[Claim], *, article: str = "") -> list[Prediction]:
    """Merge claims sharing a cue into one prediction each, as PolNeAR does for split quotes.

    Claims with the same ``cue.start``/``cue.end`` (cue not None) become one prediction
    whose pieces are the claims' spans in document order, joined with a space. Its
    speaker is the first claim's (in extraction order); its form is the shared form, or
    mixed when the parts disagree. Claims without a cue stay single.

    >>> from claimx.models import Mention
    >>> cue = Mention(text="said", start=10, end=14)
    >>> a = Claim(text="A,", start=1, end=3, form=Form.DIRECT, cue=cue)
    >>> b = Claim(text="B.", start=17, end=19, form=Form.DIRECT, cue=cue)
    >>> merge_claims([a, b])[0].content
    'A, B.'
    """
    groups: dict[Any, list[Claim]] = {}
    for n, claim in enumerate(claims):
        key = (claim.cue.start, claim.cue.end) if claim.cue is not None else ("single", n)
        groups.setdefault(key, []).append(claim)
    predictions = []
    for parts in groups.values():
        ordered = sorted(parts, key=lambda c: (c.start, c.end))
        forms = {c.form for c in parts}
        first = parts[0]
        mention = first.speaker.mention if first.speaker is not None else None
        predictions.append(
            Prediction(
                article=article,
                content_spans=tuple((c.start, c.end) for c in ordered),
                content=" ".join(c.text for c in ordered),
                form=forms.pop() if len(forms) == 1 else Form.MIXED,
                speaker_spans=((mention.start, mention.end),) if mention is not None else (),
                speaker_name=first.speaker.name if first.speaker is not None else None,
                speaker_mention=mention.text if mention is not None else None,
                claims=tuple(parts),
            )
        )
    predictions.sort(key=lambda p: (p.start, p.end))
    return predictions


# --------------------------------------------------------------------------- matching


def jaccard(a: str, b: str) -> float:
    """Jaccard similarity of the whitespace-token sets of two texts (0.0 if either is empty).

    Tokens are not normalised, as the issue specifies: '“We' and 'We' differ.

    >>> jaccard("a b c", "b c d")
    0.5
    """
    ta, tb = _tokens(a), _tokens(b)
    if not ta or not tb:
        return 0.0
    return len(ta & tb) / len(ta | tb)


def _tokens(text: str) -> set[str]:
    """Whitespace tokens, unnormalised, per the issue. Quote marks and commas stay on the
    words, so a direct quote needs 6+ tokens to match its unquoted claim text (n-2 shared
    of n+2); change the rule here, in one place, if the issue changes."""
    return set(text.split())


def _lenient_ok(a: str, b: str) -> bool:
    """Jaccard >= 0.5 in integers, so the threshold edge is not at the mercy of floats."""
    ta, tb = _tokens(a), _tokens(b)
    return bool(ta and tb) and 2 * len(ta & tb) >= len(ta | tb)


def span_tokens(text: str, spans: Iterable[tuple[int, int]]) -> frozenset[int]:
    """Indices of the whitespace tokens of ``text`` that the character spans touch.

    Scoring spans this way compares *where* the content is, so a claim that leaves out its
    enclosing quote marks ("We" inside the token "“We") still covers the same tokens.
    """
    starts, ends = _token_bounds(text)
    out: set[int] = set()
    for lo, hi in spans:
        first = bisect.bisect_right(ends, lo)
        last = bisect.bisect_left(starts, hi)
        out.update(range(first, last))
    return frozenset(out)


@functools.lru_cache(maxsize=8)
def _token_bounds(text: str) -> tuple[list[int], list[int]]:
    bounds = [m.span() for m in re.finditer(r"\S+", text)]
    return [b[0] for b in bounds], [b[1] for b in bounds]


def _set_jaccard(a: frozenset[int], b: frozenset[int]) -> tuple[bool, float]:
    if not a or not b:
        return False, 0.0
    inter, union = len(a & b), len(a | b)
    return 2 * inter >= union, inter / union


def match_lenient(
    gold: Sequence[GoldAttribution], predictions: Sequence[Prediction], text: str | None = None
) -> list[tuple[int, int, float]]:
    """One-to-one lenient matching within an article: greedy by best Jaccard.

    With the article ``text``, Jaccard is over the article's whitespace tokens that each
    side's spans touch (see :func:`span_tokens`); without it, over the two content strings'
    own whitespace tokens.

    Returns:
        ``(gold_index, prediction_index, jaccard)`` triples, in gold order.
    """
    candidates = []
    if text is not None:
        gold_sets = [span_tokens(text, g.content_spans) for g in gold]
        pred_sets = [span_tokens(text, p.content_spans) for p in predictions]
        for gi, gs in enumerate(gold_sets):
            for pi, ps in enumerate(pred_sets):
                ok, j = _set_jaccard(gs, ps)
                if ok:
                    candidates.append((-j, gi, pi))
    for gi, g in enumerate(gold if text is None else ()):
        for pi, p in enumerate(predictions):
            if _lenient_ok(g.content, p.content):
                candidates.append((-jaccard(g.content, p.content), gi, pi))
    candidates.sort()
    used_gold: set[int] = set()
    used_pred: set[int] = set()
    pairs = []
    for neg_j, gi, pi in candidates:
        if gi not in used_gold and pi not in used_pred:
            used_gold.add(gi)
            used_pred.add(pi)
            pairs.append((gi, pi, -neg_j))
    return sorted(pairs)


def trim_content(pieces: Iterable[str]) -> str:
    """The exact-match key: each piece trimmed of spaces, punctuation and quote marks, joined by a space.

    >>> trim_content(["“A,”", "“B.”"])
    'A B'
    """
    kept = [_strip(p, keep_quotes=False) for p in pieces]
    return " ".join(" ".join(kept).split())


def match_exact(gold: Sequence[GoldAttribution], predictions: Sequence[Prediction], text: str) -> list[tuple[int, int]]:
    """One-to-one exact matching within an article on :func:`trim_content` keys.

    Returns:
        ``(gold_index, prediction_index)`` pairs; equal keys pair up in document order.
    """
    free: dict[str, list[int]] = {}
    for pi, p in enumerate(predictions):
        key = trim_content(text[s:e] for s, e in p.content_spans)
        if key:
            free.setdefault(key, []).append(pi)
    pairs = []
    for gi, g in enumerate(gold):
        waiting = free.get(trim_content(text[s:e] for s, e in g.content_spans))
        if waiting:
            pairs.append((gi, waiting.pop(0)))
    return pairs


def _speaker_right(g: GoldAttribution, p: Prediction) -> bool:
    """Predicted mention overlaps a gold Source; with no gold Source, right only if none is predicted."""
    if not g.source_spans:
        return not p.speaker_spans
    return any(ps < ge and gs < pe for ps, pe in p.speaker_spans for gs, ge in g.source_spans)


# --------------------------------------------------------------------------- speaker resolution


def expected_speaker_name(g: GoldAttribution, article: PolnearArticle) -> tuple[str, str] | None:
    """The full name a pronoun or bare-surname gold Source should resolve to, if simply derivable.

    - Surname (one capitalised token, e.g. "Trump"): the nearest preceding run of
      capitalised words in the article ending in that surname with at least two tokens
      once titles and words like "The", "Mr.", "President" are dropped ("Donald Trump").
    - "he"/"she": the nearest preceding gold Source that is itself a multi-word name
      (all capitalised words, optionally followed by a comma and an appositive), or a
      surname that resolves by the rule above.
    Anything else (organisations, "who", "the official", plural pronouns) is skipped.
    This is a heuristic yardstick for ``claim.speaker.name``, not a coreference gold.

    Returns:
        ``(kind, name)`` with kind ``"surname"`` or ``"pronoun"``, or None.
    """
    if not g.source_spans:
        return None
    source = g.source.strip()
    if source.lower() in PRONOUNS:
        before = [o for o in article.gold if o.source_spans and o.source_spans[0][0] < g.source_spans[0][0]]
        for other in sorted(before, key=lambda o: o.source_spans[0][0], reverse=True):
            name = _person_name(other.source) or _resolve_surname(other.source, other.source_spans[0][0], article.text)
            if name:
                return ("pronoun", name)
        return None
    name = _resolve_surname(source, g.source_spans[0][0], article.text)
    return ("surname", name) if name else None


def _resolve_surname(source: str, start_char: int, text: str) -> str | None:
    """Nearest preceding multi-token capitalised name ending in ``source`` (a single capitalised token)."""
    if (
        len(source.split()) != 1
        or not re.fullmatch(_NAME_TOKEN, source)
        or source.isupper()  # acronyms: "RT", "FBI"
        or source.lower() in PRONOUNS | _GROUP_WORDS
    ):
        return None
    # Spaces only: a name does not run across lines.
    pattern = re.compile(rf"\b(?:{_NAME_TOKEN}[ \t]+)+{re.escape(source)}\b")
    best = None
    for m in pattern.finditer(text, 0, start_char):
        name = _name_tail(m.group(0).split())
        if len(name) >= 2 and not _ORG_WORDS.intersection(t.lower() for t in name):
            best = " ".join(name)
    return best


def _person_name(source: str) -> str | None:
    """The name in a Source like "Josh Earnest", "Rep. Adam Schiff (D-Calif.)", "Kenneth Baer, a former official".

    The part before the first comma or parenthesis must end in 2-4 capitalised words,
    preceded by nothing or by role words ("White House spokesman") but not by a
    preposition ("a spokesman for Donald Trump" names the spokesman, not Trump).
    """
    head = re.split(r"[,(]", source, maxsplit=1)[0].split()
    k = len(head)
    while k > 0 and re.fullmatch(_NAME_TOKEN, head[k - 1]):
        k -= 1
    if k > 0 and head[k - 1].lower() in _PREPOSITIONS:
        return None
    tokens = _name_tail(head[k:])
    if 2 <= len(tokens) <= 4 and not _ORG_WORDS.intersection(t.lower() for t in tokens) and not any(ch.isdigit() for ch in "".join(tokens)):
        return " ".join(tokens)
    return None


def _name_tail(tokens: list[str]) -> list[str]:
    """Drop what precedes the name in a capitalised run: a sentence end, titles, roles, acronyms."""
    for k in range(len(tokens) - 2, -1, -1):
        word = tokens[k]
        ends_sentence = word.endswith(".") and not _INITIAL.match(word) and word.lower() not in _NAME_PREFIXES
        possessive = word.endswith(("’s", "'s"))  # "NBC’s Dante Chinni"
        if ends_sentence or possessive or word.lower() in _NAME_PREFIXES or (word.isupper() and word.isalpha() and len(word) > 1):
            tokens = tokens[k + 1 :]
            break
    if tokens and tokens[-1].endswith(("’s", "'s")):  # "Donald Trump’s"
        tokens = tokens[:-1] + [tokens[-1][:-2]]
    return tokens


# --------------------------------------------------------------------------- report models


class Score(BaseModel):
    """Precision, recall and F1 with their counts.

    Precision and recall keep separate numerators because per-form scores count matched
    predictions by predicted form and matched gold by gold form; spaCy's ``PRFScore``
    has a single ``tp`` and cannot express that.
    """

    model_config = ConfigDict(frozen=True)

    matched_pred: int = 0
    n_pred: int = 0
    matched_gold: int = 0
    n_gold: int = 0

    @computed_field  # type: ignore[prop-decorator]
    @property
    def precision(self) -> float:
        return self.matched_pred / self.n_pred if self.n_pred else 0.0

    @computed_field  # type: ignore[prop-decorator]
    @property
    def recall(self) -> float:
        return self.matched_gold / self.n_gold if self.n_gold else 0.0

    @computed_field  # type: ignore[prop-decorator]
    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


class Accuracy(BaseModel):
    """``correct`` out of ``n``."""

    model_config = ConfigDict(frozen=True)

    correct: int = 0
    n: int = 0

    @computed_field  # type: ignore[prop-decorator]
    @property
    def value(self) -> float:
        return self.correct / self.n if self.n else 0.0


class FormScores(BaseModel):
    """A score overall and per form (gold form for recall, predicted form for precision)."""

    model_config = ConfigDict(frozen=True)

    overall: Score
    by_form: dict[str, Score]


class ResolutionReport(BaseModel):
    """How often ``claim.speaker.name`` equals or contains the derived full name (see :func:`expected_speaker_name`)."""

    model_config = ConfigDict(frozen=True)

    surname_equal: Accuracy
    surname_contains: Accuracy
    pronoun_equal: Accuracy
    pronoun_contains: Accuracy


class PolnearReport(BaseModel):
    """PolNeAR attribution scores; :meth:`format_table` prints them, :meth:`to_dict` is JSON-ready."""

    model_config = ConfigDict(frozen=True)

    split: str
    n_articles: int
    n_gold: int
    n_pred: int
    n_claims: int
    gold_forms: dict[str, int]
    lenient: FormScores
    exact: FormScores
    end_to_end: FormScores
    speaker: dict[str, Accuracy]
    resolution: ResolutionReport

    @computed_field  # type: ignore[prop-decorator]
    @property
    def direct_lenient_f1(self) -> float:
        return self.lenient.by_form[Form.DIRECT.value].f1

    def to_dict(self) -> dict[str, Any]:
        return self.model_dump(mode="json")

    def format_table(self) -> str:
        forms = ", ".join(f"{self.gold_forms[f.value]} {f.value}" for f in FORMS)
        lines = [
            f"PolNeAR {self.split}: {self.n_articles} articles, {self.n_gold} gold attributions ({forms})",
            f"{self.n_pred} predictions ({self.n_claims} claims before merging claims that share a cue)",
            "",
            f"{'':22}{'P':>7}{'R':>7}{'F1':>7}   matched pred/pred  matched gold/gold",
        ]
        for title, scores in (("lenient (J>=0.5)", self.lenient), ("exact", self.exact), ("end-to-end", self.end_to_end)):
            lines.append(_score_row(title, scores.overall))
            lines.extend(_score_row(f"  {f.value}", scores.by_form[f.value]) for f in FORMS)
        lines += ["", f"direct quotes lenient F1: {self.direct_lenient_f1:.3f}", "", "speaker accuracy (lenient pairs with a gold Source):"]
        lines.extend(f"  {k:<20}{_acc(v)}" for k, v in self.speaker.items())
        res = self.resolution
        lines += [
            "",
            "speaker resolution (claim.speaker.name vs derived full name; lenient pairs):",
            f"  surname  equal {_acc(res.surname_equal)}   contains {_acc(res.surname_contains)}",
            f"  he/she   equal {_acc(res.pronoun_equal)}   contains {_acc(res.pronoun_contains)}",
        ]
        return "\n".join(lines)


def _score_row(title: str, s: Score) -> str:
    return (
        f"{title:<22}{s.precision:7.3f}{s.recall:7.3f}{s.f1:7.3f}"
        f"   {s.matched_pred:>6}/{s.n_pred:<10}{s.matched_gold:>6}/{s.n_gold}"
    )


def _acc(a: Accuracy) -> str:
    return f"{a.value:6.3f} ({a.correct}/{a.n})"


# --------------------------------------------------------------------------- PolNeAR scoring


class _Tally:
    """Running counts for one figure: matched/total predictions and gold, overall and per form."""

    def __init__(self) -> None:
        self.pred: Counter[str] = Counter()
        self.pred_ok: Counter[str] = Counter()
        self.gold: Counter[str] = Counter()
        self.gold_ok: Counter[str] = Counter()

    def add(self, gold: Sequence[GoldAttribution], predictions: Sequence[Prediction], pairs: Iterable[tuple[int, int]]) -> None:
        for g in gold:
            self.gold[g.form.value] += 1
        for p in predictions:
            self.pred[p.form.value] += 1
        for gi, pi in pairs:
            self.gold_ok[gold[gi].form.value] += 1
            self.pred_ok[predictions[pi].form.value] += 1

    def scores(self) -> FormScores:
        by_form = {
            f.value: Score(matched_pred=self.pred_ok[f.value], n_pred=self.pred[f.value], matched_gold=self.gold_ok[f.value], n_gold=self.gold[f.value])
            for f in FORMS
        }
        overall = Score(
            matched_pred=sum(self.pred_ok.values()),
            n_pred=sum(self.pred.values()),
            matched_gold=sum(self.gold_ok.values()),
            n_gold=sum(self.gold.values()),
        )
        return FormScores(overall=overall, by_form=by_form)


def score_polnear(
    articles: Sequence[PolnearArticle],
    predictions: Mapping[str, Sequence[Claim]],
    *,
    split: str = "dev",
    errors_file: str | Path | None = None,
) -> PolnearReport:
    """Score predicted claims against PolNeAR gold with the issue's rules (module docstring).

    Args:
        articles: gold articles, e.g. from :func:`read_polnear`.
        predictions: claims per article name (a missing name means no claims).
        split: recorded in the report.
        errors_file: write misses, false alarms and speaker errors here as JSONL.

    Returns:
        A :class:`PolnearReport`.
    """
    lenient, exact, e2e = _Tally(), _Tally(), _Tally()
    speaker_ok: Counter[str] = Counter()
    speaker_n: Counter[str] = Counter()
    res: Counter[str] = Counter()
    n_claims = n_pred = 0
    gold_forms: Counter[str] = Counter({f.value: 0 for f in FORMS})
    errors: list[dict[str, Any]] = []
    for article in articles:
        claims = list(predictions.get(article.name, ()))
        preds = merge_claims(claims, article=article.name)
        n_claims += len(claims)
        n_pred += len(preds)
        gold = article.gold
        gold_forms.update(g.form.value for g in gold)
        pairs = match_lenient(gold, preds, article.text)
        lenient.add(gold, preds, [(gi, pi) for gi, pi, _ in pairs])
        exact.add(gold, preds, match_exact(gold, preds, article.text))
        e2e.add(gold, preds, [(gi, pi) for gi, pi, _ in pairs if _speaker_right(gold[gi], preds[pi])])
        for gi, pi, j in pairs:
            g, p = gold[gi], preds[pi]
            right = _speaker_right(g, p)
            if g.source_spans:
                speaker_n[g.form.value] += 1
                speaker_ok[g.form.value] += right
                _tally_resolution(res, g, p, article)
            if not right and errors_file is not None:
                errors.append(_error("speaker_error", article, g.content_spans, g=g, p=p, jaccard=j))
        if errors_file is not None:
            matched_gold = {gi for gi, _, _ in pairs}
            matched_pred = {pi for _, pi, _ in pairs}
            errors += [_error("miss", article, g.content_spans, g=g) for gi, g in enumerate(gold) if gi not in matched_gold]
            errors += [_error("false_alarm", article, p.content_spans, p=p) for pi, p in enumerate(preds) if pi not in matched_pred]
    if errors_file is not None:
        _write_jsonl(errors_file, sorted(errors, key=lambda e: (e["article"], e["start"], e["type"])))
    speaker = {"overall": Accuracy(correct=sum(speaker_ok.values()), n=sum(speaker_n.values()))}
    speaker.update({f.value: Accuracy(correct=speaker_ok[f.value], n=speaker_n[f.value]) for f in FORMS})
    return PolnearReport(
        split=split,
        n_articles=len(articles),
        n_gold=sum(gold_forms.values()),
        n_pred=n_pred,
        n_claims=n_claims,
        gold_forms=dict(gold_forms),
        lenient=lenient.scores(),
        exact=exact.scores(),
        end_to_end=e2e.scores(),
        speaker=speaker,
        resolution=ResolutionReport(
            surname_equal=Accuracy(correct=res["surname_equal"], n=res["surname"]),
            surname_contains=Accuracy(correct=res["surname_contains"], n=res["surname"]),
            pronoun_equal=Accuracy(correct=res["pronoun_equal"], n=res["pronoun"]),
            pronoun_contains=Accuracy(correct=res["pronoun_contains"], n=res["pronoun"]),
        ),
    )


def _tally_resolution(res: Counter[str], g: GoldAttribution, p: Prediction, article: PolnearArticle) -> None:
    expected = expected_speaker_name(g, article)
    if expected is None:
        return
    kind, name = expected
    predicted = (p.speaker_name or "").casefold()
    res[kind] += 1
    res[f"{kind}_equal"] += predicted == name.casefold()
    res[f"{kind}_contains"] += name.casefold() in predicted


def evaluate_polnear(
    path: str | Path,
    *,
    split: str = "dev",
    nlp: Language | None = None,
    errors_file: str | Path | None = None,
    limit: int | None = None,
) -> PolnearReport:
    """Run claimx over a PolNeAR split and score it (see the module docstring for the rules).

    Args:
        path: the ``polnear`` folder (holding ``dev/`` and ``train/``).
        split: which split to read.
        nlp: the pipeline for :func:`claimx.extract_many`; None means the default.
        errors_file: write misses, false alarms and speaker errors here as JSONL.
        limit: only the first ``limit`` articles, for quick runs.

    Returns:
        A :class:`PolnearReport`.

    Raises:
        InputError: the split folder is missing.

    >>> report = evaluate_polnear("../shared/data/polnear", limit=5)  # doctest: +SKIP
    >>> print(report.format_table())  # doctest: +SKIP
    """
    articles = read_polnear(path, split, limit=limit)
    claims = _extract_all([a.text for a in articles], nlp)
    return score_polnear(articles, {a.name: c for a, c in zip(articles, claims)}, split=split, errors_file=errors_file)


def _extract_all(texts: Sequence[str], nlp: Language | None) -> list[list[Claim]]:
    """claimx over all texts (the default pipeline loads only here, so scorers need no model)."""
    return list(api.extract_many(texts, nlp=nlp))


# --------------------------------------------------------------------------- errors dump


def _error(
    kind: str,
    article: PolnearArticle,
    spans: Sequence[tuple[int, int]],
    *,
    g: GoldAttribution | None = None,
    p: Prediction | None = None,
    jaccard: float | None = None,
) -> dict[str, Any]:
    start_char, end_char = spans[0][0], spans[-1][1]
    text = article.text
    record: dict[str, Any] = {"type": kind, "article": article.name, "start": start_char, "end": end_char}
    if g is not None:
        record.update(
            gold_event=g.event,
            gold_form=g.form.value,
            gold_spans=[list(s) for s in g.content_spans],
            gold_content=g.content,
            gold_source=g.source or None,
            gold_source_spans=[list(s) for s in g.source_spans],
            gold_cue=g.cue or None,
        )
    if p is not None:
        record.update(
            pred_form=p.form.value,
            pred_spans=[list(s) for s in p.content_spans],
            pred_content=p.content,
            pred_speaker=p.speaker_name,
            pred_speaker_mention=p.speaker_mention,
            pred_speaker_spans=[list(s) for s in p.speaker_spans],
            pred_cue=p.claims[0].cue.text if p.claims and p.claims[0].cue is not None else None,
        )
    if jaccard is not None:
        record["jaccard"] = round(jaccard, 3)
    lo, hi = start_char, end_char
    for s, e in (g.source_spans if g else ()) + (p.speaker_spans if p else ()):
        lo, hi = min(lo, s), max(hi, e)
    record["context"] = (
        text[max(0, lo - CONTEXT_CHARS) : start_char] + "⟦" + text[start_char:end_char] + "⟧" + text[end_char : hi + CONTEXT_CHARS]
    )
    return record


def _write_jsonl(target: str | Path | IO[str], records: Iterable[Mapping[str, Any]]) -> None:
    if hasattr(target, "write"):
        for r in records:
            target.write(json.dumps(r, ensure_ascii=False) + "\n")  # type: ignore[union-attr]
        return
    with Path(target).open("w", encoding="utf-8") as out:  # type: ignore[arg-type]
        for r in records:
            out.write(json.dumps(r, ensure_ascii=False) + "\n")


# --------------------------------------------------------------------------- stance


@dataclass(frozen=True)
class StanceItem:
    """One hand-labelled PolNeAR attribution from the stance set."""

    article: str
    event: str
    content_spans: tuple[tuple[int, int], ...]
    content: str
    cue: str
    source: str
    label: Stance
    hedge_cues: tuple[str, ...] = ()
    confidence: str = "sure"


@dataclass(frozen=True)
class StancePrediction:
    """A predicted label and hedge cues for one item (``stance`` None: no claim covers the item)."""

    stance: Stance | None
    hedge_cues: tuple[str, ...] = ()
    evidence: tuple[str, ...] = ()


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
            r = json.loads(line)
            items.append(
                StanceItem(
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
            )
        except (KeyError, ValueError, TypeError) as e:
            raise InputError(f"{path}:{n}: not a stance record ({e!r}); want article, content_spans, content, label") from e
    return items


class StanceScore(BaseModel):
    """Stance metrics over a set of items; ``confusion[gold][predicted]`` counts."""

    model_config = ConfigDict(frozen=True)

    n: int
    accuracy: float
    per_label: dict[str, Score]
    macro_f1: float
    confusion: dict[str, dict[str, int]]
    hedge_cues: Score


class StanceReport(BaseModel):
    """End-to-end (claimx on the article) and classifier-alone stance scores."""

    model_config = ConfigDict(frozen=True)

    n_items: int
    coverage: float
    end_to_end_covered: StanceScore
    end_to_end_all: StanceScore
    classifier: StanceScore

    def to_dict(self) -> dict[str, Any]:
        return self.model_dump(mode="json")

    def format_table(self) -> str:
        covered = self.end_to_end_covered.n
        blocks = [
            f"Stance: {self.n_items} items; claimx covers {covered} ({self.coverage:.1%}) with an overlapping claim",
            "",
            _stance_block(f"end-to-end, covered items only (n={covered})", self.end_to_end_covered),
            _stance_block(f"end-to-end, all items; uncovered count as wrong (n={self.n_items})", self.end_to_end_all),
            _stance_block(f"classifier alone: classify_text(content, cue, source) (n={self.classifier.n})", self.classifier),
        ]
        return "\n".join(blocks)


def _stance_block(title: str, s: StanceScore) -> str:
    lines = [title, f"  accuracy {s.accuracy:.3f}   macro-F1 {s.macro_f1:.3f}", f"  {'':12}{'P':>7}{'R':>7}{'F1':>7}{'gold':>6}{'pred':>6}"]
    for label, sc in s.per_label.items():
        lines.append(f"  {label:<12}{sc.precision:7.3f}{sc.recall:7.3f}{sc.f1:7.3f}{sc.n_gold:6}{sc.n_pred:6}")
    h = s.hedge_cues
    lines.append(f"  {'hedge cues':<12}{h.precision:7.3f}{h.recall:7.3f}{h.f1:7.3f}{h.n_gold:6}{h.n_pred:6}")
    columns = [lbl.value for lbl in STANCE_LABELS] + ([UNCOVERED] if any(UNCOVERED in row for row in s.confusion.values()) else [])
    lines.append("  confusion (rows gold, columns predicted):")
    lines.append("  " + " " * 12 + "".join(f"{c[:10]:>11}" for c in columns))
    for gold_label, row in s.confusion.items():
        lines.append(f"  {gold_label:<12}" + "".join(f"{row.get(c, 0):>11}" for c in columns))
    return "\n".join(lines) + "\n"


def match_hedge_cues(gold: Sequence[str], predicted: Sequence[str]) -> int:
    """How many predicted cues match a gold cue one-to-one (lowercase multisets).

    A match is equality, or one cue containing the other as whole words ("may" ~ "may
    have"). Equal pairs are taken first so containment cannot steal them.

    >>> match_hedge_cues(["may", "believes"], ["may have", "believes", "could"])
    2
    """
    gold_left = [x.lower().strip() for x in gold]
    pred_left = []
    matched = 0
    for cue in (x.lower().strip() for x in predicted):
        if cue in gold_left:
            gold_left.remove(cue)
            matched += 1
        else:
            pred_left.append(cue)
    for cue in pred_left:
        for g in gold_left:
            if _contains_words(g, cue) or _contains_words(cue, g):
                gold_left.remove(g)
                matched += 1
                break
    return matched


def _contains_words(longer: str, shorter: str) -> bool:
    return bool(shorter) and re.search(rf"(?<!\w){re.escape(shorter)}(?!\w)", longer) is not None


def score_stance(items: Sequence[StanceItem], predictions: Sequence[StancePrediction | None]) -> StanceScore:
    """Accuracy, per-label P/R/F1, macro-F1 over the 4 labels, confusion and hedge-cue P/R/F1.

    A prediction with ``stance`` None (no claim covers the item) counts as wrong, is a
    false negative for the gold label, and is a column ``"none"`` in the confusion
    matrix. Hedge cues are micro-averaged over items.
    """
    if len(items) != len(predictions):
        raise ValueError(f"{len(items)} items but {len(predictions)} predictions; pass one prediction per item")
    labels = [lbl.value for lbl in STANCE_LABELS]
    confusion = {lbl: dict.fromkeys(labels, 0) for lbl in labels}
    gold_n: Counter[str] = Counter()
    pred_n: Counter[str] = Counter()
    tp: Counter[str] = Counter()
    hedge: Counter[str] = Counter()
    for item, pred in zip(items, predictions):
        gold_label = item.label.value
        pred_label = Stance(pred.stance).value if pred is not None and pred.stance is not None else UNCOVERED
        confusion[gold_label][pred_label] = confusion[gold_label].get(pred_label, 0) + 1
        gold_n[gold_label] += 1
        pred_n[pred_label] += 1
        tp[gold_label] += gold_label == pred_label
        cues = pred.hedge_cues if pred is not None else ()
        hedge["matched"] += match_hedge_cues(item.hedge_cues, cues)
        hedge["gold"] += len(item.hedge_cues)
        hedge["pred"] += len(cues)
    per_label = {
        lbl: Score(matched_pred=tp[lbl], n_pred=pred_n[lbl], matched_gold=tp[lbl], n_gold=gold_n[lbl]) for lbl in labels
    }
    return StanceScore(
        n=len(items),
        accuracy=sum(tp.values()) / len(items) if items else 0.0,
        per_label=per_label,
        macro_f1=sum(s.f1 for s in per_label.values()) / len(labels),
        confusion=confusion,
        hedge_cues=Score(matched_pred=hedge["matched"], n_pred=hedge["pred"], matched_gold=hedge["matched"], n_gold=hedge["gold"]),
    )


def best_claim(item: StanceItem, claims: Sequence[Claim]) -> Claim | None:
    """The claim with the largest character overlap with the item's content spans (first on ties), or None."""
    best, best_overlap = None, 0
    for claim in claims:
        overlap = sum(max(0, min(e, claim.end) - max(s, claim.start)) for s, e in item.content_spans)
        if overlap > best_overlap:
            best, best_overlap = claim, overlap
    return best


def evaluate_stance(
    path: str | Path,
    *,
    polnear_path: str | Path | None = None,
    nlp: Language | None = None,
    errors_file: str | Path | None = None,
) -> StanceReport:
    """Score claimx's stance end to end and its classifier alone on the hand-labelled stance set.

    End to end: claimx runs once per article (``<polnear_path>/train/text/<article>.txt``)
    and each item takes the claim overlapping its content most; coverage is the share of
    items with any overlapping claim. Scores are given on covered items and on all items
    (uncovered = wrong). Classifier alone: ``claimx.classify_stance(content, cue,
    source, nlp=nlp)`` on the gold spans' texts.

    Args:
        path: the stance JSONL file.
        polnear_path: the ``polnear`` folder; default ``Path(path).parent.parent / "polnear"``.
        nlp: the pipeline for extraction and the classifier; None means the default.
        errors_file: write wrongly labelled items (gold vs both predictions) here as JSONL.

    Raises:
        InputError: the stance file or an article text is missing.

    >>> print(evaluate_stance("../shared/data/stance/polnear_train_stance.jsonl").format_table())  # doctest: +SKIP
    """
    items = read_stance_items(path)
    polnear = Path(polnear_path) if polnear_path is not None else Path(path).parent.parent / "polnear"
    names = list(dict.fromkeys(item.article for item in items))
    texts = []
    for name in names:
        text_path = polnear / "train" / "text" / f"{name}.txt"
        if not text_path.is_file():
            raise InputError(f"no article text at {text_path}; pass polnear_path= the 'polnear' folder")
        texts.append(text_path.read_text(encoding="utf-8"))
    claims_of = dict(zip(names, _extract_all(texts, nlp)))

    covering = [best_claim(item, claims_of[item.article]) for item in items]
    e2e = [StancePrediction(c.stance, c.hedge_cues, c.evidence) if c is not None else None for c in covering]
    clf = []
    for item in items:
        result = api.classify_stance(item.content, item.cue, item.source, nlp=nlp)
        clf.append(StancePrediction(Stance(result.stance), tuple(result.hedge_cues), tuple(result.evidence)))

    covered = [i for i, p in enumerate(e2e) if p is not None]
    report = StanceReport(
        n_items=len(items),
        coverage=len(covered) / len(items) if items else 0.0,
        end_to_end_covered=score_stance([items[i] for i in covered], [e2e[i] for i in covered]),
        end_to_end_all=score_stance(items, e2e),
        classifier=score_stance(items, clf),
    )
    if errors_file is not None:
        _write_jsonl(errors_file, _stance_errors(items, e2e, clf, covering))
    return report


def _stance_errors(
    items: Sequence[StanceItem],
    e2e: Sequence[StancePrediction | None],
    clf: Sequence[StancePrediction],
    covering: Sequence[Claim | None],
) -> Iterator[dict[str, Any]]:
    for item, pe, pc, claim in zip(items, e2e, clf, covering):
        e2e_label = pe.stance.value if pe is not None and pe.stance is not None else UNCOVERED
        if e2e_label == item.label.value and pc.stance == item.label and pe is not None:
            continue
        yield {
            "article": item.article,
            "event": item.event,
            "gold": item.label.value,
            "end_to_end": e2e_label,
            "classifier": pc.stance.value if pc.stance is not None else None,
            "confidence": item.confidence,
            "content": item.content,
            "cue": item.cue,
            "source": item.source,
            "gold_hedge_cues": list(item.hedge_cues),
            "end_to_end_hedge_cues": list(pe.hedge_cues) if pe is not None else [],
            "classifier_hedge_cues": list(pc.hedge_cues),
            "end_to_end_evidence": list(pe.evidence) if pe is not None else [],
            "classifier_evidence": list(pc.evidence),
            "claim": claim.text if claim is not None else None,
        }


# --------------------------------------------------------------------------- helpers


def _join(text: str, spans: Sequence[tuple[int, int]]) -> str:
    return " ".join(text[s:e] for s, e in spans)


def _strip(text: str, *, keep_quotes: bool) -> str:
    """Trim whitespace and punctuation from both ends; quote marks too unless ``keep_quotes``."""

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
