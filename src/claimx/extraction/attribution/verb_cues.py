"""The verb-cue pass: "X said (that) ...", "accused X of Y", "called for Z", "plans to ...".

A cue verb (``cue_verbs.tsv``) reports its clausal complement; failing that, a claim verb's
infinitive, its object with the label it gives it ("called the deal a waste", ``frame_verbs.tsv``),
an accusation frame, an intention's infinitive, or a noun object or topic that is itself what
was said. Cues with a source but no content are kept for the quote pass ("X said." after a
quotation).
"""

from __future__ import annotations

from collections.abc import Mapping

from spacy.tokens import Doc, Token

from ...labels import AttributionWordKind, ClaimNounKind, ComplementKind, CueKind, PronounKind
from ...lexicons import Lexicons, lemma_of
from ...text.title_case import title_case_line
from .adjective_cues import stative_passive
from .build import add_candidate
from .candidate import AttributionRule
from .state import DocView, State
from .syntax import MEDIUM_PREPS, OCCASION_PREPS, QUOTE_CHARS, SUBJECTS, asks, is_predicate_word, is_speech_setting, can_hold_belief, can_speak, cue_label, cue_lemma, cue_tokens, find_subject, has_negative_subject, misread_noun_cue, negated, subtree_range

_ASIDE_RELATIVES = ("which", "who", "whom", "whose")  # non-restrictive after a comma; "that" is restrictive
__all__ = ["verb_cues"]

Content = tuple[int, int, "int | None"]  # token range, and the accused's index
_RAISING_KINDS = frozenset({CueKind.SAY, CueKind.ALLEGE, CueKind.HEDGE, CueKind.COGNITION})  # "is said / alleged / believed / expected to"
_ADDRESSEE_PREPS = frozenset({"on", "upon", "for"})  # "called on X to act", "called for X to act"
_DASHES = frozenset({"—", "–", "--"})  # an aside set off from the label
_RELATIVE_TAGS = frozenset({"WDT", "WP", "WP$"})  # "which", "who", "whose" as a subject
_RELATIVE_ROLES = frozenset({"nsubj", "nsubjpass", "dobj"})  # what a relative "that" is in its clause
_SAY = "say"  # the one verb whose object may be a pro-form for a statement ("said so")
_PRO_FORM_DEPS = ("advmod", "dobj", "intj", "npadvmod", "attr")  # how the parse hangs "so" / "yes" / "as much" on "said"
_LABEL_DEPS = ("oprd", "acomp", "xcomp")
_FINAL_MARKS = frozenset({".", "!", "?"})  # marks that end a sentence
_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})  # a verb or auxiliary that makes its clause finite  # how the parse attaches the label in "called X a Y" / "called X unfair"


def verb_cues(view: DocView, state: State) -> None:
    """Claims reported by a cue verb; cues with a source are noted for the quote pass."""
    lexicons = view.lexicons
    for token in view.doc:
        label = cue_label(token, lexicons)
        if label is None or view.in_quote(token.idx) or token.i in state.used_cues or misread_noun_cue(token, lexicons):
            continue
        if token.dep_ == "amod" or token.tag_ == "VBN" and token.dep_ == "acl" and label != CueKind.ALLEGE:
            continue  # "the so-called ...", "a report released ..."
        if stative_passive(token, lexicons):
            continue  # "was not convinced that ...": a feeling its subject holds (adjective_cues)
        if _anyone_who(token, lexicons):
            continue  # "anyone wanting to borrow $25,000": whoever would, a hypothetical, not a stand taken
        subject, passive = find_subject(token, lexicons, view.quoted)
        if _fronted_passive(token):
            # "Asked whether he would resign, Mr Hart said ...": Hart was asked; the asker goes unnamed
            subject, passive = None, True
        if subject is None and not passive:
            continue
        state.speech_cues[token.i] = (token, subject, passive)
        if label == CueKind.ALLEGE and passive and subject is None and negated(token, lexicons):
            continue  # "has not been charged with any crime": an accusation nobody made (issue 16, precision15)
        if label == CueKind.POSITION and subject is not None and not can_speak(subject, lexicons):
            continue  # "the government offers loans", "the paper welcomes"
        if label == CueKind.COGNITION and subject is not None and not can_hold_belief(subject, lexicons):
            continue  # "the plan foresees", but "the widow feared that ..."
        stop = _next_attribution(view, token)
        contents = [c for c in verb_contents(token, label, passive, lexicons) if c[0] < stop]
        contents = [(lo, _before_trailing_aside(view.doc, lo, hi, lexicons), obj) for lo, hi, obj in contents]
        raised = _raised_subject(token, contents) if passive and _raising(token, label, lexicons) else None
        if raised is not None:
            contents = [raised, *contents]
        if not contents and cue_lemma(token, lexicons) == _SAY and not _quote_in_sentence(view, token):
            contents = _pro_form(token, lexicons)  # a quotation in the sentence may be what "said" gives
        span = cue_tokens(token)
        if not contents and subject is not None and label == CueKind.SAY:
            block = _colon_paragraph(view, token)
            if block is not None:
                add_candidate(view, state, 0, 0, rule=AttributionRule.VERB_CUES, cue=token, cue_tokens=span, label=label, subject=subject, char_range=block)
                continue
        if not contents:
            if subject is not None:
                state.bare_cues[token.i] = (token, subject, passive)
            continue
        for lo_i, hi_i, obj in contents:
            add_candidate(
                view, state, lo_i, hi_i, rule=AttributionRule.VERB_CUES, cue=token, cue_tokens=span, label=label, subject=subject, object_i=obj
            )


def _next_attribution(view: DocView, token: Token) -> int:
    """Where the cue's contents must start before: the first word of a later sentence's own
    attribution that the parse hung on the cue, or the end of the text. With ``''`` for quote
    marks the parse may run on over "X said A. ''B,'' he wrote. ''C.''" and make "wrote" and C
    clauses of "said", though the second sentence has a cue and a subject of its own (issue 16,
    reported12). Only past a final mark outside quotation marks: in 'said: “We won. They
    lost.”' the second clause is still the cue's."""
    ends = [c.i for c in token.children if c.dep_ == "punct" and c.text in _FINAL_MARKS and c.i > token.i and view.in_quote(c.idx) is None]
    if not ends:
        return len(token.doc)
    for clause in token.children:
        if clause.dep_ == "ccomp" and clause.i > ends[0] and cue_label(clause, view.lexicons) is not None and any(c.dep_ in SUBJECTS for c in clause.children):
            return clause.left_edge.i
    return len(token.doc)


def _colon_paragraph(view: DocView, token: Token) -> tuple[int, int] | None:
    """"The governor added:" closing its paragraph, the words in the next paragraph with no quote
    marks around them: that paragraph is what was said (a block quotation set off by layout, as
    transcripts and columns print it; issue 16, reported10). Only when every word between the
    speech verb and the colon hangs on the verb ("told reporters:"), and not for a paragraph
    that opens with a quote mark (the quote pass gives that the cue)."""
    doc, text = view.doc, view.text
    k = token.i + 1
    while k < len(doc) and doc[k].text != ":" and not doc[k].is_space and token.is_ancestor(doc[k]) and doc[k].dep_ not in ("ccomp", "xcomp", "punct"):
        k += 1
    if k >= len(doc) or doc[k].text != ":":
        return None
    after = doc[k].idx + 1
    line_end = text.find("\n", after)
    if line_end < 0 or text[after:line_end].strip():
        return None  # the colon must close its line
    lo = line_end
    while lo < len(text) and text[lo].isspace():
        lo += 1
    if lo >= len(text) or text[lo] in QUOTE_CHARS:
        return None
    hi = text.find("\n", lo)
    hi = len(text) if hi < 0 else hi
    return (lo, hi) if hi - lo >= 2 else None


def _raising(token: Token, label: str, lexicons: Lexicons) -> bool:
    """A verb of saying, believing or expecting (``_RAISING_KINDS``), not of wanting
    (``complement_heads`` volition: "the plan is intended to ...", "has sought to ..." give a
    purpose, no statement about their subject)."""
    return label in _RAISING_KINDS and lexicons["complement_heads"].get(cue_lemma(token, lexicons)) != ComplementKind.VOLITION


def _raised_subject(token: Token, contents: list[Content]) -> Content | None:
    """"The new ferry is expected to start service in May", "the council is said to favour a
    levy": a passive cue with an infinitive reports what its subject will do or is, so the
    subject is part of what is expected or said ("it is expected that the ferry will start ..."),
    a piece of the content before the cue, as PolNeAR marks it (issue 16, reported19). Not a
    relative pronoun ("the bill, which is expected to pass": the antecedent is outside)."""
    if not any(c.dep_ == "auxpass" for c in token.children):
        return None  # "has sought to protect": a perfect the parse took for a passive
    subject = next((c for c in token.children if c.dep_ == "nsubjpass" and c.i < token.i), None)
    xcomp = next((c for c in token.children if c.dep_ == "xcomp" and c.i > token.i and c.tag_ == "VB"), None)
    if subject is None or xcomp is None or subject.tag_ in _RELATIVE_TAGS or subject.lower_ == "that":
        return None
    if not any(lo == xcomp.left_edge.i and token.doc[lo].lower_ == "to" for lo, _, _ in contents):
        return None
    lo, hi = subtree_range(subject)
    return (lo, hi, None) if hi <= token.i else None


def _fronted_passive(token: Token) -> bool:
    """A past participle opening the sentence as an adverbial clause, with no subject or
    auxiliary of its own ("Asked about the vote, ...", "Told of the delay, ..."): passive, so
    the main clause's subject is the one asked or told, not the speaker."""
    return (
        token.tag_ == "VBN"
        and token.dep_ == "advcl"
        and token.i < token.head.i
        and token.left_edge.i == token.i
        and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in token.children)
    )


def verb_contents(token: Token, label: str, passive: bool, lexicons: Lexicons) -> list[Content]:
    """Token ranges of what a cue verb reports, tried in order: clauses, a claim-verb's
    infinitive, an accusation frame, then a topic, object or intention."""
    doc = token.doc
    out = _clause_contents(token, lexicons)
    if not out and token.i + 1 < len(doc):
        # "X said, “...”" / "according to ..." handled elsewhere; xcomp for "claims to have ..."
        for c in token.children:
            if c.dep_ == "xcomp" and label in (CueKind.SAY, CueKind.ALLEGE, CueKind.DENY) and cue_lemma(token, lexicons) in lexicons["infinitive_cues"]:
                out.append((c.left_edge.i, _infinitive_end(token, c), None))
    if not out and not passive:
        frame = _label_frame(token, label, lexicons)
        out = [frame] if frame is not None else []
    if label in (CueKind.ALLEGE, CueKind.DENY) and not out:
        out = _accusation_contents(token, label, passive, lexicons)
    lemma = cue_lemma(token, lexicons)
    intent = lexicons["intent_verbs"]
    if not out and (label in (CueKind.POSITION, CueKind.SAY) or lemma in intent):
        out = _topic_contents(token, label, lexicons)
    if label == CueKind.COGNITION:
        if lemma in lexicons["factive_verbs"] and (negated(token, lexicons) or has_negative_subject(token, lexicons)):
            # "did not know how often ...", "not knowing that ...", "did not realise that the road
            # had closed": ignorance, no view held; the clause is the writer's (issue 16, precision15)
            out = []
        # beliefs and feelings count only with a finite clause: "fears that X will ...", or as a
        # view of an object ("sees the levy as a windfall", frame_verbs ``belief``)
        frame = _label_frame(token, label, lexicons) if not passive else None
        out = [(lo, hi, o) for lo, hi, o in out if any(t.dep_ in SUBJECTS for t in doc[lo:hi]) or (lemma in intent and doc[lo].lower_ == "to") or (lo, hi, o) == frame]
    return out


def _before_trailing_aside(doc: Doc, lo: int, hi: int, lexicons: Lexicons) -> int:
    """Where a content ends before a comma-set relative clause that closes it: "acknowledged the
    reality of climate change, which makes him an outlier", "said he expects a full recovery from
    the illness, which forced her to leave early". A "which"/"who" clause after a comma is the
    writer's aside on the last noun (a non-restrictive relative), not part of what was said or
    meant (issue 16, precision15); one inside the content ("said the bill, which passed in May,
    was flawed") or a restrictive "that" clause is kept, and so is an aside with a cue of its own
    (", which the mayor championed"): cut loose, it would be a claim the outer one no longer holds.
    Returns the new end token."""
    roots = [t for t in doc[lo:hi] if not lo <= t.head.i < hi or t.head.i == t.i]
    if len(roots) != 1 or not _phrase_root(roots[0]):
        return hi  # a reported clause: "wrote that the firm lost $9 million, which let it ..." may say that too
    last = hi - 1
    while last > lo and (doc[last].is_punct or doc[last].is_space):
        last -= 1
    for token in doc[lo:hi]:
        if token.dep_ != "relcl" or token.right_edge.i != last or not lo < token.head.i < token.i:
            continue
        first = token.left_edge
        if first.i - 1 <= lo or doc[first.i - 1].text != ",":
            continue
        if not any(t.lower_ in _ASIDE_RELATIVES and t.tag_ in ("WDT", "WP", "WP$", "WRB") for t in doc[first.i : first.i + 2]):
            continue
        if any(cue_label(t, lexicons) is not None for t in token.subtree):
            return hi
        return first.i - 1
    return hi


def _anyone_who(token: Token, lexicons: Lexicons) -> bool:
    """"anyone wanting to learn more", "someone claiming to be a doctor": a participle cue on a
    singular vague pronoun describes whoever would do so, not something a source said or meant
    (issue 16, precision15); a plural ("people saying the vote was rigged") may be real speakers."""
    head = token.head
    return (
        token.tag_ == "VBG"
        and token.dep_ == "acl"
        and head.tag_ == "NN"
        and lexicons["pronouns"].get(head.lower_) == PronounKind.VAGUE
    )


def _phrase_root(token: Token) -> bool:
    """Whether a content is a phrase, not a clause: a noun ("praised the plan"), a gerund or an
    infinitive ("plans to raise taxes") with no subject of its own."""
    if token.pos_ in ("NOUN", "PROPN", "PRON"):
        return True
    return token.tag_ in ("VB", "VBG", "TO") and not any(c.dep_ in SUBJECTS for c in token.children)


def _quote_in_sentence(view: DocView, token: Token) -> bool:
    """A quotation after the cue in its sentence with no other cue verb between ("has said the
    same thing -- “...”"): the quote pass may give it this cue, so the cue is left bare."""
    sent = view.sent(token.i)
    for q in view.quotes_overlapping(token.idx, sent.end_char):
        if q.start < token.idx:
            continue
        between = view.doc.char_span(token.idx + len(token), q.start, alignment_mode="contract")
        if between is None or not any(cue_label(t, view.lexicons) is not None for t in between):
            return True
    return False


def _pro_form(token: Token, lexicons: Lexicons) -> list[Content]:
    """"55 percent said so", "the mayor said no", "others have said the same thing", "she said
    as much": a pro-form (``pro_forms.tsv``) as the object of "say" stands for the statement,
    and PolNeAR annotates it as the content (issue 16, reported10)."""
    forms = lexicons["pro_forms"]
    than = [c for c in token.children if c.dep_ == "mark"] + ([token.doc[token.i - 1]] if token.i else [])
    if token.dep_ == "conj":
        than += [c for c in token.head.children if c.dep_ == "cc" and c.i < token.i]
    if any(t.lower_ == "than" for t in than):
        return []  # "more trust the mayor than say the same about the council": a share compared, no statement
    for child in token.children:
        if child.dep_ not in _PRO_FORM_DEPS or child.i < token.i:
            continue
        lo, hi = child.left_edge.i, child.i + 1  # the words up to the head: "as much", not "as much in an interview"
        words = " ".join(t.lower_ for t in token.doc[lo:hi])
        if forms.get(words) == AttributionWordKind.PRO_FORM:
            return [(lo, _said_of(child, hi, lexicons), None)]
    return []


def _said_of(pro_form: Token, hi: int, lexicons: Lexicons) -> int:
    """"said the same of the governor": a topic preposition right after the pro-form (``topic_preps``
    ``any_cue``: of, about, against) names whom the statement is about, and is part of it (PolNeAR
    keeps it in both tuning sets; issue 16, bounds12). Returns the content's new end token."""
    prep = next((c for c in pro_form.children if c.dep_ == "prep" and c.i == hi), None)
    if prep is None or lexicons["topic_preps"].get(prep.lower_) != AttributionWordKind.ANY_CUE or not any(c.dep_ == "pobj" for c in prep.children):
        return hi
    return prep.right_edge.i + 1


def _clause_contents(token: Token, lexicons: Lexicons) -> list[Content]:
    """The cue's clausal complements, split where "but that" starts a second statement."""
    marks = lexicons["complementizers"]
    split_marks = {w for w, kind in marks.items() if kind != AttributionWordKind.CONDITIONAL}
    out: list[Content] = []
    predicate = [c for c in token.children if is_predicate_word(token, c)]
    comps = [c for c in token.children if c.dep_ == "ccomp" and c not in predicate]
    if predicate and cue_label(token, lexicons) is not None and not comps:
        # "made it clear he had doubts": the parse may hang the clause on "clear"
        comps = [c for c in predicate[0].children if c.dep_ in ("ccomp", "advcl", "csubj") and c.i > predicate[0].i]
    for comp in comps:
        # "said A but that B": B is a second statement, not part of A
        split = [c for c in comp.children if c.dep_ == "conj" and c.i > comp.i and any(m.dep_ == "mark" and m.lower_ in split_marks for m in c.children)]
        if split:
            cc = [c for c in comp.children if c.dep_ == "cc" and c.i < split[0].i]
            first_end = min([split[0].left_edge.i] + [c.i for c in cc])
            out.append((comp.left_edge.i, first_end, None))
            for conj in split:
                out.append((*subtree_range(conj), None))
            continue
        lo, hi = subtree_range(comp)
        out.append((lo, _continued_clause(token, hi, lexicons), None))
    if not out:
        out.extend(_misread_object_clause(token, lexicons))
    if not out:
        out.extend(_clause_read_as_adverbial(token))
    # "said A, but that B": a conjoined clause introduced by its own "that"
    for conj in token.children:
        if conj.dep_ == "conj" and cue_label(conj, lexicons) is None and any(c.dep_ == "mark" and c.lower_ in marks for c in conj.children):
            out.append((*subtree_range(conj), None))
    return out


def _continued_clause(token: Token, hi: int, lexicons: Lexicons) -> int:
    """"The office says it would cut revenue at first, but would eventually add $8 billion": the
    parse may hang a modal verb joined by "and"/"but" after the reported clause on the cue, though
    with no subject of its own it goes on with what was said, sharing that clause's subject (a
    cue does not "would add" of itself; PolNeAR keeps it; issue 16, reported19). Not a verb with
    a subject of its own ("..., but the panel declined": the reporter's next clause, PolNeAR
    keeps that only now and then), nor one with a "that" of its own ("said A, but that B"), nor a
    speech verb with a clause ("but would add that ...": a second attribution). Returns the
    content's new end token."""
    for conj in token.children:
        if conj.dep_ != "conj" or conj.i < hi or any(c.dep_ in SUBJECTS or c.dep_ in ("expl", "mark") for c in conj.children):
            continue
        if cue_label(conj, lexicons) is not None and any(c.dep_ in ("ccomp", "xcomp") for c in conj.children):
            continue
        if not any(c.dep_ == "aux" and c.tag_ == "MD" for c in conj.children):
            continue
        if not any(c.dep_ == "cc" and hi <= c.i < conj.i and c.lower_ in ("and", "but") for c in token.children):
            continue
        return conj.right_edge.i + 1
    return hi


def _clause_read_as_adverbial(token: Token) -> list[Content]:
    """"Mr Ruiz said after the vote he would not run again": with a time or place phrase right
    after the cue and before its that-less clause (:func:`_setting_between`), the parse may hang the clause on the cue as an adverbial
    (``advcl``) and the phrase on the clause. A finite clause after the cue with a subject of its
    own and no conjunction opening it ("if", "because", "as") is what was said, from its subject
    on; the phrase before the subject is the cue's setting (issue 16, reported12)."""
    out: list[Content] = []
    for clause in token.children:
        if clause.dep_ != "advcl" or clause.i < token.i or any(c.dep_ == "mark" for c in clause.children):
            continue
        if not (clause.tag_ in _FINITE_TAGS or any(c.dep_ == "aux" and c.tag_ in _FINITE_TAGS for c in clause.children)):
            continue
        subject = next((c for c in clause.children if c.dep_ in SUBJECTS and c.i < clause.i), None)
        if subject is None:
            continue
        lo = subject.left_edge.i
        if lo > 0 and token.doc[lo - 1].lower_ == "that" and token.doc[lo - 1].head.i == clause.i:
            lo -= 1  # "tweeted in the early hours that ...": the parse calls the "that" an adverb
        if _setting_between(token, lo):
            out.append((lo, clause.right_edge.i + 1, None))
    return out


def _setting_between(token: Token, lo: int) -> bool:
    """Whether the words between a cue and token ``lo`` are one prepositional phrase (a comma
    may close it): "said after the vote"; "told reporters outside the court" is not this shape,
    nor "described X when ..." (a wh-adverb opens a subordinate clause, not a statement)."""
    doc = token.doc
    k = token.i + 1
    if k >= lo or doc[k].dep_ != "prep" or doc[k].tag_ != "IN":
        return False
    end = doc[k].right_edge.i + 1
    return end == lo or end + 1 == lo and doc[end].text == ","


def _misread_object_clause(token: Token, lexicons: Lexicons) -> list[Content]:
    """"told a meeting of island leaders that few people understood ...": the parse may hang the
    that-clause after an addressee (of a verb that takes one: ``intent_verbs`` directive) on the
    addressee as a relative clause, and after "said in a statement" on the statement. A relative "that" is
    the clause's subject or object; a "that" that only opens (``mark``) a clause with a subject
    of its own is a complementizer, so the clause is what the cue reports (issue 16)."""
    marks = lexicons["complementizers"]
    dobj = next((c for c in token.children if c.dep_ == "dobj" and c.i > token.i), None)
    if dobj is not None and lexicons["intent_verbs"].get(cue_lemma(token, lexicons)) == AttributionWordKind.DIRECTIVE:
        # only a verb with an addressee ("told", "warned"): "disputed the idea that ..." reports the idea
        clauses = [c for c in dobj.subtree if c.dep_ == "relcl" and c.i > dobj.i]
    else:
        # "said in a statement that ...", "said at a briefing that ...", "said during a visit to the
        # plant that ...": the clause hung on the noun of the cue's own setting, right after the
        # cue, is what was said there
        clauses = [
            clause
            for prep in token.children
            if prep.dep_ == "prep" and prep.i == token.i + 1
            for noun in prep.children
            if noun.dep_ == "pobj"
            for clause in _setting_clauses(prep, noun, lexicons)
        ]
    for clause in clauses:
        first = clause.left_edge
        if (
            first.dep_ not in _RELATIVE_ROLES  # the parse may call the "that" anything ("pobj") but a relative's role
            and first.head.i == clause.i
            and marks.get(first.lower_) == AttributionWordKind.DECLARATIVE
            and any(c.dep_ in SUBJECTS and c.i > first.i for c in clause.children)
        ):
            return [(*subtree_range(clause), None)]
    return []


def _setting_clauses(prep: Token, noun: Token, lexicons: Lexicons) -> list[Token]:
    """Clauses the parse hung on a cue's setting: anywhere in an occasion ("at a visit to the
    plant that ..."), only on the noun itself for a medium ("in a statement that ...", not "in
    response to claims that ...", whose clause is the claims') or a time ("in the early hours
    that ...", issue 16, reported12)."""
    if prep.lower_ in OCCASION_PREPS:
        nouns = [t for t in noun.subtree if t.dep_ == "pobj"]
    elif prep.lower_ in MEDIUM_PREPS and noun.lemma_.lower() in lexicons["cue_nouns"]:
        nouns = [noun]
    elif noun.ent_type_ in ("DATE", "TIME") and lexicons["time_words"].get(prep.lower_) is not None:
        nouns = [noun]  # "tweeted in the early morning hours that ...": when it was said, not a relative's antecedent
    else:
        return []
    return [c for n in nouns for c in n.children if c.dep_ in ("relcl", "acl") and c.i > n.i]


def _accusation_contents(token: Token, label: str, passive: bool, lexicons: Lexicons) -> list[Content]:
    """"accused X of Y", "X was accused (by Z) of Y", "denied the allegations"."""
    preps_of = lexicons["accusation_preps"]
    dobj = next((c for c in token.children if c.dep_ in ("dobj", "nsubjpass")), None)
    preps = [c for c in token.children if c.dep_ == "prep" and c.lower_ in preps_of]
    if passive and not preps:  # "was accused by her rivals of ...": the parse hangs "of" under the agent
        for agent in (c for c in token.children if c.dep_ == "agent"):
            for pobj in (g for g in agent.children if g.dep_ == "pobj"):
                preps = [g for g in pobj.children if g.dep_ == "prep" and g.lower_ in preps_of]
    if label == CueKind.ALLEGE and dobj is not None and preps:
        lo = min(dobj.left_edge.i, preps[0].i)
        hi = max(dobj.right_edge.i, preps[-1].right_edge.i) + 1
        if passive:
            lo = preps[0].i
        return [(lo, hi, dobj.i)]
    if label == CueKind.ALLEGE and passive and preps:
        return [(preps[0].i, preps[-1].right_edge.i + 1, None)]
    if (
        dobj is not None
        and not passive
        and (label == CueKind.ALLEGE or _names_claim(dobj, lexicons) or any(c.dep_ in ("acl", "relcl", "ccomp") for c in dobj.children))
    ):
        return [(*subtree_range(dobj), dobj.i)]  # "denied the allegations", not "denied a permit"
    if (
        label == CueKind.DENY
        and passive
        and dobj is not None
        and dobj.dep_ == "nsubjpass"
        and _names_claim(dobj, lexicons)
        and any(c.dep_ == "agent" for c in token.children)
    ):
        return [(*subtree_range(dobj), dobj.i)]  # "the claims were denied by the company": the same frame, passive
    return []


def _names_claim(noun: Token, lexicons: Lexicons) -> bool:
    """A noun naming a claim, report or charge, as this layer reads ``claim_nouns``."""
    return lexicons["claim_nouns"].get(lemma_of(noun)) in (ClaimNounKind.CLAIM, ClaimNounKind.PLURAL)


def _topic_contents(token: Token, label: str, lexicons: Lexicons) -> list[Content]:
    """"plans to raise taxes", "urged restraint", "called for a ban", "talked about the economy"."""
    lemma = cue_lemma(token, lexicons)
    xcomp = next((c for c in token.children if c.dep_ == "xcomp"), None)
    dobj = next((c for c in token.children if c.dep_ == "dobj"), None)
    W = AttributionWordKind
    kinds = (W.ANY_CUE, W.POSITION_CUE) if label == CueKind.POSITION else (W.ANY_CUE, W.SAY_CUE)
    preps = {w for w, kind in lexicons["topic_preps"].items() if kind in kinds}
    topic = next(
        (
            c
            for c in token.children
            if c.dep_ in ("prep", "prt") and c.lower_ in preps and any(_topic_object(g) for g in c.children)
        ),
        None,
    )
    own_preps = _own_preps(lemma, lexicons)
    if own_preps:
        # "balked at the plan", "objected to the fee": only the verb's own preposition names its topic
        own = next((c for c in token.children if c.dep_ == "prep" and c.lower_ in own_preps and any(_topic_object(g) for g in c.children)), None)
        if own is None:
            return []
        lo, hi = subtree_range(next(g for g in own.children if _topic_object(g)))
        return [(lo, _object_phrase_end(token, hi, lexicons), None)]
    intent = lexicons["intent_verbs"].get(lemma)
    # "let editorials tell them how to vote": a bare verb under "let"/"make" is no directive of its own
    addressed = xcomp is not None and dobj is not None and dobj.i < xcomp.i and not (token.dep_ == "ccomp" and token.tag_ == "VB")
    if xcomp is not None and intent == W.INTENT and lemma in lexicons["control_heads"] and _says_nothing(xcomp, lexicons):
        return []  # "refused to comment", "refused to testify about the deal": no content was given
    if xcomp is not None and (intent == W.INTENT or intent == W.DIRECTIVE and addressed and xcomp.tag_ == "VB"):
        # "plans to raise taxes"; "urged Congress to act" keeps the addressee; a directive
        # ("asked the board to resign", issue 16) reports its infinitive only with an addressee
        lo = dobj.left_edge.i if addressed else _prep_addressee(token, xcomp)
        return [(lo, _infinitive_end(token, xcomp), None)]
    if dobj is not None and lexicons["object_cues"].get(lemma) == W.EVIDENCE:
        return _evidence_object(token, dobj, lexicons)
    if (
        dobj is not None
        and (label == CueKind.POSITION or lemma in lexicons["object_cues"])
        and dobj.pos_ in ("NOUN", "PROPN")
        and (dobj.ent_type_ != "PERSON" or lexicons["object_cues"].get(lemma) == W.BACKING)
    ):
        lo, hi = subtree_range(dobj)
        return [(lo, _object_phrase_end(token, hi, lexicons), None)]  # "cited the report", "urged restraint", "endorsed Ms. Reyes"
    if topic is not None:
        pobj = next(g for g in topic.children if _topic_object(g))
        lo, hi = subtree_range(pobj)
        return [(lo, _object_phrase_end(token, hi, lexicons), None)]  # "called for a ban", "called for raising taxes"
    clause = _for_clause(token, preps)
    if clause is not None:
        return [(clause.left_edge.i + 1, clause.right_edge.i + 1, None)]  # "called for the board to resign"
    return []


def _prep_addressee(token: Token, xcomp: Token) -> int:
    """Where an intention's infinitive starts, with the one it is put to: "called on the council
    to repair the bridge", "called for female staff to wear coats" name who is to act, and
    PolNeAR keeps them in the content as it keeps "urged Congress to act" (issue 16, reported19).
    Only a noun right after "on"/"for" right after the cue, the infinitive right after it, and
    no date ("called on Monday to ...")."""
    prep = next((c for c in token.children if c.dep_ in ("prep", "prt") and c.i == token.i + 1 and c.lower_ in _ADDRESSEE_PREPS), None)
    pobj = next((c for c in prep.children if c.dep_ == "pobj" and c.pos_ in ("NOUN", "PROPN", "PRON") and c.ent_type_ not in ("DATE", "TIME")), None) if prep is not None else None
    if pobj is None or pobj.right_edge.i + 1 != xcomp.left_edge.i:
        return xcomp.left_edge.i
    return pobj.left_edge.i


def _object_phrase_end(token: Token, hi: int, lexicons: Lexicons) -> int:
    """"endorsed Ms. Reyes for mayor", "questioned the town's reliance on the state for its
    water", "criticized the draft language on housing": a prepositional phrase right after a
    topic object that the parse hangs on the verb still says what the stand is about, and PolNeAR
    keeps it (issue 16, bounds12); it is left out when it says when, where or how the words were
    said (:func:`~.syntax.is_speech_setting`: "at a rally", "in a statement", "on Tuesday"), holds a
    date or time ("in March"), or names with or to whom, how or why (``saying_preps``: "with her
    mother", "to me", "to the field", "by a 4-3 vote"). Returns the content's end token."""
    prep = next((c for c in token.children if c.dep_ == "prep" and c.i == hi), None)
    pobj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
    if pobj is None or is_speech_setting(prep, lexicons) or any(t.ent_type_ in ("DATE", "TIME") for t in prep.subtree):
        return hi
    if lexicons["saying_preps"].get(prep.lower_) in (AttributionWordKind.SAYING_PARTY, AttributionWordKind.SAYING_REASON):
        return hi  # with or to whom, how or why it was said (``saying_preps``), not what about
    return prep.right_edge.i + 1


def _for_clause(token: Token, preps: set[str]) -> Token | None:
    """ "called for the board to resign", "pushed for the talks to resume": after a cue whose
    topic is a "for" phrase, the parse makes a "for X to V" clause an adverbial with "for" as
    its mark; that clause after "for", its subject with it, is the topic (PolNeAR leaves "for" out)."""
    if "for" not in preps:
        return None
    for child in token.children:
        if child.dep_ != "advcl" or child.i < token.i or child.tag_ != "VB":
            continue
        marks = [c for c in child.children if c.dep_ == "mark" and c.lower_ == "for"]
        if marks and marks[0].i == child.left_edge.i and any(c.dep_ in SUBJECTS for c in child.children):
            return child
    return None


def _evidence_object(token: Token, dobj: Token, lexicons: Lexicons) -> list[Content]:
    """"Polls show a close race", "the average shows her ahead by three points", "video shows him
    with his hands raised": what a poll, record or document shows is its noun object together
    with the predicate the parse hangs on the verb after it (issue 16, reported10). Only for such
    a subject (``speaker_words`` ``document``): a person or a museum that "shows" a thing only
    displays it."""
    subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
    if subject is None or lexicons["speaker_words"].get(lemma_of(subject)) != "document" and lexicons["speaker_words"].get(subject.lower_) != "document":
        return []
    if dobj.pos_ not in ("NOUN", "PROPN", "PRON"):
        return []
    line_end = _title_case_line_end(token)
    if line_end is not None:
        # the parse of a title-case headline is no guide: what is shown runs to the line's end
        span = token.doc.char_span(dobj.left_edge.idx, line_end, alignment_mode="contract")
        if span is not None and len(span):
            return [(span.start, span.end, None)]
    # the predicate runs to the first comma on the verb: ", with X showing ..." is the reporter's addition
    stop = next((c.i for c in token.children if c.i > dobj.i and c.dep_ == "punct"), len(token.doc))
    rest = [c for c in token.children if dobj.i < c.i < stop and c.dep_ in ("advmod", "prep", "acomp", "oprd", "xcomp", "npadvmod")]
    hi = max([dobj.right_edge.i] + [c.right_edge.i for c in rest]) + 1
    return [(dobj.left_edge.i, hi, None)]


def _title_case_line_end(token: Token) -> int | None:
    """Where the line ends when the verb stands in a headline set in title case ("Popular Survey
    Shows Gap When It Comes To Rural Broadband"): the tagger reads capitalised words as names and
    the parse stops the object at the first of them ("Gap"), though the headline's rest is what
    is shown (issue 16, reported11); the verb must be capitalised too."""
    line = title_case_line(token.doc.text, token.idx)
    return line[1] if line is not None and token.text[:1].isupper() else None


def _own_preps(lemma: str, lexicons: Lexicons) -> frozenset[str]:
    """The prepositions a protest or advocacy verb takes its topic after (``prep_cues.tsv``)."""
    return _prep_index(lexicons["prep_cues"]).get(lemma, frozenset())


# prep_cues tables seen, by id, with their word -> prepositions index; the table is kept with its
# index so that an id is never reused for another table (there is one per set of user lexicons)
_PREP_INDEXES: dict[int, tuple[Mapping[str, str], dict[str, frozenset[str]]]] = {}
_MAX_PREP_INDEXES = 16


def _prep_index(table: Mapping[str, str]) -> dict[str, frozenset[str]]:
    """``prep_cues`` keys ("balk at") grouped by their word, built once per table, not per cue."""
    seen = _PREP_INDEXES.get(id(table))
    if seen is not None and seen[0] is table:
        return seen[1]
    grouped: dict[str, set[str]] = {}
    for key in table:
        word, _, prep = key.partition(" ")
        if prep:
            grouped.setdefault(word, set()).add(prep)
    index = {word: frozenset(preps) for word, preps in grouped.items()}
    if len(_PREP_INDEXES) >= _MAX_PREP_INDEXES:
        _PREP_INDEXES.clear()  # user lexicons built afresh per call must not pile up
    _PREP_INDEXES[id(table)] = (table, index)
    return index


def _infinitive_end(cue: Token, xcomp: Token) -> int:
    """Where an intention's infinitive ends, with the bare verbs joined to it: in "planned to
    restore the bridge, then hand over the land" and "is promising to meet and exceed the
    targets" the parse hangs the second verb on the cue, but it shares the "to" (issue 16). A
    joined verb with a subject of its own, or a finite one ("and said ..."), is the cue's own."""
    hi = xcomp.right_edge.i + 1
    nonfinite_cue = cue.tag_ in ("VB", "VBG", "VBN")
    for verb in cue.children:
        if verb.i <= xcomp.i or verb.dep_ not in ("conj", "dep") or not (verb.tag_ == "VB" or verb.tag_ == "VBP" and nonfinite_cue):
            continue
        if any(c.dep_ in SUBJECTS or c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
            continue
        hi = max(hi, verb.right_edge.i + 1)
    return hi


def _says_nothing(verb: Token, lexicons: Lexicons) -> bool:
    """A speech verb with nothing said after it: "(refused) to comment", "to testify about it"."""
    return cue_label(verb, lexicons) is not None and not any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in verb.children)


def _topic_object(token: Token) -> bool:
    """The object of a topic preposition: a noun phrase that is no date ("called for a ban",
    not "on Friday"), a gerund clause ("called for raising taxes", issue 16), or a clause opened by
    a question word ("spoke about how the hall was looted", "wrote about whether the plant would
    close": the indirect question is the topic, reported17b)."""
    if token.dep_ == "pcomp":
        return token.tag_ == "VBG" or _opens_question(token)
    return token.dep_ == "pobj" and token.ent_type_ not in ("DATE", "TIME")


def _opens_question(clause: Token) -> bool:
    """A finite clause whose first word is a question word or "whether" ("how the hall was looted",
    "what the council should do"): an indirect question, not an adverbial."""
    first = clause.left_edge
    return first.i < clause.i and (first.tag_ in ("WRB", "WP", "WDT") or first.lower_ == "whether")


def _second_object(token: Token) -> bool:
    """A noun after the object that the parse hangs on the verb as a second object or a bare
    adverbial ("branded the governor *a coward*"): the label of a frame verb, unless it is a
    date or time ("called the meeting *Tuesday*"; issue 16, reported12)."""
    return token.dep_ in ("dobj", "npadvmod") and token.pos_ == "NOUN" and token.ent_type_ not in ("DATE", "TIME")


def _label_frame(token: Token, label: str, lexicons: Lexicons) -> Content | None:
    """"called the deal a waste of money", "described the strike as a disgrace": a frame verb
    (``frame_verbs.tsv``) reports its object together with the label it gives it, not the
    object alone (issue 16). An accusing verb keeps its object as the accused ("criticized
    the law as a failure"). A belief verb (``belief``) takes only an "as" label: "sees the levy
    as a windfall" is a view held of the levy (topics13)."""
    kind = lexicons["frame_verbs"].get(cue_lemma(token, lexicons))
    if kind not in (AttributionWordKind.LABEL, AttributionWordKind.BELIEF):
        return None
    dobj = next((c for c in token.children if c.dep_ == "dobj" and c.i > token.i), None)
    if dobj is None:
        return None  # "what he called “a sham”": the relative pronoun before the cue is no object to report
    given = next(
        (
            c
            for c in token.children
            if c.i > dobj.i and (c.dep_ == "prep" and c.lower_ == "as" or kind == AttributionWordKind.LABEL and (c.dep_ in _LABEL_DEPS or _second_object(c)))
        ),
        None,
    )
    if given is None:
        return None
    if kind == AttributionWordKind.BELIEF and _subject_role(dobj, given, lexicons):
        return None
    return (dobj.left_edge.i, _label_end(given, lexicons), dobj.i if label == CueKind.ALLEGE else None)


def _label_end(given: Token, lexicons: Lexicons) -> int:
    """Where the label a frame verb gives ends: "criticized the law as a “crazy system” during a
    stop in Flint", "blasted her as a disgrace Wednesday on a radio show": the parse may hang when
    or where it was said (:func:`~.syntax.is_speech_setting`, a date or time) or a dash aside on
    the label, but they are the reporter's, no part of the label (issue 16, reported19). Returns
    the content's end token."""
    for token in given.doc[given.i + 1 : given.right_edge.i + 1]:
        setting = token.dep_ == "prep" and is_speech_setting(token, lexicons)
        dated = token.dep_ == "npadvmod" and token.ent_type_ in ("DATE", "TIME")
        if setting or dated or token.text in _DASHES:
            return token.i
    return given.right_edge.i + 1


def _subject_role(dobj: Token, given: Token, lexicons: Lexicons) -> bool:
    """"saw the film as a teenager": an "as" phrase naming a person after an object that is none
    says what the subject was at the time, not what the object is seen as ("sees him as a leader"
    is a view)."""
    noun = next((g for g in given.children if g.dep_ == "pobj"), None)
    return noun is not None and _names_person(noun, lexicons) and not _names_person(dobj, lexicons)


def _names_person(token: Token, lexicons: Lexicons) -> bool:
    """A pronoun, a person's name, or a noun for someone who can speak ("a teenager", "a senator")."""
    return token.pos_ == "PRON" or token.ent_type_ == "PERSON" or can_speak(token, lexicons) or lexicons["speaker_words"].get(lemma_of(token)) is not None
