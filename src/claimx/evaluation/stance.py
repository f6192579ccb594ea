"""Score claimx's stance on the hand-labelled PolNeAR stance set.

:func:`score_stance` is pure (items and predictions in, a score out), so its rules are
unit-tested on hand-made data; :func:`evaluate_stance` reads the articles, runs
:func:`claimx.extract_many` once per article and :func:`claimx.classify_stance` once per
item.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from .. import api
from ..errors import InputError
from ..models import Claim, Stance
from .corpus import StanceItem, read_stance_items
from .errors import stance_errors, write_jsonl
from .matching import StancePrediction, best_claim, match_hedge_cues
from .reports import STANCE_LABELS, UNCOVERED, StanceReport, StanceScore
from .scores import Score

if TYPE_CHECKING:
    from spacy.language import Language

__all__ = ["evaluate_stance", "score_stance"]


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
    claims_of = _claims_per_article(items, polnear, nlp)
    covering = [best_claim(item, claims_of[item.article]) for item in items]
    e2e = [StancePrediction(c.stance, c.hedge_cues, c.evidence) if c is not None else None for c in covering]
    clf = [_classify_alone(item, nlp) for item in items]
    covered = [i for i, p in enumerate(e2e) if p is not None]
    report = StanceReport(
        n_items=len(items),
        coverage=len(covered) / len(items) if items else 0.0,
        end_to_end_covered=score_stance([items[i] for i in covered], [e2e[i] for i in covered]),
        end_to_end_all=score_stance(items, e2e),
        classifier=score_stance(items, clf),
    )
    if errors_file is not None:
        write_jsonl(errors_file, stance_errors(items, e2e, clf, covering))
    return report


def _claims_per_article(items: Sequence[StanceItem], polnear: Path, nlp: Language | None) -> dict[str, list[Claim]]:
    """claimx once over each article the items come from (the default pipeline loads only here)."""
    names = list(dict.fromkeys(item.article for item in items))
    texts = []
    for name in names:
        text_path = polnear / "train" / "text" / f"{name}.txt"
        if not text_path.is_file():
            raise InputError(f"no article text at {text_path}; pass polnear_path= the 'polnear' folder")
        texts.append(text_path.read_text(encoding="utf-8"))
    return dict(zip(names, api.extract_many(texts, nlp=nlp)))


def _classify_alone(item: StanceItem, nlp: Language | None) -> StancePrediction:
    result = api.classify_stance(item.content, item.cue, item.source, nlp=nlp)
    return StancePrediction(Stance(result.stance), tuple(result.hedge_cues), tuple(result.evidence))
