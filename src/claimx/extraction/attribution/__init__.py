"""Attributions in a parsed Doc: each cue with its content and source mention, as candidates."""

from __future__ import annotations

from .detect import Candidate, detect_candidates

__all__ = ["Candidate", "detect_candidates"]
