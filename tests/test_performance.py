"""claimx's own work per document grows linearly with the document (issue "Fast at archive scale").

spaCy's parse is linear and dominates the time of ``extract``, so a size test of
``extract`` alone would hide a quadratic step of claimx's until documents are large.
These tests measure claimx's two steps by themselves, the sentence marking that runs before
the parser and the claimx component on an already parsed doc, on a text and on the same
text four times over. They count function calls (sys.setprofile), not seconds, so a loaded
2-core machine cannot fail them (issue 17.6); the bound is 6x for 4x the size: linear work
gives 3.5-4.6x calls, while setting ``token.is_sent_start`` token by token (quadratic) gave
12-19x the time and reading ``doc.ents`` once per candidate gave 6.5-9.6x.
The 100 KB vs 1 MB check of the whole pipeline is in bench/throughput.py (--size) and,
marked slow, in tests/test_robustness.py.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

import claimx
from claimx.pipes import mark_paragraphs

from opcount import count_calls

SMALL_CHARS = 10_000
GROWTH = 4  # the large text is this many times the small one
MAX_RATIO = 6.0
# News-like density: two claims among five sentences.
PARAGRAPH = (
    "“We will not raise taxes this year,” Governor Ana Ruiz said on Monday. "
    "The state budget, which covers schools, roads and hospitals, was approved in March after a long debate. "
    "Critics claimed the numbers were wrong, and Tom Beck, a senator, said the plan might cost billions. "
    "Lawmakers will return to the capital in September, when the session resumes. "
    "The bill passed by a vote of 31 to 19.\n\n"
)


def _article(chars: int) -> str:
    return PARAGRAPH * (chars // len(PARAGRAPH))


def _calls(run_small: Callable[[], object], run_large: Callable[[], object]) -> tuple[int, int]:
    """Calls made by each run, after one warm-up run (lexicons and caches load on first use)."""
    run_small()
    return count_calls(run_small), count_calls(run_large)


def test_performance_paragraph_marking_is_linear(nlp):
    small, large = _article(SMALL_CHARS), _article(SMALL_CHARS * GROWTH)
    t_small, t_large = _calls(lambda: mark_paragraphs(nlp.make_doc(small)), lambda: mark_paragraphs(nlp.make_doc(large)))
    # make_doc (the tokenizer) is linear and inside both timings
    assert t_large / t_small <= MAX_RATIO, f"{t_small} -> {t_large} calls"


def test_performance_claimx_component_is_linear(nlp):
    extractor = nlp.get_pipe("claimx")
    small = nlp(_article(SMALL_CHARS), disable=["claimx"])
    large = nlp(_article(SMALL_CHARS * GROWTH), disable=["claimx"])
    t_small, t_large = _calls(lambda: extractor(small), lambda: extractor(large))
    assert len(large._.claims) >= GROWTH * len(small._.claims) > 0
    assert t_large / t_small <= MAX_RATIO, f"{t_small} -> {t_large} calls"
