"""Find attributions in a parsed doc: content, cue and source for each claim candidate.

Mechanisms, each a rule about English news writing:
- cue verbs (``cue_verbs.tsv``) with a clausal complement: "X said (that) ...", fronted
  content "..., X said.", coordinated contents "said A, but that B", participles that
  take their subject from the clause above ("..., alleging that ...");
- accusation frames: "accused X of Y", "blamed X for Y", passives "X was accused by Y of Z";
- noun cues: "the claim that ...", "claims by X stated ...", "according to X";
- direct quotes (from :mod:`claimx.scan`) attributed to a cue in their sentence, in the
  sentence before ("X said:") or after ("X said."), or continuing the previous quote's
  speaker when a quote paragraph follows a quoted paragraph;
- headlines: "Source: claim" and "claim, Source says".
Candidates carry token and character offsets; speakers and stance are decided later.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from ...lexicons import Lexicons, lemma_of
from ...models import Form
from ...text.quotes import Quote

__all__ = ["Candidate", "detect_candidates"]

_SUBJECTS = ("nsubj", "nsubjpass", "csubj")
_CLIMB = ("conj", "xcomp", "advcl", "pcomp", "prep", "acl", "ccomp", "parataxis", "dep")
_TRIM = " \t\r\n,;:—–-"
_QUOTE_CHARS = "\"“”„‟«»″'‘’‚‹›`"
_CLAIM_HEADS = {"wrongdoing", "involvement", "responsibility", "knowledge", "link", "links", "connection", "existence", "role", "charge", "criticism", "speculation", "suggestions", "assessment", "conclusion", "finding", "findings", "report", "claim", "allegation", "accusation", "report", "charge", "story", "notion", "idea", "suggestion", "assertion", "rumor", "rumour", "statement", "account", "reports", "claims", "allegations", "accusations", "charges", "stories", "rumors", "rumours", "comments", "remarks", "characterization", "narrative", "premise", "theory"}
_ALLEGE_PREPS = {"of", "for", "over", "with"}
_BLOCKING_HEADS = {"decline", "refuse", "fail", "want", "need", "try", "ask", "urge", "hope", "plan", "expect", "able", "likely", "unable", "reluctant", "willing"}
# "say" verbs whose noun object is itself what was said ("announced a plan", "urged restraint")
_NP_OBJECT_SAY = {"urge", "demand", "propose", "recommend", "promise", "pledge", "vow", "mention", "announce", "predict", "acknowledge", "admit", "confirm", "reveal", "question", "suggest", "deny", "reject", "dispute"}
# prepositions that introduce what a cue is about: "called for", "pointed to", "spoke of"
_TOPIC_PREPS = {"for", "to", "of", "about", "on", "against"}
# what a speech verb is about: "talked about the economy", "warned of a crisis"
_SAY_TOPIC_PREPS = {"about", "of", "against", "over"}
# attitude verbs whose infinitive says what the source wants or means to do
_INTENT_XCOMP = {"want", "hope", "plan", "intend", "expect", "fear", "promise", "pledge", "vow", "threaten", "refuse", "urge", "call"}
_BUCKET = 1000  # characters per bucket of the candidate index
_MAX_GAP = 400  # how far back a quote paragraph looks for the speaker it continues
_CLOSE_QUOTE_TOKENS = {"”", "\"", "''", "’", "'", "»"}
_TIME_WORDS = {"on", "in", "at", "today", "yesterday", "tonight", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "recently", "earlier", "later", "again", "also", "previously", "last", "this", "week", "month", "year", "morning", "afternoon", "evening", "night"}


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
    cue_label: str | None = None  # say / allege / deny / hedge / cognition / according / colon
    cue_negated: bool = False
    source: tuple[int, int] | None = None  # token range of the source mention
    inherit_from: int | None = None  # index of the candidate whose speaker continues here
    object_i: int | None = None  # the accused in "accused X of"
    content_i: tuple[int, int] | None = None  # token range of the content, when known
    via: str = ""


# ---------------------------------------------------------------------------- helpers


def _cue_label(token: Token, lexicons: Lexicons) -> str | None:
    if token.pos_ not in ("VERB", "AUX") and not token.tag_.startswith("VB"):
        return None
    label = lexicons["cue_verbs"].get(lemma_of(token))
    if label is None:
        for child in token.children:  # phrasal cues: "point out"
            if child.dep_ == "prt":
                label = lexicons["cue_verbs"].get(f"{lemma_of(token)} {child.lower_}")
    return label


def _subtree_range(token: Token, exclude: Iterable[Token] = ()) -> tuple[int, int]:
    """Token range of ``token``'s subtree, stopping at excluded children that lie at its edges."""
    lo, hi = token.left_edge.i, token.right_edge.i + 1
    for child in exclude:
        if child.i < token.i:
            lo = max(lo, child.right_edge.i + 1)
        else:
            hi = min(hi, child.left_edge.i)
    return lo, hi


def _np_range(token: Token) -> tuple[int, int]:
    """A source noun phrase: the subtree without relative clauses, appositive tails or punctuation."""
    cut = [c for c in token.children if c.i > token.i and (c.dep_ in ("relcl", "acl", "punct", "appos", "advcl", "cc", "conj") or (c.dep_ == "prep" and c.lower_ not in ("of", "for", "at", "from", "in", "on", "with")))]
    lo, hi = _subtree_range(token, cut)
    doc = token.doc
    while lo < hi and (doc[lo].is_punct or doc[lo].is_space):
        lo += 1
    while hi > lo and (doc[hi - 1].is_punct or doc[hi - 1].is_space):
        hi -= 1
    if hi <= lo:
        return token.i, token.i + 1
    return lo, hi


def _find_subject(token: Token, quoted: Callable[[Token], bool] = lambda t: False) -> tuple[Token | None, bool]:
    """The source of a cue verb: its subject, its passive agent, or the subject of the clause
    it hangs from (conjoined verbs, participles: "..., alleging that ..."). Returns (token, passive).

    A subject inside quote marks is never the source: in '“The water supply,” Jane Doe added,
    “has not ...”' the parser may give 'added' both 'supply' and 'Doe' as subjects."""
    current = token
    for _ in range(6):
        passive = any(c.dep_ == "auxpass" for c in current.children)
        agent = next((c for c in current.children if c.dep_ == "agent"), None)
        if passive and agent is not None:
            pobj = next((c for c in agent.children if c.dep_ == "pobj"), None)
            if pobj is not None:
                return pobj, True
        for child in current.children:
            if quoted(child):
                continue
            if child.dep_ in ("nsubj", "csubj") or (child.dep_ == "nsubjpass" and not passive):
                if child.tag_ in ("WP", "WDT") or child.lower_ in ("who", "that", "which"):
                    # PolNeAR marks the relative pronoun itself; the speaker resolver follows it
                    # to the noun it stands for
                    return (child, False) if current.dep_ == "relcl" else (None, False)
                return child, False
        if passive:
            return None, True
        if current.dep_ == "relcl":
            return current.head, False
        if current.dep_ == "acl" and current.head.pos_ in ("NOUN", "PROPN", "PRON"):
            return current.head, False
        if current.dep_ not in _CLIMB or current.head.i == current.i:
            return None, False
        if current.dep_ == "xcomp" and lemma_of(current.head) in _BLOCKING_HEADS:
            return None, False
        current = current.head
    return None, False


def _source_token(subject: Token, lexicons: Lexicons) -> Token:
    """"claims by Western authorities stated": the speaker is the agent of a cue noun."""
    if lemma_of(subject) in lexicons["cue_nouns"]:
        for prep in subject.children:
            if prep.dep_ == "prep" and prep.lower_ in ("by", "from"):
                pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
                if pobj is not None:
                    return pobj
    return subject


def _has_clause(tokens: list[Token]) -> bool:
    """Whether ``tokens`` hold a clause: a subject and a verb."""
    return any(t.dep_ in _SUBJECTS for t in tokens) and any(t.pos_ in ("VERB", "AUX") for t in tokens)


def _negated(token: Token) -> bool:
    return any(c.dep_ == "neg" or c.lower_ in ("never", "not", "n't", "n’t") for c in token.children)


def _trim(text: str, lo: int, hi: int, *, strip_period: bool = True) -> tuple[int, int]:
    """Trim spaces, separators and (for reported speech) a final period from ``text[lo:hi]``."""
    while lo < hi and text[lo] in _TRIM:
        lo += 1
    while hi > lo and (text[hi - 1] in _TRIM or (strip_period and text[hi - 1] == "." and not text[hi - 2 : hi - 1].isupper())):
        hi -= 1
    return lo, hi


def _clip_to_paragraph(text: str, lo: int, hi: int, anchor: int) -> tuple[int, int]:
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


# ---------------------------------------------------------------------------- detection


class _Detector:
    def __init__(self, doc: Doc, quotes: list[Quote], lexicons: Lexicons) -> None:
        self.doc = doc
        self.text = doc.text
        self.quotes = sorted(quotes, key=lambda q: q.start)  # they never overlap
        self.quote_starts = [q.start for q in self.quotes]
        self.lexicons = lexicons
        self.found: list[Candidate] = []
        self.used_cues: set[int] = set()
        self._index: dict[int, set[int]] = {}
        self._indexed = 0
        self.groups: dict[int, list[Quote]] = {}
        for q in self.quotes:
            self.groups.setdefault(q.group, []).append(q)
        self.bare_cues: dict[int, tuple[Token, Token | None, bool]] = {}  # cue i -> (cue, subject, passive)
        self._bare_cue_order: list[int] = []  # sorted keys of bare_cues, built before the quote pass
        self.speech_cues: dict[int, tuple[Token, Token | None, bool]] = {}  # every verb cue with a source
        self._speech_cue_order: list[int] = []  # its sorted keys, built before the quote pass
        # One pass over the sentences: Token.sent walks its sentence on every call, which made
        # many quotes in one long sentence quadratic.
        self.sents = list(doc.sents)
        self.sent_starts = [s.start for s in self.sents]

    # -- sentences ----------------------------------------------------------------
    def _sent(self, i: int) -> Span:
        """The sentence of token ``i``."""
        return self.sents[bisect.bisect_right(self.sent_starts, i) - 1]

    @staticmethod
    def _sent_end_char(sent: Span) -> int:
        """Where a sentence's words end: spaCy's span takes in a trailing whitespace token."""
        k = sent.end - 1
        while k > sent.start and sent.doc[k].is_space:
            k -= 1
        token = sent.doc[k]
        return token.idx + len(token)

    # -- quotations ---------------------------------------------------------------
    def _in_quote(self, char: int) -> Quote | None:
        """The quotation around ``char``, if any."""
        k = bisect.bisect_right(self.quote_starts, char) - 1
        if k >= 0 and self.quotes[k].start <= char < self.quotes[k].end:
            return self.quotes[k]
        return None

    def _quoted(self, token: Token) -> bool:
        return self._in_quote(token.idx) is not None

    def _quotes_overlapping(self, lo: int, hi: int) -> list[Quote]:
        """Quotations whose inner text overlaps ``[lo, hi)``, in order."""
        k = bisect.bisect_left(self.quote_starts, hi) - 1
        out = []
        while k >= 0 and self.quotes[k].end > lo:
            if self.quotes[k].inner_start < hi and lo < self.quotes[k].inner_end:
                out.append(self.quotes[k])
            k -= 1
        out.reverse()
        return out

    # -- building ---------------------------------------------------------------
    def _add(
        self,
        lo_i: int,
        hi_i: int,
        *,
        cue: Token | None,
        cue_tokens: tuple[int, int] | None,
        label: str | None,
        subject: Token | None,
        via: str,
        object_i: int | None = None,
        char_range: tuple[int, int] | None = None,
    ) -> Candidate | None:
        doc = self.doc
        if char_range is None:
            if hi_i <= lo_i:
                return None
            lo, hi = doc[lo_i].idx, doc[hi_i - 1].idx + len(doc[hi_i - 1])
        else:
            lo, hi = char_range
        anchor = doc[cue_tokens[0]].idx if cue_tokens is not None else (cue.idx if cue is not None else lo)
        lo, hi = _clip_to_paragraph(self.text, lo, hi, anchor)
        lo, hi = _trim(self.text, lo, hi)
        if hi - lo < 2 or not any(ch.isalnum() for ch in self.text[lo:hi]):
            return None
        first = doc.char_span(lo, hi, alignment_mode="expand")
        sent_lo = self._sent(first[0].i).start_char if first is not None and len(first) else lo
        sent_hi = self._sent_end_char(self._sent(first[-1].i)) if first is not None and len(first) else hi
        source = None
        if subject is not None:
            source_token = _source_token(subject, self.lexicons)
            source = _np_range(source_token)
            s_lo, s_hi = source
            while s_lo < s_hi - 1 and "\n" in doc[s_lo:s_hi].text:
                s_lo += 1  # a source never reaches back over a line break
            if char_range is None and s_lo < lo_i < s_hi:
                s_hi = lo_i  # "was accused by her rivals of hiding ...": the content is no part of the source
            source = (s_lo, s_hi)
        cand = Candidate(
            start_char=lo,
            end_char=hi,
            form=Form.INDIRECT,
            sent_start_char=sent_lo,
            sent_end_char=sent_hi,
            source=source,
            via=via,
            object_i=object_i,
        )
        if cue is not None:
            c_lo, c_hi = cue_tokens if cue_tokens is not None else (cue.i, cue.i + 1)
            cand.cue_start_char = doc[c_lo].idx
            cand.cue_end_char = doc[c_hi - 1].idx + len(doc[c_hi - 1])
            cand.cue_i = cue.i
            cand.cue_lemma = lemma_of(cue) if label not in ("according", "colon") else doc[c_lo:c_hi].text.lower()
            cand.cue_label = label
            cand.cue_negated = _negated(cue)
        self.found.append(cand)
        if cand.cue_i is not None:
            self.used_cues.add(cand.cue_i)
        return cand

    # -- verb cues --------------------------------------------------------------
    def verb_cues(self) -> None:
        for token in self.doc:
            label = _cue_label(token, self.lexicons)
            if label is None or self._in_quote(token.idx) or self._used(token.i):
                continue
            if token.dep_ == "amod" or token.tag_ == "VBN" and token.dep_ == "acl" and label != "allege":
                continue  # "the so-called ...", "a report released ..."
            subject, passive = _find_subject(token, self._quoted)
            if subject is None and not passive:
                continue
            self.speech_cues[token.i] = (token, subject, passive)
            if label in ("position", "cognition") and subject is not None and not self._can_speak(subject):
                continue  # "the government offers loans", "the paper welcomes"
            contents = self._verb_contents(token, label, passive)
            if not contents:
                if subject is not None:
                    self.bare_cues[token.i] = (token, subject, passive)
                continue
            cue_tokens = self._cue_tokens(token)
            for lo_i, hi_i, obj in contents:
                self._add(lo_i, hi_i, cue=token, cue_tokens=cue_tokens, label=label, subject=subject, via="verb", object_i=obj)

    def _can_speak(self, subject: Token) -> bool:
        """A person, organisation, group or pronoun: someone who can hold a position."""
        if subject.pos_ == "PRON" or subject.ent_type_ in ("PERSON", "ORG", "GPE", "NORP"):
            return True
        lemma, lower = lemma_of(subject), subject.lower_
        return any(lemma in self.lexicons[n] or lower in self.lexicons[n] for n in ("titles", "group_nouns", "org_nouns"))

    def _cue_tokens(self, token: Token) -> tuple[int, int]:
        prt = [c.i for c in token.children if c.dep_ == "prt" and c.i == token.i + 1]
        return token.i, (prt[0] + 1 if prt else token.i + 1)

    def _verb_contents(self, token: Token, label: str, passive: bool) -> list[tuple[int, int, int | None]]:
        """Token ranges of what a cue verb reports."""
        doc = self.doc
        out: list[tuple[int, int, int | None]] = []
        comps = [c for c in token.children if c.dep_ == "ccomp"]
        for comp in comps:
            # "said A but that B": B is a second statement, not part of A
            split = [c for c in comp.children if c.dep_ == "conj" and c.i > comp.i and any(m.dep_ == "mark" and m.lower_ in ("that", "whether") for m in c.children)]
            if split:
                cc = [c for c in comp.children if c.dep_ == "cc" and c.i < split[0].i]
                first_end = min([split[0].left_edge.i] + [c.i for c in cc])
                out.append((comp.left_edge.i, first_end, None))
                for conj in split:
                    out.append((*_subtree_range(conj), None))
                continue
            lo, hi = _subtree_range(comp)
            out.append((lo, hi, None))
        # "said A, but that B": a conjoined clause introduced by its own "that"
        for conj in token.children:
            if conj.dep_ == "conj" and _cue_label(conj, self.lexicons) is None and any(
                c.dep_ == "mark" and c.lower_ in ("that", "whether", "if") for c in conj.children
            ):
                out.append((*_subtree_range(conj), None))
        if not out and token.i + 1 < len(doc):
            # "X said, “...”" / "according to ..." handled elsewhere; xcomp for "claims to have ..."
            for c in token.children:
                if c.dep_ == "xcomp" and label in ("say", "allege", "deny") and lemma_of(token) in ("claim", "deny", "admit", "promise", "pledge", "vow", "threaten", "insist"):
                    out.append((*_subtree_range(c), None))
        if label in ("allege", "deny") and not out:
            dobj = next((c for c in token.children if c.dep_ in ("dobj", "nsubjpass")), None)
            preps = [c for c in token.children if c.dep_ == "prep" and c.lower_ in _ALLEGE_PREPS]
            if passive and not preps:  # "was accused by her rivals of ...": the parse hangs "of" under the agent
                for agent in (c for c in token.children if c.dep_ == "agent"):
                    for pobj in (g for g in agent.children if g.dep_ == "pobj"):
                        preps = [g for g in pobj.children if g.dep_ == "prep" and g.lower_ in _ALLEGE_PREPS]
            if label == "allege" and dobj is not None and preps:
                lo = min(dobj.left_edge.i, preps[0].i)
                hi = max(dobj.right_edge.i, preps[-1].right_edge.i) + 1
                if passive:
                    lo = preps[0].i
                out.append((lo, hi, dobj.i))
            elif label == "allege" and passive and preps:
                out.append((preps[0].i, preps[-1].right_edge.i + 1, None))
            elif dobj is not None and not passive and (label == "allege" or lemma_of(dobj) in _CLAIM_HEADS or any(c.dep_ in ("acl", "relcl", "ccomp") for c in dobj.children)):
                out.append((*_subtree_range(dobj), dobj.i))  # "denied the allegations", not "denied a permit"
        lemma = lemma_of(token)
        if not out and (label in ("position", "say") or lemma in _INTENT_XCOMP):
            xcomp = next((c for c in token.children if c.dep_ == "xcomp"), None)
            dobj = next((c for c in token.children if c.dep_ == "dobj"), None)
            preps = _TOPIC_PREPS if label == "position" else _SAY_TOPIC_PREPS
            topic = next((c for c in token.children if c.dep_ in ("prep", "prt") and c.lower_ in preps and any(g.dep_ == "pobj" and not g.ent_type_ in ("DATE", "TIME") for g in c.children)), None)
            if xcomp is not None and lemma in _INTENT_XCOMP:
                # "plans to raise taxes"; "urged Congress to act" keeps the addressee
                lo = dobj.left_edge.i if dobj is not None and dobj.i < xcomp.i else xcomp.left_edge.i
                out.append((lo, xcomp.right_edge.i + 1, None))
            elif dobj is not None and (label == "position" or lemma in _NP_OBJECT_SAY) and dobj.pos_ in ("NOUN", "PROPN") and not dobj.ent_type_ == "PERSON":
                out.append((*_subtree_range(dobj), None))  # "cited the report", "urged restraint"
            elif topic is not None:
                pobj = next(g for g in topic.children if g.dep_ == "pobj")
                out.append((*_subtree_range(pobj), None))  # "called for a ban"
        if label == "cognition":
            # beliefs and feelings count only with a finite clause: "fears that X will ..."
            out = [(lo, hi, o) for lo, hi, o in out if any(t.dep_ in _SUBJECTS for t in doc[lo:hi]) or (lemma in _INTENT_XCOMP and doc[lo].lower_ == "to")]
        return out

    # -- "according to X" ---------------------------------------------------------
    def according_to(self) -> None:
        doc = self.doc
        for token in doc:
            if token.lower_ != "according" or token.i + 1 >= len(doc) or doc[token.i + 1].lower_ != "to":
                continue
            if self._in_quote(token.idx):
                continue
            to = doc[token.i + 1]
            pobj = next((c for c in to.children if c.dep_ == "pobj"), None)
            if pobj is None:
                pobj = next((c for c in token.children if c.dep_ == "pobj"), None)
            if pobj is None:
                continue
            src_lo, src_hi = _subtree_range(pobj)
            sent = self._sent(token.i)
            # the content is the rest of the sentence around the "according to X" phrase
            if token.i - sent.start <= 1:
                lo_i, hi_i = src_hi, sent.end
            elif src_hi >= sent.end - 1:
                lo_i, hi_i = sent.start, token.i
            else:
                head = token.head if token.head.i != token.i else None
                lo_i, hi_i = sent.start, sent.end
                if head is not None and head.i < token.i:
                    lo_i, hi_i = head.left_edge.i, token.i
            cand = self._add(
                lo_i,
                hi_i,
                cue=token,
                cue_tokens=(token.i, token.i + 2),
                label="according",
                subject=None,
                via="according",
            )
            if cand is not None:
                cand.source = _np_range(pobj)

    # -- noun cues: "the claim that ..." -------------------------------------------
    def noun_cues(self) -> None:
        for token in self.doc:
            if token.pos_ not in ("NOUN", "PROPN"):
                continue
            label = self.lexicons["cue_nouns"].get(lemma_of(token))
            if label is None or self._in_quote(token.idx):
                continue
            clause = next(
                (c for c in token.children if c.dep_ in ("acl", "ccomp", "appos") and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)),
                None,
            )
            if clause is None:
                continue
            subject = self._noun_source(token)
            if subject is None:
                continue
            lo, hi = _subtree_range(clause)
            self._add(lo, hi, cue=token, cue_tokens=None, label=label, subject=subject, via="noun")

    def _noun_source(self, noun: Token) -> Token | None:
        for c in noun.children:
            if c.dep_ == "poss":
                return c
            if c.dep_ == "prep" and c.lower_ in ("by", "from"):
                pobj = next((g for g in c.children if g.dep_ == "pobj"), None)
                if pobj is not None:
                    return pobj
        if noun.dep_ in ("dobj",) and noun.head.pos_ == "VERB":
            subject, _ = _find_subject(noun.head)
            return subject
        return None

    # -- direct quotes ------------------------------------------------------------
    def direct_quotes(self) -> None:
        doc = self.doc
        text = self.text
        self._bare_cue_order = sorted(self.bare_cues)
        self._speech_cue_order = sorted(self.speech_cues)
        pieces = sorted(self.quotes, key=lambda q: q.inner_start)
        for q in pieces:
            lo, hi = q.inner_start, q.inner_end
            near = self._near(lo, hi)
            if any(self.found[n].start_char <= lo and hi <= self.found[n].end_char for n in near):
                continue
            overlapping = [n for n in near if self.found[n].start_char < hi and lo < self.found[n].end_char and self.found[n].via in ("verb", "trailing")]
            if overlapping:
                # the parse reached only part of a multi-sentence quote: take the whole quote
                for n in overlapping:
                    c = self.found[n]
                    c.start_char, c.end_char = min(c.start_char, lo), max(c.end_char, hi)
                    self._register(n)
                continue
            words = text[lo:hi].split()
            span = doc.char_span(lo, hi, alignment_mode="expand")
            if span is None or not len(span):
                continue
            cue = self._nearby_cue(span, q) or self._group_cue(q)
            if cue is not None and not self._utterance(q, cue[0]):
                cue = None  # a scare-quoted phrase ('a “burn bag,” the paper reported') is not what was said
            if cue is not None:
                token, subject, passive = cue
                self._add(0, 0, cue=token, cue_tokens=self._cue_tokens(token), label=_cue_label(token, self.lexicons) or "say", subject=subject, via="quote", char_range=(lo, hi))
                continue
            dashed = self._dash_source(q)
            if dashed is not None:
                dash, source = dashed
                cand = self._add(0, 0, cue=dash, cue_tokens=(dash.i, dash.i + 1), label="say", subject=None, via="quote", char_range=(lo, hi))
                if cand is not None:
                    cand.source = source
                continue
            prev = self._previous_quote_claim(q)
            if prev is not None and len(words) >= 4:
                cand = self._add(0, 0, cue=None, cue_tokens=None, label=None, subject=None, via="continuation", char_range=(lo, hi))
                if cand is not None:
                    cand.inherit_from = prev
                    before = self.found[prev]
                    if "\n" not in text[before.end_char : lo] and before.cue_i is not None:
                        cand.cue_start_char, cand.cue_end_char = before.cue_start_char, before.cue_end_char
                        cand.cue_i, cand.cue_lemma, cand.cue_label = before.cue_i, before.cue_lemma, before.cue_label

    def _nearby_cue(self, span: Span, q: Quote) -> tuple[Token, Token | None, bool] | None:
        """A cue verb outside the quote: in its sentences, else "X said:" before, else "X said." after."""
        doc = self.doc
        first_sent, last_sent = self._sent(span[0].i), self._sent(span[-1].i)
        closest = self._closest_cue(self.bare_cues, self._bare_cue_order, first_sent.start, last_sent.end, q)
        if closest is not None:
            return closest
        # '“A,” Jane Doe added, “B.”': the cue between two quotes of one sentence, even when the
        # parse gave it the second one as its content
        interrupted = self._interrupting_cue(q, last_sent)
        if interrupted is not None:
            return interrupted
        # "Kirby said:" ending the previous sentence
        if first_sent.start > 0:
            before = self._sent(first_sent.start - 1)
            words = [t for t in before if not t.is_space]
            last = words[-1] if words and words[-1].is_punct else None
            if last is not None and last.text == ":":
                for token in before:
                    if token.i in self.bare_cues:
                        return self.bare_cues[token.i]
        # "Kirby said." as the next, short sentence in the same paragraph
        if last_sent.end < len(doc):
            after = self._sent(last_sent.end)
            if len(after) <= 8 and "\n" not in self.text[q.end : after.start_char]:
                for token in after:
                    if token.i in self.bare_cues and not self._in_quote(token.idx):
                        return self.bare_cues[token.i]
        return None

    def _interrupting_cue(self, q: Quote, sent: Span) -> tuple[Token, Token | None, bool] | None:
        """The verb cue that interrupts a quoted sentence: '“A,” Jane Doe, the minister, said, “B.”'
        gives both ``A`` and ``B`` its cue, whatever the parse attached the verb to."""
        k = bisect.bisect_right(self.quote_starts, q.start)
        if k < len(self.quotes):
            found = self._cue_between(q, self.quotes[k], sent)
            if found is not None:
                return found
        if k >= 2:
            return self._cue_between(self.quotes[k - 2], q, sent)
        return None

    def _cue_between(self, first: Quote, second: Quote, sent: Span) -> tuple[Token, Token | None, bool] | None:
        text = self.text
        comma = text[first.inner_start : first.inner_end].rstrip().endswith(",") or text[first.end : first.end + 2].lstrip().startswith(",")
        if not comma or not (sent.start_char <= first.start and second.start < sent.end_char):
            return None
        gap = text[first.end : second.start]
        if any(ch in gap for ch in ".?!\n") or len(gap.split()) > 12:
            return None
        span = self.doc.char_span(first.end, second.start, alignment_mode="expand")
        if span is None:
            return None
        verbs = [t for t in span if t.i in self.speech_cues or (t.pos_ == "VERB" and _cue_label(t, self.lexicons) == "say")]
        if len(verbs) != 1:
            return None
        verb = verbs[0]
        if verb.i in self.speech_cues and self.speech_cues[verb.i][1] is not None:
            return self.speech_cues[verb.i]
        # the parser found no subject (it hung the name on the quoted words): the source is the
        # name between the closing mark and the verb
        name = next((t for t in span if t.i < verb.i and t.pos_ in ("PROPN", "PRON", "NOUN")), None)
        if name is None:
            return None
        while name.dep_ in ("compound", "flat") and name.head.i < verb.i and name.head.i > name.i:
            name = name.head
        return verb, name, False

    def _utterance(self, q: Quote, cue: Token) -> bool:
        """Whether a quotation reads as something said: a few words, or closed by its own
        punctuation ('“No,” she said'), or right next to its cue."""
        inner = self.text[q.inner_start : q.inner_end]
        if len(inner.split()) >= 4 or inner.rstrip()[-1:] in ".?!,;:…—":
            return True
        gap = self.text[q.end : cue.idx] if cue.idx >= q.end else self.text[cue.idx + len(cue) : q.start]
        return len(gap.split()) <= 4 and "\n" not in gap

    def _dash_source(self, q: Quote) -> tuple[Token, tuple[int, int]] | None:
        """A quotation signed with a dash and a name to the end of the line: "“...” ― Jane Doe"."""
        text = self.text
        rest = text[q.end : q.end + 3].lstrip(" \t")
        if not rest or rest[0] not in "―—–-":
            return None
        line_end = text.find("\n", q.end)
        line_end = len(text) if line_end < 0 else line_end
        span = self.doc.char_span(q.end, line_end, alignment_mode="expand")
        if span is None:
            return None
        tokens = [t for t in span if not t.is_space]
        if len(tokens) < 2 or tokens[0].text[0] not in "―—–-" or len(tokens) > 12:
            return None
        name = [t for t in tokens[1:]]
        if name[0].pos_ not in ("PROPN", "NOUN", "PRON") or not name[0].text[0].isupper():
            return None
        end = next((t.i for t in name if t.text in (",", "(")), name[-1].i + 1)
        while end > name[0].i + 1 and self.doc[end - 1].is_punct:
            end -= 1
        return tokens[0], (name[0].i, end)

    def _group_cue(self, q: Quote) -> tuple[Token, Token | None, bool] | None:
        """The attribution of a later piece of the same quotation (a quote over paragraphs)."""
        for other in self.groups.get(q.group, ()):
            if other.start <= q.start:
                continue
            span = self.doc.char_span(other.inner_start, other.inner_end, alignment_mode="expand")
            if span is not None and len(span):
                cue = self._nearby_cue(span, other) or self._speech_cue_near(span, other)
                if cue is not None:
                    return cue
        return None

    def _speech_cue_near(self, span: Span, q: Quote) -> tuple[Token, Token | None, bool] | None:
        """The nearest verb cue with a source in the quote's sentence(s), outside quote marks,
        even one whose content is this quote ('“B,” said X' closing a quotation over paragraphs)."""
        lo, hi = self._sent(span[0].i).start, self._sent(span[-1].i).end
        return self._closest_cue(self.speech_cues, self._speech_cue_order, lo, hi, q)

    def _closest_cue(
        self, cues: dict[int, tuple[Token, Token | None, bool]], order: list[int], lo: int, hi: int, q: Quote
    ) -> tuple[Token, Token | None, bool] | None:
        """Of ``cues`` (``order``: their sorted token indices) in tokens ``[lo, hi)``, the one with a
        source, outside quote marks, nearest to ``q``; only those cues are looked at, not every
        token, so many quotes in one sentence stay linear."""
        near = []
        for k in range(bisect.bisect_left(order, lo), bisect.bisect_left(order, hi)):
            token, subject, _ = cues[order[k]]
            if subject is not None and not self._in_quote(token.idx):
                near.append((min(abs(token.idx - q.start), abs(token.idx - q.end)), token.i))
        return cues[min(near)[1]] if near else None

    def _near(self, lo: int, hi: int) -> list[int]:
        """Indices of found candidates whose range may touch ``[lo, hi)`` (a bucket index keeps
        the quote pass linear in the document's length)."""
        index = self._index
        for n in range(self._indexed, len(self.found)):
            self._register(n)
        self._indexed = len(self.found)
        hits: set[int] = set()
        for bucket in range(lo // _BUCKET, hi // _BUCKET + 1):
            hits.update(index.get(bucket, ()))
        return sorted(hits)

    def _register(self, n: int) -> None:
        c = self.found[n]
        for bucket in range(c.start_char // _BUCKET, c.end_char // _BUCKET + 1):
            self._index.setdefault(bucket, set()).add(n)

    def _previous_quote_claim(self, q: Quote) -> int | None:
        """Index of the claim whose quote this one continues: same quote group, or a quote
        paragraph right after a paragraph that ended with an attributed quote."""
        text = self.text
        best = None
        for n in self._near(max(0, q.start - _MAX_GAP), q.start):
            c = self.found[n]
            if c.end_char <= q.start and (c.source is not None or c.inherit_from is not None):
                if best is None or c.end_char > self.found[best].end_char:
                    best = n
        if best is None:
            return None
        gap = text[self.found[best].end_char : q.start]
        if gap.count("\n") > 4 or len(gap) > _MAX_GAP:
            return None
        prev = self.found[best]
        quoted = bool(self._quotes_overlapping(prev.start_char, prev.end_char))
        if not quoted:
            # a quote after reported speech continues it only when it starts its own paragraph
            if "\n" not in gap:
                return None
        before = text[max(0, q.start - 200) : q.start].rstrip(" \t")
        starts_paragraph = q.start == 0 or "\n" in text[max(0, q.start - 3) : q.start] or before.endswith("\n") or not before
        if not starts_paragraph and "\n" in gap:
            return None
        return best

    # -- headlines -----------------------------------------------------------------
    def headlines(self) -> None:
        """A line that opens with "Source:": headlines ("Poll: Voters ...") and transcripts ("SMITH: Well, ...")."""
        doc = self.doc
        offset = 0
        for line in self.text.split("\n"):
            start = offset
            offset += len(line) + 1
            lead = len(line) - len(line.lstrip(" \t" + _QUOTE_CHARS))
            span = doc.char_span(start + lead, start + len(line.rstrip()), alignment_mode="expand")
            if span is None or len(span) < 3:
                continue
            colon = next((t for t in span[:7] if t.text == ":"), None)
            if colon is None or not 1 <= colon.i - span.start <= 5 or span.end - colon.i < 3:
                continue
            if self._in_quote(colon.idx) and not self.text[start + lead - 1 : start + lead] in _QUOTE_CHARS:
                continue
            label = doc[span.start : colon.i]
            if not self._could_be_source(label):
                continue
            cand = self._add(colon.i + 1, span.end, cue=colon, cue_tokens=(colon.i, colon.i + 1), label="colon", subject=None, via="headline")
            if cand is not None:
                cand.source = (label.start, label.end)
                cand.cue_lemma = ":"

    def _line_labels(self) -> list[str]:
        if not hasattr(self, "_labels"):
            self._labels = re.findall(r"^[\s\"“']*([A-Z][A-Z .'-]{1,30}):", self.text, flags=re.MULTILINE)
        return self._labels

    def _source_range(self, span: Span) -> tuple[int, int]:
        """The source words of a trailing attribution: up to an appositive's comma."""
        end = span.end
        for t in span:
            if t.text in (",", "(", "—", "–") and t.i > span.start:
                end = t.i
                break
        return span.start, end

    def _could_be_source(self, span: Span) -> bool:
        """A short phrase that names a speaker: a person, organisation, group or poll."""
        head = span[-1]
        lemma = lemma_of(head)
        if all(t.is_upper and t.is_alpha for t in span) and len(span) <= 3 and len(head) > 1:
            # a transcript's speaker label ("WALLACE:") recurs or names a person; "WEATHER:" is a section
            return head.ent_type_ == "PERSON" or self._line_labels().count(span.text) >= 2
        if any(t.pos_ == "VERB" for t in span):
            return False
        if head.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") and head.ent_iob_ in ("B", "I"):
            return True
        return any(lemma in self.lexicons[name] for name in ("org_nouns", "group_nouns", "titles", "cue_nouns"))

    def trailing_cues(self) -> None:
        """Content before ", Source said." or ", said Source." at the end of a sentence or headline.

        The parse often hangs such a cue off the last clause only; the news convention is
        that everything before the comma, back to the sentence start, is what was said.
        """
        for sent in self.sents:
            tokens = [t for t in sent if not t.is_space]
            while tokens and (tokens[-1].is_punct or tokens[-1].lower_ in _TIME_WORDS or tokens[-1].ent_type_ in ("DATE", "TIME")):
                tokens.pop()
            if len(tokens) < 4:
                continue
            found = self._trailing_subject_cue(tokens) or self._trailing_cue_subject(tokens)
            if found is None:
                continue
            comma, verb, subject = found
            if self._in_quote(verb.idx) or self._used(verb.i):
                continue
            label = _cue_label(verb, self.lexicons)
            lo_char = sent.start_char
            # a headline's "Topic: " label is not part of the claim
            colon = next((t for t in sent if t.text == ":" and t.i < comma.i and t.i - sent.start <= 4), None)
            if colon is not None:
                lo_char = colon.idx + 1
            # '... frustrated that “We need it,” said X': only the quotation is what X said
            closing = next((q for q in self.quotes if q.end in (comma.idx, comma.idx + 1) or q.inner_end in (comma.idx, comma.idx + 1)), None)
            if closing is not None and closing.start > lo_char:
                lo_char = closing.start
            cand = self._add(0, 0, cue=verb, cue_tokens=self._cue_tokens(verb), label=label, subject=None, via="trailing", char_range=(lo_char, comma.idx))
            if cand is not None:
                cand.source = self._source_range(subject)
                self.speech_cues[verb.i] = (verb, subject.root, False)

    def parenthetical_cues(self) -> None:
        """Unquoted content around ", Source said," set inside the sentence.

        News writing often puts the attribution in the middle of what is reported ("The
        plan, officials said, will cost $2 billion."); the parser then hangs the cue verb off
        the main verb (``parataxis``), so the content is no clause of the cue. What was said
        is the sentence without the inserted ", Source said,", when the two sides together
        hold a clause (a subject and a verb): each side with part of it becomes a piece with
        that cue, as the halves of an interrupted quote are. Sentences with quotations are
        left to the quote rules.
        """
        for sent in self.sents:
            end_char = self._sent_end_char(sent)
            if self._quotes_overlapping(sent.start_char, end_char):
                continue
            tokens = [t for t in sent if not t.is_space]
            for k, verb in enumerate(tokens):
                if verb.dep_ != "parataxis" or self._used(verb.i):
                    continue
                label = _cue_label(verb, self.lexicons)
                if label not in ("say", "allege", "deny", "hedge"):
                    continue
                found = self._inserted_source(tokens, k)
                if found is None:
                    continue
                left, right, subject = found
                sides = [(sent.start_char, left.idx), (right.idx + 1, end_char)]
                spans = [self.doc.char_span(lo, hi, alignment_mode="contract") for lo, hi in sides]
                words = [list(span) if span is not None else [] for span in spans]
                if not _has_clause(words[0] + words[1]):
                    continue
                # a side with part of the clause is a piece ("The benefit" | "would be $300");
                # a fronted adverbial alone ("Too often,") is not a claim of its own
                pieces = [side for side, w in zip(sides, words) if any(t.dep_ in _SUBJECTS or t.pos_ in ("VERB", "AUX") for t in w)]
                for lo, hi in pieces:
                    cand = self._add(0, 0, cue=verb, cue_tokens=self._cue_tokens(verb), label=label, subject=None, via="parenthetical", char_range=(lo, hi))
                    if cand is not None:
                        cand.source = self._source_range(subject)
                self.speech_cues[verb.i] = (verb, subject.root, False)

    def _inserted_source(self, tokens: list[Token], k: int) -> tuple[Token, Token, Span] | None:
        """For the cue ``tokens[k]``: the commas around ", a short source said," and the source."""
        right = k + 1
        while right < len(tokens) and (tokens[right].lower_ in _TIME_WORDS or tokens[right].ent_type_ in ("DATE", "TIME")):
            right += 1  # ", officials said Tuesday,"
        if right >= len(tokens) - 1 or tokens[right].text not in (",", "—", "–"):
            return None
        left = k - 1
        while left >= 0 and not tokens[left].is_punct and k - left <= 7:
            left -= 1
        if left < 1 or tokens[left].text != tokens[right].text or left == k - 1:
            return None  # a dash closes what a dash opened, a comma what a comma opened
        subject = self.doc[tokens[left].i + 1 : tokens[k].i]
        if not any(t.pos_ in ("PROPN", "NOUN", "PRON") for t in subject) or any(t.pos_ in ("VERB", "AUX") for t in subject):
            return None
        return tokens[left], tokens[right], subject

    def _trailing_subject_cue(self, tokens: list[Token]) -> tuple[Token, Token, Span] | None:
        """"..., the source added": comma, a short subject, the cue verb last."""
        verb = tokens[-1]
        label = _cue_label(verb, self.lexicons)
        if label is None or label == "cognition" or verb.dep_ in ("relcl", "acl", "amod"):
            return None  # "a charge the company denied" modifies a noun; it reports nothing before the comma
        k = len(tokens) - 2
        while k >= 0 and not tokens[k].is_punct and len(tokens) - 2 - k < 7:
            k -= 1
        if k >= 1 and tokens[k].text in _CLOSE_QUOTE_TOKENS and tokens[k - 1].text in (",", "?", "!"):
            k -= 1  # '“...,” the source added'
        if k < 2 or tokens[k].text not in (",", "—", "–", "?", "!") or k == len(tokens) - 2:
            return None
        first = tokens[k].i + 1
        while first < verb.i and self.doc[first].text in _CLOSE_QUOTE_TOKENS:
            first += 1
        subject = self.doc[first : verb.i]
        if not any(t.pos_ in ("PROPN", "NOUN", "PRON") for t in subject) or any(t.pos_ == "VERB" for t in subject):
            return None
        return tokens[k], verb, subject

    def _trailing_cue_subject(self, tokens: list[Token]) -> tuple[Token, Token, Span] | None:
        """"..., said Jane Doe, a spokeswoman for the union": comma, the cue verb, then the source."""
        for k in range(2, len(tokens) - 1):
            if tokens[k].text not in (",", "—", "–", "?", "!"):
                continue
            step = 2 if tokens[k + 1].text in _CLOSE_QUOTE_TOKENS and k + 2 < len(tokens) else 1
            verb = tokens[k + step]
            label = _cue_label(verb, self.lexicons)
            if label is None or label == "cognition" or verb.tag_ not in ("VBD", "VBZ", "VBP"):
                continue
            if any(c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i for c in verb.children):
                continue  # '..., Jane Doe, the minister, told reporters': the verb has its subject before it
            if k + step + 1 >= len(tokens):
                return None
            first = tokens[k + step + 1]
            if first.pos_ not in ("PROPN", "NOUN", "PRON", "DET", "ADJ"):
                return None
            # the source runs to the end, or to an appositive's comma, with no verb of its own
            for t in tokens[k + step + 1 :]:
                if t.text in (",", "(", "—", "–"):
                    break
                if t.pos_ in ("VERB", "AUX") or t.tag_ in ("MD", "VBD", "VBZ", "VBP"):
                    return None
            return tokens[k], verb, self.doc[first.i : tokens[-1].i + 1]
        return None

    def _used(self, i: int) -> bool:
        return i in self.used_cues

    # -- clean-up ------------------------------------------------------------------
    def finish(self) -> list[Candidate]:
        """Forms, de-duplication, document order; nested attributions dropped."""
        parents = {id(c): self.found[c.inherit_from] for c in self.found if c.inherit_from is not None}
        out: list[Candidate] = []
        seen: set[tuple[int, int]] = set()
        priority = {"verb": 0, "quote": 1, "trailing": 2, "parenthetical": 3, "noun": 4, "headline": 5, "according": 6, "continuation": 7}
        for cand in sorted(self.found, key=lambda c: priority.get(c.via, 9)):
            cand.form, (cand.start_char, cand.end_char) = self._form(cand)
            key = (cand.start_char, cand.end_char)
            if cand.end_char - cand.start_char < 2 or key in seen:
                continue
            if cand.via == "according" and any(o.start_char <= cand.start_char and cand.end_char <= o.end_char for o in out):
                continue
            seen.add(key)
            out.append(cand)
        # An attribution inside another's content ("she said officials believe X") is part of
        # what the outer source said; PolNeAR, like most readers, counts only the outer one.
        out.sort(key=lambda c: (c.start_char, c.end_char))
        starts = [c.start_char for c in out]
        longest = max((c.end_char - c.start_char for c in out), default=0)
        out = [c for c in out if not self._nested(c, out, starts, longest)]
        # a quote paragraph with no cue and no earlier speaker to continue says nothing about who spoke
        kept = {id(c) for c in out}
        out = [c for c in out if c.cue_start_char is not None or c.source is not None or id(parents.get(id(c))) in kept]
        out.sort(key=lambda c: (c.start_char, c.end_char))
        for cand in out:
            span = self.doc.char_span(cand.start_char, cand.end_char, alignment_mode="expand")
            if span is not None and len(span):
                cand.sent_start_char = min(cand.sent_start_char, self._sent(span[0].i).start_char)
                cand.sent_end_char = max(cand.sent_end_char, self._sent_end_char(self._sent(span[-1].i)))
        index = {id(c): k for k, c in enumerate(out)}
        for k, cand in enumerate(out):
            parent = parents.get(id(cand))
            cand.inherit_from = index.get(id(parent)) if parent is not None else None
            if cand.inherit_from is not None and cand.inherit_from >= k:
                cand.inherit_from = None
        return out

    @staticmethod
    def _nested(cand: Candidate, others: list[Candidate], starts: list[int], longest: int) -> bool:
        """Whether ``cand``'s cue lies inside another claim's content (``others`` sorted by start)."""
        cue = cand.cue_start_char
        if cue is None:
            return False
        k = bisect.bisect_right(starts, cue) - 1
        while k >= 0 and starts[k] >= cue - longest:
            o = others[k]
            if (
                o is not cand
                and o.source is not None
                and o.start_char <= cue < o.end_char
                and not (o.cue_start_char is not None and o.start_char <= o.cue_start_char < o.end_char)
            ):
                return True
            k -= 1
        return False

    def _form(self, cand: Candidate) -> tuple[Form, tuple[int, int]]:
        """direct when the content is one quotation (text returned without the marks), mixed when
        it contains quoted words, else indirect."""
        text = self.text
        lo, hi = cand.start_char, cand.end_char
        inside = self._quotes_overlapping(lo, hi)
        if not inside:
            return Form.INDIRECT, _trim(text, lo, hi)
        for q in inside:
            bare_lo, bare_hi = _trim(text, lo, hi, strip_period=False)
            q_lo, q_hi = q.inner_start, q.inner_end
            outside = (text[bare_lo:q_lo] + text[q_hi:bare_hi]).strip(_TRIM + _QUOTE_CHARS + ".")
            if not outside:
                q_lo, q_hi = _trim(text, q_lo, q_hi, strip_period=False)
                return Form.DIRECT, (q_lo, q_hi)
        # keep the whole quotation when the content reaches into one
        for q in inside:
            if q.start < lo < q.inner_end:
                lo = q.start
            if q.inner_start < hi < q.end:
                hi = q.end
        lo, hi = _trim(text, lo, hi)
        return Form.MIXED, (lo, hi)


def detect_candidates(doc: Doc, quotes: list[Quote], lexicons: Lexicons) -> list[Candidate]:
    """All claim candidates in ``doc``, in document order."""
    if not len(doc):
        return []
    detector = _Detector(doc, quotes, lexicons)
    detector.trailing_cues()
    detector.verb_cues()
    detector.noun_cues()
    detector.according_to()
    detector.headlines()
    detector.parenthetical_cues()
    detector.direct_quotes()
    return detector.finish()
