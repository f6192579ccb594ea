"""Resolve every source mention against the article's entity table (issue 14).

A reader resolves a source mention with the whole article in view:
- a name, surname, "Mr./Ms. X" or possessive is the entity whose names it matches
  (:mod:`.entities`), wherever the full name appears;
- a pronoun is the most salient compatible entity before it: compatible in gender
  (he/she against the entity's estimate, unknown fits both) and number (they: a group
  or organisation; it: an organisation or document); salient by recency in sentences,
  by being a clause subject, and above all by being the speaker of the claim just
  before (a quotation continuing over paragraphs, "he added" after a quote);
- "I"/"we" inside quote marks are the speaker of that quotation;
- a relative pronoun is the noun phrase its clause hangs from;
- a description is the entity the article ties it to: an appositive name in it
  ("Brazile's colleague, Jake Tapper,"), a role named with a person ("the senator" after
  "Sen. Jane Doe" or "Doe, the senator,"), "the newspaper" after an organisation named
  just before; otherwise it stays a description (anonymous, group or document), never
  given a name it does not hold.
Each speaker gets ``Speaker.id``, one per entity within the article.
"""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy
from spacy.attrs import SENT_START
from spacy.tokens import Doc, Span, Token

from ..attribution import Candidate
from ...lexicons import Lexicons
from ...models import Form, Mention, Speaker, SpeakerKind
from ...text.quotes import scan_quotes
from ...text.title_case import title_case_line
from .authors import find_author
from .interviews import Transcript, find_transcript
from .entities import _BODY_WORDS, Entity, EntityTable, _party_name, build_entities, capitalised_name, headline_words, in_brackets, near_hint
from .gender import given_name_gender, pronoun_features, word_gender
from .kinds import describe_kind, is_age, is_person_noun, is_proper, joined_words, plain_words
from .roles import role_over_named_object
from .surface import SurfaceResolver, _strip_determiner, clean_name, spaced_dash, strip_space, trim_asides

__all__ = ["SpeakerLinker", "resolve_speakers"]

# salience weights (sentence distance counts -1 per sentence)
SUBJECT_BONUS = 2.0
LAST_SPEAKER_BONUS = 1.5
PRONOUN_CHAIN_SENTENCES = 2  # how far back a non-claim "he"/"she" subject carries its referent on
MAX_SENTENCES = 12  # an antecedent further back than this is no antecedent
EMBEDDED_SUBJECT_SHARE = 0.5  # the subject of a reported clause is less salient than the reporter
ORG_AS_THEY_PENALTY = 1.5  # "they" for an organisation is looser than for a group
UNKNOWN_GENDER_PENALTY = 0.75  # he/she fit a person of unknown gender less than one known to match
PLACE_AS_IT_PENALTY = 1.5
DESCRIPTION_SENTENCES = 4
DESCRIPTION_DETERMINERS = ("the", "a", "an")  # "the newspaper" picks up an organisation named this recently
LEDE_SENTENCES = 4  # a description this early (headline and lede) may name its person only later
CATAPHORA_SENTENCES = 6  # ... within this many sentences after it
CATAPHORA_TITLE_PARAGRAPHS = 2  # ... and, tied only by an abbreviated title, within this many paragraphs
SORT_BONUS = 1.5  # a body whose own words give the description's sort ("Dalton Energy" for "the company")
EMPLOYER_SHARE = 0.5  # a body named only as a person's employer in a role is half as salient
SINGULAR_THEY_SENTENCES = 2  # a singular "they" picks up a person who spoke this close
COMMON_NOUN_SENTENCES = 2  # an unnamed noun subject ("the judges", "the ad") is picked up only this close
_NAMED = ("PERSON", "ORG", "GPE", "NORP")
# the roles of people named in the sentence of a "they" that it may pick up besides a subject
_NAME_LEAD_DEPS = ("compound", "amod", "nmod", "poss", "case", "det", "punct", "flat")  # a title before a name
_BESIDE_DEPS = ("dobj", "pobj", "conj", "appos", "attr")
_APPOSITIVE_NAMES = ("PERSON", "ORG", "GPE")  # entity tags of a name set beside a description
# sorts of body (body_sorts) whose noun before a role says whose role it is ("the union chief")
_PRIVATE_SORTS = ("company", "union", "club", "media", "court", "school")


@dataclass
class _Said:
    """A resolved speaker, kept for the salience of later pronouns."""

    char: int
    sent: int
    speaker: Speaker
    entity: Entity | None
    gender: str | None
    # the speaker of a subordinate clause ("Doe, who has called it a hoax", "When Doe argued ..."):
    # less salient for a later pronoun than the speaker of a main clause
    embedded: bool = False
    # the gender an unnamed speaker's head noun gives ("a spokeswoman"): it only rules out the
    # other pronoun; a fitting one still counts as a speaker of unknown gender
    noun_gender: str | None = None


class SpeakerLinker:
    """Resolves mentions of one doc in document order against its entity table."""

    def __init__(
        self,
        doc: Doc,
        lexicons: Lexicons,
        *,
        quotes: list[tuple[int, int]] | None = None,
        skip: Sequence[tuple[int, int]] = (),
    ) -> None:
        self.doc, self.lexicons = doc, lexicons
        self.surface = SurfaceResolver(doc, lexicons)
        self.table: EntityTable = build_entities(doc, lexicons, self.surface, skip=skip)
        self.said: list[_Said] = []
        # sentence starts read as an array: iterating doc.sents builds every sentence span
        starts = doc.to_array([SENT_START]) if len(doc) else []
        self._sent_starts = [int(i) for i in numpy.nonzero(numpy.asarray(starts) == 1)[0]] or [0]
        # quoted stretches as (start_char, end_char); doc.text is rebuilt on each access, so
        # the caller passes the quotations it already has (the direct claims)
        regions = sorted(quotes) if quotes is not None else [(q.inner_start, q.inner_end) for q in scan_quotes(doc.text)]
        self._quote_starts = [lo for lo, _ in regions]
        self._quote_ends = [hi for _, hi in regions]
        self.descriptions: dict[str, str] = {}
        self._author: tuple[Span | None] | None = None
        self._transcript: tuple[Transcript | None] | None = None
        self._chaining = False  # resolving a chain pronoun: no chain inside it
        self._head_end: tuple[int] | None = None
        self._chain_cache: dict[int, Speaker | None] = {}
        self._role_ties: dict[str, list[tuple[Entity, int, tuple[str, ...]]]] = {}
        self._topic_list: list[Entity | None] | None = None
        self._named_documents: dict[str, list[tuple[int, str]]] = {}
        self._role_list: dict[str, list] | None = None
        self._heard: dict[str, str] = {}  # entity id -> the gender of a he/she resolved to it
        self._sort_cache: dict[Entity, set[str]] = {}
        self._text: str | None = None  # doc.text, read once when a headline needs it
        self._content: tuple[int, int] | None = None  # the content of the claim being resolved

    def _description_id(self, key: str) -> str:
        """The id of an unnamed party, one per description text in the article ("d1", "d2", ...)."""
        return self.descriptions.setdefault(key, f"d{len(self.descriptions) + 1}")

    def _spoken(self) -> list[tuple[int, int]]:
        """The source mentions resolved so far, as (start_char, end_char)."""
        return [(s.speaker.mention.start, s.speaker.mention.end) for s in self.said if s.speaker.mention is not None]

    def in_quote(self, char: int) -> bool:
        k = bisect.bisect_right(self._quote_starts, char) - 1
        return k >= 0 and char < self._quote_ends[k]

    def sent_index(self, token_i: int) -> int:
        return bisect.bisect_right(self._sent_starts, token_i) - 1

    def resolve(self, span: Span, *, content: tuple[int, int] | None = None) -> Speaker:
        """The speaker of one source mention (see the module docstring); ``content`` is the
        (start_char, end_char) of what the claim says, when known."""
        self._content = content
        span = self._headline_trim(strip_space(self._with_conjuncts(trim_asides(span))))
        mention = Mention(text=span.text, start=span.start_char, end=span.end_char)
        words = plain_words(span)
        if span.root.tag_ == "PRP" and len(words) > 1:  # "it further": the parse took an adverb in
            words = [span.root]
        # "US" in capitals is the country, not "us" (a headline's "US: ..."; issue 14)
        acronym = len(words) == 1 and (words[0].ent_type_ or len(words[0]) > 1 and words[0].text.isupper())
        label = self._transcript_label(span, words, mention)
        if label is not None:
            return label
        kin = self._narrator_kin(span, mention)
        if kin is not None:  # "my father" in a first-person piece that names "my parents, James and Olive Meehan"
            return self._remember(span, kin, None)
        dashed = self._dashed_name(span)
        if dashed is not None:  # "Deborah Jordan Reynolds - Santilli's girlfriend - told"
            return self._remember(span, self._from_entity(dashed, mention, None), dashed)
        if len(words) == 1 and not acronym and pronoun_features(words[0].text, self.lexicons):
            gender, number = pronoun_features(words[0].text, self.lexicons) or ("x", "sg")
            if gender not in ("1", "2"):
                return self._remember(span, self._pronoun(span, gender, number, mention), None)
            # not remembered: "I", "we", "you" are no antecedent of a later he, she or they
            return self._first_or_second(span, gender, number, mention)
        if not words:  # "Some say": the quantifier is the whole mention, and plain_words drops it
            words = [t for t in span if not t.is_punct and not t.is_space][:2]
        indefinite = self.lexicons["speaker_words"].get(words[0].lower_, "") if len(words) == 1 else ""
        if indefinite.startswith("indef-"):  # "someone", "many": nobody in particular
            kind = SpeakerKind.ANONYMOUS if indefinite == "indef-sg" else SpeakerKind.GROUP
            return self._remember(span, Speaker(name=words[0].text, mention=mention, kind=kind), None)
        if len(span) == 1 and span.root.tag_ in ("WP", "WDT") and span.root.head.dep_ == "relcl":
            antecedent = span.root.head.head
            personal = span.root.lower_ in ("who", "whom")
            names = [c for c in antecedent.children if c.dep_ == "appos" and c.ent_type_ == "PERSON"]
            if names:  # "his wife, Laura, who said": the name beside the noun
                antecedent = names[0]
            elif (head := _appositive_head(antecedent, personal)) is not None:
                antecedent = head  # "John Doe, a staffer who said", "China, the biggest polluter, which"
            elif personal and antecedent.ent_type_ != "PERSON" and not is_person_noun(antecedent, self.lexicons):
                person = self._person_of_who(span.root, antecedent) or self._who_past_a_thing(span.root, antecedent)
                antecedent = person if person is not None else antecedent
            found = self._relative_antecedent(span.root, antecedent)
            if personal and found.kind == SpeakerKind.DOCUMENT:
                # "an architect who said": "who" is said of people, never of a text or a thing
                plural = antecedent.tag_ in ("NNS", "NNPS")
                found = found.model_copy(update={"kind": SpeakerKind.GROUP if plural else SpeakerKind.ANONYMOUS})
            return found.model_copy(update={"mention": mention})
        described = self._headline_description(span, mention) or self._headline_title(span, words, mention)
        if described is not None:
            return self._remember(span, described, None)
        joined = self._joined(span)
        if len(joined) > 1:  # "Mr. King and Mr. Schultz": several named parties speak together
            return self._remember(span, _group_of(joined, mention), None)
        pair = self._the_two(span)
        if pair is not None:  # "both candidates", "the two men": the two people just named
            return self._remember(span, _group_of(pair, mention), None)
        surface = self.surface.resolve(span)
        party = self._party(span)
        if party is not None:  # "The Liberal Democrats said": the party speaks
            ident = self._description_id(party.lower())
            return self._remember(span, Speaker(name=party, mention=mention, kind=SpeakerKind.ORGANIZATION, id=ident), None)
        short = self._short_body_name(span)
        if short is not None:
            return self._remember(span, self._from_entity(short, mention, None), short)
        if self._is_document(span.root):  # "a Bloomberg poll", "a Jane Doe tweet": the document speaks
            return self._remember(span, self._description(span, surface, mention), None)
        if (self._owner_only(span) or self._body_owned(span)) and not self._appositive(span):
            # "Doe's lawyer" named elsewhere ("a lawyer for Doe, Ann Lee"), or in the next paragraph
            owned = self._owned_role(span) or self._named_next_for_owner(span)
            if owned is not None:
                return self._remember(span, self._from_entity(owned, mention, None), owned)
            return self._remember(span, self._description(span, surface, mention, own=True), None)
        body = self._led_body(span, mention) or self._named_campaign(span, mention)
        if body is not None:
            return self._remember(span, body, None)
        plural = self._plural_people(span)
        if plural:
            listed = self._listed_people(span)
            if len(listed) > 1:  # "Two residents, Ann Brisk and Tom Vale, said": the named people speak together
                return self._remember(span, _group_of(listed, mention), None)
            names = self._listed_names(span)
            if names:  # ... one of them a name the model tagged a body or nothing
                joined = _joined_names(names)
                ident = self._description_id(joined.lower())
                return self._remember(span, Speaker(name=joined, mention=mention, kind=SpeakerKind.GROUP, id=ident), None)
            if surface.kind == SpeakerKind.PERSON:  # "Romney's associates": a name inside is their owner, not them
                surface = surface.model_copy(update={"name": clean_name(_strip_determiner(span).text), "kind": SpeakerKind.GROUP})
        entity = self._staff_of(span) or self._entity_of(span, surface) or self._named_later(span)
        if entity is not None and plural and entity.kind == SpeakerKind.PERSON:
            entity = None  # "the three historians" are never one of them
        if entity is not None:
            if entity.kind == SpeakerKind.PERSON and entity.names and all(len(n) == 1 for n in entity.names):
                # "Ward councillor Priti Sharma said ... Ms Sharma said": the table knows only the
                # surname (the model tagged the full name as no person); the speaker named in full has it
                earlier = self._bearer_of(entity.names[0][0])
                if earlier is not None:
                    self.table.add_name(entity, self._bare_name(earlier.name))
            return self._remember(span, self._from_entity(entity, mention, surface.title), entity)
        earlier = self._untagged_bearer(words)
        if earlier is not None:
            return self._remember(span, earlier.model_copy(update={"mention": mention}), None)
        return self._remember(span, self._description(span, surface, mention), None)

    def _transcript_label(self, span: Span, words: list, mention: Mention) -> Speaker | None:
        """ "WREN: Why?": a transcript's upper-case label opening a line is a name in capitals,
        the model tags it as nothing or a common noun: the person the article names with it
        ("Fox host Ann Wren"), else, tagged a person, a person of that name; a role label
        ("MODERATOR:", "Q:") or a page's "UPDATE:" is left to the description rules (issue 14)."""
        doc = self.doc
        if not words or span.end >= len(doc) or doc[span.end].text != ":" or not all(t.is_upper and t.is_alpha and len(t) > 1 for t in words):
            return None
        if self._text is None:
            self._text = doc.text
        line_start = self._text.rfind("\n", 0, span.start_char) + 1
        if self._text[line_start : span.start_char].strip(" \t\"“'"):
            return None
        names = tuple(t.text for t in words)
        entity = self.table.find(names, span.start_char, person=True)
        if entity is not None:
            return self._remember(span, self._from_entity(entity, mention, None), entity)
        if not any(t.ent_type_ == "PERSON" for t in words) or any(self.lexicons["titles"].get(t.lower_) or self.lexicons["speaker_words"].get(t.lower_) or is_person_noun(t, self.lexicons) for t in words):
            return None  # "UPDATE:" of a live page, "MODERATOR:": no name the model or the article knows
        name = " ".join(w.capitalize() for w in names)
        ident = self._description_id(name.lower())
        return self._remember(span, Speaker(name=name, mention=mention, kind=SpeakerKind.PERSON, id=ident), None)

    def _headline_trim(self, span: Span) -> Span:
        """ "Embattled Harlow Says ...": a mention of capitalised words in a title-case headline
        without its leading words the body never writes, so the name the body uses is resolved
        (see :func:`headline_words`; issue 14)."""
        if len(span) < 2 or not all(t.is_alpha and t.text[:1].isupper() for t in span):
            return span
        if self._text is None:
            self._text = self.doc.text
        line = title_case_line(self._text, span.start_char)
        if line is None or span.end_char > line[1]:
            return span
        kept = headline_words([t.text for t in span], self._text, line, self.lexicons["org_nouns"])
        if not 0 < len(kept) < len(span):
            return span
        return self.doc[span.end - len(kept) : span.end]

    def _headline_title(self, span: Span, words: list, mention: Mention) -> Speaker | None:
        """ "Justice vows to be more circumspect", "Senator from Texas says ...": a title word
        with no article and no name, capitalised as a sentence's first word in the headline, dek
        or lede, is headline style for the person the story is about, when it names no one of the
        article: the one named after it with that title, else the first person subject of a
        sentence after it (within ``LEDE_SENTENCES``); else the role in lower case, never a name
        "Justice" (issue 14)."""
        root = span.root
        # the title alone, or with a place it is of ("Senator from Texas")
        place = len(words) > 1 and all(t.i == root.i or t.ent_type_ == "GPE" or t.dep_ == "prep" and t.head.i == root.i for t in words)
        if not (len(words) == 1 or place) or root.i != words[0].i or not root.is_title or not self.lexicons["titles"].get(root.lower_):
            return None
        if span[0].i != root.i or not root.is_sent_start and not (root.i > 0 and self.doc[root.i - 1].is_space):
            return None
        if not self._in_lede(span.start) or self.table.find((root.text,), span.start_char) is not None:
            return None
        word = root.lower_

        def titled(e: Entity) -> bool:  # "Sen." for "senator"
            return any(_role_word_is(w, word) for t in e.titles + e.role_titles for w in t.lower().split())

        after = span.end_char
        later = [e for e in self.table.entities if e.kind == SpeakerKind.PERSON and any(a >= after for a, _ in e.mentions)]
        later.sort(key=lambda e: min(a for a, _ in e.mentions if a >= after))
        found = next((e for e in later if titled(e)), None)
        if found is None:
            here = self.sent_index(span.start)
            topics = self._topics()
            found = next((topics[k] for k in range(here + 1, min(len(topics), here + 1 + LEDE_SENTENCES)) if topics[k] is not None), None)
        if found is not None:
            return self._from_entity(found, mention, None)
        name = "the " + " ".join(t.lower_ if t.i == root.i else t.text for t in words)
        return Speaker(name=name, mention=mention, kind=SpeakerKind.ANONYMOUS, id=self._description_id(name.lower()))

    def _narrator_kin(self, span: Span, mention: Mention) -> Speaker | None:
        """ "my father said" in narration (a first-person piece): the person the piece names as
        the narrator's father once, set beside "my father" ("my father, James Meehan,") or in
        "my parents, James and Olive Meehan," (the one whose given name fits the kin noun's
        gender, with the surname the two share); none when the piece names no one so."""
        tokens = [t for t in span if not t.is_punct and not t.is_space]
        if len(tokens) != 2 or tokens[0].lower_ != "my" or tokens[1].tag_ != "NN" or self.in_quote(span.start_char):
            return None
        kin = tokens[1].lower_
        gender = word_gender(kin, self.lexicons, kind="role")
        if gender not in ("m", "f") or not self.lexicons["speaker_words"].get(kin, "").startswith("role"):
            return None
        doc = self.doc
        for t in doc:
            if t.i == 0 or doc[t.i - 1].lower_ != "my" or t.lower_ not in (kin, "parents") or t.i + 2 >= len(doc) or doc[t.i + 1].text != ",":
                continue
            if self.in_quote(t.idx):
                continue
            run = []
            for u in doc[t.i + 2 : t.i + 9]:
                if u.text in (",", ".", ";", ":") or not (u.is_title or u.lower_ == "and"):
                    break
                run.append(u)
            names = _kin_names([u.text for u in run]) if t.lower_ == "parents" else ([" ".join(u.text for u in run)] if len(run) >= 2 and "and" not in [u.lower_ for u in run] else [])
            fit = names
            if t.lower_ == "parents":  # the parent whose given name fits, or the other of a known one
                genders = [given_name_gender(n.split()[0], self.lexicons) for n in names]
                fit = [n for n, g in zip(names, genders) if g == gender]
                if not fit and len(names) == 2 and sorted(genders, key=str) == sorted([None, "f" if gender == "m" else "m"], key=str):
                    fit = [n for n, g in zip(names, genders) if g is None]
            if len(fit) == 1:
                first = self.table.covering(run[0].idx) if run and run[0].ent_type_ == "PERSON" else None
                ident = first.id if first is not None and t.lower_ == kin else self._description_id(fit[0].lower())
                return Speaker(name=fit[0], mention=mention, kind=SpeakerKind.PERSON, id=ident)
        return None

    def _dashed_name(self, span: Span) -> Entity | None:
        """A mention that opens with a person's name and then a spaced dash ("Ann Lee - Doe's
        partner and co-host -"): the dash sets off a description of the named person, who speaks."""
        dash = next((t for t in span if spaced_dash(t)), None)
        if dash is None or dash.i == span.start or dash.i + 1 >= span.end:
            return None
        first = self.table.covering(span[0].idx) if span[0].ent_type_ == "PERSON" else None
        if first is None or first.kind != SpeakerKind.PERSON or self.table.covering(self.doc[dash.i - 1].idx) is not first:
            return None
        return first

    def _headline_description(self, span: Span, mention: Mention) -> Speaker | None:
        """ "Retired General Reveals ...", "Popular Website Shows ...", "New Poll Shows ...": a title-case
        headline capitalises a description, so the model reads it as a name; when the body never
        writes those words (:func:`headline_words` keeps none), they are a description of who
        the lede names: the first person the lede gives that title or role ("Retired U.S. Air
        Force Gen. Norman Ham"), the first body it names for a body noun, the article's one named
        document of that kind; else the description as written, in lower case (issue 14)."""
        if len(span) < 2 or not all(t.is_alpha and t.text[:1].isupper() for t in span):
            return None
        if self._text is None:
            self._text = self.doc.text
        line = title_case_line(self._text, span.start_char)
        if line is None or span.end_char > line[1] or headline_words([t.text for t in span], self._text, line, self.lexicons["org_nouns"]):
            return None
        head = span[-1].lower_
        words = self.lexicons["speaker_words"]
        lede = [e for e in self.table.entities if any(s >= line[1] for s, _ in e.mentions)]
        lede.sort(key=lambda e: min(s for s, _ in e.mentions if s >= line[1]))
        text = " ".join(t.lower_ for t in span)
        if words.get(head) == "document" and head != "website":
            names = {name.lower(): name for token in self.doc if token.idx > line[1] and token.lower_ == head and (name := self._document_name(token, line[1]))}
            name = next(iter(names.values())) if len(names) == 1 else text
            return Speaker(name=name, mention=mention, kind=SpeakerKind.DOCUMENT, id=self._description_id(name.lower()))
        if self.lexicons["titles"].get(head) or words.get(head, "").startswith("role"):
            for e in lede:
                titles = [w.lower() for t in e.titles + e.role_titles for w in t.replace(",", " ").split()]
                if e.kind == SpeakerKind.PERSON and any(_role_word_is(w, head) for w in titles):
                    return self._from_entity(e, mention, None)
            return None
        if head in self.lexicons["org_nouns"] or head == "website":
            sort = self.lexicons["body_sorts"].get(head)
            for e in lede:
                if e.kind == SpeakerKind.ORGANIZATION and "GPE" not in e.labels and (sort is None or not self._sorts(e) or sort in self._sorts(e)):
                    return self._from_entity(e, mention, None)
        return None

    def _untagged_bearer(self, words: list) -> Speaker | None:
        """ "Hans Richter, head of quality at the firm, told reporters ... Richter said": a surname
        alone, tagged as nothing, is the latest speaker named in full with it whom the table does
        not hold (the model tagged neither; issue 14)."""
        if len(words) != 1 or words[0].ent_type_ or words[0].pos_ != "PROPN" or not words[0].is_title:
            return None
        return self._bearer_of(words[0].text)

    def _bare_name(self, name: str) -> tuple[str, ...]:
        """The name words after any role before them ("Ward councillor Priti Sharma" -> Priti
        Sharma): the capitalised run after the last lowercase or title word."""
        words = name.split()
        cut = max((k + 1 for k, w in enumerate(words[:-1]) if not w[:1].isupper() or self.lexicons["titles"].get(w.lower())), default=0)
        return tuple(words[cut:])

    def _bearer_of(self, surname: str) -> Speaker | None:
        """The latest speaker named in full with ``surname`` whom the table does not hold."""
        for said in sorted(self.said, key=lambda x: -x.char):
            name = said.speaker.name.split()
            if said.entity is None and said.speaker.kind == SpeakerKind.PERSON and len(name) > 1 and name[-1] == surname:
                return said.speaker
        return None

    def _in_lede(self, token_i: int) -> bool:
        """Whether fewer than ``LEDE_SENTENCES`` sentences of prose come before ``token_i``: a
        sentence that ends as prose does (".", "!", "?", or a closing quote after one), not a
        section label, headline, byline or time stamp above the lede ("Politics", "By Dana
        Whitcomb, CNN", "Updated 4:12 PM EST"). Counting stops at the bound."""
        starts, count = self._sent_starts, 0
        for k in range(self.sent_index(token_i)):
            sent = self.doc[starts[k] : starts[k + 1]]
            last = next((t for t in reversed(sent) if not t.is_space and not t.is_quote), None)
            count += last is not None and last.text in (".", "!", "?", "...", "…")
            if count >= LEDE_SENTENCES:
                return False
        return True

    def _named_later(self, span: Span) -> Entity | None:
        """ "The talks stalled, a veteran diplomat said. Wendy Marsh, the veteran diplomat, ...":
        a lede may bring a person in by role ("a veteran diplomat", "a Harlow ally") and name
        them a few sentences on, with that role as an appositive or a title before the name
        ("Harlow ally Pete Oduya"). The description is that person when the article ties the
        role to exactly one named person, first named after the description (issue 14)."""
        root = span.root
        if span[0].lower_ not in ("a", "an") or root.tag_ != "NN" or root.ent_type_ or not is_person_noun(root, self.lexicons):
            return None
        here = self.sent_index(span.start)
        if not self._in_lede(span.start) or any(t.ent_type_ == "PERSON" for t in span):
            return None
        ties = [(e, at) for e, at, _ in self._fitting_ties(span)]
        if len({id(e) for e, _ in ties}) != 1:
            return None  # no one, or two people, given the role: leave it a description
        entity, at = ties[0]
        if min(s for s, _ in entity.mentions) < span.end_char or self.sent_index(at) - here > CATAPHORA_SENTENCES:
            return None  # named before (not cataphora), or too far on to be the one meant
        return entity

    def _ties(self, lemma: str) -> list[tuple[Entity, int, tuple[str, ...]]]:
        """Every person mention the article gives the role ``lemma`` beside (an appositive, a
        title before the name): the entity, the name's token index, the role's words. Read
        once per role from the table's person mentions."""
        if lemma in self._role_ties:
            return self._role_ties[lemma]
        found = []
        doc = self.doc
        for seen in self.table.seen:
            if seen.entity.kind != SpeakerKind.PERSON:
                continue
            name = doc.char_span(seen.start_char, seen.end_char, alignment_mode="expand")
            if name is None or name.root.ent_type_ != "PERSON":
                continue
            roles = [c for c in name.root.children if c.dep_ == "appos" and c.tag_ == "NN" and c.lemma_.lower() == lemma]
            for role in roles:
                found.append((seen.entity, name.start, tuple(t.lower_ for t in role.subtree)))
            k = name.start - 1
            while k >= 0 and doc[k].dep_ in ("compound", "nmod", "amod") and k < doc[k].head.i < name.end:
                k -= 1
            before = doc[k + 1 : name.start]
            if len(before) and _role_word_is(before[-1].lemma_.lower(), lemma):
                # the role's own words with its owner: "Brookfield Water's former manager Dana
                # Whitfield" ties "former manager at Brookfield Water"; a bare "Sen." is the title alone
                words = {t.lower_ for t in before} | {t.lower_ for t in before[-1].subtree if t.i < name.start}
                found.append((seen.entity, name.start, tuple(sorted(words))))
        self._role_ties[lemma] = found
        return found

    def _led_body(self, span: Span, mention: Mention) -> Speaker | None:
        """ "her campaign", "the campaign": a body a person leads and that news names after them
        (speaker_words ``led``: campaign, administration) is that person's ("Jane Doe campaign"):
        the owner a possessive pronoun stands for, else the person of the latest "Doe campaign"
        in the last sentences, else the person the passage is about (issue 14)."""
        root = span.root
        lemma = root.lemma_.lower()
        if root.tag_ != "NN" or self.lexicons["speaker_words"].get(lemma) != "led":
            return None
        others = [t for t in span if t.i != root.i and not t.is_punct]
        if len(others) != 1 or others[0].tag_ not in ("DT", "PRP$") or others[0].lower_ not in ("the", "his", "her"):
            return None  # "the Trump campaign", "a campaign": not this rule
        owner = others[0]
        person: Speaker | None = None
        if owner.tag_ == "PRP$":
            gender, _ = pronoun_features(owner.text, self.lexicons) or ("x", "sg")
            person = self._antecedent(self.doc[owner.i : owner.i + 1], gender, "sg")
            if person is not None and person.kind != SpeakerKind.PERSON:
                person = None
        else:
            here = self.sent_index(span.start)
            lo = self._sent_starts[max(0, here - DESCRIPTION_SENTENCES)]
            for token in reversed(self.doc[lo : span.start]):
                if token.lemma_.lower() == lemma and token.i != root.i:
                    # the model tags a surname before "campaign" PERSON or ORG: the table knows whose it is
                    named = [c for c in token.children if c.dep_ in ("compound", "poss") and c.ent_type_ in ("PERSON", "ORG")]
                    e = self.table.covering(named[0].idx) if named else None
                    if e is not None:
                        person = self._from_entity(e, None, None)
                        break
            if person is None:
                for k in range(here - 1, max(-1, here - 1 - DESCRIPTION_SENTENCES), -1):
                    topic = self._topics()[k]
                    if topic is not None:
                        person = self._from_entity(topic, None, None)
                        break
        if person is None:
            return None
        name = f"{person.name} {root.lower_}"
        ident = self._description_id(name.lower())
        return Speaker(name=name, mention=mention, kind=SpeakerKind.ORGANIZATION, id=ident)

    def _named_campaign(self, span: Span, mention: Mention) -> Speaker | None:
        """ "the Doe campaign", "the Doe team", "the Doe camp": a body named after a person it works
        for (speaker_words ``led``, ``camp``) is that person's, named with the full name as
        :meth:`_led_body` names "her campaign", so the two share one id; a team or camp named
        after a person is their campaign (issue 14)."""
        root = span.root
        label = self.lexicons["speaker_words"].get(root.lemma_.lower())
        if root.tag_ != "NN" or label not in ("led", "camp"):
            return None
        others = [t for t in span if t.i != root.i and not t.is_punct and t.lower_ not in DESCRIPTION_DETERMINERS]
        if not others or span[0].lower_ != "the" or any(t.ent_type_ not in ("PERSON", "ORG") and t.tag_ != "NNP" or t.i > root.i for t in others):
            return None
        # the model may leave the name untagged before the noun: the table knows the surname
        words = tuple(t.text for t in others)
        person = self.table.covering(others[-1].idx) or self.table.find(words, span.start_char, person=True)
        if person is None or person.kind != SpeakerKind.PERSON or any(self.table.covering(t.idx) not in (None, person) for t in others):
            return None
        bearers = [e for e in self.table.entities if e.kind == SpeakerKind.PERSON and any(n[-1].lower() == words[-1].lower() for n in e.names)]
        # two bearers of the surname ("Donald Trump", "Ivanka Trump"): the article's own words name the body
        owner = person.name if len(bearers) < 2 else " ".join(words)
        name = f"{owner} {'campaign' if label == 'camp' else root.lower_}"
        ident = self._description_id(name.lower())
        return Speaker(name=name, mention=mention, kind=SpeakerKind.ORGANIZATION, id=ident)

    def _first_or_second(self, span: Span, gender: str, number: str, mention: Mention) -> Speaker:
        """ "I" in narration is the article's author when a byline or closing author line names
        one (:mod:`.authors`); otherwise, and for "we" and "you", nobody named: one anonymous
        person ("I", "you") or a group ("we"). "I"/"we" inside a quotation are set to the
        quotation's speaker afterwards (``_first_person_in_quotes``)."""
        if gender == "1" and number == "sg" and not self.in_quote(span.start_char):
            transcript = self.transcript()
            if transcript is not None and transcript.in_answer(span.start_char):
                return self._from_entity(transcript.interviewee, mention, None)  # "A: I knew ...": the interviewee
            author = self.author()
            if author is not None:
                entity = self.table.covering(author.start_char)
                if entity is not None and entity.kind == SpeakerKind.PERSON:
                    return self._from_entity(entity, mention, None)
                return Speaker(name=clean_name(author.text), mention=mention, kind=SpeakerKind.PERSON)
        kind = SpeakerKind.GROUP if number == "pl" else SpeakerKind.ANONYMOUS
        return Speaker(name=span.text, mention=mention, kind=kind)

    def transcript(self) -> Transcript | None:
        """The article's Q&A transcript, if it is one (:mod:`.interviews`), found once."""
        if self._transcript is None:
            people = [(e, e.mentions, len(max(e.names, key=len))) for e in self.table.entities if e.kind == SpeakerKind.PERSON and e.names]
            self._transcript = (find_transcript(self.doc.text, people),)
        return self._transcript[0]

    def author(self) -> Span | None:
        """The article's single named author (byline or closing author line), found once."""
        if self._author is None:
            self._author = (find_author(self.doc, self.surface.ents),)
        return self._author[0]

    def _short_body_name(self, span: Span) -> Entity | None:
        """ "the Post", "the Times": "the" and one capitalised word inside a sentence is the short
        name of the body the article names in full with that last word (The Washington Post),
        though the word alone is also a common noun ("post", "times") the model left untagged."""
        words = [t for t in span if not t.is_punct and not t.is_space]
        if len(words) != 2 or words[0].lower_ != "the" or words[1].is_sent_start or not words[1].is_title or words[1].ent_type_ == "PERSON":
            return None
        found = self.table.find((words[1].text,), span.start_char, person=False)
        if found is None or found.kind != SpeakerKind.ORGANIZATION or not any(len(n) > 1 and n[-1].lower() == words[1].lower_ for n in found.names):
            return None
        return found

    def _is_document(self, token) -> bool:
        label = self.lexicons["speaker_words"].get(token.lemma_.lower()) or self.lexicons["speaker_words"].get(token.lower_)
        return label == "document" and not token.ent_type_

    def _person_of_who(self, relative, antecedent):
        """ "who" is said of people: when the parser hangs it on a body or a thing ("a former
        chairman of the Council of Advisers who has advised"; "Doe is a liar and bully who"),
        the person is the named one the noun phrase describes, found by climbing from the noun
        (or the noun just before "who") through "of"-phrases and coordination to an appositive
        of a name ("Ann Lee, a professor ... and a former chairman of ...") or to the predicate
        of "be" whose subject is a name ("Doe is a ... bully"). None if no name is reached."""
        doc = self.doc
        if antecedent.ent_type_ in ("DATE", "TIME"):
            # "to re-elect Sen. Ann Lee this year, who backed ...": a time adverbial is no one; the
            # clause is about the name right before it
            k = antecedent.left_edge.i - 1
            if k >= 0 and doc[k].ent_type_ == "PERSON":
                return doc[k]
        k = relative.i - 1
        while k >= 0 and doc[k].is_punct:
            k -= 1
        starts = [antecedent] + ([doc[k]] if k >= 0 and doc[k].pos_ in ("NOUN", "PROPN") and doc[k].i != antecedent.i else [])
        for token in starts:
            for _ in range(12):  # a chain of heads, never the whole sentence
                if token.ent_type_ == "PERSON":
                    return token
                if token.dep_ == "appos" and token.head.ent_type_ == "PERSON":
                    return token.head
                if token.dep_ == "attr" and token.head.lemma_ == "be":
                    verb = token.head
                    # "Doe incites violence and is a liar ... who": coordinated verbs share the subject
                    while verb.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
                        verb = verb.head
                    subject = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.ent_type_ == "PERSON"]
                    return subject[0] if subject else None
                if token.dep_ not in ("pobj", "prep", "conj", "appos", "compound") or token.head.i == token.i:
                    break
                token = token.head
        return None

    def _who_past_a_thing(self, relative, antecedent):
        """ "nervous Democrats on Capitol Hill, who have argued", "Doe says to Roe on camera, who
        responds": the parser hangs "who" on the place or thing that ends the phrase before it,
        but "who" is said of people. When that word is a place, a body or a common noun (no
        person or group) the clause is about the people noun the phrase hangs from ("Democrats
        on Capitol Hill", "met voters in Elmford"), else, for a place or thing ending a phrase,
        about the person named last before it in the sentence; None when neither is there
        (round speakers19a)."""
        doc = self.doc
        if antecedent.ent_type_ in ("PERSON", "NORP") or antecedent.pos_ not in ("NOUN", "PROPN"):
            return None  # ("those who": a pronoun of its own)
        if antecedent.ent_type_ and antecedent.ent_type_ not in ("GPE", "LOC", "FAC", "ORG"):
            return None

        def people(token) -> bool:
            return token.ent_type_ in ("PERSON", "NORP") or _person_plural_noun(token, self.lexicons) or is_person_noun(token, self.lexicons)

        head = antecedent
        while head.dep_ == "pobj" and head.head.dep_ == "prep":
            owner = head.head.head  # "Democrats on Capitol Hill"; "met voters in Elmford": the verb's object
            objects = [c for c in owner.children if c.dep_ == "dobj" and c.i < head.i] if owner.pos_ in ("VERB", "AUX") else [owner]
            if not objects or objects[0].pos_ not in ("NOUN", "PROPN"):
                break
            head = objects[0]
            if people(head):
                return head
        if antecedent.ent_type_ == "ORG" or antecedent.dep_ != "pobj":
            return None  # a body may be "who" in British usage, and "an architect who" is one: only a phrase's last word is passed over
        lo = self._sent_starts[self.sent_index(relative.i)]
        people = [t for t in doc[lo : relative.i] if t.ent_type_ == "PERSON" and not (self.in_quote(t.idx) and not self.in_quote(relative.idx))]
        return people[-1] if people else None

    def _relative_antecedent(self, relative, antecedent) -> Speaker:
        """The speaker a relative pronoun stands for, given the noun its clause hangs from.

        A "who" set off by a comma right after a person's name is about that person ("stars like
        A, B and C, who joked" is C, though the parser may hang the clause on "stars" or A);
        a clause on coordinated names is otherwise about all of them ("China and Chile, the
        biggest ..., which vowed").
        """
        doc = self.doc
        k = relative.i - 2
        if k >= 0 and doc[k + 1].text == "," and doc[k].ent_type_ == "PERSON" and relative.lower_ in ("who", "whom"):
            lo = k  # ", who" right after a person's name: that person, wherever the parser hangs the clause
            while lo > 0 and doc[lo].ent_iob_ == "I":
                lo -= 1
            owner = _described_by(doc[k])
            if owner is not None:  # "Ann Lee, a former backer of Ivo Park, who": the clause is about Ann Lee
                return self.resolve(doc[owner.left_edge.i : owner.i + 1])
            return self.resolve(doc[lo : k + 1])
        if (
            k >= 0 and doc[k + 1].text == "," and doc[k].ent_type_ == "ORG" and relative.lower_ == "which"
            and antecedent.ent_type_ not in ("ORG", "GPE", "NORP") and not self._is_document(antecedent)
        ):
            # ", which" right after a body's name is that body: "which" is never said of a person
            # ("Jo Lee, director of the Acme Fund, which ...") and a thing that rules or advocates
            # is the body named last ("a ruling from the Board of Appeals, which found ..."); a
            # document the parse hangs it on keeps it ("a report by the Acme Fund, which says";
            # issue 14)
            lo = k
            while lo > 0 and doc[lo].ent_iob_ == "I":
                lo -= 1
            return self.resolve(doc[lo : k + 1])
        conjuncts = [t for t in antecedent.conjuncts if t.i > antecedent.i]
        if conjuncts and all(t.ent_type_ in _NAMED for t in [antecedent, *conjuncts]):
            last = max(conjuncts, key=lambda t: t.i)
            end = last.i + 1
            while end < len(doc) and doc[end].ent_iob_ == "I":
                end += 1
            if end < len(doc) and doc[end].text == "," and end + 1 == relative.i:
                return self.resolve(doc[last.left_edge.i : end])
            return self.resolve(doc[antecedent.left_edge.i : end])
        return self.resolve(doc[antecedent.left_edge.i : antecedent.i + 1])

    def _with_conjuncts(self, span: Span) -> Span:
        """ "Mr. King and Mr. Schultz said", "China and Russia said": when the mention found is the
        first of coordinated names, and every conjunct is a named person, organisation or place,
        the mention is the whole coordination (they speak together; issue 14)."""
        root = span.root
        if root.ent_type_ not in ("PERSON", "ORG", "GPE") or root.dep_ not in ("nsubj", "nsubjpass"):
            return span
        conjuncts = [t for t in root.conjuncts if t.i > root.i]
        for appos in root.children:  # "A, B and C said": the parser may take B for an appositive of A
            if appos.dep_ == "appos" and appos.ent_type_ == "PERSON" == root.ent_type_ and appos.conjuncts:
                conjuncts += [appos, *(t for t in appos.conjuncts if t.i > appos.i)]
        if not conjuncts or any(t.ent_type_ not in ("PERSON", "ORG", "GPE") for t in conjuncts):
            return span
        end = max(t.i for t in conjuncts) + 1
        while end < len(self.doc) and self.doc[end].ent_iob_ == "I":
            end += 1  # the last conjunct's whole name
        return self.doc[span.start : max(span.end, end)] if end > span.end else span

    def _plural_people(self, span: Span) -> bool:
        """A plural common noun heads the mention ("the three historians", "two ferry pilots"):
        several, so no single person of the table (issue 14). A capitalised one must be a known
        plural of people ("Officials"), as an untagged surname may be read as a plural ("Sanders")."""
        root = span.root
        if root.tag_ == "CD" and root.lower_ not in ("one", "1") and any(c.dep_ == "prep" and c.lower_ == "of" for c in root.children):
            return True  # "Two of the council's members, Ann Ray and Jo Tull,"
        return root.tag_ == "NNS" and not root.ent_type_ and (root.is_lower or _person_plural_noun(root, self.lexicons))

    def _listed_people(self, span: Span) -> list[Entity]:
        """The people an appositive list names beside a plural description ("The four historians,
        Ann Brisk, Tom Vale and Ida Moor,"), one entity each, in order; only person names."""
        members = _appositive_list(span.root, lambda t: t.ent_type_ == "PERSON")
        return self._only_people(members) if members else []

    def _listed_names(self, span: Span) -> list[str]:
        """ "Two members of the council, Kezia Brannock and Ozzie Mapp,": the model may tag a name of
        the list beside a plural people noun as a body or nothing; the noun says they are
        people, so each capitalised name of the list is one, by its words (the table's name for
        a person it holds). Only a list of two or more proper nouns with a person among them (a
        person of the table, or a known given name first)."""
        root = span.root
        if not _person_plural_noun(root, self.lexicons):
            return []
        members = _appositive_list(root, lambda t: t.tag_ == "NNP")
        if len(members) < 2 or any(m.tag_ != "NNP" for m in members):
            return []
        names, person = [], False
        for m in members:
            e = self.table.covering(m.idx) if m.ent_type_ else None
            if e is not None and e.kind == SpeakerKind.PERSON:
                names.append(e.name)
                person = True
                continue
            lead = [t for t in m.lefts if t.dep_ in ("compound", "flat") and t.tag_ == "NNP"]
            names.append(" ".join(t.text for t in [*lead, m]))
            person = person or bool(lead) and self.lexicons["given_names"].get(lead[0].lower_) is not None
        return names if person else []

    def _only_people(self, tokens) -> list[Entity]:
        """The person entities of ``tokens``, each once, in order; [] if any is not a person."""
        people: list[Entity] = []
        for t in tokens:
            e = self.table.covering(t.idx) if t.ent_type_ == "PERSON" else None
            if e is None or e.kind != SpeakerKind.PERSON:
                return []
            if e not in people:
                people.append(e)
        return people

    def _joined(self, span: Span) -> list[Entity]:
        """Named parties coordinated in the mention ("A, B and C"), one entity each, in order."""
        root = span.root
        listed = [root, *(t for t in root.children if t.dep_ == "appos" and t.ent_type_ == "PERSON" == root.ent_type_)]
        # "Defense Secretary Ann Lee and Attorney General Bo Ray": the parser may hang the first
        # name on the second, the "and" still on the first
        misparsed = root.ent_type_ == "PERSON" and any(t.dep_ == "cc" and t.head.ent_type_ == "PERSON" and t.head.i < t.i < root.i for t in span)
        if root.ent_type_ not in ("PERSON", "ORG", "GPE") or not (misparsed or any(t.dep_ == "conj" and t.head in listed for t in span)):
            return []  # "the wives of A and B" is no joint statement of A and B
        found: list[Entity] = []
        for t in span:
            if t.ent_type_ not in ("PERSON", "ORG", "GPE") or _modifies_another(t, self.lexicons):
                continue  # "Maine Sen. Ann Lee and Texas Rep. Bo Park": the states only qualify the titles
            e = self.table.covering(t.idx)
            if e is not None and e not in found:
                found.append(e)
        return found

    def _party(self, span: Span) -> str | None:
        """A party written as capitalised modifiers before a plural of its members ("the Liberal
        Democrats", "the Scottish Nationalists"; speaker_words ``party``, see
        entities._party_name), whatever the model tagged: the party's name. A modifier that is a
        body or place ("the Senate Republicans", "the Texas Democrats") makes members, not a party."""
        if span[0].lower_ != "the":
            return None  # a party's name takes "the"; "Many Democrats", "Fellow Republicans" are members
        words = [t for t in span[1:] if not t.is_punct]
        if not 2 <= len(words) <= 3 or words[-1].i != span.root.i:
            return None
        if any(t.tag_ != "NNP" or t.ent_type_ in ("ORG", "GPE", "FAC", "LOC") for t in words[:-1]):
            return None
        if not _party_name(tuple(t.text for t in words), self.lexicons):
            return None
        return " ".join(t.text for t in words)

    def _staff_of(self, span: Span) -> Entity | None:
        """ "F.B.I. officials", "officials at the agency": staff speak as the body they belong to
        (a country's officials stay a group: "US officials" are not one body)."""
        root = span.root
        if self.lexicons["speaker_words"].get(root.lower_) != "staff":
            return None
        for token in span:
            if token.ent_type_ in ("ORG", "PERSON") and (token.head.i == root.i or token.head.dep_ == "prep" and token.head.head.i == root.i):
                e = self.table.covering(token.idx)
                if e is not None and e.kind == SpeakerKind.ORGANIZATION:
                    return e
        # "officials at the bank", "two sources at the ministry": the staff of the body "the bank" names
        for prep in root.children:
            if prep.dep_ == "prep" and prep.lower_ in ("at", "of", "from", "in"):
                bodies = [g for g in prep.children if g.dep_ == "pobj" and g.tag_ == "NN" and g.is_lower and g.lemma_.lower() in self.lexicons["org_nouns"]]
                if bodies and any(c.dep_ == "det" and c.lower_ == "the" for c in bodies[0].children):
                    noun = bodies[0]
                    if self.lexicons["speaker_words"].get(noun.lemma_.lower()) == "led":
                        return None  # "officials of the campaign": a person's (see _led_body)
                    return self._recent_body(self.doc[noun.left_edge.i : noun.i + 1], noun.lemma_.lower(), strict=True)
        # "company executives", "agency officials": the staff of the body "the company" names
        # (not "campaign officials": a campaign is a person's, see _led_body)
        # (capitalised only as the sentence's first word: "Police officials said")
        nouns = [
            c for c in root.children
            if c.dep_ == "compound" and c.tag_ in ("NN", "NNS", "NNP") and (c.is_lower or c.is_sent_start and c.is_title and not c.ent_type_)
            and c.lemma_.lower() in self.lexicons["org_nouns"]
        ]
        if len(nouns) == 1 and self.lexicons["speaker_words"].get(nouns[0].lemma_.lower()) != "led" and not any(t.ent_type_ for t in span):
            return self._recent_body(span, nouns[0].lemma_.lower(), strict=True)
        return None

    def _appositive(self, span: Span) -> Entity | None:
        """An appositive name, in the mention or just after it: "Brazile's CNN colleague, Jake Tapper,",
        "the regulator, Ofgem,".
        A name is its own referent: a name the parser hangs on it as an appositive ("De Blasio:
        Trust Bratton, not Trump") is someone else."""
        if span.root.tag_ in ("NNP", "NNPS") and span.root.ent_type_ and not (span.root.ent_type_ == "NORP" and span.root.tag_ == "NNP"):
            return None  # (a party member, "A Republican who backs it, Joe Tull,", is a description)
        for token in [*span, *span.root.children]:
            # the table's reading of the name decides, not the tag: "Ayesha Quadri" tagged ORG is a
            # person; "The union, Unite," and "The water regulator, Ofwat," (tagged GPE) name a body
            if token.dep_ != "appos" or not span.start <= token.head.i < span.end or in_brackets(token):
                continue
            # set beside the description's head, not beside a word inside it; or beside the named place
            # or body of its "of"-phrase, where the parse hangs the role's bearer ("The mayor of Port Allen, Curtis Bell,")
            own = token.head.i == span.root.i or any(r.i == span.root.i for r in role_over_named_object(token.head))
            if token.ent_type_ == "PERSON" or own and token.ent_type_ in _APPOSITIVE_NAMES:
                found = self.table.covering(token.idx)
                # a name ending in a word only bodies' names end in ("The developer, Kestrel Homes,") is a
                # body whatever the description's noun; other names need an organisation noun beside them
                named_body = token.lower_ in _BODY_WORDS
                if found is not None and (found.kind == SpeakerKind.PERSON or found.kind == SpeakerKind.ORGANIZATION and own and (named_body or self._body_noun(token.head))):
                    return found
        return self._name_beside(span)

    def _name_beside(self, span: Span) -> Entity | None:
        """ "A Leeds voter who backs the plan, Joe Tull, 45, said", "said a teacher from Leeds,
        Joe Tull, who ...", "according to a spokeswoman, Ann Ray,", "Doe's niece, state Del. Ann
        Price (D-Easton), said": a person's name set off by commas right after a description of
        one person is that person, its appositive, though the parser hangs it elsewhere (a second
        subject, an object of the description's phrase). Read off the words: the comma, title
        words, the name, then at most an age, a bracket or "of" and a place, then the closing
        punctuation."""
        doc, root = self.doc, span.root
        end = span.end
        for clause in root.children:  # "A Leeds voter who backs the plan, Joe Tull,": past the relative clause
            if clause.dep_ == "relcl" and clause.left_edge.i == end:
                end = clause.right_edge.i + 1
        if end + 1 >= len(doc) or doc[end].text != ",":
            return None
        if not (root.tag_ == "NN" and is_person_noun(root, self.lexicons) or root.ent_type_ == "NORP" and root.tag_ == "NNP"):
            return None  # "the report, Ann Ray said": no description of a person
        k = end + 1
        while k < min(end + 5, len(doc)) and doc[k].ent_type_ != "PERSON" and (doc[k].is_alpha or doc[k].text.endswith(".")) and doc[k].pos_ not in ("VERB", "AUX"):
            k += 1  # the title words before the name ("state Del.")
        found = self.table.covering(doc[k].idx) if k < len(doc) and doc[k].ent_type_ == "PERSON" else None
        if found is None or found.kind != SpeakerKind.PERSON:
            return None
        j = k + 1
        while j < len(doc) and doc[j].ent_iob_ == "I":
            j += 1  # to the end of the name
        if j + 1 < len(doc) and doc[j].text == "," and doc[j + 1].like_num:
            j += 2  # "Joe Tull, 45,"
        elif j + 1 < len(doc) and doc[j].lower_ == "of" and doc[j + 1].ent_type_ == "GPE":
            j += 2  # "Joe Tull of Leeds,"
            while j < len(doc) and doc[j].ent_iob_ == "I":
                j += 1
        elif j < len(doc) and doc[j].text == "(":
            close = next((m for m in range(j + 1, min(j + 8, len(doc))) if doc[m].text == ")"), None)
            j = close + 1 if close is not None else j
        closed = j >= len(doc) or doc[j].text in (",", ".", ":", ";", "!", "?") or doc[j].is_space
        return found if closed else None

    def _body_noun(self, head) -> bool:
        """A description a body's name can stand beside: an organisation noun ("The union,
        Unite,", "the Israeli newspaper, Haaretz,"); not a place's ("San Bernardino, California")
        or a person's ("Scott's niece")."""
        return bool(self.lexicons["org_nouns"].get(head.lemma_.lower()))

    def _entity_of(self, span: Span, surface: Speaker) -> Entity | None:
        """The table entity a non-pronoun mention names or is tied to."""
        root = span.root
        words = plain_words(span)
        # a lone word that is exactly the surname of a person named in full is that person, before
        # any appositive the parse hung on it (a headline's "Reid: 'Never underestimate Trump'")
        found = self._surname_word(span, words)
        if found is not None:
            return found
        found = self._appositive(span)
        if found is not None:
            return found
        if root.ent_type_ and self.surface._is_collective(root):
            found = self.table.covering(root.idx)
            if found is not None and found.kind == SpeakerKind.ORGANIZATION:
                return found  # "St Mary's Hospital" tagged PERSON, a body in the table: its head is a body noun
        if root.ent_type_ and not self.surface._is_collective(root):
            found = self.table.covering(root.idx)
            # a PERSON-tagged body the table made an organisation ("Xinhua, the news agency,") is that body
            if found is not None and (found.kind == SpeakerKind.PERSON or root.ent_type_ != "PERSON" or "PERSON" in found.labels):
                return found
        if surface.kind == SpeakerKind.PERSON or is_proper(span, self.lexicons):
            name = tuple(surface.name.split())
            near = near_hint(self.table, span, self.lexicons, self._sent_starts) if len(name) == 1 else None
            found = self.table.find(name, span.start_char, person=True if surface.kind == SpeakerKind.PERSON else None, near=near)
            if found is not None:
                return found
        found = self._predicate_of(span)
        if found is not None:
            return found
        if _restricted(span):
            return None  # "the woman who found the dog": a description that identifies someone new
        return self._tied_description(span) or self._owned_role(span) or self._topic_of(span) or self._named_next(span) or self._headline_role(span)

    def _headline_role(self, span: Span) -> Entity | None:
        """ "One protest organizer says ..." in a headline or dek: a headline describes the
        speaker the body names, so a person noun there is the one person the body sets that
        noun beside as an appositive ("Ann Lee, an organizer with the coalition,"); none if
        the body gives the role to two people, or to nobody (issue 14)."""
        root = span.root
        head_end = self._headline_end()
        if head_end < 0 or span.end_char > head_end or root.tag_ != "NN" or root.ent_type_ or not is_person_noun(root, self.lexicons):
            return None
        found = {e for e, at, _ in self._fitting_ties(span) if at >= span.end}
        return found.pop() if len(found) == 1 else None

    def _fitting_ties(self, span: Span) -> list[tuple[Entity, int, tuple[str, ...]]]:
        """The role ties (see :meth:`_ties`) of a description's head whose words hold every
        capitalised modifier of the description ("a Harlow ally" fits "Pete Oduya, a Harlow
        ally," not "Ann Lee, a Gant ally,")."""
        root = span.root
        modifiers = {t.lower_ for t in span if t.i != root.i and t.text[:1].isupper() and t.i > span.start}
        # a bare abbreviated title after the description ("a Republican state senator ... Sen. Roy
        # Pettibone") says no more than the role, nothing to contradict; it ties less, so only a
        # name in the next ``CATAPHORA_TITLE_PARAGRAPHS`` paragraphs
        return [tie for tie in self._ties(root.lemma_.lower()) if modifiers <= set(tie[2]) or _bare_title(tie[2]) and self._title_near(span, tie[1])]

    def _title_near(self, span: Span, at: int) -> bool:
        return at >= span.end and self.doc.text.count("\n\n", span.end_char, self.doc[at].idx) <= CATAPHORA_TITLE_PARAGRAPHS

    def _surname_word(self, span: Span, words: list) -> Entity | None:
        """ "Waters tweeted" after "David Waters responded": a capitalised word the model read as
        a common noun, not a name, is the person whose surname it is exactly, when the
        article names that person in full (issue 14); so too one it read as a verb or anything
        else ("Schilling describes himself", "Reid: 'Never ...'" in a headline; round speakers19a)."""
        if len(words) != 1 or words[0].ent_type_ or not words[0].is_title or words[0].pos_ == "PROPN":
            return None  # (a proper noun the model left untagged: _untagged_bearer)
        text = words[0].text
        near = near_hint(self.table, span, self.lexicons, self._sent_starts)
        found = self.table.find((text,), span.start_char, person=True, near=near)
        if found is None or found.kind != SpeakerKind.PERSON or not any(len(n) > 1 and n[-1] == text for n in found.names):
            return None
        return found

    def _the_two(self, span: Span) -> tuple[Entity, Entity] | None:
        """ "both candidates", "the two men said": a plural person noun counted as two is the
        two people the article named last, in the last ``COMMON_NOUN_SENTENCES`` sentences
        (writers use it right after naming both); none when fewer than two are that near."""
        words = [t for t in span if not t.is_punct]
        root = span.root
        if len(words) not in (2, 3) or root.tag_ != "NNS" or root.ent_type_ or not _person_plural_noun(root, self.lexicons):
            return None
        lead = " ".join(t.lower_ for t in words if t.i != root.i)
        if lead not in ("both", "the two", "both the"):
            return None
        here = self.sent_index(span.start)
        found: list[Entity] = []
        for seen in self.table.before(span.start_char):
            if here - self.sent_index(seen.start) > COMMON_NOUN_SENTENCES:
                break
            if seen.entity.kind == SpeakerKind.PERSON and seen.entity not in found and not self.in_quote(seen.start_char):
                found.append(seen.entity)
                if len(found) == 2:
                    a, b = sorted(found, key=lambda e: min(m for m, _ in e.mentions))
                    return a, b
        return None

    def _headline_end(self) -> int:
        """Where the headline and a dek end (-1 for a one-line text), read once: doc.text is
        rebuilt on each access."""
        if self._head_end is None:
            text = self.doc.text
            first = text.find("\n")
            second = text.find("\n", first + 1) if first >= 0 else -1
            self._head_end = (second if second >= 0 else first,)
        return self._head_end[0]

    def _predicate_of(self, span: Span) -> Entity | None:
        """ "Ann Lee is the prosecutor who charged him": a description that is the predicate of
        "be" with a named subject describes that subject, so the relative pronoun of its clause
        is the named person or body."""
        root = span.root
        if root.dep_ != "attr" or root.head.lemma_ != "be" or root.ent_type_ or any(t.ent_type_ == "PERSON" for t in span):
            return None
        if any(c.dep_ == "neg" for c in root.head.children):
            return None  # "X is not the man who ...": says who X is not
        subject = next((c for c in root.head.children if c.dep_ in ("nsubj", "nsubjpass") and c.ent_type_ in _NAMED), None)
        if subject is not None and any(t.pos_ in ("VERB", "AUX") for t in subject.subtree):
            return None  # "highlighting Doe is ...": the subject is an act, not the named one
        return self.table.covering(subject.idx) if subject is not None else None

    def _named_next(self, span: Span) -> Entity | None:
        """ "A spokeswoman for the party says ...\n\nParty spokeswoman Ann Lee told reporters ...":
        wire-service items open a paragraph with the role of a person and name them as the subject
        opening the next paragraph (AP "The Latest" style). So an indefinite or possessive person
        description that opens a paragraph as its subject is the person named in full for the first
        time as the subject opening the next one, if the role's gender fits (issue 14)."""
        root = span.root
        if root.dep_ != "nsubj" or root.tag_ != "NN" or root.ent_type_ or span[0].lower_ == "the" or not is_person_noun(root, self.lexicons):
            return None
        if any(t.ent_type_ == "PERSON" and t.head.i == root.i and t.dep_ == "appos" for t in span):
            return None
        here = self.sent_index(span.start)
        if here + 1 >= len(self._sent_starts) or _first_word(self.doc, self._sent_starts[here]) != span.start:
            return None
        nxt = _first_word(self.doc, self._sent_starts[here + 1])
        if nxt is None or not (_opens_paragraph(self.doc, span.start) and _opens_paragraph(self.doc, nxt)):
            return None
        entity = self.table.covering(self.doc[nxt].idx) if self.doc[nxt].ent_type_ == "PERSON" else None
        if entity is not None and min(s for s, _ in entity.mentions) < self.doc[nxt].idx:
            entity = None  # a person named before owns the title: "Doe communications director Ann Lee"
        if entity is None:  # a title may come first: "Party spokeswoman Ann Lee"
            names = [t for t in self.doc[nxt : nxt + 6] if t.ent_type_ == "PERSON" and t.dep_ in ("nsubj", "nsubjpass")]
            entity = self.table.covering(names[0].idx) if names else None
        if entity is None or entity.kind != SpeakerKind.PERSON or len(entity.name.split()) < 2:
            return None
        if min(s for s, _ in entity.mentions) < self.doc[nxt].idx:
            return None  # named before: not the person this item introduces
        name_root = next((t for t in self.doc[nxt : nxt + 8] if t.ent_type_ == "PERSON" and t.dep_ in ("nsubj", "nsubjpass")), None)
        if name_root is None or self.table.covering(name_root.idx) is not entity or name_root.head.dep_ != "ROOT" or any(t.dep_ not in _NAME_LEAD_DEPS for t in self.doc[nxt : name_root.i]):
            return None  # the name must be the main subject, after at most its title: "Officers said Ann Lee ..." is not
        if any(c.dep_ in ("relcl", "appos", "acl", "npadvmod", "amod") for c in name_root.children):
            return None  # "Anna Kraus, who lives nearby, said": a new person, introduced as such
        if any(t.lemma_.lower() == root.lemma_.lower() and t.tag_ == "NN" and t.i != name_root.i and t.head.i != name_root.i for t in self.doc[nxt].sent):
            return None  # "Senator Ann Lee accused the adviser ...": the role named again is someone the named subject acts on
        role = word_gender(root.text, self.lexicons, kind="role")
        known = entity.gender.gender if entity.gender else None
        return entity if role is None or known in (None, role) else None

    def _named_next_for_owner(self, span: Span) -> Entity | None:
        """ "A spokeswoman for Ann Vell says ...\n\nVell communications director Jenna Palm
        said": the wire style of :meth:`_named_next` for a role held for someone, when the name
        opening the next paragraph is given with the same owner before it."""
        found = self._named_next(span)
        if found is None:
            return None
        owners = {self.table.covering(t.idx) for t in span if t.ent_type_ in _NAMED and t.i != span.root.i}
        owners.discard(None)
        here = self.sent_index(span.start)
        nxt = self._sent_starts[here + 1]
        first = min(a for a, _ in found.mentions if a >= self.doc[nxt].idx)
        lead = itertools.takewhile(lambda t: t.idx < first, self.doc[nxt:])  # token offsets only grow
        return found if any(self.table.covering(t.idx) in owners for t in lead if t.ent_type_) else None

    def _owned_role(self, span: Span) -> Entity | None:
        """ "his attorney", "Doe's lawyer": a role someone holds for someone else is the one person
        the article names in that role for the same owner ("A lawyer for Doe, Ann Lee, said";
        "Doe's attorney, Ann Lee,"), before or after the mention: news names a client's lawyer
        or a minister's aide once and then by the role (issue 14). Words of one role count
        as one (speaker_words ``counsel``: attorney, lawyer). Nothing when the article names
        no such person, or two."""
        root = span.root
        headline = span.end_char <= self._headline_end()
        # a headline capitalises the role ("Former Doe Pollster Says ...")
        if root.tag_ not in ("NN", "NNP") or root.tag_ == "NNP" and (root.ent_type_ or not headline) or not self.lexicons["titles"].get(root.lemma_.lower()):
            return None
        poss = [c for c in root.children if c.dep_ == "poss"] or [c for c in root.children if c.dep_ == "compound" and c.ent_type_ in _NAMED and c.i < root.i]
        if len(poss) != 1 or any(t.ent_type_ == "PERSON" for t in span if t.i not in (poss[0].i,) and t.head.i != poss[0].i and t.i != poss[0].head.i):
            return None
        owner = self._owner_entity(poss[0])
        if owner is None:
            return None
        family = self._role_family(root)
        found: set[Entity] = set()
        for token in self._roles().get(family, ()):
            if token.i == root.i:
                continue
            owners = [c for c in token.children if c.dep_ == "poss" or c.dep_ == "compound" and c.ent_type_ in _NAMED and c.i < token.i]
            owners += [g for c in token.children if c.dep_ == "prep" and c.lower_ in ("for", "of", "to") for g in c.children if g.dep_ == "pobj"]
            named = [c for c in token.children if c.dep_ == "appos" and c.ent_type_ == "PERSON"]
            if token.dep_ == "appos" and token.head.ent_type_ == "PERSON":
                named.append(token.head)
            if token.dep_ in ("compound", "nmod") and token.head.ent_type_ == "PERSON" and token.head.i > token.i:
                named.append(token.head)  # "Doe pollster Ann Lee": the role as a title before the name
            # "A lawyer for Doe, Ann Lee, said": the parser hangs the name on the owner
            named += [c for o in owners if o.dep_ == "pobj" for c in o.children if c.dep_ == "appos" and c.ent_type_ == "PERSON"]
            if not named:
                continue
            # a headline names the owner by surname alone: the same surname owns the same role
            if any(self._owner_entity(o) is owner or headline and o.dep_ == "compound" and o.lower_ == poss[0].lower_ for o in owners):
                person = self.table.covering(named[0].idx)
                if person is not None and person.kind == SpeakerKind.PERSON and person is not owner:
                    found.add(person)
        return found.pop() if len(found) == 1 else None

    def _roles(self) -> dict[str, list]:
        """The article's role nouns ("lawyer", "aide") by role family, read once per article."""
        if self._role_list is None:
            self._role_list = {}
            for token in self.doc:
                if token.tag_ == "NN" and self.lexicons["titles"].get(token.lemma_.lower()):
                    self._role_list.setdefault(self._role_family(token), []).append(token)
        return self._role_list

    def _role_family(self, token) -> str:
        lemma = token.lemma_.lower()
        return "counsel" if self.lexicons["speaker_words"].get(lemma) == "counsel" else lemma

    def _owner_entity(self, token) -> Entity | None:
        """The entity a possessive or a role's "for"/"of" object stands for: a name's own entity,
        a possessive pronoun's antecedent."""
        if token.tag_ == "PRP$":
            gender, number = pronoun_features(token.text, self.lexicons) or ("x", "sg")
            speaker = self._antecedent(self.doc[token.i : token.i + 1], gender, number)
            if speaker is None or speaker.id is None:
                return None
            return next((e for e in self.table.entities if e.id == speaker.id), None)
        if token.ent_type_ in _NAMED:
            return self.table.covering(token.idx)
        return None

    def _tied_description(self, span: Span) -> Entity | None:
        """ "the senator" -> a person given that role; "the fund" -> an organisation whose name
        ends in it, else the organisation just named ("the newspaper" after "The Daily Courier")."""
        root = span.root
        if root.tag_ != "NN" or not len(span) or span[0].lower_ != "the" or any(t.ent_type_ == "PERSON" for t in span):
            return None
        lemma = root.lemma_.lower()
        if self.lexicons["titles"].get(lemma):  # "the GOP nominee": an ORG may qualify a role
            # a title is specific: the latest person given it, however far back
            return next((s.entity for s in self.table.before(span.start_char) if s.entity.kind == SpeakerKind.PERSON and any(title_fits(span, t) for t in s.entity.titles + s.entity.role_titles)), None)
        if lemma not in self.lexicons["org_nouns"] or any(t.ent_type_ == "ORG" for t in span):
            return None  # "the Trump campaign" names its own body
        return self._recent_body(span, lemma)

    def _recent_body(self, span: Span, lemma: str, *, strict: bool = False) -> Entity | None:
        """The body "the <lemma>" stands for before ``span``: the latest whose name ends in the
        word ("the fund" for the Ruritanian Fund), else the most salient organisation named within
        ``DESCRIPTION_SENTENCES`` sentences whose names hold the span's capitalised modifiers
        (``strict``: and whose name ends in no other body noun: "company executives" are not
        the Labor Department's).

        Salience, as for a pronoun (after Grosz, Joshi & Weinstein 1995, "Centering"): recency in
        sentences, a clause subject, a body that has spoken; a body named only as a person's
        employer in a role ("Jo Lee, a spokesman for Acme,") counts ``EMPLOYER_SHARE``, and the
        addressee of a statement ("told the Gazette", "said in an interview with Reuters") none:
        a writer who goes on with "the company" means the body the passage is about, not the
        outlet spoken to. Ties go to the body named more often. A body whose sort is known and is
        not the description's is passed over, one whose sort is the description's gains
        ``SORT_BONUS`` over one of unknown sort (:meth:`_sorts`; issue 14); for a sort news
        names with its noun (``named_sorts``: "Crestmoor University"), one of unknown sort is
        passed over too.
        """
        sent = self.sent_index(span.start)
        sort = self.lexicons["body_sorts"].get(lemma)
        spoken = {said.entity for said in self.said if said.entity is not None and said.char < span.start_char}
        best: dict[Entity, float] = {}
        # a state is named anew each time ("the state's counties ... in Florida, when the state"):
        # no unnamed one brought in first
        first = self._unnamed_body_first(span, lemma) if sort != "region" else None
        for seen in self.table.before(span.start_char):
            e = seen.entity
            if sort == "state":
                # "Ruritania sent members of Congress a paper, a move the kingdom hopes ...": a
                # country noun is a country, the place just named, never a body (round speakers17)
                if e.kind != SpeakerKind.ORGANIZATION or e.labels.count("GPE") * 2 <= len(e.labels):
                    continue
                if self._region(e):
                    continue  # "Ohio passed a law ... The country said": a state is no country
            elif sort == "region":
                if not self._region(e):
                    continue  # "the state" after "Florida": only a state or province is one
            elif e.kind != SpeakerKind.ORGANIZATION or not any(label in ("ORG", "PERSON") for label in e.labels):
                continue  # a place is no "agency" or "newspaper" (a body the model tagged PERSON is a body)
            if any(len(n) > 1 and n[-1].lower() == lemma for n in e.names):
                return e
            if (strict or first is not None) and any(n[-1].istitle() and n[-1].isalpha() and n[-1].lower() != lemma and n[-1].lower() in self.lexicons["org_nouns"] for n in e.names):
                # "the Labor Department" names its own kind of body (a legal form, "Corp.", does not);
                # so does "Eastgate Library" when the article has its own unnamed "the county council"
                continue
            distance = sent - self.sent_index(seen.start)
            if distance > DESCRIPTION_SENTENCES or not _modifiers_fit(span, e) or _another_body_of_field(span, e, lemma, self.lexicons):
                continue
            sorts = self._sorts(e)
            if sort is not None and sorts and sort not in sorts:
                continue  # "the regulator" after a carmaker, "the union" after a mining company
            if sort is not None and not sorts and sort in self.lexicons["named_sorts"]:
                continue  # "the university" after "Brenford Petroleum": a university is named as one
            name = self.doc.char_span(seen.start_char, seen.end_char, alignment_mode="expand")
            role = _body_role(name.root if name is not None else self.doc[seen.start], self.lexicons)
            if role == "addressee":
                continue
            score = DESCRIPTION_SENTENCES + 1 - distance + SUBJECT_BONUS * seen.subject * (1.0 if seen.main else EMBEDDED_SUBJECT_SHARE)
            score += LAST_SPEAKER_BONUS * (e in spoken) + SORT_BONUS * (sort is not None and sort in sorts)
            if role == "employer":
                score *= EMPLOYER_SHARE
            best[e] = max(best.get(e, score), score)
        found = max(best, key=lambda e: (best[e], len(e.mentions), max(s for s, _ in e.mentions if s < span.start_char))) if best else None
        if first is not None and (found is None or first < min(s for s, _ in found.mentions)):
            # "... as the county council tries to save £1m. Friends of Eastgate Library said ...
            # The council said": the article brought its council in unnamed before any candidate,
            # so "the council" is that body, under the name the article gives it anywhere
            # ("Northshire County Council has faced cuts"), else it stays unnamed (issue 14)
            # named near it: a company named pages later with the noun in its name ("the new
            # paper" ... "the International Paper mill") is not the article's paper
            sent = self.sent_index(span.start)
            named = {
                e for e in self.table.entities
                # its name's last word or head ("the court" for the U.S. Court of Appeals for the Sixth Circuit)
                if e.kind == SpeakerKind.ORGANIZATION and any(len(n) > 1 and lemma in (n[-1].lower(), _name_head(n).lower()) for n in e.names)
                and any(abs(self.sent_index(self.doc.char_span(a, b, alignment_mode="expand").start) - sent) <= DESCRIPTION_SENTENCES for a, b in e.mentions)
            }
            return named.pop() if len(named) == 1 else None
        return found

    def _region(self, entity: Entity) -> bool:
        """Whether a name of ``entity`` is a state or province of a federation (``regions``)."""
        return any(" ".join(n).lower() in self.lexicons["regions"] for n in entity.names)

    def _unnamed_body_first(self, span: Span, lemma: str) -> int | None:
        """The char offset of the article's first unnamed "the/a ... <lemma>" before ``span`` (a
        common noun with its own determiner, in no name and no quotation), else None."""
        for token in self.doc[: span.start]:
            if token.lemma_.lower() != lemma or token.pos_ != "NOUN" or token.ent_type_ or self.in_quote(token.idx):
                continue
            if any(c.dep_ == "det" and c.lower_ in DESCRIPTION_DETERMINERS for c in token.children) and not any(c.dep_ == "poss" or c.ent_type_ for c in token.children):
                return token.idx
        return None

    def _addressee(self, seen) -> bool:
        """A body's mention (a table mention or a speaker's) is the one spoken to or the outlet
        that reports (:func:`_body_role`)."""
        start, end = (seen.start, seen.end) if isinstance(seen, Mention) else (seen.start_char, seen.end_char)
        name = self.doc.char_span(start, end, alignment_mode="expand")
        return name is not None and _body_role(name.root, self.lexicons) == "addressee"

    def _sorts(self, entity: Entity) -> set[str]:
        """The sorts of body (``body_sorts``: company, public, union, ...) an organisation's own
        words say it is: the head of each of its names ("Korvath Mining", "the Met Office", "the
        Ministry of Housing"),
        and the body nouns set beside its mentions ("German carmaker Volkenwerk", "Xinhua, the
        news agency,", "the KBA motor vehicle authority"). Empty when they say nothing."""
        if entity in self._sort_cache:
            return self._sort_cache[entity]
        table = self.lexicons["body_sorts"]
        # a name's head: its last word, or the word before its first "of"/"for" ("Ministry of
        # Housing", "Department for Transport")
        heads = [_name_head(n) for n in entity.names if n]
        sorts = {table[w.lower()] for w in heads if w.lower() in table}
        for seen in self.table.seen:
            if seen.entity is not entity:
                continue
            name = self.doc.char_span(seen.start_char, seen.end_char, alignment_mode="expand")
            if name is None:
                continue
            root = name.root
            beside = [c for c in root.children if c.dep_ == "appos" or c.dep_ == "compound" and c.i < name.start]
            if root.dep_ in ("appos", "compound") and root.head.i >= name.end or root.dep_ == "appos":
                beside.append(root.head)  # "the KBA motor vehicle authority", "the agency, Xinhua,"
            sorts |= {table[t.lemma_.lower()] for t in beside if t.tag_ == "NN" and t.is_lower and t.lemma_.lower() in table}
        self._sort_cache[entity] = sorts
        return sorts

    def _topic_of(self, span: Span) -> Entity | None:
        """ "The Republican nominee said ...", "The Indiana governor said ...": a definite role
        description with no title tie is the person the last sentences are about (issue 14).

        News writing varies how it names the person a passage is about ("Jane Doe says ... The
        former mayor was speaking in ... The Democrat said ..."): a definite description of one
        person, as a reader takes it, continues the topic, the named person who is the main
        subject of the latest sentences (a pronoun or a description as main subject carries the
        topic on; after Grosz, Joshi & Weinstein 1995, "Centering", the subject is the likeliest
        centre). Only ``DESCRIPTION_SENTENCES`` back; never for a role that speaks for someone
        else ("the spokesman", "the official": the singular of a staff noun), a role owned by
        someone ("his lawyer"); a topic that does not fit, by gender ("the woman") or by a role
        it holds with another qualifier ("the Democratic nominee" for a Republican one), is
        passed over for the one before.
        """
        root = span.root
        age = is_age(root)  # "the 28-year-old"
        if not span or span[0].lower_ != "the" or root.tag_ not in ("NN", "NNP") and not age or self.in_quote(span.start_char):
            return None
        if any(t.ent_type_ == "PERSON" or t.tag_ in ("POS", "PRP$") for t in span):
            return None
        lemma = root.lemma_.lower() or root.lower_
        party = root.ent_type_ == "NORP" and root.text[:1].isupper()  # "the Republican", "the Democrat"
        gender = word_gender(root.lower_, self.lexicons, kind="role")
        # a title or a gendered role ("nominee", "businessman"), not a passing role ("the announcer")
        if not party and not age and (root.ent_type_ or not (self.lexicons["titles"].get(lemma) or gender)):
            return None
        words = self.lexicons["speaker_words"]
        if words.get(f"{lemma}s") == "staff" or words.get(lemma[:-3] + "men" if lemma.endswith("man") else "") == "staff":
            return None  # "the spokesman" speaks for someone: not the topic person
        here = self.sent_index(span.start)
        if self._introduced_unnamed(root, here):
            return None  # "A young woman asked Doe ... the woman said": the woman, not Doe
        for k in range(here - 1, max(-1, here - 1 - DESCRIPTION_SENTENCES), -1):
            topic = self._topics()[k]
            if topic is not None:
                known = topic.gender.gender if topic.gender else None
                titles = [t for t in topic.titles + topic.role_titles if root.lower_ in t.lower().replace(",", " ").split()]
                if titles and not any(title_fits(span, t) for t in titles):
                    continue  # "the Democratic nominee" after "Jane Doe, the Republican nominee": an earlier topic
                if gender and known and known != gender:
                    continue  # "the businessman" after a passage on a woman: the man before her
                if not self._qualifiers_fit(span, topic):
                    continue  # "the FBI director" after a passage on a senator
                return topic
        found = self._only_person_near(span, here, gender)
        return found if found is not None and self._qualifiers_fit(span, found) else None

    def _qualifiers_fit(self, span: Span, person: Entity) -> bool:
        """A role description qualified by a body ("the FBI director", "the union chief", "the
        Acme founder") holds that body's role: it continues the topic only when the person is named
        with that body (a title, role or name holding the word). A party, place or public body
        qualifies any politician ("the GOP nominee", "the Indiana governor", "the state senator")
        and is no tie to check; so is a body the article names only there."""
        words = {w.lower().strip(",") for t in person.titles + person.roles + person.role_titles for w in t.split()}
        words |= {w.lower() for n in person.names for w in n}
        sorts = self.lexicons["body_sorts"]
        for t in span:
            if t.i >= span.root.i or t.head.i != span.root.i or t.dep_ not in ("compound", "nmod") or t.lower_ in words:
                continue
            if t.is_lower and t.tag_ == "NN" and sorts.get(t.lemma_.lower()) in _PRIVATE_SORTS:
                return False  # "the union chief"
            if t.ent_type_ == "ORG":
                body = self.table.covering(t.idx)
                # a body the article names on its own before ("attacked the FBI"), not a word only
                # ever set before a role ("the Green nominee": a party)
                named = body is not None and any(a < span.start_char for a, _ in body.mentions)
                if named and body.kind == SpeakerKind.ORGANIZATION and "party" not in self._sorts(body):
                    return False  # "the FBI director"
        return True

    def _introduced_unnamed(self, root, here: int) -> bool:
        """Whether the last ``DESCRIPTION_SENTENCES`` sentences brought in someone new with the
        head noun of ``root`` and an indefinite article, with no name beside it ("a young woman
        asked ..."): a definite description with that head ("the woman") is that person again,
        the direct anaphora of a repeated head noun (Vieira & Poesio 2000), not the topic. Only
        a participant (subject or object): "Doe became a senator", "Doe, a senator," and "as a
        senator" say what a named person is, and "the senator" is then Doe."""
        lemma = root.lemma_.lower() or root.lower_
        lo = self._sent_starts[max(0, here - DESCRIPTION_SENTENCES)]
        for token in self.doc[lo : root.i]:
            if token.tag_ != "NN" or (token.lemma_.lower() or token.lower_) != lemma or token.ent_type_:
                continue
            if not (token.dep_ in ("nsubj", "nsubjpass", "dobj", "dative") or token.dep_ == "pobj" and token.head.lower_ not in ("as", "like")):
                continue
            if any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in token.children) and not any(
                c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in token.children
            ):
                return True
        return False

    def _only_person_near(self, span: Span, here: int, gender: str | None) -> Entity | None:
        """ "... a problem with Donald Trump's microphone ... The GOP nominee complained": when no
        sentence just before is about a person, a definite role description is the one person
        named (outside quotations) in the last ``DESCRIPTION_SENTENCES`` sentences, if only one
        is, and the role's gender fits (issue 14)."""
        found: set[Entity] = set()
        for seen in self.table.before(span.start_char):
            if here - self.sent_index(seen.start) > DESCRIPTION_SENTENCES:
                break
            if seen.entity.kind == SpeakerKind.PERSON and not self.in_quote(seen.start_char):
                found.add(seen.entity)
        if len(found) != 1:
            return None
        person = found.pop()
        known = person.gender.gender if person.gender else None
        titles = [t for t in person.titles + person.role_titles if span.root.lower_ in t.lower().replace(",", " ").split()]
        if gender and known and known != gender or titles and not any(title_fits(span, t) for t in titles):
            return None
        return person

    def _topics(self) -> list[Entity | None]:
        """Per sentence, the named person it is about: its main subject if that is a named
        person; a he/she or a definite person description as main subject carries the previous
        sentence's topic on; any other main subject leaves the sentence without one."""
        if self._topic_list is not None:
            return self._topic_list
        doc = self.doc
        topics: list[Entity | None] = []
        carried: Entity | None = None
        bounds = [*self._sent_starts, len(doc)]
        for k in range(len(self._sent_starts)):
            topic = None
            for token in doc[bounds[k] : bounds[k + 1]]:
                if token.dep_ not in ("nsubj", "nsubjpass") or token.head.dep_ != "ROOT" or self.in_quote(token.idx):
                    continue
                if token.ent_type_ in ("PERSON", "ORG"):  # an ORG tag the table reads as a person counts
                    e = self.table.covering(token.idx)
                    topic = e if e is not None and e.kind == SpeakerKind.PERSON else None
                elif (pronoun_features(token.text, self.lexicons) or ("",))[0] in ("m", "f"):
                    topic = carried
                elif any(c.lower_ == "the" and c.dep_ == "det" for c in token.children) and token.tag_ == "NN" and is_person_noun(token, self.lexicons):
                    topic = carried
                break
            topics.append(topic)
            carried = topic
        self._topic_list = topics
        return topics

    def _owner_only(self, span: Span) -> bool:
        """ "a spokeswoman for Jane Doe", "Doe's lawyer", "a narrator in the Doe ad": the named
        person is whom the described one works for or belongs to, not the speaker."""
        root = span.root
        # a PERSON tag the table reads as a body ("Analysts at Bernstein") is no one's owner
        people = [t for t in span if t.ent_type_ == "PERSON" and getattr(self.table.covering(t.idx), "kind", SpeakerKind.PERSON) == SpeakerKind.PERSON]
        if root.ent_type_ or not is_person_noun(root, self.lexicons) or not people:
            return False
        if root.is_upper and root.i == span.end - 1 and people[-1].i == root.i - 1:
            return False  # "Gareth Evans MP": a title in capitals after the name is the person's own
        for t in people:
            if t.head.ent_type_ != "PERSON":
                # a name after the role is the described person ("colleague, Jane Doe"); one
                # before it qualifies the role ("a Doe ally", "the Doe pollster": someone of Doe's)
                # (the tagger may read the role as a verb and the name as its object: "said
                # operations director Priya Nair")
                if t.dep_ == "appos" or t.head.i == root.i and t.dep_ in ("compound", "flat", "dobj") and t.i > root.i:
                    return False
        return True

    def _body_owned(self, span: Span) -> bool:
        """ "Kellwick's chairman" with Kellwick a body the model tagged PERSON: a person noun owned
        by a body is that body's role holder, never named by the owner's name."""
        root = span.root
        if root.ent_type_ or root.tag_ != "NN" or not is_person_noun(root, self.lexicons):
            return False
        owners = [c for c in root.children if c.dep_ == "poss" and c.ent_type_ == "PERSON"]
        return any(getattr(self.table.covering(c.idx), "kind", None) == SpeakerKind.ORGANIZATION for c in owners)

    def _from_entity(self, entity: Entity, mention: Mention | None, title: str | None) -> Speaker:
        title = title or (entity.titles[0] if entity.titles else None) or (entity.roles[0] if entity.roles else None)
        return Speaker(name=entity.name, mention=mention, kind=entity.kind, title=title, id=entity.id)

    def _description(self, span: Span, surface: Speaker, mention: Mention, *, own: bool = False) -> Speaker:
        """A mention tied to no entity keeps its own words; its kind comes from its head.

        A document is named by its own words ("Bloomberg poll"), and "the poll" after it is
        that document again.
        """
        # "Doe's lawyer" is one unnamed person, "Doe's advisers" several
        plural = span.root.tag_ in ("NNS", "NNPS")
        kind = (SpeakerKind.GROUP if plural else SpeakerKind.ANONYMOUS) if own else describe_kind(span, surface.kind, self.lexicons)
        name = surface.name if any(c.isalpha() for c in surface.name) else clean_name(span.text)
        # "July's Post/ABC polling", "last week's survey": a date that owns a description dates it; it names no owner
        dated = {t.i for d in span if d.ent_type_ in ("DATE", "TIME") and d.dep_ == "poss" and d.i < span.root.i for t in d.subtree}
        if dated and max(dated) + 1 < span.end:
            lead = self.doc[span.start : max(dated) + 1].text
            name = name[len(lead) :].strip() if name.startswith(lead) else name
        # the words up to the head: "Bloomberg poll", "slide" (a named document kind, not any thing)
        if own or kind == SpeakerKind.DOCUMENT and (self._is_document(span.root) or self.lexicons["cue_nouns"].get(span.root.lemma_.lower())):
            name = clean_name(joined_words([t for t in plain_words(span) if t.i <= span.root.i and t.i not in dated])) or name
        elif span[0].lower_ in DESCRIPTION_DETERMINERS and len(span) > 1 and not name.lower().startswith(span[0].lower_ + " "):
            # an unresolved description keeps its article as written ("the mayor", "a senior
            # official"): a bare "mayor" reads as a name, and "the"/"a" tell one known role
            # holder from any (issue 14)
            name = f"{span[0].lower_} {name}"
        if kind == SpeakerKind.DOCUMENT and span[0].lower_ == "the" and len(plain_words(span)) == 1:
            head = span.root.lower_
            for said in sorted(self.said, key=lambda x: -x.char):
                if said.char < span.start_char and said.speaker.kind == kind and said.speaker.name.lower().split()[-1:] == [head]:
                    return said.speaker.model_copy(update={"mention": mention})
        if kind == SpeakerKind.DOCUMENT:
            name = self._named_document(span) or name
        key = name.lower()
        ident = self._description_id(key)
        return Speaker(name=name, mention=mention, kind=kind, title=surface.title, id=ident)

    def _named_document(self, span: Span) -> str | None:
        """ "A new poll" / "Poll:" in a headline / "the survey": the document the article names
        with its owner ("the Reuters/Ipsos poll"), when the mention names no owner itself (issue 14).

        A definite "the poll" is the latest poll written in the last ``DESCRIPTION_SENTENCES``
        sentences, named or not ("the council issued a statement ... The statement says"): its
        name if it has one, else none (nor when none is that near). Otherwise (a headline,
        "a new poll" in a lede, the next paragraph saying whose) the one named document of that
        kind in the article, before or after; none if the article names two.
        """
        root = span.root
        # a headline's lone "Poll:" may be tagged as an adverb
        loose = len(span) == 1 and self.lexicons["speaker_words"].get(root.lower_) == "document"
        if any(t.text[:1].isupper() and t.i != span.start for t in span) or root.tag_ not in ("NN", "NNP") and not loose:
            return None
        lemma = root.lemma_.lower() if root.tag_ in ("NN", "NNP") else root.lower_
        doc = self.doc
        text = doc.text
        headline_end = text.find("\n") if "\n" in text.strip() else 0  # a one-line text has no headline
        if span[0].lower_ == "the":
            lo = self._sent_starts[max(0, self.sent_index(span.start) - DESCRIPTION_SENTENCES)]
            for token in reversed(doc[lo : span.start]):
                if token.tag_ == "NN" and token.lemma_.lower() == lemma:
                    return self._document_name(token, headline_end)
            return None  # the last one is too far back to say which it is
        if lemma not in self._named_documents:  # one pass over the doc per kind of document
            self._named_documents[lemma] = [
                (token.i, name)
                for token in doc
                if token.tag_ in ("NN", "NNP") and token.lemma_.lower() == lemma and (name := self._document_name(token, headline_end))
            ]
        names = {name.lower(): name for i, name in self._named_documents[lemma] if not span.start <= i < span.end}
        if len(names) > 1:
            # "Poll: ..." then "A Fox News poll shows ...", later "a CNN poll": a headline or a new
            # document is what the next sentence naming one names it, when it names one only
            here = self.sent_index(span.start)
            after = [(i, name) for i, name in self._named_documents[lemma] if i >= span.end and self.sent_index(i) - here <= DESCRIPTION_SENTENCES]
            if not after:
                return None
            first = min(after)
            same = {name.lower() for i, name in after if self.sent_index(i) == self.sent_index(first[0])}
            return first[1] if len(same) == 1 else None
        return next(iter(names.values())) if names else None

    def _document_name(self, token, headline_end: int) -> str | None:
        """ "Reuters/Ipsos poll" for the head of "the new Reuters/Ipsos poll", or None when no
        proper noun owns it (a headline's title case is not read: every word there is capitalised)."""
        if token.idx < headline_end:
            return None
        owners = [t for t in token.lefts if t.dep_ in ("compound", "nmod", "poss") and (t.pos_ == "PROPN" or t.ent_type_ in _NAMED)]
        if not owners:
            return None
        lo = min(t.left_edge.i for t in owners)
        words = [t.text for t in self.doc[lo : token.i + 1] if not t.is_punct or t.text in ("/", "-")]
        words = [w for w in words if w.lower() not in DESCRIPTION_DETERMINERS and w not in ("'s", "’s")]
        return clean_name(" ".join(words)).replace(" / ", "/").replace(" - ", "-") or None

    def _pronoun(self, span: Span, gender: str, number: str, mention: Mention) -> Speaker:
        topic = self._fronted_topic(span)
        if topic is not None and _fits(topic.kind, topic.gender.gender if topic.gender else None, gender, number) is not None:
            return self._from_entity(topic, mention, None)
        one = self._singular_they(span, number)
        if one is not None:
            return one.model_copy(update={"mention": mention})
        best = self._antecedent(span, gender, number)
        if best is None and gender in ("m", "f"):
            person = self._named_as_body(span)
            if person is not None:
                return Speaker(name=person.name, mention=mention, kind=SpeakerKind.PERSON, id=person.id)
        if best is None:
            # an "it" no body or document before it can be is a thing that says: a text (issue 14)
            kind = SpeakerKind.GROUP if number == "pl" else SpeakerKind.ANONYMOUS if gender in "mf" else SpeakerKind.DOCUMENT
            return Speaker(name=span.text, mention=mention, kind=kind)
        return best.model_copy(update={"mention": mention})

    def _singular_they(self, span: Span, number: str) -> Speaker | None:
        """ "A No 10 spokesperson said no decision had been taken. 'We want a service people can
        rely on,' they said.": a "they" speaking just after one person spoke, when the article
        gives that person no gender (a spokesperson, an official, a full name it gives no title,
        gendered role or pronoun, nor a given name the name table knows), is that person, the singular "they" of current style, not a body or outlet named
        further back. Kept to the last speaker within ``SINGULAR_THEY_SENTENCES`` sentences and
        to no plural people subject between them (a second candidate; issue 14)."""
        if number != "pl" or span.root.lower_ != "they":
            return None
        earlier = [said for said in self.said if said.char < span.start_char]
        if not earlier:
            return None
        last = max(earlier, key=lambda said: said.char)
        here = self.sent_index(span.start)
        speaker = last.speaker
        if here - last.sent > SINGULAR_THEY_SENTENCES or speaker.kind not in (SpeakerKind.PERSON, SpeakerKind.ANONYMOUS):
            return None
        if speaker.id and "+" in speaker.id or speaker.mention is None:
            return None
        said = self.doc.char_span(speaker.mention.start, speaker.mention.end, alignment_mode="expand")
        if said is None or said.root.tag_ in ("NNS", "NNPS"):
            return None
        if said.root.tag_ == "PRP" and said.root.lower_ != "they":
            return None  # "he said", "she said": the person has a gender
        if any(word_gender(t.text, self.lexicons, kind=k) for t in said for k in ("role", "honorific")):
            return None  # "a spokeswoman", "Mrs Lee": the article gives the gender
        known = last.gender or self._heard.get(speaker.id or "")
        entity = last.entity
        if entity is None and speaker.id:
            entity = next((e for e in self.table.entities if e.id == speaker.id), None)
        if known is not None or entity is not None and entity.gender is not None:
            return None  # even a given-name guess: "Donald Lee's claim ... they published" is not Lee
        if speaker.kind == SpeakerKind.PERSON and len(speaker.name.split()) < 2:
            return None  # a one-word "person" with no gender is as often a body the model mis-tagged
        outside = not self.in_quote(span.start_char)
        between = self._unnamed_subjects(span, here, "pl", outside)
        if any(char > speaker.mention.end for _, char, _ in between.values()):
            return None
        return speaker

    def _named_as_body(self, span: Span) -> Entity | None:
        """ "Aoife Dunleavy flew to Galway. She said ...": a "he"/"she" no person can be is the
        name the model tagged a body that was the main subject of this or the last sentence,
        when it reads as a person's (two or three capitalised words, none an organisation noun
        or acronym, no "the"): news never calls a body "she" (issue 14)."""
        here = self.sent_index(span.start)
        for seen in self.table.before(span.start_char):
            if here - self.sent_index(seen.start) > 1:
                return None
            e = seen.entity
            if not seen.main or e.kind != SpeakerKind.ORGANIZATION or any(label != "ORG" for label in e.labels):
                continue
            words = tuple(e.name.split())
            start = self.doc[seen.start]
            with_the = start.lower_ == "the" or start.i > 0 and self.doc[start.i - 1].lower_ == "the"
            if 2 <= len(words) <= 3 and not with_the and capitalised_name(words, self.lexicons):
                return e
        return None

    def _fronted_topic(self, span: Span) -> Entity | None:
        """ "As for Doe, he said ...": a sentence that opens by naming its topic ("As for",
        "As to") is about that party, and its pronoun after the comma is that party, however
        salient another (issue 14)."""
        doc = self.doc
        lo = _first_word(doc, self._sent_starts[self.sent_index(span.start)])
        if lo is None or lo + 2 >= span.start or doc[lo].lower_ != "as" or doc[lo + 1].lower_ not in ("for", "to"):
            return None
        comma = next((t.i for t in doc[lo + 2 : span.start] if t.text == ","), None)
        if comma is None:
            return None
        named = [t for t in doc[lo + 2 : comma] if t.ent_type_ in _NAMED]
        return self.table.covering(named[0].idx) if named else None

    def _antecedent(self, span: Span, gender: str, number: str) -> Speaker | None:
        """The most salient compatible entity or earlier speaker before ``span``."""
        here = self.sent_index(span.start)
        earlier = [said for said in self.said if said.char < span.start_char]
        last = max(earlier, key=lambda said: said.char) if earlier else None
        scored: dict[str, tuple[float, int, Speaker]] = {}
        outside = not self.in_quote(span.start_char)
        said_of = _own_content(span) + self._content_before(span, gender)
        for seen in self.table.before(span.start_char):
            distance = here - self.sent_index(seen.start)
            if distance > MAX_SENTENCES:
                break
            if outside and self.in_quote(seen.start_char):
                continue  # a name inside a quotation is not what narration picks up with "he"
            if any(lo <= seen.start_char < hi for lo, hi in said_of):
                continue  # "People like Scott, he said": a name in what "he" says is not "he"
            if seen.entity.kind == SpeakerKind.ORGANIZATION and self._addressee(seen):
                continue  # "..., the Guardian understands", "told Reuters": the outlet is no antecedent
            known = seen.entity.gender.gender if seen.entity.gender else self._heard.get(seen.entity.id)
            fit = _fits(seen.entity.kind, known, gender, number)
            if fit is not None and gender in ("n", "x") and seen.entity.labels.count("GPE") * 2 > len(seen.entity.labels):
                fit -= PLACE_AS_IT_PENALTY  # a place rarely says things as "it" or "they"
            if fit is None:
                continue
            score = -distance + fit + SUBJECT_BONUS * seen.subject * (1.0 if seen.main else EMBEDDED_SUBJECT_SHARE)
            # an entity is as salient as its most salient mention: "Doe said ... Roe met Doe's aide"
            # leaves Doe the subject two sentences back, not only the possessive just before
            if seen.entity.id not in scored or scored[seen.entity.id][0] < score:
                scored[seen.entity.id] = (score, seen.start_char, seen.entity)
        for said in self.said:
            distance = here - said.sent
            if distance > MAX_SENTENCES or said.char >= span.start_char or any(lo <= said.char < hi for lo, hi in said_of):
                continue
            if said.speaker.kind == SpeakerKind.ORGANIZATION and said.speaker.mention is not None and self._addressee(said.speaker.mention):
                continue  # "..., the Herald has learned": the outlet reports, it is no antecedent
            # a gendered role gives the gender as a name does ("A spokesman for the mayor said ... he said")
            fit = _fits(said.speaker.kind, said.gender or said.noun_gender or self._heard.get(said.speaker.id or ""), gender, number)
            key = said.speaker.id or said.speaker.name
            if fit is None or said.noun_gender is not None and gender in ("m", "f") and said.noun_gender != gender:
                continue
            bonus = LAST_SPEAKER_BONUS if said is last else SUBJECT_BONUS
            if said.embedded:
                bonus *= EMBEDDED_SUBJECT_SHARE
            score = -distance + fit + bonus
            if key not in scored or scored[key][0] < score:
                scored[key] = (score, said.char, said.speaker)
        if number == "pl" or gender == "n":
            for key, value in self._unnamed_subjects(span, here, number, outside).items():
                scored.setdefault(key, value)
        if gender in ("m", "f"):
            for key, value in self._person_noun_subjects(span, here, gender, outside).items():
                if key not in scored or scored[key][0] < value[0]:
                    scored[key] = value
        if gender in ("m", "f") or number == "pl":
            for key, value in self._pronoun_subjects(span, here, gender, number, outside).items():
                if key not in scored or scored[key][0] < value[0]:
                    scored[key] = value
        if not scored:
            return None
        best = max(scored.values(), key=lambda x: (x[0], x[1]))[2]
        return self._from_entity(best, None, None) if isinstance(best, Entity) else best

    def _content_before(self, span: Span, gender: str) -> list[tuple[int, int]]:
        """ "If Ray Dunmore wins, he said, the state will suffer": the claim's own content
        before its "he"/"she" (a fronted "if"/"when" clause the cue interrupts) is what the
        pronoun says, and a name there is no antecedent of it, as in :func:`_own_content` (the
        parse hangs the clause on the content's verb, so the claim's range tells it; issue 14)."""
        if self._content is None or gender not in ("m", "f") or self._chaining or span.root.tag_ != "PRP":
            return []  # (not a possessive: "her campaign" says nothing of what "her" says)
        doc, lo, hi = self.doc, *self._content
        hi = min(hi, span.start_char)
        sentence = self._sent_starts[self.sent_index(span.start)]
        # only the pronoun's own sentence, and only after a quote mark or colon in it: the range
        # may take in the clause that introduces a quotation ("Doe scolded him: '...,' she said")
        marks = [t.idx + len(t) for t in doc[sentence : span.start] if t.is_quote or t.text == ":"]
        lo = max(lo, doc[sentence].idx, *marks)
        return [(lo, hi)] if lo < hi else []

    def _pronoun_subjects(self, span: Span, here: int, gender: str, number: str, outside: bool) -> dict[str, tuple[float, int, Speaker]]:
        """ "He was detained. He denied it.", "When the host asked Doe about Roe, he praised Roe.
        'It is funny,' he said": a writer carries a person on from sentence to sentence as the
        subject "he"/"she" of main clauses that are no claims. Each such pronoun in this or the
        last ``PRONOUN_CHAIN_SENTENCES`` sentences stands for its own antecedent, which is then
        as salient as a main subject there (resolved one level deep; issue 14). So too a plural
        subject "they" ("Critics like Sen. Doe want changes. They sent a letter to Senate leaders.
        '...,' they wrote": the critics, not the leaders named as its object; round speakers19a)."""
        if self._chaining:
            return {}
        found: dict[str, tuple[float, int, Speaker]] = {}
        first = max(0, here - PRONOUN_CHAIN_SENTENCES)
        lo = self._sent_starts[first]
        spoken = {s.char for s in self.said}
        self._chaining = True
        try:
            for token in self.doc[lo : span.start]:
                if token.tag_ != "PRP" or token.dep_ not in ("nsubj", "nsubjpass") or token.head.dep_ != "ROOT" or token.idx in spoken:
                    continue
                if (pronoun_features(token.text, self.lexicons) or ("",))[0] != gender or outside and self.in_quote(token.idx):
                    continue
                if token.i not in self._chain_cache:
                    self._chain_cache[token.i] = self._antecedent(self.doc[token.i : token.i + 1], gender, number)
                speaker = self._chain_cache[token.i]
                if speaker is None:
                    continue
                score = -(here - self.sent_index(token.i)) + SUBJECT_BONUS
                key = speaker.id or speaker.name
                if key not in found or found[key][0] < score:
                    found[key] = (score, token.idx, speaker)
        finally:
            self._chaining = False
        return found

    def _unnamed_subjects(self, span: Span, here: int, number: str, outside: bool) -> dict[str, tuple[float, int, Speaker]]:
        """Unnamed noun subjects just before ``span`` that "they" or "it" can pick up (issue 14).

        A writer picks up the subject just named: "Twenty states sued. They argue ..." is the
        states, "The ad shows the senator. It also says ..." the ad, however salient a named
        body earlier. So a plural common-noun subject competes with the table's entities for
        "they", and a document noun subject ("the ad", "the letter") for "it", with the same
        salience (the subject of a reported clause, "she said the decision stands", is content and
    does not compete); one that wins stays unnamed (a group or a document, named by its own common
        words). Nouns a resolved speaker mention holds are that speaker ("officials at the
        agency" speak for it), and an organisation noun is left to the entity it names.
        """
        found: dict[str, tuple[float, int, Speaker]] = {}
        first = max(0, here - COMMON_NOUN_SENTENCES)
        lo = self._sent_starts[first] if first < len(self._sent_starts) else 0
        spoken = self._spoken()
        words = self.lexicons["speaker_words"]
        for token in self.doc[lo : span.start]:
            # besides subjects, "they" picks up people named earlier in its own sentence ("take
            # voters off the rolls if they did not reply"), as salient as any mention there that
            # is no subject, before a body named further back (issue 14)
            beside = number == "pl" and token.dep_ in _BESIDE_DEPS and here - self.sent_index(token.i) <= 1
            # "The city sent a letter on Thursday. It says ...": a document just brought in as a
            # main verb's object with "a" is the new thing "it" picks up, as salient as a subject
            # (issue 14)
            introduced = number != "pl" and _introduced_object(token)
            elaborated = number != "pl" and self._thing_subject_here(token, span)
            if not (beside or introduced or elaborated) and (token.dep_ not in ("nsubj", "nsubjpass") or token.head.dep_ == "ccomp"):
                continue  # the subject of a reported clause is what was said, not who said it
            if number == "pl" and token.ent_type_ == "PERSON":
                joint = self._joint_subject(token)
                if joint is not None and not (outside and self.in_quote(token.idx)):
                    distance = here - self.sent_index(token.i)
                    score = -distance + SUBJECT_BONUS * (1.0 if token.head.dep_ == "ROOT" else EMBEDDED_SUBJECT_SHARE)
                    found[f"joint:{joint.id}"] = (score, token.idx, joint)
                continue
            if token.ent_type_ in _NAMED or token.pos_ != "NOUN":
                continue
            label = words.get(token.lemma_.lower()) or words.get(token.lower_, "")
            if number == "pl":
                if token.tag_ != "NNS" or label == "staff" and not _own_people(token) and _of_a_body(token) or not (token.lower_ in self.lexicons["group_nouns"] or is_person_noun(token, self.lexicons)):
                    continue  # people, not things: "critics", "the judges", not "the returns"
                kind = SpeakerKind.GROUP
            else:
                led = self._owned_led_body(token) if label == "led" else None
                if led is not None:
                    if outside and self.in_quote(token.idx) or any(a <= token.idx < b for a, b in spoken) or token.dep_ not in ("nsubj", "nsubjpass"):
                        continue
                    distance = here - self.sent_index(token.i)
                    score = -distance + SUBJECT_BONUS * (1.0 if token.head.dep_ == "ROOT" else EMBEDDED_SUBJECT_SHARE)
                    found[f"led:{led.id}"] = (score, token.idx, led)
                    continue
                if token.tag_ != "NN" or label != "document" and not elaborated:
                    continue
                kind = SpeakerKind.DOCUMENT
            if outside and self.in_quote(token.idx) or any(a <= token.idx < b for a, b in spoken):
                continue
            distance = here - self.sent_index(token.i)
            main = token.head.dep_ == "ROOT"
            subject = token.dep_ in ("nsubj", "nsubjpass") or introduced
            score = -distance + SUBJECT_BONUS * subject * (1.0 if main else EMBEDDED_SUBJECT_SHARE)
            phrase = [t for t in self.doc[token.left_edge.i : token.i + 1] if t.dep_ in ("det", "amod", "nummod", "compound") and t.head.i == token.i or t.i == token.i]
            name = " ".join(t.lower_ for t in phrase if t.ent_type_ not in _NAMED and t.pos_ != "PROPN" and t.tag_ not in ("PRP$", "POS"))
            key = name or token.lower_
            ident = self._description_id(key)
            found[f"noun:{key}"] = (score, token.idx, Speaker(name=key, mention=None, kind=kind, id=ident))
        return found

    def _person_noun_subjects(self, span: Span, here: int, gender: str, outside: bool) -> dict[str, tuple[float, int, Speaker]]:
        """ "The mayor also met the press. He said ...", "My mother has softened, but she still
        says ...", "The president's roots came into play. In Honolulu, he told ...": a person
        described, not named, as the subject (or the subject's owner) of this or the last
        ``COMMON_NOUN_SENTENCES`` sentences is what "he"/"she" picks up next, as salient as a
        named subject there, though no claim made it a speaker (issue 14). A description the
        article ties to a named person (a title, the passage's topic) is that person; else, when
        it brings someone in ("a police officer", "my mother", "the woman" after "a woman"), it
        stays unnamed (anonymous), as a person of unknown gender (a head noun of the other
        gender, "the woman" for "he", rules it out); a definite one tied to nobody is left to the
        named people ahead."""
        found: dict[str, tuple[float, int, Speaker]] = {}
        lo = self._sent_starts[max(0, here - COMMON_NOUN_SENTENCES)]
        spoken = self._spoken()
        for token in self.doc[lo : span.start]:
            subject = token if token.dep_ in ("nsubj", "nsubjpass") else token.head if token.dep_ == "poss" and token.head.dep_ in ("nsubj", "nsubjpass") else None
            if subject is None or subject.head.dep_ == "ccomp" or token.tag_ != "NN" or token.ent_type_ or not is_person_noun(token, self.lexicons):
                continue  # a person noun, not a name (the table has those) nor a thing ("the plan")
            if any(t.ent_type_ == "PERSON" for t in token.subtree) or any(c.dep_ == "appos" and c.ent_type_ in _NAMED for c in token.children):
                continue  # "Her rival, Tom Brack,": the name is in the table, as the subject it is
            if outside and self.in_quote(token.idx) or any(a <= token.idx < b for a, b in spoken):
                continue  # a speaker's mention is remembered as that speaker already
            noun_gender = word_gender(token.text, self.lexicons, kind="role")
            if noun_gender is not None and noun_gender != gender:
                continue
            phrase = self.doc[token.left_edge.i : token.i + 1]
            entity = self._tied_description(phrase) or self._topic_of(phrase) if phrase[0].lower_ == "the" else None
            if entity is not None:
                known = entity.gender.gender if entity.gender else self._heard.get(entity.id)
                fit = _fits(entity.kind, known, gender, "sg")
                if fit is None:
                    continue
                key, speaker = entity.id, self._from_entity(entity, None, None)
            elif phrase[0].lower_ == "the" and not self._introduced_unnamed(token, here):
                continue  # "The woman's enthusiasm ... she said": a passage on a named woman describes her so
            else:
                fit = -UNKNOWN_GENDER_PENALTY
                kept = [t for t in phrase if t.dep_ in ("det", "amod", "compound", "poss") and t.head.i == token.i or t.i == token.i]
                name = " ".join(t.text if t.ent_type_ or t.pos_ == "PROPN" else t.lower_ for t in kept)  # "my Irish mother"
                ident = self._description_id(name)
                key, speaker = f"noun:{name}", Speaker(name=name, mention=None, kind=SpeakerKind.ANONYMOUS, id=ident)
            main = subject.head.dep_ == "ROOT"
            score = -(here - self.sent_index(token.i)) + fit + SUBJECT_BONUS * (1.0 if main else EMBEDDED_SUBJECT_SHARE)
            if key not in found or found[key][0] < score:
                found[key] = (score, token.idx, speaker)
        return found

    def _thing_subject_here(self, token, span: Span) -> bool:
        """ "The unemployment rate is a widely used term: it refers to ...", "The bill did what
        Republicans wanted: It allowed ...": the subject of a clause a colon sets before the
        pronoun in its own sentence, a thing (no person, body or campaign noun), is what its
        "it" goes on about, though no document noun; the parse makes the clause the pronoun
        verb's content, as in "Acme will cut jobs, it said", but a colon elaborates, it reports
        nothing (round speakers19a)."""
        if token.dep_ not in ("nsubj", "nsubjpass") or token.tag_ != "NN" or token.head.i >= span.start:
            return False
        if self.sent_index(token.i) != self.sent_index(span.start) or not any(t.text == ":" for t in self.doc[token.head.i : span.start]):
            return False
        lemma = token.lemma_.lower() or token.lower_
        words = self.lexicons["speaker_words"]
        return not (is_person_noun(token, self.lexicons) or lemma in self.lexicons["org_nouns"] or words.get(lemma) in ("led", "staff"))

    def _owned_led_body(self, token) -> Speaker | None:
        """ "Doe's campaign backtracked. ... it said": a body a named person leads, as a subject,
        is what "it" picks up next, named as :meth:`_led_body` names it (issue 14)."""
        if token.tag_ != "NN":
            return None
        # the model may tag the surname before "'s campaign" ORG: the table knows it is a person's
        owners = [c for c in token.children if c.dep_ == "poss" and c.ent_type_ in ("PERSON", "ORG")]
        person = self.table.covering(owners[0].idx) if owners else None
        if person is None or person.kind != SpeakerKind.PERSON:
            return None
        name = f"{person.name} {token.lower_}"
        ident = self._description_id(name.lower())
        return Speaker(name=name, mention=None, kind=SpeakerKind.ORGANIZATION, id=ident)

    def _joint_subject(self, token) -> Speaker | None:
        """ "Ann Lee and Bo Park said ...": coordinated people as one subject are a plural,
        the group "they" picks up (named by its members, as a joint statement is)."""
        people = self._only_people((token, *token.conjuncts))  # "Ann Lee and the board": not only people, leave it
        return _group_of(people) if len(people) > 1 else None

    def _remember(self, span: Span, speaker: Speaker, entity: Entity | None) -> Speaker:
        gender = None
        if entity is not None and entity.gender is not None:
            gender = entity.gender.gender
        elif speaker.id and speaker.id.startswith("e"):
            found = next((e for e in self.table.entities if e.id == speaker.id), None)
            gender = found.gender.gender if found is not None and found.gender else None
        root = span.root
        if gender is None and speaker.id and speaker.id.startswith("e") and len(span) == 1 and root.tag_ == "PRP":
            # "she said" resolved to a person the article gives no gender ("Melanie", a surname
            # alone): the pronoun is evidence, so a later "he" is someone else (issue 14)
            said_gender = (pronoun_features(root.text, self.lexicons) or ("",))[0]
            if said_gender in ("m", "f"):
                gender = self._heard.setdefault(speaker.id, said_gender)
        if gender is None and not speaker.id and len(span) == 1 and root.tag_ == "PRP":
            # a "he" nothing before it resolves stays "he"; a later "she" is someone else, never it
            said_gender = (pronoun_features(root.text, self.lexicons) or ("",))[0]
            gender = said_gender if said_gender in ("m", "f") else None
        noun_gender = None
        if gender is None and entity is None and not (speaker.id or "").startswith("e") and root.tag_ == "NN":
            # "a spokeswoman for the council", "the man": an unnamed speaker's head noun gives the
            # gender, so a later "he" is someone else (issue 14)
            noun_gender = word_gender(root.text, self.lexicons, kind="role")
        embedded = root.tag_ in ("WP", "WDT") or root.head.dep_ in ("relcl", "advcl")
        self.said.append(_Said(span.start_char, self.sent_index(span.start), speaker, entity, gender, embedded, noun_gender))
        return speaker


def _kin_names(words: list[str]) -> list[str]:
    """The two full names of "James and Olive Meehan" (one surname shared) or "James Lee and
    Olive Meehan"; [] for another shape."""
    if "and" not in words:
        return []
    k = words.index("and")
    left, right = words[:k], words[k + 1 :]
    if not left or len(right) < 2:
        return []
    if len(left) == 1:
        return [f"{left[0]} {right[-1]}", " ".join(right)]
    return [" ".join(left), " ".join(right)]


def _group_of(people: Sequence[Entity], mention: Mention | None = None) -> Speaker:
    """Several named parties speaking together, named by their members ("A, B and C")."""
    return Speaker(name=_joined_names([e.name for e in people]), mention=mention, kind=SpeakerKind.GROUP, id="+".join(e.id for e in people))


def _joined_names(names: Sequence[str]) -> str:
    """Names said together, as news writes them: "A, B and C"."""
    return ", ".join(names[:-1]) + " and " + names[-1]


def _own_people(token) -> bool:
    """Staff who are no body's voice: a person's ("his aides") or joined with other people
    ("aides and those in attendance"); "they" after them is those people, not a body named
    before (issue 14). "Acme officials" speak for Acme and are left to the body."""
    return any(c.dep_ == "poss" and c.tag_ == "PRP$" and c.lower_ in ("his", "her") or c.dep_ == "conj" for c in token.children)


def _of_a_body(token) -> bool:
    """Staff tied to a body they speak for: a name before them ("Acme officials", "U.S.
    analysts") or a phrase after them ("officials at the agency", "analysts with the bank").
    Staff tied to none ("That frustrates many analysts because they believe ...") are a group
    of their own, what "they" picks up (round speakers19a)."""
    return any(c.dep_ in ("compound", "amod", "nmod", "poss") and (c.ent_type_ in _NAMED or c.tag_ == "PRP$") or c.dep_ == "prep" for c in token.children)


def _appositive_list(root: Token, fits: Callable[[Token], bool]) -> list[Token]:
    """The names an appositive list sets beside ``root``, in order (the first and its later
    conjuncts), each passing ``fits``: "The four historians, Ann Brisk, Tom Vale and Ida Moor,".
    The parser may hang the list on the of-phrase's object ("Three residents of the town, Ann
    Ray, Jo Tull and Ed Vance,"); there only a list of several names is the description's."""
    heads = [t for t in root.children if t.dep_ == "appos" and fits(t)]
    if not heads:
        objects = [o for p in root.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj" and not o.ent_type_]
        heads = [t for o in objects for t in o.children if t.dep_ == "appos" and fits(t) and t.conjuncts]
    if not heads:
        return []
    return [heads[0], *(t for t in heads[0].conjuncts if t.i > heads[0].i)]


def _role_word_is(word: str, lemma: str) -> bool:
    """A role word is the role: the same lemma, or its abbreviated title ("sen." for "senator")."""
    return word == lemma or word.endswith(".") and len(word) > 2 and lemma.startswith(word[:-1])


def _bare_title(words: tuple[str, ...]) -> bool:
    """The words tied to a name are one abbreviated title ("sen.", "gov.") and nothing else."""
    return len(words) == 1 and words[0].endswith(".")


def _restricted(span: Span) -> bool:
    """A definite description narrowed by a restrictive clause ("the woman who first proposed
    the bridge", "the union representing rail workers": a relative clause or participle with no
    comma before it) tells the reader who is meant by itself: news writing introduces a new
    referent this way, and takes up one already named with the bare noun ("the union") or a
    non-restrictive clause ("the senator, who ..."). So such a description is no anaphor."""
    root = span.root
    if not len(span) or span[0].lower_ != "the":
        return False
    doc = span.doc
    for child in root.children:
        if child.dep_ in ("relcl", "acl") and child.i > root.i:
            first = child.left_edge.i
            if first > 0 and doc[first - 1].text not in (",", "(", "-", "\u2013", "\u2014"):
                return True
    return False


def _name_head(name: tuple[str, ...]) -> str:
    """The head word of a body's name: the word before its first "of"/"for" ("Ministry of Housing",
    "Department for Transport"), else its last word ("Korvath Mining")."""
    cut = next((k for k in range(1, len(name)) if name[k] in ("of", "for")), None)
    return name[cut - 1] if cut is not None else name[-1]


def _own_content(span: Span) -> list[tuple[int, int]]:
    """The char ranges of what a pronoun subject says or thinks: the complement of its verb
    ("People like Scott, he said", "he said Scott was wrong"). The pronoun c-commands every name
    there, and a pronoun cannot take up a name it c-commands (binding principle C, Chomsky 1981),
    so none of them is its antecedent. A fronted adverbial ("When Scott arrived, he said") is no
    complement and stays open. Only "he" and "she": a wire lede names the company in what "it"
    says ("Volkenwerk will cut 4,000 jobs, it said"), and a person is seldom so named.

    A fronted participle with no subject of its own ("Asked about Lena Ross, she replied",
    "Speaking after meeting Tom Brack, he said") has the pronoun as its understood subject,
    which c-commands the names in it just as well: neither is the pronoun (round speakers17)."""
    root = span.root
    if root.dep_ not in ("nsubj", "nsubjpass") or root.tag_ != "PRP" or root.lower_ not in ("he", "she"):
        return []
    verb = root.head
    doc = span.doc
    ranges = []
    for child in verb.children:
        # (a second subject before the pronoun is fronted content the parse misread: "People
        # like Scott, he said")
        if child.dep_ not in ("ccomp", "parataxis", "dobj", "xcomp", "nsubj") and not _controlled_participle(child) or child.i >= root.i:
            continue  # a complement after the pronoun holds nothing it could take up anyway
        lo, hi = child.left_edge.i, child.right_edge.i
        if any(not t.is_punct for t in doc[hi + 1 : root.i]):
            continue  # only the shape "<content>, he said": the parse may hang more on the verb
        # a quotation or colon inside: the parse took in the clause before it ("Doe scolded him:
        # '...,' she said"): only what follows the last quote mark or colon is surely the content
        marks = [t.i for t in doc[lo : hi + 1] if t.is_quote or t.text == ":"]
        lo = marks[-1] + 1 if marks else lo
        if lo <= hi:
            ranges.append((doc[lo].idx, doc[hi].idx + len(doc[hi])))
    return ranges


def _controlled_participle(token) -> bool:
    """ "Asked about ...", "Speaking after ...": an adverbial participle with no subject of its
    own, whose understood subject is the subject of the verb it hangs on."""
    return token.dep_ == "advcl" and token.tag_ in ("VBN", "VBG") and not any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in token.children)


def _body_role(root, lexicons: Lexicons) -> str | None:
    """How a body's name stands in its sentence, for :meth:`SpeakerLinker._recent_body`:
    ``"addressee"`` for the one a statement is made to (the object of "told", the "to"/"with"
    phrase of "speaking to", "an interview with"; speaker_words ``address``), ``"employer"`` for
    a person's employer in a role ("a spokesman for Acme", "analysts at Acme"), else None."""
    words = lexicons["speaker_words"]
    if root.dep_ in ("dobj", "dative") and words.get(root.head.lemma_.lower()) == "address":
        return "addressee"
    # the outlet that reports: "the Guardian understands", "BBC News has learned", "the Observer
    # has been told" hears what the passage says; it is no party to it (issue 14)
    if root.dep_ == "nsubj" and words.get(root.head.lemma_.lower()) == "hear" or root.dep_ == "nsubjpass" and words.get(root.head.lemma_.lower()) == "address":
        return "addressee"
    if root.dep_ == "pobj" and root.head.dep_ == "prep":
        prep, owner = root.head, root.head.head
        if prep.lower_ in ("to", "with") and words.get(owner.lemma_.lower()) == "address":
            return "addressee"
        if prep.lower_ in ("for", "at", "of", "with") and owner.tag_ in ("NN", "NNS") and (is_person_noun(owner, lexicons) or words.get(owner.lower_) == "staff"):
            return "employer"
    return None


def _modifies_another(token, lexicons: Lexicons) -> bool:
    """Whether the entity ``token`` is in stands before another word as its modifier (its last
    word a compound, modifier or possessive of a word outside it: "Maine" in "Maine Sen. Ann Lee"),
    or completes a title ("State" in "Secretary of State Ann Lee", "Defense" in "Minister of
    Defense Bo Ray": the object of a preposition after a title word), or gives a person's home
    ("Ohio" in "Ann Lee of Ohio")."""
    t = token
    while t.head.i != t.i and t.head.ent_iob_ == "I" and t.head.ent_type_ == token.ent_type_ and t.head.i > t.i and t.head.i - t.i < 6:
        t = t.head  # to the last word of its own name
    if t.dep_ == "pobj" and t.head.dep_ == "prep" and t.head.head.i < t.i and lexicons["titles"].get(t.head.head.lower_):
        return True
    if t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.ent_type_ == "PERSON" and t.ent_type_ == "GPE":
        return True  # "Sens. Ann Lee of Ohio and Bo Ray": a home place qualifies the name
    return t.dep_ in ("compound", "nmod", "amod", "poss") and not (t.head.ent_type_ == t.ent_type_ == "PERSON")


def _appositive_head(token, person: bool) -> object | None:
    """The named head of an appositive description; for a person ("who"), also through
    coordinated descriptions ("Ann Lee, a real estate agent and an aspiring trader who ..."),
    not in a list of things ("the agency, 18 states and cities that ...")."""
    k = 0
    while person and token.dep_ == "conj" and k < 4:
        token, k = token.head, k + 1
    return token.head if token.dep_ == "appos" and token.head.ent_type_ in _NAMED else None


def _described_by(name) -> object | None:
    """The person whose appositive description holds ``name`` as the object of its "of"/"for"
    phrase ("Ann Lee, a former backer of Ivo Park,"): news writes a relative clause after such an
    appositive about the person described, not the one named inside it."""
    token = name
    while token.dep_ in ("compound", "flat") and token.head.i != token.i:
        token = token.head
    prep = token.head if token.dep_ == "pobj" else None
    if prep is None or prep.lower_ not in ("of", "for", "to") or prep.head.dep_ != "appos":
        return None
    owner = prep.head.head
    return owner if owner.ent_type_ == "PERSON" and owner.i < name.i else None


def _person_plural_noun(token, lexicons: Lexicons) -> bool:
    """A plural noun for people: "candidates", "men", "leaders"."""
    lemma = token.lemma_.lower()
    if token.lower_ in lexicons["group_nouns"] or lexicons["speaker_words"].get(lemma, "").startswith("role"):
        return True
    return lemma != token.lower_ and (is_person_noun(token, lexicons) or bool(lexicons["titles"].get(lemma)))


def _modifiers_fit(span: Span, entity: Entity) -> bool:
    """ "the British journal" picks up only a body whose name holds "British": every
    capitalised modifier of a description is a word of one of the entity's names."""
    words = {w.lower() for name in entity.names for w in name}
    return all(
        t.lower_ in words for t in span
        if t.i != span.root.i and t.text[:1].isupper() and t.lower_ != "the" and not (t.is_sent_start and t.tag_ in ("NN", "NNS") and not t.ent_type_)
    )  # a common noun capitalised as the sentence's first word ("Company executives") is no modifier to match


def _another_body_of_field(span: Span, entity: Entity, lemma: str, lexicons: Lexicons) -> bool:
    """ "the police federation" after the Independent Police Standards Office: the description's
    own modifier ("police") is a word inside the body's name, but the name ends in another body
    noun ("Office"); the description names another body of the same field, not that one."""
    modifiers = {t.lower_ for t in span if t.i < span.root.i and t.dep_ in ("compound", "amod") and t.pos_ == "NOUN"}
    return bool(modifiers) and any(
        len(n) > 1 and n[-1].lower() != lemma and n[-1].lower() in lexicons["org_nouns"]
        and modifiers & {w.lower() for w in n[:-1]} and n[-1].lower() not in modifiers
        for n in entity.names)


def title_fits(span: Span, title: str) -> bool:
    """A definite role description fits a title given with a name: the head is one of the
    title's words (an abbreviation counts: "Gov." for "governor"), and every capitalised
    modifier is in it too ("the Indiana governor" fits "Indiana Gov.", "the Democratic
    nominee" does not fit "Republican nominee")."""
    words = [w.lower() for w in title.replace(",", " ").split()]
    head = span.root.lower_
    if not any(w == head or w.endswith(".") and len(w) > 2 and head.startswith(w[:-1]) for w in words):
        return False
    modifiers = [t.lower_ for t in span if t.i != span.root.i and t.text[:1].isupper() and t.lower_ != "the"]
    if len(words) == 1:
        return True  # the title says no more than the role ("Sen."): nothing to contradict
    return all(m in words for m in modifiers)


def _introduced_object(token) -> bool:
    """A noun brought in as the direct object of its sentence's main verb with "a"/"an"."""
    return token.dep_ == "dobj" and token.head.dep_ == "ROOT" and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in token.children)


def _first_word(doc: Doc, i: int) -> int | None:
    """The first token from ``i`` that is no whitespace."""
    while i < len(doc) and doc[i].is_space:
        i += 1
    return i if i < len(doc) else None


def _opens_paragraph(doc: Doc, i: int) -> bool:
    """Whether token ``i`` is the first word of a paragraph (the text's start or after a line break)."""
    k = i - 1
    while k >= 0 and doc[k].is_space:
        if "\n" in doc[k].text or "\n" in doc[k].whitespace_:
            return True
        k -= 1
    return k < 0 or "\n" in doc[k].whitespace_


def _fits(kind: SpeakerKind, known: str | None, gender: str, number: str) -> float | None:
    """0 (or a penalty) when a pronoun can refer to an entity of this kind and gender, else None."""
    if gender in ("m", "f"):
        if kind not in (SpeakerKind.PERSON, SpeakerKind.ANONYMOUS):
            return None
        if known is None:
            return -UNKNOWN_GENDER_PENALTY
        return None if known != gender else 0.0
    if number == "pl":
        if kind == SpeakerKind.GROUP:
            return 0.0
        return -ORG_AS_THEY_PENALTY if kind == SpeakerKind.ORGANIZATION else None
    return 0.0 if kind in (SpeakerKind.ORGANIZATION, SpeakerKind.DOCUMENT) else None


def _first_person_in_quotes(candidates: list[Candidate], speakers: list[Speaker | None], lexicons: Lexicons) -> None:
    """ "I"/"we" inside a quotation: the speaker of that quotation (in place)."""
    for k, speaker in enumerate(speakers):
        m = speaker.mention if speaker is not None else None
        if m is None or (pronoun_features(m.text, lexicons) or ("",))[0] != "1":
            continue
        for j, cand in enumerate(candidates):
            outer = speakers[j]
            if j != k and cand.start_char <= m.start < cand.end_char and outer is not None:
                # a continuation paragraph's speaker has no mention: it is the quotation's speaker
                if outer.mention is None or (pronoun_features(outer.mention.text, lexicons) or ("",))[0] != "1":
                    speakers[k] = outer.model_copy(update={"mention": m})
                    break


def resolve_speakers(
    doc: Doc, candidates: list[Candidate], lexicons: Lexicons, *, skip: Sequence[tuple[int, int]] = ()
) -> list[Speaker | None]:
    """One speaker (or None) per candidate, resolving in document order.

    ``skip`` holds ``(start_char, end_char)`` stretches whose names join no entity and whose
    speakers are no antecedents (the page furniture's lines: a name in a teaser is not the
    article's "he"; issue 17.2).

    Also stores the article's entities on ``doc._.speakers`` when that extension is set
    (the ``claimx`` component sets it): JSON-ready dicts, see :meth:`Entity.to_json`.
    """
    quotes = [(c.start_char, c.end_char) for c in candidates if c.form == Form.DIRECT]
    linker = SpeakerLinker(doc, lexicons, quotes=quotes, skip=skip)
    speakers: list[Speaker | None] = []
    text: str | None = None  # doc.text is rebuilt on each access: read once, when needed
    for cand in candidates:
        if cand.inherit_from is not None and cand.inherit_from < len(speakers):
            prev = speakers[cand.inherit_from]
            # the second half of an interrupted quote shares the first half's cue, and so the
            # words naming its speaker; a later quote paragraph (sharing the cue or not) only
            # continues the speaker: no words in it name them
            before = candidates[cand.inherit_from]
            same_cue = cand.cue_start_char is not None and cand.cue_start_char == before.cue_start_char
            if same_cue:
                text = doc.text if text is None else text
                same_cue = "\n" not in text[before.end_char : cand.start_char]
            speakers.append(None if prev is None else prev if same_cue else prev.model_copy(update={"mention": None}))
            continue
        if cand.source is None:
            speakers.append(None)
            continue
        span = doc[cand.source[0] : cand.source[1]]
        said = len(linker.said)
        speakers.append(linker.resolve(span, content=(cand.start_char, cand.end_char)) if len(span) and span.text.strip() else None)
        if skip and len(span) and any(start <= span.start_char < end for start, end in skip):
            del linker.said[said:]  # a speaker named in furniture is no antecedent for what follows
    _first_person_in_quotes(candidates, speakers, lexicons)
    if Doc.has_extension("speakers"):
        doc._.speakers = [e.to_json() for e in linker.table.entities]
    return speakers
