"""Hedges in the content, and whether each takes scope over the main proposition.

Scope follows Hyland (1998), *Hedging in Scientific Research Articles*; the epistemic/root
modal split follows Coates (1983), *The Semantics of the Modal Auxiliaries*.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

from spacy.tokens import Span, Token

from ...labels import CueKind, HedgeKind, StanceWordKind
from ...lexicons import lemma_of
from .wordsets import (
    _ABILITY_AUX, _APPEAR_VERBS, _BELIEF_VERBS, _CAUSATIVE_VERBS, _CLAUSE_OBJECTS, _CONCESSIVE_MARKS, _CONDITION_MARKS,
    _ESTIMATE_VERBS, _FIRM_MODALS, _FUTURE_MODALS, _IMPERSONAL_SUBJECTS, _IT_THEY, _MAIN_ARCS, _NECESSITY_VERBS, _NONPARTY_SUBJECTS, _OBJECT_HEDGES, _OBLIGATION_MODALS, _PERMISSION_MARKS, _POSSIBILITY_MODALS, _PROJECT_OBJECTS,
    _PURPOSE_MARKS, _QUESTION_MARKS, _SECOND, _SELF, _VAGUE, _BELIEF_OBJECT_PREPS, _COMPARISON_MARKS, _CONTRAST_CONJUNCTIONS, _POSSIBLE_IDIOM_MARKS,
    _PRESENCE_PREPS,
)
from .syntax import _anchors, _antecedent, _in_relative_clause, _is_direct_quote, _is_negated, _is_question_clause, _is_verb, _lower, _mark, _path_to_top, _subject
from .phrases import _phrase_hits, _phrase_tokens
from .words import _Tok, _Words


@dataclass
class _Hedge:
    word: str
    token: Token | None
    scoped: bool  # takes scope over the main proposition
    rule: str = ""  # the id of the check that found it


def _scope(token: Token, sentence: Span) -> str:
    """"main" (the hedge takes scope over the proposition), "listed" (a hedge in a subordinate
    position: relative, purpose, participle or concessive clause, noun modifier), or "none"
    (no hedge of the source's claim: conditions, causes, embedded questions)."""
    level = "main"
    path = _path_to_top(token, sentence)
    for node in path[:-1]:
        dep = node.dep_
        if dep == "advcl":
            if _mark(node) in _CONDITION_MARKS:
                return "none"
            level = "listed"
        elif dep in ("ccomp", "pcomp", "csubj") and node.i != token.i and _is_question_clause(node):
            return "none" if level == "main" or token.tag_ == "MD" else level
        elif dep not in _MAIN_ARCS:
            level = "listed"
    top = path[-1]
    if top.i != token.i and top.dep_ != "advcl" and (
        _mark(top) in _QUESTION_MARKS or top.i == sentence.root.i and _is_question_clause(top)
        and (sentence.doc[top.left_edge.i].tag_ == "WRB" or sentence.doc[top.left_edge.i].lower_ == "what")
    ):
        return "none"  # the content is itself a question: "(asked) if she might run", "how he could"
    return level


def _concessive(token: Token) -> bool:
    """"The innards may not be new, but ...": the "may" clause concedes; the "but" clause asserts."""
    clause = token.head if token.dep_ in ("aux", "advmod") else token
    for c in clause.children:
        if c.dep_ == "cc" and _lower(c) in _CONTRAST_CONJUNCTIONS:
            return any(d.dep_ == "conj" and d.i > c.i for d in clause.children)
    return any(_lower(c) in _CONCESSIVE_MARKS for c in clause.children if c.dep_ == "mark")


def _epistemic_could(token: Token, words: _Words) -> bool:
    """"could be", "could lead to", "the merger could collapse": possibility; "the company could
    build", "I could have chosen", "so they could coalesce": ability or counterfactual."""
    head = token.head
    if _is_negated(head):
        return False
    aux = {(_lower(c), c.dep_) for c in head.children}
    subject = _subject(head)
    party = subject is not None and words.is_party(_antecedent(subject)) and _lower(subject) not in _IT_THEY
    if lemma_of(head) in words.ability_verbs:
        return False
    if lemma_of(head) == "be" or ("be", "aux") in aux or ("be", "auxpass") in aux or ("been", "auxpass") in aux:
        return True
    if ("have", "aux") in aux:
        return not party  # "I could have chosen": counterfactual ability; "it could have helped": possibility
    if subject is None or _lower(subject) in _NONPARTY_SUBJECTS:
        return True
    return not party or lemma_of(head) in words.event_verbs


PERMISSION_MAY = "stance.permission_may"  # the guard: "fans may now bring their own food" grants leave, it hedges nothing (issue 15)


def _generic_person(subject: Token, words: _Words) -> bool:
    """People in general or any of a kind: "fans", "any member", "all residents", "anyone"; not
    "the minister", "these voters", "his aides", "I", "she" (a definite party's "may" is a possibility)."""
    if _lower(subject) in _VAGUE:
        return subject.pos_ == "PRON"
    if subject.pos_ != "NOUN" or not words.is_party(subject):
        return False
    for c in subject.children:
        if c.dep_ == "poss" or c.dep_ == "det" and ("Def" in c.morph.get("Definite") or "Dem" in c.morph.get("PronType")):
            return False
    return subject.tag_ == "NNS" or any(c.dep_ == "det" for c in subject.children)


def _permission_may(token: Token, words: _Words) -> bool:
    """"may" of permission (root MAY, Coates 1983): a generic person as subject, an act (no "be",
    "have", perfect, progressive or passive, no verb of what befalls one), and a sign of a rule in
    the clause (:data:`_PERMISSION_MARKS`: "may only enter", "under the new rules", "their own
    food"). "Voters may punish the party", "investors may flee within days" (no sign) stay possibilities."""
    verb = token.head
    if not _is_verb(verb) or lemma_of(verb) in ("be", "have") or lemma_of(verb) in words.event_verbs:
        return False
    if any(c.dep_ in ("aux", "auxpass") and c.i != token.i and c.tag_ != "TO" for c in verb.children):
        return False
    subject = _subject(verb)
    if subject is None or not _generic_person(subject, words):
        return False
    return any(_lower(t) in _PERMISSION_MARKS for t in verb.subtree if t.i != token.i and t.dep_ in ("advmod", "prep", "amod"))


def _modal_scope(token: Token, sentence: Span, scope: str, words: _Words) -> str | None:
    """"may", "might", "could" of possibility; not the month, "could" of ability or in a purpose clause."""
    lower = _lower(token)
    if token.tag_ != "MD" and lower not in _POSSIBILITY_MODALS:
        return None
    if lower == "may" and token.tag_ != "MD":
        return None  # the month
    if lower == "could" and not _epistemic_could(token, words):
        return None
    if scope == "main" and _concessive(token):
        scope = "listed"
    if _in_purpose(token, sentence) and lower == "could":
        return None
    subject = _subject(token.head)
    if scope == "main" and subject is not None and _lower(subject) == "you":
        scope = "listed"  # generic "you might spend $20 million": an illustration
    if _direct_question(token):
        return None  # "but could we actually win the council so we could ...?": a question asks, it hedges no claim
    return scope


def _direct_question(token: Token) -> bool:
    """The token stands in a direct question: the first stop after it is a "?" ("could we win
    the council so we could ...?" she asked), not a full stop or "!"."""
    for t in token.doc[token.i + 1 : token.sent.end]:
        if t.text in ("?", ".", "!", "?”", '?"'):
            return t.text.startswith("?")
    return False


def _verb_scope(token: Token, sentence: Span, scope: str, words: _Words) -> str | None:
    """A tentative verb ("believes that", "appears to") whose subject is not vague."""
    lemma = lemma_of(token)
    if not _verbal(token) or not _tentative_verb(token, lemma):
        return None
    subject = _subject(token)
    if subject is not None and _lower(subject) in _VAGUE:
        return None
    if subject is not None and _lower(subject) in _SECOND and lemma in _BELIEF_VERBS:
        return None if scope == "none" else "listed"  # "You think I'm going to change?", "you'd think they would call": the addressee's belief, put to them
    if lemma == "suggest" and scope == "main" and _proposes_clause(token):
        return None
    if scope == "main" and _concessive(token):
        scope = "listed"  # "I suppose I could have ..., but I chose ..."
    return scope


def _adverb_scope(token: Token, sentence: Span, scope: str, words: _Words) -> str | None:
    """"probably", "it is possible that"; a hedge adjective on a noun is only listed."""
    if _lower(token) == "possible" and not _possible_hedges(token):
        return None
    if _compared_likelihood(token):
        return "listed"  # "voters are much less likely to back the tax": a measured difference
    if token.pos_ == "NOUN" and scope == "main":
        return "listed"  # "the potential to unify", "in terms of potential": a prospect named, no claim hedged
    return "listed" if token.dep_ == "amod" and scope == "main" else scope


def _compared_likelihood(token: Token) -> bool:
    """"likely" compared ("much less likely to vote", "more likely than men to own a gun"): the
    difference between groups is what is stated, as a finding, not an uncertain claim."""
    return _lower(token) in ("likely", "unlikely") and any(
        c.dep_ == "advmod" and _lower(c) in ("more", "less", "most", "least") for c in token.children)


def _noun_scope(token: Token, sentence: Span, scope: str, words: _Words) -> str | None:
    if token.pos_ != "NOUN":
        return None
    return "listed" if scope == "main" and token.dep_ not in ("ROOT", "attr", "nsubj") else scope


def _marker_scope(token: Token, sentence: Span, scope: str, words: _Words) -> str | None:
    """"unclear whether", "to determine whether": the matter is open; "asked whether" is a question."""
    if _lower(token) != "whether":
        return None
    clause = token.head
    governor = clause.head if clause.head.i != clause.i else clause
    return "main" if lemma_of(governor) in words.whether_heads else None


@dataclass(frozen=True)
class HedgeCheck:
    """A named check for the hedge words of one kind in hedges.tsv: the scope it takes, or None."""

    id: str
    kind: str
    scope: Callable[[Token, Span, str, _Words], str | None]


# One check per kind of hedge word; the multi-word hedges are HEDGE_PHRASE, the cue's own CUE_HEDGE.
HEDGE_CHECKS: tuple[HedgeCheck, ...] = (
    HedgeCheck("stance.hedge_modal", HedgeKind.MODAL, _modal_scope),
    HedgeCheck("stance.hedge_verb", HedgeKind.VERB, _verb_scope),
    HedgeCheck("stance.hedge_adverb", HedgeKind.ADVERB, _adverb_scope),
    HedgeCheck("stance.hedge_noun", HedgeKind.NOUN, _noun_scope),
    HedgeCheck("stance.hedge_marker", HedgeKind.MARKER, _marker_scope),
)
HEDGE_PHRASE = "stance.hedge_phrase"
REPORTED_BELIEF = "stance.reported_belief"  # the guard: a belief reported by a speech verb inside the content is someone else's
OTHERS_BELIEF = "stance.others_belief"  # the guard: in a direct quote, a belief held by someone else is no hedge of the source's
CUE_HEDGE = "stance.cue_hedge"
LONE_HEDGE = "stance.lone_hedge"  # the guard: one hedged sentence among firm ones hedges that sentence, not the quote (issue 15)
_FIRM_SENTENCES = 2  # firm sentences beside the hedged one that make the hedge a side remark
_FIRM_WORDS = 4  # words a sentence needs to state something ("It has to." does not)
_FINITE_TAGS = ("VBD", "VBZ", "VBP", "MD")


def _verbal(token: Token) -> bool:
    return _is_verb(token) and token.tag_ != "MD" and token.dep_ not in ("amod", "acomp")


def _hedge_kind(w: _Tok, hedges: Mapping[str, str]) -> str | None:
    """Verbs by lemma ("believes", "suspected that"); other words as written, so participles used
    as adjectives count ("the suspected hackers", "the alleged fraud") but "he alleged" not."""
    verbal = w.verb and w.tag != "MD" and w.dep not in ("amod", "acomp")  # as _verbal
    kind = (hedges.get(w.lemma) if hedges.get(w.lemma) == HedgeKind.VERB else None) if verbal else hedges.get(w.lower)
    if kind is None and verbal and w.tag == "VBN" and hedges.get(w.lower) == HedgeKind.ADVERB:
        kind = HedgeKind.ADVERB  # passives: "is rumored to be ill", "is alleged to have paid"
    return kind


def _content_hedges(content: Span, words: _Words, skip: set[int], *, disabled: frozenset[str] = frozenset()) -> list[_Hedge]:
    """The hedges of the content, in text order, then its hedge phrases; ``disabled``: check ids to skip."""
    checks = {check.kind: check for check in HEDGE_CHECKS if check.id not in disabled}
    text = words.text(content)
    phrases = _phrase_hits(text, words.hedges, memo=words.patterns) if HEDGE_PHRASE not in disabled else []
    covered = _phrase_tokens(content, phrases, text=text) | skip
    found: list[_Hedge] = []
    tokens = words.tokens(content)
    quoted = OTHERS_BELIEF not in disabled and _is_direct_quote(content, text=text)
    for sentence in words.sentences(content):
        for tok in tokens[sentence.start - content.start : sentence.end - content.start]:
            token = tok.token
            if token.i in covered:
                continue
            kind = _hedge_kind(tok, words.hedges)
            check = checks.get(kind) if kind is not None else None
            if check is None:
                continue
            scope = check.scope(token, sentence, _scope(token, sentence), words)
            if kind == HedgeKind.MODAL and PERMISSION_MAY not in disabled and _lower(token) == "may" and _permission_may(token, words):
                scope = None  # leave granted under a rule: no hedge at all, as "could" of ability
            if scope == "main" and kind == HedgeKind.VERB and (quoted and _others_belief(token) or (
                    REPORTED_BELIEF not in disabled and _reported_belief(token, content, words, skip))):
                scope = "listed"  # someone else's belief: listed among the hedge words, no hedge of the claim
            if scope is not None and scope != "none":
                found.append(_Hedge(tok.lower, token, scope == "main", check.id))
    if LONE_HEDGE not in disabled and not phrases:
        _demote_lone_hedge(found, words.sentences(content))
    found += [_Hedge(phrase, None, not _relative_phrase(phrase, content), HEDGE_PHRASE) for phrase in phrases]
    return found


def _relative_phrase(phrase: str, content: Span) -> bool:
    """A hedge phrase that stands only in a relative clause ("another reason the state is difficult
    to predict"): it qualifies that noun's clause, not the main proposition, so it is only listed."""
    anchors = _anchors(phrase, content)
    return bool(anchors) and all(_in_relative_clause(t, content) for t in anchors)


def _demote_lone_hedge(found: list[_Hedge], sentences: list[Span]) -> None:
    """A content of several sentences whose hedges all sit in one, beside at least
    :data:`_FIRM_SENTENCES` firm statements ("We paid every bill on time. We kept every promise.
    I think we earned the right to be here."): the hedge qualifies its own sentence, not what
    the source says (the guideline's scope over the main proposition), so it is listed only."""
    scoped = [h for h in found if h.scoped and h.token is not None]
    if not scoped or len(sentences) < _FIRM_SENTENCES + 1:
        return
    hedged = {k for k, sentence in enumerate(sentences) for h in scoped if sentence.start <= h.token.i < sentence.end}
    if len(hedged) != 1:
        return
    firm = sum(1 for k, sentence in enumerate(sentences) if k not in hedged and _firm(sentence, found))
    if firm >= _FIRM_SENTENCES:
        for h in scoped:
            h.scoped = False
            h.rule = LONE_HEDGE


def _firm(sentence: Span, found: list[_Hedge]) -> bool:
    """A sentence that states a fact or a confident prediction: a few words, no question mark, no
    hedge word, and a root verb that is finite, not hypothetical or of necessity ("would like", "has
    to", "should"), not said of a generic "you", and not under a condition ("If they want ..., they
    have to ...")."""
    if sum(1 for t in sentence if not t.is_punct) < _FIRM_WORDS or any(t.text == "?" for t in sentence):
        return False
    if any(h.token is not None and sentence.start <= h.token.i < sentence.end for h in found):
        return False
    root = sentence.root
    if not any(t.tag_ in _FINITE_TAGS for t in sentence):
        return False
    if any(c.tag_ == "MD" and _lower(c) not in _FIRM_MODALS for c in root.children):
        return False
    if lemma_of(root) in _NECESSITY_VERBS and any(c.dep_ == "xcomp" for c in root.children):
        return False
    subject = _subject(root)
    if subject is not None and _lower(subject) in _SECOND:
        return False
    return not any(c.dep_ == "advcl" and _mark(c) in _CONDITION_MARKS for c in root.children)


def _others_belief(token: Token) -> bool:
    """In a direct quote the source speaks as "I" or "we": a belief verb whose subject is anyone
    else ("They believe that we use camels", "every other senator thinks he's a whack job", "the
    chamber thinks that ...") reports another's belief, it hedges nothing the source claims."""
    if lemma_of(token) not in _BELIEF_VERBS:
        return False
    subject = _subject(token)
    return subject is not None and subject.dep_ == "nsubj" and _lower(subject) not in _SELF | _SECOND and _lower(subject) not in _VAGUE


def _reported_belief(token: Token, content: Span, words: _Words, skip: set[int]) -> bool:
    """A belief verb in the clause of a speech verb inside the content ("(55 percent of voters)
    said they do not believe ...", "the farmers told us they think the dam will hold"): the
    source reports someone's belief, it does not hedge its own claim."""
    if lemma_of(token) not in _BELIEF_VERBS or token.dep_ != "ccomp":
        return False
    verb, believer = token.head, _subject(token)
    if not (content.start <= verb.i < content.end) or verb.i in skip or words.cue_verbs.get(lemma_of(verb)) != CueKind.SAY:
        return False  # the claim's own cue standing between two quoted pieces is the source's
    subject = _subject(verb)
    return subject is not None and _lower(subject) not in _SELF and (believer is None or _lower(believer) not in _SELF)


def _in_purpose(token: Token, sentence: Span) -> bool:
    for node in _path_to_top(token, sentence):
        if node.dep_ == "advcl" and (
            _mark(node) in _PURPOSE_MARKS or any(c.lower_ == "to" and c.dep_ == "aux" for c in node.children)
        ):
            return True
    return False


def _tentative_verb(token: Token, lemma: str) -> bool:
    """A hedge verb used tentatively: "believe that ...", "appears to", not "believe in",
    "should be believed", "appear in court", "thinking about", "supposed to"."""
    deps = {c.dep_ for c in token.children}
    preps = {_lower(c) for c in token.children if c.dep_ == "prep"}
    if any(c.dep_ == "aux" and _lower(c) in _ABILITY_AUX for c in token.children):
        return False  # "could easily guess", "can see": ability
    if lemma in _APPEAR_VERBS:
        if preps & _PRESENCE_PREPS:
            return False  # "appear in court", "appeared on television"
        if deps & {"xcomp", "acomp", "ccomp", "attr", "oprd"}:
            return True
        if any(_lower(c) in _IMPERSONAL_SUBJECTS for c in token.children if c.dep_ in ("nsubj", "expl")):
            return True
        return "like" in preps or any(_lower(c) in _COMPARISON_MARKS for c in token.children if c.dep_ in ("mark", "advcl"))
    if lemma in _BELIEF_VERBS:
        if lemma == "suppose" and (token.tag_ == "VBN" or "xcomp" in deps):
            return False  # "supposed to": obligation
        if "auxpass" in deps or "nsubjpass" in deps:
            return False  # "should be believed": trust
        if preps & _BELIEF_OBJECT_PREPS and "ccomp" not in deps:
            return False
        if any(c.dep_ == "dobj" and (c.pos_ == "PRON" and _lower(c) not in _CLAUSE_OBJECTS) for c in token.children):
            return False  # "believe them": trust
        if any(c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN") for c in token.children) and "ccomp" not in deps:
            return lemma in _OBJECT_HEDGES
        return True
    if lemma in _ESTIMATE_VERBS:
        return not (lemma == "project" and any(c.dep_ == "dobj" and lemma_of(c) in _PROJECT_OBJECTS for c in token.children))
    return True


def _proposes_clause(token: Token) -> bool:
    for c in token.children:
        if c.dep_ == "ccomp":
            if any(a.dep_ == "aux" and _lower(a) in _OBLIGATION_MODALS for a in c.children):
                return True
            if c.tag_ == "VB" and not any(a.dep_ in ("aux", "auxpass") for a in c.children):
                return True
            return False
    return any(c.dep_ in ("dobj", "xcomp") for c in token.children)


def _possible_hedges(token: Token) -> bool:
    """"it is possible that": a hedge; "as soon as possible", "every delegate possible", "make it possible": not."""
    prev = token.doc[token.i - 1] if token.i > 0 else None
    if prev is not None and _lower(prev) in _POSSIBLE_IDIOM_MARKS:
        return False
    if token.dep_ in ("amod",) and token.head.i < token.i:
        return False  # postposed: "every delegate possible"
    if token.dep_ in ("ccomp", "oprd", "xcomp") or lemma_of(token.head) in _CAUSATIVE_VERBS:
        return False
    return not any(_lower(c) == "as" for c in token.children)


def _softens_demand(token: Token | None, words: _Words) -> bool:
    """"maybe we do need universal college", "perhaps they should resign": a softened demand
    is still the source's opinion, not an uncertain claim."""
    if token is None or token.tag_ == "MD" or _is_verb(token):
        return False
    clause = token.head
    if any(c.tag_ == "MD" and _lower(c) in _FUTURE_MODALS for c in clause.children):
        return False  # "fares would probably need to rise": a need foreseen, an uncertain claim
    for c in clause.children:
        if c.tag_ == "MD" and words.stance_words.get(_lower(c)) == StanceWordKind.DEONTIC:
            return True
    return lemma_of(clause) in _NECESSITY_VERBS and any(c.dep_ == "xcomp" for c in clause.children) or (
        lemma_of(clause) == "need" and any(c.dep_ == "dobj" for c in clause.children)
    )
