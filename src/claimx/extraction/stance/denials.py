"""Denial signals: the words by which the content pushes back on a claim."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import NamedTuple

from spacy.tokens import Span, Token

from ...labels import AllegationKind, DenialKind, StanceWordKind
from ...lexicons import lemma_of

from .wordsets import _ANAPHORIC_SUBJECTS, _CLAIM_PRONOUNS, _FIRST_PERSONAL, _FUTURE_MODALS, _NEGATIONS, _PART_WORDS, _CLAIM_VERBS, _CLAUSE_REJECTIONS
from .syntax import _own_side, _anchors, _expand_negation, _in_condition, _in_relative_clause, _is_direct_quote, _is_negated, _is_verb, _lower, _mark, _modal, _negation, _open_clause, _particles, _path_to_top, _subject
from .phrases import _phrase_hits, _phrase_tokens
from .words import _Tok, _Words, _wrong_kind_of
from .cue import _cue_phrase
from .opinion import _is_opinion
from .own_side import _accusation_against_self, _denied_act, _denied_contact, _denied_wrongdoing, _negated_claim



def _predicated_of_claim(token: Token, content: Span, words: _Words, *, minimize: bool = False, claim_only: bool = False) -> bool:
    """"That is false", "the report is baseless", "baseless allegations": a rejection; "a
    false start", "it's ridiculous that we pay", "Trump is wrong about trade": not. A word of
    minimization (``minimize``) is said of any subject but a party: "the threat is overblown"; a
    word that also judges acts (``claim_only``: "wrong") only of a claim noun: "the report is wrong"."""
    lower = _lower(token)
    if lower == "falsely":
        return lemma_of(token.head) in _CLAIM_VERBS
    if any(n.dep_ in ("relcl", "acl") for n in _path_to_top(token, content)[:-1]):
        return False  # "claims that have proved false": said of someone else's claim, no rejection by the source
    labelled = _labelled_object(token)
    if labelled is not None:
        verb, thing = labelled
        if _is_negated(verb):
            return False  # "did not call it false"
        if words.denials.get(lemma_of(verb)) == DenialKind.VERB:
            return True  # "dismissed the whole affair as absurd": the cue itself makes it a claim
        if lemma_of(verb) not in words.label_verbs:
            return False  # "the website cites claims as inaccurate": the source reports another's label
        return thing is not None and (lemma_of(thing) in words.claim_nouns or _lower(thing) in _CLAIM_PRONOUNS)
    if token.dep_ == "amod":
        if claim_only:
            return False  # "the wrong report", "a mistaken claim": the writer's label or a mix-up
        if token.head.dep_ == "ROOT" and any(c.dep_ in ("acl", "ccomp", "relcl") for c in token.head.children):
            return False  # "a false claim that ...": the writer's label for the content itself
        return lemma_of(token.head) in words.claim_nouns or _lower(token.head) in words.claim_forms
    if token.dep_ in ("acomp", "attr", "oprd") or (token.dep_ == "ROOT" and token.pos_ == "ADJ") or (
        token.tag_ == "VBN" and any(c.dep_ == "nsubjpass" for c in token.children)
    ):
        head = token if token.dep_ == "ROOT" or token.tag_ == "VBN" else token.head
        subject = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None and lemma_of(subject) in _PART_WORDS:
            # "all of the claims in the suit are false": said of the claims
            subject = next((g for p in subject.children if p.dep_ == "prep" and _lower(p) == "of" for g in p.children if g.dep_ == "pobj"), subject)
        if _is_negated(head) or _is_negated(token):
            return False
        if claim_only:
            if subject is None and token.dep_ == "acomp":
                subject = _subject(token.head)  # "the claims are mistaken": a participle read as acomp
            return subject is not None and lemma_of(subject) in words.claim_nouns
        if subject is None:
            return True
        if _lower(subject) in _ANAPHORIC_SUBJECTS:
            extraposed = any(c.dep_ in ("ccomp", "xcomp") for c in list(head.children) + list(token.children))
            return not (_lower(subject) == "it" and extraposed)
        if lemma_of(subject) in words.claim_nouns:
            return True
        if minimize and not words.is_party(subject):
            return True  # "the attention was overblown": the claim that it is great, rejected
        return lower == "innocent" and subject.pos_ in ("PRON", "PROPN", "NOUN")
    return False


def _labelled_object(token: Token) -> tuple[Token, Token | None] | None:
    """The verb and its object when ``token`` is the label a verb gives its object ("called the
    report false", "dismissed it as absurd", "called that beyond preposterous"): the label is
    said of the object, not of the subject. None for any other position."""
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head  # "unfair and absurd"
    if token.dep_ in ("pobj", "amod") and token.head.dep_ in ("prep", "oprd") and _lower(token.head) in ("as", "beyond"):
        token = token.head  # "as absurd", "beyond preposterous"
    if token.dep_ == "appos" and token.head.dep_ == "dobj" and _is_verb(token.head.head):
        # 'called the suit “a political stunt”': with the label in quotation marks the parse
        # often makes it the object's appositive
        return token.head.head, token.head
    if token.dep_ not in ("oprd", "prep") or not _is_verb(token.head):
        return None
    if token.dep_ == "prep" and _lower(token) not in ("as", "beyond"):
        return None  # "called that beyond preposterous" labels the object too
    verb = token.head
    return verb, next((c for c in verb.children if c.dep_ == "dobj"), None)


def _rejects_claim(verb: Token, words: _Words) -> bool:
    """"must rebut Trump's claims", "rejects his comments", "arguments ... are easily refuted"."""
    if _is_negated(verb):
        return False
    # a phrasal verb's object stands after its preposition: "pushed back on the reports"
    objects = [g for c in verb.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    for c in [*verb.children, *objects]:
        if c.dep_ in ("dobj", "nsubjpass") and lemma_of(c) in _PART_WORDS:
            # "many of their arguments are easily refuted"
            c = next((g for p in c.children if p.dep_ == "prep" and _lower(p) == "of" for g in p.children if g.dep_ == "pobj"), c)
        if c.dep_ in ("dobj", "nsubjpass", "pobj") and lemma_of(c) in words.claim_nouns:
            return True
        if c.dep_ == "dobj" and _lower(c) in _CLAIM_PRONOUNS:
            return True
        if c.dep_ == "ccomp" and lemma_of(verb) in _CLAUSE_REJECTIONS:
            return True
    return False


@dataclass(frozen=True)
class _Reading:
    """What every denial rule reads besides the token."""

    content: Span
    words: _Words
    quoted: bool  # the content is a direct quote: "he" there is someone else
    conceded: bool  # the cue reports a concession ("admitted"): granting about one's own side
    defended: bool = False  # the cue is a plain speech verb, no finding: a party's negated act is defended
    source: Span | None = None  # the claim's source, when known: the source named again is its own side


class _Word(NamedTuple):
    """A content token as the denial rules read it, computed once per token."""

    token: Token
    lower: str
    lemma: str
    verb: bool
    kind: str | None  # its label in denials.tsv (see _denial_kind_of)
    tok: _Tok  # all its attributes read (``_Words.tokens``)


@dataclass(frozen=True)
class TokenRule:
    """A named rule over one token: the first rule that ``takes`` a token reads it, the rest skip it."""

    id: str
    takes: Callable[[_Word, _Reading], bool]
    read: Callable[[_Word, _Reading], str | None]


def _denial_kind_of(w: _Tok, words: _Words) -> str | None:
    """The token's label in denials.tsv: as written, or by lemma for plural nouns ("fabrications")."""
    kind = words.denials.get(w.lower)
    if kind is None and w.pos == "NOUN" and words.denials.get(w.lemma) in (DenialKind.PHRASE, DenialKind.PREDICATE, DenialKind.MINIMIZE):
        kind = words.denials.get(w.lemma)
    return kind


def _takes_rejection_word(w: _Word, r: _Reading) -> bool:
    """"a hoax", "fake news": a rejection word, not in a relative clause nor negated."""
    return w.kind == DenialKind.PHRASE and not _in_relative_clause(w.token, r.content) and not _is_negated(w.token.head)


def _takes_rejecting_predicate(w: _Word, r: _Reading) -> bool:
    return w.kind in (DenialKind.PREDICATE, DenialKind.MINIMIZE, DenialKind.CLAIM_PREDICATE) and _predicated_of_claim(
        w.token, r.content, r.words, minimize=w.kind == DenialKind.MINIMIZE, claim_only=w.kind == DenialKind.CLAIM_PREDICATE)


def _takes_rejection_verb(w: _Word, r: _Reading) -> bool:
    """"must rebut Trump's claims"."""
    return w.verb and r.words.denials.get(w.lemma) == DenialKind.VERB and _rejects_claim(w.token, r.words)


def _takes_phrasal_rejection(w: _Word, r: _Reading) -> bool:
    return w.verb and bool(_cue_phrase([w.token, *_particles(w.token)], r.words))


def _read_phrasal_rejection(w: _Word, r: _Reading) -> str | None:
    """"brushed aside the allegations", "pushed back on the reports"."""
    return _cue_phrase([w.token, *_particles(w.token)], r.words) if _rejects_claim(w.token, r.words) else None


def _takes_negcue(w: _Word, r: _Reading) -> bool:
    return w.verb and r.words.denials.get(w.lemma) == DenialKind.NEGCUE


def _takes_dont_believe(w: _Word, r: _Reading) -> bool:
    return w.lemma == "believe" and _is_negated(w.token) and w.token.tag_ == "VB" and _subject(w.token) is None


def _read_dont_believe(w: _Word, r: _Reading) -> str | None:
    """"Don't believe it."."""
    if any(c.dep_ == "dobj" for c in w.token.children):
        return f"{_negation(w.token).text} {w.token.text}".lower()  # type: ignore[union-attr]
    return None


def _takes_disbelief(w: _Word, r: _Reading) -> bool:
    return w.verb and w.lemma in r.words.belief_lemmas and w.tok.tag in ("VBP", "VBZ", "VB") and _is_negated(w.token)


def _read_disbelief(w: _Word, r: _Reading) -> str | None:
    """"I don't believe he took the money", "we do not think there is any link", "(he said) he
    does not believe the figures are right": the source's present disbelief of a stated fact (a
    past act, a state, an existence) rejects the claim that it is so (issue 15). Not a doubt
    about a prospect ("I don't think that's going to work", "I don't believe she can win"): that
    is a hedge, also when it sits in a result clause ("... such a number that they would
    matter"); not a past belief ("I did not think it was part of the job"); not an opinion
    ("I don't think it's a good idea"), a report of others' disbelief, a condition or a question."""
    verb = w.token
    aux = next((c for c in verb.children if c.dep_ == "aux"), None)
    if aux is None or _lower(aux) not in ("do", "does") or not _own_side(_subject(verb), quoted=r.quoted, source=r.source):
        return None  # "did not think": a past belief; "voters do not believe": others' disbelief
    if _modal(verb) or _open_clause(verb) or _in_condition(verb, r.content):
        return None
    clause = next((c for c in verb.children if c.dep_ == "ccomp"), None)
    if clause is None or not _is_verb(clause) or _modal(clause) or _open_clause(clause):
        return None
    if any(c.dep_ == "xcomp" for c in clause.children) and lemma_of(clause) == "go":
        return None  # "I don't think it's going to work": a prospect doubted, a hedge
    if any(t.tag_ == "MD" for t in clause.subtree):
        return None  # "we don't believe they are in such numbers that they would change the war": a forecast
    past = clause.tag_ in ("VBD", "VBN") or any(c.dep_ in ("aux", "auxpass") and _lower(c) in ("did", "has", "have", "had") for c in clause.children)
    if not (past or lemma_of(clause) == "be") or lemma_of(clause) in r.words.volition or _is_opinion(clause, r.words):
        return None  # "I don't think it stands to reason": an assessment, no fact rejected
    return f"{_negation(verb).text} {w.lower}".lower()  # type: ignore[union-attr]


def _takes_wrongdoing(w: _Word, r: _Reading) -> bool:
    return _wrong_kind_of(w.tok, r.words) in (AllegationKind.ACT, AllegationKind.VICE, AllegationKind.HARM) and not r.conceded


def _read_wrongdoing(w: _Word, r: _Reading) -> str | None:
    """A wrongdoing denied of one's own side, or an accusation against oneself passed on."""
    word = _denied_wrongdoing(w.token, r.words, r.content, quoted=r.quoted, defended=r.defended, source=r.source)
    return word or _accusation_against_self(w.token, r.words, r.content)


def _takes_contact(w: _Word, r: _Reading) -> bool:
    contact = r.words.stance_words.get(w.lemma) == StanceWordKind.CONTACT or r.words.stance_words.get(w.lower) == StanceWordKind.CONTACT
    if contact and w.lemma == "hand" and not any(  # "in" on the noun, or on its verb after it
            c.dep_ == "prep" and _lower(c) == "in" and c.i > w.token.i for c in (*w.token.children, *w.token.head.children)):
        return False  # "had no hand in it" is involvement; "doesn't have small hands" is a body
    return contact and not r.conceded


def _takes_not_that(w: _Word, r: _Reading) -> bool:
    return w.lemma == "be" and _not_that(w.token) is not None


def _takes_insisting_verb(w: _Word, r: _Reading) -> bool:
    return w.verb and r.words.stance_words.get(w.lemma) in (StanceWordKind.INSIST, StanceWordKind.STRESS) and not _is_negated(w.token)


def _read_insisting_verb(w: _Word, r: _Reading) -> str | None:
    """"Obama emphasized that he did not pick a nominee to please anyone"."""
    clause = next((c for c in w.token.children if c.dep_ == "ccomp"), None)
    strong = r.words.stance_words.get(w.lemma) == StanceWordKind.INSIST
    negation = _negated_claim(clause, r.words, strong=strong, source=r.source) if clause is not None else None
    return f"{w.lower} {negation}" if negation else None


def _takes_prospect(w: _Word, r: _Reading) -> bool:
    return w.lemma == "happen" and w.tok.tag == "VB"


def _read_rejected_prospect(w: _Word, r: _Reading) -> str | None:
    """"That just won't happen", "this is not going to happen", "it will never happen": a
    prospect someone raised ("that", "this", "it") rejected outright, a pre-emptive rejection.
    Not a past fact ("that hasn't happened yet", read by ``stance.denied_act``), nor a promise
    not to repeat ("it won't happen again")."""
    verb = w.token
    negated = verb
    if verb.dep_ == "xcomp" and lemma_of(verb.head) == "go":
        negated = verb.head  # "is not going to happen"
    elif not any(c.dep_ == "aux" and _lower(c) in _FUTURE_MODALS for c in verb.children):
        return None
    negation, subject = _negation(negated), _subject(negated)
    if negation is None or subject is None or _lower(subject) not in _CLAIM_PRONOUNS:
        return None
    if any(_lower(c) == "again" for c in verb.children) or _in_condition(verb, r.content):
        return None
    return f"{negation.text} {w.lower}".lower()


def _takes_unaccepted(w: _Word, r: _Reading) -> bool:
    return w.verb and r.words.stance_words.get(w.lemma) == StanceWordKind.ACCEPT and _is_negated(w.token)


def _read_unaccepted(w: _Word, r: _Reading) -> str | None:
    """"I don't buy it", "we do not accept these findings", "don't buy the idea that ...": the
    source refuses to take a claim as true. Only the source's own refusal (first person, or an
    imperative), not a report of others' ("voters do not buy his story"), nor a plan ("will not accept")."""
    verb = w.token
    subject = _subject(verb)
    if subject is not None and _lower(subject) not in _FIRST_PERSONAL:
        return None
    if subject is None and verb.tag_ != "VB":
        return None
    if any(c.dep_ == "aux" and _lower(c) in _FUTURE_MODALS for c in verb.children) or _in_condition(verb, r.content):
        return None
    claim = next((c for c in verb.children if c.dep_ in ("dobj", "ccomp")), None)
    if claim is None or not (claim.dep_ == "ccomp" or lemma_of(claim) in r.words.claim_nouns or _lower(claim) in _CLAIM_PRONOUNS):
        return None
    return f"{_negation(verb).text} {w.lower}".lower()  # type: ignore[union-attr]


def _takes_unconvinced(w: _Word, r: _Reading) -> bool:
    return w.kind == DenialKind.CREDENCE and w.token.dep_ in ("oprd", "ccomp", "xcomp", "acomp") and lemma_of(w.token.head) == "find"


def _read_unconvinced(w: _Word, r: _Reading) -> str | None:
    """"I do not find their arguments compelling", "we don't find the account credible": the
    source, not finding a claim convincing, rejects it. Only the source's own present view (first
    person, or the source's side in reported speech), with a claim noun or a pronoun as object,
    not a plan ("will not find"), a condition, or others' view ("voters do not find him credible")."""
    find = w.token.head
    negation = _negation(find)
    if negation is None or _modal(find) or _open_clause(find) or _in_condition(find, r.content):
        return None
    if not _own_side(_subject(find), quoted=r.quoted, source=r.source):
        return None
    # the object stands on "find" or, as the parse often has it, as the adjective's subject
    thing = next((c for c in (*find.children, *w.token.children) if c.dep_ in ("dobj", "nsubj") and c.i > find.i), None)
    if thing is None or not (lemma_of(thing) in r.words.claim_nouns or _lower(thing) in _CLAIM_PRONOUNS):
        return None
    return f"{negation.text} find {w.lower}".lower()


def _takes_disowned(w: _Word, r: _Reading) -> bool:
    return w.verb and r.words.denials.get(w.lemma) == DenialKind.DISOWN and _is_negated(w.token)


def _read_disowned(w: _Word, r: _Reading) -> str | None:
    """"I certainly do not condone that", "we do not endorse those remarks": the source's present
    refusal to approve what was said or done disowns it, as "disavowed" does. Only the source's
    own (first person, or its side in reported speech), in the present, with a pronoun or a claim
    noun as object; not a plan ("will not endorse"), a past act ("did not endorse him": read by
    the other rules), a policy or a person ("we do not endorse the plan", "anyone")."""
    verb = w.token
    aux = next((c for c in verb.children if c.dep_ == "aux"), None)
    if aux is None or _lower(aux) not in ("do", "does") or _modal(verb) or _open_clause(verb) or _in_condition(verb, r.content):
        return None
    if not _own_side(_subject(verb), quoted=r.quoted, source=r.source):
        return None
    thing = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if thing is None or not (lemma_of(thing) in r.words.claim_nouns or _lower(thing) in _CLAIM_PRONOUNS):
        return None
    return f"{_negation(verb).text} {w.lower}".lower()  # type: ignore[union-attr]


def _takes_unfit_claim(w: _Word, r: _Reading) -> bool:
    return w.verb and r.words.denials.get(w.lemma) == DenialKind.FIT and _is_negated(w.token)


def _read_unfit_claim(w: _Word, r: _Reading) -> str | None:
    """"The report does not reflect what happened", "their account does not match the record": a
    claim said not to fit the facts is rejected. The subject is a claim noun; not a plan, a
    condition or an open clause ("may not reflect", "if the figures do not match")."""
    verb = w.token
    if _modal(verb) or _open_clause(verb) or _in_condition(verb, r.content):
        return None
    subject = _subject(verb)
    if subject is None or lemma_of(subject) not in r.words.claim_nouns:
        return None
    return f"{_negation(verb).text} {w.lower}".lower()  # type: ignore[union-attr]


def _takes_your_claim(w: _Word, r: _Reading) -> bool:
    return w.verb and w.lemma in ("claim", "allege") and _subject(w.token) is not None and _lower(_subject(w.token)) == "you"


def _read_your_claim(w: _Word, r: _Reading) -> str | None:
    """"Here is the syllabus for the class you claim never existed", "You claim we hid the
    report; here are the minutes": the source answering someone puts their charge as a mere
    claim to rebut it. Not a question or a condition ("Do you claim ...?", "if you claim ..."),
    nor a negated or modal claim ("you can't claim", "you never claimed")."""
    verb = w.token
    if _is_negated(verb) or _modal(verb) or _in_condition(verb, r.content) or any(t.text == "?" for t in verb.sent):
        return None
    return f"you {w.lower}"


def _takes_put_question(w: _Word, r: _Reading) -> bool:
    return w.verb and w.lemma in r.words.belief_lemmas and (s := _subject(w.token)) is not None and _lower(s) == "you"


def _read_put_question(w: _Word, r: _Reading) -> str | None:
    """"You think I'm going to change? I'm not changing.", "Do you really believe we took the
    money? No.": a view put to the source as a question, answered at once with a "no" or by
    negating the act it asks about: the source rejects the view. The answer must follow in the
    content; a question left open ("You think they will pay?") rejects nothing."""
    question = w.token.sent
    if not any(t.text == "?" for t in question) or question.end >= r.content.end:
        return None
    answer = r.content.doc[question.end].sent
    words = [t for t in answer if not t.is_punct]
    if not words:
        return None
    if _lower(words[0]) == "no" and words[0].dep_ in ("intj", "det", "advmod") and (words[0].dep_ != "det" or len(words) == 1):
        return f"you {w.lower} ... ? no"
    asked = {lemma_of(t) for t in w.token.subtree if _is_verb(t) and t.i != w.token.i}
    root = answer.root
    if _is_verb(root) and lemma_of(root) in asked and _is_negated(root) and _own_side(_subject(root), quoted=False, source=r.source):
        return f"you {w.lower} ... ? {_negation(root).text.lower()} {_lower(root)}"  # type: ignore[union-attr]
    return None


def _takes_refused_fault(w: _Word, r: _Reading) -> bool:
    return r.words.denials.get(w.lemma) == DenialKind.FAULT or w.kind == DenialKind.FAULT


def _read_refused_fault(w: _Word, r: _Reading) -> str | None:
    """"I'm not going to say it was a mistake", "I won't admit any error", "I won't apologize for
    that", "we have nothing to apologise for": the source refusing to own a fault rejects the
    charge of it. Only the source's own refusal (first person, or its side in reported speech),
    not a condition; "I apologize", "it was a mistake" (owning up) and "they won't apologize" stay."""
    token = w.token
    if _in_condition(token, r.content):
        return None
    if w.verb:  # "apologize"
        if token.dep_ in ("relcl", "acl") and _lower(token.head) == "nothing" and lemma_of(token.head.head) == "have":
            return f"nothing to {w.lower}" if _own_side(_subject(token.head.head), quoted=r.quoted, source=r.source) else None
        refusal = _refusing(token)
        if refusal is None or not _own_side(_subject(refusal), quoted=r.quoted, source=r.source):
            return None
        if any(c.dep_ == "aux" and _lower(c) in ("did", "had") for c in refusal.children):
            return None  # "I did not apologize to anyone": a past fact, no refusal
        return f"{_negation(refusal).text} {w.lower}".lower()  # type: ignore[union-attr]
    # "mistake": the predicate of a clause the source refuses to say, admit or concede
    clause = token.head if token.dep_ in ("attr", "acomp", "dobj") else None
    if clause is None or clause.dep_ != "ccomp" and not (token.dep_ == "dobj" and lemma_of(clause) in ("admit", "concede")):
        return None
    speech = clause.head if clause.dep_ == "ccomp" else clause
    if lemma_of(speech) not in ("say", "admit", "concede", "accept"):
        return None
    refusal = _refusing(speech)
    if refusal is None or not _own_side(_subject(refusal), quoted=r.quoted, source=r.source):
        return None
    return f"{_negation(refusal).text} {lemma_of(speech)} {w.lower}".lower()  # type: ignore[union-attr]


def _refusing(verb: Token) -> Token | None:
    """The negated verb by which ``verb`` is refused: itself ("won't apologize", "did not
    apologize") or the "going" it hangs on ("I'm not going to say")."""
    if _is_negated(verb):
        return verb
    if verb.dep_ == "xcomp" and lemma_of(verb.head) == "go" and _is_negated(verb.head):
        return verb.head
    return None


def _takes_no_plan(w: _Word, r: _Reading) -> bool:
    return w.tok.pos == "NOUN" and r.words.stance_words.get(f"no {w.lower}") == StanceWordKind.PLAN


def _read_no_plan(w: _Word, r: _Reading) -> str | None:
    """"There are no plans to merge the two companies", "we have no intention of selling": the
    formulas by which a reported prospect is rejected (a pre-emptive rejection); not a plan
    stated of a party ("the company had no plans to close the plant"), a future or a condition."""
    noun = w.token
    no = next((c for c in noun.children if c.dep_ == "det" and _lower(c) == "no"), None)
    if no is None:
        return None
    prospect = any(c.dep_ == "acl" and any(a.dep_ == "aux" and _lower(a) == "to" for a in c.children) for c in noun.children) or any(
        c.dep_ == "prep" and _lower(c) == "of" and any(g.dep_ == "pcomp" for g in c.children) for c in noun.children
    )
    head = noun.head
    if not prospect or noun.dep_ not in ("attr", "dobj") or lemma_of(head) not in ("be", "have"):
        return None
    existential = any(c.dep_ == "expl" for c in head.children)  # "there are no plans"
    if (lemma_of(head) == "be" or w.lemma == "plan") and not existential:
        return None  # "the company had no plans to close the plant": a plan stated, no rejection
    if any(c.dep_ == "aux" and _lower(c) in _FUTURE_MODALS for c in head.children) or _in_condition(head, r.content):
        return None
    return f"no {w.lower}"


# The denial rules over content tokens, in order: a token is read by the first rule that takes it.
DENIAL_RULES: tuple[TokenRule, ...] = (
    TokenRule("stance.rejection_word", _takes_rejection_word, lambda w, r: w.lower),
    TokenRule("stance.rejecting_predicate", _takes_rejecting_predicate, lambda w, r: w.lower),
    TokenRule("stance.rejection_verb", _takes_rejection_verb, lambda w, r: w.lower),
    TokenRule("stance.phrasal_rejection", _takes_phrasal_rejection, _read_phrasal_rejection),
    TokenRule("stance.rejected_prospect", _takes_prospect, _read_rejected_prospect),
    TokenRule("stance.no_plan", _takes_no_plan, _read_no_plan),
    TokenRule("stance.unaccepted_claim", _takes_unaccepted, _read_unaccepted),
    TokenRule("stance.unconvinced", _takes_unconvinced, _read_unconvinced),
    TokenRule("stance.unfit_claim", _takes_unfit_claim, _read_unfit_claim),
    TokenRule("stance.your_claim", _takes_your_claim, _read_your_claim),
    TokenRule("stance.put_question", _takes_put_question, _read_put_question),
    TokenRule("stance.refused_fault", _takes_refused_fault, _read_refused_fault),
    TokenRule("stance.disowned", _takes_disowned, _read_disowned),
    TokenRule("stance.denied_act", _takes_negcue, lambda w, r: _denied_act(w.token, quoted=r.quoted, source=r.source)),
    TokenRule("stance.dont_believe", _takes_dont_believe, _read_dont_believe),
    TokenRule("stance.disbelief", _takes_disbelief, _read_disbelief),
    TokenRule("stance.denied_wrongdoing", _takes_wrongdoing, _read_wrongdoing),
    TokenRule("stance.denied_contact", _takes_contact, lambda w, r: _denied_contact(w.token, r.words, quoted=r.quoted, source=r.source)),
    TokenRule("stance.not_that", _takes_not_that, lambda w, r: _not_that(w.token)),
    TokenRule("stance.insisted_negation", _takes_insisting_verb, _read_insisting_verb),
)
DENIAL_PHRASE = "stance.rejection_phrase"  # multi-word rejections: "not true", "fake news"
NEGATIVE_ANSWER = "stance.negative_answer"  # the whole content a bare "no": "Absolutely not"
DENIAL_IN_CONDITION = "stance.denial_in_condition"  # the guard: a rejection inside a condition rejects nothing


def _denial_signals(
    content: Span, words: _Words, skip: set[int], *, conceded: bool = False, defended: bool = False,
    disabled: frozenset[str] = frozenset(), source: Span | None = None
) -> list[tuple[str, str]]:
    """The words by which the content pushes back on a claim, each with the id of the rule that
    found it, in text order (see the package docstring). ``conceded``: the cue reports a concession
    ("admitted", "acknowledged"), so what the source grants about its own side ("it had no formal
    relationship with them") is no rejection. ``defended``: the cue is a plain speech verb, so a
    wrongful act negated of a definite party is the source's defence of it. ``disabled``: rule ids to skip.
    ``source``: the claim's source span, when known (the source named again is its own side)."""
    text = words.text(content)
    phrases = _phrase_hits(text, words.denials, (DenialKind.PHRASE,), memo=words.patterns) if DENIAL_PHRASE not in disabled else []
    neutral = _phrase_hits(text, words.denials, (DenialKind.NEUTRAL,), memo=words.patterns) if phrases else []
    phrases = [p for p in phrases if not any(p in n for n in neutral)]  # "made up his mind"
    covered = _phrase_tokens(content, phrases + neutral, text=text) | skip
    hits: list[tuple[str, str]] = [(DENIAL_PHRASE, p) for p in phrases]
    if NEGATIVE_ANSWER not in disabled and (answer := _negative_answer(words.tokens(content), words)):
        hits.append((NEGATIVE_ANSWER, answer))
    reading = _Reading(content, words, _is_direct_quote(content, text=text), conceded, defended, source)
    rules = [(rule.id, rule.takes, rule.read) for rule in DENIAL_RULES if rule.id not in disabled]
    for tok in words.tokens(content):
        token = tok.token
        if token.i in covered:
            continue
        w = _Word(token, tok.lower, tok.lemma, tok.verb, _denial_kind_of(tok, words), tok)
        for rule_id, takes, read in rules:
            if takes(w, reading):
                if word := read(w, reading):
                    hits.append((rule_id, word))
                break
    if DENIAL_PHRASE not in disabled:
        found = {w for _, w in hits}
        expanded = _phrase_hits(_expand_negation(text), words.denials, (DenialKind.PHRASE,), memo=words.patterns)
        hits += [(DENIAL_PHRASE, p) for p in expanded if p not in found and not _in_relative_text(p, content)
                 and not any(p in n for n in neutral)]
    conditional: set[str] = set()
    if DENIAL_IN_CONDITION not in disabled:
        # "questioned why he would do so if it wasn't true": a condition rejects nothing
        conditional = {w for _, w in hits if (anchors := _anchors(w, content)) and all(_in_condition(t, content) for t in anchors)}
    first: dict[str, str] = {}
    for rule_id, word in hits:
        if word not in conditional:
            first.setdefault(word, rule_id)
    return [(rule_id, word) for word, rule_id in first.items()]


def _negative_answer(tokens: list[_Tok], words: _Words) -> str | None:
    """"Absolutely not", "Of course not", "No, no": a content that is only a negative answer
    rejects the question put to the source (``answer`` in denials.tsv); any other word ("not
    yet", "no comment", "not attacking him") makes it something else."""
    if len(tokens) > 12:
        return None  # too long to be a bare answer (read before the words, as this runs on every claim)
    said = [t.lower for t in tokens if t.lower[:1].isalpha()]
    if not said or len(said) > 4:
        return None
    text = " ".join(said)
    rest = text
    for phrase in sorted((w for w, k in words.denials.items() if k == DenialKind.ANSWER and " " in w), key=len, reverse=True):
        rest = rest.replace(phrase, " ")
    if any(words.denials.get(w) != DenialKind.ANSWER for w in rest.split()):
        return None
    return text if any(w in _NEGATIONS for w in text.split()) else None


def _in_relative_text(phrase: str, content: Span) -> bool:
    """A phrase matched on the expanded text stands in a relative clause ("claims that weren't true")."""
    anchors = _anchors(phrase, content)
    return bool(anchors) and all(_in_relative_clause(t, content) for t in anchors)


def _not_that(copula: Token) -> str | None:
    """"It's not that he lacked experience (, it's that ...)", "the issue is not that S": a
    negated copula whose predicate is a that-clause presents S as a claim and rejects it (Horn
    1985, "Metalinguistic negation and pragmatic ambiguity", *Language* 61). Not a degree word
    ("the problem isn't that big") or a plan ("it won't be that ...")."""
    negation = _negation(copula)
    if negation is None or _modal(copula) or _open_clause(copula):
        return None
    if any(c.dep_ in ("acomp", "attr", "oprd") for c in copula.children):
        return None
    clause = next((c for c in copula.children if c.dep_ == "ccomp" and c.i > negation.i and _mark(c) == "that"), None)
    if clause is None or copula.doc[negation.i + 1].i != clause.left_edge.i:
        return None
    return f"{negation.text} that".lower()


def _insisted_negation(clause: Token, words: _Words, cue_lemma: str | None, source: Span | None = None) -> str | None:
    """A cue that maintains a point against a contrary view, with a negated claim: "insisted that
    he had not met the ambassador", "countered that the figures were not final"."""
    kind = words.stance_words.get(cue_lemma or "")
    if kind not in (StanceWordKind.INSIST, StanceWordKind.STRESS):
        return None
    return _negated_claim(clause, words, strong=kind == StanceWordKind.INSIST, source=source)
