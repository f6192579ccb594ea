"""Public, typed results: Claim, Speaker, Mention and the enums they use.

Every model is a frozen pydantic v2 model, so results hash, compare by value and
round-trip through JSON (``Claim.model_validate_json(claim.model_dump_json()) == claim``).
Offsets are Python ``str`` indices into the text given to :func:`claimx.extract`;
pass ``context={"source": text}`` to ``model_validate`` to have them checked.
"""

from __future__ import annotations

import json
import re
from enum import Enum
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, SerializerFunctionWrapHandler, ValidationError, ValidationInfo, model_serializer, model_validator
from pydantic_core import PydanticSerializationError

__all__ = ["Claim", "Form", "Mention", "Speaker", "SpeakerKind", "Stance"]


class Stance(str, Enum):
    """What kind of statement the source makes (precedence: denial > allegation > hedge > assertion)."""

    ALLEGATION = "allegation"
    DENIAL = "denial"
    HEDGE = "hedge"
    ASSERTION = "assertion"

    def __str__(self) -> str:
        return self.value


class Form(str, Enum):
    """How the statement is reported: all in quote marks, paraphrased, or a paraphrase with quoted words."""

    DIRECT = "direct"
    INDIRECT = "indirect"
    MIXED = "mixed"

    def __str__(self) -> str:
        return self.value


class SpeakerKind(str, Enum):
    """Who a speaker is: a named person, an organisation (incl. states and governments), a group
    of people, an unnamed individual ("a senior official"), a document (poll, report, e-mail,
    study), or unknown."""

    PERSON = "person"
    ORGANIZATION = "organization"
    GROUP = "group"
    ANONYMOUS = "anonymous"
    DOCUMENT = "document"
    UNKNOWN = "unknown"

    def __str__(self) -> str:
        return self.value


_SURROGATE = re.compile("[\ud800-\udfff]")


def _escape_surrogate(match: re.Match[str]) -> str:
    return f"\\u{ord(match.group()):04x}"


class _Model(BaseModel):
    """A frozen model whose JSON round-trips also when its text holds a lone surrogate.

    pydantic's serializer refuses lone surrogates (``"\\ud800"`` from JSON input is one) and
    its parser refuses their ``\\u`` escapes, although ``extract`` accepts such text
    (issue 18). Both fall back to the standard library's ``json``, which writes the
    surrogate as a ``\\u`` escape, as ``json.dumps`` does, and reads it back.
    """

    def model_dump_json(self, *, indent: int | None = None, **kwargs: Any) -> str:
        try:
            return super().model_dump_json(indent=indent, **kwargs)
        except PydanticSerializationError:
            data = self.model_dump(mode="json", **kwargs)
            separators = (",", ":") if indent is None else (",", ": ")
            if _SURROGATE.search(json.dumps(data, ensure_ascii=False)) is None:
                raise
            text = json.dumps(data, ensure_ascii=False, indent=indent, separators=separators)
            return _SURROGATE.sub(_escape_surrogate, text)  # surrogates only occur inside JSON strings

    @classmethod
    def model_validate_json(cls, json_data: str | bytes | bytearray, **kwargs: Any) -> Any:
        try:
            return super().model_validate_json(json_data, **kwargs)
        except ValidationError as error:
            if not any(e["type"] == "json_invalid" for e in error.errors()):
                raise
            try:
                data = json.loads(json_data)
            except ValueError:
                raise error from None
            return cls.model_validate(data, **kwargs)


class Mention(_Model):
    """A piece of the input text with its character offsets (``source[start:end] == text``)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    text: str
    start: int = Field(ge=0, description="character offset into the input text")
    end: int = Field(ge=0, description="character offset just past the mention")

    @model_validator(mode="after")
    def _points_into_source(self, info: ValidationInfo) -> Mention:
        source = (info.context or {}).get("source") if info is not None else None
        if self.end < self.start or self.end - self.start != len(self.text):
            raise ValueError(f"{self.text!r} cannot span [{self.start}:{self.end}]")
        if source is not None and source[self.start : self.end] != self.text:
            raise ValueError(f"{self.text!r} is not at [{self.start}:{self.end}] of the source")
        return self


class Speaker(_Model):
    """Who made the statement.

    ``mention`` is the words the attribution points at ("He", "the union"); ``name`` is
    the resolved canonical name ("John Kirby" for "He" or "Kirby"), or the mention's
    own words when nothing better is known.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    name: str
    mention: Mention | None = None
    kind: SpeakerKind = SpeakerKind.UNKNOWN
    title: str | None = Field(default=None, description="role when stated, e.g. 'National Security Council spokesman'")
    id: str | None = Field(
        default=None,
        description="the speaker's entity within its article ('e3'): all claims by one referent share it; not comparable across articles",
    )


class Claim(_Model):
    """One attributed statement: what was said, by whom, how, and what kind of statement it is.

    A statement its own attribution interrupts ("The levy, the mayor said, will fund two
    schools.") is one claim with ``pieces``: each piece a ``Mention`` of the text, ``text`` the
    pieces joined by one space, ``start``/``end`` the outer span (cue included). Every other
    claim has no pieces and ``source[start:end] == text``.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    text: str = Field(description="what was said, without enclosing quote marks (a split statement: its pieces joined by a space)")
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    pieces: tuple[Mention, ...] = Field(
        default=(),
        description="the parts of a statement its cue interrupts ('The levy', 'will fund two schools'), in text order; "
        "empty for a claim in one piece (and then left out of its JSON)",
    )
    form: Form
    speaker: Speaker | None = None
    cue: Mention | None = Field(default=None, description="the attributing words ('said', 'according to', ':')")
    stance: Stance = Stance.ASSERTION
    hedge_cues: tuple[str, ...] = Field(default=(), description="hedge words found in the cue or content, lowercased")
    evidence: tuple[str, ...] = Field(default=(), description="the words that decided the stance")
    target: Mention | None = Field(default=None, description="for allegations and denials: the party accused or claim denied")
    confidence: float = Field(default=1.0, ge=0.0, le=1.0, description="how clear-cut the stance decision was")
    sent_start: int = Field(default=0, ge=0, description="start of the sentence(s) holding the claim")
    sent_end: int = Field(default=0, ge=0, description="end of the sentence(s) holding the claim")
    rule: str | None = Field(
        default=None,
        description="id of the attribution rule that found the claim, e.g. 'attribution.verb_cues'; "
        "pass it in disabled_rules to switch that rule off",
    )
    furniture: str | None = Field(
        default=None,
        description="id of the page-furniture rule whose line holds the claim ('furniture.teaser'), for claims "
        "kept with keep_furniture=True; None for the article's own claims (issue 17.2)",
    )

    @model_validator(mode="after")
    def _points_into_source(self, info: ValidationInfo) -> Claim:
        source = (info.context or {}).get("source") if info is not None else None
        if self.pieces:
            return self._check_pieces()
        if self.end < self.start or self.end - self.start != len(self.text):
            raise ValueError(f"claim text of length {len(self.text)} cannot span [{self.start}:{self.end}]")
        if source is not None and source[self.start : self.end] != self.text:
            raise ValueError(f"claim text is not at [{self.start}:{self.end}] of the source")
        return self

    def _check_pieces(self) -> Claim:
        """Two or more pieces in text order, inside [start:end] from end to end, whose words are the text."""
        pieces = self.pieces
        if len(pieces) < 2:
            raise ValueError("a claim in one piece has no pieces: give its span as start/end")
        if any(b.start < a.end for a, b in zip(pieces, pieces[1:])):
            raise ValueError("claim pieces must be in text order and must not overlap")
        if (pieces[0].start, pieces[-1].end) != (self.start, self.end):
            raise ValueError(f"claim pieces span [{pieces[0].start}:{pieces[-1].end}], not [{self.start}:{self.end}]")
        if " ".join(p.text for p in pieces) != self.text:
            raise ValueError("a split claim's text is its pieces joined by one space")
        return self

    @model_serializer(mode="wrap")
    def _leave_out_no_pieces(self, handler: SerializerFunctionWrapHandler) -> dict[str, Any]:
        # a claim in one piece serializes as before pieces existed
        data = handler(self)
        if not self.pieces:
            data.pop("pieces", None)
        return data

    @property
    def spans(self) -> tuple[tuple[int, int], ...]:
        """The character ranges of what was said: the pieces', or ``((start, end),)``."""
        return tuple((p.start, p.end) for p in self.pieces) or ((self.start, self.end),)

    def __str__(self) -> str:
        who = self.speaker.name if self.speaker else "?"
        return f"{who} [{self.stance.value}/{self.form.value}]: {self.text}"
