"""The claim-object pass: "rejected the accusations, saying ..." gives the content that follows (issue 14).

Statements answering a report name what they answer with a claim noun and then say their piece:
"In a statement, the firm rejected the accusations, saying it had followed every rule", "She denied
the charge: “I never saw the money.”" The verb-cue pass reads the noun ("the accusations") as the
content; a reader counts what follows, the piece the source put forward. So when a denial cue's content
is just its object, a claim noun (``claim_nouns``), and the object is followed by
- a colon and words (a clause or a quotation), the content becomes what follows the colon;
- a comma and a speech participle of the same cue that has its own clause content ("..., saying
  X", "..., arguing that X"), that participle's content is the content of the main cue, whose
  verb ("rejected") then is its cue, and the noun alone is no claim.
The noun stays the content when nothing follows it ("denied the allegations.") or when what
follows is no statement ("..., calling them baseless": the participle's content is no clause), and
after a cue that is no denial: "mocked the complaint, saying ..." has a topic of its own, the thing
mocked, and a second claim (PolNeAR marks both).
"""

from __future__ import annotations

from spacy.tokens import Token

from ...labels import ClaimNounKind, CueKind
from .candidate import AttributionRule, Candidate
from .state import DocView, State
from .syntax import lemma_of, sent_end_char

__all__ = ["claim_objects"]

_SPEECH_PARTICIPLE = ("advcl", "xcomp", "conj")
_ADVERBIALS = ("prep", "npadvmod", "advmod", "punct")


def claim_objects(view: DocView, state: State) -> None:
    """Move each claim-noun content to the statement that follows it in its sentence."""
    doc = view.doc
    by_cue = {c.cue_i: c for c in state.found if c.cue_i is not None and c.via == AttributionRule.VERB_CUES}
    for cand in list(state.found):
        if cand.via != AttributionRule.VERB_CUES or cand.object_i is None or cand.cue_i is None or cand.cue_label != CueKind.DENY:
            continue
        noun = doc[cand.object_i]
        if not _claim_noun(noun, view) or not _is_whole_object(cand, noun):
            continue
        after = noun.right_edge.i + 1
        if after >= len(doc) or view.sent(after) != view.sent(noun.i):
            continue
        if doc[after].text == ":":
            _after_colon(view, cand, after)
            continue
        participle = _speech_participle(doc[cand.cue_i], after, by_cue)
        if participle is not None:
            _take_over(cand, participle)


def _claim_noun(noun: Token, view: DocView) -> bool:
    """A noun naming a claim, report or charge ("the accusations", "those reports")."""
    return view.lexicons["claim_nouns"].get(lemma_of(noun)) in (ClaimNounKind.CLAIM, ClaimNounKind.PLURAL)


def _is_whole_object(cand: Candidate, noun: Token) -> bool:
    """Whether the candidate's content is the object's noun phrase and nothing more."""
    return cand.start_char == noun.left_edge.idx and cand.end_char <= noun.right_edge.idx + len(noun.right_edge)


def _after_colon(view: DocView, cand: Candidate, colon_i: int) -> None:
    """ "denied the charge: “I never saw the money.”": the content is what follows the colon, to the
    sentence's end (or the end of a quotation that opens there)."""
    doc = view.doc
    if colon_i + 1 >= len(doc):
        return
    first = doc[colon_i + 1]
    lo = first.idx
    hi = sent_end_char(view.sent(colon_i))
    quote = view.in_quote(lo)
    if quote is not None and quote.start == lo:
        hi = max(hi, quote.end)
    if not any(t.pos_ in ("VERB", "AUX") for t in doc[colon_i + 1 :] if t.idx < hi):
        return  # "rejected the claims: all of them": a list, no statement
    cand.start_char, cand.end_char = lo, hi
    cand.via = AttributionRule.CLAIM_OBJECTS


def _speech_participle(cue: Token, after_i: int, by_cue: dict[int, Candidate]) -> Candidate | None:
    """The candidate of a speech participle ("..., saying ...") that hangs on ``cue`` after the
    object, with only commas and the cue's adverbials ("in a statement") between; a verb of saying
    (label ``say``), so not "calling them baseless", an object and its label."""
    doc = cue.doc
    for child in cue.children:
        if child.i < after_i or child.dep_ not in _SPEECH_PARTICIPLE or child.tag_ != "VBG":
            continue
        between = doc[after_i : child.i]
        if not any(t.text == "," for t in between) or not all(t.is_punct or _adverbial_of(t, cue) for t in between):
            continue
        found = by_cue.get(child.i)
        if found is not None and found.cue_label == CueKind.SAY and found.object_i is None and found.source is not None:
            return found
    return None


def _adverbial_of(token: Token, cue: Token) -> bool:
    """Whether ``token`` lies in one of the cue's adverbial phrases ("in a statement", "on Friday")."""
    while token.head.i != token.i and token.head.i != cue.i:
        token = token.head
    return token.head.i == cue.i and token.dep_ in _ADVERBIALS


def _take_over(cand: Candidate, participle: Candidate) -> None:
    """The participle's content becomes the main cue's; the noun alone is left empty (dropped)."""
    for name in ("cue_start_char", "cue_end_char", "cue_i", "cue_lemma", "cue_label", "cue_negated"):
        setattr(participle, name, getattr(cand, name))
    participle.via = AttributionRule.CLAIM_OBJECTS
    cand.end_char = cand.start_char  # an empty range: finish drops it
