"""Attributions in a parsed Doc: each cue with its content and source mention, as candidates.

:data:`~.detect.PASSES` lists the passes in the order they run; each candidate's ``via`` is the
:class:`~.candidate.AttributionRule` that made it (``Claim.rule``).
"""

from __future__ import annotations

from .candidate import AttributionRule, Candidate
from .detect import PASSES, detect_candidates

__all__ = ["PASSES", "AttributionRule", "Candidate", "detect_candidates"]
