"""Group the claims of many documents into statement clusters with stable ids (:func:`cluster`)."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator, Mapping
from typing import NamedTuple

from pydantic import BaseModel, ConfigDict, Field

from ..models import Claim, SpeakerKind
from .blocking import KeyIndex, document_frequency, min_overlap
from .pairing import claim_list
from .scoring import MIN_SCORE, Prepared, check_threshold, prepare, score

__all__ = ["EXEMPLAR_BELOW", "MAX_EXEMPLARS", "ClusterMember", "Documents", "StatementCluster", "cluster"]

# A cluster keeps up to MAX_EXEMPLARS wordings to compare new claims with: its first
# member and members that joined with a score below EXEMPLAR_BELOW (a new wording).
MAX_EXEMPLARS = 4
EXEMPLAR_BELOW = 0.9


class ClusterMember(NamedTuple):
    """One claim of a statement cluster and the id of the document it came from."""

    doc_id: str
    claim: Claim


class StatementCluster(BaseModel):
    """Claims from many documents that report one statement.

    ``id`` is stable: a hash of the normalised text of the cluster's first member (the
    earliest in input order), so adding later documents keeps existing ids. Members are
    in input order; the first is the cluster's leader, the wording later claims were
    compared with first.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: str = Field(description="'stmt-' + 12 hex digits of the SHA-1 of the first member's normalised text")
    members: tuple[ClusterMember, ...] = Field(min_length=1)

    @property
    def first(self) -> ClusterMember:
        return self.members[0]

    @property
    def doc_ids(self) -> tuple[str, ...]:
        """Documents that carry the statement, in input order, each once."""
        return tuple(dict.fromkeys(m.doc_id for m in self.members))


Documents = Mapping[str, Iterable[Claim]] | Iterable[tuple[str, Iterable[Claim]]]


def _documents(documents: Documents) -> Iterator[tuple[str, list[Claim]]]:
    items = documents.items() if isinstance(documents, Mapping) else documents
    seen: set[str] = set()
    for item in items:
        if not isinstance(item, tuple) or len(item) != 2:
            raise TypeError(f"documents must be (doc_id, claims) pairs or a mapping, got {type(item).__name__}")
        doc_id, claims = item
        if not isinstance(doc_id, str):
            raise TypeError(f"doc ids must be str, got {type(doc_id).__name__}: pass str(doc_id)")
        if doc_id in seen:
            raise ValueError(f"doc id {doc_id!r} appears twice: give each document its own id")
        seen.add(doc_id)
        yield doc_id, claim_list(claims, f"the claims of {doc_id!r}")


def _stable_id(text: str, taken: set[str]) -> str:
    base = "stmt-" + hashlib.sha1(text.encode("utf-8"), usedforsecurity=False).hexdigest()[:12]
    cid, n = base, 1
    while cid in taken:  # two clusters whose first members read the same (kept apart by their speakers)
        n += 1
        cid = f"{base}-{n}"
    taken.add(cid)
    return cid


def _prepare_all(documents: Documents) -> tuple[list[ClusterMember], list[Prepared], list[Prepared]]:
    """Members in input order, each one's prepared form, and the distinct prepared forms.

    Claims with the same text and speaker share one prepared object, so identical
    claims are prepared (and later decided) once.
    """
    members: list[ClusterMember] = []
    prepared: list[Prepared] = []
    cache: dict[tuple[str, str | None, SpeakerKind | None], Prepared] = {}
    for doc_id, claims in _documents(documents):
        for claim in claims:
            members.append(ClusterMember(doc_id, claim))
            speaker = claim.speaker
            memo = (claim.text, speaker.name if speaker else None, speaker.kind if speaker else None)
            p = cache.get(memo)
            if p is None:
                p = cache[memo] = prepare(claim)
            prepared.append(p)
    return members, prepared, list(cache.values())


class _Leaders:
    """The clusters built so far: their wordings (exemplars) in an index, and their members."""

    def __init__(self, index: KeyIndex, threshold: float) -> None:
        self.index, self.threshold = index, threshold
        self.exemplars: list[tuple[Prepared, int]] = []  # (wording, cluster); a cluster's first is its leader
        self.counts: list[int] = []  # exemplars per cluster
        self.leaders: list[Prepared] = []
        self.groups: list[list[int]] = []

    def place(self, p: Prepared) -> int:
        """The cluster ``p`` joins (its best-scoring wording), or a new one it leads."""
        best, best_score = None, self.threshold
        for candidate in self.index.query(p):
            s = score(p, self.exemplars[candidate][0], best_score)
            if s > best_score or (s == best_score and best is None):
                best, best_score = candidate, s
        if best is None:
            cid = len(self.leaders)
            self.leaders.append(p)
            self.groups.append([])
            self.counts.append(1)
            self._add_exemplar(p, cid)
            return cid
        cid = self.exemplars[best][1]
        if best_score < EXEMPLAR_BELOW and self.counts[cid] < MAX_EXEMPLARS:
            self.counts[cid] += 1
            self._add_exemplar(p, cid)
        return cid

    def _add_exemplar(self, p: Prepared, cid: int) -> None:
        self.index.add(len(self.exemplars), p)
        self.exemplars.append((p, cid))


def cluster(documents: Documents, *, threshold: float = MIN_SCORE) -> list[StatementCluster]:
    """Group the claims of many documents into statement clusters with stable ids.

    Leader clustering in input order: each claim joins the cluster with the wording it
    matches best (:func:`similarity` >= ``threshold``), else starts a new cluster. A
    cluster's wordings are its first member plus up to ``MAX_EXEMPLARS - 1`` members that
    joined with a score below ``EXEMPLAR_BELOW``, so that a quote shortened at its start
    still meets a copy shortened at its end; keeping a few wordings rather than every
    member stops clusters drifting through chains of small rewordings. Candidates come
    from an inverted index on rare content keys (:class:`~claimx.align.blocking.KeyIndex`),
    not from all pairs, so time grows about linearly: 100,000 claims take well under a
    minute on one core (see bench/align_scale.py).

    Args:
        documents: a mapping ``{doc_id: claims}`` or an iterable of ``(doc_id, claims)``,
            oldest first if ids should stay stable as documents are added.
        threshold: the least similarity to join a cluster, in (0, 1].

    Returns:
        Clusters in order of their first member; every claim is in exactly one.

    Raises:
        TypeError: a doc id is not a ``str`` or a claim is not a :class:`claimx.Claim`.
        ValueError: a doc id repeats, or ``threshold`` is not in (0, 1].

    >>> from claimx.models import Form
    >>> c = Claim(text="we will win", start=0, end=11, form=Form.DIRECT)
    >>> [len(s.members) for s in cluster({"ap": [c], "bbc": [c]})]
    [2]
    """
    check_threshold(threshold)
    members, prepared, distinct = _prepare_all(documents)
    clusters = _Leaders(KeyIndex(document_frequency(distinct), min_overlap(threshold)), threshold)
    decided: dict[int, int] = {}  # id(Prepared) -> cluster: identical claims land together
    for n, p in enumerate(prepared):
        cid = decided.get(id(p))
        if cid is None:
            cid = decided[id(p)] = clusters.place(p)
        clusters.groups[cid].append(n)
    taken: set[str] = set()
    return [
        StatementCluster.model_construct(
            id=_stable_id(clusters.leaders[cid].text, taken), members=tuple(members[n] for n in group)
        )
        for cid, group in enumerate(clusters.groups)
    ]
