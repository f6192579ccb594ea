"""The article's entity table: every person, organisation, place and group it names, clustered.

News style names a person in full once ("Clinton aide Huma Abedin") and then by surname
("Abedin"), with a courtesy title ("Ms. Abedin") or in the possessive ("Abedin's"), and a
headline or caption may use the surname before the body gives the full name. So the
table is built from every PERSON / ORG / GPE / NORP entity of the doc, not only from
speakers, and a short name joins the full name it ends ("Van Voorhis" -> "Chandler Van
Voorhis", a compound surname is a suffix like any other), wherever in the article the
full name is. Organisations join by name, acronym ("IMF" / "International Monetary
Fund") or a distinctive last word ("The Post" / "New York Post"). A one-word ORG or GPE
that is a named person's surname is that person (the model often tags "Trump" ORG).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Container, Sequence
from dataclasses import dataclass, field

import numpy
from spacy.attrs import ENT_IOB, LOWER, SENT_START, TAG
from spacy.tokens import Doc, Span

from ...labels import NameWordKind
from ...lexicons import Lexicons, load_lexicon
from ...models import SpeakerKind
from ...text.datelines import ends_dateline
from ...text.title_case import headline_name, title_case_line
from .kinds import is_person_noun
from .gender import Evidence, decide_gender, given_key, given_name_gender, pronoun_features, word_gender
from .roles import _appositive_roles, appositive_role
from .surface import _DASHES, _DETERMINERS, _HONORIFICS, _KNIGHTHOODS, _POSSESSIVE, SurfaceResolver

__all__ = ["Entity", "EntityTable", "appositive_role", "build_entities", "headline_words", "name_tokens", "near_hint"]

# labels of things that a body noun before the name shows the model mis-tagged ("carmaker X", "the newspaper X")
_THING_LABELS = ("PRODUCT", "WORK_OF_ART", "FAC", "LAW", "EVENT")
_KINDS = {"PERSON": SpeakerKind.PERSON, "ORG": SpeakerKind.ORGANIZATION, "GPE": SpeakerKind.ORGANIZATION, "NORP": SpeakerKind.GROUP}
# generational suffixes, and the small words an acronym skips (lexicons/data/name_words.tsv)
_SUFFIXES = frozenset(w for w, kind in load_lexicon("name_words").items() if kind == NameWordKind.SUFFIX)
_PLACE_INITIALS = frozenset(w for w, kind in load_lexicon("name_words").items() if kind == NameWordKind.PLACE)
_SMALL = frozenset(w for w, kind in load_lexicon("name_words").items() if kind in (NameWordKind.CONNECTOR, NameWordKind.ARTICLE))
_PARTICLES = frozenset(w for w, kind in load_lexicon("name_words").items() if kind == NameWordKind.PARTICLE)
_BODY_WORDS = frozenset(w for w, kind in load_lexicon("name_words").items() if kind == NameWordKind.BODY)
_ORG_NOUNS = frozenset(load_lexicon("org_nouns"))
_COMPANY_NOUNS = frozenset(w for w, sort in load_lexicon("body_sorts").items() if sort == "company")
# "carmaker", "drugmaker", "miner": a company's trade, written before its name ("Drugmaker Altrona"
# in a headline's title case), never part of the name (a word that also ends names, "Motors", is)
_TRADES = frozenset(w for w in _COMPANY_NOUNS if w in load_lexicon("org_nouns") and w not in _BODY_WORDS and w.isalpha() and w not in ("company", "corporation", "firm", "bank", "group"))
_SUBJECT = ("nsubj", "nsubjpass")
_INITIALS = re.compile(r"(?:[A-Z]\.){1,3}")  # "J.", "J.R.", as name_tokens glues them
# a bearer of a shared surname who was a clause subject this many sentences before a bare surname is its referent
RECENT_FULL_SENTENCES = 2


@dataclass(eq=False)  # an entity is itself: identity, so it can key dicts
class Entity:
    """One referent of the article, with every name form and mention the article uses."""

    id: str
    kind: SpeakerKind
    names: list[tuple[str, ...]] = field(default_factory=list)
    mentions: list[tuple[int, int]] = field(default_factory=list)
    titles: list[str] = field(default_factory=list)
    # role descriptions in apposition after a name ("Jane Doe, a spokeswoman for the party"):
    # shown as the speaker's title when no title stands with the name, never used to resolve
    # a later "the spokeswoman" (issue 17.7)
    roles: list[str] = field(default_factory=list)
    # the head of a role set beside a name, with its modifiers ("Jane Roe, the city's mayor," ->
    # "mayor"): resolves a later "the mayor" to her, not shown (issue 14)
    role_titles: list[str] = field(default_factory=list)
    labels: list[str] = field(default_factory=list)
    evidence: list[Evidence] = field(default_factory=list)
    decided: tuple[Evidence | None] | None = field(default=None, repr=False)

    @property
    def name(self) -> str:
        """The fullest name the article gives (most words; the first such)."""
        return " ".join(max(self.names, key=len)) if self.names else ""

    @property
    def gender(self) -> Evidence | None:
        """The gender estimate and the evidence that set it (decided once the table is built)."""
        if self.decided is None:
            self.decided = (decide_gender(self.evidence),)
        return self.decided[0]

    @property
    def number(self) -> str:
        return "pl" if self.kind == SpeakerKind.GROUP else "sg"

    def to_json(self) -> dict[str, object]:
        gender = self.gender
        return {
            "id": self.id,
            "name": self.name,
            "kind": self.kind.value,
            "gender": gender.gender if gender else None,
            "gender_evidence": f"{gender.source}: {gender.words}" if gender else None,
            "number": self.number,
            "titles": sorted(set(self.titles + self.role_titles)),
            "mentions": [list(m) for m in self.mentions],
        }


@dataclass(frozen=True)
class _Seen:
    start_char: int
    end_char: int
    entity: Entity
    subject: bool
    start: int  # token index
    main: bool  # the subject of its sentence's main verb


class EntityTable:
    """Entities in order of first mention, every mention in text order, and a name index."""

    def __init__(self) -> None:
        self.entities: list[Entity] = []
        self.seen: list[_Seen] = []
        self._starts: list[int] = []
        self._exact: dict[tuple[str, ...], list[Entity]] = {}
        self._ending: dict[tuple[str, ...], list[Entity]] = {}
        self._acronyms: dict[str, list[Entity]] = {}
        self._given: dict[tuple[str, ...], list[Entity]] = {}
        self.subject_at: dict[Entity, list[int]] = {}  # token indices where each person is a clause subject
        self.marked: set[Entity] = set()  # persons an age, a party and state or a party member set beside a name made

    def add_name(self, entity: Entity, words: tuple[str, ...]) -> None:
        """Record one name form of ``entity``: as itself, by each shorter ending, by acronym."""
        entity.names.append(words)
        key = tuple(w.lower() for w in words)
        _add(self._exact, key, entity)
        core = tuple(w for w in key if w not in _SUFFIXES)
        for k in range(1, len(core)):
            _add(self._ending, core[k:], entity)
        if entity.kind == SpeakerKind.PERSON and len(core) > 1:
            _add(self._given, core[:1], entity)
        acronym = _acronym(words)
        if acronym and entity.kind != SpeakerKind.PERSON:
            _add(self._acronyms, acronym, entity)

    def finish(self, seen: list[_Seen]) -> None:
        self.seen = sorted(seen, key=lambda s: s.start_char)
        self._starts = [s.start_char for s in self.seen]

    def before(self, char: int) -> list[_Seen]:
        """Mentions that start before ``char``, latest first."""
        return self.seen[: bisect.bisect_left(self._starts, char)][::-1]

    def at(self, start_char: int, end_char: int) -> Entity | None:
        """The entity of a table mention inside [start_char, end_char), the last one if several."""
        lo = bisect.bisect_left(self._starts, start_char)
        inside = [s for s in self.seen[lo:] if s.start_char < end_char and s.end_char <= end_char]
        return inside[-1].entity if inside else None

    def covering(self, char: int) -> Entity | None:
        """The entity of the table mention that covers character ``char``."""
        k = bisect.bisect_right(self._starts, char) - 1
        while k >= 0 and self.seen[k].start_char > char - 200:
            if self.seen[k].start_char <= char < self.seen[k].end_char:
                return self.seen[k].entity
            k -= 1
        return None

    def find(
        self, words: tuple[str, ...], char: int, *, person: bool | None = None, near: _Near | None = None, leading: bool = True
    ) -> Entity | None:
        """The entity a name form belongs to: exact name, then a full name it ends, then an acronym.

        ``near`` (a surname in the body, while the table is built) says where the mention is and
        the gender its own sentence gives it, to choose between two bearers of one surname.
        A one-word name no name matches may be a company's first word (:meth:`find_leading`;
        not with ``leading=False``: a place is no company's short name).
        """
        key = tuple(w.lower() for w in words)
        exact, ending = self._exact.get(key, []), self._ending.get(key, [])
        if near is not None and near.gender is not None and exact and all(near.guess(e) not in (None, near.gender) for e in exact):
            # the short form was recorded for a full name it ends ("Clinton" for Bill Clinton), but
            # this mention's own sentence gives the other gender ("Mrs. Clinton"): a bearer of that
            # ending whose given name fits is meant (Hillary Clinton; issue 14)
            exact = [e for e in ending if e not in exact] or exact
        lookups = [exact, ending]
        if len(key) == 1:
            lookups.append(self._acronyms.get(key[0].replace(".", ""), []))
        for found in lookups:
            pool = [e for e in found if person is None or (e.kind == SpeakerKind.PERSON) == person]
            if pool:
                return self._likeliest(pool, char, near)
        if len(key) == 1 and person is not True and leading:
            return self.find_leading(key[0])  # "Pellow" for Pellow Components
        return None

    def find_surname_first(self, word: str, lexicons: Lexicons) -> Entity | None:
        """ "Mr. Ban" for "Ban Ki-moon", "Xi" for "Xi Jinping": a one-word name that is the first
        word of exactly one full person name, when that word is no given name the name table
        knows (names written surname first: Chinese, Korean, Vietnamese, Hungarian)."""
        key = word.lower()
        found = self._given.get((key,), [])
        if len(found) != 1 or lexicons["given_names"].get(key.strip(".")) is not None:
            return None
        return found[0]

    def find_first_surname(self, word: str, lexicons: Lexicons) -> Entity | None:
        """ "Ms. Acosta" for "Melba Acosta Febo": a one-word name that is the next-to-last word of
        exactly one full person name of three words or more, and no given name the name table
        knows (Spanish and Portuguese names carry two surnames, and news writes the first alone on
        second reference; issue 14). A middle initial ("George W. Bush") or a lower-case
        particle ("van", "da") is no surname."""
        key = word.lower()
        if len(key) < 3 or not word[:1].isupper() or lexicons["given_names"].get(key.strip(".")) is not None:
            return None
        found = []
        for e in self.entities:
            if e.kind != SpeakerKind.PERSON:
                continue
            for name in e.names:
                core = [w.lower() for w in name if w.lower() not in _SUFFIXES]
                if len(core) >= 3 and core[-2] == key and e not in found:
                    found.append(e)
        return found[0] if len(found) == 1 else None

    def find_given_alone(self, word: str, lexicons: Lexicons) -> Entity | None:
        """ "Hillary" in a headline, "Erica" in a quote for Erica Smegielski: a one-word name that
        is no surname of the article, but a given name the name table knows and the first word
        of exactly one full person name, is that person (headlines and quotes use a well-known
        or a family member's given name alone; issue 14)."""
        if lexicons["given_names"].get(word.lower().strip(".")) is None:
            return None
        found = self._given.get((word.lower(),), [])
        return found[0] if len(found) == 1 else None

    def find_leading(self, word: str) -> Entity | None:
        """ "Volkenwerk" for "Volkenwerk Motors AG", "Hartwell" for "Hartwell Foods Inc": news
        shortens a company's name to its first word; the one body whose name of two or more words
        opens with it (none if two do; issue 14)."""
        key = word.lower()
        found = [e for e in self.entities if e.kind == SpeakerKind.ORGANIZATION and any(_shortens_to(n, key) for n in e.names)]
        return found[0] if len(found) == 1 else None

    def find_knight(self, word: str) -> Entity | None:
        """ "Sir Alan" for "Sir Alan Hale", "Dame Helen" for "Dame Helen Rowe": British usage puts
        a knight's or dame's given name alone after the title, so the one word is the first word
        of a full person name (the only such person; issue 14)."""
        found = self._given.get((word.lower(),), [])
        return found[0] if len(found) == 1 else None

    def _likeliest(self, entities: list[Entity], char: int, near: _Near | None = None) -> Entity:
        """Among bearers of one surname: those whose gender fits what the mention's sentence says
        ("Doe said she ..."); then the one that was a clause subject (by any of its names) in this
        or the last ``RECENT_FULL_SENTENCES`` sentences, the latest (a writer names the second
        bearer just before using the surname alone: "Jeh Johnson says ... Johnson told ...");
        then one whose given name is known to fit that gender; else the one the article brought
        in first: a lede names its principal, and a second bearer is then written in full (or
        by given name) each time to keep the two apart, so the bare surname is the first one's
        ("Donald Trump's plan ... Ivanka Trump said ... Ivanka Trump ... Trump says": not the
        one named in full more often; round speakers19a)."""
        if near is not None and len(entities) > 1:
            if near.gender is not None:
                fit = [e for e in entities if near.guess(e) in (None, near.gender)]
                entities = fit or entities
            recent = [(i, e) for e in entities for i in near.subject_at.get(e, ()) if near.window_start <= i < near.i]
            if recent:
                return max(recent, key=lambda x: x[0])[1]
            # none was just a subject: a given name known to fit the sentence's he/she outranks
            # one the name table does not know ("Doe says he": John Doe, not Ivo Doe named more often)
            sure = [e for e in entities if near.gender is not None and near.guess(e) == near.gender]
            entities = sure or entities
        return min(entities, key=lambda e: min((s for s, _ in e.mentions), default=char))


@dataclass
class _Near:
    """Where a one-word name stands (token ``i``, the first token of the recent-sentence window)
    and the gender its sentence gives it, with the token indices where each person is a subject."""

    i: int
    window_start: int
    gender: str | None
    subject_at: dict[Entity, list[int]]
    lexicons: Lexicons

    def guess(self, entity: Entity) -> str | None:
        full = max(entity.names, key=len) if entity.names else ()
        return given_name_gender(full[0], self.lexicons) if len(full) > 1 else None


def _add(index: dict, key: object, entity: Entity) -> None:
    bucket = index.setdefault(key, [])
    if entity not in bucket:
        bucket.append(entity)


def _shortens_to(name: tuple[str, ...], key: str) -> bool:
    """Whether a company's name is shortened to its first word ``key``: the rest capitalised
    words, and no body noun last unless a word of company naming is in it ("Hartwell Foods Inc",
    "Harcourt Bank" yes; "U.N. Security Council", "Justice Department" no: their first word is
    another body or none)."""
    rest = name[1:]
    if len(name) < 2 or name[0].lower() != key or not all(w[:1].isupper() and w.replace(".", "").replace("&", "").isalpha() for w in rest):
        return False
    return rest[-1].lower() not in _ORG_NOUNS or any(w.lower() in _BODY_WORDS or w.lower() in _COMPANY_NOUNS for w in rest)


def _acronym(name: tuple[str, ...]) -> str:
    caps = [w for w in name if w.lower() not in _SMALL]
    return "".join(w[0] for w in caps).lower() if len(caps) > 1 and all(w[0].isupper() for w in caps) else ""


def name_tokens(resolver: SurfaceResolver, ent: Span, *, person_tokens: list | None = None) -> tuple[str, ...]:
    """An entity's name words: no honorific, title, leading "the" or possessive; tokens
    written together stay one word ("Holtz-Eakin", "Ki-moon")."""
    if person_tokens is not None:
        tokens = person_tokens
    elif ent.label_ == "PERSON":
        tokens = resolver._name_and_title(ent)[0]
    else:
        tokens = list(ent)
    brackets = [k for k, t in enumerate(tokens) if t.text in ("(", ":") or _spaced_dash(tokens, k)]
    if brackets and brackets[0] > 0:
        # "Friends of the Harbour (FOTH": the name stops at the bracket; "Doe: Trust Roe", a
        # headline's speaker and words run together by the model: at the colon; "Ann Doe -
        # Roe's aide": at a dash set between spaces (round speakers19a)
        tokens = tokens[: brackets[0]]
    # a possessive ends a name ("Doe's" -> "Doe"); inside a body's name it stays ("St Mary's Hospital")
    tokens = [t for k, t in enumerate(tokens) if t.text.strip() and (t.text not in _POSSESSIVE or k + 1 < len(tokens) and tokens[k + 1].is_alpha and tokens[k + 1].is_title)]
    quotes = [k for k, t in enumerate(tokens) if t.is_quote]
    if (ent.label_ == "PERSON" or person_tokens is not None) and len(quotes) == 2 and 0 < quotes[0] and quotes[1] < len(tokens) - 1:
        # a nickname in quotes inside a person's name ('Ann "Bee" Price') is no part of it
        tokens = tokens[: quotes[0]] + tokens[quotes[1] + 1 :]
    while tokens and (tokens[0].is_punct or tokens[0].lower_ in _DETERMINERS):
        tokens = tokens[1:]
    while tokens and tokens[-1].is_punct:
        tokens = tokens[:-1]
    if ent.label_ == "PERSON":  # "Owen Pritchard MP": a title in capitals after the name is no name word
        while len(tokens) > 1 and tokens[-1].is_upper and resolver.lexicons["titles"].get(tokens[-1].lower_):
            tokens = tokens[:-1]
    words: list[str] = []
    for k, t in enumerate(tokens):
        glued = k > 0 and not tokens[k - 1].whitespace_ and tokens[k - 1].i == t.i - 1
        if glued and words:
            words[-1] += t.text
        elif not t.is_punct or t.text in ("&",):
            words.append(t.text)
    return tuple(words)


def _spaced_dash(tokens: list, k: int) -> bool:
    """Whether ``tokens[k]`` is a dash with a space before it (" - ", " — "), which sets off
    what follows; a dash written inside a word ("Holtz-Eakin") joins it. Unlike
    :func:`.surface.spaced_dash` no space is needed after it ("Ann Lee -Roe's aide")."""
    return tokens[k].text in _DASHES and k > 0 and bool(tokens[k - 1].whitespace_)


@dataclass(frozen=True)
class _Ent:
    """An entity span with what is read off it once: its root, name words and inner title."""

    span: Span
    root: object
    words: tuple[str, ...]
    inner_title: str | None


def build_entities(
    doc: Doc, lexicons: Lexicons, resolver: SurfaceResolver, *, skip: Sequence[tuple[int, int]] = ()
) -> EntityTable:
    """Cluster the doc's PERSON / ORG / GPE / NORP entities (see the module docstring).

    Entities starting inside a ``skip`` stretch (page furniture, issue 17.2) are left out.
    """
    people: list[_Ent] = []
    others: list[_Ent] = []
    donors: list[_Ent] = []  # full person names in page furniture: names only (see _furniture_names)
    # page furniture's names lead no body ("Copyright 2024 Northfield Daily" makes no "Northfield" a body)
    leads = _body_leads([ent for ent in resolver.ents if not any(start <= ent.start_char < end for start, end in skip)], lexicons)
    coordinated = {ent.start: joined for ent in resolver.ents if ent.label_ == "ORG" and (joined := _coordinated_name(ent, lexicons)) is not None}
    split = _split_names(resolver.ents)
    coordinated.update(split)
    text: str | None = None  # doc.text is rebuilt on each access: read once, when a headline needs it
    marked_at: set[int] = set()  # token starts of names a person's marks made a person (_person_marked)
    for ent in _with_untagged_bodies(doc, resolver.ents, lexicons):  # the resolver's list: doc.ents builds every span on each access
        if ent.label_ in _THING_LABELS and _body_appositive(ent.root, lexicons):
            ent = Span(doc, ent.start, ent.end, label="ORG")  # "German carmaker Volkenwerk" tagged PRODUCT
        if ent.label_ not in _KINDS:
            continue
        if skip and any(start <= ent.start_char < end for start, end in skip):
            if ent.label_ == "PERSON":
                tokens, inner_title = resolver._name_and_title(ent)
                words = name_tokens(resolver, ent, person_tokens=tokens)
                if len(words) >= 2 and not _short_form(words):
                    donors.append(_Ent(ent, ent.root, words, inner_title))
            continue
        if _wire_credit(ent) or _dateline_place(ent):
            continue
        if any(joined.start <= ent.start and ent.end < joined.end or joined.start == ent.start and ent.end < joined.end for joined in coordinated.values()):
            continue  # "North Yorkshire Fire" of North Yorkshire Fire and Rescue Service: part of a body's name
        ent = coordinated.get(ent.start, ent)
        root = ent.root
        if ent.label_ in ("PERSON", "ORG") and len(ent) == 1 and root.tag_ == "NNS":
            continue  # "Campaigners said ...": a common plural the model tagged at a sentence start names no one
        if ent.label_ == "NORP" and root.tag_ not in ("NNPS", "NNS"):
            continue  # a NORP names people ("Democrats"), not an adjective ("Democratic")
        tokens, inner_title = resolver._name_and_title(ent) if ent.label_ == "PERSON" else (None, None)
        courtesy = ent.label_ != "PERSON" and _courtesy_name(ent)
        if courtesy:  # "Dr Costa", "Ms Jones" tagged ORG: an honorific makes a person (issue 14)
            # as a PERSON's: no honorific, nor a title after it ("Mrs Justice Carrow" is Carrow)
            tokens, inner_title = resolver._name_and_title(ent)
            if not tokens:
                continue  # the honorific alone ("Dr" tagged ORG before "Costa")
        titled = not courtesy and ent.label_ == "ORG" and _title_opens(ent, lexicons)
        if titled:  # "Campaigner Ffion Rees" tagged ORG: the role word is no part of the name
            tokens = list(ent[1:])
        words = name_tokens(resolver, ent, person_tokens=tokens)
        if len(words) > 1:
            text = doc.text if text is None else text
            line = title_case_line(text, ent.start_char)
            words = words if line is None else list(headline_words(words, text, line, _ORG_NOUNS))
            if not words:
                continue  # "Retired General Reveals ...": a headline's words the body never names
        trade = len(words) > 1 and words[0].lower() in _TRADES and words[1][:1].isupper()
        if trade:  # "Drugmaker Altrona": the trade is no name word
            words = words[1:]
        if words and any(w[0].isupper() for w in words):
            # "the Charlotte Observer": a name that takes "the" is no person's
            with_the = ent[0].lower_ == "the" or ent.start > 0 and doc[ent.start - 1].lower_ == "the"
            # an ORG the model mis-tagged: a given name first, or a personal role set beside it
            # ("Jean-Luc Marchand, the foreign minister," is a person, issue 14)
            # a PERSON the model mis-tagged: a body set beside it ("Xinhua, the official news agency,")
            # ... or "the" before it heading its noun phrase: a name that takes "the" is no
            # person's ("The Gazette said"; not "the Doe campaign", "the Does")
            body = ent.label_ == "PERSON" and (
                with_the and root.tag_ != "NNPS" and root.dep_ not in ("compound", "nmod", "amod") or _body_appositive(root, lexicons) or _place_object(ent) or _staff_body(ent, lexicons) or _body_name(words) or len(words) == 1 and words[0].lower() in leads
                or _institution_name(words, lexicons) or trade
            )
            marked = ent.label_ in ("ORG", "GPE") and not with_the and len(words) <= 4 and _person_marked(ent)
            if marked:  # counted as the model's PERSON tag, so the surname's other mentions join it
                ent = Span(doc, ent.start, ent.end, label="PERSON")
                marked_at.add(ent.start)
            person = ent.label_ == "PERSON" and not body or courtesy or titled or ent.label_ == "ORG" and not with_the and (
                _reads_as_person(words, lexicons)
                or 2 <= len(words) <= 4 and (bool(_appositive_roles(root, lexicons)) or _beside_kin(root, lexicons))
                or _titled_name(ent, words, lexicons)
            ) or ent.label_ == "GPE" and not with_the and 2 <= len(words) <= 4 and bool(_appositive_roles(root, lexicons))
            # a GPE the model mis-tagged: a place has no personal role beside it ("Kemi Adeyemi,
            # the party's health spokesperson,"; issue 14)
            (people if person else others).append(_Ent(ent, root, words, inner_title))
    table = EntityTable()
    entities = table.entities
    seen: list[_Seen] = []
    placed: dict[int, Entity] = {}
    # full names first, so a surname anywhere can join them; after an honorific every word is
    # surname ("Mr. Guajardo Villarreal" is Ildefonso Guajardo Villarreal, issue 14)
    courteous = {n for n, item in enumerate(people) if len(item.words) >= 2 and _after_honorific(item.span, lexicons)}
    sent_starts = [int(i) for i in numpy.nonzero(doc.to_array([SENT_START]) == 1)[0]] if len(doc) else [0]
    subject_at = table.subject_at
    for n, item in sorted(enumerate(people), key=lambda x: (_short_form(x[1].words) or x[0] in courteous, x[0])):
        words = item.words
        if not _short_form(words):
            entity = _person_for(entities, words)
        else:
            entity = table.find_knight(words[0]) if len(words) == 1 and _after_knighthood(item.span) else None
            if entity is None:
                entity = table.find(words, item.span.start_char, person=True, near=near_hint(table, item.span, lexicons, sent_starts))
            if entity is None and len(words) == 1:
                entity = table.find_surname_first(words[0], lexicons) or table.find_first_surname(words[0], lexicons)
                if entity is None and not _after_honorific(item.span, lexicons):  # "Mr. Paul" is a surname
                    entity = table.find_given_alone(words[0], lexicons)
        if entity is None and n in courteous:
            found = table.find(words, item.span.start_char, person=True)
            entity = found if found is not None and any(len(name) > len(words) for name in found.names) else None
        if entity is None:
            entity = Entity(id="", kind=SpeakerKind.PERSON)
            entities.append(entity)
        table.add_name(entity, words)
        if _subject_role(item.root)[0]:
            subject_at.setdefault(entity, []).append(item.span.start)
        placed[n] = entity
    for n, item in enumerate(people):
        _add_mention(placed[n], item, seen, lexicons, resolver, sent_starts)
        if item.span.start in marked_at:
            table.marked.add(placed[n])
    # before the bodies: a surname the model tagged ORG ("Sandhu") then finds the caption's full name
    furniture_only = _furniture_names(table, donors)
    ending_at: dict[int, Entity] = {}  # token index of the "(" after each body's name -> the body
    # longest names first, so a first word anywhere ("Volkenwerk" in the headline) or a shorter
    # ending ("Daily News" in the headline for the New York Daily News below) joins them
    for item in sorted(others, key=lambda item: -len(item.words)):
        entity = _alias_of(item.span, ending_at) or _other_for(table, item.span, item.words, lexicons)
        if entity.kind != SpeakerKind.PERSON:
            table.add_name(entity, item.words)
            alias = _bracketed_alias(item.span)
            if alias is not None:
                table.add_name(entity, (alias.text,))
                ending_at[alias.i - 1] = entity
        _add_mention(entity, item, seen, lexicons, resolver, sent_starts)
    surname_only = [e for e in entities if e.kind == SpeakerKind.PERSON and all(len(n) == 1 for n in e.names)]
    text = doc.text if surname_only else ""
    for e in surname_only:
        full_name = _written_full_name(text, e.names[0][0], lexicons)
        if full_name is not None:
            table.add_name(e, full_name)
    for e in entities:
        full = max(e.names, key=len)
        # a name the article gives as one word is a surname far more often than a given name (news
        # style: "Clinton said"), and many surnames are given names too ("Clinton", "Warren"): the
        # table reads only the first word of a name of two or more (issue 14)
        given = given_name_gender(full[0], lexicons) if e.kind == SpeakerKind.PERSON and len(full) > 1 else None
        if given is not None:  # the weakest evidence: in-article words outrank it (gender.decide_gender)
            e.evidence.append(Evidence(given, "given name", full[0]))
    seen.extend(_role_mentions(doc, lexicons, seen))
    seen.extend(_untagged_surnames(doc, table, skip))
    # furniture-only names last: the body's entities keep their ids
    entities.sort(key=lambda e: (e in furniture_only, min(s for s, _ in e.mentions)))
    for k, e in enumerate(entities, start=1):
        e.id = f"e{k}"
    table.finish(seen)
    return table


def _split_names(ents: Sequence[Span]) -> dict[int, Span]:
    """ "Priti" tagged ORG and "Varma" PERSON in "councillor Priti Varma": one capitalised word
    tagged a body right before a person's name, and a modifier of it, is the given name the model
    split off; the two are one person's name (keyed by the person's start; issue 14)."""
    found = {}
    for a, b in zip(ents, ents[1:]):
        first = a[0]
        if a.label_ == "ORG" and b.label_ == "PERSON" and len(a) == 1 and a.end == b.start and first.is_title and first.is_alpha:
            if first.dep_ in ("compound", "nmod") and b.start <= first.head.i < b.end:
                found[b.start] = Span(a.doc, a.start, b.end, label="PERSON")
    return found


def _coordinated_name(ent: Span, lexicons: Lexicons) -> Span | None:
    """ "Argyll and Bute Council", "Greater Manchester Fire and Rescue Service": a body's name
    that coordinates capitalised words before its body noun; the model tags only the part after
    "and" ("Bute Council") and the parse joins the word before "and" to it (as a conjunct or a
    modifier). The whole run of capitalised words before "and" is then part of the body's name
    (issue 14). Not when the part after "and" has its own "the" or the words before it are a
    body or a person's name ("the Treasury and the Finance Ministry" are two bodies)."""
    doc = ent.doc
    root = ent.root
    if ent.start < 2 or doc[ent.start - 1].lower_ not in ("and", "&") or ent[0].lower_ in _DETERMINERS:
        return None
    if ent[-1].lower_ not in lexicons["org_nouns"] or len(ent) > 3:
        return None  # "Bute Council": the body noun closes the name
    last = doc[ent.start - 2]
    if not (root.dep_ == "conj" and root.head.i == last.i or ent.start <= last.head.i < ent.end):
        return None
    k = ent.start - 2
    sent_start = last.sent.start
    while k - 1 >= sent_start and doc[k - 1].text[:1].isupper() and doc[k - 1].is_alpha and doc[k - 1].lower_ not in _DETERMINERS:
        k -= 1
    lead = doc[k : ent.start - 1]
    if any(t.lower_ in lexicons["org_nouns"] or t.ent_type_ in ("ORG", "NORP") or not t.is_alpha for t in lead):
        return None
    if any(t.ent_type_ == "PERSON" for t in lead) and _reads_as_person(tuple(t.text for t in lead), lexicons):
        return None  # "Jane Doe and City Council": a person and a body
    return Span(doc, k, ent.end, label=ent.label_)


def _wire_credit(ent: Span) -> bool:
    """ "PORT ELLIS (AP) —", "LONDON (Reuters) -": the agency bracketed in a dateline credits the
    story; it is none of the bodies the article reports on, so "the ministry" or "the authority"
    in the lede must not resolve to it."""
    doc = ent.doc
    return (
        ent.start > 0
        and doc[ent.start - 1].text == "("
        and ent.end + 1 < len(doc)
        and doc[ent.end].text == ")"
        and ends_dateline(doc[ent.end + 1])
    )


def _dateline_place(ent: Span) -> bool:
    """ "FRANKFURT, Dec 1 (Reuters) -", "KYIV, Ukraine —": the place of a dateline says where the
    story was filed; it says nothing, so no "it" or "the company" in the lede may resolve to it
    (the model often tags a capitalised city ORG)."""
    doc = ent.doc
    for token in doc[ent.end : min(len(doc), ent.end + 10)]:
        if ends_dateline(token):
            return True
        if "\n" in token.text_with_ws:
            return False
    return False


def _furniture_names(table: EntityTable, donors: list[_Ent]) -> set[Entity]:
    """A picture caption or standfirst set apart as page furniture ("Image caption: Maya Osei has
    run the shelter since 2015") often gives the full name the body then shortens ("Osei said"):
    a person the body names only by surname takes the one full name in furniture that ends in it,
    and a surname the model left untagged finds it in the table. Furniture mentions are never
    antecedents (a teaser's "he" is another story's): the name is kept, not the mention's
    salience (issue 14). Returns the entities only furniture names."""
    added: set[Entity] = set()
    for item in donors:
        surname = item.words[-1].lower()
        if any(d.words[-1].lower() == surname and d.words != item.words for d in donors):
            continue  # two people of that surname in furniture: neither is the body's
        bearers = [e for e in table.entities if e.kind == SpeakerKind.PERSON and any(n[-1].lower() == surname for n in e.names)]
        if not bearers:
            entity = Entity(id="", kind=SpeakerKind.PERSON)
            table.entities.append(entity)
            table.add_name(entity, item.words)
            entity.mentions.append((item.span.start_char, item.span.end_char))
            entity.labels.append(item.span.label_)
            added.add(entity)
        elif len(bearers) == 1 and all(len(n) == 1 or n == item.words for n in bearers[0].names):
            table.add_name(bearers[0], item.words)
    return added


def _written_full_name(text: str, surname: str, lexicons: Lexicons) -> tuple[str, str] | None:
    """ "Maddow" for Rachel Maddow when the article writes the full name only where the model
    tagged no person ("MSNBC's 'The Rachel Maddow Show'"): a person the table knows only by a
    surname takes the one known given name the article writes right before that surname, if it
    writes exactly one (issue 14)."""
    if not surname[:1].isupper() or not surname.isalpha():
        return None
    found = {m.group(1) for m in re.finditer(rf"\b([A-Z][a-z]+) {re.escape(surname)}\b", text)}
    given = [g for g in found if lexicons["given_names"].get(g.lower()) is not None]
    return (given[0], surname) if len(given) == 1 else None


def near_hint(table: EntityTable, span: Span, lexicons: Lexicons, sent_starts: list[int]) -> _Near:
    """Where a one-word name stands and the gender its own sentence gives it (an honorific, the
    he/she it is the subject before), for :meth:`EntityTable._likeliest`."""
    k = bisect.bisect_right(sent_starts, span.start) - 1
    window = sent_starts[max(0, k - RECENT_FULL_SENTENCES)] if sent_starts else 0
    item = _Ent(span, span.root, (), None)
    genders = {e.gender for e in _gender_evidence(item, None, lexicons, sent_starts) if e.source in ("honorific", "pronoun")}
    return _Near(span.start, window, genders.pop() if len(genders) == 1 else None, table.subject_at, lexicons)


def _role_mentions(doc: Doc, lexicons: Lexicons, seen: list[_Seen]) -> list[_Seen]:
    """ "the president", "the senator" in narration: the latest person named with that role
    before it ("President Jane Doe ... the president"), so later pronouns can pick it up."""
    found = []
    ordered = sorted(seen, key=lambda s: s.start_char)
    starts = [s.start_char for s in ordered]
    strings = doc.vocab.strings
    rows = doc.to_array([TAG, ENT_IOB, LOWER])  # read as arrays: a Token per word would cost more
    noun = strings["NN"] if "NN" in strings else -1
    for i in numpy.nonzero((rows[:, 0] == noun) & (rows[:, 1] == 2))[0]:  # ENT_IOB 2: outside any entity
        if not lexicons["titles"].get(strings[int(rows[i, 2])]):
            continue
        token = doc[int(i)]
        if not any(c.lower_ == "the" and c.dep_ == "det" for c in token.children):
            continue
        for prior in reversed(ordered[: bisect.bisect_left(starts, token.idx)]):
            e = prior.entity
            if e.kind == SpeakerKind.PERSON and any(token.lower_ in t.lower().split() for t in e.titles + e.role_titles):
                subject = token.dep_ in _SUBJECT
                found.append(_Seen(token.idx, token.idx + len(token), e, subject, token.i, subject and token.head.dep_ == "ROOT"))
                break
    return found


def _untagged_surnames(doc: Doc, table: EntityTable, skip: Sequence[tuple[int, int]] = ()) -> list[_Seen]:
    """ "Tom Brack met Ed Vance. Vance said the talks had failed. Brack disagreed. He said ...":
    a bare surname the model tagged nothing (it often misses one opening a sentence) is still
    a mention of the one person named in full with it, so a later "he" can pick it up (round
    speakers19a). Only a proper noun, written as a name, that ends exactly one full name."""
    found = []
    strings = doc.vocab.strings
    rows = doc.to_array([TAG, ENT_IOB])
    proper = strings["NNP"] if "NNP" in strings else -1
    for i in numpy.nonzero((rows[:, 0] == proper) & (rows[:, 1] == 2))[0]:  # ENT_IOB 2: outside any entity
        token = doc[int(i)]
        if not token.is_title or len(token) < 2 or any(lo <= token.idx < hi for lo, hi in skip):
            continue
        bearers = [e for e in table._ending.get((token.lower_,), []) if e.kind == SpeakerKind.PERSON and any(len(n) > 1 and n[-1] == token.text for n in e.names)]
        if len(bearers) != 1 or i + 1 < len(doc) and doc[int(i) + 1].pos_ == "PROPN":
            continue  # (two bearers, or the first word of a longer name the model left untagged)
        subject = token.dep_ in _SUBJECT
        found.append(_Seen(token.idx, token.idx + len(token), bearers[0], subject, token.i, subject and token.head.dep_ == "ROOT"))
    return found


def _short_form(words: tuple[str, ...]) -> bool:
    """A surname alone: one word, or a surname a particle opens ("De Blasio", "Van Voorhis" for
    Bill de Blasio, Chandler Van Voorhis), which joins a full name it ends like any surname."""
    return len(words) < 2 or len(words) == 2 and words[0].lower() in _PARTICLES


def _after_honorific(ent: Span, lexicons: Lexicons) -> bool:
    """Whether a name is written after "Mr.", "Ms.", "Mrs." (before it, or taken into it by the model)."""
    words = [ent.doc[ent.start - 1]] if ent.start else []
    return any(word_gender(t.text, lexicons, kind="honorific") is not None for t in [*words, ent[0]])


def _after_knighthood(ent: Span) -> bool:
    """Whether a name is written after "Sir" or "Dame" (before it, or taken into it by the model)."""
    return ent[0].lower_ in _KNIGHTHOODS or ent.start > 0 and ent.doc[ent.start - 1].lower_ in _KNIGHTHOODS


def _courtesy_name(ent: Span) -> bool:
    """An ORG / GPE the model tagged that a courtesy title makes a person: "Dr Costa", "Ms Jones"
    (the title first in it or right before it, then a capitalised word; British style writes
    "Mr", "Dr" without a period, which the model often reads as a body; issue 14)."""
    doc = ent.doc
    first = ent[0].lower_ in _HONORIFICS
    before = ent.start > 0 and doc[ent.start - 1].lower_ in _HONORIFICS and doc[ent.start - 1].ent_type_ in ("", "ORG", "PERSON")
    rest = [t for t in ent if t.lower_ not in _HONORIFICS]
    # "MacLeod", "McKay", "DeVito": a capital inside a surname is still a capitalised word
    return (first or before) and (not rest or 1 <= len(rest) <= 3 and all(t.text[:1].isupper() and t.is_alpha and not t.is_upper for t in rest))


def _reads_as_person(words: tuple[str, ...], lexicons: Lexicons) -> bool:
    """An ORG/GPE the model mis-tagged: a known given name, then one to three capitalised
    words, none an organisation noun or acronym ("Lester Holt" tagged ORG)."""
    if not 2 <= len(words) <= 4:
        return False
    # "W.T. Grange", "E. Jean Carter": initials before a capitalised surname write a person (issue 14)
    initials = _INITIALS.fullmatch(words[0]) is not None and words[0].lower() not in _PLACE_INITIALS
    if not initials and lexicons["given_names"].get(given_key(words[0])) is None:
        return False
    return capitalised_name(words, lexicons)


def headline_words(words: Sequence[str], text: str, line: tuple[int, int], body_nouns: Container[str]) -> tuple[str, ...]:
    """The words of a name in a title-case headline ``line`` that name it (:func:`headline_name`),
    but all of them when the first word left is a body's noun: "Bellwether County Says ..." is no
    "County" alone (issue 14). Empty when the body never writes the name."""
    kept = headline_name(words, text, line)
    return tuple(words) if kept and len(kept) < len(words) and kept[0].lower() in body_nouns else kept


def capitalised_name(words: tuple[str, ...], lexicons: Lexicons) -> bool:
    """Every word capitalised, none an organisation noun or an acronym (initials may lead)."""
    return not _body_name(words) and all(
        w[:1].isupper() and (not w.isupper() or k < len(words) - 1 and _INITIALS.fullmatch(w)) and w.lower() not in lexicons["org_nouns"]
        for k, w in enumerate(words)
    )


def _body_name(words: tuple[str, ...]) -> bool:
    """A name of two or more words that ends in a word of company or club naming ("Korvath
    Mining", "Brandt Components", "Harbour Rovers", "Volkenwerk Motors AG"; name_words ``body``):
    no person's name, however the model tagged it (issue 14)."""
    return len(words) >= 2 and words[-1].lower() in _BODY_WORDS


def _institution_name(words: tuple[str, ...], lexicons: Lexicons) -> bool:
    """ "St Mary's Hospital", "Lakeside University" tagged PERSON: a name that ends in a body noun
    (org_nouns) and opens with no given name the table knows ("John Church" stays a person)."""
    return len(words) >= 2 and words[-1][:1].isupper() and words[-1].lower() in lexicons["org_nouns"] and lexicons["given_names"].get(given_key(words[0])) is None


def _body_leads(ents: Sequence[Span], lexicons: Lexicons) -> frozenset[str]:
    """The first words of the article's body names ("Volkenwerk" of "Volkenwerk Motors AG"): news
    shortens a company to its first word, and a one-word PERSON tag of such a word is the body,
    unless it is a given name the table knows or the surname of a person named in full."""
    firsts, surnames = set(), set()
    for ent in ents:
        words = [t.text for t in ent if not t.is_punct and t.lower_ not in _DETERMINERS]
        if len(words) > 1 and words[0].lower() in _TRADES:
            words = words[1:]  # "Drugmaker Altrona": the trade is no given name
        if len(words) >= 2 and ent.label_ == "PERSON" and not _body_name(tuple(words)):
            surnames.add(words[-1].lower())
        elif len(words) >= 2 and (ent.label_ == "ORG" or _body_name(tuple(words))) and words[0][:1].isupper():
            firsts.add(words[0].lower())
    return frozenset(w for w in firsts - surnames if lexicons["given_names"].get(w) is None)


def _titled_name(ent: Span, words: tuple[str, ...], lexicons: Lexicons) -> bool:
    """An ORG the model tagged right after a person's title that qualifies it ("Deputy mayor
    Siobhán Ní Bhriain said", "council leader Ana Ruiz"): news writes a role before a person's
    name, never before a body's; two to four capitalised words, none an organisation noun, and
    the title a modifier of the name (issue 14)."""
    if not 2 <= len(words) <= 4 or ent.start == 0 or not capitalised_name(words, lexicons):
        return False
    title = ent.doc[ent.start - 1]
    return (
        title.tag_ in ("NN", "NNP")
        and title.lower_ not in _HONORIFICS
        and lexicons["titles"].get(title.lower_) == "person"
        and title.dep_ in ("compound", "nmod", "amod")
        and ent.start <= title.head.i < ent.end
    )


def _title_opens(ent: Span, lexicons: Lexicons) -> bool:
    """An ORG the model tagged that starts with a person's title it took in ("Campaigner Ffion
    Rees said", "Headteacher Simon Clay"): a role before a name is a person's, as in
    :func:`_titled_name`; the rest two or three capitalised words, none an organisation noun."""
    if len(ent) < 3 or lexicons["titles"].get(ent[0].lower_) != "person" or ent[0].lower_ in _HONORIFICS:
        return False
    words = tuple(t.text for t in ent[1:])
    return 2 <= len(words) <= 3 and all(t.is_alpha for t in ent[1:]) and capitalised_name(words, lexicons)


def _person_for(entities: list[Entity], words: tuple[str, ...]) -> Entity | None:
    """A person entity with the same given name and surname ("Donald J. Trump" / "Donald Trump")."""
    first, last = words[0].lower(), _surname(words)
    for e in entities:
        if e.kind == SpeakerKind.PERSON and any(len(n) >= 2 and n[0].lower() == first and _surname(n) == last for n in e.names):
            return e
    return None


def _surname(words: tuple[str, ...]) -> str:
    core = [w.lower() for w in words if w.lower() not in _SUFFIXES]
    return core[-1] if core else ""


def _bracketed_alias(span: Span):
    """ "Friends of the Harbour (FOTH)": the capitalised short form in brackets right after a
    body's name (or swallowed into its span by the model) is another name of that body,
    however its letters match (issue 14)."""
    doc = span.doc
    brackets = [t.i for t in span if t.text == "("]
    at = brackets[0] if brackets else span.end
    if at + 1 >= len(doc) or doc[at].text != "(":
        return None
    short = doc[at + 1]
    closed = at + 2 >= len(doc) or doc[at + 2].text == ")"
    return short if closed and short.text.isupper() and len(short.text) >= 2 and short.is_alpha else None


def _alias_of(span: Span, ending_at: dict[int, Entity]) -> Entity | None:
    """The body whose bracketed short form ``span`` is (see :func:`_bracketed_alias`)."""
    if len(span) != 1 or span.start < 1:
        return None
    return ending_at.get(span.start - 1)


def _body_appositive(root, lexicons: Lexicons) -> bool:
    """Whether a name has an organisation noun beside it as an appositive ("Xinhua, the official
    news agency,", "the newspaper, Ekho,") or before it ("German carmaker Volkenwerk"), and no
    personal title."""
    if _role_holder_after_object(root, lexicons):
        return False
    beside = [c for c in root.children if c.dep_ == "appos"] + ([root.head] if root.dep_ == "appos" else [])
    # "German carmaker Volkenwerk", "retailer Hale & Co": a body noun written before the name
    beside += [c for c in root.children if c.dep_ == "compound" and c.i < root.i and c.is_lower]
    nouns = [t for t in beside if t.tag_ == "NN" and not t.ent_type_]
    return bool(nouns) and all(t.lemma_.lower() in lexicons["org_nouns"] and not lexicons["titles"].get(t.lemma_.lower()) for t in nouns)


def _role_holder_after_object(root, lexicons: Lexicons) -> bool:
    """A name set after a person's role and its "for"/"of" phrase ("A spokeswoman for the
    broadcaster, Carla Munro, said"): the parser hangs it on the phrase's body noun, but it names
    the role's holder, as in "the broadcaster's spokeswoman, Carla Munro"."""
    if root.dep_ != "appos" or root.head.dep_ != "pobj" or root.head.head.dep_ != "prep":
        return False
    role = root.head.head.head
    return role.pos_ == "NOUN" and role.i < root.head.i and is_person_noun(role, lexicons)


def _with_untagged_bodies(doc: Doc, ents: Sequence[Span], lexicons: Lexicons) -> list[Span]:
    """``ents`` and, as organisations, the capitalised names the model tagged as nothing that end
    in a word of body naming ("Kingsbridge Rovers", "Marlow Water": name_words ``body``), in
    document order; such a name is a company's or club's whoever reads it. A run of two to four
    such words with a personal role as its appositive is a person's ("Tunde Bakare, the club's
    chairman,": only a person holds a role, issue 14)."""
    found = []
    k, n = 0, len(doc)
    text: str | None = None

    def name_word(t) -> bool:  # "Kingsbridge", "G4S"
        return not t.ent_type_ and t.pos_ == "PROPN" and t.text[:1].isupper() and t.text.isalnum()

    while k < n:
        if not name_word(doc[k]):
            k += 1
            continue
        end = k
        while end < n and name_word(doc[end]):
            end += 1
        # not a name the model tagged in part ("G4S Secure Solutions"), nor a title-case headline's words
        beside = k > 0 and doc[k - 1].ent_type_ or end < n and doc[end].ent_type_
        if 2 <= end - k and not beside:
            label = "ORG" if doc[end - 1].lower_ in _BODY_WORDS else "PERSON" if end - k <= 4 and _appositive_roles(doc[k:end].root, lexicons) else None
            if label is not None:
                text = doc.text if text is None else text  # doc.text is rebuilt on each access
                if title_case_line(text, doc[k].idx) is None:
                    found.append(Span(doc, k, end, label=label))
        k = max(end, k + 1)
    return sorted([*ents, *found], key=lambda e: e.start) if found else list(ents)


# "Hartfield, 54,", "Hartfield (R-Ohio)", "Hartfield, D-Tex.,", "Hartfield (D)": an age or a US party
# and state set right after a name is said only of a person
_PERSON_MARK_CHARS = 24  # how far after a name its age or party is looked for (a token has at least one character)
_PERSON_MARK = re.compile(r"(?:, \d{1,3},|,? ?\(?[RDI]-[A-Z][A-Za-z.]*\)?[,) ]| \([RDI]\))")


def _person_marked(ent: Span) -> bool:
    """A name with an age, a party and state, or a party member set beside it ("Hartfield, a
    Republican,"): a person whatever the model's tag (a surname it reads as a place or body)."""
    doc = ent.doc
    # the 24 characters after the name, from its own tokens: ``doc.text`` rebuilds the whole
    # article's text on every read, which made this test most of the speakers' time
    after = ent[-1].whitespace_ + doc[ent.end : ent.end + _PERSON_MARK_CHARS].text_with_ws
    if _PERSON_MARK.match(after[:_PERSON_MARK_CHARS]):
        return True
    return any(
        c.dep_ == "appos" and c.ent_type_ == "NORP" and c.tag_ == "NNP" and any(d.lower_ in ("a", "an") for d in c.children)
        for c in ent.root.children
    )


def _beside_kin(root, lexicons: Lexicons) -> bool:
    """A name set beside a noun for one person ("his nephew Michery el Soheil", "her friend, Ana
    Duarte,"; speaker_words ``role``): a person, whatever the model's tag."""
    head = root.head if root.dep_ == "appos" else None
    return head is not None and head.tag_ == "NN" and lexicons["speaker_words"].get(head.lower_, "").startswith("role") and not in_brackets(root)


def in_brackets(token) -> bool:
    """Whether the name ``token`` is in opens with a bracket: "Price (D-Newport News)" gives a
    party and district, no second name."""
    first = token.i
    if token.ent_iob_ in ("B", "I"):
        while first > 0 and token.doc[first].ent_iob_ == "I":
            first -= 1
    else:
        first = token.left_edge.i
    return first > 0 and token.doc[first - 1].text == "("


def _staff_body(ent: Span, lexicons: Lexicons) -> bool:
    """A PERSON tag on the object of "analysts at", "economists at": staff work at a body, never at a
    person ("Analysts at Bernstein said"; a person's staff are "aides to" them)."""
    root = ent.root
    prep = root.head
    return root.dep_ == "pobj" and prep.lower_ == "at" and lexicons["speaker_words"].get(prep.head.lower_) == "staff"


def _place_object(ent: Span) -> bool:
    """A one-word PERSON tag that is the object of "in" ("arrived in Cork", "based in Tralee"):
    news writes a place there, never a person alone (a person's view is "in Doe's view"), so
    it is no "he"/"she" (issue 14)."""
    root = ent.root
    return len(ent) == 1 and root.dep_ == "pobj" and root.head.lower_ == "in" and not any(c.dep_ in ("case", "poss") for c in root.children)


def _party_name(words: tuple[str, ...], lexicons: Lexicons) -> bool:
    """ "Liberal Democrats", "Scottish Nationalists": capitalised modifiers before a plural of
    party members name the party, a body (speaker_words ``party``); the plural alone
    ("Democrats said") is its members, a group (issue 14)."""
    return (
        2 <= len(words) <= 3
        and lexicons["speaker_words"].get(words[-1].lower()) == "party"
        and all(w[:1].isupper() and w.isalpha() for w in words)
    )


def _other_for(table: EntityTable, ent: Span, words: tuple[str, ...], lexicons: Lexicons) -> Entity:
    """The entity an ORG / GPE / NORP mention joins, or a new one (a PERSON here is a body the
    model mis-tagged, see :func:`_body_appositive`)."""
    kind = SpeakerKind.ORGANIZATION if ent.label_ == "PERSON" or _party_name(words, lexicons) else _KINDS[ent.label_]
    found = None
    if _short_form(words) and ent.label_ in ("ORG", "GPE"):
        found = table.find(words, ent.start_char, person=True)  # "Trump", "De Blasio" tagged ORG
        # a person the article names only by surname counts when the model tagged that surname a
        # person more than once: the ORG tag of one more "Doe" is the model's slip (issue 14)
        # ... or a courtesy title ("Ms. Whitlow") made a person of it: a title no body takes
        sure = found is not None and (
            any(len(n) > 1 for n in found.names)
            or ent.label_ == "ORG" and found.labels.count("PERSON") >= 2
            or any(ev.source == "honorific" for ev in found.evidence)
            or found in table.marked  # "Hartfield, 54, said ... Hartfield added"
        )
        found = found if sure else None
    # a generic last word ("House", "Department") names no particular body on its own
    if found is None and not all(w.lower() in lexicons["org_nouns"] for w in words):
        found = table.find(words, ent.start_char, person=False) if ent.label_ != "GPE" or len(words) > 1 else table.find(words, ent.start_char, person=False, leading=False)
        found = found if found is not None and found.kind == kind else None
    if found is None:
        found = Entity(id="", kind=kind)
        table.entities.append(found)
    return found


def _subject_role(root) -> tuple[bool, object]:
    """Whether a name is a clause subject, and that clause's verb: as the subject itself, or as
    the appositive of a subject noun ("Her deputy, Ann Lowe, agreed": Ann Lowe is who agreed)."""
    if root.dep_ in _SUBJECT:
        return True, root.head
    if root.dep_ == "appos" and root.head.dep_ in _SUBJECT and root.head.tag_ in ("NN", "NNS"):
        return True, root.head.head
    return False, root.head


def _leads_subject(root, lexicons: Lexicons) -> bool:
    """ "Mr. Doe's campaign vowed to fight on. He gave a speech ...": the owner of a subject that is a
    body a person leads (speaker_words ``led``) is what the passage is about, as salient for a
    later he/she as a subject (round speakers17). Salience only: the clause is the body's. So
    too the author of a text or words as subject ("Tuttle's article attacked Doe. He calls ...",
    speaker_words ``document``, a cue noun: round speakers19a); never the owner of a person
    ("Doe's son said ... He" is the son)."""
    head = root.head
    if root.dep_ != "poss" or head.dep_ not in _SUBJECT:
        return False
    lemma = head.lemma_.lower()
    return lexicons["speaker_words"].get(lemma) in ("led", "document") or bool(lexicons["cue_nouns"].get(lemma))


def _add_mention(entity: Entity, item: _Ent, seen: list[_Seen], lexicons: Lexicons, resolver: SurfaceResolver, sent_starts: list[int]) -> None:
    ent, root = item.span, item.root
    entity.mentions.append((ent.start_char, ent.end_char))
    entity.labels.append(ent.label_)
    subject, clause = _subject_role(root)
    if not subject and _leads_subject(root, lexicons):
        subject, clause = True, root.head.head
    seen.append(_Seen(ent.start_char, ent.end_char, entity, subject, ent.start, subject and clause.dep_ == "ROOT"))
    if entity.kind != SpeakerKind.PERSON or ent.label_ != "PERSON":
        return
    title = resolver._title_before(ent) or item.inner_title
    if title:
        entity.titles.append(title)
    before = ent.doc[ent.start - 1] if ent.start else None
    courtesy = before is not None and word_gender(before.text, lexicons, kind="honorific") is not None
    if before is not None and before.text.endswith(".") and lexicons["titles"].get(before.lower_) and not courtesy:
        entity.titles.append(before.text)  # "Gov. Jane Doe": the abbreviated role is a title too (not "Ms.")
    role = appositive_role(root, lexicons)
    if role:
        entity.roles.append(role)
    entity.role_titles.extend(_appositive_roles(root, lexicons))
    entity.evidence.extend(_gender_evidence(item, title, lexicons, sent_starts))


def _gender_evidence(item: _Ent, title: str | None, lexicons: Lexicons, sent_starts: list[int]) -> list[Evidence]:
    """Honorific before or in the name, gendered role beside it, the next he/she it is subject of."""
    ent, root = item.span, item.root
    doc = ent.doc
    found = []
    for token in (doc[ent.start - 1] if ent.start else None, ent[0]):
        g = word_gender(token.text, lexicons, kind="honorific") if token is not None else None
        if g:
            found.append(Evidence(g, "honorific", token.text))
    roles = [t for t in (title or "").split()] + [t.text for t in root.children if t.dep_ == "appos"]
    if root.dep_ == "appos":
        roles.append(root.head.text)
    for word in roles:
        g = word_gender(word, lexicons, kind="role")
        if g:
            found.append(Evidence(g, "role", word))
    # "Jane Doe said she ...": the subject pronoun of a later clause, when she is the only
    # person of the sentence (a possessive often means someone else: "Doe grilled Roe on his pay")
    if root.dep_ not in _SUBJECT:
        return found
    k = bisect.bisect_right(sent_starts, ent.start) - 1
    sent_start = sent_starts[k] if k >= 0 else 0
    sent_end = sent_starts[k + 1] if k + 1 < len(sent_starts) else len(doc)
    if not any(t.ent_type_ == "PERSON" for t in doc[sent_start : ent.start]):
        for token in doc[ent.end : sent_end]:
            if token.ent_type_ == "PERSON":
                break
            features = pronoun_features(token.text, lexicons) if token.dep_ in _SUBJECT else None
            if features and features[0] in ("m", "f"):
                found.append(Evidence(features[0], "pronoun", token.text))
                break
    return found
