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

__all__ = ["ANSWERED_CHARGE", "RESPONSE_CUE", "answered_charge", "own_negated_act", "response_cue"]

ANSWERED_CHARGE = "stance.answered_charge"  # a negated act that takes up a charge made just before
RESPONSE_CUE = "stance.response_cue"  # the source's own negated act under a cue that answers
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
    return found


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
    for verb, negation in acts:
        hit = charged.get(lemma_of(verb))
        if hit is not None and not _light(verb, words):
            return f"{negation.text} {verb.text}".lower(), _lower(hit[1])
    return None


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


def own_negated_act(content: Span, words: _Words, *, source: Span | None) -> str | None:
    """The source's own act negated in the content ("it had not dumped anything", "we did not
    lose any files"): the subject is the source's side (:func:`.syntax._own_side`)."""
    quoted = _is_direct_quote(content, text=words.text(content))
    for verb, negation in _negated_acts(content, words):
        if _own_side(_subject(verb), quoted=quoted, source=source):
            return f"{negation.text} {verb.text}".lower()
    return None
