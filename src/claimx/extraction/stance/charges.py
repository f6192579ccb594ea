"""A denial answers a charge: a negated act read against the charge made before it (issue 15).

A plain negation is a weak signal on its own ("we did not expect the rain", "the council has not
met since May"). In news writing it is a denial when it answers something: the text before it
carries a charge, report or question aimed at the act ("the lawsuit alleges the landlord ignored
complaints" ... "we never ignored them"), or the cue itself answers ("responded that", "hit back").
The answer takes up the charge's own act and negates it, so the rule asks for that: the negated
verb's lemma is that of a verb a charge governs, in the same sentence before the content or in the
two sentences before it (the counter-claim of Benoit 1995, *Accounts, Excuses, and Apologies*:
simple denial). Under an answering cue the source's own negated act suffices.

Context is read from the content's own doc: in the pipeline and in the fold scripts that is the
whole article; a content parsed on its own (``classify_text``) has no context, so only the cue
path can fire there.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from spacy.tokens import Span, Token

from ...labels import CueKind, StanceWordKind
from ...lexicons import lemma_of
from .syntax import _clause_negation, _in_condition, _in_relative_clause, _is_direct_quote, _is_negated, _is_verb, _lower, _modal, _open_clause, _own_side, _same_party, _subject
from .opinion import _is_opinion
from .wordsets import _FUTURE_MODALS
from .words import _Words

__all__ = ["ANSWERED_CHARGE", "CHARGED_SOURCE", "CONTINUED_DENIAL", "RESPONSE_CUE", "answered_charge", "charged_source",
           "denial_before", "own_negated_act", "response_cue"]

ANSWERED_CHARGE = "stance.answered_charge"  # a negated act that takes up a charge made just before
RESPONSE_CUE = "stance.response_cue"  # the source's own negated act under a cue that answers
CHARGED_SOURCE = "stance.charged_source"  # the source's own negated act just after it was accused
CONTINUED_DENIAL = "stance.continued_denial"  # the source's own negated act right after a denial
CONTEXT_SENTENCES = 2  # how far back a charge is looked for: the sentence before and the one before that


def _negated_acts(content: Span, words: _Words, *, future: bool = False) -> Iterator[tuple[Token, Token]]:
    """The content's negated statements of fact: (verb, negation). Not a modal, plan or prediction
    ("would not open"), a condition or question, a relative clause, an intention or an opinion.
    With ``future``, a negated "will"/"would" counts too: the answer to a charged prospect
    ("reports said the airlines would merge" ... "the airlines will not merge")."""
    for tok in words.tokens(content):
        token = tok.token
        if not tok.verb or tok.dep in ("relcl", "acl", "amod", "aux", "auxpass"):
            continue
        # the negation first: most verbs have none, and the walks below cost more (stance time, issue 15)
        negation = _clause_negation(token, direct=True)
        if negation is None or _in_relative_clause(token, content):
            continue  # "Clinton, who has not been charged with nor convicted of any crime": said of her, not by her
        if (_modal(token) and not (future and _future_only(token))) or _open_clause(token) or _in_condition(token, content):
            continue
        if tok.lemma in words.volition or _is_opinion(token, words):
            continue
        yield token, negation


def _future_only(verb: Token) -> bool:
    """The clause's only modal is a future "will"/"would" on the verb itself ("will not merge"), not
    "could", "may", "must" or "is going to"."""
    modals = [c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.tag_ == "MD"]
    return bool(modals) and all(_lower(c) in _FUTURE_MODALS for c in modals) and verb.dep_ not in ("xcomp", "conj")


def _is_charge(token: Token, words: _Words) -> bool:
    """A word that makes a charge, report or question: an allegation cue verb ("accused",
    "alleges"), a claim noun or its verb ("the lawsuit", "reported", "claims"), a critic, or a
    ``charge`` word ("asked whether", "complained")."""
    lemma = lemma_of(token)
    if words.cue_verbs.get(lemma) == CueKind.ALLEGE and token.pos_ == "VERB":
        return True
    if lemma in words.claim_charges:
        return True
    kind = words.stance_words.get(lemma)
    return kind == StanceWordKind.CHARGE or (kind == StanceWordKind.CRITICISM and token.pos_ == "NOUN")


def _charged_verbs(content: Span, words: _Words, source: Span | None) -> dict[str, tuple[Token, Token]]:
    """The verbs a charge governs, by lemma: (verb, charge word), in the content's sentence and the
    two before it. A charge governs the verbs below it ("accused the charity of wasting", "claims
    that he used") and, as a subject, those below its verb ("Reports said the airlines would
    merge", "a complaint says the district failed"). A report by anyone of the source's own act is
    a charge too ("Residents say the developer cut down the trees" ... "We did not cut down a single
    tree," the developer said), and so is a charge inside the content ("it did not sell the
    building, after a rumour that it had sold it"). A negated charged verb is no charge of the act
    ("reports said they would not merge")."""
    doc = content.doc
    first = content[0].sent
    sents: list[Span] = [first]
    while len(sents) <= CONTEXT_SENTENCES and sents[-1].start > 0:
        sents.append(doc[sents[-1].start - 1].sent)
    start, end = min(s.start for s in sents), max(content.end, first.end)
    found: dict[str, tuple[Token, Token]] = {}
    for token in doc[start:end]:
        if token.i >= content.end:
            break
        inside = token.i >= content.start
        for top in _charge_tops(token, words, source, inside=inside):
            for verb in top.subtree:
                if verb is top or verb is token or not _is_verb(verb) or _clause_negation(verb) is not None:
                    continue  # "nobody knows", "not raising his hands or acting": no act is charged
                if (verb.i >= content.start) != inside or verb.i >= content.end:
                    continue  # a charge before the content charges acts before it; one inside, acts inside
                found.setdefault(lemma_of(verb), (verb, token))
                for noun in _predicate_nouns(verb):
                    found.setdefault(f"{NOUN_KEY}{lemma_of(noun)}", (noun, token))
    return found


NOUN_KEY = "noun:"  # charged nouns sit beside the charged verbs in one table, under this prefix
_PREDICATE_DEPS = ("dobj", "attr")


def _predicate_nouns(verb: Token) -> Iterator[Token]:
    """The nouns a verb says something of: its object or attribute, and the object of a
    preposition on it ("agreed a secret deal", "was in talks"). Read for a light verb's
    answer, which takes up the charge by its noun ("there is no deal", "we are not in talks")."""
    for child in verb.children:
        if child.dep_ in _PREDICATE_DEPS and child.pos_ == "NOUN":
            yield child
        elif child.dep_ == "prep":
            yield from (g for g in child.children if g.dep_ == "pobj" and g.pos_ == "NOUN")


def _charge_tops(token: Token, words: _Words, source: Span | None, *, inside: bool) -> list[Token]:
    """Where a charge word's charged acts hang: the word itself, or the verb it is the subject of;
    a speech verb itself when the clause it reports has the source's party as subject."""
    if _is_charge(token, words):
        if _is_verb(token) and (_clause_negation(token) is not None or any(c.dep_ == "xcomp" for c in token.children)):
            return []  # "has not been charged", "when asked to do so": no charge, a request
        return [token.head if token.dep_ in ("nsubj", "nsubjpass") else token]
    if inside or source is None or not _is_verb(token) or words.cue_verbs.get(lemma_of(token)) is None:
        return []  # a speech verb inside the content is the source quoting someone ("he said, 'Our approach hasn't worked'")

    speaker = _subject(token)
    if speaker is not None and _same_party(speaker, source):
        return []  # the source's own earlier words are no charge against it
    reported = any(c.dep_ == "ccomp" and (s := _subject(c)) is not None and _same_party(s, source) for c in token.children)
    return [token] if reported else []


def answered_charge(content: Span, words: _Words, *, cue_label: str | None, source: Span | None = None) -> tuple[str, str] | None:
    """(negation and verb, charge word) when the content negates an act a charge just before it
    made: "The union claimed the factory had dumped waste. The company said it had not dumped
    anything." Not under an allegation or rejection cue (their own steps read those), and only
    with a context (the content inside its article's doc)."""
    if cue_label in (CueKind.ALLEGE, CueKind.DENY) or content.start == 0 and content.end == len(content.doc):
        return None
    acts = list(_negated_acts(content, words, future=True))
    if not acts:
        return None
    charged = _charged_verbs(content, words, source)
    quoted = _is_direct_quote(content, text=words.text(content))
    for verb, negation in acts:
        if charged and words.stance_words.get(lemma_of(verb)) == StanceWordKind.MEMORY and _own_side(_subject(verb), quoted=quoted, source=source):
            hit = _remembered_charge(verb, charged)
            if hit is not None:
                return f"{negation.text} {verb.text}".lower(), _lower(hit[1])
        hit = charged.get(lemma_of(verb))
        if hit is not None and not _light(verb, words):
            return f"{negation.text} {verb.text}".lower(), _lower(hit[1])
        if words.stance_words.get(lemma_of(verb)) == StanceWordKind.LIGHT:
            for noun in _denied_nouns(verb, negation):
                if (hit := charged.get(f"{NOUN_KEY}{lemma_of(noun)}")) is not None:
                    return f"{negation.text} {noun.text}".lower(), _lower(hit[1])
    return None


def _denied_nouns(verb: Token, negation: Token) -> Iterator[Token]:
    """The nouns a negated light verb denies: its predicate nouns ("we are not in talks", "there
    is no deal"), and its subject when the negation is the subject's own "no" ("no such deal
    exists")."""
    yield from _predicate_nouns(verb)
    if negation.dep_ == "det" and negation.head.dep_ in ("nsubj", "nsubjpass") and negation.head.head.i == verb.i:
        yield negation.head


_POINTING = frozenset({"that", "this", "such", "any", "those", "these"})


def _remembered_charge(verb: Token, charged: dict[str, tuple[Token, Token]]) -> tuple[Token, Token] | None:
    """The charge a negated "recall"/"remember" takes up ("Ms Vale testified that he told her ...
    He said he did not recall that conversation"): what is not remembered points back ("it",
    "that conversation", "any such call"), is a charged noun, or is a charged act ("did not
    recall telling her"). Not any memory ("she did not remember the storm of 1990")."""
    first = next(iter(charged.values()))
    for child in verb.children:
        if child.dep_ in ("ccomp", "xcomp", "pcomp") and (hit := charged.get(lemma_of(child))) is not None:
            return hit
        if child.dep_ in ("xcomp", "pcomp") and child.tag_ == "VBG":
            # "did not remember meeting her": an act of the memory, with its object pointing back
            if any(c.dep_ == "dobj" and _points_back(c, _PRONOUNS_BACK) for c in child.children):
                return first
        if child.dep_ == "dobj" and _points_back(child, _THING_PRONOUNS_BACK):
            return first
        if child.dep_ == "dobj" and (hit := charged.get(f"{NOUN_KEY}{lemma_of(child)}")) is not None:
            return hit
    return None


_THING_PRONOUNS_BACK = frozenset({"it", "that", "this", "any"})
_PRONOUNS_BACK = _THING_PRONOUNS_BACK | {"him", "her", "them"}


def _points_back(noun: Token, pronouns: frozenset[str]) -> bool:
    """A pronoun or a noun with a pointing determiner ("it", "that conversation", "any such call")."""
    if noun.pos_ == "PRON":
        return _lower(noun) in pronouns
    return any(_lower(c) in _POINTING for c in noun.children if c.dep_ in ("det", "amod", "predet"))


def _light(verb: Token, words: _Words) -> bool:
    """A verb too light to take up a charge by its lemma: ``light`` in stance_words.tsv ("be",
    "have") or a speech verb ("said X ...", "he said he did not say ...")."""
    lemma = lemma_of(verb)
    return words.stance_words.get(lemma) == StanceWordKind.LIGHT or words.cue_verbs.get(lemma) == CueKind.SAY


def response_cue(cue: Sequence[Token], words: _Words) -> str | None:
    """A cue that answers something said before: "responded", "replied", "hit back", "in
    response", "answering": the ``response`` words of stance_words.tsv, on the cue, on a participle
    or prepositional phrase attached to the cue's verb ("said in response"), or on a participle
    attached to its subject ("the mayor, responding to the audit, said"), or the answering verb a
    participle cue hangs on ("hit back, saying ...")."""
    for token in cue:
        found = _response_word(token, words)
        if found:
            return found
        if token.dep_ == "advcl" and token.tag_ == "VBG" and (found := _response_word(token.head, words)):
            return found  # "hit back, saying ...": the cue is the participle of the answering verb
        subject = _subject(token) if _is_verb(token) else None
        attached = [c for c in token.children if c.dep_ in ("advcl", "prep")]
        attached += [c for c in subject.children if c.dep_ == "acl"] if subject is not None else []
        for child in attached:
            found = _response_word(child, words) or next(
                (w for g in child.children if g.dep_ == "pobj" and (w := _response_word(g, words))), None)
            if found:
                return found
    return None


def _response_word(token: Token, words: _Words) -> str | None:
    lemma = lemma_of(token)
    if words.stance_words.get(lemma) == StanceWordKind.RESPONSE:
        return _lower(token)
    for c in token.children:
        if c.dep_ in ("prt", "advmod") and words.stance_words.get(f"{lemma} {_lower(c)}") == StanceWordKind.RESPONSE:
            return f"{_lower(token)} {_lower(c)}"
    return None


def own_negated_act(content: Span, words: _Words, *, source: Span | None, acts_only: bool = False) -> str | None:
    """The source's own act negated in the content ("it had not dumped anything", "we did not
    lose any files"): the subject is the source's side (:func:`.syntax._own_side`). With
    ``acts_only``, not a light verb or one of memory ("she did not remember the storm")."""
    quoted = _is_direct_quote(content, text=words.text(content))
    for verb, negation in _negated_acts(content, words):
        if acts_only and words.stance_words.get(lemma_of(verb)) in (StanceWordKind.LIGHT, StanceWordKind.MEMORY):
            continue
        if _own_side(_subject(verb), quoted=quoted, source=source):
            return f"{negation.text} {verb.text}".lower()
    return None


def denial_before(content: Span, words: _Words) -> str | None:
    """The rejection verb of the sentence just before the content's ("denied", "rejected",
    "dismissed"), not negated: a news story states the denial, then quotes it ("The ministry
    denied any involvement. 'Our forces did not fire on the port,' its spokeswoman said."). The
    quote's own negated act (:func:`own_negated_act`) goes on with that denial."""
    first = content[0].sent
    if first.start == 0:
        return None
    for token in content.doc[first.start - 1].sent:
        if (_is_verb(token) and words.cue_verbs.get(lemma_of(token)) == CueKind.DENY
                and _clause_negation(token) is None and token.dep_ in ("ROOT", "ccomp", "conj")):
            return _lower(token)
    return None


def charged_source(content: Span, words: _Words, source: Span | None) -> str | None:
    """The allegation verb of the content's sentence (before the content) or the sentence before
    it that has the source as its object ("Senator Ann Lee accused the adviser, Tom Hale, of ...
    'I never asked anyone to hold back the money,' Mr Hale said"), or that describes the source
    ("a developer accused of bribing officials said it had not paid anyone"): the accused answering with
    its own negated act (:func:`own_negated_act`) denies. The source must be named ("Mr Hale",
    "the bank"), not a pronoun."""
    if source is None or not len(source):
        return None
    doc = content.doc
    first = content[0].sent
    start = doc[first.start - 1].sent.start if first.start > 0 else first.start
    for token in doc[start : content.start]:
        if not (_is_verb(token) and token.pos_ == "VERB" and words.cue_verbs.get(lemma_of(token)) == CueKind.ALLEGE):
            continue
        if _clause_negation(token) is not None:
            continue
        if token.dep_ == "acl" and token.tag_ == "VBN" and _same_party(token.head, source):
            return _lower(token)  # "a developer accused of bribing officials said it had not paid anyone"
        speaker = _subject(token)
        accused = [t for c in token.children if c.dep_ not in ("nsubj", "nsubjpass", "punct") for t in c.subtree]
        if speaker is not None and _same_party(speaker, source):
            continue
        if any(_same_party(t, source) for t in accused if t.i < content.start):
            return _lower(token)
    return None
