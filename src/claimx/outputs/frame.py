"""Claims as flat rows: a pandas DataFrame for analysis, plain dicts for CSV.

A :class:`~claimx.Claim` nests a speaker, a mention and tuples; spreadsheets and
``groupby`` want one flat row per claim. :func:`claim_to_row` does the flattening with
no third-party import (the CLI's CSV writer uses it); :func:`to_frame` adds pandas,
an optional extra, imported only when called so ``import claimx`` never needs it.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from ..models import Claim
from .pieces import piece_offsets

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["COLUMNS", "DOC_ID", "claim_to_row", "to_frame"]

# Column order of every frame and CSV file; doc_id goes in front when documents are named.
COLUMNS = (
    "text",
    "start",
    "end",
    "form",
    "stance",
    "speaker_name",
    "speaker_kind",
    "speaker_title",
    "speaker_mention",
    "speaker_start",
    "speaker_end",
    "cue",
    "cue_start",
    "cue_end",
    "hedge_cues",
    "evidence",
    "target",
    "confidence",
    "sent_start",
    "sent_end",
    "pieces",
)
DOC_ID = "doc_id"
JOIN = "; "  # tuples become one cell; "; " is rare inside a single hedge word or evidence phrase
# Offsets that are missing when there is no speaker, mention or cue: pandas' nullable integers.
_NULLABLE_INT = ("speaker_start", "speaker_end", "cue_start", "cue_end")
_INT = ("start", "end", "sent_start", "sent_end")


def claim_to_row(claim: Claim) -> dict[str, Any]:
    """Flatten one claim into ``{column: value}`` with the keys of :data:`COLUMNS`.

    Missing parts (no speaker, no cue, no target) are ``None``; enums become their
    string values and tuples are joined with ``"; "``, so the row fits a CSV cell each.

    >>> from claimx import Claim
    >>> claim_to_row(Claim(text="Yes", start=1, end=4, form="direct"))["stance"]
    'assertion'
    """
    if not isinstance(claim, Claim):
        raise TypeError(f"expected a claimx.Claim, got {type(claim).__name__}")
    speaker = claim.speaker
    mention = speaker.mention if speaker is not None else None
    cue = claim.cue
    return {
        "text": claim.text,
        "start": claim.start,
        "end": claim.end,
        "form": claim.form.value,
        "stance": claim.stance.value,
        "speaker_name": speaker.name if speaker is not None else None,
        "speaker_kind": speaker.kind.value if speaker is not None else None,
        "speaker_title": speaker.title if speaker is not None else None,
        "speaker_mention": mention.text if mention is not None else None,
        "speaker_start": mention.start if mention is not None else None,
        "speaker_end": mention.end if mention is not None else None,
        "cue": cue.text if cue is not None else None,
        "cue_start": cue.start if cue is not None else None,
        "cue_end": cue.end if cue is not None else None,
        "hedge_cues": JOIN.join(claim.hedge_cues),
        "evidence": JOIN.join(claim.evidence),
        "target": claim.target.text if claim.target is not None else None,
        "confidence": claim.confidence,
        "sent_start": claim.sent_start,
        "sent_end": claim.sent_end,
        "pieces": piece_offsets(claim),  # "0:8; 20:37" for a statement its cue interrupts, else None
    }


def _is_claims(value: object) -> bool:
    """True for a list/tuple whose items are all claims (an empty list counts: a document without claims)."""
    return isinstance(value, (list, tuple)) and all(isinstance(c, Claim) for c in value)


def _rows(data: Any) -> tuple[list[dict[str, Any]], bool]:
    """Rows for ``to_frame`` and whether they carry a doc_id column."""
    if isinstance(data, Mapping):
        data = data.items()
    elif isinstance(data, (str, bytes)) or not isinstance(data, Iterable):
        raise TypeError(
            f"to_frame takes claims, (doc_id, claims) pairs or a {{doc_id: claims}} mapping, got {type(data).__name__}"
        )
    rows: list[dict[str, Any]] = []
    named: bool | None = None
    for n, item in enumerate(data):
        if isinstance(item, Claim):
            is_pair = False
        elif isinstance(item, list) and _is_claims(item):  # extract_many(texts) yields one list per text: issue 17.5
            is_pair = True
            item = (n, item)
        elif isinstance(item, Sequence) and not isinstance(item, str) and len(item) == 2:
            is_pair = True
        else:
            raise TypeError(f"item #{n} is a {type(item).__name__}: expected a Claim or a (doc_id, claims) pair")
        if named is None:
            named = is_pair
        elif named != is_pair:
            raise TypeError(f"item #{n} mixes bare claims with (doc_id, claims) pairs: use one or the other")
        if not is_pair:
            rows.append(claim_to_row(item))
            continue
        first, second = item
        if _is_claims(second):
            doc_id, claims = first, second
        elif _is_claims(first):  # extract_many(..., as_tuples=True) yields (claims, context)
            doc_id, claims = second, first
        else:
            raise TypeError(f"item #{n}: neither element of the pair is a list of claims")
        rows.extend({DOC_ID: doc_id, **claim_to_row(c)} for c in claims)
    return rows, bool(named)


def to_frame(claims: Any) -> pd.DataFrame:
    """One row per claim, with flat columns, for filtering, grouping and export.

    Args:
        claims: what :func:`claimx.extract` returns (a list of claims); or, to keep
            track of documents, ``(doc_id, claims)`` pairs or a ``{doc_id: claims}``
            mapping, which add a leading ``doc_id`` column. The ``(claims, context)``
            pairs of ``extract_many(..., as_tuples=True)`` are accepted as they come, and so
            are the per-text lists of ``extract_many(texts)``: ``doc_id`` is then the text's
            position (0, 1, ...).

    Returns:
        A ``pandas.DataFrame`` with the columns of :data:`COLUMNS` (``doc_id`` first when
        given). Offsets of a missing speaker or cue are ``<NA>`` (nullable ``Int64``).

    Raises:
        ImportError: pandas is not installed (``pip install "claimx[pandas]"``).
        TypeError: ``claims`` is none of the shapes above.

    >>> import claimx
    >>> df = claimx.to_frame({"a1": claimx.extract("“We will win,” said Jane Doe.")})  # doctest: +SKIP
    >>> df[["doc_id", "speaker_name", "stance"]].values.tolist()  # doctest: +SKIP
    [['a1', 'Jane Doe', 'assertion']]
    """
    try:
        import pandas as pd
    except ImportError as e:
        raise ImportError('claimx.to_frame needs pandas: pip install "claimx[pandas]"') from e
    rows, named = _rows(claims)
    columns = [DOC_ID, *COLUMNS] if named else list(COLUMNS)
    frame = pd.DataFrame.from_records(rows, columns=columns)
    dtypes: dict[str, str] = {name: "Int64" for name in _NULLABLE_INT}
    dtypes.update({name: "int64" for name in _INT})
    dtypes["confidence"] = "float64"
    return frame.astype(dtypes)
