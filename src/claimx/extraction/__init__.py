"""From a parsed Doc to claims: attribution, speakers and stance, put together by :func:`find_claims`."""

from __future__ import annotations

from .pipeline import find_claims

__all__ = ["find_claims"]
