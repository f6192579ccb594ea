"""Reading the cue: its label (deny > allege > hedge > say among its words) and its hedge words."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Span, Token

from ...labels import CueKind, DenialKind, HedgeKind, StanceWordKind
from ...lexicons import lemma_of
from .wordsets import _ABILITY_MODALS, _BELIEF_OBJECT_PREPS, _BELIEF_VERBS, _NEGATABLE_HEDGES, _NEGATIONS, _OBLIGATION_MODALS, _POSSIBILITY_MODALS
from .syntax import _is_verb, _lower
from .phrases import _phrase_hits
from .words import _Words


@dataclass
class _CueReading:
    lemma: str | None
    label: str | None
    hedges: list[tuple[str, str]]  # (word as written, its lemma): a hedge in the cue hedges the whole content


def _read_cue(
    cue: Sequence[Token],
    words: _Words,
    *,
    lemma: str | None,
    label: str | None,
    negated: bool,
    content: Span,
) -> _CueReading:
    """The cue's label (deny > allege > hedge > say among its words) and its hedge words."""
    priority = {CueKind.DENY: 0, CueKind.ALLEGE: 1, CueKind.HEDGE: 2}
    best: tuple[int, str, str] | None = None
    tokens = [t for t in cue if not t.is_punct]
    for t in tokens:
        if _lower(t) in _NEGATIONS:
            continue
        lem = lemma_of(t)
        if lem == "sue" and lemma_of(t.head) == "threaten":
            if lemma == "sue":  # a bare threat to sue accuses no one
                lemma, label = "threaten", CueKind.SAY
            continue
        lab = words.cue_verbs.get(lem) if _is_verb(t) or t.pos_ not in ("NOUN",) else None
        lab = lab or words.cue_nouns.get(lem) or words.cue_nouns.get(_lower(t))
        if lab is None and t.tag_ in ("NNS", "NNPS") and lem.endswith("s"):
            lab = words.cue_nouns.get(lem[:-1])  # a headline's "Allegations Of", tagged a plural name
        if words.stance_words.get(_lower(t)) == StanceWordKind.CRITICISM or words.stance_words.get(lem) == StanceWordKind.CRITICISM:
            lab = CueKind.ALLEGE
        elif _is_verb(t) and words.stance_words.get(lem) == StanceWordKind.ATTACK:
            lab = CueKind.ALLEGE  # a verb of verbal attack: "railed against", "pounced on", "admonished"
        if lab in priority and (best is None or priority[lab] <= best[0]):
            best = (priority[lab], lem, lab)
    attack = _attack_phrase(tokens, words)
    if attack is not None and (best is None or priority[CueKind.ALLEGE] < best[0]):
        best = (priority[CueKind.ALLEGE], attack, CueKind.ALLEGE)  # "went after", "took a shot at"
    rejection = _cue_phrase(tokens, words)
    if rejection is not None:  # "pushed back on", "brushed aside": a phrasal rejection verb
        best = (priority[CueKind.DENY], rejection, CueKind.DENY)
    if best is not None and (label is None or priority.get(label, 9) > best[0]):
        lemma, label = best[1], best[2]
    hedges: list[tuple[str, str]] = []
    ability = any(_lower(t) in _ABILITY_MODALS for t in tokens) and any(
        words.hedges.get(lemma_of(t)) == HedgeKind.VERB for t in tokens if _is_verb(t)
    )
    for t in tokens:
        lower, lem = _lower(t), lemma_of(t)
        kind = words.hedges.get(lem) if _is_verb(t) and t.tag_ != "MD" else words.hedges.get(lower)
        if kind is None:
            kind = words.hedges.get(lower)  # "puzzled", "suspected": participles as adjectives
        if kind is None or kind == HedgeKind.MARKER:
            continue
        if ability:  # "could easily guess": ability, no hedge
            continue
        if kind == HedgeKind.ADVERB and t.dep_ == "amod" and t.pos_ == "ADJ" and t.head.i != t.i and t.head in tokens:
            continue  # "an optimistic spiel on": the cue noun's manner, no hedge of the content
        if kind == HedgeKind.MODAL and t.tag_ != "MD" and lower not in _POSSIBILITY_MODALS:
            continue
        if kind == HedgeKind.VERB:
            if lem == "suggest" and _proposes(content, past_cue=t.tag_ in ("VBD", "VBN")):
                continue
            if lem == "doubt" and t.pos_ == "NOUN":
                continue
            if _considers(t, tokens) or _bids_think(t):
                continue
            cue_neg = negated and lem not in _NEGATABLE_HEDGES
            if cue_neg:
                continue
        hedges.append((lower, lem))
    cue_text = "".join(t.text_with_ws for t in cue)
    for phrase in _phrase_hits(cue_text, words.hedges, memo=words.patterns):
        hedges.append((phrase, phrase))
    return _CueReading(lemma, label, hedges)


def _considers(verb: Token, cue: Sequence[Token]) -> bool:
    """A belief verb with its object's preposition in the cue ("is thinking about", "began thinking
    about", "thought of"): the source considers a topic, it hedges no claim (``belief_object_preps.tsv``)."""
    return lemma_of(verb) in _BELIEF_VERBS and any(
        c.dep_ == "prep" and _lower(c) in _BELIEF_OBJECT_PREPS and c in cue for c in verb.children)


def _bids_think(verb: Token) -> bool:
    """A belief verb in the imperative as the cue ("Think 'Casablanca' meets 'Jaws'", "Imagine a
    city without cars"): the source bids the reader picture something, it hedges no claim."""
    if not (verb.is_sent_start and verb.text[:1].isupper()):
        return False  # an imperative opens its sentence; a cue "think" parsed alone lacks only its subject
    return lemma_of(verb) in _BELIEF_VERBS and verb.tag_ == "VB" and not any(
        c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "neg") for c in verb.children) and verb.dep_ in ("ROOT", "parataxis")


def _cue_phrase(tokens: Sequence[Token], words: _Words) -> str | None:
    """A phrasal rejection verb (``cue`` in denials.tsv) among some words, matched by their lemmas
    in text order: "pushed back on" -> "push back on" holds "push back"; a verb with its particle
    ("brushed", "aside" of "brushed the report aside") reads "brush aside"."""
    lemmas = " ".join(lemma_of(t) for t in sorted(tokens, key=lambda t: t.i) if _lower(t) not in _NEGATIONS)
    phrases = _phrase_hits(lemmas, words.denials, (DenialKind.CUE,), memo=words.patterns)
    if phrases:
        return phrases[0]
    return next((lemma_of(t) for t in tokens if _is_verb(t) and words.denials.get(lemma_of(t)) == DenialKind.CUE), None)


def _attack_phrase(tokens: Sequence[Token], words: _Words) -> str | None:
    """A phrasal verb of verbal attack (multi-word ``attack`` in stance_words.tsv) among the cue's
    words, matched by their lemmas in text order: "went after" -> "go after", "took a shot at"."""
    lemmas = " ".join(lemma_of(t) for t in sorted(tokens, key=lambda t: t.i) if _lower(t) not in _NEGATIONS)
    return next((p for p in _phrase_hits(lemmas, words.stance_words, (StanceWordKind.ATTACK,), memo=words.patterns) if " " in p), None)


def _proposes(content: Span, *, past_cue: bool = False) -> bool:
    """"suggested (that) they should drop out", "suggested the Democrats debate", "suggested a
    meeting": a proposal. "suggested that the attackers were not using encryption": tentative.
    After a past-tense cue a bare present verb is a subjunctive ("suggested they debate")."""
    if not len(content):
        return False
    root = content.root
    has_subject = any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in root.children)
    has_aux = any(c.dep_ in ("aux", "auxpass") for c in root.children)
    if root.pos_ in ("NOUN", "PROPN") or (root.tag_ == "VBG" and not has_subject and not has_aux):
        return True
    if has_subject and not has_aux and (root.tag_ == "VB" or (past_cue and root.tag_ == "VBP")):
        return True
    if root.tag_ == "VB" and any(c.lower_ == "to" and c.dep_ == "aux" for c in root.children) and not any(
        c.dep_ in ("nsubj", "nsubjpass") for c in root.children
    ):
        return True  # "suggested to meet"
    return any(c.dep_ == "aux" and _lower(c) in _OBLIGATION_MODALS for c in root.children)
