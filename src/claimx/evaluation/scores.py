"""Counts and the ratios read off them: precision/recall/F1 and accuracy, as frozen pydantic models.

Precision and recall keep separate numerators because per-form scores count matched
predictions by predicted form and matched gold by gold form; spaCy's ``PRFScore`` has a
single ``tp`` and cannot express that.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, computed_field

__all__ = ["Accuracy", "FormScores", "Score", "format_accuracy", "format_score_row"]


class Score(BaseModel):
    """Precision, recall and F1 with their counts.

    >>> Score(matched_pred=3, n_pred=4, matched_gold=3, n_gold=6).f1
    0.6
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


def format_score_row(title: str, s: Score) -> str:
    """One table row: P, R, F1 and the counts behind them."""
    return (
        f"{title:<22}{s.precision:7.3f}{s.recall:7.3f}{s.f1:7.3f}"
        f"   {s.matched_pred:>6}/{s.n_pred:<10}{s.matched_gold:>6}/{s.n_gold}"
    )


def format_accuracy(a: Accuracy) -> str:
    """``0.750 (3/4)``."""
    return f"{a.value:6.3f} ({a.correct}/{a.n})"
