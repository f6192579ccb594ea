"""What a gold attribution's content is: a statement, or only the topic of a cue (issue 16).

PolNeAR (Newell, Margolin and Ruths 2018) annotates every attribution alike, whether its
content says something ("said the bridge was safe", "“We will win”") or only names what an
attitude, a perception or a speech act is about ("was eyeing a run", "balked at the plan",
"condemned the launch"). The second kind is a third of dev's gold, and claimx looks for
it only where a cue verb or noun takes its object as the content, so the harness counts
the two apart: a user sees recall on statements apart from recall on topics.

PolNeAR marks no such split, so it is read off the content's own structure, by the
first rule of :data:`KIND_RULES` that fires:

1. ``quoted``: the content holds a quote mark (gold form direct or mixed): words said.
2. ``clause``: parsed alone, the content's head (its root, or a conjunct of the root) is a
   finite verb, or a verb with a subject or a finite auxiliary ("the bridge was safe",
   "that it rained", "whether she knew", "what it would cost").
3. ``infinitive``: the head is a verb with infinitival "to" ("to release his returns",
   "Melania to have vanished").
4. otherwise a **topic**: a noun phrase, a gerund or prepositional phrase, an adjective
   ("the plan", "his dismissal", "being a Democrat", "against the procedure", "overdue";
   also an object with its predicate, "Mr. Obama as a climate evangelist").

Limits: the rule reads the parse of the content alone, so a tagging error moves an item
(a past tense tagged as participle with no subject is a topic); a noun with a clause
inside it ("the idea that she was ill") is a topic, since the content names the idea.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from enum import Enum
from typing import TYPE_CHECKING

from .corpus import GoldAttribution, PolnearArticle

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Token

__all__ = ["KIND_RULES", "ContentKind", "content_kind", "content_kinds", "kind_rule"]

QUOTE_MARKS = ("“", "”", '"', "''", "``")  # as in gold_form: single quotes are also apostrophes
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "expl", "csubj"})
AUX_DEPS = frozenset({"aux", "auxpass"})
# The pipes a content's parse needs none of (claimx itself would extract claims from each one).
SKIPPED_PIPES = ("claimx", "ner")


class ContentKind(str, Enum):
    """A gold content that states something, or one that names only the topic of its cue."""

    STATEMENT = "statement"
    TOPIC = "topic"

    def __str__(self) -> str:
        return self.value


def _quoted(content: str, doc: Doc) -> bool:
    return any(mark in content for mark in QUOTE_MARKS)


def _heads(doc: Doc) -> list[Token]:
    """The content's heads: each root and the conjuncts of a root ("A and B")."""
    out = []
    for token in doc:
        if token.dep_ == "ROOT":
            out.append(token)
            out.extend(child for child in token.children if child.dep_ == "conj")
    return out


def _clause(content: str, doc: Doc) -> bool:
    for head in _heads(doc):
        if head.pos_ not in ("VERB", "AUX"):
            continue
        if head.tag_ in FINITE_TAGS:
            return True
        for child in head.children:
            if child.dep_ in SUBJECT_DEPS or (child.dep_ in AUX_DEPS and child.tag_ in FINITE_TAGS):
                return True
    return False


def _infinitive(content: str, doc: Doc) -> bool:
    return any(head.pos_ in ("VERB", "AUX") and any(c.tag_ == "TO" and c.dep_ in AUX_DEPS for c in head.children) for head in _heads(doc))


# Ordered: the first rule that fires makes the content a statement; none firing, a topic.
KIND_RULES: tuple[tuple[str, Callable[[str, Doc], bool]], ...] = (
    ("quoted", _quoted),
    ("clause", _clause),
    ("infinitive", _infinitive),
)


def kind_rule(content: str, doc: Doc) -> str | None:
    """The name of the first rule in :data:`KIND_RULES` that makes ``content`` a statement, or None."""
    return next((name for name, fires in KIND_RULES if fires(content, doc)), None)


def content_kind(content: str, doc: Doc) -> ContentKind:
    """Whether a gold content (``doc`` is its parse, made from ``content`` alone) is a statement or a topic.

    Args:
        content: the gold content text, its pieces joined by a space.
        doc: the parse of ``content`` alone.

    Returns:
        :attr:`ContentKind.STATEMENT` when a rule of :data:`KIND_RULES` fires, else
        :attr:`ContentKind.TOPIC` (also for an empty content).

    >>> import spacy  # doctest: +SKIP
    >>> content_kind("the plan", spacy.load("en_core_web_sm")("the plan"))  # doctest: +SKIP
    <ContentKind.TOPIC: 'topic'>
    """
    return ContentKind.STATEMENT if kind_rule(content, doc) is not None else ContentKind.TOPIC


def content_kinds(articles: Iterable[PolnearArticle], nlp: Language, *, batch_size: int = 256) -> dict[tuple[str, str], ContentKind]:
    """The kind of every gold attribution, keyed by ``(article, event)``, each content parsed alone.

    Only the tagger and parser are needed; claimx and the entity recogniser are skipped.
    """
    gold: Sequence[GoldAttribution] = [g for article in articles for g in article.gold]
    skipped = [name for name in SKIPPED_PIPES if name in nlp.pipe_names]
    with nlp.select_pipes(disable=skipped):
        docs = nlp.pipe((g.content for g in gold), batch_size=batch_size)
        return {(g.article, g.event): content_kind(g.content, doc) for g, doc in zip(gold, docs)}
