"""Source mentions to speakers: names, titles, kinds and coreference within one article."""

from __future__ import annotations

from .resolve import resolve_speakers

__all__ = ["resolve_speakers"]
