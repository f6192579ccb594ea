"""The label sets claimx's word lists and rules speak in, as enums.

Every lexicon row's label is checked against its file's enum when the file is read, so a
typo in a TSV file or in a rule fails loudly instead of matching nothing. The enums are
``str`` subclasses: ``CueKind.SAY == "say"`` holds, and JSON shows the plain value.
"""

from __future__ import annotations

from enum import Enum

__all__ = [
    "LEXICON_LABELS",
    "AllegationKind",
    "ClaimNounKind",
    "ClauseWordKind",
    "ComplementKind",
    "CueKind",
    "DenialKind",
    "HedgeKind",
    "NounClass",
    "PronounKind",
    "StanceNounKind",
    "StanceWordKind",
    "VerbClass",
]


class CueKind(str, Enum):
    """What an attributing word does (``cue_verbs``, ``cue_nouns``; plus the cue forms the rules make)."""

    SAY = "say"  # neutral speech act: "said", "added", "tweeted"
    ALLEGE = "allege"  # the cue itself accuses: "accused", "blamed"
    DENY = "deny"  # the cue itself rejects a claim: "denied", "disputed"
    HEDGE = "hedge"  # a tentative attitude or estimate: "believes", "estimated"
    COGNITION = "cognition"  # a belief, feeling or intention stated without speech: "fears"
    POSITION = "position"  # a stance towards a thing named by the object: "called for"
    ACCORDING = "according"  # "according to X" (made by a rule, never listed)
    COLON = "colon"  # a headline's "Source: claim" (made by a rule, never listed)


class AllegationKind(str, Enum):
    """Words that make a statement an allegation (``allegations``)."""

    ACT = "act"
    COMMIT = "commit"
    DUTY = "duty"
    HARM = "harm"
    NEUTRAL = "neutral"
    VICE = "vice"


class DenialKind(str, Enum):
    """Words and phrases that reject a claim (``denials``)."""

    CUE = "cue"
    NEGCUE = "negcue"
    PHRASE = "phrase"
    PREDICATE = "predicate"
    VERB = "verb"


class HedgeKind(str, Enum):
    """Hedge expressions by part of speech (``hedges``)."""

    ADVERB = "adverb"
    MARKER = "marker"
    MODAL = "modal"
    NOUN = "noun"
    VERB = "verb"


class StanceWordKind(str, Enum):
    """Other words the stance rules read (``stance_words``)."""

    AGENT = "agent"
    CONCEDE = "concede"
    CONTACT = "contact"
    CRITICISM = "criticism"
    DEONTIC = "deontic"
    INSIST = "insist"
    JUDGE = "judge"
    STRESS = "stress"
    THING = "thing"


class NounClass(str, Enum):
    """What a head noun names (``group_nouns``, ``org_nouns``, ``titles``)."""

    GROUP = "group"
    ORGANIZATION = "organization"
    PERSON = "person"


class PronounKind(str, Enum):
    """Pronouns and vague agents by grammatical class (``pronouns``); rules read unions of classes."""

    FIRST_SINGULAR = "first_singular"
    FIRST_PLURAL = "first_plural"
    FIRST_OTHER = "first_other"
    SECOND = "second"
    THIRD_SINGULAR = "third_singular"
    THIRD_PLURAL = "third_plural"
    THIRD_NEUTER = "third_neuter"
    RELATIVE_PERSON = "relative_person"
    RELATIVE_THING = "relative_thing"
    RELATIVE_POSSESSIVE = "relative_possessive"
    DEMONSTRATIVE = "demonstrative"
    VAGUE_DEMONSTRATIVE = "vague_demonstrative"
    THING = "thing"
    VAGUE = "vague"


class ClauseWordKind(str, Enum):
    """Function words that set a clause's force (``clause_words``)."""

    NEGATION = "negation"
    MODAL = "modal"
    CONDITION = "condition"
    CONDITION_OR_QUESTION = "condition_or_question"
    QUESTION = "question"
    CONCESSIVE = "concessive"
    PURPOSE = "purpose"
    ADDITIVE = "additive"
    PLACE = "place"


class ClaimNounKind(str, Enum):
    """Nouns that name a claim (``claim_nouns``)."""

    CLAIM = "claim"


class VerbClass(str, Enum):
    """Verbs by what they say about their subject or object (``verb_classes``)."""

    EVENT = "event"
    ABILITY = "ability"
    LABEL = "label"


class ComplementKind(str, Enum):
    """Verbs and adjectives by what their complement is (``complement_heads``)."""

    VOLITION = "volition"
    CONTROL = "control"
    VOLITION_OR_CONTROL = "volition_or_control"
    BELIEF = "belief"
    ACHIEVEMENT = "achievement"
    PRESENCE = "presence"
    HAVE = "have"
    OPEN_QUESTION = "open_question"


class StanceNounKind(str, Enum):
    """Nouns that change what a wrongdoing or a negation means (``stance_nouns``)."""

    EVIDENCE = "evidence"
    POSSIBILITY = "possibility"
    EVIDENCE_OR_POSSIBILITY = "evidence_or_possibility"
    QUANTITY = "quantity"


# The enum each lexicon file's labels must belong to. A lexicon without an entry here
# (a user's own file under a new name) is read without a label check.
LEXICON_LABELS: dict[str, type[Enum]] = {
    "allegations": AllegationKind,
    "claim_nouns": ClaimNounKind,
    "clause_words": ClauseWordKind,
    "complement_heads": ComplementKind,
    "cue_nouns": CueKind,
    "cue_verbs": CueKind,
    "denials": DenialKind,
    "group_nouns": NounClass,
    "hedges": HedgeKind,
    "org_nouns": NounClass,
    "pronouns": PronounKind,
    "stance_nouns": StanceNounKind,
    "stance_words": StanceWordKind,
    "titles": NounClass,
    "verb_classes": VerbClass,
}
