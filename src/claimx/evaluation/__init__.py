"""Measuring claimx: PolNeAR attribution (:mod:`.polnear`) and the stance set (:mod:`.stance`).

Modules by concern: :mod:`.corpus` reads the gold data, :mod:`.matching` pairs
predictions with gold, :mod:`.scores` and :mod:`.reports` hold the report models,
:mod:`.errors` writes the errors dump, :mod:`.kinds` tells a gold statement from a gold topic
("balked at the plan") so recall is given for each; :mod:`.speakers` scores speaker resolution against
the hand-resolved speaker gold (``claimx evaluate speakers``).
"""

from __future__ import annotations

from .corpus import GoldAttribution, PolnearArticle, StanceItem, gold_form, read_brat, read_polnear, read_stance_items
from .matching import (
    Prediction,
    StancePrediction,
    best_claim,
    jaccard,
    match_exact,
    match_hedge_cues,
    match_lenient,
    merge_claims,
    span_tokens,
    trim_content,
)
from .polnear import evaluate_polnear, score_polnear
from .reports import PolnearReport, StanceReport, StanceScore
from .scores import Accuracy, FormScores, Score
from .stance import evaluate_stance, score_stance

__all__ = [
    "Accuracy",
    "FormScores",
    "GoldAttribution",
    "PolnearArticle",
    "PolnearReport",
    "Prediction",
    "Score",
    "StanceItem",
    "StancePrediction",
    "StanceReport",
    "StanceScore",
    "best_claim",
    "evaluate_polnear",
    "evaluate_stance",
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
    "span_tokens",
    "trim_content",
]
