"""The reports the harnesses return: JSON-ready (:meth:`to_dict`) and printable (:meth:`format_table`)."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field, computed_field

from ..models import Form, Stance
from .scores import Accuracy, FormScores, Score, format_accuracy, format_score_row

__all__ = ["FORMS", "KIND_GROUPS", "STANCE_LABELS", "UNCOVERED", "PolnearReport", "StanceReport", "StanceScore"]

FORMS = (Form.DIRECT, Form.MIXED, Form.INDIRECT)
# Gold groups by content kind (claimx.evaluation.kinds): statements, the unquoted ones among
# them (the indirect recall without the topics), and topics.
KIND_GROUPS = ("statement", "indirect statement", "topic")
STANCE_LABELS = (Stance.ALLEGATION, Stance.DENIAL, Stance.HEDGE, Stance.ASSERTION)
UNCOVERED = "none"  # the "predicted label" of a stance item no claim covers


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
    # Empty when the scorer was given no kinds (claimx.evaluation.kinds).
    gold_kinds: dict[str, int] = Field(default_factory=dict)
    kind_recall: dict[str, dict[str, Accuracy]] = Field(default_factory=dict)

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
            lines.append(format_score_row(title, scores.overall))
            lines.extend(format_score_row(f"  {f.value}", scores.by_form[f.value]) for f in FORMS)
        lines += ["", f"direct quotes lenient F1: {self.direct_lenient_f1:.3f}", "", "speaker accuracy (lenient pairs with a gold Source):"]
        lines.extend(f"  {k:<20}{format_accuracy(v)}" for k, v in self.speaker.items())
        if self.kind_recall:
            lines += ["", "recall by gold content kind (statement: a clause, quote or infinitive; topic: a bare noun phrase etc.):"]
            lines.append(f"  {'':20}{'gold':>6}{'lenient':>18}{'exact':>18}{'end-to-end':>18}")
            for group, figures in self.kind_recall.items():
                cells = "".join(f"{format_accuracy(a):>18}" for a in figures.values())
                lines.append(f"  {group:<20}{self.gold_kinds.get(group, 0):>6}{cells}")
        return "\n".join(lines)


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
