"""Allegation signals: wrongdoing said of an identifiable party, and whom an accusation cue aims at."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from spacy.tokens import Span, Token

from ...labels import AllegationKind, CueKind, StanceWordKind
from ...lexicons import lemma_of, load_lexicon
from .wordsets import _FIRST_PERSONAL, _FUTURE_MODALS, _OBLIGATION_MODALS, _PERFECT_AUX, _SELF, _TARGET_END_PREPS, _THING_PRONOUNS
from .syntax import _antecedent, _in, _is_negated, _is_verb, _lower, _mark, _subject
from .phrases import _phrase_hits, _phrase_tokens
from .words import _Words, _wrongdoing_sense
from .parties import _Parties
from .fault_frames import FAULT_FRAMES

_FACTIVE = load_lexicon("factive_verbs")  # read once, as wordsets.py reads the closed classes


def _read_duty(token: Token, kind: str, parties: _Parties) -> tuple[bool, Token | None] | None:
    return _failed_duty(token, parties, parties.words)


def _read_wrongdoing(token: Token, kind: str, parties: _Parties) -> tuple[bool, Token | None] | None:
    """A wrongdoing word ("lied", "corrupt", "covertly") and the party it is said of."""
    if not _wrongdoing_sense(token, lemma_of(token)) or (token.pos_ == "ADV" and not _lower(token).endswith("ly")):
        return None  # another sense, or a verb or noun the tagger took for an adverb
    parties.harm = kind == AllegationKind.HARM
    ok, party = parties.of_word(token)
    if kind == AllegationKind.VICE and ok and party is None and token.pos_ == "NOUN" and token.dep_ not in ("attr",):
        party = token  # "these racists": the label names its own party
    return ok, party


def _read_distrust(token: Token, kind: str, parties: _Parties) -> tuple[bool, Token | None] | None:
    """"Harlow could not be trusted to run the inquiry", "I never trusted her": the source says a
    party is not to be trusted, a label of dishonesty; "did not trust the figures" names no party."""
    if not _is_verb(token) or not _is_negated(token):
        return None
    passive = any(c.dep_ == "auxpass" for c in token.children)
    truster = _subject(token)
    if not passive and (truster is None or _lower(truster) not in _SELF | {"you", "one"}):
        return None  # "voters do not trust Harlow": a report of others' view, no judgement of the source
    said_of = _subject(token) if passive else next((c for c in token.children if c.dep_ == "dobj"), None)
    if said_of is None or _lower(said_of) in _SELF or not parties.words.is_party(_antecedent(said_of)):
        return None
    return parties.check(said_of)


def _read_epithet(token: Token, kind: str, parties: _Parties) -> tuple[bool, Token | None] | None:
    """"Dorin is the devil", "cast Bryn as a puppet": a figure said of a named party is a vice
    label; as a subject or a topic it is a figure of speech ("the devil is in the details")."""
    ok, party = parties.of_word(token)
    if not ok or party is None or party.i == token.i or not parties.words.is_party(party):
        return None
    return ok, party


def _read_instrument(token: Token, kind: str, parties: _Parties) -> tuple[bool, Token | None] | None:
    """"Harlow is a tool of the banks", "Faso as a tool of big money interests": a party called the
    instrument of others is a vice label, read as an epithet; without its "of" owner ("a useful tool
    for the team") the word is praise or a thing."""
    if not any(c.dep_ == "prep" and _lower(c) == "of" and any(g.dep_ == "pobj" for g in c.children) for c in token.children):
        return None
    return _read_epithet(token, kind, parties)


@dataclass(frozen=True)
class WordRule:
    """A named rule for the allegation words of some kinds: (said of a party?, the party), or None."""

    id: str
    kinds: tuple[str, ...]
    read: Callable[[Token, str, _Parties], tuple[bool, Token | None] | None]


@dataclass(frozen=True)
class Guard:
    """A named reason to drop a word a rule found (True: drop)."""

    id: str
    drops: Callable[[Token, str, Token | None, bool], bool]


ALLEGATION_PHRASE = "stance.wrongdoing_phrase"  # "held accountable", "cover up": said of the clause's subject
ALLEGATION_RULES: tuple[WordRule, ...] = (
    WordRule("stance.failed_duty", (AllegationKind.DUTY,), _read_duty),
    WordRule("stance.distrusted_party", (AllegationKind.DISTRUST,), _read_distrust),
    WordRule("stance.epithet", (AllegationKind.EPITHET,), _read_epithet),
    WordRule("stance.instrument_of", (AllegationKind.INSTRUMENT,), _read_instrument),
    WordRule("stance.wrongdoing_word", (AllegationKind.ACT, AllegationKind.VICE, AllegationKind.HARM), _read_wrongdoing),
)
ALLEGATION_GUARDS: tuple[Guard, ...] = (
    # "the capability to threaten its neighbours", "reasons to attack him": no act, no one
    Guard("stance.harm_without_act", lambda t, kind, party, clause: kind == AllegationKind.HARM and party is None and t.dep_ == "acl" and t.tag_ == "VB"),
    # a topic ("illegal immigration in America"): the cue decides
    Guard("stance.topic_without_party", lambda t, kind, party, clause: not clause and party is None),
    # "it is illegal to sell the pills", "it would be improper for him to speak": a judgement of an
    # act not done, no accusation ("it was unethical that they kept the files" still accuses)
    Guard("stance.judged_infinitive", lambda t, kind, party, clause: t.dep_ in ("acomp", "attr") and _judged_infinitive(t)),
    # "won without cheating", "no case without evidence of her intent to violate the law": an act said not done
    Guard("stance.act_without", lambda t, kind, party, clause: _under_without(t)),
    # "decided not to recommend that she be charged", "did not say he cheated": the act is not put forward
    Guard("stance.under_negated_verb", lambda t, kind, party, clause: _under_negated_verb(t)),
    # "it would look phony": a manner, not a party
    Guard("stance.vice_of_manner", lambda t, kind, party, clause: kind == AllegationKind.VICE and t.dep_ in ("acomp", "attr")
          and _lower(_subject(t.head) or t) in _THING_PRONOUNS),
)


def _own_act(verb: Token, content: Span) -> bool:
    """The verb's subject is the source: "I", "we", or no subject in the content ("for accusing
    the Chinese", "to blame the governor"; the subject, if any, is the cue's, outside the content)."""
    direct = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if direct is not None:
        return _lower(direct) in _FIRST_PERSONAL
    if verb.tag_ not in ("VB", "VBG"):
        return False  # a finite verb with no subject: a misparse ("... and Democrats accused the GOP")
    subject = _subject(verb)
    return subject is None or _lower(subject) in _FIRST_PERSONAL or not _in(subject, content)


def _main_clause(verb: Token, content: Span) -> bool:
    """The verb heads the content's own proposition (its root, or a verb coordinated with it), not a
    clause under another content verb: "they don't want to think we're blaming X", "they said he
    should have known" report someone else's view."""
    node = verb
    while node.head.i != node.i and _in(node.head, content):
        if node.dep_ != "conj" and _is_verb(node.head):
            return False
        node = node.head
    return True


def _read_accusation_verb(verb: Token, content: Span, parties: _Parties) -> tuple[bool, Token | None] | None:
    """An accusation verb of the source's own in the content ("makes no apologies for accusing
    the Chinese of ...", "I blame the governor"), aimed at a party it names. Not someone else's
    accusation reported ("Smith accused Jones"), a request ("asked him to criticize"), a plan or a
    threat ("will criticize", "threatened to sue him"), violence ("to attack Karvonia": a harm word) or a thing ("criticize the length")."""
    words = parties.words
    lemma = lemma_of(verb)
    if words.cue_verbs.get(lemma) != CueKind.ALLEGE or words.allegations.get(lemma) == AllegationKind.HARM:
        return None
    if _is_negated(verb) or not _main_clause(verb, content) or not _own_act(verb, content):
        return None
    if verb.dep_ == "xcomp" and lemma_of(verb.head) in words.object_control:
        return None
    if verb.dep_ in ("csubj", "csubjpass", "nsubj", "nsubjpass"):
        return None  # "merely assailing him may not win it": the act as a topic, not done
    if any(c.dep_ == "aux" and (_lower(c) in _FUTURE_MODALS or _lower(c) == "to") for c in verb.children):
        return None  # a plan, a threat or a purpose: "will criticize", "(threatened) to sue the paper"
    target = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if target is None or _lower(target) in _SELF or not words.is_party(_antecedent(target)):
        return None
    return True, _antecedent(target)


def _read_reproach(verb: Token, content: Span, parties: _Parties) -> tuple[bool, Token | None] | None:
    """"He should have known", "the agency should not have released the files": a past act a
    party is said to have owed or wronged (a counterfactual "should have"), a reproach. Not of the
    speaker ("we should have won"), of a thing ("it should have been easier"), or in a condition."""
    if verb.tag_ != "VBN" or not _main_clause(verb, content):
        return None
    aux = [_lower(c) for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if not (set(aux) & _OBLIGATION_MODALS and set(aux) & _PERFECT_AUX):
        return None
    subject = _subject(verb)
    if subject is None or subject.i > verb.i or _lower(subject) in _SELF | _THING_PRONOUNS or not parties.words.is_party(_antecedent(subject)):
        return None  # a question puts the subject after the modal: "should he have known?"
    return parties.check(subject)


def _read_blame(verb: Token, content: Span, parties: _Parties) -> tuple[bool, Token | None] | None:
    """Blame laid on a party without an accuser named: "the strike was blamed on Karvonia", "the
    outage, blamed on the grid operator, ...", "the ministry is to blame for the delays". Not the
    speaker's own side ("we are to blame": an admission), a thing ("the heat is to blame"), a
    negation, or blame said by someone named ("was blamed by the mayor on ..." reports another's)."""
    words = parties.words
    if lemma_of(verb) != "blame" or words.cue_verbs.get("blame") != CueKind.ALLEGE or _is_negated(verb):
        return None
    if verb.tag_ == "VBN" and (any(c.dep_ == "auxpass" for c in verb.children) or verb.dep_ in ("acl", "amod")):
        if any(c.dep_ == "agent" for c in verb.children):
            return None
        blamed = next((g for c in verb.children if c.dep_ == "prep" and _lower(c) == "on" for g in c.children if g.dep_ == "pobj"), None)
    elif verb.tag_ == "VB" and verb.dep_ == "xcomp" and lemma_of(verb.head) == "be" and any(
            c.dep_ == "aux" and _lower(c) == "to" for c in verb.children):
        if _is_negated(verb.head):
            return None
        blamed = _subject(verb.head)  # "X is to blame"
    else:
        return None
    if blamed is None or _lower(blamed) in _SELF or not words.is_party(_antecedent(blamed)):
        return None
    return parties.check(blamed)


def _read_concealment(verb: Token, content: Span, parties: _Parties) -> tuple[bool, Token | None] | None:
    """Information kept from view by a party: "the mayor tried to bury the audit", "the board
    withheld the findings", "the firm kept the losses from its shareholders", "sat on the report"
    (``conceal`` verbs, keyed "verb" or "verb preposition", and ``record`` nouns in stance_words.tsv).
    Not a thing or the speaker's side as subject, not a negation, not an object that is no record
    ("the farmers buried the cattle"), not "kept" without "from" ("kept its figures in a vault")."""
    words = parties.words
    lemma = lemma_of(verb)
    if lemma not in words.key_starts(words.stance_words, StanceWordKind.CONCEAL):
        return None  # no conceal key is this verb, or this verb and a preposition

    def is_record(t: Token) -> bool:
        return StanceWordKind.RECORD in (words.stance_words.get(lemma_of(t)), words.stance_words.get(_lower(t)))

    def concealing(prep: str) -> bool:
        return words.stance_words.get(f"{lemma} {prep}" if prep else lemma) == StanceWordKind.CONCEAL

    record = next((c for c in verb.children if c.dep_ == "dobj" and is_record(c)), None)
    if record is not None and not concealing(""):
        # "kept the losses from its shareholders": "from" someone, on the verb or on its object
        found = any(
            c.dep_ == "prep" and _lower(c) == "from" and any(
                g.dep_ == "pobj" and g.pos_ in ("NOUN", "PROPN", "PRON") and g.ent_type_ not in ("DATE", "TIME", "CARDINAL")
                and words.stance_words.get(lemma_of(g)) != StanceWordKind.THING for g in c.children)
            for c in (*verb.children, *record.children))
        record = record if found and concealing("from") else None
    if record is None:
        # "sat on the report": the record is the object of the verb's preposition
        record = next((g for c in verb.children if c.dep_ == "prep" and concealing(_lower(c))
                       for g in c.children if g.dep_ == "pobj" and is_record(g)), None)
    if record is None or _is_negated(verb):  # the negation last: most verbs have no record
        return None
    subject = _subject(verb)
    if subject is None or _lower(subject) in _SELF or not words.is_party(_antecedent(subject)):
        return None
    return parties.check(subject)


def _read_exposure(verb: Token, content: Span, parties: _Parties) -> tuple[bool, Token | None] | None:
    """A party's wrongdoing brought to light, the party as object: "Warden exposes him for what he is",
    "the audit unmasked the treasurer as a fraud" (``expose`` verbs in stance_words.tsv). Not negated, not
    the speaker's side, not a thing, and not "exposed the workers to asbestos" (a harm suffered: "to")."""
    words = parties.words
    if StanceWordKind.EXPOSE not in (words.stance_words.get(lemma_of(verb)), words.stance_words.get(_lower(verb))) or _is_negated(verb):
        return None
    if any(c.dep_ in ("prep", "dative") and _lower(c) == "to" for c in verb.children):
        return None
    exposed = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if exposed is None or _lower(exposed) in _SELF or not words.is_party(_antecedent(exposed)):
        return None
    return parties.check(exposed)


@dataclass(frozen=True)
class ClauseRule:
    """A named rule over a content verb: (said of a party?, the party), or None."""

    id: str
    read: Callable[[Token, Span, _Parties], tuple[bool, Token | None] | None]


# Allegations made by the clause, not by a listed word, read on each content verb.
CLAUSE_RULES: tuple[ClauseRule, ...] = (
    ClauseRule("stance.accusation_in_content", _read_accusation_verb),
    ClauseRule("stance.reproach", _read_reproach),
    ClauseRule("stance.blame_laid", _read_blame),
    ClauseRule("stance.concealment", _read_concealment),
    ClauseRule("stance.exposed_party", _read_exposure),
    # a party as the subject of a verb of harm, neglect or stirring up an ill, with an object of the right sort
    *(ClauseRule(rule_id, read) for rule_id, read in FAULT_FRAMES),
)


def _under_without(token: Token) -> bool:
    """The word stands in a "without" phrase: the act it names is said not to have been done."""
    node = token
    for _ in range(8):
        if node.head.i == node.i:
            return False
        node = node.head
        if node.dep_ == "prep" and _lower(node) == "without":
            return True
    return False


def _under_negated_verb(token: Token) -> bool:
    """The word's clause is the complement of a negated verb ("not to recommend that she be
    prosecuted", "never said he cheated"): the act is not put forward. A factive verb ("did not know
    that he had lied", factive_verbs.tsv) still takes it as true."""
    node = token
    for _ in range(8):
        if node.head.i == node.i:
            return False
        if node.dep_ in ("ccomp", "xcomp") and _is_verb(node.head):
            head = node.head
            if _is_negated(head) and _FACTIVE.get(lemma_of(head)) is None:
                return True
        node = node.head
    return False


def _judged_infinitive(token: Token) -> bool:
    head = token.head
    subject = _subject(head)
    if subject is None or _lower(subject) != "it":
        return False
    return any(
        c.dep_ in ("xcomp", "advcl", "ccomp") and any(a.dep_ == "aux" and _lower(a) == "to" for a in c.children)
        for c in head.children
    )


def _allegation_signals(
    content: Span, words: _Words, skip: set[int], *, is_clause: bool, disabled: frozenset[str] = frozenset()
) -> tuple[list[tuple[str, str]], Token | None]:
    """The wrongdoing words said of a party, each with its rule id, and the first party named."""
    allegations = words.allegations
    parties = _Parties(words)
    hits: list[tuple[str, str]] = []
    target: Token | None = None
    text = words.text(content)
    neutral = _phrase_hits(text, allegations, (AllegationKind.NEUTRAL,), memo=words.patterns)
    phrases = [p for p in _phrase_hits(text, allegations, (AllegationKind.ACT, AllegationKind.VICE, AllegationKind.HARM, AllegationKind.BLAME), memo=words.patterns) if not any(p in n for n in neutral)]
    if ALLEGATION_PHRASE in disabled:
        phrases = []
    covered = _phrase_tokens(content, neutral + phrases, text=text) | skip
    if is_clause:
        for phrase in phrases:
            harm = allegations.get(phrase) == AllegationKind.HARM
            ok, party = _harm_phrase_party(content, phrase, parties) if harm else _phrase_party(content, phrase, parties)
            if allegations.get(phrase) == AllegationKind.BLAME and (party is None or not words.is_party(party)):
                ok = False  # "the valve was at fault": blame needs a party to lay it on
            if ok:
                hits.append((ALLEGATION_PHRASE, phrase))
                target = target if target is not None else party
    rules = {kind: rule for rule in ALLEGATION_RULES if rule.id not in disabled for kind in rule.kinds}
    guards = [guard for guard in ALLEGATION_GUARDS if guard.id not in disabled]
    clause_rules = [rule for rule in CLAUSE_RULES if rule.id not in disabled]
    for tok in words.tokens(content):
        token = tok.token
        if tok.verb and token.i not in skip:
            for clause_rule in clause_rules:
                found = clause_rule.read(token, content, parties)
                if found is not None and found[0]:
                    hits.append((clause_rule.id, tok.lower))
                    target = target if target is not None else found[1]
        if token.i in covered or tok.pos not in ("VERB", "NOUN", "ADJ", "ADV", "PROPN", "AUX"):
            continue
        lower = tok.lower
        kind = allegations.get(lower) or (allegations.get(tok.lemma) if tok.verb or tok.pos == "NOUN" else None) or ""
        rule = rules.get(kind)
        found = rule.read(token, kind, parties) if rule is not None else None
        if rule is None or found is None or not found[0]:
            continue
        party = found[1]
        if any(guard.drops(token, kind, party, is_clause) for guard in guards):
            continue
        hits.append((rule.id, lower))
        if target is None and party is not None:
            target = party
    return hits, target


def _phrase_party(content: Span, phrase: str, parties: _Parties) -> tuple[bool, Token | None]:
    """Who a wrongdoing phrase is said of: the subject of the clause it stands in ("she should
    be held accountable" -> she), unless that clause is negated or its subject is the speaker."""
    tokens = sorted(_phrase_tokens(content, [phrase]))
    if not tokens:
        return True, None
    doc = content.doc
    root = next((doc[i] for i in tokens if not tokens[0] <= doc[i].head.i <= tokens[-1] or doc[i].head.i == i), doc[tokens[0]])
    clause = root
    for _ in range(4):
        if _is_verb(clause) or clause.head.i == clause.i:
            break
        clause = clause.head
    if not _is_verb(clause):
        return True, None
    if _is_negated(clause) or any(_is_negated(doc[i]) for i in tokens if _is_verb(doc[i])) or _under_negated_verb(clause):
        return False, None
    node = root
    for _ in range(6):  # "there was no cover-up", "played no role in the cover-up": none said
        if any(c.dep_ == "det" and _lower(c) == "no" for c in node.children):
            return False, None
        if node.i == clause.i or node.head.i == node.i:
            break
        node = node.head
    if any(c.dep_ in ("dobj", "attr") and any(d.dep_ == "det" and _lower(d) == "no" for d in c.children) for c in clause.children):
        return False, None
    return parties.check(_subject(clause))


def _harm_phrase_party(content: Span, phrase: str, parties: _Parties) -> tuple[bool, Token | None]:
    """Violence named by a phrase ("missile strike") accuses only a named agent, read as for a
    harm noun: its owner ("Karvonian air strikes"), "by" X, or the subject of a frame of
    responsibility ("X was behind the missile strike"); "the drone strike hit a convoy" accuses no one."""
    tokens = sorted(_phrase_tokens(content, [phrase]))
    if not tokens:
        return False, None
    noun = content.doc[tokens[-1]]
    parties.harm = True
    ok, party = parties.of_noun(noun)
    parties.harm = False
    return (ok, party) if ok and party is not None and party.i not in tokens else (False, None)


def _failed_duty(token: Token, parties: _Parties, words: _Words) -> tuple[bool, Token | None]:
    """"the government has failed to address the needs", "the Department's failure to prosecute"."""
    duty = next((c for c in token.children if c.dep_ in ("xcomp", "acl") and c.pos_ == "VERB"), None)
    if duty is None or lemma_of(duty) in words.achievements:
        return False, None
    ok, party = parties.of_word(token) if _is_verb(token) else parties.of_noun(token)
    if not ok or party is None or not words.is_party(party):
        return False, None
    return ok, party


def _criticism_head(content: Span, words: _Words) -> Token | None:
    """A content that is a criticism noun with its target: "criticism of Obama's executive actions"."""
    if not len(content):
        return None
    root = content.root
    lemma = lemma_of(root)
    misparsed = root.i == content.start and root.tag_ == "VB" and not any(c.dep_ == "nsubj" for c in root.children)
    if (root.pos_ != "NOUN" and not misparsed) or not (
        words.stance_words.get(lemma) == StanceWordKind.CRITICISM or words.stance_words.get(_lower(root)) == StanceWordKind.CRITICISM
        or words.cue_nouns.get(lemma) == CueKind.ALLEGE
    ):
        return None
    for c in root.children:
        if c.dep_ in ("prep", "agent") and _lower(c) in ("of", "on", "against", "at", "over", "by"):
            return next((g for g in c.children if g.dep_ == "pobj"), c)
        if c.dep_ in ("acl", "ccomp", "relcl") and _mark(c) == "that":  # "outrage that the delegates ..."
            subject = _subject(c)
            if subject is not None and _lower(subject) not in _THING_PRONOUNS:
                return subject
    return None


def _accused(content: Span, words: _Words, is_clause: bool) -> Token | None:
    """Who an accusation cue is aimed at, read from the content: "Trump of inciting violence"
    -> Trump; "that Sanders would jeopardize the law" (charged) -> Sanders; "Washington elites"."""
    if not len(content):
        return None
    if is_clause and _is_verb(content.root):
        subject = _subject(content.root)
        if subject is not None and words.is_party(_antecedent(subject)) and _lower(subject) not in _SELF:
            return _antecedent(subject)
    # the noun phrase before "of/for/with/over": "the mayor of taking bribes"
    stop = next((t.i for t in content if t.dep_ == "prep" and _lower(t) in _TARGET_END_PREPS), content.end)
    nouns = [t for t in content.doc[content.start : stop] if t.pos_ in ("NOUN", "PROPN", "PRON")]
    candidates = [t for t in nouns if not (content.start <= t.head.i < stop and t.head.i != t.i)]
    if not candidates:
        candidates = nouns[-1:]
    for t in candidates:
        if words.is_party(t) or t.pos_ == "PROPN":
            return t
        owner = next((c for c in t.children if c.dep_ in ("poss", "compound") and words.is_party(c)), None)
        if owner is not None:  # "the regime's brutal crackdown" -> the regime
            return owner
    return None
