"""Parse helpers the attribution passes share: cue labels, subjects, subtree ranges, trimming.

They read only the parse and the lexicons; none keeps state between calls.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from spacy.tokens import Span, Token

from ...labels import AttributionWordKind, ClauseWordKind, CueKind, SpeakerWordKind
from ...lexicons import Lexicons, lemma_of
from ..speakers.kinds import is_age, is_person_noun

__all__ = [
    "CUE_FORMS_WITHOUT_LEMMA",
    "MEDIUM_PREPS",
    "OCCASION_PREPS",
    "is_speech_setting",
    "SUBJECTS",
    "TRIM",
    "strip_trimmed",
    "QUOTE_CHARS",
    "can_hold_belief",
    "can_speak",
    "clip_to_paragraph",
    "cue_label",
    "cue_lemma",
    "cue_tokens",
    "agent_of",
    "asks",
    "find_subject",
    "is_speaker_entity",
    "misread_noun_cue",
    "has_clause",
    "negated",
    "np_range",
    "sent_end_char",
    "source_token",
    "subtree_range",
    "trim",
]

SUBJECTS = ("nsubj", "nsubjpass", "csubj")
# the relations a cue's clause climbs to find the subject of the clause it hangs from
_CLIMB = ("conj", "xcomp", "advcl", "pcomp", "prep", "acl", "ccomp", "parataxis", "dep")
TRIM = " \t\r\n,;:—–-"
QUOTE_CHARS = "\"“”„‟«»″'‘’‚‹›`"
_SPEAKER_ENTS = ("PERSON", "ORG", "GPE", "NORP")
CUE_FORMS_WITHOUT_LEMMA = (CueKind.ACCORDING, CueKind.COLON)  # rule-made cues: their words are the lemma
# subordinators ("as", "while", "because", "although"): a clause they open is not the main clause
_SUBORDINATORS = (ClauseWordKind.CONDITION, ClauseWordKind.CONCESSIVE)


def cue_label(token: Token, lexicons: Lexicons) -> str | None:
    """The ``cue_verbs`` label of a verb, or of its phrasal form ("point out"); None for other words."""
    if token.pos_ not in ("VERB", "AUX") and not token.tag_.startswith("VB"):
        return None
    lemma = cue_lemma(token, lexicons)
    for child in token.children:  # phrasal cues first: "pointed out that" is said, "pointed to" a position
        if child.dep_ == "prt" or child.dep_ == "dobj" and child.lower_ == "it" and _in_as_clause(token) or is_predicate_word(token, child):
            phrasal = lexicons["cue_verbs"].get(f"{lemma} {child.lower_}")
            if phrasal is not None:
                return phrasal
    return lexicons["cue_verbs"].get(lemma)


PREDICATE_WORDS = frozenset({"clear"})  # "made (it) clear that ...": the verb's row is "make clear"
_PREDICATE_DEPS = ("ccomp", "acomp", "oprd", "xcomp", "advmod", "amod")


def is_predicate_word(verb: Token, child: Token) -> bool:
    """"made clear that ..." / "made it clear ...": an adjective right after the verb (or after
    its "it") that the parse hangs on it, which with the verb makes the cue (``cue_verbs`` row
    "make clear"); the clause is then hung on the verb or on the adjective."""
    if child.lower_ not in PREDICATE_WORDS or child.dep_ not in _PREDICATE_DEPS:
        return False
    return child.i == verb.i + 1 or child.i == verb.i + 2 and verb.doc[verb.i + 1].lower_ == "it"  # not "made this clear in ..."


def _in_as_clause(token: Token) -> bool:
    """A verb opened by "as" ("as the auditor put it"): there a ``cue_verbs`` row "<verb> it"
    is a speech cue, its "it" standing for the words quoted or paraphrased around it (issue 16,
    reported12); "put it on the shelf" is no cue."""
    return any(c.dep_ in ("mark", "prep") and c.lower_ == "as" and c.i < token.i for c in token.children)


def cue_lemma(token: Token, lexicons: Lexicons) -> str:
    """The lemma of a cue verb as ``cue_verbs`` lists it.

    The rule lemmatizer drops a silent final "e" when the shorter stem is a verb too:
    "hoped", "hopes" and "hoping" come out as "hop" (whose own forms are "hopped",
    "hopping"). When the lemma is no cue but the stem with "e" is, and the word is spelt
    from that stem ("hope-d", "hope-s") or from the stem without doubling ("hop-ing"),
    the "e" form is the lemma (issue 16)."""
    lemma = lemma_of(token)
    table = lexicons["cue_verbs"]
    if lemma in table or not token.tag_.startswith("VB"):
        return lemma
    with_e = lemma + "e"
    word = token.lower_
    if with_e in table and (word.startswith(with_e) and word != with_e + "e" or word == lemma + "ing"):
        return with_e
    return lemma


def asks(first: Token, lexicons: Lexicons) -> bool:
    """A content opened by a question word or "whether": "how often the trains run"."""
    return first.tag_ in ("WDT", "WP", "WP$", "WRB") or lexicons["complementizers"].get(first.lower_) == AttributionWordKind.INTERROGATIVE


def is_speaker_entity(token: Token) -> bool:
    """A token inside a person, organisation, place or group entity."""
    return token.ent_type_ in _SPEAKER_ENTS and token.ent_iob_ in ("B", "I")



# where a cue says it was spoken: "at a briefing", "during a visit" (an occasion), "in a statement" (a medium)
OCCASION_PREPS = frozenset({"at", "during"})
MEDIUM_PREPS = frozenset({"in"})


def is_speech_setting(prep: Token, lexicons: Lexicons) -> bool:
    """A prepositional phrase that says when, where or how something was said, not what about:
    an occasion ("at a briefing", "during a visit"), a medium ("in a statement", a cue noun), or
    a day or a named outlet after "on" ("on Tuesday", "on Twitter"); never a gerund ("insist on
    being") or a topic ("brag about")."""
    pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if pobj is None or pobj.pos_ not in ("NOUN", "PROPN"):
        return False
    word = prep.lower_
    if word in OCCASION_PREPS:
        return True
    if word in MEDIUM_PREPS:
        return pobj.lemma_.lower() in lexicons["cue_nouns"]
    return word == "on" and (pobj.ent_type_ in ("DATE", "TIME") or pobj.pos_ == "PROPN")


def cue_tokens(token: Token) -> tuple[int, int]:
    """The cue's token range: the verb with a particle right after it ("pointed out")."""
    prt = [c.i for c in token.children if c.dep_ == "prt" and c.i == token.i + 1]
    return token.i, (prt[0] + 1 if prt else token.i + 1)


def subtree_range(token: Token, exclude: Iterable[Token] = ()) -> tuple[int, int]:
    """Token range of ``token``'s subtree, stopping at excluded children that lie at its edges."""
    lo, hi = token.left_edge.i, token.right_edge.i + 1
    for child in exclude:
        if child.i < token.i:
            lo = max(lo, child.right_edge.i + 1)
        else:
            hi = min(hi, child.left_edge.i)
    return lo, hi


def np_range(token: Token, lexicons: Lexicons) -> tuple[int, int]:
    """A source noun phrase: the subtree without relative clauses, appositive tails or punctuation."""
    kept = lexicons["source_preps"]
    cut = [
        c
        for c in token.children
        if c.i > token.i
        and (c.dep_ in ("relcl", "acl", "punct", "appos", "advcl", "cc", "conj") or (c.dep_ == "prep" and c.lower_ not in kept))
    ]
    lo, hi = subtree_range(token, cut)
    doc = token.doc
    while lo < hi and (doc[lo].is_punct or doc[lo].is_space):
        lo += 1
    while hi > lo and (doc[hi - 1].is_punct or doc[hi - 1].is_space):
        hi -= 1
    if hi <= lo:
        return token.i, token.i + 1
    return lo, hi


def _misparsed_age(verb: Token) -> Token | None:
    """"The 45-year-old added that ...": the parser may hang the age on the verb as an adjective
    (``amod``), leaving the verb no subject; the age before the verb stands for the person."""
    if verb.pos_ != "VERB":
        return None
    return next((c for c in verb.children if c.dep_ == "amod" and c.i < verb.i and is_age(c)), None)


def _quoted_as(participle: Token, verb: Token) -> bool:
    """"was quoted / cited as saying": a speech participle under "as" on a passive verb."""
    prep = participle.head
    return participle.tag_ == "VBG" and participle.dep_ == "pcomp" and prep.lower_ == "as" and prep.head.i == verb.i


# prepositions before a participle adjunct whose subject is the main clause's ("after admitting")
_ADJUNCT_PREPS = frozenset({"after", "before", "while", "when", "by", "for", "upon", "on", "despite", "without", "since"})


def _passive_controller(token: Token) -> Token | None:
    """The subject of a passive clause that a subjectless participle adjunct hangs from: in
    "The firm was fined after admitting it misled customers" the firm admitted, whatever the
    main verb's voice (and "by regulators", the agent, did not). Only a main clause controls: a
    passive reported clause is what someone else said."""
    if token.tag_ != "VBG" or any(c.dep_ in SUBJECTS for c in token.children):
        return None
    if token.dep_ == "pcomp" and token.head.dep_ == "prep" and token.head.lower_ in _ADJUNCT_PREPS:
        clause = token.head.head
    elif token.dep_ == "advcl":
        clause = token.head
    else:
        return None
    if clause.dep_ not in ("ROOT", "conj") or not any(c.dep_ == "auxpass" for c in clause.children):
        return None  # a passive inside a reported clause ("said the dam was inspected, alleging") is no controller
    return next((c for c in clause.children if c.dep_ == "nsubjpass" and c.pos_ in ("NOUN", "PROPN", "PRON")), None)


_CONTRACTED_AUX = frozenset({"'s", "’s"})
# what a verb of saying governs in the active only: a clause, a preposition with its object
# ("called for a ban"), a particle ("spoken out against")
_ACTIVE_ONLY = ("ccomp", "prt")


def _expletive_it(verb: Token) -> bool:
    """"It's implied that ...", "it's said that ...": "it" before a clause is the empty subject of a passive."""
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ == "it" for c in verb.children)


def is_passive(verb: Token, lexicons: Lexicons) -> bool:
    """A passive auxiliary on ``verb``, unless it is a contracted "has" the parse read as "is":
    "she's said she wants ..." and "he's called for a ban" are perfects (a passive "is said"
    takes no clause, "is called" no "for"-object), so the subject is the one who said it. A verb
    of telling keeps its passive ("he's told that ...", ``addressee_verbs``)."""
    aux = [c for c in verb.children if c.dep_ == "auxpass"]
    if not aux:
        return False
    if verb.tag_ in ("VBN", "VBD") and verb.lemma_ not in lexicons["addressee_verbs"] and not _expletive_it(verb) and all(a.lower_ in _CONTRACTED_AUX for a in aux) and not any(c.dep_ == "agent" for c in verb.children):
        if any(c.dep_ in _ACTIVE_ONLY for c in verb.children) or any(
            c.dep_ == "prep" and c.i == verb.i + 1 and any(g.dep_ == "pobj" for g in c.children) for c in verb.children
        ):
            return False
    return True


def _infinitive_controller(infinitive: Token, lexicons: Lexicons, quoted: Callable[[Token], bool]) -> Token | None:
    """Who does what an infinitive says when the verb above it has someone to control it: the
    passive's subject ("she is expected to argue that ...", "he was asked to explain") or the
    active verb's object before it ("the senator forced the banker to admit that ..."): that
    person, not the verb's own subject, is the one who argues or admits."""
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in infinitive.children):
        return None
    head = infinitive.head
    if is_passive(head, lexicons):
        role, before = "nsubjpass", head.i
    else:
        role, before = "dobj", infinitive.i
    found = next((c for c in head.children if c.dep_ == role and c.i < before and not quoted(c)), None)
    if found is None or found.pos_ not in ("NOUN", "PROPN", "PRON"):
        return None
    # "used blunt language to denounce ...": a thing object is the means, the subject still speaks
    return found if can_speak(found, lexicons) or is_person_noun(found, lexicons) else None


def _issuer(noun: Token, lexicons: Lexicons, quoted: Callable[[Token], bool]) -> Token | None:
    """The one who put out the document a participle describes: "the unions issued a statement
    saying ...", "sent a letter to the board opposing ...": the document is the means, its
    issuer the source (``issuing_verbs``; "obtained a memo saying ..." keeps the memo)."""
    if lexicons["speaker_words"].get(noun.lower_) != SpeakerWordKind.DOCUMENT:
        return None
    if noun.dep_ != "dobj" or noun.head.lemma_ not in lexicons["issuing_verbs"]:
        return None
    verb = noun.head
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and not quoted(c)), None)
    if subject is None:
        return None
    if subject.lower_ in lexicons["relative_pronouns"]:
        return subject if verb.dep_ == "relcl" else None  # the resolver follows "who" to its noun
    return subject if subject.pos_ in ("NOUN", "PROPN", "PRON") else None


def find_subject(
    token: Token, lexicons: Lexicons, quoted: Callable[[Token], bool] = lambda t: False
) -> tuple[Token | None, bool]:
    """The source of a cue verb: its subject, its passive agent, or the subject of the clause
    it hangs from (conjoined verbs, participles: "..., alleging that ..."). Returns (token, passive).

    A subject inside quote marks is never the source: in '“The water supply,” Jane Doe added,
    “has not ...”' the parser may give 'added' both 'supply' and 'Doe' as subjects."""
    relatives, blocking = lexicons["relative_pronouns"], lexicons["control_heads"]
    controller = _passive_controller(token)
    if controller is not None and not quoted(controller):
        return controller, False
    current = token
    for _ in range(6):
        passive = is_passive(current, lexicons)
        agent = next((c for c in current.children if c.dep_ == "agent"), None)
        if passive and agent is not None:
            pobj = next((c for c in agent.children if c.dep_ == "pobj"), None)
            if pobj is not None:
                return pobj, True
        for child in current.children:
            if quoted(child):
                continue
            if child.dep_ in ("nsubj", "csubj") or (child.dep_ == "nsubjpass" and not passive):
                if child.tag_ in ("WP", "WDT") or child.lower_ in relatives:
                    # PolNeAR marks the relative pronoun itself; the speaker resolver follows it
                    # to the noun it stands for
                    return (child, False) if current.dep_ == "relcl" else (None, False)
                return _scene_setting_subject(child, current, lexicons) or child, False
        scene = _scene_setting_subject(None, current, lexicons) if current.i == token.i else None
        if scene is not None:
            return scene, False
        age = _misparsed_age(current) if current.i == token.i else None
        if age is not None:
            return age, False
        if passive:
            if current.i != token.i and _quoted_as(token, current):
                # "Mr X was quoted as saying that ...": the passive's subject said it
                return next((c for c in current.children if c.dep_ == "nsubjpass" and not quoted(c)), None), False
            return None, True
        if current.dep_ == "relcl":
            return current.head, False
        if current.dep_ == "acl" and current.head.pos_ in ("NOUN", "PROPN", "PRON"):
            return _issuer(current.head, lexicons, quoted) or current.head, False
        if current.dep_ not in _CLIMB or current.head.i == current.i:
            return None, False
        if current.dep_ == "xcomp" and cue_lemma(current.head, lexicons) in blocking:
            return None, False  # "declined to say": the infinitive is not what was said
        if conjoined_cue(current, lexicons):
            # "X tweeted that A was unfair and encouraged B to ...": a speech verb the parse
            # joined to the reported clause is the reporter's second verb (issue 16)
            current = current.head.head
            continue
        if _trailing_participle(current) and current.head.dep_ == "ccomp" and cue_label(current.head.head, lexicons) is not None:
            # "X said the plan was unfair, arguing that ...": a participle set off after a
            # reported clause is the reporter's, not the clause subject's (issue 16)
            current = current.head.head
            continue
        if _trailing_participle(current) and _subordinate(current.head, lexicons):
            # "X has sought ties as much of the region has pulled away, blaming Y": a participle
            # clause set off after the sentence's clauses takes the main clause's subject, not
            # that of the subordinate clause the parse hangs it from (issue 17)
            current = current.head
            if current.head.i == current.i:
                return None, False
        if current.dep_ == "xcomp":
            controller = _infinitive_controller(current, lexicons, quoted)
            if controller is not None:
                return controller, False
        current = current.head
    return None, False


def _scene_setting_subject(subject: Token | None, verb: Token, lexicons: Lexicons) -> Token | None:
    """The speaker after a fronted scene-setting phrase (ood17): "Outside court, the daughter of
    one resident, Carol Pennick, said ...". British and wire copy open with where or when the
    words were said; the parser reads the place as the subject ("court", with "Outside" as its
    modifier) or as a prepositional phrase whose object takes the real subject as an appositive,
    leaving the verb with no subject at all. The phrase must open the sentence with a
    preposition and be closed by a comma, and the appositive after it must be one who can
    speak (or a noun with a name set beside it); anything else is left as parsed."""
    if subject is not None:
        phrase = subject
        opener = subject.doc[subject.left_edge.i]
        if opener.i == subject.i or opener.head.i != subject.i:
            return None
        # the tagger reads "Outside" before a bare noun as an adjective: "Outside court,"
        bare_place = opener.tag_ == "JJ" and subject.left_edge.i == subject.i - 1 and not any(c.dep_ == "det" for c in subject.children)
        if opener.tag_ != "IN" and not bare_place:
            return None
    else:
        preps = [c for c in verb.children if c.dep_ == "prep" and c.i < verb.i and c.tag_ == "IN"]
        opener = preps[0] if preps else None
        phrase = next((c for c in opener.children if c.dep_ == "pobj"), None) if opener is not None else None
        if phrase is None:
            return None
    sent_start = opener.sent.start
    if opener.i != sent_start and not (opener.i == sent_start + 1 and not opener.doc[sent_start].is_alpha):
        return None
    for appos in phrase.children:
        if appos.dep_ != "appos" or appos.i < phrase.i or opener.doc[appos.left_edge.i - 1].lower_ != ",":
            continue
        if can_hold_belief(appos, lexicons) or appos.ent_type_ in _SPEAKER_ENTS:
            return appos
    return None


def conjoined_cue(token: Token, lexicons: Lexicons) -> bool:
    """A finite speech verb with no subject of its own that the parse joined (``conj``, after
    "and"/"but") to the head of another cue's reported clause: "she said the plan was sound and
    urged the board to ..."; its source is that cue's, not the clause's subject. (The parse
    sometimes reads "that" as an adverb and the clause as ``advcl``: that counts too.)"""
    return (
        token.dep_ == "conj"
        and token.tag_ in ("VBD", "VBZ", "VBP")
        and token.i > token.head.i
        and (token.head.dep_ == "ccomp" or token.head.dep_ == "advcl" and any(c.lower_ == "that" and c.i < token.head.i for c in token.head.children))
        and cue_label(token, lexicons) == CueKind.SAY
        and cue_label(token.head.head, lexicons) is not None
        and not any(c.dep_ in SUBJECTS for c in token.children)
        and any(c.dep_ == "cc" and c.i < token.i for c in token.head.children)
    )


def _trailing_participle(token: Token) -> bool:
    """A subjectless "-ing" clause after a comma: "..., blaming the board"."""
    lo = token.left_edge.i
    return (
        token.tag_ == "VBG"
        and token.dep_ == "advcl"
        and token.i > token.head.i
        and lo > 0
        and token.doc[lo - 1].lower_ in (",", ";", "—", "–")
        and not any(c.dep_ in SUBJECTS for c in token.children)
    )


def _subordinate(verb: Token, lexicons: Lexicons) -> bool:
    """Whether ``verb`` heads a clause opened by a subordinator ("as much of the region has
    pulled away", "while prices rose") that hangs from another clause. The parser also joins
    such a clause to the main one as a conjunct ("conj"); its opening word still tells."""
    if verb.head.i == verb.i or verb.dep_ not in ("advcl", "ccomp", "conj"):
        return False
    words = lexicons["clause_words"]
    opener = verb.left_edge
    marks = [c for c in verb.children if c.dep_ == "mark" and c.i < verb.i]
    return any(words.get(t.lower_) in _SUBORDINATORS for t in [opener, *marks])


def misread_noun_cue(token: Token, lexicons: Lexicons) -> bool:
    """A cue noun the tagger read as a verb: "settle Federal Trade Commission charges that it
    ...", parsed as a second verb ("charges") conjoined without "and" and without a subject.

    A conjoined verb of its own always has a conjunction or comma before it; with a noun right
    before it and no subject, the word is the plural noun ("charges", "claims") and the noun
    before it is its owner (issue 17)."""
    if token.tag_ != "VBZ" or token.dep_ != "conj" or lemma_of(token) not in lexicons["cue_nouns"]:
        return False
    if token.i == 0 or any(c.dep_ in SUBJECTS for c in token.children):
        return False
    before = token.doc[token.i - 1]
    if before.pos_ not in ("NOUN", "PROPN") or before.i <= token.head.i:
        return False
    return not any(c.dep_ in ("cc", "punct") and token.head.i < c.i < token.i for c in token.head.children)


def agent_of(noun: Token, lexicons: Lexicons) -> Token | None:
    """The object of a "by"/"from" phrase on ``noun`` ("claims by X", "a report from Y")."""
    for prep in noun.children:
        if prep.dep_ == "prep" and lexicons["agent_preps"].get(prep.lower_) == AttributionWordKind.AGENT:
            pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if pobj is not None:
                return pobj
    return None


def source_token(subject: Token, lexicons: Lexicons) -> Token:
    """"claims by Western authorities stated": the speaker is the agent of a cue noun."""
    if lemma_of(subject) in lexicons["cue_nouns"]:
        agent = agent_of(subject, lexicons)
        if agent is not None:
            return agent
    return subject


def has_clause(tokens: list[Token]) -> bool:
    """Whether ``tokens`` hold a clause: a subject (an expletive "there" or "it" too: "there will
    be more parks") and a verb."""
    return any(t.dep_ in SUBJECTS or t.dep_ == "expl" for t in tokens) and any(t.pos_ in ("VERB", "AUX") for t in tokens)


def negated(token: Token, lexicons: Lexicons) -> bool:
    """Whether a cue is negated ("did not say", "never claimed")."""
    words = lexicons["negations"]
    return any(c.dep_ == "neg" or words.get(c.lower_) == AttributionWordKind.NEGATION for c in token.children)


def has_negative_subject(token: Token, lexicons: Lexicons) -> bool:
    """Whether a verb's subject negates it ("Nobody knows how many live there"): no one holds the view."""
    words = lexicons["negations"]
    return any(c.dep_ in SUBJECTS and words.get(c.lower_) == AttributionWordKind.NEGATIVE_SUBJECT for c in token.children)


def can_speak(subject: Token, lexicons: Lexicons) -> bool:
    """A person, organisation, group or pronoun: someone who can hold a position."""
    if subject.pos_ == "PRON" or subject.ent_type_ in _SPEAKER_ENTS:
        return True
    lemma, lower = lemma_of(subject), subject.lower_
    if lexicons["speaker_words"].get(lower) == SpeakerWordKind.COLLECTIVE:
        return True  # "the family has called on police to ...", "the public wants ...": several people together
    return any(lemma in lexicons[n] or lower in lexicons[n] for n in ("titles", "group_nouns", "org_nouns"))


def can_hold_belief(subject: Token, lexicons: Lexicons) -> bool:
    """Someone who can fear, know or hope: one who can speak, or a role noun with a name set
    beside it ("the singer Marta Quill feared that ..."). (Every noun for a person, "the widow",
    was tried too: it cost a match on the untouched sample.)"""
    if can_speak(subject, lexicons):
        return True
    return any(c.dep_ in ("appos", "compound") and c.i > subject.i and c.ent_type_ in _SPEAKER_ENTS for c in subject.children)


def _trimmed(char: str) -> bool:
    # any whitespace, not only TRIM's: U+2028, U+2029, U+0085, \x0b and \x0c ended claims past
    # their sentence (issue 18)
    return char in TRIM or char.isspace()


def trim(text: str, lo: int, hi: int, *, strip_period: bool = True) -> tuple[int, int]:
    """Trim whitespace, separators and (for reported speech) a final period from ``text[lo:hi]``."""
    while lo < hi and _trimmed(text[lo]):
        lo += 1
    while hi > lo and (_trimmed(text[hi - 1]) or (strip_period and text[hi - 1] == "." and not text[hi - 2 : hi - 1].isupper())):
        hi -= 1
    return lo, hi


def strip_trimmed(value: str, chars: str) -> str:
    """``value`` without leading and trailing ``chars`` and whitespace (per ``str.isspace``), in any mix."""
    previous = None
    while previous != value:
        previous, value = value, value.strip(chars).strip()
    return value


def clip_to_paragraph(text: str, lo: int, hi: int, anchor: int) -> tuple[int, int]:
    """Keep ``text[lo:hi]`` within the line that holds ``anchor`` (or its nearest part)."""
    if "\n" not in text[lo:hi]:
        return lo, hi
    anchor = min(max(anchor, lo), hi)
    p_lo = text.rfind("\n", 0, anchor) + 1
    p_hi = text.find("\n", anchor)
    p_hi = len(text) if p_hi < 0 else p_hi
    new_lo, new_hi = max(lo, p_lo), min(hi, p_hi)
    if new_hi - new_lo < 2:  # the cue stands alone on its line: keep the content's first line
        first_break = text.find("\n", lo)
        return lo, first_break if 0 <= first_break < hi else hi
    return new_lo, new_hi


def sent_end_char(sent: Span) -> int:
    """Where a sentence's words end: spaCy's span takes in a trailing whitespace token."""
    k = sent.end - 1
    while k > sent.start and sent.doc[k].is_space:
        k -= 1
    token = sent.doc[k]
    return token.idx + len(token)
