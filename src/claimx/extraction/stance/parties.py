"""Who a wrongdoing word is said of (``_Parties``): the party an allegation accuses."""

from __future__ import annotations

from spacy.tokens import Token

from ...labels import AllegationKind, FaultWordKind, StanceWordKind
from ...lexicons import lemma_of
from .wordsets import _PARTY_ENTS, _SELF, _THING_PRONOUNS, _VAGUE
from .syntax import _antecedent, _is_negated, _is_verb, _lower, _subject
from .words import _Words


class _Parties:
    """Who a wrongdoing word is said of: a party token, None (a clause with no named party),
    or a refusal (negated, the speaker themselves, a vague agent, a victim, a topic)."""

    def __init__(self, words: _Words) -> None:
        self.words = words
        self.harm = False  # the word read now is violence or harm: only a named agent is accused
        # per content verb (by index: one _Parties reads one content), whether a fault frame may hold it
        self.framed: dict[int, bool] = {}

    def check(self, token: Token | None) -> tuple[bool, Token | None]:
        if token is None:
            return True, None
        token = _antecedent(token)
        lower = _lower(token)
        if lower in _SELF or lower in _VAGUE:
            return False, None
        if any(_lower(c) == "no" and c.dep_ == "det" for c in token.children):
            return False, None
        if token.dep_ == "expl" or lower in _THING_PRONOUNS:
            return True, None
        if not self.words.is_party(token):
            if self.words.stance_words.get(lower) == StanceWordKind.THING or self.words.stance_words.get(lemma_of(token)) == StanceWordKind.THING:
                return False, None  # "the storm destroyed homes", "Trump's plan is reckless": no party, or policy
            owner = next((c for c in token.children if c.dep_ == "poss"), None)
            if owner is not None:  # "the senator's remarks were hateful": the senator
                return self.check(owner)
        return True, token

    def of_verb(self, verb: Token, depth: int = 0) -> tuple[bool, Token | None]:
        if _is_negated(verb):
            return False, None
        if verb.dep_ == "conj" and _is_negated(verb.head) and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            return False, None
        passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children) or (
            verb.tag_ == "VBN" and verb.dep_ in ("acl", "amod")
            and not any(c.dep_ in ("nsubj", "aux") for c in verb.children)  # "that she had bullied ..."
        )
        if passive:
            agent = next((g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)
            if agent is None:
                # "the convoy was attacked", "she was cheated": the subject is a victim and no one is
                # named; "the election was rigged": a wrong done to a thing still accuses
                subject = _subject(verb)
                if self.harm or subject is None or self.words.is_party(_antecedent(subject)):
                    return False, None
                return (False, None) if _lower(subject) in _SELF else (True, None)
            if not self.words.is_party(agent):
                owner = next((c for c in agent.children if c.dep_ == "poss"), None)
                return self.check(owner) if owner is not None else (False, None)
            return self.check(agent)
        if verb.dep_ == "xcomp" and lemma_of(verb.head) in self.words.object_control and any(
            c.dep_ == "dobj" for c in verb.head.children
        ):
            return False, None  # "asked him to attack": a request, not an act
        subject = _subject(verb)
        if subject is None and verb.dep_ == "amod" and verb.tag_ == "VBG":
            # headline style "North Korea 'covertly' shipping shells", parsed as "Korea's shipping shells"
            subject = next((c for c in verb.head.children if c.dep_ == "poss"), None)
        if subject is None and verb.dep_ in ("pcomp", "pobj") and depth < 2:
            governor = verb.head.head if verb.head.dep_ == "prep" else verb.head
            if _is_verb(governor):
                return self.of_verb(governor, depth + 1)
        # violence done by a named agent only; a copula labels its subject's act instead ("the
        # hack was cyber-aggression"), which accuses whoever did it
        if self.harm and subject is not None and _lower(subject) not in _THING_PRONOUNS and lemma_of(verb) != "be":
            ok, party = self.check(subject)
            if party is not None and not self.words.is_party(party):
                return False, None  # "the missile strike killed twelve": violence with no agent named
            return ok, party
        return self.check(subject)

    def of_noun(self, noun: Token, depth: int = 0) -> tuple[bool, Token | None]:
        if _is_negated(noun):
            return False, None
        owner = next((c for c in noun.children if c.dep_ == "poss"), None)
        if owner is None:  # "ISIS murders", "Kremlin propaganda", "Russian lies"
            owner = next((c for c in noun.children if c.dep_ == "compound" and self.words.is_party(c)), None)
        if owner is None:
            owner = next((c for c in noun.children if c.dep_ == "amod" and c.ent_type_ in ("NORP", "GPE")), None)
        if owner is not None:
            return self.check(owner)
        for c in noun.children:
            # "fraud by the company"; "the corruptions of Hillary Clinton" (but "the murder of five
            # people" names the victims)
            if c.dep_ == "prep" and (_lower(c) == "by" or _lower(c) == "of" and not self.harm):
                agent = next((g for g in c.children if g.dep_ == "pobj"), None)
                named = agent is not None and (agent.pos_ in ("PROPN", "PRON") or agent.ent_type_ in _PARTY_ENTS)
                if agent is not None and (_lower(c) == "by" or named):
                    return self.check(agent)
        dep, head = noun.dep_, noun.head
        if depth > 3 or head.i == noun.i:
            return True, None
        if dep in ("attr", "acomp", "oprd"):
            return self.of_verb(head)
        if dep == "dobj":
            if self.words.allegations.get(lemma_of(head)) == AllegationKind.COMMIT or self.words.allegations.get(_lower(head)) == AllegationKind.COMMIT:
                return self.of_verb(head)
            if lemma_of(head) in self.words.presence_verbs:
                return (False, None) if _is_negated(head) else (True, None)
            return False, None  # "investigated the fraud", "politicized the attacks": not the subject's act
        if dep == "nsubjpass" and self._commit_verb(head) and any(c.dep_ == "agent" for c in head.children):
            return self.of_verb(head)  # "the strike was carried out by Karvonia": the agent's own act
        if dep in ("nsubj", "nsubjpass"):
            # "the attack was planned abroad": an event, no party named; "while this scam was going
            # on": a deception still accuses whoever ran it
            return (False, None) if self.harm or _is_negated(head) else (True, None)
        if dep == "pobj":
            prep = head
            governor = prep.head
            if _lower(prep) == "of" and (lemma_of(governor) in self.words.quantity_nouns or _lower(governor) in self.words.quantity_nouns):
                return self.of_noun(governor, depth + 1)  # "a lot of abuse", "a culture of corruption"
            if _lower(prep) == "with" and _is_verb(governor):
                return self.of_verb(governor)  # "salt the files with forgeries": the subject's instrument
            if _lower(prep) == "for" and self._targeting(governor):
                # "he was targeted for assassination by the cartel": the passive's agent means the harm
                return self.of_verb(governor)
            if _lower(prep) == "as" and governor.i != prep.i:
                # "cast Bryn as a stooge", "portrayed her use of the server as reckless": the label given to
                # a party or its act; "golf courses as wasted space" names none
                # a passive labels its subject: "Trump is seen as a bully", "she was cast as a puppet"
                labelled = governor if governor.pos_ in ("NOUN", "PROPN", "PRON") else next(
                    (c for c in governor.children if c.dep_ in ("dobj", "nsubjpass")), None) if _is_verb(governor) else None
                if labelled is not None and not _is_negated(governor):
                    ok, party = self.check(labelled)
                    return (ok, party) if party is not None and self.words.is_party(party) else (False, None)
            frame = self._responsibility_frame(prep, governor)
            if frame is not None:
                return self.of_verb(frame)  # "Karvonia was behind the strike", "played a role in the cover-up"
            if _lower(prep) in ("of", "for") and governor.pos_ in ("NOUN", "PROPN") and (
                _lower(governor) in self.words.evidence_nouns or lemma_of(governor) in self.words.evidence_nouns
            ):
                return self.of_noun(governor, depth + 1) if governor.dep_ != "dobj" else (True, None)
            return False, None
        wrong_head = {self.words.allegations.get(_lower(head)), self.words.allegations.get(lemma_of(head))}
        if dep == "compound" and not wrong_head & {AllegationKind.ACT, AllegationKind.VICE, AllegationKind.HARM}:
            return False, None  # "rape victims", "fraud investigation": a topic word
        if dep in ("conj", "compound", "appos"):
            return self.of_noun(head, depth + 1) if head.pos_ in ("NOUN", "PROPN") else (True, None)
        return True, None

    def _targeting(self, verb: Token) -> bool:
        """A passive verb of choosing a victim with its agent named ("targeted ... by", "singled out
        ... by"; ``target`` in fault_words.tsv); "was praised for the killing by the farmers" is not one."""
        if not _is_verb(verb) or not any(c.dep_ == "agent" for c in verb.children):
            return False
        lemma = lemma_of(verb)
        keys = [lemma] + [f"{lemma} {_lower(c)}" for c in verb.children if c.dep_ == "prt"]
        return any(self.words.fault_words.get(k) == FaultWordKind.TARGET for k in keys)

    def _commit_verb(self, verb: Token) -> bool:
        return AllegationKind.COMMIT in (self.words.allegations.get(lemma_of(verb)), self.words.allegations.get(_lower(verb)))

    def _responsibility_frame(self, prep: Token, governor: Token) -> Token | None:
        """The verb whose subject an act is laid on by a frame of responsibility: "X was behind
        the bombing", "X is responsible for the killings", "X played a key role in the cover-up"
        (``responsible`` in stance_words.tsv, keyed "word preposition"); None for any other. "No role" is
        negated: it accuses no one."""
        lower = _lower(prep)
        if _is_verb(governor):
            # "was behind"; "played a role in", the preposition parsed on the verb
            if self._frame(lemma_of(governor), lower, governor) or any(
                c.dep_ == "dobj" and self._frame(lemma_of(c), lower, c) for c in governor.children
            ):
                return governor
            return None
        if not self._frame(lemma_of(governor), lower, governor):
            return None
        if governor.dep_ in ("acomp", "dobj", "attr") and _is_verb(governor.head):
            return governor.head
        return None

    def _frame(self, word: str, prep: str, token: Token) -> bool:
        if self.words.stance_words.get(f"{word} {prep}") != StanceWordKind.RESPONSIBLE:
            return False
        return not any(_lower(c) == "no" and c.dep_ == "det" for c in token.children)

    def of_word(self, token: Token) -> tuple[bool, Token | None]:
        if token.pos_ == "ADV" or token.dep_ == "advmod":
            head = token.head
            if _is_verb(head):
                return self.of_verb(head)
            if head.pos_ == "ADJ":
                return self.of_word(head)
            return True, None
        if _is_verb(token) and token.dep_ not in ("amod", "compound"):
            return self.of_verb(token)
        if token.pos_ == "ADJ" or token.dep_ == "amod":
            if token.dep_ in ("acomp", "attr", "oprd", "ROOT"):
                return self.of_verb(token.head) if token.head.i != token.i else (True, None)
            if token.dep_ == "amod":
                noun = token.head
                if self.words.is_party(noun):
                    return self.check(noun)
                return self.of_noun(noun)
            if token.dep_ == "conj":
                return self.of_word(token.head)
            return True, None
        if token.pos_ in ("NOUN", "PROPN"):
            return self.of_noun(token)
        return True, None
