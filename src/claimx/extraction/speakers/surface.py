"""Read one source mention on its own: its name, title and kind (the first-release resolver).

News style introduces a person once in full ("National Security Council spokesman John
Kirby") and then by surname ("Kirby"), pronoun ("He") or role ("the spokesman"). So:
- a PERSON entity inside the mention gives the name; the words before it, the title;
- a surname or "Mr./Ms. X" resolves to the latest earlier full name ending in it;
- he/she resolve to the latest person speaker (else the latest person named in a
  subject), they/it to the latest group or organisation speaker;
- "the spokesman" resolves to the latest person with that title;
- organisation heads ("administration", "White House") and plural people nouns
  ("officials", "critics") decide the kind when no entity does.
Resolution goes in ``Speaker.name``; ``Speaker.mention`` stays the words in the text.
"""

from __future__ import annotations

import bisect
import itertools
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from ...labels import NameWordKind
from ...lexicons import Lexicons, load_lexicon
from ...models import Mention, Speaker, SpeakerKind

__all__ = ["SurfaceResolver", "clean_name", "strip_space", "trim_asides"]

# pronoun classes of lexicons/data/pronouns.tsv (shared with the stance rules)
_PRONOUNS = load_lexicon("pronouns")
_PERSON_PRONOUNS = frozenset(w for w, kind in _PRONOUNS.items() if kind in ("first_singular", "third_singular"))
_GROUP_PRONOUNS = frozenset(w for w, kind in _PRONOUNS.items() if kind in ("first_plural", "third_plural"))
_ORG_PRONOUNS = frozenset(w for w, kind in _PRONOUNS.items() if kind == "third_neuter")
# name words of lexicons/data/name_words.tsv: the determiners stripped before a mention, the honorifics dropped from a name
_NAME_WORDS = load_lexicon("name_words")
_DETERMINERS = frozenset(w for w, kind in _NAME_WORDS.items() if kind in (NameWordKind.ARTICLE, NameWordKind.DETERMINER))
_HONORIFICS = frozenset(w for w, kind in _NAME_WORDS.items() if kind in (NameWordKind.HONORIFIC, NameWordKind.KNIGHTHOOD))
# "Sir"/"Dame": written before a knight's given name alone ("Sir Alan" for Sir Alan Hale)
_KNIGHTHOODS = frozenset(w for w, kind in _NAME_WORDS.items() if kind == NameWordKind.KNIGHTHOOD)
_POSSESSIVE = ("'s", "’s", "'", "’")


@dataclass
class _Known:
    name: str
    kind: SpeakerKind
    title: str | None
    char: int


def clean_name(words: str) -> str:
    """A name without a possessive ending, edge punctuation, or a list's bullet the tokenizer
    glued to its first word ("-Matthew Yglesias thinks ...")."""
    for suffix in _POSSESSIVE:
        if words.endswith(suffix):
            words = words[: -len(suffix)]
    return words.strip(" ,;:").lstrip("-–—•*· ")


def _strip_determiner(span: Span) -> Span:
    while len(span) > 1 and (span[0].lower_ in _DETERMINERS or span[0].is_punct):
        span = span[1:]
    return span


class SurfaceResolver:
    """A mention's own reading (name, title, kind) with the first-release coreference; see resolve.py."""

    def __init__(self, doc: Doc, lexicons: Lexicons) -> None:
        self.doc = doc
        self.lexicons = lexicons
        self.history: list[_Known] = []
        self.ents = _split_at_dashes(list(doc.ents))  # doc.ents builds every span on each access: read it once
        self.ent_starts = [ent.start for ent in self.ents]
        self.person_subjects = [e for e in self.ents if e.label_ == "PERSON" and e.root.dep_ in ("nsubj", "nsubjpass")]
        self.person_subject_ends = [e.end_char for e in self.person_subjects]
        # full person names in the doc, in order, for surname look-up: (char, name, title)
        self.full_names: list[tuple[int, str, str | None]] = []
        for ent in self.ents:
            if ent.label_ == "PERSON":
                words, inner_title = self._name_and_title(ent)
                if len(words) >= 2:
                    name = clean_name(doc[words[0].i : words[-1].i + 1].text)
                    self.full_names.append((ent.start_char, name, self._title_before(ent) or inner_title))

    def _name_and_title(self, ent: Span) -> tuple[list[Token], str | None]:
        """A PERSON entity's name words, without honorifics, and a title the model took into the
        entity ("Councillor Jane Doe"): the model includes a title in some names and not in
        others, so the name must not depend on it."""
        words = [t for t in ent if t.lower_ not in _HONORIFICS]
        # the titles that open the entity, counted past a courtesy title before them ("Mrs
        # Justice Carrow", British judges) and in the plural ("Professors Lind and Oyelaran")
        opening = list(itertools.takewhile(lambda t: t.lower_ in _HONORIFICS or self._title_word(t), ent))
        k = 0
        while k < len(words) - 1 and words[k] in opening:
            k += 1
        title = self.doc[words[0].i : words[k].i].text if k else None
        words = words[k:]
        # the model sometimes tags only the surname ("Emeka [Dunmore]"): a capitalised given
        # name compounded onto it, outside any other entity and no title, belongs to the name
        if len(words) == 1 and not k and words[0].i > 0:
            before = self.doc[words[0].i - 1]
            if (before.pos_ == "PROPN" and before.is_title and before.dep_ in ("compound", "flat")
                    and ent.start <= before.head.i < ent.end and not before.ent_type_
                    and before.lower_ not in _HONORIFICS and not self.lexicons["titles"].get(before.lower_)):
                words.insert(0, before)
        return words, title

    def _title_word(self, token: Token) -> bool:
        """A role word of titles.tsv, or its plural before several names ("Professors", "Sens.")."""
        titles = self.lexicons["titles"]
        return bool(titles.get(token.lower_) or token.tag_ in ("NNS", "NNPS") and titles.get(token.lemma_.lower()))

    def _title_before(self, ent: Span) -> str | None:
        """The role words right before a name: "National Security Council spokesman"."""
        doc = self.doc
        i = ent.start
        lo = i
        while lo > 0 and doc[lo - 1].dep_ in ("compound", "amod", "nmod") and lo - 1 < doc[lo - 1].head.i < ent.end and not doc[lo - 1].is_punct:
            lo -= 1
        if lo == i:
            return None
        words = doc[lo:i]
        if not any(self.lexicons["titles"].get(t.lower_) or self.lexicons["titles"].get(t.lemma_.lower()) for t in words):
            return None
        return _strip_determiner(words).text

    def _resolve_surname(self, surname: str, before: int) -> tuple[str, str | None] | None:
        best = None
        for char, name, title in self.full_names:
            if name.split()[-1].lower() == surname.lower() and name.lower() != surname.lower():
                if char < before or best is None:
                    best = (name, title)
        return best

    def _latest(self, kinds: tuple[SpeakerKind, ...], before: int) -> _Known | None:
        earlier = [k for k in self.history if k.kind in kinds and k.char < before]
        return max(earlier, key=lambda k: k.char) if earlier else None

    def _latest_person_subject(self, before: int) -> str | None:
        """The latest PERSON named as a clause subject before ``before`` (for "He said")."""
        k = bisect.bisect_right(self.person_subject_ends, before) - 1
        if k < 0:
            return None
        best = self.person_subjects[k]
        words, _ = self._name_and_title(best)
        if not words:
            return None
        name = clean_name(self.doc[words[0].i : words[-1].i + 1].text)
        if len(words) == 1:
            resolved = self._resolve_surname(name, best.start_char)
            if resolved:
                return resolved[0]
        return name

    def resolve(self, span: Span) -> Speaker:
        """The speaker a mention names or points back to; the steps run in order, the first reading wins."""
        span = strip_space(span)
        mention = Mention(text=span.text, start=span.start_char, end=span.end_char)
        char = span.start_char
        words = _strip_determiner(span)
        relative = self._relative(span, mention)
        if relative is not None:
            return relative
        if len(words) == 1 and words.text.lower() in _PERSON_PRONOUNS | _GROUP_PRONOUNS | _ORG_PRONOUNS:
            return self._pronoun(span, words.text.lower(), mention, char)
        for step in (self._named_person, self._bare_surname, self._by_title):
            speaker = step(span, words, mention, char)
            if speaker is not None:
                return speaker
        # a person the model did not tag: proper nouns after a title ("Fire Chief Anders Lindqvist")
        untagged = self._untagged_person(words)
        if untagged is not None:
            name, title = untagged
            return self._remember(Speaker(name=name, mention=mention, kind=SpeakerKind.PERSON, title=title), char)
        # groups and organisations
        return self._remember(Speaker(name=clean_name(words.text), mention=mention, kind=self._kind(span)), char)

    def _relative(self, span: Span, mention: Mention) -> Speaker | None:
        """"the government, which denied ...": the relative pronoun stands for the noun before it."""
        head = span.root
        if not (len(span) == 1 and head.tag_ in ("WP", "WDT") and head.head.dep_ == "relcl"):
            return None
        lo, hi = _antecedent_range(head.head.head)
        return self.resolve(self.doc[lo:hi]).model_copy(update={"mention": mention})

    def _pronoun(self, span: Span, lower: str, mention: Mention, char: int) -> Speaker:
        """A personal pronoun: the latest earlier speaker of its kind, else the pronoun itself."""
        if lower in _PERSON_PRONOUNS:
            known = self._latest((SpeakerKind.PERSON,), char)
            if known is not None:
                return Speaker(name=known.name, mention=mention, kind=SpeakerKind.PERSON, title=known.title)
            name = self._latest_person_subject(char)
            if name is not None:
                return Speaker(name=name, mention=mention, kind=SpeakerKind.PERSON)
            return Speaker(name=span.text, mention=mention, kind=SpeakerKind.PERSON)
        kinds = (SpeakerKind.ORGANIZATION,) if lower in _ORG_PRONOUNS else (SpeakerKind.GROUP, SpeakerKind.ORGANIZATION)
        known = self._latest(kinds, char)
        if known is not None:
            return Speaker(name=known.name, mention=mention, kind=known.kind, title=known.title)
        return Speaker(name=span.text, mention=mention, kind=SpeakerKind.GROUP if lower in _GROUP_PRONOUNS else SpeakerKind.UNKNOWN)

    def _named_person(self, span: Span, words: Span, mention: Mention, char: int) -> Speaker | None:
        """A person named in the mention, with a title before or inside the name and a surname resolved."""
        doc, head = self.doc, span.root
        # "the Biden administration": a person's name modifying an organisation is no person
        people = [
            ent
            for ent in self.ents[bisect.bisect_left(self.ent_starts, span.start) : bisect.bisect_left(self.ent_starts, span.end)]
            if ent.label_ == "PERSON" and ent.start >= span.start and ent.end <= span.end
            and (ent.start <= head.i < ent.end or not self._is_collective(head))
        ]
        if not people:
            return None
        ent = people[-1] if head.i >= people[-1].start else people[0]
        name_tokens, inner_title = self._name_and_title(ent)
        if not name_tokens:
            return None
        name = clean_name(doc[name_tokens[0].i : name_tokens[-1].i + 1].text)
        title = self._title_before(ent) or inner_title
        if title is None and ent.start > span.start:
            pre = _strip_determiner(doc[span.start : ent.start])
            if pre.text and any(self.lexicons["titles"].get(t.lower_) for t in pre):
                title = pre.text.strip(" ,")
        if len(name.split()) == 1:
            resolved = self._resolve_surname(name, char)
            if resolved is not None:
                name, title = resolved[0], title or resolved[1]
        return self._remember(Speaker(name=name, mention=mention, kind=SpeakerKind.PERSON, title=title or None), char)

    def _bare_surname(self, span: Span, words: Span, mention: Mention, char: int) -> Speaker | None:
        """A bare surname the NER missed: an earlier speaker whose name ends in it."""
        head = span.root
        if not (len(words) == 1 and (head.pos_ == "PROPN" or head.is_title)):
            return None
        for known in sorted(self.history, key=lambda k: -k.char):
            if known.kind == SpeakerKind.PERSON and known.char < char and len(known.name.split()) > 1 and known.name.split()[-1] == words.text:
                return Speaker(name=known.name, mention=mention, kind=SpeakerKind.PERSON, title=known.title)
        return None

    def _by_title(self, span: Span, words: Span, mention: Mention, char: int) -> Speaker | None:
        """"the spokesman": the latest person with that title, else a new person so described."""
        head = span.root
        head_lemma = head.lemma_.lower()
        if not (head.tag_ in ("NN",) and self.lexicons["titles"].get(head_lemma) and not any(t.ent_type_ for t in span)):
            return None
        for known in reversed(self.history):
            if known.kind == SpeakerKind.PERSON and known.title and head_lemma in known.title.lower().split() and known.char < char:
                return Speaker(name=known.name, mention=mention, kind=SpeakerKind.PERSON, title=known.title)
        return self._remember(Speaker(name=clean_name(words.text), mention=mention, kind=SpeakerKind.PERSON), char)

    def _untagged_person(self, words: Span) -> tuple[str, str] | None:
        """(name, title) when ``words`` are a title and then capitalised proper nouns with no entity."""
        tokens = [t for t in words if not t.is_punct]
        if len(tokens) < 2 or any(t.ent_type_ for t in tokens) or not all(t.pos_ == "PROPN" and t.is_title for t in tokens):
            return None
        last_title = max((k for k, t in enumerate(tokens) if self.lexicons["titles"].get(t.lower_)), default=None)
        if last_title is None or last_title == len(tokens) - 1:
            return None
        name = tokens[last_title + 1 :]
        return clean_name(self.doc[name[0].i : name[-1].i + 1].text), self.doc[tokens[0].i : tokens[last_title].i + 1].text

    def _is_collective(self, head) -> bool:
        """A body or several people: an organisation noun, a group noun, or a collective of people
        ("the family of Mr Doe", "a couple": not Mr Doe himself; speaker_words ``collective``)."""
        lemma = head.lemma_.lower()
        return (
            lemma in self.lexicons["org_nouns"]
            or lemma in self.lexicons["group_nouns"]
            or head.lower_ in self.lexicons["group_nouns"]
            or self.lexicons["speaker_words"].get(head.lower_) == "collective"
        )

    def _kind(self, span: Span) -> SpeakerKind:
        head = span.root
        lemma, lower = head.lemma_.lower(), head.lower_
        if head.tag_ in ("NNS", "NNPS") and (lower in self.lexicons["group_nouns"] or lemma in self.lexicons["group_nouns"] or head.tag_ == "NNS"):
            if lower not in self.lexicons["org_nouns"] and lemma not in self.lexicons["cue_nouns"]:
                return SpeakerKind.GROUP
        if lower in self.lexicons["group_nouns"] and head.tag_ != "NN":
            return SpeakerKind.GROUP
        if head.ent_type_ in ("ORG", "GPE", "NORP", "FAC") or lemma in self.lexicons["org_nouns"]:
            return SpeakerKind.ORGANIZATION
        if lemma in self.lexicons["cue_nouns"]:  # "a CNN report", "the poll"
            owners = [t for t in span if t.ent_type_ in ("ORG", "GPE", "NORP", "PERSON")]
            return SpeakerKind.ORGANIZATION if owners else SpeakerKind.UNKNOWN
        if lemma in self.lexicons["titles"]:
            return SpeakerKind.PERSON
        if head.ent_type_ == "PERSON":
            return SpeakerKind.PERSON
        return SpeakerKind.UNKNOWN

    def _remember(self, speaker: Speaker, char: int) -> Speaker:
        self.history.append(_Known(speaker.name, speaker.kind, speaker.title, char))
        return speaker


def _antecedent_range(noun) -> tuple[int, int]:
    """The noun phrase a relative clause hangs from, without the clause itself."""
    lo = noun.left_edge.i
    hi = noun.i + 1
    for child in noun.children:
        if child.i > noun.i and child.dep_ in ("compound", "flat"):
            hi = max(hi, child.i + 1)
    return lo, hi


_DASHES = ("-", "--", "–", "—")


def spaced_dash(token: Token) -> bool:
    """A dash set off by spaces ("Ann Lee - Doe's partner - said"): it opens an aside, no hyphen
    inside a word or name."""
    return token.text in _DASHES and bool(token.whitespace_) and token.i > 0 and bool(token.doc[token.i - 1].whitespace_)


def _split_at_dashes(ents: list[Span]) -> list[Span]:
    """ "Deborah Jordan Reynolds - Santilli's girlfriend": the model may run a name and the name
    in the aside after a spaced dash into one PERSON; each side is a name of its own."""
    out: list[Span] = []
    for ent in ents:
        cuts = [t.i for t in ent if spaced_dash(t)] if ent.label_ == "PERSON" else []
        if not cuts:
            out.append(ent)
            continue
        lo = ent.start
        for cut in [*cuts, ent.end]:
            if cut > lo:
                out.append(Span(ent.doc, lo, cut, label=ent.label_))
            lo = cut + 1
    return out


def strip_space(span: Span) -> Span:
    """``span`` without whitespace tokens at its edges (a no-break space the tokenizer keeps
    as a token: "\u00a0his nephew"), so a mention's words and offsets start at a word."""
    lo, hi = span.start, span.end
    while lo < hi and span.doc[lo].is_space:
        lo += 1
    while hi > lo and span.doc[hi - 1].is_space:
        hi -= 1
    return span if (lo, hi) == (span.start, span.end) or lo == hi else span.doc[lo:hi]


_TIME_ENTS = ("DATE", "TIME")
_ADVERB_TAGS = ("RB", "RBR", "RBS")


def _fronted_adverbial(span: Span) -> int:
    """Tokens to drop from the front: a time phrase or sentence adverb set off by a comma before
    the speaker ("Twenty-two years ago, a Times article", "Meanwhile, officials"). News writing
    fronts such a phrase to the clause, never into a name (issue 14); 0 when there is none."""
    comma = next((t.i for t in span if t.text == ","), None)
    if comma is None or comma == span.start or comma + 1 >= span.end:
        return 0
    lead = [t for t in span.doc[span.start : comma] if not t.is_punct and not t.is_space]
    if not lead or not all(t.ent_type_ in _TIME_ENTS or (t.tag_ in _ADVERB_TAGS and not t.ent_type_) for t in lead):
        return 0
    return comma + 1 - span.start


def _trailing_adverbs(span: Span) -> int:
    """Tokens to drop from the end: lowercase adverbs the span took in between the speaker and
    the verb ("my father often said", "officials also said"): an adverb modifies the clause,
    never names anyone (issue 14)."""
    n = 0
    while n < len(span) - 1:
        t = span[len(span) - 1 - n]
        if not (t.tag_ in _ADVERB_TAGS and t.text.islower() and not t.ent_type_):
            break
        n += 1
    return n


def trim_asides(span: Span) -> Span:
    """``span`` without a fronted time phrase or adverb before the speaker and the adverbs after
    it (see :func:`_fronted_adverbial`, :func:`_trailing_adverbs`), so a mention and the name
    made of it hold only the words that name the speaker."""
    span = strip_space(span)
    lo = span.start + _fronted_adverbial(span)
    span = strip_space(span.doc[lo : span.end]) if lo > span.start else span
    hi = span.end - _trailing_adverbs(span)
    return strip_space(span.doc[span.start : hi]) if hi < span.end else span
