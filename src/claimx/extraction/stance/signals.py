"""What the stance layer returns: a decision, the step that took it and the rule findings behind it.

Each rule reports a :class:`Signal` (its id and the words it read), so a learned model can read
the rules' findings as features and leave the precedence to its own decision.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from ...models import Mention, Stance

__all__ = ["Signal", "StanceDecision", "signals_of"]


@dataclass(frozen=True)
class Signal:
    """One rule's finding: the rule id ("stance.<name>") and the words it found, as written, lowercased."""

    rule: str
    words: tuple[str, ...] = ()


@dataclass(frozen=True)
class StanceDecision:
    """A stance with the words that decided it and how clear-cut it was.

    ``rule`` is the id of the precedence step that decided (None: nothing fired, an assertion);
    ``signals`` are the rule findings that step read.
    """

    stance: Stance
    hedge_cues: tuple[str, ...] = ()
    evidence: tuple[str, ...] = ()
    confidence: float = 0.8
    target: Mention | None = None
    rule: str | None = None
    signals: tuple[Signal, ...] = ()


def signals_of(hits: Iterable[tuple[str, str]]) -> tuple[Signal, ...]:
    """(rule id, word) pairs grouped into one signal per rule, in the order rules first fired."""
    grouped: dict[str, list[str]] = {}
    for rule, word in hits:
        grouped.setdefault(rule, []).append(word)
    return tuple(Signal(rule, tuple(words)) for rule, words in grouped.items())
