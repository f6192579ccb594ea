"""The label sets claimx's word lists and rules speak in, as enums.

Every lexicon row's label is checked against its file's enum when the file is read, so a
typo in a TSV file or in a rule fails loudly instead of matching nothing. The enums are
``str`` subclasses: ``CueKind.SAY == "say"`` holds, and JSON shows the plain value.
"""

from __future__ import annotations

from enum import Enum

__all__ = [
    "AlignWordKind",
    "AllegationKind",
    "AttributionWordKind",
    "BodySort",
    "ClaimNounKind",
    "ClaimVerbKind",
    "ClauseWordKind",
    "ComplementKind",
    "CueKind",
    "DenialKind",
    "FaultWordKind",
    "FurnitureWordKind",
    "GivenNameSex",
    "HedgeKind",
    "HedgeVerbKind",
    "LEXICON_LABELS",
    "NameWordKind",
    "NounClass",
    "PronounFormKind",
    "PronounKind",
    "QuantityWordKind",
    "SenseObjectKind",
    "SpeakerWordKind",
    "StanceFunctionKind",
    "StanceModelWordKind",
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


class AttributionWordKind(str, Enum):
    """What a word does for the attribution rules (one small lexicon per role; see each file's header)."""

    ACCUSATION = "accusation"  # accusation_preps: "accused X of Y"
    ANY_CUE = "any_cue"  # topic_preps: a topic after a position or a speech cue
    POSITION_CUE = "position_cue"  # topic_preps: a topic after a position cue only ("called for")
    SAY_CUE = "say_cue"  # topic_preps: a topic after a speech cue only
    KEPT = "kept"  # source_preps: stays inside a source mention ("the head of the union")
    AGENT = "agent"  # agent_preps: "claims by X"
    HOLDER = "holder"  # agent_preps: the verb's subject holds the cue noun after it ("persisted in arguments that")
    VERB = "verb"  # control_heads: "declined to comment"
    ADJECTIVE = "adjective"  # control_heads: "unable to confirm"
    OBJECT = "object"  # object_cues: the noun object is the content ("urged restraint")
    TOPIC = "topic"  # prep_cues: the cue reports only the object of its own preposition ("balked at the plan")
    LIGHT = "light"  # light_verb_topics: a verb lending its subject to a stance noun after it ("made no secret of")
    BACKING = "backing"  # object_cues: a position taken on the object, a person too ("endorsed the senator")
    EVIDENCE = "evidence"  # object_cues: what a poll or document shows, its object with its predicate ("polls show her ahead")
    NEGATIVE_SUBJECT = "negative_subject"  # negations: a subject that negates its verb ("Nobody knows ...")
    LABEL = "label"  # frame_verbs: the object with the label given it is the content ("called the deal a waste")
    BELIEF = "belief"  # frame_verbs: a belief verb's object with its "as" label is the content ("sees the levy as a windfall")
    INTENT = "intent"  # intent_verbs: the infinitive is the content ("plans to ...")
    DIRECTIVE = "directive"  # intent_verbs: the addressee and its infinitive are the content ("asked the board to resign")
    DANGLING_END = "dangling_end"  # content_edges: a coordinator a content never ends on ("..., and")
    OPENING_CONNECTIVE = "opening_connective"  # content_edges: the reporter's link to the sentence before ("However, ...")
    TOPIC_OPENER = "topic_opener"  # content_edges: opens a fronted topic phrase ("As for the budget, ...")
    TOPIC_CLOSER = "topic_closer"  # content_edges: closes a fronted topic phrase ("Details aside, ...")
    PRO_FORM = "pro_form"  # pro_forms: stands for a whole statement after "say" ("said so", "said yes", "said as much")
    SAYING_PARTY = "saying_party"  # saying_preps: with or to whom, or how a stand was taken ("discussed X with her mother", "to me", "by a 4-3 vote")
    SAYING_REASON = "saying_reason"  # saying_preps: why ("because of ...")
    PIECE_JOINER = "piece_joiner"  # piece_joiners: may join two pieces of one cue's content ("said A and that B")
    PIECE_CONTRAST = "piece_contrast"  # piece_joiners: joins, unless a complementizer opens a second statement ("said A but that B")
    INFINITIVE = "infinitive"  # infinitive_cues: "claims to have ..."
    TIME = "time"  # time_words: "said Tuesday"
    NEGATION = "negation"  # negations: "did not say"
    RELATIVE = "relative"  # relative_pronouns: "officials, who said"
    DECLARATIVE = "declarative"  # complementizers: "that"
    INTERROGATIVE = "interrogative"  # complementizers: "whether"
    CONDITIONAL = "conditional"  # complementizers: "if"
    FACTIVE = "factive"  # factive_verbs: "knew that ...": the clause is the writer's
    EVENT = "event"  # headline_labels: a word that names an event opens a topic label ("Storm Aria: ...")
    EDITORS_NOTE = "editors_note"  # headline_labels: the paper's own note to the reader ("Correction: ...")
    FACT_CHECK = "fact_check"  # headline_labels: a fact-check's own field label ("Claim: ...", "Verdict: False")


class AllegationKind(str, Enum):
    """Words that make a statement an allegation (``allegations``)."""

    ACT = "act"
    BLAME = "blame"
    COMMIT = "commit"
    DISTRUST = "distrust"
    DUTY = "duty"
    EPITHET = "epithet"
    INSTRUMENT = "instrument"
    HARM = "harm"
    NEUTRAL = "neutral"
    VICE = "vice"


class DenialKind(str, Enum):
    """Words and phrases that reject a claim (``denials``)."""

    ANSWER = "answer"
    CLAIM_PREDICATE = "claim_predicate"
    CREDENCE = "credence"
    CUE = "cue"
    DISOWN = "disown"
    FAULT = "fault"
    FIT = "fit"
    MINIMIZE = "minimize"
    NEGCUE = "negcue"
    NEUTRAL = "neutral"
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

    ACCEPT = "accept"
    AGENT = "agent"
    ATTACK = "attack"
    CHARGE = "charge"
    CONCEAL = "conceal"
    CONCEDE = "concede"
    CONTACT = "contact"
    CRITICISM = "criticism"
    DEMAND = "demand"
    DEONTIC = "deontic"
    EXPOSE = "expose"
    FINDING = "finding"
    INSINUATION = "insinuation"
    INSIST = "insist"
    JUDGE = "judge"
    LIGHT = "light"
    MEMORY = "memory"
    PLAN = "plan"
    RECORD = "record"
    REFUSE = "refuse"
    RESPONSE = "response"
    RESPONSIBLE = "responsible"
    STRESS = "stress"
    THING = "thing"


class FaultWordKind(str, Enum):
    """The words of the fault frames (``fault_words``): a verb kind and the object kind it needs (issue 15)."""

    STOKE = "stoke"
    ILL = "ill"
    FLOUT = "flout"
    RULE = "rule"
    ABET = "abet"
    MILITANT = "militant"
    TIE = "tie"
    ENDANGER = "endanger"
    IMPERILLED = "imperilled"
    DANGER = "danger"
    TARGET = "target"
    AIM = "aim"
    MOUNT = "mount"
    ARMED_ACT = "armed_act"
    ARMED = "armed"
    PUNISH = "punish"
    SPEECH = "speech"


class BodySort(str, Enum):
    """What sort of body a noun or a name's last word says it is (``body_sorts``): "the regulator"
    takes up no carmaker, "the union" no mining company."""

    COMPANY = "company"
    PUBLIC = "public"
    UNION = "union"
    CLUB = "club"
    MEDIA = "media"
    COURT = "court"
    PARTY = "party"
    SCHOOL = "school"
    STATE = "state"  # a country: "the kingdom", "the country" take up a place the model tagged GPE
    REGION = "region"  # a state or province: "the state" takes up only a place of ``regions``


class NounClass(str, Enum):
    """What a head noun names (``group_nouns``, ``org_nouns``, ``titles``)."""

    GROUP = "group"
    ORGANIZATION = "organization"
    PERSON = "person"


class AlignWordKind(str, Enum):
    """How claimx.align treats a word when it compares claims (``align_words``); not used by extraction."""

    KEPT = "kept"  # a stop word that changes what was said: "not", "three"
    CONTRACTED = "contracted"  # a pronoun whose contractions are stop words: "they" -> "theyre"
    NEGATABLE = "negatable"  # an auxiliary whose negated contraction keys as "not": "do" -> "dont"
    SPEAKER_NOISE = "speaker_noise"  # dropped from speaker names: "the", "mr"


class PronounKind(str, Enum):
    """Pronouns and vague agents by grammatical class (``pronouns``); rules read unions of classes."""

    FIRST_SINGULAR = "first_singular"
    FIRST_PLURAL = "first_plural"
    FIRST_OTHER = "first_other"
    SECOND = "second"
    THIRD_SINGULAR = "third_singular"
    THIRD_PLURAL = "third_plural"
    THIRD_NEUTER = "third_neuter"
    THIRD_POSSESSIVE = "third_possessive"
    RELATIVE_PERSON = "relative_person"
    RELATIVE_THING = "relative_thing"
    RELATIVE_POSSESSIVE = "relative_possessive"
    DEMONSTRATIVE = "demonstrative"
    VAGUE_DEMONSTRATIVE = "vague_demonstrative"
    THING = "thing"
    VAGUE = "vague"


class PronounFormKind(str, Enum):
    """Third-person pronoun forms as written, for the stance rules (``pronoun_forms``)."""

    NEUTER_SUBJECT = "neuter_subject"
    DEMONSTRATIVE_SUBJECT = "demonstrative_subject"
    PLURAL_SUBJECT = "plural_subject"
    SINGULAR_SUBJECT = "singular_subject"
    EXPLETIVE = "expletive"
    WH_SUBJECT = "wh_subject"
    PROFORM = "proform"
    THIRD_OWNER = "third_owner"


class QuantityWordKind(str, Enum):
    """Quantifiers and negative pronouns the stance rules read (``quantity_words``)."""

    PART = "part"
    PART_OR_DEGREE = "part_or_degree"
    PART_OR_NONE = "part_or_none"
    NO_THING = "no_thing"
    ANY_THING = "any_thing"
    NO_ONE = "no_one"
    DEGREE = "degree"


class ClauseWordKind(str, Enum):
    """Function words that set a clause's force (``clause_words``)."""

    NEGATION = "negation"
    MODAL_ABILITY = "modal_ability"
    MODAL_ABILITY_SHORT = "modal_ability_short"
    MODAL_POSSIBILITY = "modal_possibility"
    MODAL_OBLIGATION = "modal_obligation"
    MODAL_OUGHT = "modal_ought"
    MODAL_SHALL = "modal_shall"
    MODAL_FUTURE = "modal_future"
    CONDITION = "condition"
    CONDITION_OR_QUESTION = "condition_or_question"
    QUESTION = "question"
    CONCESSIVE = "concessive"
    PURPOSE = "purpose"
    ADDITIVE = "additive"
    PLACE = "place"
    AUX_PERFECT = "aux_perfect"
    AUX_PAST = "aux_past"
    AUX_PAST_BE = "aux_past_be"
    AUX_PAST_CONTRACTED = "aux_past_contracted"


class ClaimNounKind(str, Enum):
    """Nouns that name a claim (``claim_nouns``), read by attribution and stance alike."""

    CLAIM = "claim"  # a claim, report or charge: both layers ("denied the allegations")
    PLURAL = "plural"  # a plural form the tagger may leave as the lemma: the attribution layer only
    ACCOUNT = "account"  # a figure, estimate or account of events: what a rejection applies to (stance only)


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
    EVIDENCE_OR_CLAIM = "evidence_or_claim"
    CLAIM_FORM = "claim_form"
    QUANTITY = "quantity"
    SANCTION = "sanction"


class HedgeVerbKind(str, Enum):
    """Verbs of thought and estimate by how the hedge rules read them (``hedge_verbs``)."""

    APPEARANCE = "appearance"
    OPINION = "opinion"
    DOUBT = "doubt"
    SUSPICION = "suspicion"
    BELIEF = "belief"
    ESTIMATE = "estimate"
    PROJECTION = "projection"
    CAUSATIVE = "causative"
    NECESSITY = "necessity"


class ClaimVerbKind(str, Enum):
    """Verbs that make or reject a claim, for the denial rules (``claim_verbs``)."""

    CLAIM = "claim"
    DENY = "deny"
    REFUTE = "refute"
    REBUT = "rebut"
    DISPUTE = "dispute"


class SenseObjectKind(str, Enum):
    """Objects that give a verb a sense with no stance (``sense_objects``)."""

    WASTE = "waste"
    PROJECT = "project"


class GivenNameSex(str, Enum):
    """The sex a US news text most likely gives the bearer of a given name (``given_names``)."""

    FEMALE = "f"
    MALE = "m"


class NameWordKind(str, Enum):
    """Words the speaker resolver strips from or skips inside a name (``name_words``)."""

    ARTICLE = "article"
    DETERMINER = "determiner"
    QUANTIFIER = "quantifier"
    CONNECTOR = "connector"
    HONORIFIC = "honorific"
    KNIGHTHOOD = "knighthood"
    PLACE = "place"
    SUFFIX = "suffix"
    PARTICLE = "particle"
    BODY = "body"  # a word that ends a company's or club's name, never a person's ("Korvath Mining")


class SpeakerWordKind(str, Enum):
    """What a word in a source mention says of its referent (``speaker_words``)."""

    PRON_M = "pron-m"
    PRON_F = "pron-f"
    PRON_N = "pron-n"
    PRON_PL = "pron-pl"
    PRON_I = "pron-i"
    PRON_WE = "pron-we"
    PRON_YOU = "pron-you"
    RELATIVE = "relative"
    HONORIFIC_M = "honorific-m"
    HONORIFIC_F = "honorific-f"
    HONORIFIC = "honorific"
    ROLE_M = "role-m"
    ROLE_F = "role-f"
    ROLE = "role"
    DOCUMENT = "document"
    INDEF_SG = "indef-sg"
    INDEF_PL = "indef-pl"
    SHARE = "share"
    COLLECTIVE = "collective"
    LED = "led"
    STAFF = "staff"
    COUNSEL = "counsel"
    PARTY = "party"
    CAMP = "camp"  # "the Doe team", "the Doe camp": the campaign of the person it is named after
    HEAR = "hear"  # "the Guardian understands", "BBC News has learned": the reporting outlet, no party to the passage
    ADDRESS = "address"  # "told Reuters", "an interview with the BBC": its object is the one spoken to


class StanceFunctionKind(str, Enum):
    """Function words the stance rules read for a clause's shape (``stance_marks`` and the small
    preposition lists ``presence_preps``, ``belief_object_preps``, ``party_preps``, ``target_end_preps``)."""

    CONTRAST = "contrast"  # "but", "yet": the second clause asserts over a conceded first
    COMPARISON = "comparison"  # "as", "if" of "as if"
    POSSIBLE_IDIOM = "possible_idiom"  # "where possible": with the comparison marks, no hedge
    TIMING = "timing"  # "too late": a time, not an opinion
    PERMISSION = "permission"  # "may only enter", "under the rules": "may" of a generic person grants leave
    FIRM_MODAL = "firm_modal"  # "will", "shall": a confident prediction still states firmly
    PRESENCE = "presence"  # "appeared in court": a presence, not a hedge
    BELIEF_OBJECT = "belief_object"  # "believe in": a thing believed, not a claim
    PARTY = "party"  # "no meeting with X": the other party of an event
    TARGET_END = "target_end"  # "the mayor of taking bribes": ends the accused noun phrase


class StanceModelWordKind(str, Enum):
    """Words the learned stance model's features test (``stance_model_words``)."""

    NEGATIVE = "negative"
    FIRST_PERSON = "first_person"
    SECOND_PERSON = "second_person"
    CONDITION = "condition"


class FurnitureWordKind(str, Enum):
    """What a phrase says of the line of a web page that holds it (``furniture_phrases``, issue 17.2)."""

    INTERFACE = "interface"  # a line starting with it is site interface ("Read more", "Advertisement")
    READER = "reader"  # a short line containing it that addresses the reader is interface ("sign up", "cookies")
    SECTION = "section"  # a line that is only this heads a block of other stories ("Sponsored Articles")
    CREDIT = "credit"  # a picture credit word ("Photo", "Getty Images") in a caption's credit
    MONTH = "month"  # a month name or abbreviation, for dates standing alone
    TIME_UNIT = "time-unit"  # a unit of a relative time stamp ("3 hrs ago")
    STAMP = "stamp"  # a word a time stamp line may hold besides numbers ("Updated", "Monday", "p.m")
    TIME_ZONE = "time-zone"  # a time zone after a time ("7:15 PM ET")
    ROLE = "role"  # a reporter's role ending a byline with no "By" ("Jane Roe Health correspondent")
    NOTE = "note"  # a line starting with it is the paper's note on the article ("Correction, May 2:")


# The enum each lexicon file's labels must belong to. A lexicon without an entry here
# (a user's own file under a new name) is read without a label check.
LEXICON_LABELS: dict[str, type[Enum]] = {
    "accusation_preps": AttributionWordKind,
    "agent_preps": AttributionWordKind,
    "align_words": AlignWordKind,
    "belief_object_preps": StanceFunctionKind,
    "allegations": AllegationKind,
    "body_sorts": BodySort,
    "claim_nouns": ClaimNounKind,
    "claim_verbs": ClaimVerbKind,
    "clause_words": ClauseWordKind,
    "complement_heads": ComplementKind,
    "complementizers": AttributionWordKind,
    "content_edges": AttributionWordKind,
    "piece_joiners": AttributionWordKind,
    "control_heads": AttributionWordKind,
    "cue_adjectives": CueKind,
    "cue_nouns": CueKind,
    "cue_verbs": CueKind,
    "denials": DenialKind,
    "factive_verbs": AttributionWordKind,
    "given_names": GivenNameSex,
    "frame_verbs": AttributionWordKind,
    "furniture_phrases": FurnitureWordKind,
    "group_nouns": NounClass,
    "headline_labels": AttributionWordKind,
    "hedge_verbs": HedgeVerbKind,
    "hedges": HedgeKind,
    "infinitive_cues": AttributionWordKind,
    "intent_nouns": CueKind,
    "intent_verbs": AttributionWordKind,
    "light_verb_topics": AttributionWordKind,
    "name_words": NameWordKind,
    "negations": AttributionWordKind,
    "object_cues": AttributionWordKind,
    "org_nouns": NounClass,
    "party_preps": StanceFunctionKind,
    "presence_preps": StanceFunctionKind,
    "prep_cues": AttributionWordKind,
    "pro_forms": AttributionWordKind,
    "saying_preps": AttributionWordKind,
    "pronoun_forms": PronounFormKind,
    "pronouns": PronounKind,
    "quantity_words": QuantityWordKind,
    "relative_pronouns": AttributionWordKind,
    "sense_objects": SenseObjectKind,
    "source_preps": AttributionWordKind,
    "speaker_words": SpeakerWordKind,
    "stance_marks": StanceFunctionKind,
    "stance_model_words": StanceModelWordKind,
    "stance_nouns": StanceNounKind,
    "stance_words": StanceWordKind,
    "fault_words": FaultWordKind,
    "target_end_preps": StanceFunctionKind,
    "time_words": AttributionWordKind,
    "titles": NounClass,
    "topic_preps": AttributionWordKind,
    "verb_classes": VerbClass,
}
