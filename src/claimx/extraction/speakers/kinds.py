"""What kind of speaker a description is, and whether a mention's words are a proper name.

A description tied to no named entity stays a description; its head noun says what it
is: a document, poll or study ("a new poll", "the memo") is a document; a singular person
noun ("a senior official", "the source", "the announcer") is an anonymous individual;
a plural is a group; an organisation noun an organisation.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from ...labels import NameWordKind
from ...lexicons import Lexicons, load_lexicon
from ...models import SpeakerKind
from .surface import _POSSESSIVE

__all__ = ["describe_kind", "is_age", "is_person_noun", "is_proper", "joined_words", "plain_words"]

# the determiners and quantifiers of lexicons/data/name_words.tsv
_DETERMINERS = frozenset(
    w for w, kind in load_lexicon("name_words").items()
    if kind in (NameWordKind.ARTICLE, NameWordKind.DETERMINER, NameWordKind.QUANTIFIER)
)
# small words a capitalised name may hold in lower case ("Friends of the Earth"): name_words' connectors
_CONNECTORS = frozenset(w for w, kind in load_lexicon("name_words").items() if kind == NameWordKind.CONNECTOR)
_PLURAL_PRONOUNS = ("first_plural", "third_plural", "vague_demonstrative")  # "one of them", "one of us", "one of those"
# agent-noun endings of singular person nouns not in the titles list ("narrator", "consultant", "volunteer")
_AGENT_ENDINGS = ("or", "ist", "ian", "eer", "ant", "ent")  # not "-er": "cancer", "matter", "paper"
# endings of things, not agents, among those ("statement", "government")
_THING_ENDINGS = ("ment",)


def plain_words(span: Span) -> list[Token]:
    """The mention's tokens without determiners and punctuation."""
    return [t for t in span if not t.is_punct and t.lower_ not in _DETERMINERS and not t.is_space]


def joined_words(tokens: list[Token]) -> str:
    """Tokens as one phrase: a space between them, except where the article wrote two side by
    side ("Ward's", not "Ward 's"); a left-out token between two words leaves a space."""
    out: list[str] = []
    for k, t in enumerate(tokens):
        if k and not (t.i == tokens[k - 1].i + 1 and not tokens[k - 1].whitespace_):
            out.append(" ")
        out.append(t.text)
    return "".join(out)


def is_proper(span: Span, lexicons: Lexicons) -> bool:
    """Every content word capitalised and one of them a proper noun or entity ("Ham", "The Post")."""
    words = [t for t in plain_words(span) if t.lower_ not in _CONNECTORS and t.text not in _POSSESSIVE]
    return bool(words) and all(t.text[:1].isupper() for t in words) and any(t.pos_ == "PROPN" or t.ent_type_ for t in words)


def is_person_noun(token: Token, lexicons: Lexicons) -> bool:
    """A singular noun for a person: a title or role, a group noun's singular, an agent noun."""
    lemma = token.lemma_.lower() or token.lower_
    if lexicons["titles"].get(lemma) or lexicons["titles"].get(token.lower_):
        return True
    if f"{lemma}s" in lexicons["group_nouns"] or lexicons["speaker_words"].get(lemma, "").startswith("role"):
        return True
    if token.ent_type_ or not token.is_lower and not token.is_sent_start:
        return False  # a name is no agent noun ("Schroeder")
    return token.lower_.endswith(_AGENT_ENDINGS) and not token.lower_.endswith(_THING_ENDINGS) and len(token) > 4 or is_age(token)


def is_age(token: Token) -> bool:
    """ "the 28-year-old": an age stands for the person (a BBC and Reuters habit)."""
    return token.lower_ == "old" and any(c.lower_ in ("year", "years") for c in token.children)


def describe_kind(span: Span, surface_kind: SpeakerKind, lexicons: Lexicons) -> SpeakerKind:
    """The kind of a mention no entity claims (see the module docstring)."""
    head = _noun_head(span)
    lemma = head.lemma_.lower() or head.lower_
    # a name the table missed ("Fire Chief Anders Lindqvist"); a common plural ("Campaigners",
    # tagged NNS, not NNPS) is no name, whatever the model's entity label
    if head.tag_ != "NNS" and (head.ent_type_ == "PERSON" or surface_kind == SpeakerKind.PERSON and is_proper(span, lexicons)):
        return SpeakerKind.PERSON
    if lexicons["speaker_words"].get(lemma) == "document" or lexicons["speaker_words"].get(head.lower_) == "document":
        return SpeakerKind.DOCUMENT
    if lexicons["cue_nouns"].get(lemma) and surface_kind != SpeakerKind.PERSON:
        return SpeakerKind.DOCUMENT
    if head.lower_ == "one" and any(
        c.dep_ == "prep" and c.lower_ == "of" and any(g.tag_ == "NNS" and _person_plural(g, lexicons) or lexicons["pronouns"].get(g.lower_) in _PLURAL_PRONOUNS for g in c.children)
        for c in head.children
    ):
        return SpeakerKind.ANONYMOUS  # "one of his aides", "one of them": one unnamed person of several
    if lexicons["speaker_words"].get(head.lower_) in ("share", "collective", "indef-pl"):
        # "Twelve percent", "a majority", "the public", "the couple"; a quantifier with a
        # phrase after it, "few on either side of the debate", "many in the party" (issue 14)
        return SpeakerKind.GROUP
    if lexicons["speaker_words"].get(head.lower_) == "indef-sg":
        return SpeakerKind.ANONYMOUS  # "someone close to the talks"
    if surface_kind == SpeakerKind.GROUP or head.tag_ == "NNS" or head.tag_ == "NNPS" and not head.ent_type_:
        return SpeakerKind.GROUP  # plural bodies too: "several environmental groups"
    if any(c.dep_ == "prep" and c.lower_ == "of" and any(g.tag_ in ("NNS", "NNPS") for g in c.children) for c in head.children):
        return SpeakerKind.GROUP  # "a group of doctors", "a chorus of Republicans"
    if head.ent_type_ in ("ORG", "GPE", "FAC") or lemma in lexicons["org_nouns"]:
        return SpeakerKind.ORGANIZATION
    if head.ent_type_ == "NORP":
        return SpeakerKind.GROUP if head.tag_ in ("NNS", "NNPS") else SpeakerKind.ANONYMOUS
    if head.tag_ in ("NN", "NNP") and is_person_noun(head, lexicons) or is_age(head):
        return SpeakerKind.ANONYMOUS
    if _speaking_agent(head, lexicons):
        return SpeakerKind.ANONYMOUS  # "the real estate developer said": an -er noun that speaks is a person
    if surface_kind == SpeakerKind.PERSON:
        return SpeakerKind.ANONYMOUS
    if surface_kind != SpeakerKind.UNKNOWN:
        return surface_kind
    return _default_kind(span, lexicons)


def _speaking_agent(head: Token, lexicons: Lexicons) -> bool:
    """A singular common -er noun heading a speaker's mention ("the developer", "a landowner"):
    what says things and is named by a doer's noun is a person, unless the noun names a thing
    (``thing_er_nouns``: "the letter", "the paper"). Only for speakers; elsewhere "-er" is too
    loose (``is_person_noun`` leaves it out)."""
    word = head.lower_
    return (
        head.tag_ == "NN" and head.is_lower and not head.ent_type_ and len(word) > 4 and word.endswith("er")
        and word not in lexicons["thing_er_nouns"] and (head.lemma_.lower() or word) not in lexicons["thing_er_nouns"]
    )


def _person_plural(token: Token, lexicons: Lexicons) -> bool:
    """A plural noun for people ("aides", "speakers", "protesters"): a group noun, or the plural
    of a person noun."""
    if token.lower_ in lexicons["group_nouns"]:
        return True
    lemma = token.lemma_.lower()
    return lemma != token.lower_ and bool(lexicons["titles"].get(lemma) or lexicons["speaker_words"].get(lemma, "").startswith("role") or lemma.endswith(("er", *_AGENT_ENDINGS)))


def _noun_head(span: Span) -> Token:
    """The word that says what a mention is: its root, or, where the tagger read the first
    word of a noun phrase as a verb ("teaching unions" parsed as "teaching" + object), the
    last noun of the mention."""
    head = span.root
    if head.pos_ in ("VERB", "AUX") and head.tag_ in ("VBG", "VBN"):
        nouns = [t for t in span if t.pos_ in ("NOUN", "PROPN") and t.head.i == head.i]
        if nouns:
            return nouns[-1]
    return head


def _with_age(head: Token) -> bool:
    """A name with an age set beside it between commas ("Aled Price, 61,"): a person's."""
    doc = head.doc
    for child in head.children:
        if child.dep_ == "appos" and child.like_num and child.text.isdigit() and 0 < int(child.text) < 120:
            if child.i > head.i and doc[child.i - 1].text == "," and child.i + 1 < len(doc) and doc[child.i + 1].text in (",", ")"):
                return True
    return False


def _default_kind(span: Span, lexicons: Lexicons) -> SpeakerKind:
    """The kind of a mention nothing else types (issue 14): what says things in news is a
    person, a body, a group or a text, so "unknown" is never the best guess. A name with a known
    given name first is a person ("Christina Lastra"), as is a known given name alone that the model
    tagged as no entity ("Isabelle"); another name a body ("Peabody"); a
    plural, a number or a plural pronoun a group ("47 of them", "those close to him"); any other thing a document
    or report ("the section of the debate", "a problem that ...")."""
    head = span.root
    if head.pos_ == "PROPN":
        words = [t for t in plain_words(span) if t.pos_ == "PROPN"]
        if len(words) >= 2 and lexicons["given_names"].get(words[0].lower_.lstrip("-–—•*·")) is not None:  # "-Matthew Yglesias" of a bulleted list
            return SpeakerKind.PERSON
        if _with_age(head):
            return SpeakerKind.PERSON  # "Aled Price, 61, of Cardiff": news gives the age of people only
        if len(words) == 1 and not words[0].ent_type_ and lexicons["given_names"].get(words[0].lower_) is not None:
            return SpeakerKind.PERSON  # a character or child named by given name alone ("Isabelle writes")
        return SpeakerKind.ORGANIZATION
    if head.tag_ in ("NNS", "NNPS", "CD") or head.like_num or head.lower_ in ("those", "these", "both", "all", "others"):
        return SpeakerKind.GROUP
    return SpeakerKind.DOCUMENT
