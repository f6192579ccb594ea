"""Fault frames: an allegation made by a clause that holds no wrongdoing word (issue 15).

A party as the subject of a verb that, with an object of a listed sort, fails a duty, stirs up
an ill, puts people in danger or backs an armed group; a party tied to an armed group; a motive
impugned; an armed act laid on an armed force: "the council ignored clear warnings", "Harlow is
stoking hatred", "the minister is making the country less safe", "the party has ties to a
militant group", "he only did it to win votes", "he is in it for himself", "the regime jails
reporters for criticizing the king", "the strike was carried out by Karvonian forces". Each frame is a verb
kind and an object kind of ``fault_words.tsv``; the verb alone ("ignored the rain", "fuelled the
debate", "put the plan at risk", "the union launched a strike") accuses no one. Like the other clause rules they pass on a
negated verb, on the speaker's own side, and on a subject that is no party ("the storm").
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span, Token

from ...labels import FaultWordKind
from ...lexicons import lemma_of
from .wordsets import _SELF, _THING_PRONOUNS
from .syntax import _antecedent, _is_negated, _is_verb, _lower, _particles, _subject
from .parties import _Parties

Found = tuple[bool, Token | None] | None


_FOCUS = frozenset({"only", "just", "merely", "solely", "simply", "purely"})


def _may_frame(verb: Token, parties: _Parties) -> bool:
    """Whether a verb-keyed frame can take ``verb``: its lemma or word starts a fault_words key,
    or it is "be"; the frames are read on few verbs (stance time, issue 15). Read once per verb
    and claim (every verb-keyed frame asks); the key starts are kept per version of the
    lexicon's content (:meth:`._Words.key_starts`), so an edit to the word list is seen."""
    framed = parties.framed.get(verb.i)
    if framed is None:
        starts = parties.words.key_starts(parties.words.fault_words, None)
        lemma = lemma_of(verb)
        framed = parties.framed[verb.i] = lemma in starts or _lower(verb) in starts or lemma == "be"
    return framed


def _kind(token: Token, parties: _Parties) -> str | None:
    words = parties.words.fault_words
    return words.get(_lower(token)) or words.get(lemma_of(token))


def _of_kind(token: Token, kind: str, parties: _Parties) -> bool:
    """The noun is of the kind, or is modified by a word of it ("a militant group", "terror cells")."""
    return _kind(token, parties) == kind or any(
        c.dep_ in ("amod", "compound") and _kind(c, parties) == kind for c in token.children)


def _doer(verb: Token, parties: _Parties) -> Token | None:
    """Who does the verb's act: its subject, the "by" agent of a passive, or the owner of the noun
    an infinitive hangs on ("Harlow's rhetoric to stoke fear"). None unless a party that is not the speaker's side."""
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)
    if passive:
        doer = next((g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)
    else:
        doer = _subject(verb)
        if doer is None and verb.dep_ in ("acl", "relcl") and verb.head.pos_ == "NOUN":
            doer = next((c for c in verb.head.children if c.dep_ == "poss"), None)
    if doer is None:
        return None
    doer = _antecedent(doer)
    if _lower(doer) in _SELF | _THING_PRONOUNS:
        return None
    if not parties.words.is_party(doer):
        owner = next((c for c in doer.children if c.dep_ == "poss"), None)  # "the mayor's remarks stoked anger"
        if owner is None or not parties.words.is_party(owner) or _lower(owner) in _SELF:
            return None
        doer = owner
    return doer


def _objects(verb: Token) -> list[Token]:
    """The verb's objects: direct objects (with their conjuncts), or the subject of a passive."""
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    found = [c for c in verb.children if c.dep_ in (("nsubjpass",) if passive else ("dobj",))]
    return found + [g for c in found for g in c.children if g.dep_ == "conj"]


def _verb_kind(verb: Token, parties: _Parties) -> str | None:
    """The kind of the verb by lemma, or of "lemma particle" ("stir up", "brush aside")."""
    words = parties.words.fault_words
    for particle in _particles(verb):
        kind = words.get(f"{lemma_of(verb)} {_lower(particle)}")
        if kind is not None:
            return kind
    return words.get(lemma_of(verb))


def _object_frame(verb_kind: str, object_kind: str, doer_kind: str | None = None) -> Callable[[Token, Span, _Parties], Found]:
    """A party as subject of a verb of ``verb_kind`` with an object of ``object_kind`` (and, with
    ``doer_kind``, a doer of that kind: "the strike was carried out by Karvonian forces")."""

    def read(verb: Token, content: Span, parties: _Parties) -> Found:
        if not _may_frame(verb, parties) or _verb_kind(verb, parties) != verb_kind or _is_negated(verb):
            return None
        if not any(_of_kind(o, object_kind, parties) for o in _objects(verb)):
            return None
        doer = _doer(verb, parties)
        if doer is None or (doer_kind is not None and not _of_kind(doer, doer_kind, parties)):
            return None
        return parties.check(doer)

    return read


def _dangerous(noun: Token, parties: _Parties) -> bool:
    """A place or state of danger: "danger", "harm", "violent and dangerous situations" (``danger`` words)."""
    if _kind(noun, parties) in (FaultWordKind.DANGER, FaultWordKind.ILL):
        return True
    modifiers = [c for c in noun.children if c.dep_ == "amod"]
    modifiers += [g for c in modifiers for g in c.children if g.dep_ == "conj"]
    return any(_kind(m, parties) == FaultWordKind.DANGER for m in modifiers)


def _read_endangering(verb: Token, content: Span, parties: _Parties) -> Found:
    """A party said to put people or their safety in danger: "endangered the public", "put lives at
    risk", "is making our country less safe" (``endanger`` in fault_words.tsv: a verb, "verb
    preposition noun" or "verb degree adjective"), "returned them to dangerous situations" (a
    ``danger`` word after "to"/"into"). Not "put the plan at risk" (a thing, no harm to
    anyone) and not a negation."""
    words = parties.words.fault_words
    # a keyed verb, or one that moves people "to"/"into" somewhere ("returned them to danger"); the memo first
    if not (_may_frame(verb, parties) or any(c.dep_ == "prep" and _lower(c) in ("to", "into") for c in verb.children)):
        return None
    if not _is_verb(verb):  # the negation is read last, as most verbs fail the tests before it
        return None
    lemma = lemma_of(verb)
    endangered: list[Token] = []
    if words.get(lemma) == FaultWordKind.ENDANGER:
        endangered = _objects(verb)
    else:
        for c in verb.children:
            if c.dep_ == "prep":
                pobj = next((g for g in c.children if g.dep_ == "pobj"), None)
                if pobj is not None and words.get(f"{lemma} {_lower(c)} {_lower(pobj)}") == FaultWordKind.ENDANGER:
                    endangered = _objects(verb)
            if c.dep_ == "prep" and _lower(c) in ("to", "into") and any(
                    g.dep_ == "pobj" and _dangerous(g, parties) for g in c.children):
                endangered = _objects(verb)  # "returned them to violent situations", "sent the troops into danger"
            if c.dep_ in ("ccomp", "oprd", "xcomp", "acomp") and c.pos_ == "ADJ":
                degree = next((_lower(g) for g in c.children if g.dep_ == "advmod"), "")
                key = f"{lemma} {degree} {_lower(c)}" if degree else f"{lemma} {_lower(c)}"
                if words.get(key) == FaultWordKind.ENDANGER:
                    endangered = [g for g in c.children if g.dep_ == "nsubj"] or _objects(verb)
    if not any(_of_kind(o, FaultWordKind.IMPERILLED, parties) or parties.words.is_party(o) for o in endangered):
        return None
    if _is_negated(verb):
        return None
    doer = _doer(verb, parties)
    return parties.check(doer) if doer is not None else None


def _tied(noun: Token, parties: _Parties) -> bool:
    """A tie noun to an armed group: "ties to a militant group", "the founder of the militant group"."""
    if _kind(noun, parties) != FaultWordKind.TIE or any(c.dep_ == "det" and _lower(c) == "no" for c in noun.children):
        return False
    return any(c.dep_ == "prep" and _lower(c) in ("to", "with", "of", "for") and _of_kind(g, FaultWordKind.MILITANT, parties)
               for c in noun.children for g in c.children if g.dep_ == "pobj")


def _read_militant_tie(verb: Token, content: Span, parties: _Parties) -> Found:
    """A party tied to an armed or criminal group: "has ties to a militant group", "maintains links
    with the cartel" (``tie`` nouns with "to"/"with"), "was the founder of the militant group"
    (``tie`` nouns with "of", as the attribute of a party). Not "no ties", not negated."""
    if lemma_of(verb) == "be":
        # "Harlow is the founder of the militant group", "the founder of the militant group is Harlow"
        args = [c for c in verb.children if c.dep_ in ("nsubj", "attr")]
        if len(args) != 2 or _is_negated(verb) or not any(_tied(a, parties) for a in args):
            return None
        other = next(a for a in args if not _tied(a, parties))
        if parties.words.is_party(_antecedent(other)) and _lower(other) not in _SELF | _THING_PRONOUNS:
            return parties.check(other)
        return None
    if not any(_tied(o, parties) for o in _objects(verb)) or _is_negated(verb):
        return None
    doer = _doer(verb, parties)
    return parties.check(doer) if doer is not None else None


def _read_motive(verb: Token, content: Span, parties: _Parties) -> Found:
    """A self-serving motive laid on a party, with a focus word that makes it the only one: "Harlow
    only did it to win votes", "he just wants to grab headlines" (``aim`` in fault_words.tsv,
    "verb object"). "she came to win votes" or "he only wants to help" impugns nothing."""
    for purpose in verb.children:
        if purpose.dep_ not in ("advcl", "xcomp") or not any(a.dep_ == "aux" and _lower(a) == "to" for a in purpose.children):
            continue
        if not any(c.dep_ == "advmod" and _lower(c) in _FOCUS for c in (*verb.children, *purpose.children)) or _is_negated(verb):
            continue
        aims = [f"{lemma_of(purpose)} {lemma_of(o)}" for o in _objects(purpose)] + [lemma_of(purpose)]
        if any(parties.words.fault_words.get(a) == FaultWordKind.AIM for a in aims):
            doer = _doer(verb, parties)
            return parties.check(doer) if doer is not None else None
    return None


_REFLEXIVE = frozenset({"himself", "herself", "themselves", "itself"})


def _read_in_it_for(verb: Token, content: Span, parties: _Parties) -> Found:
    """A party said to be in it for itself, or not for those it serves: "he's not in it for the
    voters", "Harlow is in it for himself", "in it for the money" (``aim`` nouns). "in it for the
    long haul" and "we are in it for the people" impugn nothing."""
    if lemma_of(verb) != "be":
        return None
    preps = {_lower(c): next((g for g in c.children if g.dep_ == "pobj"), None) for c in verb.children if c.dep_ == "prep"}
    if preps.get("in") is None or _lower(preps["in"]) != "it" or preps.get("for") is None:
        return None
    beneficiary = preps["for"]
    if _is_negated(verb):
        served = parties.words.is_party(beneficiary) or _kind(beneficiary, parties) == FaultWordKind.IMPERILLED
    else:
        served = _lower(beneficiary) in _REFLEXIVE or parties.words.fault_words.get(lemma_of(beneficiary)) == FaultWordKind.AIM
    if not served or (_is_negated(verb) and _lower(beneficiary) in _REFLEXIVE):
        return None
    doer = _doer(verb, parties)
    return parties.check(doer) if doer is not None else None


def _read_punished_speech(verb: Token, content: Span, parties: _Parties) -> Found:
    """A party said to punish people for speaking: "the regime jails reporters for criticizing the
    king", "Cuba stops putting people in jail for speaking out" (``punish`` verbs, keyed "verb" or
    "verb preposition noun", and ``speech`` words after "for"). "arrested him for speeding" is no speech."""
    words = parties.words.fault_words
    if not _may_frame(verb, parties):
        return None
    lemma = lemma_of(verb)
    keys = [lemma] + [f"{lemma} {_lower(c)} {_lower(g)}" for c in verb.children if c.dep_ == "prep"
                      for g in c.children if g.dep_ == "pobj"] + [f"{lemma} {_lower(p)}" for p in _particles(verb)]
    if not any(words.get(k) == FaultWordKind.PUNISH for k in keys) or _is_negated(verb):
        return None
    punished = [c for c in verb.children if c.dep_ == "dobj" and parties.words.is_party(c)]
    reasons = [g for c in verb.children if c.dep_ == "prep" and _lower(c) == "for" for g in c.children if g.dep_ in ("pcomp", "pobj")]
    if not punished or not any(_kind(r, parties) == FaultWordKind.SPEECH for r in reasons):
        return None
    doer = _doer(verb, parties)
    return parties.check(doer) if doer is not None else None


# The frames, by rule id (read by allegations.CLAUSE_RULES on each content verb).
FAULT_FRAMES: tuple[tuple[str, Callable[[Token, Span, _Parties], Found]], ...] = (
    ("stance.stoked_ill", _object_frame(FaultWordKind.STOKE, FaultWordKind.ILL)),
    ("stance.flouted_rule", _object_frame(FaultWordKind.FLOUT, FaultWordKind.RULE)),
    ("stance.abetted_militants", _object_frame(FaultWordKind.ABET, FaultWordKind.MILITANT)),
    ("stance.militant_tie", _read_militant_tie),
    ("stance.endangering", _read_endangering),
    ("stance.impugned_motive", _read_motive),
    ("stance.in_it_for_itself", _read_in_it_for),
    ("stance.punished_speech", _read_punished_speech),
    ("stance.armed_act", _object_frame(FaultWordKind.MOUNT, FaultWordKind.ARMED_ACT, FaultWordKind.ARMED)),
)
