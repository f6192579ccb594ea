"""Find attributions in a parsed doc: content, cue and source for each claim candidate.

The passes in :data:`PASSES` run in order over one shared :class:`State`; each is a rule of
English news writing:
- cue verbs (``cue_verbs.tsv``) with a clausal complement: "X said (that) ...", fronted
  content "..., X said.", coordinated contents "said A, but that B", participles that
  take their subject from the clause above ("..., alleging that ..."); accusation frames:
  "accused X of Y", "blamed X for Y", passives "X was accused by Y of Z";
- noun cues: "the claim that ...", "claims by X stated ...", and "according to X";
- direct quotes (from :mod:`claimx.text.quotes`) attributed to a cue in their sentence, in the
  sentence before ("X said:") or after ("X said."), or continuing the previous quote's
  speaker when a quote paragraph follows a quoted paragraph;
- headlines: "Source: claim" and "claim, Source says"; attributions inside a sentence.
Candidates carry token and character offsets; speakers and stance are decided later.
Each candidate's ``via`` names the rule that made it; ``disabled`` switches rules off.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple

from spacy.tokens import Doc

from ...lexicons import Lexicons
from ...text.quotes import Quote
from .according_to import according_to
from .candidate import AttributionRule, Candidate
from .claim_objects import claim_objects
from .direct_quotes import direct_quotes
from .finish import finish
from .headlines import headlines
from .light_verbs import light_verb_topics
from .misread_cues import misread_cues
from .noun_cues import intent_nouns, noun_cues
from .state import DocView, State
from .adjective_cues import adjective_cues
from .trailing import as_cues, inverted_cues, parenthetical_cues, trailing_cues
from .verb_cues import verb_cues

__all__ = ["PASSES", "AttributionPass", "Candidate", "detect_candidates"]


class AttributionPass(NamedTuple):
    """One pass: its rule id, the function, and the ``State`` fields it reads and writes."""

    rule: AttributionRule
    run: Callable[[DocView, State], None]
    reads: str
    writes: str


R = AttributionRule
# The order matters: a pass skips cues already used, and the quote pass reads the cues and
# candidates of all the others.
PASSES: tuple[AttributionPass, ...] = (
    AttributionPass(R.INVERTED_CUES, inverted_cues, reads="used_cues", writes="found, used_cues, speech_cues"),
    AttributionPass(R.TRAILING_CUES, trailing_cues, reads="used_cues", writes="found, used_cues, speech_cues"),
    AttributionPass(R.AS_CUES, as_cues, reads="used_cues", writes="found, used_cues, speech_cues"),
    AttributionPass(R.VERB_CUES, verb_cues, reads="used_cues", writes="found, used_cues, speech_cues, bare_cues"),
    AttributionPass(R.CLAIM_OBJECTS, claim_objects, reads="found", writes="found"),
    AttributionPass(R.MISREAD_CUES, misread_cues, reads="used_cues", writes="found, used_cues"),
    AttributionPass(R.ADJECTIVE_CUES, adjective_cues, reads="used_cues", writes="found, used_cues"),
    AttributionPass(R.LIGHT_VERB_TOPICS, light_verb_topics, reads="used_cues", writes="found, used_cues"),
    AttributionPass(R.NOUN_CUES, noun_cues, reads="-", writes="found, used_cues"),
    AttributionPass(R.INTENT_NOUNS, intent_nouns, reads="-", writes="found, used_cues"),
    AttributionPass(R.ACCORDING_TO, according_to, reads="-", writes="found, used_cues"),
    AttributionPass(R.HEADLINES, headlines, reads="-", writes="found, used_cues"),
    AttributionPass(R.PARENTHETICAL_CUES, parenthetical_cues, reads="used_cues", writes="found, used_cues, speech_cues"),
    # also makes QUOTE_CONTINUATIONS and QUOTE_AFTER_SUMMARY candidates (each switched off on its own), and widens
    # VERB_CUES / TRAILING_CUES candidates the parse cut short inside a quotation
    AttributionPass(R.DIRECT_QUOTES, direct_quotes, reads="found, bare_cues, speech_cues", writes="found, used_cues"),
)
del R


def detect_candidates(
    doc: Doc, quotes: list[Quote], lexicons: Lexicons, *, disabled: frozenset[str] = frozenset()
) -> list[Candidate]:
    """All claim candidates in ``doc``, in document order.

    Args:
        doc: a parsed doc (sentences, dependencies, entities).
        quotes: the quotations of ``doc.text`` (:func:`claimx.text.quotes.scan_quotes`).
        lexicons: the word lists by name (:func:`claimx.lexicons.make_lexicons`).
        disabled: rule ids (``AttributionRule`` values) whose passes are skipped.
    """
    if not len(doc):
        return []
    view = DocView(doc, quotes, lexicons, disabled)
    state = State()
    for step in PASSES:
        if view.enabled(step.rule):
            step.run(view, state)
    return finish(view, state)
