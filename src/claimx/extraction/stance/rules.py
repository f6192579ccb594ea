"""Decide what kind of statement a claim is: denial, allegation, hedge or assertion.

The rules follow the PolNeAR stance guideline (``shared/data/stance/README.md``) and read
the cue together with the content, using the parse. Precedence: denial > allegation >
hedge > assertion; hedge words are reported in ``hedge_cues`` whatever the label.

- denial: a rejection cue ("denied", "disputed", "dismissed ... as", "pushed back on") applied
  to a claim (a clause, a claim noun or a wrongdoing: "rejected the allegations", "denied any
  collusion"), not to a ruling or a request ("denied a motion"); a cue that maintains a point
  against a contrary view with a negated claim ("insisted he had not met them"); or content
  that pushes back: "that's not true", "the report is false", "baseless allegations", "we must
  rebut these claims", "I never said that", "don't believe it". The source may deny a
  wrongdoing or a contact of its own side ("I did not lie", "we are not racists", "he had no
  contact with them", "there was no collusion"), pass on an accusation against itself ("people
  say I'm a liar"), or reject a proposition outright ("it's not that S"). A negated sentence
  alone is no denial: a plan or promise ("would not run"), a condition ("if it isn't true"), a
  negated wrongdoing of someone else (a finding or a defence), or a passive ("we were cheated").
- allegation: an accusation or criticism cue ("accused", "blamed", "attacks on", "critic of"),
  or content in which a wrongdoing word ("covertly", "lied", "corrupt", "failed to protect")
  is said of an identifiable party: the subject of the act, the agent of a passive, the
  owner of the act ("Russia's aggression"), the antecedent of a relative pronoun. Not when
  negated, not of the speaker ("we made mistakes"), not of vague agents ("someone"), not of
  plans, policies or forces ("the plan is reckless", "the storm destroyed homes"), not a topic
  ("a speech about illegal immigration": the cue decides). Violence with no agent named
  accuses no one ("the convoy was attacked"); a wrong done to a thing still does ("the
  election was rigged").
- hedge: a hedge that takes scope over the main proposition: a tentative cue ("believes",
  "suggested", "appeared", "projections of"), an epistemic modal ("may", "might", "could"
  of possibility), an epistemic adverb ("probably"), or an open question ("unclear whether").
  A hedge only in a relative, purpose or participle clause, or in a concessive "may ..., but",
  is listed but does not make the label; "believe"/"think" followed by an opinion is an
  assertion. Not hedges at all: "could" of ability, modals in embedded questions or in
  conditions, "suggest" meaning propose, "appear in court", "as soon as possible".
- assertion: everything else.

The writer's framing outside the content is never read. Hedge words are reported as written,
lowercased ("believes", "suggested"). Word lists live in ``data/`` (hedges, denials,
allegations, stance_words). Hedge scope follows Hyland (1998), *Hedging in Scientific
Research Articles*, and the epistemic/root modal split of Coates (1983), *The Semantics of
the Modal Auxiliaries*. A source's denial of its own wrongdoing or contact is the "simple
denial" of Benoit (1995), *Accounts, Excuses, and Apologies*, and "overblown", "exaggerated"
his "minimization"; a concession ("admitted", "acknowledged") is no denial.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span, Token

from ...lexicons import Lexicons, lemma_of, make_lexicons
from ...models import Mention, Stance

if TYPE_CHECKING:
    from spacy.language import Language

    from ..attribution.detect import Candidate

__all__ = ["StanceDecision", "classify_candidate", "classify_text", "decide_stance"]

# nouns that name a claim: what a rejection applies to ("rejected the allegations")
_CLAIM_NOUNS = {
    "claim", "allegation", "accusation", "report", "charge", "story", "notion", "idea", "suggestion",
    "assertion", "rumor", "rumour", "statement", "account", "comment", "remark", "characterization",
    "characterisation", "narrative", "premise", "theory", "wrongdoing", "involvement", "responsibility",
    "knowledge", "link", "connection", "existence", "role", "criticism", "speculation", "assessment",
    "conclusion", "finding", "argument", "word", "article", "reporting", "portrayal", "depiction",
    "version", "description", "perception", "impression", "contention", "insinuation", "implication",
    "figure", "number", "estimate", "statistic", "data", "fact", "count", "tally", "quote", "quotation",
    "headline", "testimony", "timeline", "interpretation", "analysis", "label", "comparison", "framing",
    "suspicion", "assumption", "prediction", "forecast", "projection",
}  # fmt: skip
_SELF = {"i", "we", "me", "us", "my", "our", "myself", "ourselves"}
_VAGUE = {"someone", "somebody", "anyone", "anybody", "people", "everyone", "everybody", "nobody", "one", "others",
          "those", "whoever"}
_PERSON_PRONOUNS = {"i", "we", "you", "he", "she", "they", "me", "us", "him", "her", "them", "who", "whom"}
_THING_PRONOUNS = {"it", "this", "that", "there", "which", "what", "these", "those"}
_RELATIVE_PRONOUNS = {"who", "whom", "which", "that", "whose"}
_NEGATIONS = {"not", "n't", "n’t", "never", "no"}
_QUOTE_MARKS = "\"“”‘’'«»„"
_PARTY_ENTS = {"PERSON", "ORG", "NORP", "GPE"}
# "could" with a party as subject is ability ("the company could build"), except with verbs of
# things that happen to a party rather than things it does ("the party could lose")
_EVENT_VERBS = {
    "be", "have", "happen", "mean", "become", "cause", "lead", "result", "affect", "end", "change", "hurt",
    "cost", "take", "face", "come", "go", "lose", "win", "fail", "fall", "suffer", "include", "need",
    "get", "make", "ripple", "collapse", "stall", "prove", "turn", "trigger", "spark", "derail",
}  # fmt: skip
# "could" of perception and imagination is ability even with inanimate-looking subjects
_ABILITY_VERBS = {"see", "imagine", "hear", "afford", "find", "tell", "guess", "stand", "believe"}
# heads under which "whether" leaves the matter open ("unclear whether", "to determine whether")
_WHETHER_HEADS = {
    "determine", "know", "unclear", "clear", "sure", "decide", "see", "assess", "evaluate", "investigate",
    "examine", "monitor", "study", "review", "certain", "uncertain", "wonder", "unsure", "doubt", "check",
}  # fmt: skip
# dependency arcs that keep a word in the main proposition (a path up to the root through these)
_MAIN_ARCS = {"ROOT", "ccomp", "conj", "xcomp", "aux", "auxpass", "advmod", "neg", "acomp", "attr", "parataxis",
              "dep", "oprd", "cc", "prt", "mark", "npadvmod", "expl", "intj", "punct", "meta"}
# subordinators of conditions and causes: a hedge inside is not the source's hedge of the claim
_CONDITION_MARKS = {"if", "because", "since", "when", "whenever", "unless", "until", "once", "before", "after", "as", "cause", "cuz"}
_CONCESSIVE_MARKS = {"although", "though", "while", "whereas", "even"}
_PURPOSE_MARKS = {"so", "to", "order"}
# clause-level words that make a clause an embedded question ("asked if she might")
_QUESTION_MARKS = {"if", "whether"}
# nouns whose "of" phrase asserts the wrongdoing ("evidence of collusion", "a culture of corruption")
_EVIDENCE_NOUNS = {"evidence", "proof", "sign", "signs", "record", "case", "cases", "instance", "instances", "act",
                   "acts", "campaign", "web", "gun", "allegations", "accusations", "charges"}
# verbs whose infinitive is an achievement, not a duty ("failed to win" blames no one)
_ACHIEVEMENTS = {"win", "qualify", "gain", "earn", "garner", "clinch", "capture", "attract", "secure", "get",
                 "reach", "make", "pass", "finish", "sell", "raise", "land", "score", "impress"}
# verbs that assert their object exists ("the leaks could include lies"), whoever did it
_PRESENCE_VERBS = {"include", "contain", "involve", "constitute", "amount", "feature", "reveal", "show", "expose", "uncover"}
# quantity nouns: "a lot of abuse" is read as "abuse"
_QUANTITY_NOUNS = {"lot", "lots", "number", "host", "series", "string", "wave", "spate", "litany", "plenty", "kind",
                   "sort", "type", "amount", "deal", "bit", "pattern", "history", "culture", "years", "decades"}
# belief verbs: a hedge before a factual claim, not before an opinion ("believes the minister should resign")
_BELIEF_LEMMAS = {"believe", "think", "feel"}
# "the states that lie ahead", "the answer lies in": "lie" of place, not of deceit
_LIE_PLACE = {"ahead", "in", "on", "at", "with", "behind", "beneath", "down", "low", "dormant", "still", "within"}
# modal and future auxiliaries: a negated promise, plan or prediction ("would not seek a recount",
# "will never raise taxes") rejects no claim
_MODAL_AUX = {"can", "could", "ca", "will", "would", "wo", "may", "might", "should", "must", "'ll", "shall", "ought"}
# a negated intention is a plan ("insisted she did not want troops on the ground"), not a rejected claim
_VOLITION = {"want", "wish", "hope", "intend", "plan", "expect", "seek", "aim", "like", "need", "mean", "try"}
# "there is no chance of violence", "no need to worry": confidence or reassurance, not a rejected claim
_POSSIBILITY_NOUNS = {"chance", "possibility", "way", "doubt", "question", "reason", "need", "plan", "intention",
                      "risk", "danger", "threat", "likelihood", "prospect", "hope", "fear", "sign", "indication"}
# "not only", "not just": the negation adds rather than rejects
_NOT_ADDITIVE = {"only", "just", "merely", "simply", "necessarily", "yet", "always", "all"}
# verbs that take a label or an accusation with the accused as object ("call me corrupt", "accused us of lying")
_LABEL_VERBS = {"call", "label", "brand", "portray", "paint", "depict", "accuse", "charge", "smear", "cast"}
# verbs by which a party has or plays a part ("had no contact with", "played no role in")
_HAVE_VERBS = {"have", "play", "hold"}
_OBJECT_CONTROL = {"ask", "urge", "tell", "force", "push", "pressure", "encourage", "invite", "want", "expect", "call"}


@dataclass(frozen=True)
class StanceDecision:
    """A stance with the words that decided it and how clear-cut it was."""

    stance: Stance
    hedge_cues: tuple[str, ...] = ()
    evidence: tuple[str, ...] = ()
    confidence: float = 0.8
    target: Mention | None = None


# ---------------------------------------------------------------------------- small helpers


def _lower(token: Token) -> str:
    return token.lower_.replace("’", "'")


def _is_verb(token: Token) -> bool:
    return token.pos_ in ("VERB", "AUX") or token.tag_.startswith("VB") or token.tag_ == "MD"


def _negation(token: Token) -> Token | None:
    """The word that negates ``token`` ("not", "never", "n't"), looking through "did not ..." auxiliaries."""
    for c in token.children:
        if c.dep_ == "neg" or (c.lower_ in _NEGATIONS and c.dep_ in ("advmod", "neg", "det")):
            return c
    if token.dep_ in ("xcomp", "aux", "auxpass") and token.head.i != token.i:
        for c in token.head.children:
            if c.dep_ == "neg":
                return c
    return None


def _is_negated(token: Token) -> bool:
    return _negation(token) is not None


def _in(token: Token, span: Span) -> bool:
    return span.start <= token.i < span.end


def _mention(span: Span | None) -> Mention | None:
    if span is None or not len(span):
        return None
    return Mention(text=span.text, start=span.start_char, end=span.end_char)


def _np(token: Token) -> Span:
    """The noun phrase of ``token`` without relative clauses, appositions and trailing punctuation."""
    lo, hi = token.left_edge.i, token.right_edge.i + 1
    for c in token.children:
        if c.i > token.i and c.dep_ in ("relcl", "acl", "prep", "punct", "appos", "cc", "conj", "case"):
            hi = min(hi, c.left_edge.i)
    while hi - 1 > token.i and token.doc[hi - 1].is_punct:
        hi -= 1
    return token.doc[lo:hi]


def _phrase_hits(text: str, phrases: Mapping[str, str], labels: Iterable[str] | None = None) -> list[str]:
    """Multi-word keys (with a space or a hyphen) found in ``text`` as whole words, in text order."""
    pattern = _phrase_pattern(phrases, tuple(sorted(labels)) if labels is not None else None)
    if pattern is None:
        return []
    lowered = text.lower().replace("’", "'")
    hits: dict[str, int] = {}
    for variant in (re.sub(r"[“”\"‘’']", " ", lowered), lowered):  # quote marks as spaces, and kept as apostrophes
        for m in pattern.finditer(f" {variant} "):
            hits.setdefault(m.group(1), m.start())
    return sorted(hits, key=hits.__getitem__)


# one compiled pattern per lexicon and label set (the lexicon object is kept, so its id stays valid)
_PHRASE_PATTERNS: dict[tuple[int, tuple[str, ...] | None], tuple[Mapping[str, str], re.Pattern[str] | None]] = {}


def _phrase_pattern(phrases: Mapping[str, str], labels: tuple[str, ...] | None) -> re.Pattern[str] | None:
    key = (id(phrases), labels)
    cached = _PHRASE_PATTERNS.get(key)
    if cached is None or cached[0] is not phrases:
        keys = sorted(
            (p for p, kind in phrases.items() if (" " in p or "-" in p) and (labels is None or kind in labels)),
            key=len,
            reverse=True,
        )
        # a lookahead finds overlapping phrases too ("more likely than not" and "not sure")
        alternation = "|".join(re.escape(k) for k in keys)
        pattern = re.compile(rf"(?=(?<![\w-])({alternation})(?![\w-]))") if keys else None
        cached = _PHRASE_PATTERNS[key] = (phrases, pattern)
    return cached[1]


def _phrase_tokens(content: Span, phrases: Sequence[str]) -> set[int]:
    """Indices of the tokens covered by the phrases, so their words are not read twice."""
    covered: set[int] = set()
    text = content.text.lower().replace("’", "'")
    for phrase in phrases:
        for m in re.finditer(rf"(?<![\w-]){re.escape(phrase)}(?![\w-])", text):
            span = content.char_span(m.start(), m.end(), alignment_mode="expand")
            if span is not None:
                covered.update(range(span.start, span.end))
    return covered


def _subject(verb: Token, depth: int = 0) -> Token | None:
    """The subject of a verb, inherited through coordination, control and participles."""
    for c in verb.children:
        if c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl"):
            return c
    if depth > 4 or verb.head.i == verb.i:
        return None
    head = verb.head
    if verb.dep_ == "conj" and _is_verb(head):
        return _subject(head, depth + 1)
    if verb.dep_ == "xcomp" and _is_verb(head):
        return _subject(head, depth + 1)
    if verb.dep_ == "advcl" and verb.tag_ in ("VBG", "VBN") and _is_verb(head):
        return _subject(head, depth + 1)
    if verb.dep_ == "acl" and verb.tag_ == "VBG" and head.pos_ in ("NOUN", "PROPN", "PRON"):
        return head  # "Donald Trump insulting Islam"
    return None


def _antecedent(token: Token) -> Token:
    """A relative pronoun stands for the noun its clause modifies ("the suspect, who ...")."""
    if token.lower_ in _RELATIVE_PRONOUNS:
        clause = token.head
        for _ in range(3):
            if clause.dep_ in ("relcl", "acl") and clause.head.i != clause.i:
                return clause.head
            if clause.head.i == clause.i:
                break
            clause = clause.head
    return token


class _Words:
    """The lexicons the rules read, with the word-class tests built on them."""

    def __init__(self, lexicons: Lexicons) -> None:
        self.hedges = lexicons["hedges"]
        self.denials = lexicons["denials"]
        self.allegations = lexicons["allegations"]
        self.cue_verbs = lexicons["cue_verbs"]
        self.cue_nouns = lexicons["cue_nouns"]
        # saved pipelines from before stance_words existed still load
        self.stance_words = lexicons.get("stance_words", {})
        self.titles = lexicons.get("titles", {})
        self.orgs = lexicons.get("org_nouns", {})
        self.groups = lexicons.get("group_nouns", {})

    def is_party(self, token: Token) -> bool:
        """A person, group, organisation or state: something that can act and be accused."""
        lower, lemma = _lower(token), lemma_of(token)
        if lower in _PERSON_PRONOUNS or lower in ("it", "its", "their", "his", "her"):
            return True
        if lower in _THING_PRONOUNS:
            return False
        if token.pos_ == "PROPN" or token.ent_type_ in _PARTY_ENTS:
            return True
        if any(c.dep_ in ("compound", "amod") and (c.pos_ == "PROPN" or c.ent_type_ in _PARTY_ENTS) for c in token.children):
            return True  # "Russian agents", "Kremlin officials"
        return any(w in lex for lex in (self.titles, self.orgs, self.groups) for w in (lower, lemma)) or (
            self.stance_words.get(lower) == "agent" or self.stance_words.get(lemma) == "agent"
        )

    def opinion_word(self, token: Token) -> bool:
        return self.stance_words.get(_lower(token)) == "judge" or self.stance_words.get(lemma_of(token)) == "judge"


# ---------------------------------------------------------------------------- the cue


@dataclass
class _CueReading:
    lemma: str | None
    label: str | None
    hedges: list[tuple[str, str]]  # (word as written, its lemma): a hedge in the cue hedges the whole content


def _read_cue(
    cue: Sequence[Token],
    words: _Words,
    *,
    lemma: str | None,
    label: str | None,
    negated: bool,
    content: Span,
) -> _CueReading:
    """The cue's label (deny > allege > hedge > say among its words) and its hedge words."""
    priority = {"deny": 0, "allege": 1, "hedge": 2}
    best: tuple[int, str, str] | None = None
    tokens = [t for t in cue if not t.is_punct]
    for t in tokens:
        if _lower(t) in _NEGATIONS:
            continue
        lem = lemma_of(t)
        if lem == "sue" and lemma_of(t.head) == "threaten":
            if lemma == "sue":  # a bare threat to sue accuses no one
                lemma, label = "threaten", "say"
            continue
        lab = words.cue_verbs.get(lem) if _is_verb(t) or t.pos_ not in ("NOUN",) else None
        lab = lab or words.cue_nouns.get(lem) or words.cue_nouns.get(_lower(t))
        if words.stance_words.get(_lower(t)) == "criticism" or words.stance_words.get(lem) == "criticism":
            lab = "allege"
        if lab in priority and (best is None or priority[lab] <= best[0]):
            best = (priority[lab], lem, lab)
    rejection = _cue_phrase(tokens, words)
    if rejection is not None:  # "pushed back on", "brushed aside": a phrasal rejection verb
        best = (priority["deny"], rejection, "deny")
    if best is not None and (label is None or priority.get(label, 9) > best[0]):
        lemma, label = best[1], best[2]
    hedges: list[tuple[str, str]] = []
    ability = any(_lower(t) in ("can", "could") for t in tokens) and any(
        words.hedges.get(lemma_of(t)) == "verb" for t in tokens if _is_verb(t)
    )
    for t in tokens:
        lower, lem = _lower(t), lemma_of(t)
        kind = words.hedges.get(lem) if _is_verb(t) and t.tag_ != "MD" else words.hedges.get(lower)
        if kind is None:
            kind = words.hedges.get(lower)  # "puzzled", "suspected": participles as adjectives
        if kind is None or kind == "marker":
            continue
        if ability:  # "could easily guess": ability, no hedge
            continue
        if kind == "modal" and t.tag_ != "MD" and lower not in ("may", "might"):
            continue
        if kind == "verb":
            if lem == "suggest" and _proposes(content, past_cue=t.tag_ in ("VBD", "VBN")):
                continue
            if lem == "doubt" and t.pos_ == "NOUN":
                continue
            cue_neg = negated and lem not in ("believe", "think", "doubt")
            if cue_neg:
                continue
        hedges.append((lower, lem))
    cue_text = "".join(t.text_with_ws for t in cue)
    for phrase in _phrase_hits(cue_text, words.hedges):
        hedges.append((phrase, phrase))
    return _CueReading(lemma, label, hedges)


def _cue_phrase(tokens: Sequence[Token], words: _Words) -> str | None:
    """A phrasal rejection verb (``cue`` in denials.tsv) among some words, matched by their lemmas
    in text order: "pushed back on" -> "push back on" holds "push back"; a verb with its particle
    ("brushed", "aside" of "brushed the report aside") reads "brush aside"."""
    lemmas = " ".join(lemma_of(t) for t in sorted(tokens, key=lambda t: t.i) if _lower(t) not in _NEGATIONS)
    phrases = _phrase_hits(lemmas, words.denials, ("cue",))
    if phrases:
        return phrases[0]
    return next((lemma_of(t) for t in tokens if _is_verb(t) and words.denials.get(lemma_of(t)) == "cue"), None)


def _proposes(content: Span, *, past_cue: bool = False) -> bool:
    """"suggested (that) they should drop out", "suggested the Democrats debate", "suggested a
    meeting": a proposal. "suggested that the attackers were not using encryption": tentative.
    After a past-tense cue a bare present verb is a subjunctive ("suggested they debate")."""
    if not len(content):
        return False
    root = content.root
    has_subject = any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in root.children)
    has_aux = any(c.dep_ in ("aux", "auxpass") for c in root.children)
    if root.pos_ in ("NOUN", "PROPN") or (root.tag_ == "VBG" and not has_subject and not has_aux):
        return True
    if has_subject and not has_aux and (root.tag_ == "VB" or (past_cue and root.tag_ == "VBP")):
        return True
    if root.tag_ == "VB" and any(c.lower_ == "to" and c.dep_ == "aux" for c in root.children) and not any(
        c.dep_ in ("nsubj", "nsubjpass") for c in root.children
    ):
        return True  # "suggested to meet"
    return any(c.dep_ == "aux" and _lower(c) in ("should", "must", "ought") for c in root.children)


# ---------------------------------------------------------------------------- hedges in the content


@dataclass
class _Hedge:
    word: str
    token: Token | None
    scoped: bool  # takes scope over the main proposition


def _path_to_top(token: Token, top: Span) -> list[Token]:
    """``token`` and its heads, up to the highest one still inside ``top``."""
    path = [token]
    current = token
    while current.head.i != current.i and _in(current.head, top) and len(path) < 40:
        current = current.head
        path.append(current)
    return path


def _mark(clause: Token) -> str | None:
    for c in clause.children:
        if c.dep_ == "mark" or (c.dep_ == "advmod" and c.tag_ == "WRB" and c.i < clause.i):
            return _lower(c)
    return None


def _is_question_clause(clause: Token) -> bool:
    mark = _mark(clause)
    if mark in _QUESTION_MARKS:
        return True
    first = clause.doc[clause.left_edge.i]
    if first.tag_ not in ("WDT", "WP", "WRB", "WP$") or clause.dep_ not in ("ccomp", "pcomp", "csubj", "xcomp", "ROOT"):
        return False
    # "which Democrats say could be aiding him": a relative pronoun, not a question word
    return not any(a.dep_ in ("relcl", "acl") for a in [clause, *clause.ancestors])


def _scope(token: Token, sentence: Span) -> str:
    """"main" (the hedge takes scope over the proposition), "listed" (a hedge in a subordinate
    position: relative, purpose, participle or concessive clause, noun modifier), or "none"
    (no hedge of the source's claim: conditions, causes, embedded questions)."""
    level = "main"
    path = _path_to_top(token, sentence)
    for node in path[:-1]:
        dep = node.dep_
        if dep == "advcl":
            if _mark(node) in _CONDITION_MARKS:
                return "none"
            level = "listed"
        elif dep in ("ccomp", "pcomp", "csubj") and node.i != token.i and _is_question_clause(node):
            return "none" if level == "main" or token.tag_ == "MD" else level
        elif dep not in _MAIN_ARCS:
            level = "listed"
    top = path[-1]
    if top.i != token.i and top.dep_ != "advcl" and (
        _mark(top) in _QUESTION_MARKS or top.i == sentence.root.i and _is_question_clause(top)
        and (sentence.doc[top.left_edge.i].tag_ == "WRB" or sentence.doc[top.left_edge.i].lower_ == "what")
    ):
        return "none"  # the content is itself a question: "(asked) if she might run", "how he could"
    return level


def _concessive(token: Token) -> bool:
    """"The innards may not be new, but ...": the "may" clause concedes; the "but" clause asserts."""
    clause = token.head if token.dep_ in ("aux", "advmod") else token
    for c in clause.children:
        if c.dep_ == "cc" and _lower(c) in ("but", "yet"):
            return any(d.dep_ == "conj" and d.i > c.i for d in clause.children)
    return any(_lower(c) in _CONCESSIVE_MARKS for c in clause.children if c.dep_ == "mark")


def _epistemic_could(token: Token, words: _Words) -> bool:
    """"could be", "could lead to", "the merger could collapse": possibility; "the company could
    build", "I could have chosen", "so they could coalesce": ability or counterfactual."""
    head = token.head
    if _is_negated(head):
        return False
    aux = {(_lower(c), c.dep_) for c in head.children}
    subject = _subject(head)
    party = subject is not None and words.is_party(_antecedent(subject)) and _lower(subject) not in ("it", "they")
    if lemma_of(head) in _ABILITY_VERBS:
        return False
    if lemma_of(head) == "be" or ("be", "aux") in aux or ("be", "auxpass") in aux or ("been", "auxpass") in aux:
        return True
    if ("have", "aux") in aux:
        return not party  # "I could have chosen": counterfactual ability; "it could have helped": possibility
    if subject is None or _lower(subject) in ("it", "this", "that", "there", "which", "what"):
        return True
    return not party or lemma_of(head) in _EVENT_VERBS


def _content_hedges(content: Span, words: _Words, skip: set[int]) -> list[_Hedge]:
    hedges = words.hedges
    found: list[_Hedge] = []
    phrases = _phrase_hits(content.text, hedges)
    covered = _phrase_tokens(content, phrases) | skip
    for sentence in _sentences(content):
        for token in sentence:
            if token.i in covered:
                continue
            lower, lemma = _lower(token), lemma_of(token)
            # verbs by lemma ("believes", "suspected that"); other words as written, so participles
            # used as adjectives count ("the suspected hackers", "the alleged fraud") but "he alleged" not
            verbal = _is_verb(token) and token.tag_ != "MD" and token.dep_ not in ("amod", "acomp")
            kind = (hedges.get(lemma) if hedges.get(lemma) == "verb" else None) if verbal else hedges.get(lower)
            if kind is None and verbal and token.tag_ == "VBN" and hedges.get(lower) == "adverb":
                kind = "adverb"  # passives: "is rumored to be ill", "is alleged to have paid"
            if kind is None:
                continue
            scope = _scope(token, sentence)
            if kind == "modal":
                if token.tag_ != "MD" and lower not in ("may", "might"):
                    continue
                if lower == "may" and token.tag_ != "MD":
                    continue  # the month
                if lower == "could" and not _epistemic_could(token, words):
                    continue
                if scope == "main" and _concessive(token):
                    scope = "listed"
                if _in_purpose(token, sentence) and lower == "could":
                    continue
                subject = _subject(token.head)
                if scope == "main" and subject is not None and _lower(subject) == "you":
                    scope = "listed"  # generic "you might spend $20 million": an illustration
            elif kind == "verb":
                if not verbal:
                    continue
                if not _tentative_verb(token, lemma):
                    continue
                subject = _subject(token)
                if subject is not None and _lower(subject) in _VAGUE:
                    continue
                if lemma == "suggest" and scope == "main" and _proposes_clause(token):
                    continue
                if scope == "main" and _concessive(token):
                    scope = "listed"  # "I suppose I could have ..., but I chose ..."
            elif kind == "adverb":
                if lower == "possible" and not _possible_hedges(token):
                    continue
                if token.dep_ == "amod" and scope == "main":
                    scope = "listed"
            elif kind == "noun":
                if token.pos_ != "NOUN":
                    continue
                scope = "listed" if scope == "main" and token.dep_ not in ("ROOT", "attr", "nsubj") else scope
            elif kind == "marker":
                if lower != "whether":
                    continue
                clause = token.head
                governor = clause.head if clause.head.i != clause.i else clause
                if lemma_of(governor) not in _WHETHER_HEADS:
                    continue  # "asked whether": a question, not the source's doubt
                scope = "main"  # "unclear whether", "to determine whether"
            if scope == "none":
                continue
            found.append(_Hedge(lower, token, scope == "main"))
    for phrase in phrases:
        found.append(_Hedge(phrase, None, True))
    return found


def _sentences(content: Span) -> list[Span]:
    """The content cut at sentence boundaries (``Span.sents`` gives whole sentences, which
    reach outside a content that starts or ends mid-sentence)."""
    doc = content.doc
    try:
        sents = [doc[max(s.start, content.start) : min(s.end, content.end)] for s in content.sents]
    except ValueError:
        sents = []
    return [s for s in sents if len(s)] or [content]


def _in_purpose(token: Token, sentence: Span) -> bool:
    for node in _path_to_top(token, sentence):
        if node.dep_ == "advcl" and (
            _mark(node) in _PURPOSE_MARKS or any(c.lower_ == "to" and c.dep_ == "aux" for c in node.children)
        ):
            return True
    return False


def _tentative_verb(token: Token, lemma: str) -> bool:
    """A hedge verb used tentatively: "believe that ...", "appears to", not "believe in",
    "should be believed", "appear in court", "thinking about", "supposed to"."""
    deps = {c.dep_ for c in token.children}
    preps = {_lower(c) for c in token.children if c.dep_ == "prep"}
    if any(c.dep_ == "aux" and _lower(c) in ("can", "could", "ca") for c in token.children):
        return False  # "could easily guess", "can see": ability
    if lemma in ("appear", "seem"):
        if preps & {"on", "in", "at", "before", "with", "onstage", "alongside"}:
            return False  # "appear in court", "appeared on television"
        if deps & {"xcomp", "acomp", "ccomp", "attr", "oprd"}:
            return True
        if any(_lower(c) in ("it", "there") for c in token.children if c.dep_ in ("nsubj", "expl")):
            return True
        return "like" in preps or any(_lower(c) in ("as", "if") for c in token.children if c.dep_ in ("mark", "advcl"))
    if lemma in ("believe", "think", "suspect", "guess", "assume", "suppose", "reckon", "presume", "doubt", "surmise"):
        if lemma == "suppose" and (token.tag_ == "VBN" or "xcomp" in deps):
            return False  # "supposed to": obligation
        if "auxpass" in deps or "nsubjpass" in deps:
            return False  # "should be believed": trust
        if preps & {"in", "about", "of"} and "ccomp" not in deps:
            return False
        if any(c.dep_ == "dobj" and (c.pos_ == "PRON" and _lower(c) not in ("it", "that", "this", "so")) for c in token.children):
            return False  # "believe them": trust
        if any(c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN") for c in token.children) and "ccomp" not in deps:
            return lemma in ("suspect", "doubt", "estimate")
        return True
    if lemma in ("estimate", "project", "speculate"):
        return not (lemma == "project" and any(c.dep_ == "dobj" and lemma_of(c) in ("power", "image", "strength") for c in token.children))
    return True


def _proposes_clause(token: Token) -> bool:
    for c in token.children:
        if c.dep_ == "ccomp":
            if any(a.dep_ == "aux" and _lower(a) in ("should", "must", "ought") for a in c.children):
                return True
            if c.tag_ == "VB" and not any(a.dep_ in ("aux", "auxpass") for a in c.children):
                return True
            return False
    return any(c.dep_ in ("dobj", "xcomp") for c in token.children)


def _possible_hedges(token: Token) -> bool:
    """"it is possible that": a hedge; "as soon as possible", "every delegate possible", "make it possible": not."""
    prev = token.doc[token.i - 1] if token.i > 0 else None
    if prev is not None and _lower(prev) in ("as", "if", "where", "whenever", "wherever"):
        return False
    if token.dep_ in ("amod",) and token.head.i < token.i:
        return False  # postposed: "every delegate possible"
    if token.dep_ in ("ccomp", "oprd", "xcomp") or lemma_of(token.head) in ("make", "render"):
        return False
    return not any(_lower(c) == "as" for c in token.children)


# ---------------------------------------------------------------------------- denial signals


def _predicated_of_claim(token: Token, content: Span) -> bool:
    """"That is false", "the report is baseless", "baseless allegations": a rejection; "a
    false start", "it's ridiculous that we pay", "Trump is wrong about trade": not."""
    lower = _lower(token)
    if lower == "falsely":
        return lemma_of(token.head) in ("accuse", "claim", "suggest", "report", "allege", "say", "charge", "portray")
    if any(n.dep_ in ("relcl", "acl") for n in _path_to_top(token, content)[:-1]):
        return False  # "claims that have proved false": said of someone else's claim, no rejection by the source
    if token.dep_ == "amod":
        if token.head.dep_ == "ROOT" and any(c.dep_ in ("acl", "ccomp", "relcl") for c in token.head.children):
            return False  # "a false claim that ...": the writer's label for the content itself
        return lemma_of(token.head) in _CLAIM_NOUNS or _lower(token.head) in ("accusations", "allegations", "charges", "claims", "reports")
    if token.dep_ in ("acomp", "attr", "oprd") or (token.dep_ == "ROOT" and token.pos_ == "ADJ") or (
        token.tag_ == "VBN" and any(c.dep_ == "nsubjpass" for c in token.children)
    ):
        head = token if token.dep_ == "ROOT" or token.tag_ == "VBN" else token.head
        subject = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if _is_negated(head) or _is_negated(token):
            return False
        if subject is None:
            return True
        if _lower(subject) in ("it", "that", "this", "which", "these", "those"):
            extraposed = any(c.dep_ in ("ccomp", "xcomp") for c in list(head.children) + list(token.children))
            return not (_lower(subject) == "it" and extraposed)
        if lemma_of(subject) in _CLAIM_NOUNS:
            return True
        return lower == "innocent" and subject.pos_ in ("PRON", "PROPN", "NOUN")
    return False


def _rejects_claim(verb: Token) -> bool:
    """"must rebut Trump's claims", "rejects his comments", "arguments ... are easily refuted"."""
    if _is_negated(verb):
        return False
    # a phrasal verb's object stands after its preposition: "pushed back on the reports"
    objects = [g for c in verb.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    for c in [*verb.children, *objects]:
        if c.dep_ in ("dobj", "nsubjpass") and lemma_of(c) in ("many", "some", "most", "all", "much", "none"):
            # "many of their arguments are easily refuted"
            c = next((g for p in c.children if p.dep_ == "prep" and _lower(p) == "of" for g in p.children if g.dep_ == "pobj"), c)
        if c.dep_ in ("dobj", "nsubjpass", "pobj") and lemma_of(c) in _CLAIM_NOUNS:
            return True
        if c.dep_ == "dobj" and _lower(c) in ("it", "that", "this"):
            return True
        if c.dep_ == "ccomp" and lemma_of(verb) in ("deny", "dispute"):
            return True
    return False


def _denial_signals(content: Span, words: _Words, skip: set[int], *, conceded: bool = False) -> list[str]:
    """The words by which the content pushes back on a claim (see the module docstring).
    ``conceded``: the cue reports a concession ("admitted", "acknowledged"), so what the source
    grants about its own side ("it had no formal relationship with them") is no rejection."""
    denials = words.denials
    phrases = _phrase_hits(content.text, denials, ("phrase",))
    covered = _phrase_tokens(content, phrases) | skip
    hits: list[str] = list(phrases)
    quoted = _is_direct_quote(content)
    for token in content:
        if token.i in covered:
            continue
        lower, lemma = _lower(token), lemma_of(token)
        kind = denials.get(lower)
        if kind is None and token.pos_ == "NOUN" and denials.get(lemma) in ("phrase", "predicate"):
            kind = denials.get(lemma)  # plurals: "fabrications", "smears", "hoaxes"
        if kind == "phrase" and not _in_relative_clause(token, content) and not _is_negated(token.head):
            hits.append(lower)
        elif kind == "predicate" and _predicated_of_claim(token, content):
            hits.append(lower)
        elif _is_verb(token) and denials.get(lemma) == "verb" and _rejects_claim(token):
            hits.append(lower)
        elif _is_verb(token) and (phrase := _cue_phrase([token, *_particles(token)], words)):
            if _rejects_claim(token):  # "brushed aside the allegations", "pushed back on the reports"
                hits.append(phrase)
        elif _is_verb(token) and denials.get(lemma) == "negcue":
            word = _denied_act(token, quoted=quoted)
            if word:
                hits.append(word)
        elif lemma == "believe" and _is_negated(token) and token.tag_ == "VB" and _subject(token) is None:
            if any(c.dep_ == "dobj" for c in token.children):  # "Don't believe it."
                hits.append(f"{_negation(token).text} {token.text}".lower())  # type: ignore[union-attr]
        elif _wrong_kind(token, words) in ("act", "vice", "harm") and not conceded:
            word = _denied_wrongdoing(token, words, content, quoted=quoted)
            word = word or _accusation_against_self(token, words, content)
            if word:
                hits.append(word)
        elif (words.stance_words.get(lemma) == "contact" or words.stance_words.get(lower) == "contact") and not conceded:
            word = _denied_contact(token, words, quoted=quoted)
            if word:
                hits.append(word)
        elif lemma == "be" and (word := _not_that(token)):
            hits.append(word)
        elif _is_verb(token) and words.stance_words.get(lemma) in ("insist", "stress") and not _is_negated(token):
            # "Obama emphasized that he did not pick a nominee to please anyone"
            clause = next((c for c in token.children if c.dep_ == "ccomp"), None)
            strong = words.stance_words.get(lemma) == "insist"
            negation = _negated_claim(clause, words, strong=strong) if clause is not None else None
            if negation:
                hits.append(f"{lower} {negation}")
    phrases_expanded = _phrase_hits(_expand_negation(content.text), denials, ("phrase",))
    hits += [p for p in phrases_expanded if p not in hits and not _in_relative_text(p, content)]
    # "questioned why he would do so if it wasn't true": a condition rejects nothing
    conditional = {p for p in hits if (anchors := _anchors(p, content)) and all(_in_condition(t, content) for t in anchors)}
    return [h for h in dict.fromkeys(hits) if h not in conditional]


def _particles(verb: Token) -> list[Token]:
    """The words that make a phrasal verb with ``verb``: "back" and "on" of "pushed back on"."""
    return [c for c in verb.children if c.dep_ in ("prt", "prep", "advmod")]


def _existential(verb: Token) -> bool:
    """"there was ...", "there were ..."."""
    return any(c.dep_ == "expl" for c in verb.children)


def _anchors(hit: str, content: Span) -> list[Token]:
    """The content's tokens spelled like the last word of a hit ("not true" -> the tokens "true")."""
    last = hit.split()[-1].replace("’", "'")
    return [t for t in content if _lower(t) == last]


def _expand_negation(text: str) -> str:
    """"isn't true" -> "is not true", so the denial phrases written with "not" match contractions."""
    return re.sub(r"n['’]t\b", " not", text, flags=re.IGNORECASE)


def _in_relative_text(phrase: str, content: Span) -> bool:
    """A phrase matched on the expanded text stands in a relative clause ("claims that weren't true")."""
    anchors = _anchors(phrase, content)
    return bool(anchors) and all(_in_relative_clause(t, content) for t in anchors)


def _not_that(copula: Token) -> str | None:
    """"It's not that he lacked experience (, it's that ...)", "the issue is not that S": a
    negated copula whose predicate is a that-clause presents S as a claim and rejects it (Horn
    1985, "Metalinguistic negation and pragmatic ambiguity", *Language* 61). Not a degree word
    ("the problem isn't that big") or a plan ("it won't be that ...")."""
    negation = _negation(copula)
    if negation is None or _modal(copula) or _open_clause(copula):
        return None
    if any(c.dep_ in ("acomp", "attr", "oprd") for c in copula.children):
        return None
    clause = next((c for c in copula.children if c.dep_ == "ccomp" and c.i > negation.i and _mark(c) == "that"), None)
    if clause is None or copula.doc[negation.i + 1].i != clause.left_edge.i:
        return None
    return f"{negation.text} that".lower()


def _wrong_kind(token: Token, words: _Words) -> str | None:
    """The wrongdoing kind of a word (allegations.tsv): as written, or by lemma for verbs and nouns."""
    lower = _lower(token)
    kind = words.allegations.get(lower)
    if kind is None and (_is_verb(token) or token.pos_ == "NOUN"):
        kind = words.allegations.get(lemma_of(token))
    return kind


def _modal(verb: Token) -> bool:
    """A modal or future auxiliary on the clause ("would not", "will never", "can't", "is not going to")."""
    heads = [verb] + ([verb.head] if verb.dep_ in ("xcomp", "conj") and verb.head.i != verb.i else [])
    if any(c.dep_ in ("aux", "auxpass") and _lower(c) in _MODAL_AUX for h in heads for c in h.children):
        return True
    if lemma_of(verb) == "go" and verb.tag_ == "VBG" and any(c.dep_ == "xcomp" for c in verb.children):
        return True  # "are not going to change the war": a prediction
    return any(lemma_of(h) == "go" and h.tag_ == "VBG" and h.i != verb.i and verb.dep_ == "xcomp" for h in heads)


def _direct_negation(verb: Token) -> Token | None:
    """A negation of this verb itself, not of a verb above it ("I didn't want to lie" negates the
    wanting), or of the first of two coordinated verbs sharing its subject ("never sent or received")."""
    for c in verb.children:
        if c.dep_ == "neg" or (_lower(c) in _NEGATIONS and c.dep_ == "advmod"):
            return c
    if verb.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return _direct_negation(verb.head)
    return None


def _in_condition(token: Token, content: Span) -> bool:
    """Inside a condition or an embedded question: "if it wasn't true", "whether the report is false"."""
    return any(
        node.dep_ in ("advcl", "ccomp", "pcomp", "csubj") and _mark(node) in _QUESTION_MARKS | {"if", "unless"}
        for node in _path_to_top(token, content)
    )


def _open_clause(verb: Token) -> bool:
    """A condition or a question, not a statement: "if we did not cheat", "whether he knew"."""
    return _mark(verb) in _QUESTION_MARKS | _CONDITION_MARKS or any(
        _mark(a) in _QUESTION_MARKS | {"if", "unless"} for a in verb.ancestors if a.dep_ in ("advcl", "ccomp")
    )


def _clause_negation(verb: Token, *, direct: bool = False) -> Token | None:
    """What negates a clause: "not"/"never" on its verb, or a "no"/"nothing"/"nobody" argument
    ("there was no collusion", "did nothing wrong", "no one in the campaign knew"). ``direct``:
    not a negation of a verb above ("I didn't want to lie" negates the wanting)."""
    negation = _direct_negation(verb) if direct else _negation(verb)
    shares_subject = verb.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
    if negation is None and not direct and shares_subject:
        negation = _negation(verb.head)  # "never sent or received"
    if negation is not None:
        return negation
    for c in verb.children:
        if c.dep_ in ("dobj", "attr", "nsubj", "nsubjpass"):
            if _lower(c) in ("nothing", "nobody", "none"):
                return c
            det = next((g for g in c.children if g.dep_ == "det" and _lower(g) == "no"), None)
            if det is not None:
                return det
    return None


def _own_side(token: Token | None, *, quoted: bool) -> bool:
    """The source or its side: "I", "we", "my campaign"; in reported speech also "he", "she",
    "they", "it" (an organisation or a state) and "his campaign", the usual way a source is
    reported in the third person. In a direct quote "he" is someone else."""
    if token is None:
        return False
    pronouns = _SELF if quoted else _SELF | {"he", "she", "they", "it"}
    owners = _SELF if quoted else _SELF | {"his", "her", "their", "its"}
    if _lower(token) in pronouns:
        return True
    return token.pos_ in ("NOUN", "PROPN") and any(c.dep_ == "poss" and _lower(c) in owners for c in token.children)


def _negated_claim(clause: Token, words: _Words, *, strong: bool) -> str | None:
    """The negation of a clause that states a fact, after a verb that maintains a point ("insisted
    he had not seen it"): not a plan, promise or prediction ("would not run", "is not going to
    change"), an intention ("did not want"), a reassurance ("there is no chance of"), a condition
    or a question. After "insist" the source's own side may be denied anything ("insisted it does
    not know"), anyone else a past act or a state ("insisted the deal was not a concession"), not
    a present assessment ("insisted the sanctions do not work"). After a verb of mere emphasis
    (``strong`` False) only the source's own past act or state counts ("stressed that he did not
    know", "stressed he is not a candidate"), not an assessment of something else ("stressed that
    the reforms were not complete") or a present policy ("stressed that we do not seek war"), and
    never an opinion ("insisted it was not a good idea")."""
    if not _is_verb(clause) or _modal(clause) or _open_clause(clause):
        return None
    negation = _clause_negation(clause)
    if negation is None or lemma_of(clause) in _VOLITION or _is_opinion(clause, words):
        return None  # "did not want troops there": an intention; "was not a good idea": an opinion
    if negation.dep_ == "det" and lemma_of(negation.head) in _POSSIBILITY_NOUNS:
        return None  # "there is no chance of violence": reassurance
    following = clause.doc[negation.i + 1] if negation.i + 1 < len(clause.doc) else None
    if following is not None and _lower(following) in _NOT_ADDITIVE:
        return None  # "not only", "not just"
    own = _own_side(_subject(clause), quoted=False)
    aux = {_lower(c) for c in clause.children if c.dep_ in ("aux", "auxpass")}
    past = clause.tag_ in ("VBD", "VBN") or bool(aux & {"did", "had", "has", "have", "'ve", "was", "were"})
    fact = past or lemma_of(clause) == "be"
    if not (own and fact if not strong else own or fact):
        return None  # "stressed that the reforms were not complete", "insisted the sanctions do not work": assessments
    return negation.text.lower()


def _insisted_negation(clause: Token, words: _Words, cue_lemma: str | None) -> str | None:
    """A cue that maintains a point against a contrary view, with a negated claim: "insisted that
    he had not met the ambassador", "countered that the figures were not final"."""
    kind = words.stance_words.get(cue_lemma or "")
    if kind not in ("insist", "stress"):
        return None
    return _negated_claim(clause, words, strong=kind == "insist")


def _denied_wrongdoing(token: Token, words: _Words, content: Span, *, quoted: bool) -> str | None:
    """A wrongdoing the source denies of itself or its side: "I did not lie", "we never colluded",
    "I am not a racist", "(he said) he did nothing illegal", "my campaign committed no crime", or
    denied outright: "there was no collusion". Negated wrongdoing of someone else is a finding or
    a defence, not read here ("the senator did not break the law")."""
    kind = _wrong_kind(token, words)
    if kind not in ("act", "vice", "harm") or not _wrongdoing_sense(token, lemma_of(token)):
        return None
    if _in_condition(token, content):
        return None
    existential = False
    if token.pos_ == "ADV" or token.dep_ == "advmod":
        clause = token.head  # "did not act illegally"
    elif _is_verb(token) and token.dep_ not in ("amod", "compound", "acomp", "attr"):
        clause = token
    elif token.dep_ in ("acomp", "attr", "oprd"):
        clause = token.head  # "I am not corrupt", "he is not a racist"
        existential = token.dep_ == "attr" and _existential(clause)
    elif token.dep_ == "amod" and _lower(token.head) in ("nothing", "anything"):
        clause = token.head.head  # "did nothing illegal", "there was nothing improper"
        existential = _existential(clause)
    elif token.dep_ == "dobj" and words.allegations.get(lemma_of(token.head)) == "commit":
        clause = token.head  # "committed no crime"
    elif token.dep_ in ("nsubj", "attr") and lemma_of(token.head) == "be" and _existential(token.head):
        clause, existential = token.head, True  # "there was no fraud"
    else:
        return None
    if not _is_verb(clause) or _modal(clause) or _open_clause(clause) or clause.dep_ in ("relcl", "acl"):
        return None
    if any(c.dep_ in ("nsubjpass", "auxpass") for c in clause.children):
        return None  # "I'm not going to get lied about": the subject of a passive is the victim
    if any(c.dep_ == "dobj" and any(g.dep_ in ("acl", "ccomp", "relcl") for g in c.children) for c in clause.children):
        return None  # "I'm not hiding the fact that I support him": an open admission
    negation = _clause_negation(clause, direct=True)
    if negation is None:
        return None
    if existential and kind == "harm":
        return None  # "there was no violence at the rally": a report of calm, no claim rejected
    if not existential and not _own_side(_subject(clause), quoted=quoted):
        return None
    return f"{negation.text} {token.text}".lower()


def _accusation_against_self(token: Token, words: _Words, content: Span) -> str | None:
    """A wrongdoing the source reports others saying of it: "people believe I'm a racist", "they
    call me corrupt", "they accused us of cheating". Passing on an accusation against oneself is
    pushing back on it; a self-admission is not reported through someone else ("I lied")."""
    if _wrong_kind(token, words) not in ("act", "vice") or not _wrongdoing_sense(token, lemma_of(token)):
        return None
    accused: Token | None = None
    verb: Token | None = None
    if token.dep_ in ("oprd", "ccomp", "xcomp") and lemma_of(token.head) in _LABEL_VERBS and not _is_verb(token):
        verb = token.head  # "call me corrupt"
        accused = next((c for c in verb.children if c.dep_ == "dobj"), None)
    elif token.dep_ in ("pobj", "pcomp") and _lower(token.head) in ("of", "for", "with", "as"):
        governor = token.head.head
        if lemma_of(governor) in _LABEL_VERBS:  # "accused us of cheating", "branded me as a liar"
            verb = governor
            accused = next((c for c in verb.children if c.dep_ == "dobj"), None)
    else:
        clause = token.head if token.dep_ in ("acomp", "attr") else token if _is_verb(token) else None
        if clause is None or clause.dep_ not in ("ccomp", "xcomp") or _clause_negation(clause) is not None:
            return None
        if any(c.dep_ in ("nsubjpass", "auxpass") for c in clause.children):
            return None  # "(they say) we were cheated": the subject of a passive is the victim
        accused = _subject(clause)
        verb = clause.head  # "people believe I'm a racist", "they say we cheated"
        if not (words.cue_verbs.get(lemma_of(verb)) in ("say", "allege", "hedge") or lemma_of(verb) in _LABEL_VERBS):
            return None
    if verb is None or accused is None or _lower(accused) not in ("i", "we", "me", "us"):
        return None
    if not (content.start <= verb.i < content.end):
        return None  # the reporting verb is the claim's own cue, outside the content
    accuser = _subject(verb)
    if accuser is None or _lower(accuser) in _SELF or _is_negated(verb) or _modal(verb) or _open_clause(verb):
        return None
    return _lower(token)


def _denied_contact(token: Token, words: _Words, *, quoted: bool) -> str | None:
    """Contact or involvement the source denies having had: "I had no contact with them", "(he
    said) he played no role in the decision", "there were no calls placed by the chairman to the
    candidate". Not a plan ("will have no role"), and an existential only in the past with the
    parties named ("there were no meetings between the campaign and the lobbyists"), not a report
    of calm ("there were no talks this week")."""
    if token.pos_ != "NOUN" or any(c.dep_ == "amod" and words.opinion_word(c) for c in token.children):
        return None  # "not going to have a very good relationship": a judgement, not a denied contact
    clause = token.head
    if token.dep_ == "dobj" and lemma_of(clause) in _HAVE_VERBS:
        if not _own_side(_subject(clause), quoted=quoted):
            return None
    elif token.dep_ in ("attr", "nsubj") and lemma_of(clause) == "be" and _existential(clause):
        past = clause.tag_ == "VBD" or any(_lower(c) in ("has", "have", "had") for c in clause.children if c.dep_ == "aux")
        named = any(
            (c.dep_ == "prep" and _lower(c) in ("with", "between", "by", "from", "to")) or (c.dep_ == "acl" and any(
                g.dep_ in ("agent", "prep") for g in c.children))
            for c in token.children
        )
        if not (past and named):
            return None
    else:
        return None
    if _modal(clause) or _open_clause(clause) or clause.dep_ in ("relcl", "acl"):
        return None
    negation = next((c for c in token.children if c.dep_ == "det" and _lower(c) == "no"), None) or _negation(clause)
    if negation is None:
        return None
    return f"{negation.text} {token.text}".lower()


def _in_relative_clause(token: Token, content: Span) -> bool:
    return any(n.dep_ in ("relcl", "acl") for n in _path_to_top(token, content)[:-1])


def _is_direct_quote(content: Span) -> bool:
    """The content is quoted speech: it starts with a quote mark, or one stands just before it."""
    doc = content.doc
    first = content.text.lstrip()[:1]
    k = content.start - 1
    while k >= 0 and doc[k].is_space:
        k -= 1
    # the token before, not doc.text: Doc.text rebuilds the whole text on every access
    before = doc[k].text[-1:] if k >= 0 else ""
    return bool(first) and first in _QUOTE_MARKS or bool(before) and before in _QUOTE_MARKS


def _denied_act(verb: Token, *, quoted: bool) -> str | None:
    """"I never said that", "(she said) she never sent or received", "we did not take": the
    source's own act, denied. In a direct quote "he" is someone else ("He never paid taxes")."""
    negation = _negation(verb)
    if negation is None and verb.dep_ == "conj":
        negation = _negation(verb.head)
    if negation is None:
        return None
    aux = {_lower(c) for c in verb.children if c.dep_ in ("aux", "auxpass")}
    if aux & {"can", "could", "ca", "will", "would", "wo", "may", "might", "should", "must", "'ll"}:
        return None
    past = verb.tag_ in ("VBD", "VBN") or bool(aux & {"did", "had", "has", "have", "'ve", "'d"})
    if not past:
        return None
    subject = _subject(verb)
    if subject is None or _lower(subject) not in (_SELF if quoted else _SELF | {"he", "she", "they"}):
        return None
    if any(c.dep_ == "mark" and _lower(c) in ("as", "if") for c in verb.children):
        return None
    return f"{negation.text} {verb.text}".lower()


# ---------------------------------------------------------------------------- allegation signals


class _Parties:
    """Who a wrongdoing word is said of: a party token, None (a clause with no named party),
    or a refusal (negated, the speaker themselves, a vague agent, a victim, a topic)."""

    def __init__(self, words: _Words) -> None:
        self.words = words
        self.harm = False  # the word read now is violence or harm: only a named agent is accused

    def check(self, token: Token | None) -> tuple[bool, Token | None]:
        if token is None:
            return True, None
        token = _antecedent(token)
        lower = _lower(token)
        if lower in _SELF or lower in _VAGUE:
            return False, None
        if any(_lower(c) == "no" and c.dep_ == "det" for c in token.children):
            return False, None
        if token.dep_ == "expl" or lower in _THING_PRONOUNS:
            return True, None
        if not self.words.is_party(token):
            if self.words.stance_words.get(lower) == "thing" or self.words.stance_words.get(lemma_of(token)) == "thing":
                return False, None  # "the storm destroyed homes", "Trump's plan is reckless": no party, or policy
            owner = next((c for c in token.children if c.dep_ == "poss"), None)
            if owner is not None:  # "the senator's remarks were hateful": the senator
                return self.check(owner)
        return True, token

    def of_verb(self, verb: Token, depth: int = 0) -> tuple[bool, Token | None]:
        if _is_negated(verb):
            return False, None
        if verb.dep_ == "conj" and _is_negated(verb.head) and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            return False, None
        passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children) or (
            verb.tag_ == "VBN" and verb.dep_ in ("acl", "amod")
            and not any(c.dep_ in ("nsubj", "aux") for c in verb.children)  # "that she had bullied ..."
        )
        if passive:
            agent = next((g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)
            if agent is None:
                # "the convoy was attacked", "she was cheated": the subject is a victim and no one is
                # named; "the election was rigged": a wrong done to a thing still accuses
                subject = _subject(verb)
                if self.harm or subject is None or self.words.is_party(_antecedent(subject)):
                    return False, None
                return (False, None) if _lower(subject) in _SELF else (True, None)
            if not self.words.is_party(agent):
                owner = next((c for c in agent.children if c.dep_ == "poss"), None)
                return self.check(owner) if owner is not None else (False, None)
            return self.check(agent)
        if verb.dep_ == "xcomp" and lemma_of(verb.head) in _OBJECT_CONTROL and any(
            c.dep_ == "dobj" for c in verb.head.children
        ):
            return False, None  # "asked him to attack": a request, not an act
        subject = _subject(verb)
        if subject is None and verb.dep_ == "amod" and verb.tag_ == "VBG":
            # headline style "North Korea 'covertly' shipping shells", parsed as "Korea's shipping shells"
            subject = next((c for c in verb.head.children if c.dep_ == "poss"), None)
        if subject is None and verb.dep_ in ("pcomp", "pobj") and depth < 2:
            governor = verb.head.head if verb.head.dep_ == "prep" else verb.head
            if _is_verb(governor):
                return self.of_verb(governor, depth + 1)
        return self.check(subject)

    def of_noun(self, noun: Token, depth: int = 0) -> tuple[bool, Token | None]:
        if _is_negated(noun):
            return False, None
        owner = next((c for c in noun.children if c.dep_ == "poss"), None)
        if owner is None:  # "ISIS murders", "Kremlin propaganda", "Russian lies"
            owner = next((c for c in noun.children if c.dep_ == "compound" and self.words.is_party(c)), None)
        if owner is None:
            owner = next((c for c in noun.children if c.dep_ == "amod" and c.ent_type_ in ("NORP", "GPE")), None)
        if owner is not None:
            return self.check(owner)
        for c in noun.children:
            # "fraud by the company"; "the corruptions of Hillary Clinton" (but "the murder of five
            # people" names the victims)
            if c.dep_ == "prep" and (_lower(c) == "by" or _lower(c) == "of" and not self.harm):
                agent = next((g for g in c.children if g.dep_ == "pobj"), None)
                named = agent is not None and (agent.pos_ in ("PROPN", "PRON") or agent.ent_type_ in _PARTY_ENTS)
                if agent is not None and (_lower(c) == "by" or named):
                    return self.check(agent)
        dep, head = noun.dep_, noun.head
        if depth > 3 or head.i == noun.i:
            return True, None
        if dep in ("attr", "acomp", "oprd"):
            return self.of_verb(head)
        if dep == "dobj":
            if self.words.allegations.get(lemma_of(head)) == "commit" or self.words.allegations.get(_lower(head)) == "commit":
                return self.of_verb(head)
            if lemma_of(head) in _PRESENCE_VERBS:
                return (False, None) if _is_negated(head) else (True, None)
            return False, None  # "investigated the fraud", "politicized the attacks": not the subject's act
        if dep in ("nsubj", "nsubjpass"):
            # "the attack was planned abroad": an event, no party named; "while this scam was going
            # on": a deception still accuses whoever ran it
            return (False, None) if self.harm or _is_negated(head) else (True, None)
        if dep == "pobj":
            prep = head
            governor = prep.head
            if _lower(prep) == "of" and (lemma_of(governor) in _QUANTITY_NOUNS or _lower(governor) in _QUANTITY_NOUNS):
                return self.of_noun(governor, depth + 1)  # "a lot of abuse", "a culture of corruption"
            if _lower(prep) == "with" and _is_verb(governor):
                return self.of_verb(governor)  # "salt the files with forgeries": the subject's instrument
            if _lower(prep) in ("of", "for") and governor.pos_ in ("NOUN", "PROPN") and (
                _lower(governor) in _EVIDENCE_NOUNS or lemma_of(governor) in _EVIDENCE_NOUNS
            ):
                return self.of_noun(governor, depth + 1) if governor.dep_ != "dobj" else (True, None)
            return False, None
        wrong_head = {self.words.allegations.get(_lower(head)), self.words.allegations.get(lemma_of(head))}
        if dep == "compound" and not wrong_head & {"act", "vice", "harm"}:
            return False, None  # "rape victims", "fraud investigation": a topic word
        if dep in ("conj", "compound", "appos"):
            return self.of_noun(head, depth + 1) if head.pos_ in ("NOUN", "PROPN") else (True, None)
        return True, None

    def of_word(self, token: Token) -> tuple[bool, Token | None]:
        if token.pos_ == "ADV" or token.dep_ == "advmod":
            head = token.head
            if _is_verb(head):
                return self.of_verb(head)
            if head.pos_ == "ADJ":
                return self.of_word(head)
            return True, None
        if _is_verb(token) and token.dep_ not in ("amod", "compound"):
            return self.of_verb(token)
        if token.pos_ == "ADJ" or token.dep_ == "amod":
            if token.dep_ in ("acomp", "attr", "oprd", "ROOT"):
                return self.of_verb(token.head) if token.head.i != token.i else (True, None)
            if token.dep_ == "amod":
                noun = token.head
                if self.words.is_party(noun):
                    return self.check(noun)
                return self.of_noun(noun)
            if token.dep_ == "conj":
                return self.of_word(token.head)
            return True, None
        if token.pos_ in ("NOUN", "PROPN"):
            return self.of_noun(token)
        return True, None


def _allegation_signals(content: Span, words: _Words, skip: set[int], *, is_clause: bool) -> tuple[list[str], Token | None]:
    allegations = words.allegations
    parties = _Parties(words)
    hits: list[str] = []
    target: Token | None = None
    neutral = _phrase_hits(content.text, allegations, ("neutral",))
    phrases = [p for p in _phrase_hits(content.text, allegations, ("act", "vice", "harm")) if not any(p in n for n in neutral)]
    covered = _phrase_tokens(content, neutral + phrases) | skip
    if is_clause:
        for phrase in phrases:
            ok, party = _phrase_party(content, phrase, parties)
            if ok:
                hits.append(phrase)
                target = target if target is not None else party
    for token in content:
        if token.i in covered or token.pos_ not in ("VERB", "NOUN", "ADJ", "ADV", "PROPN", "AUX"):
            continue
        lower, lemma = _lower(token), lemma_of(token)
        kind = allegations.get(lower) or (allegations.get(lemma) if _is_verb(token) or token.pos_ == "NOUN" else None)
        if kind == "duty":
            ok, party = _failed_duty(token, parties, words)
        elif kind in ("act", "vice", "harm"):
            if not _wrongdoing_sense(token, lemma) or (token.pos_ == "ADV" and not lower.endswith("ly")):
                continue  # another sense, or a verb or noun the tagger took for an adverb
            parties.harm = kind == "harm"
            ok, party = parties.of_word(token)
            if kind == "vice" and ok and party is None and token.pos_ == "NOUN" and token.dep_ not in ("attr",):
                party = token  # "these racists": the label names its own party
        else:
            continue
        if not ok:
            continue
        if kind == "harm" and party is None and token.dep_ == "acl" and token.tag_ == "VB":
            continue  # "the capability to threaten its neighbours", "reasons to attack him": no act, no one
        if not is_clause and party is None:
            continue  # a topic ("illegal immigration in America"): the cue decides
        if kind == "vice" and token.dep_ in ("acomp", "attr") and _lower(_subject(token.head) or token) in _THING_PRONOUNS:
            continue  # "it would look phony": a manner, not a party
        hits.append(lower)
        if target is None and party is not None:
            target = party
    return hits, target


def _phrase_party(content: Span, phrase: str, parties: _Parties) -> tuple[bool, Token | None]:
    """Who a wrongdoing phrase is said of: the subject of the clause it stands in ("she should
    be held accountable" -> she), unless that clause is negated or its subject is the speaker."""
    tokens = sorted(_phrase_tokens(content, [phrase]))
    if not tokens:
        return True, None
    doc = content.doc
    root = next((doc[i] for i in tokens if not tokens[0] <= doc[i].head.i <= tokens[-1] or doc[i].head.i == i), doc[tokens[0]])
    clause = root
    for _ in range(4):
        if _is_verb(clause) or clause.head.i == clause.i:
            break
        clause = clause.head
    if not _is_verb(clause):
        return True, None
    if _is_negated(clause) or any(_is_negated(doc[i]) for i in tokens if _is_verb(doc[i])):
        return False, None
    return parties.check(_subject(clause))


def _wrongdoing_sense(token: Token, lemma: str) -> bool:
    """Senses of wrongdoing words that accuse no one: "the states that lie ahead", "threatened to sue"."""
    if lemma == "lie" and _is_verb(token) and _lower(token) != "lied":
        if any(_lower(c) in _LIE_PLACE for c in token.children):
            return False
    if lemma == "threaten" and any(c.dep_ == "xcomp" and lemma_of(c) == "sue" for c in token.children):
        return False  # a bare threat to sue
    if lemma == "attack" and token.pos_ == "NOUN" and token.dep_ == "compound":
        return False  # "attack ads"
    if lemma == "waste" and any(lemma_of(c) in ("breath", "time", "chance", "opportunity", "energy") for c in token.children):
        return False  # "wasting their breath"
    return True


def _failed_duty(token: Token, parties: _Parties, words: _Words) -> tuple[bool, Token | None]:
    """"the government has failed to address the needs", "the Department's failure to prosecute"."""
    duty = next((c for c in token.children if c.dep_ in ("xcomp", "acl") and c.pos_ == "VERB"), None)
    if duty is None or lemma_of(duty) in _ACHIEVEMENTS:
        return False, None
    ok, party = parties.of_word(token) if _is_verb(token) else parties.of_noun(token)
    if not ok or party is None or not words.is_party(party):
        return False, None
    return ok, party


def _criticism_head(content: Span, words: _Words) -> Token | None:
    """A content that is a criticism noun with its target: "criticism of Obama's executive actions"."""
    if not len(content):
        return None
    root = content.root
    lemma = lemma_of(root)
    misparsed = root.i == content.start and root.tag_ == "VB" and not any(c.dep_ == "nsubj" for c in root.children)
    if (root.pos_ != "NOUN" and not misparsed) or not (
        words.stance_words.get(lemma) == "criticism" or words.stance_words.get(_lower(root)) == "criticism"
        or words.cue_nouns.get(lemma) == "allege"
    ):
        return None
    for c in root.children:
        if c.dep_ in ("prep", "agent") and _lower(c) in ("of", "on", "against", "at", "over", "by"):
            return next((g for g in c.children if g.dep_ == "pobj"), c)
        if c.dep_ in ("acl", "ccomp", "relcl") and _mark(c) == "that":  # "outrage that the delegates ..."
            subject = _subject(c)
            if subject is not None and _lower(subject) not in _THING_PRONOUNS:
                return subject
    return None


# ---------------------------------------------------------------------------- opinion


def _is_opinion(clause: Token, words: _Words) -> bool:
    """A clause that judges rather than states: "should resign", "was a terrible mistake",
    "is more important", "require too many tests", "deserves better"."""
    for t in clause.subtree:
        if t.dep_ in ("relcl", "advcl", "acl") and t.i != clause.i:
            continue
        if t.tag_ == "MD" and words.stance_words.get(_lower(t)) == "deontic":
            return True
        if t.dep_ in ("acomp", "attr", "oprd") or t.i == clause.i:
            if words.opinion_word(t) or t.tag_ in ("JJR", "JJS", "RBR", "RBS") and t.pos_ == "ADJ":
                return True
            if any(c.dep_ == "amod" and words.opinion_word(c) for c in t.children):
                return True
            if any(_lower(c) in ("more", "most", "less", "least", "too") and c.dep_ in ("advmod", "amod") for c in t.children):
                return True
        if _lower(t) == "too" and t.head.pos_ in ("ADJ", "ADV", "DET") and _lower(t.head) not in ("late", "early"):
            return True
        if lemma_of(t) == "deserve":
            return True
    text = " " + clause.doc[clause.left_edge.i : clause.right_edge.i + 1].text.lower().replace("’", "'") + " "
    return any(
        kind == "deontic" and " " in w and f" {w} " in text for w, kind in words.stance_words.items()
    )


def _belief_complement(token: Token | None, content: Span) -> Token | None:
    """The clause a belief verb governs: its ccomp, or the content's root when the verb is the cue."""
    if token is None:
        return content.root if len(content) else None
    for c in token.children:
        if c.dep_ == "ccomp":
            return c
    if token.dep_ == "parataxis" or token.dep_ == "ROOT":
        return token.head if token.head.i != token.i else None
    return None


# ---------------------------------------------------------------------------- the decision


def decide_stance(
    content: Span,
    *,
    cue_lemma: str | None,
    cue_label: str | None,
    cue_negated: bool = False,
    cue_object: Token | None = None,
    cue_has_as: bool = False,
    cue: Sequence[Token] | None = None,
    lexicons: Lexicons,
) -> StanceDecision:
    """The stance of ``content`` reported with a cue (see the module docstring for the rules).

    Args:
        content: the claim's content span, parsed.
        cue_lemma: the lemma of the cue word ("deny", "say"); None when there is no cue.
        cue_label: the cue's label in ``cue_verbs.tsv``/``cue_nouns.tsv`` ("deny", "allege", "say", ...).
        cue_negated: the cue is negated ("did not deny").
        cue_object: the accused in "accused X of ...", when known.
        cue_has_as: the cue takes "as" ("dismissed the report as false").
        cue: the cue's tokens, to read hedge words as written ("suggested") and noun cues ("attacks on").
        lexicons: claimx's word lists (``make_lexicons()``).

    Returns:
        The stance, the hedge words (as written, lowercased), the deciding words, a
        confidence, and the party accused or the claim denied.

    >>> from spacy.lang.en import English
    >>> doc = English()("the company lied")
    >>> decide_stance(doc[:], cue_lemma="accuse", cue_label="allege", lexicons=make_lexicons()).stance.value
    'allegation'
    """
    words = _Words(lexicons)
    cue_tokens: Sequence[Token] = list(cue) if cue is not None else []
    reading = _read_cue(cue_tokens, words, lemma=cue_lemma, label=cue_label, negated=cue_negated, content=content)
    cue_lemma, cue_label = reading.lemma, reading.label
    if not cue_tokens and cue_lemma and words.hedges.get(cue_lemma) == "verb":
        # no cue tokens (hand-built input): the lemma stands for the word
        if not (cue_lemma == "suggest" and _proposes(content)) and (not cue_negated or cue_lemma in ("believe", "think", "doubt")):
            reading.hedges.append((cue_lemma, cue_lemma))
    # a content span that holds its own cue ("who could easily guess ...") reads the cue once
    skip = {t.i for t in cue_tokens if t.doc is content.doc and _in(t, content)}
    content_hedges = _content_hedges(content, words, skip)
    hedge_cues = tuple(dict.fromkeys([w for w, _ in reading.hedges] + [h.word for h in content_hedges]))
    is_clause = any(t.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for t in content) or any(
        t.tag_ in ("VBD", "VBZ", "VBP", "MD") for t in content
    )
    head = content.root if len(content) else None

    # denial: a rejection cue applied to a claim
    if cue_label == "deny" and not cue_negated and head is not None:
        claim_object = lemma_of(head) in _CLAIM_NOUNS or _lower(head) in _CLAIM_NOUNS or _lower(head) in ("it", "that", "this")
        # "denied the affair", "rejected any collusion": the wrongdoing is the claim rejected
        claim_object = claim_object or (head.pos_ == "NOUN" and _wrong_kind(head, words) in ("act", "vice"))
        portrayal = cue_has_as and words.is_party(head) and head.pos_ in ("PROPN", "PRON") and not is_clause
        ruling = head.pos_ in ("NOUN", "PROPN") and not claim_object and not is_clause
        if not portrayal and (is_clause or claim_object or (cue_has_as and not ruling) or (
            cue_lemma in ("deny", "refute", "rebut", "disavow", "repudiate") and head.pos_ not in ("NOUN", "PROPN")
        )):
            return StanceDecision(Stance.DENIAL, hedge_cues, (cue_lemma or "",), 0.9, _denied(content, head, words, is_clause))
    conceded = words.stance_words.get(cue_lemma or "") == "concede"
    denial_words = _denial_signals(content, words, skip, conceded=conceded)
    insisted = _insisted_negation(content.root, words, cue_lemma) if not cue_negated and head is not None else None
    if insisted is not None and not denial_words:
        denial_words = [cue_lemma or "", insisted]
    if denial_words:
        return StanceDecision(Stance.DENIAL, hedge_cues, tuple(denial_words), 0.7, None)

    # allegation: an accusation or criticism cue, or wrongdoing said of a party
    if cue_label == "allege" and not cue_negated:
        accused = cue_object if cue_object is not None else _accused(content, words, is_clause)
        target = _mention(_np(accused)) if accused is not None else None
        return StanceDecision(Stance.ALLEGATION, hedge_cues, (cue_lemma or "",), 0.9, target)
    criticised = _criticism_head(content, words)
    if criticised is not None:
        return StanceDecision(Stance.ALLEGATION, hedge_cues, (_lower(content.root),), 0.75, _mention(_np(criticised)))
    # "did not deny that the minister lied", "did not say he cheated": not the source's accusation
    own_claim = not cue_negated or _belief_cue(cue_lemma)
    wrongdoing, party = _allegation_signals(content, words, skip, is_clause=is_clause) if own_claim else ([], None)
    if wrongdoing:
        confidence = 0.75 if party is not None else 0.6
        target = _mention(_np(party)) if party is not None else None
        return StanceDecision(Stance.ALLEGATION, hedge_cues, tuple(dict.fromkeys(wrongdoing)), confidence, target)

    # hedge: a hedge over the main proposition, unless a belief introduces an opinion
    scoped: list[tuple[str, str, Token | None]] = [(w, lemma, None) for w, lemma in reading.hedges] + [
        (h.word, lemma_of(h.token) if h.token is not None else h.word, h.token)
        for h in content_hedges
        if h.scoped and not _softens_demand(h.token, words)
    ]
    if scoped:
        opinions = [
            w
            for w, lemma, t in scoped
            if lemma in _BELIEF_LEMMAS and (c := _belief_complement(t, content)) is not None and _is_opinion(c, words)
        ]
        if len(opinions) < len(scoped):
            evidence = tuple(dict.fromkeys(w for w, _, _ in scoped if w not in opinions))
            return StanceDecision(Stance.HEDGE, hedge_cues, evidence, 0.8 if reading.hedges else 0.7)
        return StanceDecision(Stance.ASSERTION, hedge_cues, tuple(dict.fromkeys(opinions)), 0.6)
    return StanceDecision(Stance.ASSERTION, hedge_cues, (), 0.6 if hedge_cues else 0.8)


def _softens_demand(token: Token | None, words: _Words) -> bool:
    """"maybe we do need universal college", "perhaps they should resign": a softened demand
    is still the source's opinion, not an uncertain claim."""
    if token is None or token.tag_ == "MD" or _is_verb(token):
        return False
    clause = token.head
    for c in clause.children:
        if c.tag_ == "MD" and words.stance_words.get(_lower(c)) == "deontic":
            return True
    return lemma_of(clause) in ("need", "have") and any(c.dep_ == "xcomp" for c in clause.children) or (
        lemma_of(clause) == "need" and any(c.dep_ == "dobj" for c in clause.children)
    )


def _belief_cue(lemma: str | None) -> bool:
    return lemma in _BELIEF_LEMMAS or lemma == "doubt"


def _accused(content: Span, words: _Words, is_clause: bool) -> Token | None:
    """Who an accusation cue is aimed at, read from the content: "Trump of inciting violence"
    -> Trump; "that Sanders would jeopardize the law" (charged) -> Sanders; "Washington elites"."""
    if not len(content):
        return None
    if is_clause and _is_verb(content.root):
        subject = _subject(content.root)
        if subject is not None and words.is_party(_antecedent(subject)) and _lower(subject) not in _SELF:
            return _antecedent(subject)
    # the noun phrase before "of/for/with/over": "the mayor of taking bribes"
    stop = next((t.i for t in content if t.dep_ == "prep" and _lower(t) in ("of", "for", "with", "over", "by")), content.end)
    nouns = [t for t in content.doc[content.start : stop] if t.pos_ in ("NOUN", "PROPN", "PRON")]
    candidates = [t for t in nouns if not (content.start <= t.head.i < stop and t.head.i != t.i)]
    if not candidates:
        candidates = nouns[-1:]
    for t in candidates:
        if words.is_party(t) or t.pos_ == "PROPN":
            return t
        owner = next((c for c in t.children if c.dep_ in ("poss", "compound") and words.is_party(c)), None)
        if owner is not None:  # "the regime's brutal crackdown" -> the regime
            return owner
    return None


def _denied(content: Span, head: Token, words: _Words, is_clause: bool) -> Mention | None:
    """What a rejection cue rejects: the party whose act is denied ("denied they provided
    drones" -> "they"), else the denied claim itself ("rejected the allegations")."""
    if is_clause and _is_verb(head):
        subject = _subject(head)
        if subject is not None and words.is_party(subject) and _lower(subject) not in _THING_PRONOUNS:
            return _mention(_np(subject))
    return _mention(content)


# ---------------------------------------------------------------------------- entry points


def classify_candidate(
    doc: Doc, cand: Candidate, lexicons: Lexicons, *, disabled: frozenset[str] = frozenset()
) -> StanceDecision:
    """The stance of a detected candidate, read from the doc's own parse (no extra parsing).

    ``disabled`` is not read yet: the stance rules get their ids in the stance restructure (issue 13).
    """
    content = doc.char_span(cand.start_char, cand.end_char, alignment_mode="expand")
    if content is None or not len(content):
        return StanceDecision(Stance.ASSERTION)
    cue = doc[cand.cue_i] if cand.cue_i is not None else None
    cue_span: Span | None = None
    if cand.cue_start_char is not None and cand.cue_end_char is not None:
        cue_span = doc.char_span(cand.cue_start_char, cand.cue_end_char, alignment_mode="expand")
    if cue_span is None and cue is not None:
        cue_span = doc[cue.i : cue.i + 1]
    cue_tokens = list(cue_span) if cue_span is not None else []
    if cue is not None and cue_tokens:
        # hedges on the cue verb itself: "is likely to say", "may have suggested", "reportedly told"
        cue_tokens += [c for c in cue.children if c.dep_ in ("aux", "advmod", "neg") and c not in cue_tokens]
        # the particle of a phrasal cue: "pushed back on", "brushed the claims aside"
        cue_tokens += [c for c in cue.children if c.dep_ == "prt" and c not in cue_tokens]
    cue_object = doc[cand.object_i] if cand.object_i is not None else None
    has_as = cue is not None and any(c.dep_ == "prep" and c.lower_ == "as" for c in cue.children)
    label = cand.cue_label if cand.cue_label not in ("according", "colon") else "say"
    return decide_stance(
        content,
        cue_lemma=cand.cue_lemma if label != "say" or cue is None else (cue.lemma_.lower()),
        cue_label=label,
        cue_negated=cand.cue_negated,
        cue_object=cue_object,
        cue_has_as=has_as,
        cue=cue_tokens,
        lexicons=lexicons,
    )


def classify_text(
    content: str,
    cue: str | None,
    source: str | None = None,
    *,
    nlp: Language,
    lexicons: Lexicons | None = None,
) -> StanceDecision:
    """Classify a statement given as strings (content, cue words, source), without extraction.

    Used to score the classifier apart from attribution errors; the public entry point
    with the default pipeline is :func:`claimx.classify_stance`.

    >>> import claimx
    >>> classify_text("he lied to the voters", "accused", nlp=claimx.load_default_nlp()).stance.value
    'allegation'
    """
    lexicons = lexicons if lexicons is not None else make_lexicons()
    with nlp.select_pipes(disable=[p for p in ("claimx",) if p in nlp.pipe_names]):
        doc = nlp(content or "")
        cue_doc = nlp(cue) if cue else None
    del source
    return _classify_parsed(doc, cue_doc, lexicons)


def _classify_parsed(doc: Doc, cue_doc: Doc | None, lexicons: Lexicons) -> StanceDecision:
    """``classify_text`` after parsing: the content and cue docs to a decision."""
    cue_lemma = cue_label = None
    negated = False
    cue_tokens: list[Token] = []
    has_as = False
    if cue_doc is not None and len(cue_doc):
        cue_tokens = list(cue_doc)
        negated = any(t.lower_ in _NEGATIONS or t.lower_ == "cannot" for t in cue_doc)
        words = [t for t in cue_doc if not t.is_punct and t.lower_ not in _NEGATIONS]
        for token in reversed(words):
            lemma = lemma_of(token)
            label = lexicons["cue_verbs"].get(lemma) or lexicons["cue_nouns"].get(lemma)
            if label is not None:
                cue_lemma, cue_label = lemma, label
                break
        if cue_lemma is None and words:
            cue_lemma, cue_label = lemma_of(words[0]), "say"
        if cue_doc.text.strip().lower() in ("according to", ":"):
            cue_label = "say"
        has_as = bool(words) and _lower(words[-1]) == "as"
    return decide_stance(
        doc[:],
        cue_lemma=cue_lemma,
        cue_label=cue_label,
        cue_negated=negated,
        cue_has_as=has_as,
        cue=cue_tokens,
        lexicons=lexicons,
    )
