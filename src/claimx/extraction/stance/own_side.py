"""Denials of the source's own acts, wrongdoing and contacts, and maintained negations.

A source's denial of its own wrongdoing or contact is the "simple denial" of Benoit (1995),
*Accounts, Excuses, and Apologies*.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from ...labels import AllegationKind, CueKind
from ...lexicons import lemma_of
from .wordsets import (
    _FIRST_PERSONAL, _NOT_ADDITIVE, _OTHER_PERSONS, _PAST_ACT_AUX, _PAST_FACT_AUX, _PERFECT_AUX, _PROMISE_MODALS, _SELF, _WRONG_HEADS, _COMPARISON_MARKS,
    _PARTY_PREPS,
)
from .syntax import _clause_negation, _existential, _in_condition, _is_negated, _is_verb, _lower, _modal, _negation, _open_clause, _own_side, _same_party, _subject
from .words import _Words, _wrong_kind, _wrongdoing_sense
from .opinion import _is_opinion


def _negated_claim(clause: Token, words: _Words, *, strong: bool, source: Span | None = None) -> str | None:
    """The negation of a clause that states a fact, after a verb that maintains a point ("insisted
    he had not seen it"): not a plan, promise or prediction ("would not run", "is not going to
    change"), an intention ("did not want"), a reassurance ("there is no chance of"), a condition
    or a question. After "insist" the source's own side may be denied anything ("insisted it does
    not know"), anyone else a past act or a state ("insisted the deal was not a concession"), not
    a present assessment ("insisted the sanctions do not work"). After a verb of mere emphasis
    (``strong`` False) only the source's own past act or state counts ("stressed that he did not
    know", "stressed he is not a candidate"), not an assessment of something else ("stressed that
    the reforms were not complete") or a present policy ("stressed that we do not seek war"), and
    never an opinion ("insisted it was not a good idea")."""
    if not _is_verb(clause) or _modal(clause) or _open_clause(clause):
        return None
    negation = _clause_negation(clause)
    if negation is None or lemma_of(clause) in words.volition or _is_opinion(clause, words):
        return None  # "did not want troops there": an intention; "was not a good idea": an opinion
    if negation.dep_ == "det" and lemma_of(negation.head) in words.possibility_nouns:
        return None  # "there is no chance of violence": reassurance
    following = clause.doc[negation.i + 1] if negation.i + 1 < len(clause.doc) else None
    if following is not None and _lower(following) in _NOT_ADDITIVE:
        return None  # "not only", "not just"
    own = _own_side(_subject(clause), quoted=False, source=source)
    aux = {_lower(c) for c in clause.children if c.dep_ in ("aux", "auxpass")}
    past = clause.tag_ in ("VBD", "VBN") or bool(aux & _PAST_FACT_AUX)
    fact = past or lemma_of(clause) == "be"
    if not (own and fact if not strong else own or fact):
        return None  # "stressed that the reforms were not complete", "insisted the sanctions do not work": assessments
    return negation.text.lower()


def _denied_wrongdoing(token: Token, words: _Words, content: Span, *, quoted: bool, defended: bool = False,
                       source: Span | None = None) -> str | None:
    """A wrongdoing the source denies of itself or its side: "I did not lie", "we never colluded",
    "I am not a racist", "(he said) he did nothing illegal", "my campaign committed no crime", or
    denied outright: "there was no collusion". Negated wrongdoing of someone else is a finding or
    a defence: with ``defended`` (a plain speech cue, not a finding) a wrongful act negated of a
    definite party is the source's defence of it, a denial ("(its lawyer said) the committee did
    not discriminate against anyone", issue 15); a finding ("the inquiry found the senator did
    not break the law") or a vague party ("officials did not lie") is not read."""
    kind = _wrong_kind(token, words)
    if kind not in (AllegationKind.ACT, AllegationKind.VICE, AllegationKind.HARM) or not _wrongdoing_sense(token, lemma_of(token)):
        return None
    if _in_condition(token, content):
        return None
    existential = False
    if token.pos_ == "ADV" or token.dep_ == "advmod":
        clause = token.head  # "did not act illegally"
    elif _is_verb(token) and token.dep_ not in ("amod", "compound", "acomp", "attr"):
        clause = token
    elif token.dep_ in ("acomp", "attr", "oprd"):
        clause = token.head  # "I am not corrupt", "he is not a racist"
        existential = token.dep_ == "attr" and _existential(clause)
    elif token.dep_ == "amod" and _lower(token.head) in _WRONG_HEADS:
        clause = token.head.head  # "did nothing illegal", "there was nothing improper"
        existential = _existential(clause)
    elif token.dep_ == "dobj" and words.allegations.get(lemma_of(token.head)) == AllegationKind.COMMIT:
        clause = token.head  # "committed no crime"
    elif token.dep_ in ("nsubj", "attr") and lemma_of(token.head) == "be" and _existential(token.head):
        clause, existential = token.head, True  # "there was no fraud"
    else:
        return None
    if not _is_verb(clause) or _modal(clause) or _open_clause(clause) or clause.dep_ in ("relcl", "acl"):
        return None
    if any(c.dep_ in ("nsubjpass", "auxpass") for c in clause.children):
        return None  # "I'm not going to get lied about": the subject of a passive is the victim
    if any(c.dep_ == "dobj" and any(g.dep_ in ("acl", "ccomp", "relcl") for g in c.children) for c in clause.children):
        return None  # "I'm not hiding the fact that I support him": an open admission
    negation = _clause_negation(clause, direct=True)
    if negation is None:
        return None
    if existential and kind == AllegationKind.HARM:
        return None  # "there was no violence at the rally": a report of calm, no claim rejected
    if not existential and not _own_side(_subject(clause), quoted=quoted, source=source) and not (
            defended and kind == AllegationKind.ACT and _definite_party(_subject(clause), words)):
        return None
    return f"{negation.text} {token.text}".lower()


def _definite_party(token: Token | None, words: _Words) -> bool:
    """A party named or made definite: "the committee", "Mr. Hale", "the Dunmore council"; not
    "officials", "some donors" or a pronoun (who "he" is in a quote is not known here)."""
    if token is None or not words.is_party(token) or token.pos_ == "PRON":
        return False
    return token.pos_ == "PROPN" or any(c.dep_ == "det" and _lower(c) == "the" for c in token.children)


def _accusation_against_self(token: Token, words: _Words, content: Span) -> str | None:
    """A wrongdoing the source reports others saying of it: "people believe I'm a racist", "they
    call me corrupt", "they accused us of cheating". Passing on an accusation against oneself is
    pushing back on it, and so is judging such an accusation ("to call us liars is cynical"); a
    self-admission is not reported through someone else ("I lied")."""
    if _wrong_kind(token, words) not in (AllegationKind.ACT, AllegationKind.VICE) or not _wrongdoing_sense(token, lemma_of(token)):
        return None
    accused: Token | None = None
    verb: Token | None = None
    if token.dep_ in ("oprd", "ccomp", "xcomp") and lemma_of(token.head) in words.label_verbs and not _is_verb(token):
        verb = token.head  # "call me corrupt"
        accused = next((c for c in verb.children if c.dep_ == "dobj"), None)
    elif token.dep_ in ("pobj", "pcomp") and _lower(token.head) in ("of", "for", "with", "as"):
        governor = token.head.head
        if lemma_of(governor) in words.label_verbs:  # "accused us of cheating", "branded me as a liar"
            verb = governor
            accused = next((c for c in verb.children if c.dep_ == "dobj"), None)
    else:
        clause = token.head if token.dep_ in ("acomp", "attr") else token if _is_verb(token) else None
        if clause is None or clause.dep_ not in ("ccomp", "xcomp") or _clause_negation(clause) is not None:
            return None
        if any(c.dep_ in ("nsubjpass", "auxpass") for c in clause.children):
            return None  # "(they say) we were cheated": the subject of a passive is the victim
        accused = _subject(clause)
        verb = clause.head  # "people believe I'm a racist", "they say we cheated"
        if not (words.cue_verbs.get(lemma_of(verb)) in (CueKind.SAY, CueKind.ALLEGE, CueKind.HEDGE) or lemma_of(verb) in words.label_verbs):
            return None
    if verb is None or accused is None or _lower(accused) not in _FIRST_PERSONAL:
        return None
    if not (content.start <= verb.i < content.end):
        return None  # the reporting verb is the claim's own cue, outside the content
    accuser = _subject(verb)
    if accuser is None and verb.dep_ in ("csubj", "csubjpass"):
        return _lower(token)  # "to call us liars is deeply cynical": the accusation itself judged
    if accuser is None or _lower(accuser) in _SELF or _is_negated(verb) or _modal(verb) or _open_clause(verb):
        return None
    return _lower(token)


def _denied_contact(token: Token, words: _Words, *, quoted: bool, source: Span | None = None) -> str | None:
    """Contact or involvement the source denies having had: "I had no contact with them", "(he
    said) he played no role in the decision", "there were no calls placed by the chairman to the
    candidate". Not a plan ("will have no role"), and an existential only in the past with the
    parties named ("there were no meetings between the campaign and the lobbyists"), not a report
    of calm ("there were no talks this week")."""
    if token.pos_ != "NOUN" or any(c.dep_ == "amod" and words.opinion_word(c) for c in token.children):
        return None  # "not going to have a very good relationship": a judgement, not a denied contact
    clause = token.head
    if token.dep_ == "dobj" and lemma_of(clause) in words.have_verbs:
        if not _own_side(_subject(clause), quoted=quoted, source=source):
            return None
    elif token.dep_ in ("attr", "nsubj") and lemma_of(clause) == "be" and _existential(clause):
        past = clause.tag_ == "VBD" or any(_lower(c) in _PERFECT_AUX for c in clause.children if c.dep_ == "aux")
        named = any(
            (c.dep_ == "prep" and _lower(c) in _PARTY_PREPS) or (c.dep_ == "acl" and any(
                g.dep_ in ("agent", "prep") for g in c.children))
            for c in token.children
        )
        if not (past and named):
            return None
    else:
        return None
    if _modal(clause) or _open_clause(clause) or clause.dep_ in ("relcl", "acl"):
        return None
    negation = next((c for c in token.children if c.dep_ == "det" and _lower(c) == "no"), None) or _negation(clause)
    if negation is None:
        return None
    return f"{negation.text} {token.text}".lower()


def _denied_act(verb: Token, *, quoted: bool, source: Span | None = None) -> str | None:
    """"I never said that", "(she said) she never sent or received", "we did not take": the
    source's own act, denied. In a direct quote "he" is someone else ("He never paid taxes")."""
    negation = _negation(verb)
    if negation is None and verb.dep_ == "conj":
        negation = _negation(verb.head)
    if negation is None:
        return None
    aux = {_lower(c) for c in verb.children if c.dep_ in ("aux", "auxpass")}
    if aux & _PROMISE_MODALS:
        return None
    past = verb.tag_ in ("VBD", "VBN") or bool(aux & _PAST_ACT_AUX)
    if not past:
        return None
    subject = _subject(verb)
    if subject is None or (_lower(subject) not in (_SELF if quoted else _SELF | _OTHER_PERSONS) and not _same_party(subject, source)):
        return None
    if any(c.dep_ == "mark" and _lower(c) in _COMPARISON_MARKS for c in verb.children):
        return None
    return f"{negation.text} {verb.text}".lower()
