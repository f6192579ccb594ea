"""Source mentions -> canonical speakers, resolved against the article's entities (issue 14).

- :mod:`.surface`: one mention read on its own (name, title, kind);
- :mod:`.entities`: the article's entity table (every PERSON / ORG / GPE / NORP, clustered);
- :mod:`.gender`: gender evidence, in-article first, then a US given-name table;
- :mod:`.kinds`: the kind of a description;
- :mod:`.resolve`: pronouns, descriptions and names against the table; ``Speaker.id``.
"""

from __future__ import annotations

from .entities import Entity, EntityTable, build_entities
from .resolve import SpeakerLinker, resolve_speakers

__all__ = ["Entity", "EntityTable", "SpeakerLinker", "build_entities", "resolve_speakers"]
