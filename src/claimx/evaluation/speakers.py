"""Score ``Speaker.name`` and ``Speaker.kind`` against hand-resolved source mentions (issue 14).

The gold (``polnear_dev_speakers.jsonl``, README beside it) gives every PolNeAR dev source
mention with the fullest name of its referent as written in the article, and its kind. A
gold mention is *found* when a claim's ``speaker.mention`` overlaps it; among found ones:

- *name* is right, for a named referent, when ``Speaker.name`` equals ``canonical``
  ignoring case, punctuation and titles, or holds every word of it ("Donald J. Trump" for
  "Donald Trump"); a bare surname is wrong when the article gives the full name. For an
  unnamed referent (``canonical`` null) it is right when the name invents no proper name:
  every capitalised word of it is a word of the mention itself ("a senior official" stays
  "senior official", never "Jane Doe").
- *kind* is right when ``Speaker.kind`` is the gold kind under :data:`GOLD_KINDS`.

Mentions are typed from their own words (no parser, so the type never depends on the
model): *pronoun*, *one word* (a single capitalised word after "the"), *name* (every
content word capitalised), else *description*.
"""

from __future__ import annotations

import json
import re
import string
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from pydantic import BaseModel

from .. import api
from ..models import Claim, SpeakerKind

__all__ = [
    "GOLD_KINDS",
    "GoldSpeaker",
    "SpeakerReport",
    "evaluate_speakers",
    "mention_type",
    "name_matches",
    "read_folds",
    "read_speaker_gold",
    "score_speakers",
]

# the gold's kinds in claimx's terms: "other" holds polls, reports, documents, e-mails
GOLD_KINDS = {
    "person": SpeakerKind.PERSON,
    "organization": SpeakerKind.ORGANIZATION,
    "group": SpeakerKind.GROUP,
    "anonymous": SpeakerKind.ANONYMOUS,
    "other": SpeakerKind.DOCUMENT,
}
MENTION_TYPES = ("pronoun", "one word", "description", "name")
PRONOUNS = frozenset(
    "he she it they i we you him her them us me who whom which that this these those one"
    " his its their our my".split()
)
# titles and honorifics a name may carry that the fair comparison ignores
NAME_NOISE = frozenset(
    "mr mrs ms miss dr sen rep gov gen prof president senator sir lord lady dame rev the".split()
)
_FUNCTION_WORDS = frozenset("of and for the de la von van der du al bin y".split())
_PUNCT = re.compile(rf"[{re.escape(string.punctuation)}“”‘’—–]")


@dataclass(frozen=True)
class GoldSpeaker:
    """One hand-resolved source mention."""

    article: str
    start: int
    end: int
    mention: str
    kind: str
    canonical: str | None


def read_speaker_gold(path: str | Path) -> list[GoldSpeaker]:
    """The gold file's rows, in file order."""
    rows = []
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        if line.strip():
            r = json.loads(line)
            rows.append(GoldSpeaker(r["article"], r["start"], r["end"], r["mention"], r["kind"], r["canonical"]))
    return rows


def read_folds(path: str | Path) -> dict[str, str]:
    """``article<TAB>part`` rows (``#`` comments) as ``{article: part}``."""
    parts = {}
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            article, _, part = line.partition("\t")
            parts[article.strip()] = part.strip()
    return parts


def _words(text: str) -> list[str]:
    return _PUNCT.sub(" ", text.replace("'s", " ").replace("’s", " ")).split()


def mention_type(mention: str) -> str:
    """pronoun, one word, name or description, from the mention's words alone.

    >>> [mention_type(m) for m in ("He", "Podesta", "John Podesta", "the newspaper")]
    ['pronoun', 'one word', 'name', 'description']
    """
    words = _words(mention)
    if len(words) == 1 and words[0].lower() in PRONOUNS:
        return "pronoun"
    if words and words[0].lower() == "the":
        words = words[1:]
    if not words:
        return "description"
    if len(words) == 1:
        return "one word" if words[0][0].isupper() else "description"
    content = [w for w in words if w.lower() not in _FUNCTION_WORDS]
    return "name" if content and all(w[0].isupper() for w in content) else "description"


def _norm(text: str) -> list[str]:
    return [w for w in (x.casefold() for x in _words(text)) if w not in NAME_NOISE]


def name_matches(predicted: str | None, canonical: str | None, mention: str) -> bool:
    """The fair comparison of the gold README (see the module docstring for null canonicals).

    >>> name_matches("Donald J. Trump", "Donald Trump", "he"), name_matches("Trump", "Donald Trump", "Trump")
    (True, False)
    """
    if predicted is None:
        return False
    if canonical is None:
        own = {w.casefold() for w in _words(mention)}
        return all(w.casefold() in own for w in _words(predicted) if w[0].isupper())
    want, got = _norm(canonical), _norm(predicted)
    return bool(want) and (got == want or set(want) <= set(got))


class _Cell(BaseModel):
    n: int = 0
    found: int = 0
    name_ok: int = 0
    kind_ok: int = 0


class SpeakerReport(BaseModel):
    """Per mention type: gold count, found, right names and kinds; a kind confusion."""

    label: str
    cells: dict[str, _Cell]
    confusion: dict[str, dict[str, int]]

    def to_dict(self) -> dict[str, Any]:
        return self.model_dump(mode="json")

    def format_table(self) -> str:
        lines = [f"speaker resolution: {self.label}", f"  {'type':<12}{'n':>6}{'found':>8}{'name':>8}{'kind':>8}"]
        for t, c in self.cells.items():
            f = max(c.found, 1)
            lines.append(f"  {t:<12}{c.n:>6}{c.found / max(c.n, 1):>8.3f}{c.name_ok / f:>8.3f}{c.kind_ok / f:>8.3f}")
        kinds = sorted({k for row in self.confusion.values() for k in row})
        lines += ["", f"  kind confusion (gold rows, predicted columns; found mentions)", "  " + " " * 14 + "".join(f"{k[:12]:>13}" for k in kinds)]
        for gold_kind, row in sorted(self.confusion.items()):
            lines.append(f"  {gold_kind:<14}" + "".join(f"{row.get(k, 0):>13}" for k in kinds))
        return "\n".join(lines)


def _best_claim(g: GoldSpeaker, claims: Sequence[Claim]) -> Claim | None:
    best, best_overlap = None, 0
    for c in claims:
        m = c.speaker.mention if c.speaker is not None else None
        if m is not None and m.start < g.end and g.start < m.end:
            overlap = min(m.end, g.end) - max(m.start, g.start)
            if overlap > best_overlap:
                best, best_overlap = c, overlap
    return best


def score_speakers(
    gold: Iterable[GoldSpeaker], claims: Mapping[str, Sequence[Claim]], *, label: str = "all", errors: list[dict[str, Any]] | None = None
) -> SpeakerReport:
    """Score the claims of each article (``{article: claims}``) against the gold mentions.

    Args:
        gold: the gold mentions to score (articles missing from ``claims`` count as not found).
        claims: each article's claims.
        label: what the report says it covers ("tuning", "held-out").
        errors: if given, each wrong or missed mention is appended to it as a dict.
    """
    cells = {t: _Cell() for t in (*MENTION_TYPES, "overall")}
    confusion: dict[str, Counter[str]] = {}
    for g in gold:
        t = mention_type(g.mention)
        for key in (t, "overall"):
            cells[key].n += 1
        claim = _best_claim(g, claims.get(g.article, ()))
        speaker = claim.speaker if claim is not None else None
        if speaker is None:
            if errors is not None:
                errors.append(_error_row(g, t, None, "missed"))
            continue
        name_ok = name_matches(speaker.name, g.canonical, g.mention)
        kind_ok = speaker.kind == GOLD_KINDS[g.kind]
        for key in (t, "overall"):
            cells[key].found += 1
            cells[key].name_ok += name_ok
            cells[key].kind_ok += kind_ok
        confusion.setdefault(g.kind, Counter())[speaker.kind.value] += 1
        if errors is not None and not (name_ok and kind_ok):
            errors.append(_error_row(g, t, claim, "name" if not name_ok else "kind"))
    return SpeakerReport(label=label, cells=cells, confusion={k: dict(v) for k, v in confusion.items()})


def _error_row(g: GoldSpeaker, t: str, claim: Claim | None, problem: str) -> dict[str, Any]:
    speaker = claim.speaker if claim is not None else None
    return {
        "problem": problem,
        "article": g.article,
        "start": g.start,
        "end": g.end,
        "mention": g.mention,
        "type": t,
        "gold_canonical": g.canonical,
        "gold_kind": g.kind,
        "pred_name": speaker.name if speaker else None,
        "pred_kind": speaker.kind.value if speaker else None,
        "pred_mention": speaker.mention.text if speaker and speaker.mention else None,
        "pred_id": speaker.id if speaker else None,
    }


def write_errors(target: str | Path | IO[str], rows: Iterable[Mapping[str, Any]]) -> None:
    """Rows as JSONL to a path or an open text stream."""
    lines = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
    if isinstance(target, (str, Path)):
        Path(target).write_text(lines, encoding="utf-8")
    else:
        target.write(lines)


class SpeakerReports(BaseModel):
    """The reports of one run: all mentions, and each fold part when a fold file is given."""

    reports: list[SpeakerReport]

    def format_table(self) -> str:
        return "\n\n".join(r.format_table() for r in self.reports)


def evaluate_speakers(
    path: str | Path,
    *,
    polnear: str | Path | None = None,
    folds: str | Path | None = None,
    part: str | None = None,
    nlp: Any = None,
    errors_file: str | Path | None = None,
) -> SpeakerReports:
    """Run claimx over the gold's articles and score its speakers.

    Args:
        path: the gold JSONL.
        polnear: the PolNeAR folder; default ``<gold folder>/../polnear``.
        folds: an ``article<TAB>part`` file; each part is then reported on its own.
        part: score only this part of ``folds`` ("tuning" or "heldout").
        nlp: the pipeline; None means claimx's default.
        errors_file: write wrong and missed mentions here (JSONL).
    """
    gold = read_speaker_gold(path)
    parts = read_folds(folds) if folds is not None else {}
    if part is not None:
        if not parts:
            raise ValueError("--part needs a folds file (article<TAB>part rows)")
        gold = [g for g in gold if parts.get(g.article) == part]
    root = Path(polnear) if polnear is not None else Path(path).resolve().parent.parent / "polnear"
    articles = sorted({g.article for g in gold})
    texts = [(root / "dev" / "text" / f"{a}.txt").read_text(encoding="utf-8") for a in articles]
    claims = dict(zip(articles, api.extract_many(texts, nlp=nlp)))
    return report_speakers(gold, claims, parts=parts, part=part, errors_file=errors_file)


def report_speakers(
    gold: Sequence[GoldSpeaker],
    claims: Mapping[str, Sequence[Claim]],
    *,
    parts: Mapping[str, str],
    part: str | None = None,
    errors_file: str | Path | None = None,
) -> SpeakerReports:
    """The reports for ``gold``: one per fold part (tuning labelled as such), then all."""
    errors: list[dict[str, Any]] = []
    reports = []
    names = [part] if part is not None else sorted(set(parts.values()), reverse=True)
    for name in names:
        subset = [g for g in gold if parts.get(g.article) == name]
        label = f"{name} part ({len({g.article for g in subset})} articles)" + (" - a TUNING figure" if name == "tuning" else "")
        reports.append(score_speakers(subset, claims, label=label, errors=errors if name == "tuning" or part else None))
    if part is None:
        reports.append(score_speakers(gold, claims, label=f"all ({len({g.article for g in gold})} articles)", errors=None if parts else errors))
    if errors_file is not None:
        write_errors(errors_file, errors)
    return SpeakerReports(reports=reports)
