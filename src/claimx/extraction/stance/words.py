"""The lexicon view the stance rules read (``_Words``), with the word-class tests built on it."""

from __future__ import annotations

from collections.abc import Mapping
from typing import NamedTuple

from spacy.tokens import Doc, Span, Token

from ...labels import ClaimNounKind, ComplementKind, StanceNounKind, StanceWordKind, VerbClass
from ...lexicons import Lexicons, lemma_of, load_lexicon
from .wordsets import _LIE_PLACE, _PARTY_ENTS, _PARTY_PRONOUNS, _THING_PRONOUNS, _WASTE_OBJECTS
from .phrases import Patterns, _lexicon_version
from .syntax import _is_verb, _lower, _sentences


# The open-class word sets the rules read, by attribute of ``_Words``: (lexicon, its labels).
WORD_SETS: dict[str, tuple[str, tuple[str, ...]]] = {
    "claim_nouns": ("claim_nouns", (ClaimNounKind.CLAIM, ClaimNounKind.ACCOUNT)),
    # claims, reports and charges only, not figures or accounts: what a denial can answer (charges.py)
    "claim_charges": ("claim_nouns", (ClaimNounKind.CLAIM, ClaimNounKind.PLURAL)),
    "event_verbs": ("verb_classes", (VerbClass.EVENT,)),
    "ability_verbs": ("verb_classes", (VerbClass.ABILITY,)),
    "label_verbs": ("verb_classes", (VerbClass.LABEL,)),
    "volition": ("complement_heads", (ComplementKind.VOLITION, ComplementKind.VOLITION_OR_CONTROL)),
    "object_control": ("complement_heads", (ComplementKind.CONTROL, ComplementKind.VOLITION_OR_CONTROL)),
    "belief_lemmas": ("complement_heads", (ComplementKind.BELIEF,)),
    "achievements": ("complement_heads", (ComplementKind.ACHIEVEMENT,)),
    "presence_verbs": ("complement_heads", (ComplementKind.PRESENCE,)),
    "have_verbs": ("complement_heads", (ComplementKind.HAVE,)),
    "whether_heads": ("complement_heads", (ComplementKind.OPEN_QUESTION,)),
    "evidence_nouns": ("stance_nouns", (StanceNounKind.EVIDENCE, StanceNounKind.EVIDENCE_OR_POSSIBILITY, StanceNounKind.EVIDENCE_OR_CLAIM)),
    "claim_forms": ("stance_nouns", (StanceNounKind.EVIDENCE_OR_CLAIM, StanceNounKind.CLAIM_FORM)),
    "possibility_nouns": ("stance_nouns", (StanceNounKind.POSSIBILITY, StanceNounKind.EVIDENCE_OR_POSSIBILITY)),
    "quantity_nouns": ("stance_nouns", (StanceNounKind.QUANTITY,)),
    "sanction_nouns": ("stance_nouns", (StanceNounKind.SANCTION,)),
}
_SET_LEXICONS = tuple(dict.fromkeys(name for name, _ in WORD_SETS.values()))
# the sets built from one lexicons mapping, with a copy of the content they were built from, so an
# edit after first use rebuilds them and no lexicon is kept alive (the phrase cache does the same)
_SETS_CACHE: dict[tuple[int, ...], tuple[list[dict[str, str]], dict[str, frozenset[str]]]] = {}


def _word_sets(lexicons: Lexicons) -> dict[str, frozenset[str]]:
    """The WORD_SETS of a lexicons mapping; a saved pipeline without these lexicons reads the package's."""
    sources: list[Mapping[str, str]] = [lexicons.get(name) or load_lexicon(name) for name in _SET_LEXICONS]
    key = tuple(id(source) for source in sources)
    cached = _SETS_CACHE.get(key)
    if cached is not None and all(copy == source for copy, source in zip(cached[0], sources)):
        return cached[1]
    by_name = dict(zip(_SET_LEXICONS, sources))
    sets = {
        attr: frozenset(w for w, label in by_name[name].items() if label in labels)
        for attr, (name, labels) in WORD_SETS.items()
    }
    if len(_SETS_CACHE) >= 64:
        _SETS_CACHE.clear()
    _SETS_CACHE[key] = ([dict(source) for source in sources], sets)
    return sets


# key_starts by (lexicon id, kind): the lexicon version they were built from, and the starts
_STARTS: dict[tuple[int, str], tuple[int, frozenset[str]]] = {}


class _Tok(NamedTuple):
    """A content token with the attributes every rule family reads (``_lower``, ``lemma_of``,
    ``_is_verb``, tags), read once per claim: each read of a spaCy attribute costs a lookup."""

    token: Token
    lower: str
    lemma: str
    verb: bool
    pos: str
    tag: str
    dep: str


# the read attributes by the token's string ids (the same in every vocab: they are hashes of the
# strings), so a word seen before costs one look-up instead of five string reads (stance time, issue 15)
_READ: dict[tuple[int, int, int, int, int], tuple[str, str, bool, str, str, str]] = {}
_MAX_READ = 200_000


def _tok(token: Token) -> _Tok:
    key = (token.lower, token.lemma, token.pos, token.tag, token.dep)
    read = _READ.get(key)
    if read is None:
        lower_, lemma_, pos, tag = token.lower_, token.lemma_, token.pos_, token.tag_
        verb = pos in ("VERB", "AUX") or tag.startswith("VB") or tag == "MD"  # as _is_verb
        if len(_READ) >= _MAX_READ:
            _READ.clear()
        read = _READ[key] = (lower_.replace("’", "'"), lemma_.lower() if lemma_ else lower_, verb, pos, tag, token.dep_)
    return _Tok(token, *read)


class _Words:
    """The lexicons the rules read, with the word-class tests built on them.

    One is made per claim, so it also keeps what the rule families would otherwise each read
    again: the phrase patterns, the content's text and its token attributes (``text``, ``tokens``).
    """

    def __init__(self, lexicons: Lexicons) -> None:
        self.hedges = lexicons["hedges"]
        self.denials = lexicons["denials"]
        self.allegations = lexicons["allegations"]
        self.cue_verbs = lexicons["cue_verbs"]
        self.cue_nouns = lexicons["cue_nouns"]
        # saved pipelines from before stance_words existed still load
        self.stance_words = lexicons.get("stance_words", {})
        # the fault frames' words (fault_frames.py); a saved pipeline without them reads the package's
        self.fault_words = lexicons.get("fault_words") or load_lexicon("fault_words")
        self.titles = lexicons.get("titles", {})
        self.orgs = lexicons.get("org_nouns", {})
        self.groups = lexicons.get("group_nouns", {})
        self.patterns = Patterns()  # phrase patterns and lexicon versions checked during this claim (see _phrase_hits)
        # by (start, end) of a span, with its doc, so a span of another doc is read afresh
        self._texts: dict[tuple[int, int], tuple[Doc, str]] = {}
        self._tokens: dict[tuple[int, int], tuple[Doc, list[_Tok]]] = {}
        self._sentences: dict[tuple[int, int], tuple[Doc, list[Span]]] = {}
        self._deontic: tuple[str, ...] | None = None
        self._starts: dict[tuple[int, str], frozenset[str]] = {}
        sets = _word_sets(lexicons)
        self.claim_nouns = sets["claim_nouns"]
        self.claim_charges = sets["claim_charges"]
        self.event_verbs = sets["event_verbs"]
        self.ability_verbs = sets["ability_verbs"]
        self.label_verbs = sets["label_verbs"]
        self.volition = sets["volition"]
        self.object_control = sets["object_control"]
        self.belief_lemmas = sets["belief_lemmas"]
        self.achievements = sets["achievements"]
        self.presence_verbs = sets["presence_verbs"]
        self.have_verbs = sets["have_verbs"]
        self.whether_heads = sets["whether_heads"]
        self.evidence_nouns = sets["evidence_nouns"]
        self.claim_forms = sets["claim_forms"]
        self.possibility_nouns = sets["possibility_nouns"]
        self.quantity_nouns = sets["quantity_nouns"]
        self.sanction_nouns = sets["sanction_nouns"]

    def text(self, span: Span) -> str:
        """``span.text``, read once per claim (spaCy rebuilds it from the tokens on every access)."""
        key = (span.start, span.end)
        cached = self._texts.get(key)
        if cached is None or cached[0] is not span.doc:
            cached = self._texts[key] = (span.doc, span.text)
        return cached[1]

    def tokens(self, span: Span) -> list[_Tok]:
        """The span's tokens with their attributes, read once per claim."""
        key = (span.start, span.end)
        cached = self._tokens.get(key)
        if cached is None or cached[0] is not span.doc:
            cached = self._tokens[key] = (span.doc, [_tok(t) for t in span])
        return cached[1]

    def sentences(self, span: Span) -> list[Span]:
        """:func:`.syntax._sentences` of the span, cut once per claim (``Span.sents`` walks the doc)."""
        key = (span.start, span.end)
        cached = self._sentences.get(key)
        if cached is None or cached[0] is not span.doc:
            cached = self._sentences[key] = (span.doc, _sentences(span))
        return cached[1]

    def deontic_phrases(self) -> tuple[str, ...]:
        """The multi-word ``deontic`` entries of stance_words.tsv ("ought to", "has to"), listed once
        per claim rather than by a scan of the whole lexicon on every clause read."""
        if self._deontic is None:
            self._deontic = tuple(w for w, kind in self.stance_words.items() if kind == StanceWordKind.DEONTIC and " " in w)
        return self._deontic

    def key_starts(self, lexicon: Mapping[str, str], kind: str | None) -> frozenset[str]:
        """Each key of ``kind`` (None: of any kind) and each start of it before a space ("sit" and
        "sit on" of "sit on top of"), so a rule that looks up "lemma word" keys passes at once on a
        lemma no key starts with.
        Built once per version of the lexicon's content (:func:`.phrases._lexicon_version`)."""
        key = (id(lexicon), kind)
        starts = self._starts.get(key)
        if starts is None:
            version = self.patterns.versions.get(id(lexicon))
            if version is None:
                version = self.patterns.versions[id(lexicon)] = _lexicon_version(lexicon)
            kept = _STARTS.get(key)
            if kept is None or kept[0] != version:
                if len(_STARTS) >= 64:
                    _STARTS.clear()
                built = frozenset(k[:i] for k, label in lexicon.items() if kind is None or label == kind
                                  for i in [*(j for j, c in enumerate(k) if c == " "), len(k)])
                kept = _STARTS[key] = (version, built)
            starts = self._starts[key] = kept[1]
        return starts

    def is_party(self, token: Token) -> bool:
        """A person, group, organisation or state: something that can act and be accused."""
        lower, lemma = _lower(token), lemma_of(token)
        if lower in _PARTY_PRONOUNS:
            return True
        if lower in _THING_PRONOUNS:
            return False
        if token.pos_ == "PROPN" or token.ent_type_ in _PARTY_ENTS:
            return True
        if any(c.dep_ in ("compound", "amod") and (c.pos_ == "PROPN" or c.ent_type_ in _PARTY_ENTS) for c in token.children):
            return True  # "Russian agents", "Kremlin officials"
        return any(w in lex for lex in (self.titles, self.orgs, self.groups) for w in (lower, lemma)) or (
            self.stance_words.get(lower) == StanceWordKind.AGENT or self.stance_words.get(lemma) == StanceWordKind.AGENT
        )

    def opinion_word(self, token: Token) -> bool:
        return self.stance_words.get(_lower(token)) == StanceWordKind.JUDGE or self.stance_words.get(lemma_of(token)) == StanceWordKind.JUDGE


def _wrong_kind(token: Token, words: _Words) -> str | None:
    """The wrongdoing kind of a word (allegations.tsv): as written, or by lemma for verbs and nouns."""
    lower = _lower(token)
    kind = words.allegations.get(lower)
    if kind is None and (_is_verb(token) or token.pos_ == "NOUN"):
        kind = words.allegations.get(lemma_of(token))
    return kind


def _wrong_kind_of(w: _Tok, words: _Words) -> str | None:
    """:func:`_wrong_kind` of a token whose attributes are read (``_Words.tokens``)."""
    kind = words.allegations.get(w.lower)
    if kind is None and (w.verb or w.pos == "NOUN"):
        kind = words.allegations.get(w.lemma)
    return kind


def _wrongdoing_sense(token: Token, lemma: str) -> bool:
    """Senses of wrongdoing words that accuse no one: "the states that lie ahead", "threatened to sue"."""
    if lemma == "lie" and _is_verb(token) and _lower(token) != "lied":
        if any(_lower(c) in _LIE_PLACE for c in token.children):
            return False
    if lemma == "threaten" and any(c.dep_ == "xcomp" and lemma_of(c) == "sue" for c in token.children):
        return False  # a bare threat to sue
    if lemma == "attack" and token.pos_ == "NOUN" and token.dep_ == "compound":
        return False  # "attack ads"
    if lemma == "waste" and any(lemma_of(c) in _WASTE_OBJECTS for c in token.children):
        return False  # "wasting their breath"
    return True
