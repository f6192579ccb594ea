"""The precedence step: denial > allegation > hedge > assertion, over the signals of the rule families."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass

from spacy.tokens import Span, Token

from ...labels import AllegationKind, CueKind, HedgeKind, StanceWordKind
from ...lexicons import Lexicons, lemma_of, make_lexicons
from ...models import Mention, Stance
from .wordsets import _CLAIM_ONLY_REJECTIONS, _CLAIM_PRONOUNS, _SELF, _NEGATABLE_HEDGES, _NONNOUN_REJECTIONS, _THING_PRONOUNS
from .signals import Signal, StanceDecision, signals_of
from .syntax import _clause_negation, _in, _is_verb, _lower, _mention, _np, _open_clause, _subject
from .words import _Words, _wrong_kind
from .cue import _proposes, _read_cue
from .hedges import CUE_HEDGE, _content_hedges, _Hedge, _softens_demand
from .opinion import _belief_complement, _belief_cue, _is_opinion
from .denials import _denial_signals, _insisted_negation
from .allegations import _accused, _allegation_signals, _criticism_head
from .charges import (ANSWERED_CHARGE, CHARGED_SOURCE, CONTINUED_DENIAL, RESPONSE_CUE, answered_charge, charged_source, denial_before,
                      own_negated_act, response_cue)


@dataclass
class _Case:
    """One claim as every step reads it: the content, the cue's reading and the hedges found."""

    content: Span
    words: _Words
    cue_lemma: str | None
    cue_label: str | None
    cue_negated: bool
    cue_object: Token | None
    cue_has_as: bool
    cue_hedges: list[tuple[str, str]]  # (word as written, lemma)
    content_hedges: list[_Hedge]
    hedge_cues: tuple[str, ...]
    skip: set[int]  # content tokens that are the cue's own
    is_clause: bool
    head: Token | None
    disabled: frozenset[str]
    cue: tuple[Token, ...] = ()
    source: Span | None = None  # the claim's source mention, when known

    def decision(self, stance: Stance, evidence: Sequence[str], confidence: float, target: Mention | None,
                 *, rule: str, signals: tuple[Signal, ...] = ()) -> StanceDecision:
        return StanceDecision(stance, self.hedge_cues, tuple(evidence), confidence, target, rule,
                              signals or (Signal(rule, tuple(evidence)),))


def _read_case(content: Span, words: _Words, cue_tokens: Sequence[Token], *, cue_lemma: str | None,
               cue_label: str | None, cue_negated: bool, cue_object: Token | None, cue_has_as: bool,
               disabled: frozenset[str], source: Span | None = None) -> _Case:
    reading = _read_cue(cue_tokens, words, lemma=cue_lemma, label=cue_label, negated=cue_negated, content=content)
    cue_lemma, cue_label = reading.lemma, reading.label
    if not cue_tokens and cue_lemma and words.hedges.get(cue_lemma) == HedgeKind.VERB:
        # no cue tokens (hand-built input): the lemma stands for the word
        if not (cue_lemma == "suggest" and _proposes(content)) and (not cue_negated or cue_lemma in _NEGATABLE_HEDGES):
            reading.hedges.append((cue_lemma, cue_lemma))
    if not cue_negated and REFUSED_CUE not in disabled:
        cue_negated = _refused(cue_tokens, cue_lemma, words)
    cue_hedges = reading.hedges if CUE_HEDGE not in disabled else []
    # a content span that holds its own cue ("who could easily guess ...") reads the cue once
    skip = {t.i for t in cue_tokens if t.doc is content.doc and _in(t, content)}
    content_hedges = _content_hedges(content, words, skip, disabled=disabled)
    hedge_cues = tuple(dict.fromkeys([w for w, _ in cue_hedges] + [h.word for h in content_hedges]))
    tokens = words.tokens(content)
    # a subject counts only of a content verb: "Lewandowski (was dismissed)" is the cue's subject, a name
    is_clause = any(t.dep in ("nsubj", "nsubjpass", "expl", "csubj") and _in(t.token.head, content) for t in tokens) or any(
        t.tag in ("VBD", "VBZ", "VBP", "MD") for t in tokens
    )
    head = content.root if len(content) else None
    return _Case(content, words, cue_lemma, cue_label, cue_negated, cue_object, cue_has_as, cue_hedges,
                 content_hedges, hedge_cues, skip, is_clause, head, disabled, tuple(cue_tokens), source)


REFUSED_CUE = "stance.refused_cue"  # "refused to deny", "refusal to disavow": the cue's act is not done


def _refused(cue_tokens: Sequence[Token], cue_lemma: str | None, words: _Words) -> bool:
    """A word of refusal or failure (``refuse`` in stance_words.tsv) before the cue's deciding word:
    "refused to deny the report", "his refusal to disavow the endorsement", "failed to condemn"."""
    if not cue_lemma:
        return False
    decider = next((t for t in cue_tokens if lemma_of(t) == cue_lemma), None)
    return decider is not None and any(
        t.i < decider.i and words.stance_words.get(lemma_of(t)) == StanceWordKind.REFUSE for t in cue_tokens)


# ---------------------------------------------------------------------------- the steps


def _denial_by_cue(case: _Case) -> StanceDecision | None:
    """A rejection cue applied to a claim: "denied that ...", "rejected the allegations"."""
    head, words, lemma = case.head, case.words, case.cue_lemma
    if case.cue_label != CueKind.DENY or case.cue_negated or head is None:
        return None
    if head.pos_ == "ADP" and _lower(head) == "of":
        # "denials of wrongdoing", "rejection of the claims": the content is the cue noun's "of" phrase
        head = next((c for c in head.children if c.dep_ == "pobj"), head)
    is_clause = case.is_clause
    if is_clause and REDUCED_OBJECT not in case.disabled and (noun := _reduced_object(case.content, head)) is not None:
        head, is_clause = noun, False  # "denied the change being sought": the change, a ruling on a request
    claim_object = _names_claim(head, words)
    # "denied the affair", "rejected any collusion": the wrongdoing is the claim rejected
    claim_object = claim_object or (head.pos_ == "NOUN" and _wrong_kind(head, words) in (AllegationKind.ACT, AllegationKind.VICE))
    # "disputed the film", "rebutted his account": these verbs take only claims, never a ruling
    claim_object = claim_object or (lemma in _CLAIM_ONLY_REJECTIONS and head.pos_ in ("NOUN", "PROPN"))
    portrayal = case.cue_has_as and words.is_party(head) and head.pos_ in ("PROPN", "PRON") and not is_clause
    ruling = head.pos_ in ("NOUN", "PROPN") and not claim_object and not is_clause
    if portrayal or not (is_clause or claim_object or (case.cue_has_as and not ruling) or (
        lemma in _NONNOUN_REJECTIONS and head.pos_ not in ("NOUN", "PROPN")
    )):
        return None
    target = _denied(case.content, head, words, is_clause)
    return case.decision(Stance.DENIAL, (lemma or "",), 0.9, target, rule="stance.denial_cue")


REDUCED_OBJECT = "stance.reduced_object"  # "denied the change being sought": a noun and its participle, no clause


def _reduced_object(content: Span, head: Token) -> Token | None:
    """The noun of a content that is a noun with a participle and no finite verb ("the change
    being sought", "the request made by the town"): the parse makes the noun the participle's
    subject, but the content names a thing, as "denied the request" does, no denied clause."""
    if head.tag_ not in ("VBN", "VBG") or any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") for t in content):
        return None
    return next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ in ("NOUN", "PROPN")), None)


def _names_claim(head: Token, words: _Words) -> bool:
    """The content's head names a claim: a claim noun ("the report", "allegations") or a pronoun for one ("that")."""
    return lemma_of(head) in words.claim_nouns or _lower(head) in words.claim_nouns or _lower(head) in _CLAIM_PRONOUNS


def _denial_by_unaccepted_cue(case: _Case) -> StanceDecision | None:
    """A negated cue of accepting a claim: "(Republicans) never bought the idea that ...", "did not
    accept the findings" (``accept`` in stance_words.tsv): the source refuses to take it as true."""
    head = case.head
    if not case.cue_negated or head is None or case.words.stance_words.get(case.cue_lemma or "") != StanceWordKind.ACCEPT:
        return None
    words = case.words
    if not (_names_claim(head, words) or (case.is_clause and _is_verb(head))):
        return None  # "did not accept the offer": no claim
    return case.decision(Stance.DENIAL, (f"not {case.cue_lemma}",), 0.7, _mention(case.content), rule="stance.unaccepted_cue")


def _demand_cue(case: _Case) -> bool:
    """The cue asks for an act (``demand`` in stance_words.tsv): "seeks", "requested", "called for"."""
    lemma, stance_words = case.cue_lemma or "", case.words.stance_words
    if stance_words.get(lemma) == StanceWordKind.DEMAND:
        return True
    return any(stance_words.get(f"{lemma} {_lower(t)}") == StanceWordKind.DEMAND for t in case.cue if t.pos_ == "ADP")


def _sanctioned_party(head: Token, words: _Words) -> Token | None:
    """The party a sanction noun is of: "his dismissal", "a new Clinton inquiry", "an investigation of
    the mayor", "the resignation of the minister"; or a party told to resign ("the minister to resign")."""
    if head.pos_ == "NOUN" and lemma_of(head) in words.sanction_nouns:
        for c in head.children:
            if c.dep_ == "poss" and _lower(c) not in _SELF:
                return c
            if c.dep_ == "compound" and c.pos_ == "PROPN" and words.is_party(c):
                return c
            if c.dep_ == "prep" and _lower(c) in ("of", "into"):
                pobj = next((g for g in c.children if g.dep_ == "pobj"), None)
                if pobj is not None and words.is_party(pobj) and _lower(pobj) not in _SELF | _THING_PRONOUNS:
                    return pobj
        return None
    if _is_verb(head) and lemma_of(head) == "resign":
        subject = _subject(head)
        if subject is not None and words.is_party(subject) and _lower(subject) not in _SELF | _THING_PRONOUNS:
            return subject
    return None


def _allegation_by_sanction(case: _Case) -> StanceDecision | None:
    """A sanction sought of a party: "(called for) his dismissal", "(seeks a) new Clinton inquiry",
    "(urged) the minister to resign": asking that a party be punished or investigated accuses it."""
    head = case.head
    if case.cue_negated or head is None or not _demand_cue(case):
        return None
    party = _sanctioned_party(head, case.words)
    if party is None:
        return None
    return case.decision(Stance.ALLEGATION, (_lower(head),), 0.75, _mention(_np(party)), rule="stance.sanction_sought")


def _denial_by_content(case: _Case) -> StanceDecision | None:
    """The content pushes back on a claim (the rules of :data:`DENIAL_RULES`)."""
    kind = case.words.stance_words.get(case.cue_lemma or "")
    conceded = kind == StanceWordKind.CONCEDE
    # a party's negated wrongful act is defended under a plain speech cue, not under a finding (issue 15)
    defended = case.cue_label == CueKind.SAY and kind != StanceWordKind.FINDING and not case.cue_negated
    hits = _denial_signals(case.content, case.words, case.skip, conceded=conceded, defended=defended, disabled=case.disabled,
                           source=case.source)
    if not hits:
        return None
    return case.decision(Stance.DENIAL, [w for _, w in hits], 0.7, None, rule="stance.denial_content",
                         signals=signals_of(hits))


def _denial_by_insisting(case: _Case) -> StanceDecision | None:
    """A cue that maintains a point with a negated claim: "insisted he had not met them"."""
    if case.cue_negated or case.head is None:
        return None
    negation = _insisted_negation(case.content.root, case.words, case.cue_lemma, case.source)
    if negation is None:
        return None
    return case.decision(Stance.DENIAL, (case.cue_lemma or "", negation), 0.7, None, rule="stance.insisted_cue")


def _allegation_by_cue(case: _Case) -> StanceDecision | None:
    """An accusation or criticism cue: "accused", "blamed"."""
    if case.cue_label != CueKind.ALLEGE or case.cue_negated:
        return None
    accused = case.cue_object if case.cue_object is not None else _accused(case.content, case.words, case.is_clause)
    target = _mention(_np(accused)) if accused is not None else None
    return case.decision(Stance.ALLEGATION, (case.cue_lemma or "",), 0.9, target, rule="stance.allegation_cue")


def _allegation_by_criticism(case: _Case) -> StanceDecision | None:
    """A content that is a criticism noun with its target: "criticism of the plan"."""
    criticised = _criticism_head(case.content, case.words)
    if criticised is None:
        return None
    return case.decision(Stance.ALLEGATION, (_lower(case.content.root),), 0.75, _mention(_np(criticised)),
                         rule="stance.criticism_noun")


def _allegation_by_content(case: _Case) -> StanceDecision | None:
    """Wrongdoing said of a party (the rules of :data:`ALLEGATION_RULES`); "did not deny that the
    minister lied", "did not say he cheated" is not the source's accusation."""
    if case.cue_negated and not _belief_cue(case.cue_lemma, case.words):
        return None
    hits, party = _allegation_signals(case.content, case.words, case.skip, is_clause=case.is_clause, disabled=case.disabled)
    if not hits:
        return None
    target = _mention(_np(party)) if party is not None else None
    evidence = list(dict.fromkeys(w for _, w in hits))
    return case.decision(Stance.ALLEGATION, evidence, 0.75 if party is not None else 0.6, target,
                         rule="stance.allegation_content", signals=signals_of(hits))


def _allegation_by_insinuation(case: _Case) -> StanceDecision | None:
    """An insinuation noun as the cue with a that-clause denying a definite party an act or a
    capacity ("a suggestion that the judge could not be impartial", "the insinuation that the
    agency did not heed the warnings"): the source implies the party failed what it owes, blame
    (the guideline's "says or implies"); a positive clause ("the suggestion that she was
    leaving") or a thing as subject ("that the deal would not pass") accuses no one."""
    words, head = case.words, case.head
    if case.cue_negated or head is None or words.stance_words.get(case.cue_lemma or "") != StanceWordKind.INSINUATION:
        return None
    if not _is_verb(head) or _open_clause(head) or lemma_of(head) in words.volition:
        return None
    negation = _clause_negation(head)
    subject = _subject(head)
    if negation is None or subject is None or not words.is_party(subject) or _lower(subject) in _SELF | _THING_PRONOUNS:
        return None
    return case.decision(Stance.ALLEGATION, (case.cue_lemma or "", negation.text.lower()), 0.6, _mention(_np(subject)),
                         rule="stance.insinuation")


def _denial_by_answer(case: _Case) -> StanceDecision | None:
    """A negation that answers a charge (:mod:`.charges`, issue 15): the content negates an act a
    charge just before it made ("The union claimed the factory had dumped waste. The company said it
    had not dumped anything"), or the source's own act is negated under a cue that answers ("the
    company responded that it had not ...", "hit back, saying the council had not ..."), or it goes on
    with a denial stated in the sentence before ("X denied any role. 'We did not ...,' X said"). Passes on a
    hedged content (the hedge step reads it) and under a negated cue."""
    if case.cue_negated or case.hedge_cues or case.head is None:
        return None
    if ANSWERED_CHARGE not in case.disabled:
        hit = answered_charge(case.content, case.words, cue_label=case.cue_label, source=case.source)
        if hit is not None:
            return case.decision(Stance.DENIAL, hit, 0.65, _mention(case.content), rule=ANSWERED_CHARGE)
    if RESPONSE_CUE not in case.disabled and case.cue_label not in (CueKind.ALLEGE, CueKind.DENY):
        answer = response_cue(case.cue, case.words)
        if answer is not None and (act := own_negated_act(case.content, case.words, source=case.source)):
            return case.decision(Stance.DENIAL, (answer, act), 0.65, _mention(case.content), rule=RESPONSE_CUE)
    if CONTINUED_DENIAL not in case.disabled and case.cue_label not in (CueKind.ALLEGE, CueKind.DENY):
        denied = denial_before(case.content, case.words)
        if denied is not None and (act := own_negated_act(case.content, case.words, source=case.source)):
            return case.decision(Stance.DENIAL, (denied, act), 0.6, _mention(case.content), rule=CONTINUED_DENIAL)
    if CHARGED_SOURCE not in case.disabled and case.cue_label not in (CueKind.ALLEGE, CueKind.DENY):
        accused = charged_source(case.content, case.words, case.source)
        if accused is not None and (act := own_negated_act(case.content, case.words, source=case.source, acts_only=True)):
            return case.decision(Stance.DENIAL, (accused, act), 0.6, _mention(case.content), rule=CHARGED_SOURCE)
    return None


def _scoped_hedges(case: _Case) -> tuple[list[tuple[str, str, Token | None]], list[str]]:
    """The hedges over the main proposition, and those of them that are a belief before an opinion."""
    scoped: list[tuple[str, str, Token | None]] = [(w, lemma, None) for w, lemma in case.cue_hedges] + [
        (h.word, lemma_of(h.token) if h.token is not None else h.word, h.token)
        for h in case.content_hedges
        if h.scoped and not _softens_demand(h.token, case.words)
    ]
    opinions = [
        w
        for w, lemma, t in scoped
        if lemma in case.words.belief_lemmas and (c := _belief_complement(t, case.content)) is not None and _is_opinion(c, case.words)
    ]
    return scoped, opinions


def _hedge(case: _Case) -> StanceDecision | None:
    """A hedge over the main proposition that is not a belief before an opinion."""
    scoped, opinions = _scoped_hedges(case)
    if not scoped or len(opinions) >= len(scoped) or _mostly_opinions(case, scoped, opinions):
        return None
    evidence = list(dict.fromkeys(w for w, _, _ in scoped if w not in opinions))
    return case.decision(Stance.HEDGE, evidence, 0.8 if case.cue_hedges else 0.7, None, rule="stance.hedge")


OPINION_BELIEFS = "stance.opinion_beliefs"  # a quote whose beliefs are mostly before opinions is an opinion (issue 15)


def _mostly_opinions(case: _Case, scoped: list[tuple[str, str, Token | None]], opinions: list[str]) -> bool:
    """Every scoped hedge is a belief verb, and more of them stand before an opinion than before a
    fact ("I don't think it's a good idea. I think we're in a charged time. I think it's too
    complicated."): the quote gives views, one belief before a fact among them hedges no claim."""
    if OPINION_BELIEFS in case.disabled or not opinions:
        return False
    if any(lemma not in case.words.belief_lemmas for _, lemma, _ in scoped):
        return False
    return len(opinions) > len(scoped) - len(opinions)


def _opinion(case: _Case) -> StanceDecision | None:
    """Only beliefs before an opinion ("believes the minister should resign"), or mostly those: an assertion."""
    scoped, opinions = _scoped_hedges(case)
    if not scoped or len(opinions) < len(scoped) and not _mostly_opinions(case, scoped, opinions):
        return None
    return case.decision(Stance.ASSERTION, list(dict.fromkeys(opinions)), 0.6, None, rule="stance.belief_opinion")


@dataclass(frozen=True)
class Step:
    """A named precedence step: it decides the stance, or passes (None) to the next."""

    id: str
    decide: Callable[[_Case], StanceDecision | None]


# The precedence, in order: the first step that decides wins; then an assertion.
STEPS: tuple[Step, ...] = (
    Step("stance.denial_cue", _denial_by_cue),
    Step("stance.unaccepted_cue", _denial_by_unaccepted_cue),
    Step("stance.denial_content", _denial_by_content),
    Step("stance.insisted_cue", _denial_by_insisting),
    Step("stance.allegation_cue", _allegation_by_cue),
    Step("stance.sanction_sought", _allegation_by_sanction),
    Step("stance.criticism_noun", _allegation_by_criticism),
    Step("stance.allegation_content", _allegation_by_content),
    Step("stance.insinuation", _allegation_by_insinuation),
    Step("stance.answer", _denial_by_answer),
    Step("stance.hedge", _hedge),
    Step("stance.belief_opinion", _opinion),
)


def decide_stance(
    content: Span,
    *,
    cue_lemma: str | None,
    cue_label: str | None,
    cue_negated: bool = False,
    cue_object: Token | None = None,
    cue_has_as: bool = False,
    cue: Sequence[Token] | None = None,
    lexicons: Lexicons,
    disabled: frozenset[str] = frozenset(),
    source: Span | None = None,
) -> StanceDecision:
    """The stance of ``content`` reported with a cue (see the package docstring for the rules).

    Args:
        content: the claim's content span, parsed.
        cue_lemma: the lemma of the cue word ("deny", "say"); None when there is no cue.
        cue_label: the cue's label in ``cue_verbs.tsv``/``cue_nouns.tsv`` ("deny", "allege", "say", ...).
        cue_negated: the cue is negated ("did not deny").
        cue_object: the accused in "accused X of ...", when known.
        cue_has_as: the cue takes "as" ("dismissed the report as false").
        cue: the cue's tokens, to read hedge words as written ("suggested") and noun cues ("attacks on").
        lexicons: claimx's word lists (``make_lexicons()``).
        disabled: ids of steps and rules ("stance.<name>") to switch off.
        source: the claim's source mention, when known: the source named again in the content is
            its own side ("the bank has done nothing wrong, the bank said"). None leaves the decision as it was.

    Returns:
        The stance, the hedge words (as written, lowercased), the deciding words, a
        confidence, the party accused or the claim denied, and the step and rule findings.

    >>> from spacy.lang.en import English
    >>> doc = English()("the company lied")
    >>> decide_stance(doc[:], cue_lemma="accuse", cue_label="allege", lexicons=make_lexicons()).stance.value
    'allegation'
    """
    case = _read_case(content, _Words(lexicons), list(cue) if cue is not None else [], cue_lemma=cue_lemma,
                      cue_label=cue_label, cue_negated=cue_negated, cue_object=cue_object, cue_has_as=cue_has_as,
                      disabled=disabled, source=source)
    fallback = StanceDecision(Stance.ASSERTION, case.hedge_cues, (), 0.6 if case.hedge_cues else 0.8)
    return next(_decisions(case, disabled), fallback)


def stance_signals(
    content: Span,
    *,
    cue_lemma: str | None,
    cue_label: str | None,
    cue_negated: bool = False,
    cue_object: Token | None = None,
    cue_has_as: bool = False,
    cue: Sequence[Token] | None = None,
    lexicons: Lexicons,
    disabled: frozenset[str] = frozenset(),
    source: Span | None = None,
) -> tuple[StanceDecision, ...]:
    """What every step would decide, in precedence order (steps that pass are left out).

    For a learned model that reads the rules' findings as features and decides the label itself;
    the options are those of :func:`decide_stance` (``source`` included: the source named again is
    its own side), whose decision is the first of these.
    """
    case = _read_case(content, _Words(lexicons), list(cue) if cue is not None else [], cue_lemma=cue_lemma,
                      cue_label=cue_label, cue_negated=cue_negated, cue_object=cue_object, cue_has_as=cue_has_as,
                      disabled=disabled, source=source)
    return tuple(_decisions(case, disabled))


def _decisions(case: _Case, disabled: frozenset[str]) -> Iterator[StanceDecision]:
    """The decisions of the enabled steps that decide, in precedence order (lazily: the first wins)."""
    return (d for step in STEPS if step.id not in disabled and (d := step.decide(case)) is not None)


def _denied(content: Span, head: Token, words: _Words, is_clause: bool) -> Mention | None:
    """What a rejection cue rejects: the party whose act is denied ("denied they provided
    drones" -> "they"), else the denied claim itself ("rejected the allegations")."""
    if is_clause and _is_verb(head):
        subject = _subject(head)
        if subject is not None and words.is_party(subject) and _lower(subject) not in _THING_PRONOUNS:
            return _mention(_np(subject))
    return _mention(content)
