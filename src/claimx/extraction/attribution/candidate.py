"""What the attribution passes produce: a Candidate, and the ids of the rules that make them."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from ...models import Form

__all__ = ["AttributionRule", "Candidate"]


class AttributionRule(str, Enum):
    """The id of the attribution rule that made a candidate (``Claim.rule``; ``disabled`` takes these).

    A ``str`` enum: ``AttributionRule.VERB_CUES == "attribution.verb_cues"`` holds.
    """

    TRAILING_CUES = "attribution.trailing_cues"  # "..., Source said." closing a sentence
    VERB_CUES = "attribution.verb_cues"  # "X said (that) ...", "accused X of Y"
    NOUN_CUES = "attribution.noun_cues"  # "X's claim that ..."
    INTENT_NOUNS = "attribution.intent_nouns"  # "X's decision to ...", "X unveiled a plan to ..."
    ACCORDING_TO = "attribution.according_to"  # "according to X, ..."
    HEADLINES = "attribution.headlines"  # "Source: claim" at a line start
    PARENTHETICAL_CUES = "attribution.parenthetical_cues"  # "The plan, X said, will ..."
    DIRECT_QUOTES = "attribution.direct_quotes"  # a quotation given the cue next to it
    QUOTE_CONTINUATIONS = "attribution.quote_continuations"  # a quote paragraph continuing the last speaker
    ADJECTIVE_CUES = "attribution.adjective_cues"  # "X is worried that ..."
    INVERTED_CUES = "attribution.inverted_cues"  # "Also, said X, ..."
    QUOTE_AFTER_SUMMARY = "attribution.quote_after_summary"  # "X said A. “B.”": the quote continues X
    AS_CUES = "attribution.as_cues"  # "As X pointed out, ..." / "The plan, as X noted, will ..."
    MISREAD_CUES = "attribution.misread_cues"  # "Prosecutors allege Doe ...": a cue verb tagged a noun
    LIGHT_VERB_TOPICS = "attribution.light_verb_topics"  # "X made no secret of Y": a stance noun after a light verb
    CLAIM_OBJECTS = "attribution.claim_objects"  # "X rejected the accusations, saying ...": the content that follows

    def __str__(self) -> str:
        return self.value


@dataclass
class Candidate:
    """An attribution found in the doc, before its speaker and stance are decided."""

    start_char: int
    end_char: int
    form: Form
    sent_start_char: int
    sent_end_char: int
    cue_start_char: int | None = None
    cue_end_char: int | None = None
    cue_i: int | None = None
    cue_lemma: str | None = None
    cue_label: str | None = None  # a claimx.labels.CueKind value
    cue_negated: bool = False
    source: tuple[int, int] | None = None  # token range of the source mention
    inherit_from: int | None = None  # index of the candidate whose speaker continues here
    object_i: int | None = None  # the accused in "accused X of"
    content_i: tuple[int, int] | None = None  # token range of the content, when known
    via: AttributionRule | None = None  # the rule that made it
