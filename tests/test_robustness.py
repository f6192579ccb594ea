"""Hostile input never crashes claimx, and batch jobs lose nothing (issue "Never crash, never lose a record").

Each hostile text is checked for: no exception, offsets that point into the text
(claim, cue, target and speaker mention), stripped claim texts, claims in document order,
and a bound on the work done (function calls counted, not seconds: issue 17.6). Long texts: quotes are never split between chunk pieces, a bad record
after a chunked text is still named by its index, and (slow) a 10,000-word sentence stays
bounded and a 5 MB article completes with time growing about linearly.
test_properties.py holds the hypothesis properties over random text; test_cli.py the
CLI's error records and --resume with a fake pipeline.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from collections.abc import Sequence
from typing import Any
from pathlib import Path

import pytest

import claimx
import claimx.runtime.chunking
from claimx import Claim, ExtractionError
from claimx.cli import main
from claimx.text.quotes import scan_quotes

from opcount import count_calls

# Calls per hostile text: a fixed part plus a part per character. Ordinary and hostile texts make
# 3,000-30,000 calls plus at most ~150 per character (issue 17.6: counted, so load cannot fail it);
# a step quadratic in the text would pass this on the short texts only by luck, not on the KB-long ones.
MAX_CALLS_FIXED, MAX_CALLS_PER_CHAR = 20_000, 200
LONG_SENTENCE_SECONDS = 60.0  # a 10,000-word sentence is ~60K chars: 5-15 s on a loaded 2-core machine
SAID = "“The dam is safe,” Engineer Ruth Okafor said."
WORDS = "river bank water flood town mayor council bridge road rain".split()


def check_claims(text: str, claims: Sequence[Claim]) -> None:
    """Offsets hold for every part of every claim, and claims come in document order."""
    for claim in claims:
        if claim.pieces:  # a split statement: its pieces hold the offsets, its text is them joined
            assert claim.text == " ".join(p.text for p in claim.pieces)
            assert all(text[p.start : p.end] == p.text for p in claim.pieces)
        else:
            assert text[claim.start : claim.end] == claim.text
        assert claim.text.strip() == claim.text
        assert Claim.model_validate(claim.model_dump(), context={"source": text}) == claim
        assert claim.sent_start <= claim.start <= claim.end <= claim.sent_end <= len(text)
        for mention in (claim.cue, claim.target, claim.speaker.mention if claim.speaker else None):
            if mention is not None:
                assert text[mention.start : mention.end] == mention.text
    assert [(c.start, c.end) for c in claims] == sorted((c.start, c.end) for c in claims)


def counted_extract(nlp, text: str) -> tuple[list[Claim], int]:
    claims: list[Claim] = []

    def run() -> None:
        claims.extend(claimx.extract(text, nlp=nlp))

    return claims, count_calls(run)


def timed_extract(nlp, text: str) -> tuple[list[Claim], float]:
    """The claims and the CPU seconds this process spent on them: other processes on a loaded
    machine do not count (wall time did: a 1 MB / 100 KB ratio of 8.8 in CPU read past 12 in wall)."""
    start = time.process_time()
    claims = claimx.extract(text, nlp=nlp)
    return claims, time.process_time() - start


def _words(n: int, *, every: int = 0, insert: str = "") -> str:
    return " ".join(insert if every and i % every == every - 1 else WORDS[i % len(WORDS)] for i in range(n))


# ---------------------------------------------------------------------------- hostile texts

HOSTILE = [
    # quote marks: unbalanced, mismatched, reversed, nested, alone
    pytest.param("“The dam is safe, Ruth Okafor said. The council met on Friday.", id="unclosed-open-quote"),
    pytest.param("The dam is safe,” Ruth Okafor said. The council met on Friday.", id="unopened-close-quote"),
    pytest.param("“The dam is safe,\" Ruth Okafor said. \"It will hold,” she added.", id="curly-straight-mismatch"),
    pytest.param("”The dam is safe,“ Ruth Okafor said. ’It holds,‘ she added.", id="reversed-curly"),
    pytest.param("“ “ “ said “ “ ‘ ‘ told", id="open-marks-only"),
    pytest.param("” ” said ” ” ’ ’ added", id="close-marks-only"),
    pytest.param("“” \"\" ‘’ '' «» „“ " * 50 + "Ruth Okafor said.", id="empty-quotes"),
    pytest.param('"' * 499 + " said", id="straight-quote-storm"),
    pytest.param("“”‘’" * 125 + " said", id="curly-quote-storm"),
    pytest.param(
        "The mayor's office said the town's roads won't close. 'Tis the season, 'twas said, and the '90s' floods weren't as bad'.",
        id="stray-apostrophes",
    ),
    pytest.param("“She told me ‘the dam is “safe” for now’ and left,” Ruth Okafor said.", id="nested-three-levels"),
    pytest.param("“She told me ‘the dam is safe and left,” Ruth Okafor said.", id="nested-unclosed-inner"),
    pytest.param("“‘" * 20 + "safe" + "’”" * 20 + " Ruth Okafor said.", id="nested-twenty-levels"),
    pytest.param("“" + _words(1000), id="a-thousand-words-after-an-open-quote"),
    pytest.param(_words(2000), id="two-thousand-word-sentence"),
    # other quotation conventions and look-alikes
    pytest.param("«Le barrage est sûr», a déclaré Ruth Okafor. «The dam is safe,» Ruth Okafor said.", id="guillemets"),
    pytest.param("»The dam is safe,« Ruth Okafor said. ›It will hold,‹ she added.", id="reversed-guillemets"),
    pytest.param("„Der Damm ist sicher“, sagte Ruth Okafor. „The dam is safe,“ Ruth Okafor said.", id="german-low-high"),
    pytest.param("„The dam is safe,” Ruth Okafor said.", id="polish-low-high"),
    pytest.param("「ダムは安全だ」と岡田氏は述べた。『The dam is safe』, Ruth Okafor said.", id="cjk-brackets"),
    pytest.param("The wall is 12′ 6″ high and the 3‴ gauge read 5″, Ruth Okafor said.", id="primes"),
    pytest.param("″The dam is safe,″ Ruth Okafor said.", id="double-prime-as-quote"),
    pytest.param("``The dam is safe,'' Ruth Okafor said. `Quite safe,' she added.", id="latex-backticks"),
    # invisible and control characters
    pytest.param("“The\u200b dam\u200c is\u200d safe,\u2060” Ruth\ufeff Okafor said\u200b.", id="zero-width"),
    pytest.param("\u200b\u200c\u200d\ufeff\u2060", id="zero-width-only"),
    pytest.param("“The dam\x00 is\x01 safe,\x07” Ruth\x1b[31m Okafor\x7f said.\x0b\x0c\x1c\x1d\x1e\x85", id="control-chars"),
    pytest.param("\u202e“The dam is safe,”\u202c Ruth Okafor \u200fsaid\u200e. \u2067“It holds,”\u2069 she added.", id="bidi-marks"),
    pytest.param("“السد آمن،” قالت روث أوكافور. “The dam is safe,” Ruth Okafor said.", id="arabic-and-english"),
    pytest.param("“The dam is safe,”\r\nRuth Okafor said.\r\n\r\nShe added that it would hold.\r", id="crlf"),
    pytest.param("“The dam is safe,”\u2028Ruth Okafor said.\u2029She added that it would hold.\x85", id="unicode-line-separators"),
    pytest.param("“The\tdam\u00a0is\u2003safe,”\u00a0\u00a0Ruth\u202fOkafor\tsaid.", id="tabs-and-odd-spaces"),
    pytest.param("\n" * 5000 + SAID + "\n" * 5000, id="five-thousand-newlines"),
    pytest.param(" \t" * 2000 + SAID, id="leading-whitespace"),
    # markup
    pytest.param("<p>“The dam is <b>safe</b>,” Ruth Okafor said.</p><script>alert('said')</script><br/>", id="html-tags"),
    pytest.param(
        "&ldquo;The dam is safe,&rdquo; Ruth Okafor said. &quot;It holds,&quot; she added &amp; left.&nbsp;&#8220;Yes&#8221;",
        id="html-entities",
    ),
    pytest.param('<a href="http://x.org/said" title=\'said\'>“The dam is safe,”</a> Ruth Okafor said.', id="html-attribute-quotes"),
    pytest.param("<div>" * 300 + SAID + "</div>" * 300, id="deep-html"),
    pytest.param("“See https://x.org/a?b=“c”&d='e' now,” ruth@okafor.org said.", id="url-and-email"),
    # odd scripts, symbols and shapes
    pytest.param("“The dam 👩‍👩‍👧‍👦 is safe e\u0301\u0301\u0301,” Ruth Okafor said. 🇺🇳", id="emoji-and-combining"),
    pytest.param("“∀x ∈ ℝ: x² ≥ 0,” Ruth Okafor said ∎ ≠ ≈ ∞", id="math-symbols"),
    pytest.param(SAID.upper() * 20, id="all-caps"),
    pytest.param(SAID.replace(" ", "") * 100, id="no-spaces"),
    pytest.param("x" * 20_000, id="one-20k-char-token"),
    pytest.param(".,;:!?\"'“”‘’«»„" * 40, id="punctuation-only"),
    pytest.param("said " * 1000, id="said-repeated"),
    pytest.param(" ".join(str(i) for i in range(1000)), id="numbers-only"),
    pytest.param("Okafor: Mayor: Council: “Safe.” " * 50, id="colon-label-chain"),
    pytest.param("— “Safe,” — said — “Safe,” — " * 50, id="dash-chain"),
    pytest.param(SAID + " " + "(" * 200 + "the dam" + ")" * 200, id="deep-brackets"),
]


@pytest.mark.parametrize("text", HOSTILE)
def test_robustness_hostile_text_gives_sane_claims_in_bounded_work(nlp, text):
    claims, calls = counted_extract(nlp, text)
    check_claims(text, claims)
    assert calls < MAX_CALLS_FIXED + MAX_CALLS_PER_CHAR * len(text), f"{calls} calls for {len(text)} chars"


@pytest.mark.parametrize(
    "text",
    [
        "«The dam is safe,» Ruth Okafor said.",
        "„The dam is safe,“ Ruth Okafor said.",
        "„The dam is safe,” Ruth Okafor said.",
        "\"The dam is safe,” Ruth Okafor said.",
        "The dam is safe,” Ruth Okafor said.",
        "“The dam is safe,” Ruth Okafor said.\r\n\r\nThe council met on Friday.\r\n",
        "“The dam is safe,” Ruth Okafor said. “It will hold",
        "“The dam\u200b is safe,” Ruth Okafor said.",
    ],
)
def test_robustness_odd_quoting_still_finds_the_quote(nlp, text):
    claims = claimx.extract(text, nlp=nlp)
    check_claims(text, claims)
    assert [(c.text.replace("\u200b", ""), c.speaker.name if c.speaker else None) for c in claims][:1] == [
        ("The dam is safe", "Ruth Okafor")
    ]


@pytest.mark.parametrize("space", ["\u2028", "\u2029", "\x85", "\x0b", "\x0c", "\x1c", "\u3000"])
@pytest.mark.parametrize(
    ("template", "expected"),
    [
        ("Ruth Okafor said the dam was safe{space}", "the dam was safe"),
        ("Ruth Okafor said the dam was safe.{space}", "the dam was safe"),
        ("“The dam is safe{space}” Ruth Okafor said.", "The dam is safe"),
    ],
)
def test_robustness_claims_end_before_any_trailing_whitespace(nlp, template, expected, space):
    """A claim ended past its sentence with U+2028, U+2029, U+0085, \\x0b or \\x0c (issue 18):
    the content is trimmed of whitespace per str.isspace, not only of space, tab, CR and LF."""
    text = template.format(space=space)
    claims = claimx.extract(text, nlp=nlp)
    check_claims(text, claims)
    assert [c.text for c in claims] == [expected]
    assert all(c.end <= c.sent_end for c in claims)


def test_robustness_crlf_line_ends_leave_no_carriage_return_in_claims(nlp):
    text = "Ruth Okafor said that the dam was safe\r\n\r\nThe council met on Friday.\r\n"
    claims = claimx.extract(text, nlp=nlp)
    check_claims(text, claims)
    assert [c.text for c in claims] == ["that the dam was safe"]


@pytest.mark.slow
def test_robustness_ten_thousand_word_sentence_without_punctuation(nlp):
    text = _words(10_000)
    claims, seconds = timed_extract(nlp, text)
    check_claims(text, claims)
    assert seconds < LONG_SENTENCE_SECONDS, f"{seconds:.1f}s"


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        pytest.param(_words(10_000, every=97, insert="said"), id="said-every-97-words"),
        pytest.param(_words(10_000, every=50, insert="“"), id="open-quote-every-50-words"),
        pytest.param(_words(10_000, every=1000, insert="“yes,” she said"), id="quote-every-1000-words"),
        pytest.param(_words(10_000, every=7, insert=","), id="commas-only"),
    ],
)
def test_robustness_ten_thousand_word_sentence_variants(nlp, text):
    claims, seconds = timed_extract(nlp, text)
    check_claims(text, claims)
    assert seconds < LONG_SENTENCE_SECONDS, f"{seconds:.1f}s"


def test_robustness_many_quotes_in_one_sentence_take_linear_time(nlp):
    """A list of quoted words in one sentence (“a”, “b”, ... ) costs work about linear in the list.

    Counted in function calls, not seconds (issue 17.6: the time ratio failed on a loaded machine).
    Measured: 50 -> 400 quotes is ~2.2x the calls (a fixed part dominates); a step over pairs of
    quotes would be ~64x for 8x the quotes.
    """
    extractor = nlp.get_pipe("claimx")

    def calls(n: int) -> int:
        text = "The memo, the mayor said, bans the words " + ", ".join(f"“word{i}”" for i in range(n)) + " from city documents."
        doc = nlp(text, disable=["claimx"])
        extractor(doc)  # warm: lexicons and caches load on first use
        return count_calls(lambda: extractor(doc))

    small, large = calls(50), calls(400)  # 8x the quotes: linear <= 8x, quadratic 64x
    assert large / small <= 16, f"{small} -> {large} calls"


# ---------------------------------------------------------------------------- lone surrogates

SURROGATE_TEXT = "“The dam\ud800 is safe,” Ruth Okafor said."


def test_robustness_lone_surrogate_does_not_raise(nlp):
    """A lone surrogate (json.loads('"\\ud800"') makes one) would crash spaCy's tokenizer; the model
    reads U+FFFD in its place and the claim's text is still the caller's, surrogate and all."""
    claims = claimx.extract(SURROGATE_TEXT, nlp=nlp)
    check_claims(SURROGATE_TEXT, claims)
    assert [(c.text, c.speaker.name if c.speaker else None) for c in claims] == [("The dam\ud800 is safe", "Ruth Okafor")]
    assert all(Claim.model_validate_json(c.model_dump_json()) == c for c in claims)  # issue 18: it raised


def test_robustness_extract_many_lone_surrogate_in_a_batch(nlp):
    results = list(claimx.extract_many([SAID, SURROGATE_TEXT, SAID], nlp=nlp))
    assert [len(r) for r in results] == [1, 1, 1]
    check_claims(SURROGATE_TEXT, results[1])


class _FailingTokenizer:
    """The model's tokenizer, except that it fails on texts holding ``marker``."""

    def __init__(self, tokenizer: Any, marker: str) -> None:
        self.tokenizer, self.marker = tokenizer, marker

    def __call__(self, text: str) -> Any:
        if self.marker in text:
            raise RuntimeError("tokenizer failed")
        return self.tokenizer(text)

    def pipe(self, texts: Any, batch_size: int = 1000) -> Any:
        for text in texts:
            yield self(text)


@pytest.mark.parametrize("batch_size", [1, 2, 64])
def test_robustness_extract_many_failure_in_the_pipeline_names_the_index(nlp, monkeypatch, batch_size):
    """A component failing inside nlp.pipe: every record before it comes out, then an error names it."""
    monkeypatch.setattr(nlp, "tokenizer", _FailingTokenizer(nlp.tokenizer, "FAIL"))
    texts = [SAID, "Ruth Okafor said the dam was safe.", "FAIL " + SAID, SAID]
    out = []
    with pytest.raises(ExtractionError) as info:
        for result in claimx.extract_many(texts, nlp=nlp, batch_size=batch_size):
            out.append(result)
    assert info.value.index == 2
    assert "tokenizer failed" in str(info.value)
    assert len(out) == 2 and all(len(r) == 1 for r in out)


# ---------------------------------------------------------------------------- long texts and chunking

BLOCK = "\n\n".join(
    [
        "“We will not close the harbour before the storm has passed,” Port Director Selma Odum said on Tuesday.",
        "The ferry company said that crossings would resume on Thursday, and Selma Odum added that the pier "
        "was “in better shape than anyone feared”.",
        "Residents were asked to stay indoors until the evening, when the wind is expected to ease.",
        "“The sea wall held,” she said. “We were lucky this time, and we know it.”",
        "Councillor Abel Moravec said the repairs would cost more than two million dollars.",
    ]
) + "\n\n"


def _article(chars: int) -> str:
    return BLOCK * max(1, chars // len(BLOCK))


def _relative(claims: Sequence[Claim], *, period: int) -> set[tuple[int, int, str, str]]:
    """Each claim as (start, end) within its copy of BLOCK, with its text and form."""
    return {(c.start % period, c.end % period, c.text, c.form.value) for c in claims}


def test_robustness_long_quote_is_never_split_between_pieces(nlp, monkeypatch):
    """A quote that straddles where the limit falls moves whole into the next piece."""
    filler = "Heavy rain fell across the region overnight, and the roads to the coast were closed. "
    quote = (
        "We checked every crane, every berth and every mooring line along the eastern quay, and we found "
        "nothing that should keep the ships away any longer than the weekend"
    )
    paragraph = f"“{quote},” Port Director Selma Odum said."
    text = "\n\n".join([filler * 2, paragraph, filler * 2, paragraph, filler])
    limit = len(filler) * 2 + 2 + len(paragraph) // 2  # the limit falls in the middle of the first quote
    monkeypatch.setattr(claimx.runtime.chunking, "CHUNK_CHARS", limit)
    pieces = claimx.runtime.chunking.split_text(text, limit=limit)
    assert len(pieces) >= 3
    assert "".join(piece for _, piece in pieces) == text
    assert not any(q.start < offset < q.end for q in scan_quotes(text) for offset, _ in pieces)

    claims = claimx.extract(text, nlp=nlp)
    check_claims(text, claims)
    assert [(c.text, c.speaker.name if c.speaker else None) for c in claims] == [(quote, "Selma Odum")] * 2


def test_robustness_quote_longer_than_half_a_piece_is_not_split(nlp, monkeypatch):
    sentence = "The water supply has not been contaminated and the reservoir holds enough water for the summer."
    quote = " ".join([sentence] * 4)  # 387 chars: longer than half the limit, shorter than the limit
    filler = "Heavy rain fell across the region overnight. The council meets again next week. "
    text = f"{filler * 3}\n\n“{quote}” Dana Whitfield said.\n\n{filler * 3}"
    limit = 500
    monkeypatch.setattr(claimx.runtime.chunking, "CHUNK_CHARS", limit)
    pieces = claimx.runtime.chunking.split_text(text, limit=limit)
    assert not any(q.start < offset < q.end for q in scan_quotes(text) for offset, _ in pieces)
    claims = claimx.extract(text, nlp=nlp)
    assert [c.text for c in claims] == [quote]


def test_robustness_quote_paragraphs_after_a_cut_keep_their_speaker(nlp, monkeypatch):
    """A piece is read with the text before it (chunking.plan_reads), so quote paragraphs at the
    top of a piece still continue the speaker named in the paragraph before the cut."""
    filler = "Heavy rain fell across the region overnight, and the roads to the coast were closed for the day."
    said = "“The water supply has not been contaminated,” Health Commissioner Ingrid Halvorsen said on Tuesday."
    more = (
        "“We tested every well in the district this week and the results were clean. The reservoir holds enough "
        "water for the summer, and the pumps at the northern station are working again.”"
    )
    last = "“Nobody in the city needs to boil water any longer, and the schools can reopen on Monday.”"
    text = "\n\n".join([filler] * 3 + [said, more, last] + [filler] * 3)
    whole = claimx.extract(text, nlp=nlp)
    assert [c.speaker.name if c.speaker else None for c in whole] == ["Ingrid Halvorsen"] * 3
    for limit in (400, 500, 600):
        monkeypatch.setattr(claimx.runtime.chunking, "CHUNK_CHARS", limit)
        keeps = [keep for _, keep, _ in claimx.runtime.chunking.plan_reads(text, limit=limit)]
        assert text.index(more) in keeps or text.index(last) in keeps  # the cut falls after the attribution
        chunked = claimx.extract(text, nlp=nlp)
        check_claims(text, chunked)
        assert chunked == whole, limit


def test_robustness_quote_over_paragraphs_is_one_unit_for_the_cut(nlp, monkeypatch):
    """The paragraphs of one quotation stay in one piece when it fits in one."""
    filler = "Heavy rain fell across the region overnight, and the roads to the coast were closed for the day."
    quote = (
        "“The water supply has not been contaminated,” Health Commissioner Ingrid Halvorsen said on Tuesday. "
        "“We tested every well in the district this week and the results were clean.\n\n"
        "“The reservoir holds enough water for the summer, and the pumps at the northern station are working again.\n\n"
        "“Nobody in the city needs to boil water any longer, and the schools can reopen on Monday.”"
    )
    text = "\n\n".join([filler] * 4 + [quote] + [filler] * 3)
    group_lo = text.index("“We tested")
    whole = claimx.extract(text, nlp=nlp)
    assert len(whole) == 4
    for limit in range(400, 1000, 50):
        monkeypatch.setattr(claimx.runtime.chunking, "CHUNK_CHARS", limit)
        keeps = [keep for _, keep, _ in claimx.runtime.chunking.plan_reads(text, limit=limit)]
        assert not any(group_lo < keep < text.index(quote) + len(quote) for keep in keeps), limit
        assert claimx.extract(text, nlp=nlp) == whole, limit


@pytest.mark.parametrize("limit", [200, 500, 1000])
def test_robustness_plan_reads_covers_the_text_in_bounded_reads(limit):
    text = _article(4 * len(BLOCK))
    plan = claimx.runtime.chunking.plan_reads(text, limit=limit)
    keeps = [keep for _, keep, _ in plan]
    assert keeps[0] == 0 and [end for _, _, end in plan][:-1] == keeps[1:] and plan[-1][2] == len(text)
    quotes = scan_quotes(text)
    for read_from, keep, end in plan:
        assert read_from <= keep < end and end - keep <= limit and keep - read_from <= claimx.runtime.chunking.CONTEXT_CHARS
        assert not any(q.start < read_from < q.end for q in quotes)


def test_robustness_chunked_text_finds_the_same_claims(nlp, monkeypatch):
    """Cut into small pieces, an article yields the same claims at the same offsets."""
    text = _article(6 * len(BLOCK))
    whole = claimx.extract(text, nlp=nlp)
    monkeypatch.setattr(claimx.runtime.chunking, "CHUNK_CHARS", 500)
    assert len(claimx.runtime.chunking.split_text(text, limit=500)) >= 6
    chunked = claimx.extract(text, nlp=nlp)
    check_claims(text, chunked)
    assert [(c.start, c.end, c.text, c.form) for c in chunked] == [(c.start, c.end, c.text, c.form) for c in whole]
    assert _named(chunked) == _named(whole)


def _named(claims: Sequence[Claim]) -> list[tuple[int, str]]:
    """Speakers named in the claim's own sentence (not by a pronoun, which looks back only within a piece)."""
    return [(c.start, c.speaker.name) for c in claims if c.speaker and c.speaker.mention and c.speaker.mention.text[:1].isupper()]


def test_robustness_text_over_max_length_is_processed_in_pieces(nlp, monkeypatch):
    """A pipeline with a small max_length still takes the text: pieces follow the smaller limit."""
    text = _article(3 * len(BLOCK))
    expected = claimx.extract(text, nlp=nlp)
    monkeypatch.setattr(nlp, "max_length", 1000)
    claims = claimx.extract(text, nlp=nlp)
    check_claims(text, claims)
    assert [(c.start, c.end, c.text) for c in claims] == [(c.start, c.end, c.text) for c in expected]


# ---------------------------------------------------------------------------- batches lose nothing


def test_robustness_extract_many_yields_every_record_before_the_bad_one(nlp):
    texts = [SAID, BLOCK, None, SAID]
    yielded: list[list[Claim]] = []
    with pytest.raises(ExtractionError) as info:
        for claims in claimx.extract_many(texts, nlp=nlp):  # default batch_size=64
            yielded.append(claims)
    assert info.value.index == 2
    assert yielded == [claimx.extract(SAID, nlp=nlp), claimx.extract(BLOCK, nlp=nlp)]


def test_robustness_extract_many_bad_item_after_a_chunked_text_names_its_index(nlp, monkeypatch):
    """Pieces of a long text do not shift the index an error reports."""
    monkeypatch.setattr(claimx.runtime.chunking, "CHUNK_CHARS", 500)
    long_text = _article(4 * len(BLOCK))
    assert len(claimx.runtime.chunking.split_text(long_text, limit=500)) > 3
    yielded: list[tuple[list[Claim], str]] = []
    items = [(long_text, "long"), (SAID, "short"), (b"bytes", "bad"), (SAID, "after")]
    with pytest.raises(ExtractionError) as info:
        for pair in claimx.extract_many(items, nlp=nlp, batch_size=1, as_tuples=True):
            yielded.append(pair)
    assert (info.value.index, info.value.context) == (2, "bad")
    assert "decode" in info.value.reason
    assert yielded == [(claimx.extract(long_text, nlp=nlp), "long"), (claimx.extract(SAID, nlp=nlp), "short")]


def test_robustness_cli_hostile_batch_loses_no_record(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Through the real pipeline, every record ends up in the output or the errors file: read = succeeded + failed."""
    good = {
        "quote": SAID,
        "empty": "",
        "surrogate": "\ud800 “The dam\udfff is safe,” Ruth Okafor said.",
        "html": "<p>“The dam is <b>safe</b>,” Ruth Okafor said.</p>",
        "storm": '"' * 300,
        "control": "“The dam\x00 is safe,” Ruth Okafor said.\x1b",
        "long": _article(2 * len(BLOCK)),
    }
    lines = [json.dumps({"id": key, "text": text}) for key, text in good.items()]
    lines.insert(4, '{"id": "number", "text": 42}')
    lines.insert(5, '{"id": "broken", "text": ')
    source = tmp_path / "in.jsonl"
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out, errors = tmp_path / "out.jsonl", tmp_path / "errors.jsonl"

    code = main(["extract", str(source), "-o", str(out), "--errors", str(errors), "--quiet"])

    assert code == 1  # some records failed
    failed = [json.loads(line) for line in errors.read_text(encoding="utf-8").splitlines()]
    assert sorted(str(r["doc_id"]) for r in failed) == ["6", "number"]  # a broken line is named by its number
    written = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    for key, text in good.items():
        expected = [c.model_dump(mode="json") for c in claimx.extract(text)]
        assert [{k: v for k, v in r.items() if k != "doc_id"} for r in written if r["doc_id"] == key] == expected, key
    summary = capsys.readouterr().err
    assert f"read {len(lines)} records: {len(good)} succeeded, 2 failed" in summary


# ---------------------------------------------------------------------------- size (slow)


def _best_time(nlp, text: str, tries: int) -> tuple[list[Claim], float]:
    best, claims = float("inf"), []
    for _ in range(tries):
        claims, seconds = timed_extract(nlp, text)
        best = min(best, seconds)
    return claims, best


LINEAR_RATIO = 15


@pytest.mark.slow
def test_robustness_one_megabyte_takes_at_most_fifteen_times_100_kb(nlp):
    """Time grows about linearly: 10x the text takes at most 15x the CPU time (best of 2, same run).

    The measured ratio is 9-12 (each piece also reads 2,000 characters of context); 15 leaves
    room for a loaded machine and still fails by far for anything quadratic (100x)."""
    small, large = _article(100_000), _article(1_000_000)
    small_claims, t_small = _best_time(nlp, small, 2)
    large_claims, t_large = timed_extract(nlp, large)
    if t_large / t_small > LINEAR_RATIO:  # a second try only when the first looks slow: a noisy machine
        t_large = min(t_large, timed_extract(nlp, large)[1])
    check_claims(large, large_claims)
    per_block = len(small_claims) // (len(small) // len(BLOCK))
    assert len(large_claims) == per_block * (len(large) // len(BLOCK))
    assert t_large / t_small <= LINEAR_RATIO, f"{t_small:.1f}s -> {t_large:.1f}s"


MEMORY_LIMIT_MB = 2_000  # one 100,000-char piece at a time peaks near 600 MB; all of 1 MB at once at 3.3 GB
WATCH_SECONDS = 0.2
EXTRACT_SCRIPT = """
import sys, claimx
with open(sys.argv[1], encoding="utf-8", newline="") as f:
    text = f.read()
claims = claimx.extract(text)
with open(sys.argv[2], "w", encoding="utf-8") as f:
    f.writelines(claim.model_dump_json() + "\\n" for claim in claims)
"""


def _extract_in_child(source: Path, out: Path, *, limit_mb: int) -> tuple[int | None, int, str]:
    """Run ``extract`` on a file in a child process, killed if its resident memory passes ``limit_mb``.

    Returns the exit code (None if killed), the peak resident memory seen in MB, and stderr's tail.
    A child keeps an out-of-memory kill from taking the whole test run with it.
    """
    child = subprocess.Popen(
        [sys.executable, "-c", EXTRACT_SCRIPT, str(source), str(out)], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )
    status, peak = Path(f"/proc/{child.pid}/status"), 0
    while child.poll() is None:
        try:
            rss_kb = next(int(line.split()[1]) for line in status.read_text().splitlines() if line.startswith("VmRSS:"))
        except (OSError, StopIteration, ValueError):  # the child just ended, or has no memory yet
            rss_kb = 0
        peak = max(peak, rss_kb // 1024)
        if peak > limit_mb:
            child.kill()
            child.wait()
            return None, peak, ""
        time.sleep(WATCH_SECONDS)
    return child.returncode, peak, child.stderr.read().decode("utf-8", "replace")[-2000:] if child.stderr else ""


@pytest.mark.slow
@pytest.mark.skipif(not Path("/proc/self/status").is_file(), reason="watches the child's memory in /proc")
def test_robustness_five_megabyte_article_completes_in_bounded_memory(nlp, tmp_path):
    """A 5 MB article goes through in pieces with memory bounded by a piece; every copy of the
    repeated block yields the same claims."""
    text = _article(5_000_000)
    assert len(text) > 4_900_000
    source, out = tmp_path / "article.txt", tmp_path / "claims.jsonl"
    source.write_text(text, encoding="utf-8")
    code, peak_mb, stderr = _extract_in_child(source, out, limit_mb=MEMORY_LIMIT_MB)
    assert code == 0 and peak_mb <= MEMORY_LIMIT_MB, f"exit {code}, peak {peak_mb} MB\n{stderr}"
    claims = [Claim.model_validate_json(line) for line in out.read_text(encoding="utf-8").splitlines()]
    check_claims(text, claims)
    block_claims = claimx.extract(BLOCK, nlp=nlp)
    assert len(claims) == len(text) // len(BLOCK) * len(block_claims)
    assert _relative(claims, period=len(BLOCK)) == _relative(block_claims, period=len(BLOCK))


@pytest.mark.parametrize("apostrophe", ["'", "\u2019"])
def test_robustness_curly_and_straight_apostrophes_give_the_same_claims(nlp, apostrophe):
    text = f"Lena O{apostrophe}Hara said the city had paid the contractor twice. Mark O{apostrophe}Dowd denied that the council{apostrophe}s budget was cut."
    claims = claimx.extract(text, nlp=nlp)
    assert [(c.text, c.speaker.name if c.speaker else None) for c in claims] == [
        ("the city had paid the contractor twice", f"Lena O{apostrophe}Hara"),
        (f"that the council{apostrophe}s budget was cut", f"Mark O{apostrophe}Dowd"),
    ]
