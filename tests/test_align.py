"""Tests for claimx.align: pairing claims across outlets and clustering them.

Most tests build claims by hand, so that they test the alignment logic and not the
extractor; the ``extracted`` tests run the same invented article pair through
``claimx.extract``, and the golden test runs the two seed articles of ../shared.
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

import claimx
from claimx.align import (
    MIN_SCORE,
    Alignment,
    StatementCluster,
    align,
    cluster,
    format_alignments,
    normalize_text,
    similarity,
)
from claimx.align.normalize import content_keys
from claimx.models import Claim, Form, Speaker, SpeakerKind, Stance

from opcount import count_calls
from conftest import SHARED, requires_shared

BENCH = Path(__file__).resolve().parents[1] / "bench" / "align_scale.py"
QUOTE_MAP = str.maketrans({"\u201c": '"', "\u201d": '"', "\u2018": "'", "\u2019": "'"})

# An invented wire story and an outlet's rewrite of it: the rewrite rewords the
# attribution of the lead, shortens one quote, keeps one verbatim (with straight quote
# marks), and adds a different statement by the same speaker.
WIRE = """Interior Ministry accuses opposition of funding protests

The Interior Ministry on Tuesday accused the Civic Alliance of secretly funding the violent protests that shook the capital last week.

“We will not tolerate violence on our streets,” Interior Minister Laura Benning told reporters.

Benning said investigators had traced “payments to at least forty protest organisers” through accounts abroad.

“The emergency powers will expire at the end of the month and will not be renewed without a vote in parliament,” Benning said.

The Civic Alliance denied that it had paid anyone to take part in the protests.
"""

REWRITE = """The Civic Alliance is secretly funding the violent protests in the capital, government officials claim.

Laura Benning said investigators had traced "payments to at least forty protest organisers" through accounts abroad.

"The emergency powers will expire at the end of the month," Benning said.

"We will not negotiate with anyone who organises violence," Benning said on Wednesday.

The Civic Alliance denied that it had paid anyone to take part in the protests.
"""

# Fragments of the two texts that the pairs are about.
LEAD_A = "the Civic Alliance of secretly funding the violent protests that shook the capital last week"
LEAD_B = "The Civic Alliance is secretly funding the violent protests in the capital"
TOLERATE = "We will not tolerate violence on our streets"
NEGOTIATE = "We will not negotiate with anyone who organises violence"
POWERS_A = "The emergency powers will expire at the end of the month and will not be renewed without a vote in parliament"
POWERS_B = "The emergency powers will expire at the end of the month"
PAYMENTS_A = "investigators had traced “payments to at least forty protest organisers” through accounts abroad"
PAYMENTS_B = 'investigators had traced "payments to at least forty protest organisers" through accounts abroad'
DENIAL = "that it had paid anyone to take part in the protests"


def make_claim(
    source: str,
    fragment: str,
    speaker: str | None = None,
    *,
    kind: SpeakerKind = SpeakerKind.PERSON,
    stance: Stance = Stance.ASSERTION,
    form: Form = Form.DIRECT,
    nth: int = 0,
) -> Claim:
    """A claim over the ``nth`` occurrence of ``fragment`` in ``source``, offsets checked."""
    start = -1
    for _ in range(nth + 1):
        start = source.index(fragment, start + 1)
    data = {
        "text": fragment, "start": start, "end": start + len(fragment), "form": form, "stance": stance,
        "speaker": None if speaker is None else {"name": speaker, "kind": kind},
    }  # fmt: skip
    return Claim.model_validate(data, context={"source": source})


def bare(text: str, speaker: str | None = None, *, kind: SpeakerKind = SpeakerKind.PERSON) -> Claim:
    """A claim that is its own source."""
    return make_claim(text, text, speaker, kind=kind)


@pytest.fixture(scope="module")
def wire_claims() -> list[Claim]:
    org, person = SpeakerKind.ORGANIZATION, SpeakerKind.PERSON
    return [
        make_claim(WIRE, LEAD_A, "Interior Ministry", kind=org, stance=Stance.ALLEGATION, form=Form.INDIRECT),
        make_claim(WIRE, TOLERATE, "Laura Benning", kind=person),
        make_claim(WIRE, PAYMENTS_A, "Laura Benning", kind=person, form=Form.MIXED),
        make_claim(WIRE, POWERS_A, "Laura Benning", kind=person),
        make_claim(WIRE, DENIAL, "Civic Alliance", kind=org, stance=Stance.DENIAL, form=Form.INDIRECT),
    ]


@pytest.fixture(scope="module")
def rewrite_claims() -> list[Claim]:
    org, group, person = SpeakerKind.ORGANIZATION, SpeakerKind.GROUP, SpeakerKind.PERSON
    return [
        make_claim(REWRITE, LEAD_B, "government officials", kind=group, stance=Stance.ALLEGATION, form=Form.INDIRECT),
        make_claim(REWRITE, PAYMENTS_B, "Laura Benning", kind=person, form=Form.MIXED),
        make_claim(REWRITE, POWERS_B, "Benning", kind=person),
        make_claim(REWRITE, NEGOTIATE, "Benning", kind=person),
        make_claim(REWRITE, DENIAL, "Civic Alliance", kind=org, stance=Stance.DENIAL, form=Form.INDIRECT),
    ]


def pair_texts(alignments: list[Alignment]) -> set[tuple[str, str]]:
    return {(x.a.text, x.b.text) for x in alignments}


# --- normalisation and similarity --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("“We’re not leaving,” she said.", "were not leaving she said"),
        ('"We\'re not leaving," she said.', "were not leaving she said"),
        ("«Nous partons»", "nous partons"),
        ("the U.S. and the U.N.", "the us and the un"),
        ("Moscow's full-scale invasion", "moscows full scale invasion"),
        ("1,000 troops -- and 20.5% more", "1000 troops and 205 more"),
        ("Pérez   said\n\tno", "perez said no"),
        ("", ""),
        ("“ ” ‘ ’ ...", ""),
    ],
)
def test_align_normalize_text(text: str, expected: str) -> None:
    assert normalize_text(text) == expected


def test_align_similarity_ignores_quote_style_and_punctuation() -> None:
    curly = bare("“The bridge will reopen by the end of March,” the mayor said.")
    straight = bare('"The bridge will reopen by the end of March" the mayor said')
    assert similarity(curly, straight) == pytest.approx(0.9 + 0.1 * 0.5)  # speakers unknown


PERSON, ORG, GROUP = SpeakerKind.PERSON, SpeakerKind.ORGANIZATION, SpeakerKind.GROUP


@pytest.mark.parametrize(
    ("speaker_a", "speaker_b", "agree"),
    [
        (("Benning", PERSON), ("Laura Benning", PERSON), True),
        (("Mr. Benning", PERSON), ("Laura Benning", PERSON), True),
        (("President Biden", PERSON), ("Joe Biden", PERSON), True),  # people: the surname decides
        (("the Interior Ministry", ORG), ("Interior Ministry", ORG), True),
        (("US", ORG), ("US officials", GROUP), True),
        (("US officials", GROUP), ("Iranian officials", GROUP), False),
        (("Interior Ministry", ORG), ("government officials", GROUP), False),
        (("Laura Benning", PERSON), ("Mark Tulley", PERSON), False),
    ],
)
def test_align_similarity_speaker_name_forms(speaker_a: tuple, speaker_b: tuple, agree: bool) -> None:
    text = "the emergency powers will expire at the end of the month"
    a, b = bare(text, speaker_a[0], kind=speaker_a[1]), bare(text, speaker_b[0], kind=speaker_b[1])
    assert (similarity(a, b) == pytest.approx(1.0)) is agree


def test_align_similarity_different_speaker_lowers_but_does_not_block() -> None:
    text = "the emergency powers will expire at the end of the month"
    same = similarity(bare(text, "Laura Benning"), bare(text, "Benning"))
    other = similarity(bare(text, "Laura Benning"), bare(text, "Mark Tulley"))
    assert other < same and other >= MIN_SCORE


def test_align_similarity_type_error() -> None:
    with pytest.raises(TypeError, match="Claim"):
        similarity("the powers will expire", bare("the powers will expire"))  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # kept stop words (negations, numbers) stay content keys; plain stop words go
        ("they will not raise three of the rates", ("not", "raise", "three", "rates")),
        # a negated contraction keys as "not"; a contracted pronoun is a stop word
        ("theyre saying they dont recognise it", ("sayin", "not", "recog")),
        ("nobody came", ("nobod", "came")),
    ],
)
def test_align_content_keys_read_the_align_words_lexicon(text: str, expected: tuple[str, ...]) -> None:
    assert content_keys(normalize_text(text).split()) == expected


def test_align_speaker_noise_words_do_not_make_speakers_differ() -> None:
    # "the" and "a" are speaker_noise in align_words.tsv; kept, {the, ministry} and {a, ministry} would differ.
    a = Claim(text="the strike will not change the outcome of the talks", start=0, end=51, form=Form.INDIRECT,
              speaker=Speaker(name="the ministry", kind=SpeakerKind.ORGANIZATION))
    b = a.model_copy(update={"speaker": Speaker(name="a ministry", kind=SpeakerKind.ORGANIZATION)})
    assert align([a], [b])[0].speaker_changed is False


# --- align on hand-built claims ----------------------------------------------------------


def test_align_pairs_the_rewrite(wire_claims: list[Claim], rewrite_claims: list[Claim]) -> None:
    assert pair_texts(align(wire_claims, rewrite_claims)) == {
        (LEAD_A, LEAD_B),
        (PAYMENTS_A, PAYMENTS_B),
        (POWERS_A, POWERS_B),
        (DENIAL, DENIAL),
    }


def test_align_pairs_reworded_attribution(wire_claims: list[Claim], rewrite_claims: list[Claim]) -> None:
    (lead,) = [x for x in align(wire_claims, rewrite_claims) if x.a.text == LEAD_A]
    assert lead.b.text == LEAD_B and lead.speaker_changed and not lead.stance_changed
    assert lead.words_dropped == ("of", "that", "shook", "last", "week") and lead.words_added == ("is", "in")


def test_align_keeps_different_statement_by_same_speaker_apart(
    wire_claims: list[Claim], rewrite_claims: list[Claim]
) -> None:
    aligned = align(wire_claims, rewrite_claims)
    assert all(x.a.text != TOLERATE and x.b.text != NEGOTIATE for x in aligned)
    assert similarity(wire_claims[1], rewrite_claims[3]) < MIN_SCORE


def test_align_pairs_a_shortened_quote(wire_claims: list[Claim], rewrite_claims: list[Claim]) -> None:
    (powers,) = [x for x in align(wire_claims, rewrite_claims) if x.a.text == POWERS_A]
    assert powers.b.text == POWERS_B and not powers.speaker_changed  # "Laura Benning" / "Benning"
    assert powers.words_dropped == tuple("and will not be renewed without a vote in parliament".split())
    assert powers.words_added == () and MIN_SCORE <= powers.score < 1.0


def test_align_quote_style_makes_no_difference(wire_claims: list[Claim], rewrite_claims: list[Claim]) -> None:
    (payments,) = [x for x in align(wire_claims, rewrite_claims) if x.a.text == PAYMENTS_A]
    assert payments.score == 1.0 and payments.words_added == payments.words_dropped == ()


def test_align_is_symmetric_in_pairs(wire_claims: list[Claim], rewrite_claims: list[Claim]) -> None:
    forward = pair_texts(align(wire_claims, rewrite_claims))
    backward = {(b, a) for a, b in pair_texts(align(rewrite_claims, wire_claims))}
    assert forward == backward


def test_align_is_one_to_one() -> None:
    full = bare("the emergency powers will expire at the end of the month", "Laura Benning")
    copy = bare("“The emergency powers will expire at the end of the month”", "Benning")
    shorter = bare("the emergency powers will expire", "Benning")
    aligned = align([full], [shorter, copy])
    assert [(x.a.text, x.b.text) for x in aligned] == [(full.text, copy.text)]


def test_align_aligns_a_repeated_statement_once() -> None:
    # Each story restates its lead in the headline; the leads pair, the headlines are not
    # paired again, although the headlines alone would pair.
    story_a = (
        "Civic Alliance secretly funding violent protests, ministry says\n\n"
        "The ministry said the Civic Alliance was secretly funding the violent protests in the capital."
    )
    story_b = (
        "Civic Alliance 'secretly funding' violent protests: officials\n\n"
        "Officials said the Civic Alliance is secretly funding violent protests in the capital."
    )
    org, group = SpeakerKind.ORGANIZATION, SpeakerKind.GROUP
    headline_a = make_claim(story_a, "Civic Alliance secretly funding violent protests", "ministry", kind=org)
    lead_a = make_claim(story_a, story_a[story_a.index("the Civic") : -1], "ministry", kind=org)
    headline_b = make_claim(story_b, "Civic Alliance 'secretly funding' violent protests", "officials", kind=group)
    lead_b = make_claim(story_b, story_b[story_b.index("the Civic") : -1], "officials", kind=group)
    assert similarity(headline_a, headline_b) >= MIN_SCORE
    aligned = align([headline_a, lead_a], [headline_b, lead_b])
    assert [(x.a, x.b) for x in aligned] == [(lead_a, lead_b)]


def test_align_repeated_claims_at_overlapping_offsets_are_not_restatements() -> None:
    # A whole mixed clause and the quote inside it are two extractions of one passage:
    # both pair with their counterparts.
    text_a = "Benning said the powers “will expire at the end of the month” and not be renewed."
    text_b = 'Benning said the powers "will expire at the end of the month" and not be renewed.'
    outer = "the powers “will expire at the end of the month” and not be renewed"
    inner = "will expire at the end of the month"
    claims_a = [make_claim(text_a, outer, "Benning"), make_claim(text_a, inner, "Benning")]
    claims_b = [make_claim(text_b, outer.translate(QUOTE_MAP), "Benning"), make_claim(text_b, inner, "Benning")]
    assert len(align(claims_a, claims_b)) == 2


def test_align_short_generic_claims_pair_only_when_same_wording_and_speaker() -> None:
    assert len(align([bare("No comment.", "Laura Benning")], [bare("no comment", "Benning")])) == 1
    assert align([bare("No comment.", "Laura Benning")], [bare("No comment.", "Mark Tulley")]) == []
    assert align([bare("We will see.", "Benning")], [bare("We shall see.", "Benning")]) == []
    assert align([bare("an idea", "Benning")], [bare("the US has an idea of which route they use", "Benning")]) == []


def test_align_reports_stance_change() -> None:
    a = bare("the Civic Alliance is secretly funding the protests", "ministry")
    b = a.model_copy(update={"stance": Stance.ALLEGATION})
    (x,) = align([a], [b])
    assert x.stance_changed and not x.speaker_changed and x.score == 1.0


def test_align_flags_unknown_speaker_on_one_side_only() -> None:
    known = bare("the emergency powers will expire at the end of the month", "Benning")
    unknown = bare("the emergency powers will expire at the end of the month")
    assert align([known], [unknown])[0].speaker_changed
    assert not align([unknown], [unknown])[0].speaker_changed


def test_align_empty_inputs() -> None:
    assert align([], []) == [] and align([bare("the powers will expire soon")], []) == []


@pytest.mark.parametrize("bad", ["the powers will expire", [1, 2], [None]])
def test_align_rejects_non_claims(bad: object) -> None:
    with pytest.raises(TypeError, match="claimx.Claim"):
        align(bad, [])  # type: ignore[arg-type]


@pytest.mark.parametrize("threshold", [0.0, -1.0, 1.5])
def test_align_rejects_bad_threshold(threshold: float) -> None:
    with pytest.raises(ValueError, match="threshold"):
        align([], [], threshold=threshold)


def test_align_threshold_is_respected(wire_claims: list[Claim], rewrite_claims: list[Claim]) -> None:
    strict = align(wire_claims, rewrite_claims, threshold=0.99)
    assert pair_texts(strict) == {(PAYMENTS_A, PAYMENTS_B), (DENIAL, DENIAL)}


def test_align_blocking_finds_the_same_pairs_as_all_pairs(monkeypatch: pytest.MonkeyPatch) -> None:
    bench = load_bench()
    documents, _ = bench.make_documents(600, seed=3)
    claims_a = [c for _, claims in documents[:15] for c in claims]
    claims_b = [c for _, claims in documents[15:] for c in claims]
    everything = align(claims_a, claims_b)
    # The module, not claimx.align the function (claimx exports it, shadowing the package).
    monkeypatch.setattr(importlib.import_module("claimx.align.blocking"), "ALL_PAIRS_LIMIT", 0)
    assert align(claims_a, claims_b) == everything and len(everything) > 20


def test_align_alignment_is_frozen_and_round_trips(wire_claims: list[Claim], rewrite_claims: list[Claim]) -> None:
    x = align(wire_claims, rewrite_claims)[0]
    assert Alignment.model_validate_json(x.model_dump_json()) == x
    assert hash(x) == hash(Alignment.model_validate_json(x.model_dump_json()))
    with pytest.raises(Exception, match="frozen"):
        x.score = 0.1  # type: ignore[misc]


def test_align_format_alignments(wire_claims: list[Claim], rewrite_claims: list[Claim]) -> None:
    out = format_alignments(align(wire_claims, rewrite_claims), width=90)
    assert max(map(len, out.splitlines())) <= 90
    assert "speaker: Interior Ministry -> government officials" in out
    assert "- and will not be renewed without a vote in parliament" in out
    assert out.count("\n\n") == 3 and " | " in out
    assert format_alignments([]) == ""
    with pytest.raises(ValueError, match="width"):
        format_alignments([], width=10)


# --- align on extracted claims -----------------------------------------------------------


def find(claims: list[Claim], fragment: str) -> Claim:
    """The one extracted claim whose text holds ``fragment`` (quote marks made straight)."""
    hits = [c for c in claims if fragment.translate(QUOTE_MAP) in c.text.translate(QUOTE_MAP)]
    assert len(hits) == 1, f"want one claim holding {fragment!r}, got {[c.text for c in hits]}"
    return hits[0]


@pytest.fixture(scope="module")
def extracted(nlp) -> tuple[list[Claim], list[Claim], list[Alignment]]:
    claims_a, claims_b = claimx.extract(WIRE, nlp=nlp), claimx.extract(REWRITE, nlp=nlp)
    return claims_a, claims_b, align(claims_a, claims_b)


def test_align_extracted_reworded_attribution(extracted) -> None:
    claims_a, claims_b, aligned = extracted
    lead_a, lead_b = find(claims_a, "secretly funding the violent protests that shook"), find(claims_b, LEAD_B)
    assert (lead_a, lead_b) in {(x.a, x.b) for x in aligned}


def test_align_extracted_different_statement_by_same_speaker(extracted) -> None:
    claims_a, claims_b, aligned = extracted
    tolerate, negotiate = find(claims_a, TOLERATE), find(claims_b, NEGOTIATE)
    assert not any(x.a == tolerate or x.b == negotiate for x in aligned)


def test_align_extracted_shortened_quote(extracted) -> None:
    claims_a, claims_b, aligned = extracted
    assert (find(claims_a, POWERS_A), find(claims_b, POWERS_B)) in {(x.a, x.b) for x in aligned}


# --- the seed articles -------------------------------------------------------------------


@requires_shared
def test_align_seed_articles_match_gold(nlp) -> None:
    """align() pairs exactly the gold's cross-document pairs on the two seed articles.

    Gold claims map to the extracted claims that contain their content key (as
    ../shared/tools/score_seeds.py matches them). Extracted claims the gold does not list
    (page teasers, nested fragments) may pair among themselves, but a claim that maps to
    a gold claim may pair only with a claim that maps to that gold claim's counterpart.
    """
    gold = json.loads((SHARED / "gold" / "seeds.json").read_text(encoding="utf-8"))
    doc_a, doc_b = gold["documents"]
    extracted_claims, mapped, missing = [], [], []
    for doc in (doc_a, doc_b):
        claims = claimx.extract((SHARED / "seeds" / doc["file"]).read_text(encoding="utf-8"), nlp=nlp)
        ids: dict[int, set[str]] = {}
        for g in doc["claims"]:
            key = g["content_key"].translate(QUOTE_MAP)
            hits = [i for i, c in enumerate(claims) if key in c.text.translate(QUOTE_MAP)]
            for i in hits:
                ids.setdefault(i, set()).add(g["id"])
            if not hits:
                missing.append(g["id"])
        extracted_claims.append(claims)
        mapped.append(ids)
    want = {tuple(pair) for pair in gold["cross_document"]["pairs"]}

    aligned = align(*extracted_claims)
    index_a = {id(c): i for i, c in enumerate(extracted_claims[0])}
    index_b = {id(c): i for i, c in enumerate(extracted_claims[1])}
    found: set[tuple[str, str]] = set()
    wrong = []
    for x in aligned:
        ids_a = mapped[0].get(index_a[id(x.a)], set())
        ids_b = mapped[1].get(index_b[id(x.b)], set())
        if not ids_a and not ids_b:
            continue  # neither claim is in the gold
        hits = {(ga, gb) for ga in ids_a for gb in ids_b} & want
        if hits:
            found |= hits
        else:
            wrong.append((sorted(ids_a) or x.a.text, sorted(ids_b) or x.b.text))
    assert not wrong, f"pairs the gold does not list: {wrong}"
    not_extracted = sorted(pair for pair in want - found if set(pair) & set(missing))
    not_aligned = sorted(pair for pair in want - found if not set(pair) & set(missing))
    assert not not_aligned, f"gold pairs extracted but not aligned: {not_aligned}"
    assert not not_extracted, f"gold pairs not aligned because the extractor missed a claim: {not_extracted}"


# --- cluster -----------------------------------------------------------------------------


def test_cluster_groups_the_rewrite_across_documents(wire_claims: list[Claim], rewrite_claims: list[Claim]) -> None:
    third = [bare("“The emergency powers will expire at the end of the month,”", "Benning")]
    clusters = cluster({"wire": wire_claims, "rewrite": rewrite_claims, "third": third})
    by_text = {s.first.claim.text: s for s in clusters}
    assert by_text[POWERS_A].doc_ids == ("wire", "rewrite", "third")
    assert by_text[TOLERATE].doc_ids == ("wire",) and by_text[NEGOTIATE].doc_ids == ("rewrite",)
    assert len(clusters) == 6 and sum(len(s.members) for s in clusters) == 11
    assert [m.claim for m in by_text[LEAD_A].members] == [wire_claims[0], rewrite_claims[0]]


def test_cluster_ids_are_stable_as_documents_are_added(wire_claims: list[Claim], rewrite_claims: list[Claim]) -> None:
    before = cluster([("wire", wire_claims)])
    after = cluster([("wire", wire_claims), ("rewrite", rewrite_claims)])
    assert [s.id for s in before] == [s.id for s in after[: len(before)]]
    assert all(s.id.startswith("stmt-") for s in after) and len({s.id for s in after}) == len(after)
    assert [s.id for s in cluster({"x": wire_claims})] == [s.id for s in before]  # the doc id plays no part


def test_cluster_ids_stay_distinct_for_same_words_by_different_speakers() -> None:
    clusters = cluster({"a": [bare("No comment.", "Laura Benning")], "b": [bare("No comment.", "Mark Tulley")]})
    assert len(clusters) == 2 and clusters[1].id == clusters[0].id + "-2"


def test_cluster_members_unpack_and_round_trip(wire_claims: list[Claim]) -> None:
    (first, *_) = cluster({"wire": wire_claims})
    doc_id, claim = first.members[0]
    assert (doc_id, claim) == ("wire", wire_claims[0])
    assert StatementCluster.model_validate_json(first.model_dump_json()) == first


@pytest.mark.parametrize(
    ("documents", "error"),
    [
        ([("a", []), ("a", [])], ValueError),
        ([(1, [])], TypeError),
        (["not a pair"], TypeError),
        ({"a": ["not a claim"]}, TypeError),
    ],
)
def test_cluster_rejects_bad_documents(documents: object, error: type[Exception]) -> None:
    with pytest.raises(error):
        cluster(documents)  # type: ignore[arg-type]


def test_cluster_empty() -> None:
    assert cluster({}) == [] and cluster([("a", [])]) == []


# --- scale -------------------------------------------------------------------------------


def load_bench():
    spec = importlib.util.spec_from_file_location("align_scale", BENCH)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_cluster_5k_claims_about_linear() -> None:
    bench = load_bench()
    cluster(bench.make_documents(20)[0])  # warm up (loads the stop words)
    small_docs, _ = bench.make_documents(1250, seed=1)
    large_docs, truth = bench.make_documents(5000, seed=1)
    # Counted in calls, not CPU seconds, so load cannot fail it (issue 17.6); measured 4.4x.
    small = count_calls(lambda: cluster(small_docs))
    clusters: list = []
    large = count_calls(lambda: clusters.extend(cluster(large_docs)))
    assert large < 4 * 2.5 * small, f"4x the claims made {large / small:.1f}x the calls"
    position = {id(c): i for i, c in enumerate(c for _, claims in large_docs for c in claims)}
    labels = [0] * len(truth)
    for k, statement in enumerate(clusters):
        for member in statement.members:
            labels[position[id(member.claim)]] = k
    precision, recall = bench.pairwise_scores(labels, truth)
    assert precision > 0.95 and recall > 0.85

