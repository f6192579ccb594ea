"""The closed word classes the stance rules share, read from ``lexicons/data``.

Pronouns and clause words (``pronouns.tsv``, ``clause_words.tsv``) are grammar, not topic
vocabulary: they are read once from the package data, so the parse helpers need no lexicon
argument. Open-class word sets (claim nouns, verb and noun classes) are read through the
lexicons mapping, by :class:`~claimx.extraction.stance.words._Words`.
"""

from __future__ import annotations

from ...labels import ClaimVerbKind, ClauseWordKind, HedgeVerbKind, PronounFormKind, PronounKind, QuantityWordKind, SenseObjectKind, StanceFunctionKind
from ...lexicons import load_lexicon


def _labelled(name: str, *labels: str) -> frozenset[str]:
    return frozenset(word for word, label in load_lexicon(name).items() if label in labels)


_SELF = _labelled("pronouns", PronounKind.FIRST_SINGULAR, PronounKind.FIRST_PLURAL, PronounKind.FIRST_OTHER)
_VAGUE = _labelled("pronouns", PronounKind.VAGUE, PronounKind.VAGUE_DEMONSTRATIVE)
_SECOND = _labelled("pronouns", PronounKind.SECOND)  # "you"
# a pronoun that stands for a party: something that can act and be accused
_PERSON_PRONOUNS = _labelled(
    "pronouns", PronounKind.FIRST_SINGULAR, PronounKind.FIRST_PLURAL, PronounKind.SECOND,
    PronounKind.THIRD_SINGULAR, PronounKind.THIRD_PLURAL, PronounKind.RELATIVE_PERSON,
)
_THING_PRONOUNS = _labelled("pronouns", PronounKind.THIRD_NEUTER, PronounKind.DEMONSTRATIVE, PronounKind.VAGUE_DEMONSTRATIVE, PronounKind.RELATIVE_THING, PronounKind.THING)
# a pronoun that can stand for a party in "is_party": the person pronouns, "it", and third possessives ("their")
_PARTY_PRONOUNS = _PERSON_PRONOUNS | _labelled("pronouns", PronounKind.THIRD_NEUTER, PronounKind.THIRD_POSSESSIVE)
_FIRST_PERSONAL = _labelled("pronouns", PronounKind.FIRST_SINGULAR, PronounKind.FIRST_PLURAL)  # "I", "we", "me", "us"
# a subject that points back to something already said: "it", "that", "which", "these", "those"
_ANAPHORIC_SUBJECTS = _labelled("pronouns", PronounKind.THIRD_NEUTER, PronounKind.RELATIVE_THING, PronounKind.DEMONSTRATIVE, PronounKind.VAGUE_DEMONSTRATIVE)
_F = PronounFormKind
_CLAIM_PRONOUNS = _labelled("pronoun_forms", _F.NEUTER_SUBJECT, _F.DEMONSTRATIVE_SUBJECT)  # "denied it", "that is false"
_IT_THEY = _labelled("pronoun_forms", _F.NEUTER_SUBJECT, _F.PLURAL_SUBJECT)  # subjects that may name no definite party ("they say")
# a subject that names no party: "it seems", "there appears", "which suggests"
_NONPARTY_SUBJECTS = _labelled("pronoun_forms", _F.NEUTER_SUBJECT, _F.DEMONSTRATIVE_SUBJECT, _F.EXPLETIVE, _F.WH_SUBJECT)
_IMPERSONAL_SUBJECTS = _labelled("pronoun_forms", _F.NEUTER_SUBJECT, _F.EXPLETIVE)  # "it appears", "there seems"
_CLAUSE_OBJECTS = _labelled("pronoun_forms", _F.NEUTER_SUBJECT, _F.DEMONSTRATIVE_SUBJECT, _F.PROFORM)  # "believe it", "think so"
_OTHER_PERSONS = _labelled("pronoun_forms", _F.SINGULAR_SUBJECT, _F.PLURAL_SUBJECT)  # "he", "she", "they"
_OTHER_SUBJECTS = _OTHER_PERSONS | _labelled("pronoun_forms", _F.NEUTER_SUBJECT)  # and "it"
_OTHER_OWNERS = _labelled("pronoun_forms", _F.THIRD_OWNER)  # "his", "her", "their", "its"
_RELATIVE_PRONOUNS = _labelled("pronouns", PronounKind.RELATIVE_PERSON, PronounKind.RELATIVE_THING, PronounKind.RELATIVE_POSSESSIVE)

_NEGATIONS = _labelled("clause_words", ClauseWordKind.NEGATION)
_ABILITY_MODALS = _labelled("clause_words", ClauseWordKind.MODAL_ABILITY)  # "can", "could"
_ABILITY_AUX = _labelled("clause_words", ClauseWordKind.MODAL_ABILITY, ClauseWordKind.MODAL_ABILITY_SHORT)  # and "ca" of "can't"
_POSSIBILITY_MODALS = _labelled("clause_words", ClauseWordKind.MODAL_POSSIBILITY)  # "may", "might"
_OBLIGATION_MODALS = _labelled("clause_words", ClauseWordKind.MODAL_OBLIGATION, ClauseWordKind.MODAL_OUGHT)  # "should", "must", "ought"
# the auxiliaries of a plan, promise or prediction about one's own side ("would not run", "can't")
_PROMISE_MODALS = _labelled(
    "clause_words", ClauseWordKind.MODAL_ABILITY, ClauseWordKind.MODAL_ABILITY_SHORT, ClauseWordKind.MODAL_POSSIBILITY,
    ClauseWordKind.MODAL_OBLIGATION, ClauseWordKind.MODAL_FUTURE,
)
_FUTURE_MODALS = _labelled("clause_words", ClauseWordKind.MODAL_FUTURE)  # "will", "would", "wo" of "won't"
_MODAL_AUX = _PROMISE_MODALS | _labelled("clause_words", ClauseWordKind.MODAL_OUGHT, ClauseWordKind.MODAL_SHALL)
_CONDITION_MARKS = _labelled("clause_words", ClauseWordKind.CONDITION, ClauseWordKind.CONDITION_OR_QUESTION)
_QUESTION_MARKS = _labelled("clause_words", ClauseWordKind.QUESTION, ClauseWordKind.CONDITION_OR_QUESTION)
_CONCESSIVE_MARKS = _labelled("clause_words", ClauseWordKind.CONCESSIVE)
_PURPOSE_MARKS = _labelled("clause_words", ClauseWordKind.PURPOSE)
_NOT_ADDITIVE = _labelled("clause_words", ClauseWordKind.ADDITIVE)
_LIE_PLACE = _labelled("clause_words", ClauseWordKind.PLACE)
_PERFECT_AUX = _labelled("clause_words", ClauseWordKind.AUX_PERFECT)  # "has", "have", "had"
# the auxiliaries that make a negated clause past: of a maintained negation, of a denied act
_PAST_FACT_AUX = _labelled("clause_words", ClauseWordKind.AUX_PERFECT, ClauseWordKind.AUX_PAST, ClauseWordKind.AUX_PAST_BE)
_PAST_ACT_AUX = _labelled("clause_words", ClauseWordKind.AUX_PERFECT, ClauseWordKind.AUX_PAST, ClauseWordKind.AUX_PAST_CONTRACTED)

_APPEAR_VERBS = _labelled("hedge_verbs", HedgeVerbKind.APPEARANCE)
_BELIEF_VERBS = _labelled("hedge_verbs", HedgeVerbKind.OPINION, HedgeVerbKind.DOUBT, HedgeVerbKind.SUSPICION, HedgeVerbKind.BELIEF)
_NEGATABLE_HEDGES = _labelled("hedge_verbs", HedgeVerbKind.OPINION, HedgeVerbKind.DOUBT)  # "doesn't think": still a hedge
_OBJECT_HEDGES = _labelled("hedge_verbs", HedgeVerbKind.DOUBT, HedgeVerbKind.SUSPICION, HedgeVerbKind.ESTIMATE)  # "suspected foul play"
_ESTIMATE_VERBS = _labelled("hedge_verbs", HedgeVerbKind.ESTIMATE, HedgeVerbKind.PROJECTION)
_CAUSATIVE_VERBS = _labelled("hedge_verbs", HedgeVerbKind.CAUSATIVE)  # "make", "render"
_NECESSITY_VERBS = _labelled("hedge_verbs", HedgeVerbKind.NECESSITY)  # "need", "have"

_CLAIM_VERBS = _labelled("claim_verbs", ClaimVerbKind.CLAIM)
_NONNOUN_REJECTIONS = _labelled("claim_verbs", ClaimVerbKind.DENY, ClaimVerbKind.REFUTE, ClaimVerbKind.REBUT)
_CLAIM_ONLY_REJECTIONS = _labelled("claim_verbs", ClaimVerbKind.REBUT, ClaimVerbKind.DISPUTE)  # no ruling: "disputed the film"
_CLAUSE_REJECTIONS = _labelled("claim_verbs", ClaimVerbKind.DENY, ClaimVerbKind.DISPUTE)

_Q = QuantityWordKind
_PART_WORDS = _labelled("quantity_words", _Q.PART, _Q.PART_OR_DEGREE, _Q.PART_OR_NONE)  # "many of", "none of"
_NEGATIVE_ARGUMENTS = _labelled("quantity_words", _Q.PART_OR_NONE, _Q.NO_THING, _Q.NO_ONE)  # "nothing", "nobody", "none"
_WRONG_HEADS = _labelled("quantity_words", _Q.NO_THING, _Q.ANY_THING)  # "nothing illegal", "anything improper"
_DEGREE_WORDS = _labelled("quantity_words", _Q.DEGREE, _Q.PART_OR_DEGREE)  # "more", "most", "less", "least", "too"

_S = StanceFunctionKind
_CONTRAST_CONJUNCTIONS = _labelled("stance_marks", _S.CONTRAST)  # "but", "yet"
_COMPARISON_MARKS = _labelled("stance_marks", _S.COMPARISON)  # "as", "if" of "as if"
_POSSIBLE_IDIOM_MARKS = _labelled("stance_marks", _S.COMPARISON, _S.POSSIBLE_IDIOM)  # "as/if/where possible"
_TIMING_WORDS = _labelled("stance_marks", _S.TIMING)  # "too late", "too early"
_PERMISSION_MARKS = _labelled("stance_marks", _S.PERMISSION)  # "now", "only", "under", "until", "own"
_FIRM_MODALS = _labelled("stance_marks", _S.FIRM_MODAL)  # "will", "'ll", "wo", "shall"
_PRESENCE_PREPS = _labelled("presence_preps", _S.PRESENCE)  # "appeared in court"
_BELIEF_OBJECT_PREPS = _labelled("belief_object_preps", _S.BELIEF_OBJECT)  # "believe in", "think about"
_PARTY_PREPS = _labelled("party_preps", _S.PARTY)  # "no meeting with X"
_TARGET_END_PREPS = _labelled("target_end_preps", _S.TARGET_END)  # "the mayor of taking bribes"

_WASTE_OBJECTS = _labelled("sense_objects", SenseObjectKind.WASTE)
_PROJECT_OBJECTS = _labelled("sense_objects", SenseObjectKind.PROJECT)

# Not words: quote characters, entity and dependency labels (the parser's tag sets) stay here.
_QUOTE_MARKS = "\"“”‘’'«»„"
_PARTY_ENTS = {"PERSON", "ORG", "NORP", "GPE"}
# dependency arcs that keep a word in the main proposition (a path up to the root through these)
_MAIN_ARCS = {"ROOT", "ccomp", "conj", "xcomp", "aux", "auxpass", "advmod", "neg", "acomp", "attr", "parataxis",
              "dep", "oprd", "cc", "prt", "mark", "npadvmod", "expl", "intj", "punct", "meta"}
