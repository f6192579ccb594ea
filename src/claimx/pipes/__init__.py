"""claimx's thin spaCy components; importing this package registers all three factories.

- ``claimx`` (:mod:`.extractor`): finds the claims of a parsed Doc;
- ``claimx_paragraphs`` (:mod:`.paragraphs`): sentence limits from page layout, before the parser;
- ``claimx_attribute_ruler`` (:mod:`.attribute_ruler`): an exact, faster attribute ruler;
  :mod:`.lemma_tables` makes the lemmatizer's word-list look-ups constant-time;
  :mod:`.prefixed_words` keeps "co-operate"-like words one token.
"""

from __future__ import annotations

from .attribute_ruler import make_fast_attribute_ruler, use_fast_attribute_ruler
from .lemma_tables import index_lemma_tables
from .extractor import SPANS_KEY, ClaimExtractor, make_claimx
from .paragraphs import mark_paragraphs
from .prefixed_words import keep_prefixed_words

__all__ = [
    "SPANS_KEY",
    "ClaimExtractor",
    "index_lemma_tables",
    "keep_prefixed_words",
    "make_claimx",
    "make_fast_attribute_ruler",
    "mark_paragraphs",
    "use_fast_attribute_ruler",
]
