"""Count the function calls a piece of work makes, a load-independent stand-in for its time (issue 17.6).

A wall-clock or CPU-time ratio fails on a loaded 2-core machine; the number of Python and
builtin calls does not depend on load, and grows with the work the way time does for
claimx's own (pure-Python) code. spaCy's compiled code does not report its calls, so a
count measures claimx's part of a run, which is what the linearity tests are about.
"""

from __future__ import annotations

import sys
from collections.abc import Callable

CALL_EVENTS = frozenset({"call", "c_call"})


def count_calls(run: Callable[[], object]) -> int:
    """Run `run()` once and return how many Python ('call') and builtin ('c_call') calls it made."""
    count = 0

    def _profile(frame: object, event: str, arg: object) -> None:
        nonlocal count
        if event in CALL_EVENTS:
            count += 1

    previous = sys.getprofile()
    sys.setprofile(_profile)
    try:
        run()
    finally:
        sys.setprofile(previous)
    return count
