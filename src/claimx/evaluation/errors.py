"""The errors dump: misses, false alarms and wrong speakers (PolNeAR) or wrong labels (stance), as JSONL.

Each record carries the gold and the prediction side by side with ~200 characters of
context, the span marked ⟦…⟧, so errors can be studied without reopening the corpus.
Figures read off items whose errors were studied are tuning figures.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import IO, Any

from ..models import Claim
from .corpus import GoldAttribution, PolnearArticle, StanceItem
from .matching import Prediction, StancePrediction
from .reports import UNCOVERED

__all__ = ["CONTEXT_CHARS", "polnear_error", "stance_errors", "write_jsonl"]

CONTEXT_CHARS = 100  # on each side of a span in error dumps (~200 chars of context)


def polnear_error(
    kind: str,
    article: PolnearArticle,
    spans: Sequence[tuple[int, int]],
    *,
    g: GoldAttribution | None = None,
    p: Prediction | None = None,
    jaccard: float | None = None,
    gold_kind: str | None = None,
) -> dict[str, Any]:
    """One record: ``kind`` ("miss", "false_alarm", "speaker_error") at ``spans``, with whichever sides exist.

    ``gold_kind`` is the gold content's kind (:mod:`.kinds`), recorded when known.
    """
    start_char, end_char = spans[0][0], spans[-1][1]
    record: dict[str, Any] = {"type": kind, "article": article.name, "start": start_char, "end": end_char}
    if g is not None:
        record.update(_gold_fields(g))
        if gold_kind is not None:
            record["gold_kind"] = gold_kind
    if p is not None:
        record.update(_prediction_fields(p))
    if jaccard is not None:
        record["jaccard"] = round(jaccard, 3)
    record["context"] = _context(article.text, start_char, end_char, g, p)
    return record


def _gold_fields(g: GoldAttribution) -> dict[str, Any]:
    return {
        "gold_event": g.event,
        "gold_form": g.form.value,
        "gold_spans": [list(s) for s in g.content_spans],
        "gold_content": g.content,
        "gold_source": g.source or None,
        "gold_source_spans": [list(s) for s in g.source_spans],
        "gold_cue": g.cue or None,
    }


def _prediction_fields(p: Prediction) -> dict[str, Any]:
    return {
        "pred_form": p.form.value,
        "pred_spans": [list(s) for s in p.content_spans],
        "pred_content": p.content,
        "pred_speaker": p.speaker_name,
        "pred_speaker_mention": p.speaker_mention,
        "pred_speaker_spans": [list(s) for s in p.speaker_spans],
        "pred_cue": p.claims[0].cue.text if p.claims and p.claims[0].cue is not None else None,
    }


def _context(text: str, start_char: int, end_char: int, g: GoldAttribution | None, p: Prediction | None) -> str:
    """The span marked ⟦…⟧, widened to show the gold Source and the predicted speaker too."""
    lo, hi = start_char, end_char
    for s, e in (g.source_spans if g else ()) + (p.speaker_spans if p else ()):
        lo, hi = min(lo, s), max(hi, e)
    return text[max(0, lo - CONTEXT_CHARS) : start_char] + "⟦" + text[start_char:end_char] + "⟧" + text[end_char : hi + CONTEXT_CHARS]


def stance_errors(
    items: Sequence[StanceItem],
    e2e: Sequence[StancePrediction | None],
    clf: Sequence[StancePrediction],
    covering: Sequence[Claim | None],
) -> Iterator[dict[str, Any]]:
    """Items that end to end or the classifier alone got wrong (uncovered items count as wrong)."""
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


def write_jsonl(target: str | Path | IO[str], records: Iterable[Mapping[str, Any]]) -> None:
    """Write one JSON object a line (UTF-8, not ASCII-escaped) to a path or an open text file."""
    if hasattr(target, "write"):
        for r in records:
            target.write(json.dumps(r, ensure_ascii=False) + "\n")  # type: ignore[union-attr]
        return
    with Path(target).open("w", encoding="utf-8") as out:  # type: ignore[arg-type]
        for r in records:
            out.write(json.dumps(r, ensure_ascii=False) + "\n")
