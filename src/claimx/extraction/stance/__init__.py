"""Stance of a claim (allegation, denial, hedge, assertion), its hedge cues, evidence and target."""

from __future__ import annotations

from .rules import StanceDecision, classify_candidate, classify_text

__all__ = ["StanceDecision", "classify_candidate", "classify_text"]
