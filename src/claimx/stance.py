"""Decide what kind of statement a claim is: denial, allegation, hedge or assertion.

Rules read the cue with the content, using the parse (precedence: denial >
allegation > hedge > assertion; hedge words are reported whatever the label):
- denial: a rejection cue ("denied", "disputed", "dismissed ... as") applied to a claim
  (a clause, or a claim noun: "rejected the allegations"), not to a ruling or a request
  ("denied a motion" is no denial); or content that pushes back ("that's not true",
  "I never said that");
- allegation: an accusation cue ("accused", "blamed"), or content in which a wrongdoing
  word ("covertly", "lied", "corrupt") is said of an identifiable party other than the
  speaker, and is not negated;
- hedge: a tentative cue ("believes", "estimated"), or an epistemic hedge that takes scope
  over the main proposition ("may", "probably", "to determine whether"); not inside a
  relative clause, not "could" of ability, not "believe" followed by an opinion;
- assertion: everything else.
The writer's framing outside the content is never read. Lexicons live in ``data/``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span, Token

from .lexicons import Lexicons, make_lexicons
from .models import Mention, Stance

if TYPE_CHECKING:
    from spacy.language import Language

    from .detect import Candidate

__all__ = ["StanceDecision", "classify_candidate", "classify_text", "decide_stance"]

_CLAIM_OBJECTS = {
    "claim", "allegation", "accusation", "report", "charge", "story", "notion", "idea", "suggestion",
    "assertion", "rumor", "rumour", "statement", "account", "comment", "remark", "characterization",
    "narrative", "premise", "theory", "wrongdoing", "involvement", "responsibility", "knowledge", "link",
    "connection", "existence", "role", "reports", "criticism", "speculation", "accusations", "allegations",
    "charges", "claims", "rumors", "suggestions", "assessment", "conclusion", "finding", "characterisation",
}
_FIRST_PERSON = {"i", "we", "me", "us", "my", "our"}
_VAGUE_AGENTS = {"someone", "somebody", "anyone", "anybody", "people", "everyone", "everybody", "nobody", "they"}
_EPISTEMIC_COULD_HEADS = {"be", "have", "happen", "mean", "become", "cause", "lead", "result", "affect", "end", "change", "hurt", "cost", "take", "see", "face", "come", "go"}
_WHETHER_HEADS = {"determine", "know", "unclear", "clear", "sure", "decide", "see", "assess", "evaluate", "investigate", "examine", "monitor", "study", "review", "certain", "uncertain", "question", "wonder", "ask"}
_NEGATIONS = {"not", "n't", "n’t", "never", "no"}


@dataclass(frozen=True)
class StanceDecision:
    """A stance with the words that decided it and how clear-cut it was."""

    stance: Stance
    hedge_cues: tuple[str, ...] = ()
    evidence: tuple[str, ...] = ()
    confidence: float = 0.8
    target: Mention | None = None


def _lemma(token: Token) -> str:
    return token.lemma_.lower() if token.lemma_ else token.lower_


def _is_negated(token: Token) -> bool:
    if any(c.dep_ == "neg" or c.lower_ in _NEGATIONS for c in token.children):
        return True
    # "did not ...": negation may hang from the auxiliary's head only
    return token.dep_ in ("xcomp", "aux") and any(c.dep_ == "neg" for c in token.head.children)


def _ancestors_deps(token: Token, stop: Span) -> list[str]:
    deps = []
    current = token
    while current.head.i != current.i and stop.start <= current.head.i < stop.end:
        deps.append(current.dep_)
        current = current.head
    deps.append(current.dep_)
    return deps


def _in_relative_clause(token: Token, content: Span) -> bool:
    return any(dep in ("relcl", "acl") for dep in _ancestors_deps(token, content)[:-1])


def _in_purpose_clause(token: Token, content: Span) -> bool:
    current = token
    while stop_in(current.head, content) and current.head.i != current.i:
        if current.dep_ == "advcl" and any(c.lower_ == "to" and c.dep_ == "aux" for c in current.children):
            return True
        current = current.head
    return False


def stop_in(token: Token, content: Span) -> bool:
    return content.start <= token.i < content.end


def _phrase_hits(text: str, phrases: dict[str, str] | object, label: str | None = None) -> list[str]:
    lowered = " " + re.sub(r"[“”\"‘’']", " ", text.lower().replace("’", "'")) + " "
    hits = []
    for phrase, kind in phrases.items():  # type: ignore[attr-defined]
        if label is not None and kind != label:
            continue
        if " " in phrase and re.search(rf"(?<![\w-]){re.escape(phrase)}(?![\w-])", lowered):
            hits.append(phrase)
    return hits


def _mention(span: Span | None) -> Mention | None:
    if span is None or not len(span):
        return None
    return Mention(text=span.text, start=span.start_char, end=span.end_char)


def _np(token: Token) -> Span:
    lo, hi = token.left_edge.i, token.right_edge.i + 1
    for c in token.children:
        if c.i > token.i and c.dep_ in ("relcl", "acl", "prep", "punct", "appos"):
            hi = min(hi, c.left_edge.i)
    return token.doc[lo:hi]


class _Reader:
    """Reads one content span with its cue and collects the signals for each label."""

    def __init__(self, content: Span, lexicons: Lexicons) -> None:
        self.content = content
        self.lexicons = lexicons
        self.hedges: list[str] = []
        self.scoped_hedges: list[str] = []

    def hedge_signals(self) -> None:
        hedges = self.lexicons["hedges"]
        content = self.content
        for token in content:
            lower, lemma = token.lower_.replace("’", "'"), _lemma(token)
            kind = hedges.get(lower) or (hedges.get(lemma) if token.pos_ == "VERB" else None)
            if kind is None or " " in lower:
                continue
            if kind == "modal":
                if token.tag_ != "MD":
                    continue
                if lower == "could" and not self._epistemic_could(token):
                    continue
                if any(c.dep_ == "neg" for c in token.head.children) and lower == "could":
                    continue
            elif kind == "verb":
                if token.pos_ != "VERB" and lower not in ("appear", "seem", "appears", "seems"):
                    continue
            elif kind == "marker" and lower == "whether":
                clause = token.head
                governor = clause.head if clause.head.i != clause.i else clause
                if _lemma(governor) not in _WHETHER_HEADS:
                    continue
            self.hedges.append(lower)
            if not _in_relative_clause(token, content) and not (kind in ("modal", "adverb") and _in_purpose_clause(token, content)):
                self.scoped_hedges.append(lower)
        for phrase in _phrase_hits(content.text, hedges):
            self.hedges.append(phrase)
            self.scoped_hedges.append(phrase)

    @staticmethod
    def _epistemic_could(token: Token) -> bool:
        """"could be", "could have been", "could lead to": possibility; "could build": ability."""
        head = token.head
        if _lemma(head) in _EPISTEMIC_COULD_HEADS:
            return True
        if any(c.dep_ in ("auxpass",) for c in head.children):
            return True
        subject = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass", "expl")), None)
        return subject is not None and subject.lower_ in ("it", "this", "that", "there")

    def denial_signals(self) -> list[str]:
        denials = self.lexicons["denials"]
        content = self.content
        hits = []
        for token in content:
            lower = token.lower_
            if denials.get(lower) == "phrase" and not _in_relative_clause(token, content):
                if lower in ("false", "falsely") and not self._predicated_of_claim(token):
                    continue
                hits.append(lower)
            # "I never said that", "we did not do anything": a denied act of the speaker
            if token.pos_ in ("VERB", "AUX") and denials.get(_lemma(token)) == "negcue" and _is_negated(token):
                subject = next((c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")), None)
                if subject is not None and (subject.lower_ in _FIRST_PERSON or subject.lower_ in ("he", "she", "they")):
                    hits.append(f"{next(c.text for c in token.children if c.dep_ == 'neg' or c.lower_ in _NEGATIONS)} {token.text}".lower())
        hits.extend(p for p in _phrase_hits(content.text, denials, "phrase") if p not in hits)
        return hits

    @staticmethod
    def _predicated_of_claim(token: Token) -> bool:
        """"That is false" / "the report is false": rejection; "false claims by X": an allegation."""
        if token.dep_ in ("acomp", "attr"):
            subject = next((c for c in token.head.children if c.dep_ == "nsubj"), None)
            return subject is None or subject.lower_ in ("that", "this", "it") or _lemma(subject) in _CLAIM_OBJECTS
        return token.dep_ == "advmod" and token.lower_ == "falsely" and token.head.lemma_ in ("accuse", "claim", "suggest", "report", "allege")

    def allegation_signals(self) -> tuple[list[str], Token | None]:
        allegations = self.lexicons["allegations"]
        content = self.content
        hits: list[str] = []
        target: Token | None = None
        for token in content:
            lower, lemma = token.lower_, _lemma(token)
            if lower not in allegations and lemma not in allegations:
                continue
            if token.pos_ not in ("VERB", "NOUN", "ADJ", "ADV", "PROPN"):
                continue
            party = self._party(token)
            if party is False:
                continue
            hits.append(lower)
            if target is None and isinstance(party, Token):
                target = party
        for phrase in _phrase_hits(content.text, allegations):
            hits.append(phrase)
        return hits, target

    def _party(self, token: Token) -> Token | bool | None:
        """Who the wrongdoing word is said of: a token, None (unknown but fine), or False (no
        identifiable party, the speaker themselves, or negated)."""
        verb = token if token.pos_ in ("VERB",) else token.head
        if token.pos_ == "ADJ" and token.dep_ == "amod":
            verb = token.head.head
        for _ in range(3):
            if verb.pos_ in ("VERB", "AUX"):
                break
            if verb.head.i == verb.i:
                break
            verb = verb.head
        if _is_negated(verb) or _is_negated(token):
            return False
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None:
            if token.dep_ in ("amod", "compound", "poss"):
                return None
            return None
        if subject.lower_ in _FIRST_PERSON:
            return False
        if subject.lower_ in _VAGUE_AGENTS and subject.lower_ != "they":
            return False
        return subject

    def opinion(self) -> bool:
        """A content that states an opinion: "should", "must", or a judging adjective as predicate."""
        for token in self.content:
            if token.tag_ == "MD" and token.lower_ in ("should", "must", "ought"):
                return True
            if token.dep_ in ("acomp",) and token.pos_ == "ADJ" and token.head.dep_ in ("ccomp", "ROOT") and token.lower_ not in self.lexicons["hedges"]:
                return True
        return False


def decide_stance(
    content: Span,
    *,
    cue_lemma: str | None,
    cue_label: str | None,
    cue_negated: bool = False,
    cue_object: Token | None = None,
    cue_has_as: bool = False,
    lexicons: Lexicons,
) -> StanceDecision:
    """The stance of ``content`` reported with a cue (see the module docstring for the rules)."""
    reader = _Reader(content, lexicons)
    hedges = lexicons["hedges"]
    if cue_lemma and hedges.get(cue_lemma) == "verb":
        reader.hedges.append(cue_lemma)
        if not cue_negated or cue_lemma in ("believe", "think"):
            reader.scoped_hedges.append(cue_lemma)
    reader.hedge_signals()
    hedge_cues = tuple(dict.fromkeys(reader.hedges))
    is_clause = any(t.dep_ in ("nsubj", "nsubjpass", "expl") for t in content) or any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") for t in content)
    head = content.root if len(content) else None

    # denial
    if cue_label == "deny" and not cue_negated:
        claim_object = head is not None and (_lemma(head) in _CLAIM_OBJECTS or head.lower_ in _CLAIM_OBJECTS)
        if is_clause or claim_object or cue_has_as or cue_lemma in ("deny", "refute", "rebut", "disavow", "repudiate") and (head is None or head.pos_ not in ("NOUN", "PROPN") or claim_object):
            target = _mention(content) if claim_object or is_clause else None
            return StanceDecision(Stance.DENIAL, hedge_cues, (cue_lemma or "",), 0.9, target)
    denial_words = reader.denial_signals()
    if denial_words:
        return StanceDecision(Stance.DENIAL, hedge_cues, tuple(denial_words), 0.7, None)

    # allegation
    if cue_label == "allege" and not cue_negated:
        target = _mention(_np(cue_object)) if cue_object is not None else None
        return StanceDecision(Stance.ALLEGATION, hedge_cues, (cue_lemma or "",), 0.9, target)
    wrongdoing, party = reader.allegation_signals()
    if wrongdoing:
        target = _mention(_np(party)) if party is not None else None
        return StanceDecision(Stance.ALLEGATION, hedge_cues, tuple(dict.fromkeys(wrongdoing)), 0.7, target)

    # hedge
    if reader.scoped_hedges:
        opinion_after_belief = cue_lemma in ("believe", "think", "feel") and reader.scoped_hedges == [cue_lemma] and reader.opinion()
        if not opinion_after_belief:
            return StanceDecision(Stance.HEDGE, hedge_cues, tuple(dict.fromkeys(reader.scoped_hedges)), 0.7)
        return StanceDecision(Stance.ASSERTION, hedge_cues, (cue_lemma or "",), 0.6)
    return StanceDecision(Stance.ASSERTION, hedge_cues, (), 0.6 if hedge_cues else 0.8)


def classify_candidate(doc: Doc, cand: Candidate, lexicons: Lexicons) -> StanceDecision:
    """The stance of a detected candidate, read from the doc's own parse."""
    content = doc.char_span(cand.start_char, cand.end_char, alignment_mode="expand")
    if content is None or not len(content):
        return StanceDecision(Stance.ASSERTION)
    cue = doc[cand.cue_i] if cand.cue_i is not None else None
    cue_object = doc[cand.object_i] if cand.object_i is not None else None
    has_as = cue is not None and any(c.dep_ == "prep" and c.lower_ == "as" for c in cue.children)
    label = cand.cue_label if cand.cue_label not in ("according", "colon") else "say"
    return decide_stance(
        content,
        cue_lemma=cand.cue_lemma if label != "say" or cue is None else (cue.lemma_.lower()),
        cue_label=label,
        cue_negated=cand.cue_negated,
        cue_object=cue_object,
        cue_has_as=has_as,
        lexicons=lexicons,
    )


def classify_text(
    content: str,
    cue: str | None,
    source: str | None = None,
    *,
    nlp: Language | None = None,
    lexicons: Lexicons | None = None,
) -> StanceDecision:
    """Classify a statement given as strings (content, cue words, source), without extraction.

    Used to score the classifier apart from attribution errors.

    >>> classify_text("he lied to the voters", "accused").stance.value
    'allegation'
    """
    from .api import load_default_nlp

    lexicons = lexicons if lexicons is not None else make_lexicons()
    nlp = nlp if nlp is not None else load_default_nlp()
    with nlp.select_pipes(disable=[p for p in ("claimx",) if p in nlp.pipe_names]):
        doc = nlp(content or "")
        cue_doc = nlp(cue) if cue else None
    del source
    return _classify_parsed(doc, cue_doc, lexicons)


def _classify_parsed(doc: Doc, cue_doc: Doc | None, lexicons: Lexicons) -> StanceDecision:
    """``classify_text`` after parsing: the content and cue docs to a decision."""
    cue_lemma = cue_label = None
    negated = False
    if cue_doc is not None and len(cue_doc):
        negated = any(t.lower_ in _NEGATIONS for t in cue_doc)
        words = [t for t in cue_doc if not t.is_punct and t.lower_ not in _NEGATIONS]
        for token in reversed(words):
            lemma = _lemma(token)
            label = lexicons["cue_verbs"].get(lemma) or lexicons["cue_nouns"].get(lemma)
            if label is not None:
                cue_lemma, cue_label = lemma, label
                break
        if cue_lemma is None and words:
            cue_lemma, cue_label = _lemma(words[0]), "say"
        if cue_doc.text.strip().lower() in ("according to", ":"):
            cue_label = "say"
    content_span = doc[:]
    return decide_stance(content_span, cue_lemma=cue_lemma, cue_label=cue_label, cue_negated=negated, lexicons=lexicons)
