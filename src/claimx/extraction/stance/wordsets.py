"""The closed word classes the stance rules share, read from ``lexicons/data``.

Pronouns and clause words (``pronouns.tsv``, ``clause_words.tsv``) are grammar, not topic
vocabulary: they are read once from the package data, so the parse helpers need no lexicon
argument. Open-class word sets (claim nouns, verb and noun classes) are read through the
lexicons mapping, by :class:`~claimx.extraction.stance.words._Words`.
"""

from __future__ import annotations

from ...lexicons import load_lexicon


def _labelled(name: str, *labels: str) -> frozenset[str]:
    return frozenset(word for word, label in load_lexicon(name).items() if label in labels)


_SELF = _labelled("pronouns", "first_singular", "first_plural", "first_other")
_VAGUE = _labelled("pronouns", "vague", "vague_demonstrative")
# a pronoun that stands for a party: something that can act and be accused
_PERSON_PRONOUNS = _labelled(
    "pronouns", "first_singular", "first_plural", "second", "third_singular", "third_plural", "relative_person"
)
_THING_PRONOUNS = _labelled("pronouns", "third_neuter", "demonstrative", "vague_demonstrative", "relative_thing", "thing")
# a pronoun that can stand for a party in "is_party": the person pronouns, "it", and third possessives ("their")
_PARTY_PRONOUNS = _PERSON_PRONOUNS | _labelled("pronouns", "third_neuter", "third_possessive")
_FIRST_PERSONAL = _labelled("pronouns", "first_singular", "first_plural")  # "I", "we", "me", "us"
# a subject that points back to something already said: "it", "that", "which", "these", "those"
_ANAPHORIC_SUBJECTS = _labelled("pronouns", "third_neuter", "relative_thing", "demonstrative", "vague_demonstrative")
_RELATIVE_PRONOUNS = _labelled("pronouns", "relative_person", "relative_thing", "relative_possessive")

_NEGATIONS = _labelled("clause_words", "negation")
_ABILITY_MODALS = _labelled("clause_words", "modal_ability")  # "can", "could"
_ABILITY_AUX = _labelled("clause_words", "modal_ability", "modal_ability_short")  # and "ca" of "can't"
_POSSIBILITY_MODALS = _labelled("clause_words", "modal_possibility")  # "may", "might"
_OBLIGATION_MODALS = _labelled("clause_words", "modal_obligation", "modal_ought")  # "should", "must", "ought"
# the auxiliaries of a plan, promise or prediction about one's own side ("would not run", "can't")
_PROMISE_MODALS = _labelled(
    "clause_words", "modal_ability", "modal_ability_short", "modal_possibility", "modal_obligation", "modal_future"
)
_MODAL_AUX = _PROMISE_MODALS | _labelled("clause_words", "modal_ought", "modal_shall")
_CONDITION_MARKS = _labelled("clause_words", "condition", "condition_or_question")
_QUESTION_MARKS = _labelled("clause_words", "question", "condition_or_question")
_CONCESSIVE_MARKS = _labelled("clause_words", "concessive")
_PURPOSE_MARKS = _labelled("clause_words", "purpose")
_NOT_ADDITIVE = _labelled("clause_words", "additive")
_LIE_PLACE = _labelled("clause_words", "place")

_APPEAR_VERBS = _labelled("hedge_verbs", "appearance")
_BELIEF_VERBS = _labelled("hedge_verbs", "opinion", "doubt", "suspicion", "belief")
_NEGATABLE_HEDGES = _labelled("hedge_verbs", "opinion", "doubt")  # "doesn't think": still a hedge
_OBJECT_HEDGES = _labelled("hedge_verbs", "doubt", "suspicion", "estimate")  # "suspected foul play"
_ESTIMATE_VERBS = _labelled("hedge_verbs", "estimate", "projection")

_CLAIM_VERBS = _labelled("claim_verbs", "claim")
_NONNOUN_REJECTIONS = _labelled("claim_verbs", "deny", "refute")
_CLAUSE_REJECTIONS = _labelled("claim_verbs", "deny", "dispute")

_WASTE_OBJECTS = _labelled("sense_objects", "waste")
_PROJECT_OBJECTS = _labelled("sense_objects", "project")

# Not words: quote characters, entity and dependency labels (the parser's tag sets) stay here.
_QUOTE_MARKS = "\"“”‘’'«»„"
_PARTY_ENTS = {"PERSON", "ORG", "NORP", "GPE"}
# dependency arcs that keep a word in the main proposition (a path up to the root through these)
_MAIN_ARCS = {"ROOT", "ccomp", "conj", "xcomp", "aux", "auxpass", "advmod", "neg", "acomp", "attr", "parataxis",
              "dep", "oprd", "cc", "prt", "mark", "npadvmod", "expl", "intj", "punct", "meta"}
