"""Parse helpers the stance rules share: subjects, negation, clause marks, modals, quotes.

No lexicon is read here beyond closed grammatical classes; the rules build on these.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from ...lexicons import lemma_of
from ...models import Mention
from .wordsets import (
    _CONDITION_MARKS, _MODAL_AUX, _NEGATIONS, _NEGATIVE_ARGUMENTS, _OTHER_OWNERS, _OTHER_SUBJECTS, _QUESTION_MARKS, _QUOTE_MARKS, _RELATIVE_PRONOUNS, _SELF,
)


def _lower(token: Token) -> str:
    return token.lower_.replace("’", "'")


def _is_verb(token: Token) -> bool:
    return token.pos_ in ("VERB", "AUX") or token.tag_.startswith("VB") or token.tag_ == "MD"


def _negation(token: Token) -> Token | None:
    """The word that negates ``token`` ("not", "never", "n't"), looking through "did not ..." auxiliaries."""
    for c in token.children:
        dep = c.dep_
        if dep == "neg" or (dep in ("advmod", "det") and c.lower_ in _NEGATIONS):
            return c
    if token.dep_ in ("xcomp", "aux", "auxpass") and token.head.i != token.i:
        for c in token.head.children:
            if c.dep_ == "neg":
                return c
    return None


def _is_negated(token: Token) -> bool:
    return _negation(token) is not None


def _in(token: Token, span: Span) -> bool:
    return span.start <= token.i < span.end


def _mention(span: Span | None) -> Mention | None:
    if span is None or not len(span):
        return None
    return Mention(text=span.text, start=span.start_char, end=span.end_char)


def _np(token: Token) -> Span:
    """The noun phrase of ``token`` without relative clauses, appositions and trailing punctuation."""
    lo, hi = token.left_edge.i, token.right_edge.i + 1
    for c in token.children:
        if c.i > token.i and c.dep_ in ("relcl", "acl", "prep", "punct", "appos", "cc", "conj", "case"):
            hi = min(hi, c.left_edge.i)
    while hi - 1 > token.i and token.doc[hi - 1].is_punct:
        hi -= 1
    return token.doc[lo:hi]


def _subject(verb: Token, depth: int = 0) -> Token | None:
    """The subject of a verb, inherited through coordination, control and participles."""
    for c in verb.children:
        if c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl"):
            return c
    if depth > 4 or verb.head.i == verb.i:
        return None
    head = verb.head
    if verb.dep_ == "conj" and _is_verb(head):
        return _subject(head, depth + 1)
    if verb.dep_ == "xcomp" and _is_verb(head):
        return _subject(head, depth + 1)
    if verb.dep_ == "advcl" and verb.tag_ in ("VBG", "VBN") and _is_verb(head):
        return _subject(head, depth + 1)
    if verb.dep_ == "acl" and verb.tag_ == "VBG" and head.pos_ in ("NOUN", "PROPN", "PRON"):
        return head  # "Donald Trump insulting Islam"
    return None


def _antecedent(token: Token) -> Token:
    """A relative pronoun stands for the noun its clause modifies ("the suspect, who ...")."""
    if token.lower_ in _RELATIVE_PRONOUNS:
        clause = token.head
        for _ in range(3):
            if clause.dep_ in ("relcl", "acl") and clause.head.i != clause.i:
                return clause.head
            if clause.head.i == clause.i:
                break
            clause = clause.head
    return token


def _path_to_top(token: Token, top: Span) -> list[Token]:
    """``token`` and its heads, up to the highest one still inside ``top``."""
    path = [token]
    current = token
    while current.head.i != current.i and _in(current.head, top) and len(path) < 40:
        current = current.head
        path.append(current)
    return path


def _mark(clause: Token) -> str | None:
    for c in clause.children:
        if c.dep_ == "mark" or (c.dep_ == "advmod" and c.tag_ == "WRB" and c.i < clause.i):
            return _lower(c)
    return None


def _is_question_clause(clause: Token) -> bool:
    mark = _mark(clause)
    if mark in _QUESTION_MARKS:
        return True
    first = clause.doc[clause.left_edge.i]
    if first.tag_ not in ("WDT", "WP", "WRB", "WP$") or clause.dep_ not in ("ccomp", "pcomp", "csubj", "xcomp", "ROOT"):
        return False
    # "which Democrats say could be aiding him": a relative pronoun, not a question word
    return not any(a.dep_ in ("relcl", "acl") for a in [clause, *clause.ancestors])


def _sentences(content: Span) -> list[Span]:
    """The content cut at sentence boundaries (``Span.sents`` gives whole sentences, which
    reach outside a content that starts or ends mid-sentence)."""
    doc = content.doc
    try:
        sents = [doc[max(s.start, content.start) : min(s.end, content.end)] for s in content.sents]
    except ValueError:
        sents = []
    return [s for s in sents if len(s)] or [content]


def _in_relative_clause(token: Token, content: Span) -> bool:
    return any(n.dep_ in ("relcl", "acl") for n in _path_to_top(token, content)[:-1])


def _is_direct_quote(content: Span, *, text: str | None = None) -> bool:
    """The content is quoted speech: it starts with a quote mark, or one stands just before it.
    ``text``: ``content.text``, when the caller has it."""
    doc = content.doc
    first = (content.text if text is None else text).lstrip()[:1]
    k = content.start - 1
    while k >= 0 and doc[k].is_space:
        k -= 1
    # the token before, not doc.text: Doc.text rebuilds the whole text on every access
    before = doc[k].text[-1:] if k >= 0 else ""
    return bool(first) and first in _QUOTE_MARKS or bool(before) and before in _QUOTE_MARKS


def _modal(verb: Token) -> bool:
    """A modal or future auxiliary on the clause ("would not", "will never", "can't", "is not going to")."""
    heads = [verb] + ([verb.head] if verb.dep_ in ("xcomp", "conj") and verb.head.i != verb.i else [])
    if any(c.dep_ in ("aux", "auxpass") and _lower(c) in _MODAL_AUX for h in heads for c in h.children):
        return True
    if lemma_of(verb) == "go" and verb.tag_ == "VBG" and any(c.dep_ == "xcomp" for c in verb.children):
        return True  # "are not going to change the war": a prediction
    return any(lemma_of(h) == "go" and h.tag_ == "VBG" and h.i != verb.i and verb.dep_ == "xcomp" for h in heads)


def _direct_negation(verb: Token) -> Token | None:
    """A negation of this verb itself, not of a verb above it ("I didn't want to lie" negates the
    wanting), or of the first of two coordinated verbs sharing its subject ("never sent or received")."""
    for c in verb.children:
        dep = c.dep_
        if dep == "neg" or (dep == "advmod" and _lower(c) in _NEGATIONS):
            return c
    if verb.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return _direct_negation(verb.head)
    return None


def _clause_negation(verb: Token, *, direct: bool = False) -> Token | None:
    """What negates a clause: "not"/"never" on its verb, or a "no"/"nothing"/"nobody" argument
    ("there was no collusion", "did nothing wrong", "no one in the campaign knew"). ``direct``:
    not a negation of a verb above ("I didn't want to lie" negates the wanting)."""
    negation = _direct_negation(verb) if direct else _negation(verb)
    if negation is None and not direct and verb.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        negation = _negation(verb.head)  # "never sent or received": the subject shared
    if negation is not None:
        return negation
    for c in verb.children:
        if c.dep_ in ("dobj", "attr", "nsubj", "nsubjpass"):
            if _lower(c) in _NEGATIVE_ARGUMENTS:
                return c
            det = next((g for g in c.children if g.dep_ == "det" and _lower(g) == "no"), None)
            if det is not None:
                return det
    return None


def _in_condition(token: Token, content: Span) -> bool:
    """Inside a condition or an embedded question: "if it wasn't true", "whether the report is false"."""
    return any(
        node.dep_ in ("advcl", "ccomp", "pcomp", "csubj") and _mark(node) in _QUESTION_MARKS | {"if", "unless"}
        for node in _path_to_top(token, content)
    )


def _open_clause(verb: Token) -> bool:
    """A condition or a question, not a statement: "if we did not cheat", "whether he knew"."""
    return _mark(verb) in _QUESTION_MARKS | _CONDITION_MARKS or any(
        _mark(a) in _QUESTION_MARKS | {"if", "unless"} for a in verb.ancestors if a.dep_ in ("advcl", "ccomp")
    )


def _existential(verb: Token) -> bool:
    """"there was ...", "there were ..."."""
    return any(c.dep_ == "expl" for c in verb.children)


def _particles(verb: Token) -> list[Token]:
    """The words that make a phrasal verb with ``verb``: "back" and "on" of "pushed back on"."""
    return [c for c in verb.children if c.dep_ in ("prt", "prep", "advmod")]


def _own_side(token: Token | None, *, quoted: bool, source: Span | None = None) -> bool:
    """The source or its side: "I", "we", "my campaign"; in reported speech also "he", "she",
    "they", "it" (an organisation or a state) and "his campaign", the usual way a source is
    reported in the third person. In a direct quote "he" is someone else. With the claim's
    ``source`` known, also the source named again: a body speaks of itself by name or description
    ("the bank has no plans ..., the bank said", "Acme never sold data, Acme said"), and so of
    its own side ("the ministry's troops did not fire")."""
    if token is None:
        return False
    pronouns = _SELF if quoted else _SELF | _OTHER_SUBJECTS
    owners = _SELF if quoted else _SELF | _OTHER_OWNERS
    if _lower(token) in pronouns or _same_party(token, source):
        return True
    return token.pos_ in ("NOUN", "PROPN") and any(
        c.dep_ == "poss" and (_lower(c) in owners or _same_party(c, source)) for c in token.children)


def _same_party(token: Token, source: Span | None) -> bool:
    """``token`` names the party ``source`` names: the same head noun ("the bank" / "the bank"),
    or a name word of the source ("Hale" / "Senator Mara Hale"). Never a pronoun (the pronoun
    rules read those), nor a source that is itself a pronoun (who "he" is, is not known here)."""
    if source is None or not len(source) or token.pos_ not in ("NOUN", "PROPN"):
        return False
    head = source.root
    if head.pos_ not in ("NOUN", "PROPN"):
        return False
    if token.pos_ == "NOUN":
        return head.pos_ == "NOUN" and lemma_of(token) == lemma_of(head)
    names = {_lower(t) for t in source if t.pos_ == "PROPN"}
    return _lower(token) in names


def _anchors(hit: str, content: Span) -> list[Token]:
    """The content's tokens spelled like the last word of a hit ("not true" -> the tokens "true")."""
    last = hit.split()[-1].replace("’", "'")
    return [t for t in content if _lower(t) == last]


def _expand_negation(text: str) -> str:
    """"isn't true" -> "is not true", so the denial phrases written with "not" match contractions."""
    return re.sub(r"n['’]t\b", " not", text, flags=re.IGNORECASE)
