"""Keep a word made with the bound prefix "co-" and a hyphen ("co-operating") as one token.

spaCy's English infix rule splits every hyphen between letters, so "it was co-operating fully"
becomes "co", "-", "operating"; the parser then reads "co" and "operating" as two clauses
reported by "said", and claimx cut the claim in two ("it was co" / "operating fully with
..."). British and wire copy spell these verbs with the hyphen ("co-operate", "co-ordinate"),
so the split costs whole claims there (ood17). Only "co-" before a lowercase word is kept whole;
"re-" and "pre-" were tried too: "to re-elect Sen. X, who endorsed Y" then parsed worse and one
PolNeAR tune2 match was lost. "well-known", "African-American" and numbers are split as before.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language

BOUND_PREFIXES = ("co",)
_PREFIXED = re.compile(r"(?:" + "|".join(BOUND_PREFIXES) + r")-[a-z]+\Z")


def keep_prefixed_words(nlp: Language) -> None:
    """Make ``nlp``'s tokenizer keep "co-operate"-like words whole (any earlier token match still applies).

    The match is one compiled pattern's ``match`` method, as spaCy's tokenizer needs to save it
    with the pipeline (``to_disk`` stores the pattern). An earlier match that is not such a method
    (a user's own function) cannot be merged into one pattern, so the tokenizer is left unchanged."""
    tokenizer = nlp.tokenizer
    earlier = tokenizer.token_match
    earlier_pattern = getattr(getattr(earlier, "__self__", None), "pattern", None)
    if earlier is not None and not isinstance(earlier_pattern, str):
        return  # a custom callable we cannot merge into one pattern: leave the user's tokenizer as it is
    pattern = _PREFIXED.pattern
    if earlier_pattern is not None:
        pattern = f"(?:{earlier_pattern})|(?:{pattern})"
    tokenizer.token_match = re.compile(pattern).match
