"""Stance from a linear model that reads the rules' decision, the cue and the content's parse.

The rules in this package were written against 400 items and fit them (0.91 macro-F1
there, about 0.63 on held-out articles, issue 15). This module keeps them as evidence and lets a
multinomial logistic regression, trained on 2,100 labelled PolNeAR attributions
(``scripts/train_stance.py``), weigh them against the cue lemma and class, the content's words
and a few parse facts around the content's root (negation, modal, first person, question,
condition); a name is read only as its kind ("word:<person>", never the name itself). Features
are named in plain words ("rule:denial", "cue:deny", "word:never"), so the
strongest ones become the claim's ``evidence``; ``confidence`` is the model's probability after
temperature scaling (Guo et al. 2017, *On Calibration of Modern Neural Networks*).
``hedge_cues`` stay the rules' words as written, and ``target`` the rules' accused or denied
party, kept only when the model agrees on allegation or denial.

Inference is plain Python over the shipped weights (``stance_model.json`` next to this module): no scikit-learn,
no network. Without weights (a broken install) loading raises ``LexiconError``.
"""

from __future__ import annotations

import functools
import json
import math
from collections.abc import Mapping
from dataclasses import dataclass
from importlib.resources import files
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span, Token

from ...errors import LexiconError
from ...labels import StanceModelWordKind
from ...lexicons import Lexicons, lemma_of, load_lexicon, make_lexicons
from ...models import Stance
from .inputs import StanceInputs, candidate_inputs, decide_inputs, parsed_text_inputs
from .signals import StanceDecision

if TYPE_CHECKING:
    from spacy.language import Language

    from ..attribution.detect import Candidate

__all__ = ["MODEL_FILE", "MODEL_PATH", "MODEL_RULE", "StanceModel", "classify_candidate", "classify_text", "load_stance_model", "stance_features"]

MODEL_FILE = "stance_model.json"
MODEL_RULE = "stance.model"  # a model decision's ``rule``: the model decided, over the rules' signals
MODEL_PATH = files("claimx.extraction.stance") / MODEL_FILE  # ships in the wheel with the code
_MODEL_WORDS = load_lexicon("stance_model_words")  # the words the features test, as trained
_NEGATIONS = frozenset(w for w, kind in _MODEL_WORDS.items() if kind == StanceModelWordKind.NEGATIVE)
_FIRST_PERSON = frozenset(w for w, kind in _MODEL_WORDS.items() if kind == StanceModelWordKind.FIRST_PERSON)
_SECOND_PERSON = frozenset(w for w, kind in _MODEL_WORDS.items() if kind == StanceModelWordKind.SECOND_PERSON)
_CONDITION_MARKS = frozenset(w for w, kind in _MODEL_WORDS.items() if kind == StanceModelWordKind.CONDITION)
_QUOTE_MARKS = "\"“”«»„"  # double marks only: a single one is also an apostrophe
_LEXICON_CLASSES = ("hedges", "denials", "allegations", "stance_words")
_EVIDENCE_SIZE = 3  # strongest features named in ``evidence``
_EVIDENCE_SKIP = ("bias", "len:")  # features that say nothing readable about why
# a name's placeholder by entity type; a proper noun outside these is "<propn>"
_NAME_PLACEHOLDERS = {"PERSON": "<person>", "ORG": "<org>", "GPE": "<place>", "LOC": "<place>", "FAC": "<place>", "NORP": "<group>"}
_PROPER_TAGS = ("NNP", "NNPS")
_NAME_JOINERS = ("-", "–", "/")  # punctuation inside a phrase, after which a capital still marks a name


# ---------------------------------------------------------------------------- features


def _lemma(token: Token) -> str:
    """The lemma with curly apostrophes made straight, so "’d" and "'d" are one feature."""
    return lemma_of(token).replace("’", "'")


def name_placeholder(token: Token) -> str | None:
    """The placeholder for a proper name ("<person>", "<org>", "<place>", "<group>", "<propn>"), else None.

    Names never become features: a weight on "word:<surname>" or "pair:against_<party>" keys the
    decision to the people and topics of the training articles and means nothing in other news;
    what kind of name stands there (a person, a body, a place) is the part that generalises.
    """
    proper = token.pos_ == "PROPN" or token.tag_ in _PROPER_TAGS
    if not proper and token.is_stop:
        return None  # "the", "of" inside "the Board of Trade" are no part of the name's identity
    placeholder = _NAME_PLACEHOLDERS.get(token.ent_type_)
    if placeholder is None and not proper and token.text[:1].isupper():
        return _written_as_name(token)
    return placeholder if placeholder is not None else ("<propn>" if proper else None)


def _written_as_name(token: Token) -> str | None:
    """A capitalised word the tagger took for a common one ("anti-Kovac", "Kovac" opening a
    sentence): a name if capitalised mid-sentence, or, where any sentence starts capitalised, if
    the article writes the same word as a name elsewhere (that occurrence's placeholder)."""
    prev = token.doc[token.i - 1] if token.i > 0 else None
    starts = prev is None or bool(token.is_sent_start) or prev.is_space or (prev.is_punct and prev.text not in _NAME_JOINERS)
    if not starts:
        return "<propn>"
    for other in token.doc:
        if other.i != token.i and other.text == token.text and (other.pos_ == "PROPN" or other.ent_type_ in _NAME_PLACEHOLDERS):
            return _NAME_PLACEHOLDERS.get(other.ent_type_, "<propn>")
    return None


def _word(token: Token) -> str:
    """The token as a feature word: a name's placeholder, "<num>" for a number, else the lemma."""
    return name_placeholder(token) or ("<num>" if token.like_num else _lemma(token))


def stance_features(inputs: StanceInputs, rule: StanceDecision, lexicons: Lexicons) -> dict[str, float]:
    """The model's features for one claim: the rules' decision, the cue, the content's words and parse.

    Binary features named ``kind:value``. The same function serves training and inference, so
    what the model learnt is what it reads at run time.
    """
    feats: dict[str, float] = {"bias": 1.0}
    skip = {t.i for t in inputs.cue if t.doc is inputs.content.doc}
    _rule_features(feats, rule)
    _cue_features(feats, inputs, lexicons)
    _content_features(feats, inputs.content, skip, lexicons)
    _conjunctions(feats, inputs, rule)
    return feats


def _conjunctions(feats: dict[str, float], inputs: StanceInputs, rule: StanceDecision) -> None:
    """Pairs a linear model cannot form itself: a negated clause means denial only with the
    right subject and cue ("I never said" vs "he would not run")."""
    cue_class = inputs.cue_label or "none"
    feats[f"cue_class:{cue_class}&rule:{rule.stance.value}"] = 1.0
    negated = "root:negated" in feats or "parse:negation" in feats
    if negated:
        feats[f"negation&cue_class:{cue_class}"] = 1.0
        for name in ("root_subject:first_person", "root_subject:name", "root_tense:past", "root_tense:present", "parse:quoted"):
            if name in feats:
                feats[f"negation&{name.split(':', 1)[1]}"] = 1.0
    for name in [k for k in feats if k.startswith("lex:allegations=")]:
        if "root_subject:name" in feats or "root_subject:first_person" in feats:
            subject = "first_person" if "root_subject:first_person" in feats else "name"
            feats[f"{name}&subject:{subject}"] = 1.0


def _rule_features(feats: dict[str, float], rule: StanceDecision) -> None:
    stance = rule.stance.value
    feats[f"rule:{stance}"] = 1.0
    feats[f"rule:{stance}@{rule.confidence:.2f}"] = 1.0  # which rule fired: each returns its own confidence
    for word in rule.evidence:
        if word:
            feats[f"rule:{stance}:{word.lower()}"] = 1.0
    if rule.hedge_cues:
        feats["rule:hedge_cues"] = 1.0
        for word in rule.hedge_cues:
            feats[f"hedge:{word}"] = 1.0
    if rule.target is not None:
        feats[f"rule:{stance}:target"] = 1.0


def _cue_features(feats: dict[str, float], inputs: StanceInputs, lexicons: Lexicons) -> None:
    if inputs.cue_lemma is None and not inputs.cue:
        feats["cue:none"] = 1.0
        return
    lemma = (inputs.cue_lemma or "").lower()
    feats[f"cue:{lemma}"] = 1.0
    feats[f"cue_class:{inputs.cue_label or 'none'}"] = 1.0
    if inputs.cue_negated:
        feats["cue:negated"] = 1.0
    if inputs.cue_has_as:
        feats["cue:as"] = 1.0
    for token in inputs.cue:
        if token.is_punct or _lemma(token) == lemma:
            continue
        feats[f"cue_word:{name_placeholder(token) or _lemma(token)}"] = 1.0
    for token in inputs.cue:
        if name_placeholder(token) is not None:
            continue  # a name is no stance word, whatever it spells
        for name, label in _lexicon_classes(token, _lemma(token), lexicons, negated=inputs.cue_negated):
            feats[f"cue_lex:{name}={label}"] = 1.0


def _lexicon_classes(token: Token, lemma: str, lexicons: Lexicons, *, negated: bool | None = None) -> list[tuple[str, str]]:
    """The word's classes in the stance lexicons. A ``negcue`` ("said" of "never said") counts
    only when negated: unnegated it is every plain "said" (issue 15, the seeds' monitoring hedge)."""
    found = []
    for name in _LEXICON_CLASSES:
        label = lexicons.get(name, {}).get(lemma) or lexicons.get(name, {}).get(token.lower_)
        if label == "negcue" and not (negated if negated is not None else _negated(token)):
            continue
        if label is not None:
            found.append((name, label))
    return found


def _negated(token: Token) -> bool:
    return any(c.dep_ == "neg" or c.lower_.replace("’", "'") in _NEGATIONS for c in token.children)


def _content_features(feats: dict[str, float], content: Span, skip: set[int], lexicons: Lexicons) -> None:
    words = [t for t in content if not t.is_punct and not t.is_space and t.i not in skip]
    previous = "<s>"
    for token in words:
        lemma = _word(token)
        feats[f"word:{lemma}"] = 1.0
        feats[f"pair:{previous}_{lemma}"] = 1.0
        previous = lemma
        if name_placeholder(token) is None:  # a name is no stance word, whatever it spells
            for name, label in _lexicon_classes(token, lemma, lexicons):
                feats[f"lex:{name}={label}"] = 1.0
        if token.lower_.replace("’", "'") in _NEGATIONS or token.dep_ == "neg":
            feats["parse:negation"] = 1.0
    text = content.text
    if any(q in text for q in _QUOTE_MARKS):
        feats["parse:quoted"] = 1.0
    if "?" in text:
        feats["parse:question"] = 1.0
    feats[f"len:{min(len(words) // 8, 5)}"] = 1.0
    if words:
        _root_features(feats, content.root)


def _root_features(feats: dict[str, float], root: Token) -> None:
    """Negation, modality, person and clause type at the content's root, where the claim is made."""
    feats[f"root_pos:{root.pos_}"] = 1.0
    for child in root.children:
        lower = child.lower_.replace("’", "'")
        if child.dep_ == "neg" or lower in _NEGATIONS:
            feats["root:negated"] = 1.0
        elif child.tag_ == "MD":
            feats[f"root_modal:{_lemma(child)}"] = 1.0
        elif child.dep_ in ("nsubj", "nsubjpass"):
            if lower in _FIRST_PERSON:
                feats["root_subject:first_person"] = 1.0
            elif lower in _SECOND_PERSON:
                feats["root_subject:second_person"] = 1.0
            elif child.pos_ == "PROPN" or child.ent_type_:
                feats["root_subject:name"] = 1.0
            if child.dep_ == "nsubjpass":
                feats["root:passive"] = 1.0
        elif child.dep_ == "mark" and lower in _CONDITION_MARKS:
            feats["root:condition"] = 1.0
        elif child.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ in _CONDITION_MARKS for g in child.children):
            feats["root:conditional_clause"] = 1.0
    if root.tag_ in ("VBD", "VBN"):
        feats["root_tense:past"] = 1.0
    elif root.tag_ in ("VBZ", "VBP"):
        feats["root_tense:present"] = 1.0


# ---------------------------------------------------------------------------- the model


@dataclass(frozen=True)
class StanceModel:
    """Shipped weights: one row of class weights per feature, a temperature, class offsets.

    ``offsets`` are added to the log-probabilities to pick the class (tuned for macro-F1 on
    cross-validation); the reported probability is the calibrated one, unshifted.
    """

    classes: tuple[Stance, ...]
    weights: Mapping[str, tuple[float, ...]]
    temperature: float = 1.0
    offsets: tuple[float, ...] = ()

    @classmethod
    def from_json(cls, data: Mapping[str, object]) -> StanceModel:
        classes = tuple(Stance(c) for c in data["classes"])  # type: ignore[union-attr]
        weights = {k: tuple(float(x) for x in v) for k, v in data["weights"].items()}  # type: ignore[union-attr]
        offsets = tuple(float(x) for x in data.get("offsets", [0.0] * len(classes)))  # type: ignore[union-attr]
        if any(len(v) != len(classes) for v in [*weights.values(), offsets]):
            raise LexiconError(MODEL_FILE, None, f"every weight row and the offsets need {len(classes)} values, one per class")
        return cls(classes, weights, float(data.get("temperature", 1.0)), offsets)  # type: ignore[arg-type]

    def scores(self, feats: Mapping[str, float]) -> list[float]:
        """Class logits: the sum of weight rows of the features present (unknown features add nothing)."""
        totals = [0.0] * len(self.classes)
        for name, value in feats.items():
            row = self.weights.get(name)
            if row is not None:
                for k, w in enumerate(row):
                    totals[k] += w * value
        return totals

    def probabilities(self, feats: Mapping[str, float]) -> list[float]:
        """Calibrated class probabilities: softmax of the logits divided by the temperature."""
        logits = [s / self.temperature for s in self.scores(feats)]
        top = max(logits)
        exps = [math.exp(s - top) for s in logits]
        total = sum(exps)
        return [e / total for e in exps]

    def choose(self, probs: list[float]) -> int:
        """The index of the class to name: the most probable after the class offsets."""
        offsets = self.offsets or (0.0,) * len(probs)
        return max(range(len(probs)), key=lambda k: math.log(max(probs[k], 1e-12)) + offsets[k])

    def explain(self, feats: Mapping[str, float], k: int) -> tuple[str, ...]:
        """The features that pushed class ``k`` most above the others, strongest first."""
        n = len(self.classes)
        rule = _rule_name(feats)
        pushes: dict[str, float] = {}
        for name, value in feats.items():
            row = self.weights.get(name)
            if row is None or name.startswith(_EVIDENCE_SKIP):
                continue
            if name.startswith("rule:") and name != "rule:hedge_cues":
                name = rule  # the rule's decision, which rule and its words are one piece of evidence
            pushes[name] = pushes.get(name, 0.0) + value * (row[k] - sum(row) / n)
        ranked = sorted(((p, name) for name, p in pushes.items() if p > 0), key=lambda p: (-p[0], p[1]))
        return tuple(name for _, name in ranked[:_EVIDENCE_SIZE])


def _rule_name(feats: Mapping[str, float]) -> str:
    """The rules' decision as one name: "rule:allegation:accuse", else "rule:assertion"."""
    names = [k for k in feats if k.startswith("rule:") and k != "rule:hedge_cues"]
    worded = [k for k in names if k.count(":") >= 2 and "@" not in k and not k.endswith(":target")]
    return worded[0] if worded else min(names, key=len, default="rule:none")


@functools.cache
def load_stance_model() -> StanceModel:
    """The shipped model (``claimx/extraction/stance/stance_model.json``), read once.

    Raises:
        LexiconError: the weights file is missing or malformed.
    """
    resource = MODEL_PATH
    if not resource.is_file():
        raise LexiconError(MODEL_FILE, None, "no shipped stance weights; retrain with scripts/train_stance.py")
    try:
        return StanceModel.from_json(json.loads(resource.read_text(encoding="utf-8")))
    except (KeyError, ValueError, TypeError, AttributeError) as e:
        raise LexiconError(MODEL_FILE, None, f"not a stance model ({e!r})") from e


def predict(
    inputs: StanceInputs,
    lexicons: Lexicons,
    *,
    model: StanceModel | None = None,
    disabled: frozenset[str] = frozenset(),
) -> StanceDecision:
    """The model's decision for ``inputs``: stance, calibrated confidence, deciding features.

    ``disabled`` switches rules off before the model reads them: a disabled rule's decision,
    words and hedge cues are absent from the features.
    """
    model = model if model is not None else load_stance_model()
    rule = decide_inputs(inputs, lexicons, disabled=disabled)
    feats = stance_features(inputs, rule, lexicons)
    probs = model.probabilities(feats)
    k = model.choose(probs)
    stance = model.classes[k]
    keep_target = stance == rule.stance and stance in (Stance.ALLEGATION, Stance.DENIAL)
    return StanceDecision(
        stance,
        hedge_cues=rule.hedge_cues,
        evidence=model.explain(feats, k),
        confidence=round(probs[k], 4),
        target=rule.target if keep_target else None,
        rule=MODEL_RULE,
        signals=rule.signals,  # the rule findings the model read with the rules' decision
    )


# ---------------------------------------------------------------------------- entry points


def classify_candidate(
    doc: Doc, cand: Candidate, lexicons: Lexicons, *, disabled: frozenset[str] = frozenset()
) -> StanceDecision:
    """The stance of a detected candidate, read from the doc's own parse (what the pipeline calls)."""
    inputs = candidate_inputs(doc, cand)
    return StanceDecision(Stance.ASSERTION) if inputs is None else predict(inputs, lexicons, disabled=disabled)


def classify_text(
    content: str,
    cue: str | None = None,
    source: str | None = None,
    *,
    nlp: Language,
    lexicons: Lexicons | None = None,
    disabled: frozenset[str] = frozenset(),
) -> StanceDecision:
    """Classify a statement given as strings (content, cue words, source), without extraction.

    The content, the cue and the source are parsed on their own; the source is read only to know
    the source named again in the content as its own side ("the bank did nothing wrong", the bank said).

    >>> import claimx
    >>> classify_text("he lied to the voters", "accused", nlp=claimx.load_default_nlp()).stance.value
    'allegation'
    """
    lexicons = lexicons if lexicons is not None else make_lexicons()
    return predict(parsed_text_inputs(content, cue, nlp=nlp, lexicons=lexicons, source=source), lexicons, disabled=disabled)


def features_of(
    inputs: StanceInputs, lexicons: Lexicons, *, disabled: frozenset[str] = frozenset()
) -> tuple[StanceDecision, dict[str, float]]:
    """The rules' decision and the model's features (for training and error reading)."""
    rule = decide_inputs(inputs, lexicons, disabled=disabled)
    return rule, stance_features(inputs, rule, lexicons)


