"""Score claimx against PolNeAR attributions.

The scorer is pure (gold + predictions in, report out; no spaCy needed, so the rules are
unit-tested on hand-made data) and :func:`evaluate_polnear` is a thin wrapper that reads
the corpus (:mod:`.corpus`) and runs :func:`claimx.extract_many`.

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
- Gold kind (PolNeAR has none either): a content that states something or one that only
  names the topic of its cue ("balked at the plan"); see :mod:`.kinds`. Recall is given for
  each kind (and for indirect statements), never precision: a prediction has no gold kind.

The matching rules live in :mod:`.matching`, the report in :mod:`.reports`.
:func:`evaluate_stance` is re-exported here because the CLI imports both harnesses
from this module.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Iterable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .. import api
from ..models import Claim, Form
from .corpus import GoldAttribution, PolnearArticle, gold_form, read_polnear
from .errors import polnear_error, write_jsonl
from .kinds import ContentKind, content_kinds
from .matching import Prediction, match_exact, match_lenient, merge_claims, speaker_right
from .reports import FORMS, KIND_GROUPS, PolnearReport
from .scores import Accuracy, FormScores, Score
from .stance import evaluate_stance

if TYPE_CHECKING:
    from spacy.language import Language

__all__ = ["evaluate_polnear", "evaluate_stance", "gold_form", "score_polnear"]


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


class _KindTally:
    """Gold and matched gold per kind group (:data:`~.reports.KIND_GROUPS`), for each figure."""

    FIGURES = ("lenient", "exact", "end_to_end")

    def __init__(self, kinds: Mapping[tuple[str, str], ContentKind]) -> None:
        self.kinds = kinds
        self.gold: Counter[str] = Counter()
        self.matched = {figure: Counter[str]() for figure in self.FIGURES}

    def groups(self, g: GoldAttribution) -> tuple[str, ...]:
        """The groups ``g`` counts in: its kind, and "indirect statement" for an unquoted statement."""
        kind = self.kinds.get((g.article, g.event))
        if kind is None:
            return ()
        if kind is ContentKind.STATEMENT and g.form is Form.INDIRECT:
            return (kind.value, KIND_GROUPS[1])
        return (kind.value,)

    def add(self, gold: Sequence[GoldAttribution], matched: Mapping[str, Iterable[int]]) -> None:
        for g in gold:
            self.gold.update(self.groups(g))
        for figure, indices in matched.items():
            for gi in indices:
                self.matched[figure].update(self.groups(gold[gi]))

    def recall(self) -> dict[str, dict[str, Accuracy]]:
        if not self.kinds:
            return {}
        return {group: {f: Accuracy(correct=self.matched[f][group], n=self.gold[group]) for f in self.FIGURES} for group in KIND_GROUPS}


class _PolnearTally:
    """Everything :func:`score_polnear` counts, article by article; errors only when asked for."""

    def __init__(self, *, keep_errors: bool, kinds: Mapping[tuple[str, str], ContentKind] | None = None) -> None:
        self.lenient, self.exact, self.e2e = _Tally(), _Tally(), _Tally()
        self.by_kind = _KindTally(kinds or {})
        self.speaker_ok: Counter[str] = Counter()
        self.speaker_n: Counter[str] = Counter()
        self.n_claims = self.n_pred = 0
        self.gold_forms: Counter[str] = Counter({f.value: 0 for f in FORMS})
        self.keep_errors = keep_errors
        self.errors: list[dict[str, Any]] = []

    def add(self, article: PolnearArticle, claims: list[Claim]) -> None:
        preds = merge_claims(claims, article=article.name)
        self.n_claims += len(claims)
        self.n_pred += len(preds)
        gold = article.gold
        self.gold_forms.update(g.form.value for g in gold)
        pairs = match_lenient(gold, preds, article.text)
        exact = match_exact(gold, preds, article.text)
        e2e = [(gi, pi) for gi, pi, _ in pairs if speaker_right(gold[gi], preds[pi])]
        self.lenient.add(gold, preds, [(gi, pi) for gi, pi, _ in pairs])
        self.exact.add(gold, preds, exact)
        self.e2e.add(gold, preds, e2e)
        self.by_kind.add(gold, {"lenient": [gi for gi, _, _ in pairs], "exact": [gi for gi, _ in exact], "end_to_end": [gi for gi, _ in e2e]})
        for gi, pi, j in pairs:
            g, p = gold[gi], preds[pi]
            right = speaker_right(g, p)
            if g.source_spans:
                self.speaker_n[g.form.value] += 1
                self.speaker_ok[g.form.value] += right
            if not right and self.keep_errors:
                self.errors.append(polnear_error("speaker_error", article, g.content_spans, g=g, p=p, jaccard=j, gold_kind=self._kind(g)))
        if self.keep_errors:
            self._add_unmatched(article, preds, pairs)

    def _add_unmatched(self, article: PolnearArticle, preds: list[Prediction], pairs: list[tuple[int, int, float]]) -> None:
        matched_gold = {gi for gi, _, _ in pairs}
        matched_pred = {pi for _, pi, _ in pairs}
        self.errors += [
            polnear_error("miss", article, g.content_spans, g=g, gold_kind=self._kind(g)) for gi, g in enumerate(article.gold) if gi not in matched_gold
        ]
        self.errors += [polnear_error("false_alarm", article, p.content_spans, p=p) for pi, p in enumerate(preds) if pi not in matched_pred]

    def _kind(self, g: GoldAttribution) -> str | None:
        kind = self.by_kind.kinds.get((g.article, g.event))
        return kind.value if kind is not None else None

    def report(self, split: str, n_articles: int) -> PolnearReport:
        speaker = {"overall": Accuracy(correct=sum(self.speaker_ok.values()), n=sum(self.speaker_n.values()))}
        speaker.update({f.value: Accuracy(correct=self.speaker_ok[f.value], n=self.speaker_n[f.value]) for f in FORMS})
        return PolnearReport(
            split=split,
            n_articles=n_articles,
            n_gold=sum(self.gold_forms.values()),
            n_pred=self.n_pred,
            n_claims=self.n_claims,
            gold_forms=dict(self.gold_forms),
            lenient=self.lenient.scores(),
            exact=self.exact.scores(),
            end_to_end=self.e2e.scores(),
            speaker=speaker,
            gold_kinds={group: self.by_kind.gold[group] for group in KIND_GROUPS} if self.by_kind.kinds else {},
            kind_recall=self.by_kind.recall(),
        )


def score_polnear(
    articles: Sequence[PolnearArticle],
    predictions: Mapping[str, Sequence[Claim]],
    *,
    split: str = "dev",
    errors_file: str | Path | None = None,
    kinds: Mapping[tuple[str, str], ContentKind] | None = None,
) -> PolnearReport:
    """Score predicted claims against PolNeAR gold with the issue's rules (module docstring).

    Args:
        articles: gold articles, e.g. from :func:`read_polnear`.
        predictions: claims per article name (a missing name means no claims).
        split: recorded in the report.
        errors_file: write misses, false alarms and speaker errors here as JSONL.
        kinds: the kind of each gold content by ``(article, event)``, e.g. from
            :func:`~.kinds.content_kinds`; given, the report has recall per kind.

    Returns:
        A :class:`PolnearReport`.
    """
    tally = _PolnearTally(keep_errors=errors_file is not None, kinds=kinds)
    for article in articles:
        tally.add(article, list(predictions.get(article.name, ())))
    if errors_file is not None:
        write_jsonl(errors_file, sorted(tally.errors, key=lambda e: (e["article"], e["start"], e["type"])))
    return tally.report(split, len(articles))


def evaluate_polnear(
    path: str | Path,
    *,
    split: str = "dev",
    nlp: Language | None = None,
    errors_file: str | Path | None = None,
    limit: int | None = None,
    articles: Collection[str] | None = None,
) -> PolnearReport:
    """Run claimx over a PolNeAR split and score it (see the module docstring for the rules).

    Args:
        path: the ``polnear`` folder (holding ``dev/`` and ``train/``).
        split: which split to read.
        nlp: the pipeline for :func:`claimx.extract_many`; None means the default.
        errors_file: write misses, false alarms and speaker errors here as JSONL.
        limit: only the first ``limit`` articles, for quick runs.
        articles: only these articles of the split (file stems), e.g. an untouched sample
            read by :func:`claimx.evaluation.corpus.read_article_list`.

    Returns:
        A :class:`PolnearReport`.

    Raises:
        InputError: the split folder is missing.

    >>> report = evaluate_polnear("../shared/data/polnear", limit=5)  # doctest: +SKIP
    >>> print(report.format_table())  # doctest: +SKIP
    """
    gold = read_polnear(path, split, limit=limit, articles=articles)
    # The default pipeline loads only here, so the scorers need no model.
    claims = list(api.extract_many([a.text for a in gold], nlp=nlp))
    kinds = content_kinds(gold, api.resolve_nlp(nlp))
    return score_polnear(gold, {a.name: c for a, c in zip(gold, claims)}, split=split, errors_file=errors_file, kinds=kinds)
