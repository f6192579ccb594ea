"""HTML rendering of claims, the ClaimList notebook display, and the text table (claimx.outputs.render, .table)."""

from __future__ import annotations

import pickle
from html.parser import HTMLParser

import pytest

import claimx
from claimx.models import Claim, Mention, Speaker, SpeakerKind, Stance
from claimx.outputs.render import ClaimList, render
from claimx.outputs.table import format_table

ARTICLE = (
    'Riverton council, Tuesday. <script>alert("pwned")</script> & other <b>tags</b> stay text.\n\n'
    "“We will win this election,” said Jane Doe, a spokeswoman for the Acme Party. "
    "“The budget may collapse,” said Tom Reyes, the mayor of Riverton."
)
VOID = {"meta", "br", "img", "hr", "input", "link"}


class _Highlights(HTMLParser):
    """Collects the text inside every data-claim element and checks that tags nest properly."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, str | None]] = []
        self.parts: dict[str, int] = {}
        self.text: dict[str, str] = {}
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = dict(attrs)
        self.tags.append((tag, attributes))
        if tag in VOID:
            return
        claim = attributes.get("data-claim")
        if claim is not None:
            self.parts[claim] = self.parts.get(claim, 0) + 1
        self.stack.append((tag, claim))

    def handle_endtag(self, tag: str) -> None:
        if tag in VOID:
            return
        assert self.stack and self.stack[-1][0] == tag, f"</{tag}> closes {self.stack[-1:]}"
        self.stack.pop()

    def handle_data(self, data: str) -> None:
        if self.stack and self.stack[-1][0] == "style":
            return
        for claim in {c for _, c in self.stack if c is not None}:
            self.text[claim] = self.text.get(claim, "") + data


def _parse(html: str) -> _Highlights:
    parser = _Highlights()
    parser.feed(html)
    parser.close()
    assert parser.stack == [], "unclosed elements"
    return parser


def _claim(text: str, part: str, stance: Stance = Stance.ASSERTION, **extra: object) -> Claim:
    start = text.index(part)
    return Claim(text=part, start=start, end=start + len(part), form="direct", stance=stance, **extra)  # type: ignore[arg-type]


def test_render_escapes_the_article_and_highlights_each_claim_once() -> None:
    claims = claimx.extract(ARTICLE)
    assert claims, "the article has two plain direct quotes"
    html = render(ARTICLE, claims)
    assert "<script" not in html and "&lt;script&gt;alert(&quot;pwned&quot;)&lt;/script&gt;" in html
    assert "<b>tags</b>" not in html and "http" not in html  # nothing external, nothing unescaped
    parsed = _parse(html)
    for i, claim in enumerate(claims):
        assert parsed.text[str(i)] == claim.text
    assert set(parsed.text) == {str(i) for i in range(len(claims))}


def test_render_runs_extraction_when_given_only_text() -> None:
    assert claimx.render(ARTICLE) == render(ARTICLE, claimx.extract(ARTICLE))


def test_render_without_claims_refuses_a_bare_text() -> None:
    with pytest.raises(TypeError, match="claimx.render"):
        render(ARTICLE)


def test_render_marks_speaker_cue_and_hedge() -> None:
    text = "“The budget may collapse,” said Tom Reyes, the mayor."
    speaker = Speaker(name="Tom Reyes", mention=Mention(text="Tom Reyes", start=32, end=41), kind=SpeakerKind.PERSON, title="mayor")
    claim = _claim(
        text,
        "The budget may collapse",
        Stance.HEDGE,
        speaker=speaker,
        cue=Mention(text="said", start=27, end=31),
        hedge_cues=("may",),
        sent_start=0,
        sent_end=len(text),
    )
    parsed = _parse(render(text, [claim]))
    links = [a for tag, a in parsed.tags if tag == "a" and a.get("href")]
    (link,) = [a for a in links if a.get("class") == "claimx-speaker"]
    assert "Tom Reyes" in (link["title"] or "") and "mayor" in (link["title"] or "")
    anchor = (link["href"] or "").lstrip("#")
    assert any(a.get("id") == anchor for _, a in parsed.tags), "the speaker link has a target"
    assert any(tag == "b" and a.get("class") == "claimx-cue" for tag, a in parsed.tags)
    assert sum(a.get("class") == "claimx-hedge" for _, a in parsed.tags) == 2  # the word, and the legend sample
    assert parsed.parts == {"0": 1}


def test_render_nested_and_crossing_claims_cover_each_claim_exactly() -> None:
    text = "Officials said that “the bridge will reopen soon” and that repairs would cost more, the agency said."
    outer = _claim(text, "that “the bridge will reopen soon” and that repairs would cost more")
    inner = _claim(text, "the bridge will reopen soon")
    crossing = _claim(text, "reopen soon” and that repairs would cost more, the agency", Stance.DENIAL)
    same = _claim(text, "the bridge will reopen soon", Stance.HEDGE)  # identical span, another reading
    claims = [outer, inner, crossing, same]
    parsed = _parse(render(text, claims))
    assert parsed.text == {str(i): c.text for i, c in enumerate(claims)}
    assert parsed.parts["0"] == 1 and parsed.parts["1"] == 1 and parsed.parts["3"] == 1
    ids = [a["id"] for _, a in parsed.tags if a.get("id")]
    assert len(ids) == len(set(ids)), "split highlights must not repeat an id"


def test_render_returns_a_str_that_notebooks_display() -> None:
    html = render("“No,” she said.", [])
    assert isinstance(html, str) and html._repr_html_() == html  # type: ignore[attr-defined]


def test_render_page_is_a_complete_document() -> None:
    html = render("“No,” she said.", [], page=True)
    assert html.startswith("<!DOCTYPE html>") and '<meta charset="utf-8">' in html and html.rstrip().endswith("</html>")
    _parse(html)


def test_render_rejects_claims_from_another_text() -> None:
    claim = _claim("“Yes,” said Ann.", "Yes")
    with pytest.raises(ValueError, match="same text"):
        render("Something else entirely.", [claim])


@pytest.mark.parametrize("value", [[], b"bytes", 42])
def test_render_needs_the_text(value: object) -> None:
    with pytest.raises(TypeError):
        render(value)  # type: ignore[arg-type]


def test_render_claimlist_displays_as_html_in_notebooks() -> None:
    text = "“We will win,” said Jane Doe."
    claim = _claim(text, "We will win", speaker=Speaker(name="Jane Doe"))
    claims = ClaimList([claim], text=text)
    assert isinstance(claims, list) and claims == [claim] and claims[0] is claim
    assert claims._repr_html_() == render(text, [claim])
    assert str(claims) == format_table([claim]) and "Jane Doe" in str(claims)
    restored = pickle.loads(pickle.dumps(claims))
    assert restored == claims and restored.text == text
    assert render(claims) == render(text, [claim])


def test_render_claimlist_without_text_shows_an_escaped_table() -> None:
    text = "“<i>Tagged</i>,” he said."
    html = ClaimList([_claim(text, "<i>Tagged</i>")])._repr_html_()
    assert "<table" in html and "&lt;i&gt;Tagged&lt;/i&gt;" in html

