"""The misread-cue pass: a present-tense cue verb the tagger read as a noun.

"Prosecutors allege Dorsey posted threats": after a plural noun and before a name, the small
model reads "allege" (or "charge") as a noun modifying the name, and the sentence's subject
becomes "Prosecutors allege Dorsey". News writes no such noun phrase: a plural noun, then the
bare form of a speech verb, then a clause with its own finite verb is "Source verb that ...".
"""

from __future__ import annotations

from spacy.tokens import Token

from ...lexicons import Lexicons
from .build import add_candidate
from .candidate import AttributionRule
from .state import DocView, State
from .syntax import SUBJECTS

__all__ = ["misread_cues"]

_PLURAL_TAGS = ("NNS", "NNPS")


def misread_cues(view: DocView, state: State) -> None:
    """Each "Plurals <cue verb> Name <finite verb> ..." whose cue the parse made a noun."""
    cues = view.lexicons["cue_verbs"]
    for token in view.doc:
        if token.tag_ not in ("NN", "VBP") or token.dep_ != "compound" or token.lower_ not in cues or token.i in state.used_cues:
            continue
        verb = _misread_clause(token, view.lexicons)
        if verb is None or view.in_quote(token.idx):
            continue
        before = token.doc[token.i - 1]
        add_candidate(
            view,
            state,
            token.i + 1,
            verb.right_edge.i + 1,
            rule=AttributionRule.MISREAD_CUES,
            cue=token,
            cue_tokens=(token.i, token.i + 1),
            label=cues[token.lower_],
            source=(before.left_edge.i, before.i + 1),
        )


def _misread_clause(token: Token, lexicons: Lexicons) -> Token | None:
    """The finite verb of the clause after ``token``, when ``token`` is a bare verb form the
    parse hung between a plural noun (or a collective: "Police") and the subject of that verb."""
    if token.i == 0 or token.i + 1 >= len(token.doc):
        return None
    before, after = token.doc[token.i - 1], token.doc[token.i + 1]
    plural = before.tag_ in _PLURAL_TAGS or before.lower_ in lexicons["group_nouns"]
    if not plural or before.dep_ not in ("compound", "nsubj") or after.pos_ != "PROPN":
        return None
    head = token.head
    while head.dep_ in ("compound", "flat") and head.head.i != head.i:
        head = head.head
    if head.i < token.i or head.dep_ not in SUBJECTS or before.head.i not in (token.i, head.i):
        return None
    verb = head.head
    if verb.pos_ not in ("VERB", "AUX") or verb.i < head.i:
        return None
    return verb
