"""Page furniture (issue 17.2): each rule on lines written for these tests, the claims it removes,
the page set in tests/data/pages, and HTML input through trafilatura."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

import claimx
from claimx.cli import main
from claimx.evaluation.furniture import evaluate_pages, read_pages
from claimx.lexicons import make_lexicons
from claimx.text.furniture import BLOCK_RULES, LINE_RULES, find_furniture, split_lines
from claimx.text.html import MISSING_HTML, html_to_text

PAGES = Path(__file__).parent / "data" / "pages"
LEXICONS = make_lexicons()
BODY = (
    "The county board approved a new budget on Tuesday after a long debate.",
    "Board chair Ellen Park said the plan would keep every library open.",
    "“Nobody loses a branch this year,” Park said.",
)


def _rules(text: str) -> dict[str, str]:
    """{line text: rule id} of the furniture lines of ``text``."""
    return {text[f.start_char : f.end_char]: f.rule for f in find_furniture(text, LEXICONS)}


def _page(*furniture_lines: str, after: tuple[str, ...] = ()) -> str:
    return "\n\n".join(("Board passes budget", *BODY, *furniture_lines, *after)) + "\n"


# --- line rules -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("3 hrs ago", "furniture.timestamp"),
        ("1 day ago", "furniture.timestamp"),
        ("Updated 6:40 PM EDT, March 3, 2025", "furniture.timestamp"),
        ("Published 9:15 a.m. ET Nov. 12, 2024", "furniture.timestamp"),
        ("Copyright © 2025 The Valley News. All rights reserved.", "furniture.copyright"),
        ("A crew repairs the road on Monday. (AP Photo/Lee Grant)", "furniture.credit"),
        ("(Photo by Lee Grant/Getty Images)", "furniture.credit"),
        ("The library on Main Street. Photo: Lee Grant/Valley News", "furniture.credit"),
        ("By Ellen Park and Tom Reed, Valley News", "furniture.byline"),
        ("Posted by Tom Reed", "furniture.byline"),
        ("JimR 2 hours ago", "furniture.signed_stamp"),
        ("Ana Reyes · 3h ago", "furniture.signed_stamp"),
        ("Most Read", "furniture.section"),
        ("Advertisement", "furniture.interface"),
        ("Read more: Library hours to change in spring", "furniture.interface"),
        ("Sign up for our morning newsletter and get the news in your inbox.", "furniture.interface"),
        ("Got a tip? We want to hear from you.", "furniture.interface"),
        ("Valley roads...", "furniture.truncated"),
        ("Valley News", "furniture.label"),
        ("Tue 3 Mar 2025 06.00 GMT", "furniture.timestamp"),  # a British time with a dot, beside a date
        ("Ellen Park Education correspondent", "furniture.byline"),  # a byline with no "By": a name, a desk, a role
        ("Tom Reed, Staff writer", "furniture.byline"),
        ("Correction, March 12, 2025: An earlier version of this article said the branch had closed. It is open.", "furniture.note"),
        ("An earlier version of this story gave the wrong date for the vote.", "furniture.note"),
    ],
)
def test_line_rule_marks_its_shape(line: str, rule: str) -> None:
    assert _rules(_page(line)) == {line: rule}


@pytest.mark.parametrize(
    "line",
    [
        "The mayor said the two sides had met 3 times in 10 days.",  # numbers, but a sentence
        "1",  # a list's item number is no time stamp
        "By the end of the year, the board said, every branch would have new computers.",
        "The photo agency Getty Images said on Monday it would cut jobs.",
        "Readers who sign up for the program get a free card, the library said.",  # no "you"
        "“We are not done...” she said, and the hearing ended.",
        "Reed left 2 hours ago.",  # a sentence with a relative time
        "The vote was two days ago",  # lowercase words before the stamp: no signature
        "The board said 3.25 million people used a library last year.",  # a decimal, not a time
        "Update: The board said on Friday that two more branches would open on Sundays.",  # the story's own news
        "Correction officers said the county jail was short of staff.",  # no colon: a sentence
        "Correction, she said, was the board's job.",
        # a clarification restates the story's claim as it now stands (PolNeAR annotates one); a correction reports the error
        "Clarification: This story has been changed to reflect that Park wants a vote on the branch hours.",
    ],
)
def test_line_rule_leaves_article_sentences(line: str) -> None:
    assert _rules(_page(line, after=BODY)) == {}


def test_sentences_with_a_source_tag_are_prose_not_headlines() -> None:
    roundup = ("-Jo Hart finds that turnout fell in rural counties. [Gazette]", "-Sam Reed says the count will take a week. [Valley News]")
    assert _rules(_page(*roundup, after=BODY)) == {}


def test_rule_tables_name_every_rule_once() -> None:
    ids = [rule_id for rule_id, _ in LINE_RULES + BLOCK_RULES]
    assert len(ids) == len(set(ids)) and all(rule_id.startswith("furniture.") for rule_id in ids)


# --- block rules ------------------------------------------------------------------------------


def test_teaser_block_of_other_stories_is_furniture_summary_included() -> None:
    teaser = ("Valley News", "Council delays vote on new parking rules", "The council said Monday it needed more time to study the plan.", "2 days ago")
    marks = _rules(_page(*teaser))
    assert set(marks) == set(teaser)
    assert marks["The council said Monday it needed more time to study the plan."] == "furniture.teaser"


def test_list_of_headlines_and_colon_label_headline_are_furniture() -> None:
    marks = _rules(_page("Sheriff: Two held after break-in at school", "Rain expected to last through the weekend"))
    assert marks == {"Sheriff: Two held after break-in at school": "furniture.headlines", "Rain expected to last through the weekend": "furniture.headlines"}
    assert _rules(_page("Sheriff: Two held after break-in at school", after=BODY)) == {
        "Sheriff: Two held after break-in at school": "furniture.colon_label"
    }


def test_section_heading_starts_a_zone_that_ends_where_the_article_resumes() -> None:
    text = _page("Related:", "Mayor: Parks will stay open late", "Library adds Sunday hours", after=BODY[:2])
    marks = _rules(text)
    assert marks["Related:"] == "furniture.section" and marks["Library adds Sunday hours"] == "furniture.zone"
    assert not set(BODY) & set(marks)  # the two paragraphs after the list are the article's again


def test_live_blog_entries_between_time_stamps_stay_the_article() -> None:
    entries = (
        "10:42",
        "The harbour master said the ferry would not sail before noon because of the fog.",
        "10:15",
        "Posted by Ana Reyes",
        "Coastguard officers told passengers that the bay was closed to small boats.",
        "09:58 GMT",
        "A spokesman for the ferry line said refunds would be paid within a week.",
    )
    marks = _rules("\n\n".join(("Fog closes harbour: live updates", *entries)))
    assert not {line for line in entries if len(line.split()) > 6} & set(marks)  # every entry's prose is body
    assert [marks[line] for line in ("10:42", "10:15", "Posted by Ana Reyes", "09:58 GMT")] == ["furniture.entry_time"] * 4
    claims = claimx.extract("\n\n".join(entries))
    assert {c.speaker.name for c in claims if c.speaker} >= {"the harbour master", "Coastguard officers"}


def test_one_clock_stamp_is_no_live_blog_so_a_teaser_stays_furniture() -> None:
    teaser = ("Valley News", "Council delays vote on new parking rules", "The council said it needed more time to study the plan.", "14:05")
    marks = _rules(_page(*teaser))
    assert marks["The council said it needed more time to study the plan."] == "furniture.teaser"
    assert marks["14:05"] == "furniture.timestamp"
    assert _rules(_page("10:42", BODY[0], "10:15", BODY[1]))["10:42"] == "furniture.entry_time"
    off = find_furniture(_page("10:42", BODY[0], "10:15", BODY[1]), LEXICONS, disabled=frozenset({"furniture.entry_time"}))
    assert {f.rule for f in off} == {"furniture.timestamp", "furniture.teaser"}  # switched off: read as teasers again


def test_reader_comment_under_a_signed_stamp_is_furniture() -> None:
    comment = "The board promised the same thing last year and nothing changed."
    marks = _rules(_page("Comments", "JimR 2 hours ago", comment, "Reply"))
    assert marks["JimR 2 hours ago"] == "furniture.signed_stamp" and marks[comment] == "furniture.teaser"


def test_pull_quote_repeating_the_body_is_furniture_and_gives_no_second_claim() -> None:
    pull = "“Nobody loses a branch this year”"
    marks = _rules(_page(pull, after=("The board will meet again in May.",)))
    assert marks == {pull: "furniture.pull_quote"}
    headline = "'Nobody loses a branch'"  # a live-blog entry's headline, single marks, before the words it takes
    assert _rules("\n\n".join(("Board passes budget", BODY[0], headline, *BODY[1:])))[headline] == "furniture.pull_quote"
    claims = claimx.extract(_page(pull, after=("The board will meet again in May.",)))
    assert sum("Nobody loses a branch" in c.text for c in claims) == 1


@pytest.mark.parametrize(
    "line",
    [
        "“We will keep every branch open, and we will hire more staff.”",  # a quotation paragraph carrying on: repeats nothing
        "“Nobody loses”",  # too short to be sure it repeats
    ],
)
def test_quotation_paragraph_that_repeats_no_line_is_no_pull_quote(line: str) -> None:
    assert _rules(_page(line, after=BODY)) == {}


def test_headline_repeated_at_the_foot_and_caption_preview() -> None:
    caption = "Board members listen to residents during a hearing on the budget at the county building"
    text = "\n\n".join(("Board passes budget", caption + " ...", caption + ". (AP Photo/Lee Grant)", *BODY, "Board passes budget"))
    marks = _rules(text)
    assert marks[caption + " ..."] == "furniture.preview"
    assert list(marks.values()).count("furniture.repeated") == 1  # the foot's copy, not the page's headline


def test_page_headline_and_a_plain_article_are_not_furniture() -> None:
    text = "\n\n".join(("County board: Budget keeps every library open", *BODY, "Subheads such as this one stay", *BODY))
    assert _rules(text) == {}
    assert find_furniture(" ".join(BODY), LEXICONS) == []  # one line: no layout to read


def test_rules_are_switched_off_by_id() -> None:
    text = _page("3 hrs ago", "Advertisement")
    assert set(_rules(text).values()) == {"furniture.timestamp", "furniture.interface"}
    assert [f.rule for f in find_furniture(text, LEXICONS, disabled=frozenset({"furniture.timestamp"}))] == ["furniture.interface"]
    assert find_furniture(text, LEXICONS, disabled=frozenset({"furniture"})) == []


def test_split_lines_offsets_point_into_the_text() -> None:
    text = "  Headline here \n\n\tBody line.\n"
    assert [(line.text, text[line.start_char : line.end_char]) for line in split_lines(text)] == [
        ("Headline here", "Headline here"),
        ("Body line.", "Body line."),
    ]


# --- claims -----------------------------------------------------------------------------------

SIGNUP_PAGE = "\n\n".join(
    (
        "Board passes budget",
        *BODY,
        "Sign up for our newsletter. We promise we will never share your email, you can leave at any time.",
        "Valley News",
        "Council delays vote on parking rules",
        "Council member Jo Hart said the plan needed more study.",
        "2 days ago",
    )
)


def test_claims_on_furniture_are_left_out_and_kept_marked_on_request() -> None:
    body_only = claimx.extract("\n\n".join(("Board passes budget", *BODY)))
    claims = claimx.extract(SIGNUP_PAGE)
    assert [c.text for c in claims] == [c.text for c in body_only]
    assert all(c.furniture is None for c in claims)
    kept = claimx.extract(SIGNUP_PAGE, keep_furniture=True)
    extra = [c for c in kept if c.furniture is not None]
    assert extra and {c.furniture for c in extra} <= {rule_id for rule_id, _ in LINE_RULES + BLOCK_RULES} | {"furniture.zone"}
    assert any("needed more study" in c.text for c in extra)
    assert [c for c in kept if c.furniture is None] == claims


def test_a_speaker_named_in_furniture_is_no_antecedent_for_the_article() -> None:
    text = "\n\n".join(
        (
            "Board passes budget",
            "Board chair Tom Reed said the plan would keep every library open.",
            "Valley News",
            "Council member Sam Ortiz quits after ten years",
            "Ortiz said he would spend more time with his family.",
            "2 days ago",
            "He also said the board would meet again in May.",
        )
    )
    last = claimx.extract(text)[-1]
    assert last.text == "the board would meet again in May" and last.speaker is not None and last.speaker.name == "Tom Reed"
    teaser = next(c for c in claimx.extract(text, keep_furniture=True) if c.furniture is not None)
    assert teaser.speaker is not None and teaser.speaker.name == "Sam Ortiz"  # kept claims still get their speaker


def test_component_config_keeps_furniture_in_doc_claims() -> None:
    import spacy

    nlp = spacy.load(_model_name())
    nlp.add_pipe("claimx_paragraphs", before="parser")
    nlp.add_pipe("claimx", config={"keep_furniture": True})
    doc = nlp(SIGNUP_PAGE)
    assert any(c.furniture is not None for c in doc._.claims)
    nlp.remove_pipe("claimx")
    nlp.add_pipe("claimx", config={"disabled_rules": ["furniture"]})
    assert all(c.furniture is None for c in nlp(SIGNUP_PAGE)._.claims)
    assert any("needed more study" in c.text for c in nlp(SIGNUP_PAGE)._.claims)  # rules off: nothing left out


def _model_name() -> str:
    import spacy

    return next(name for name in claimx.api.DEFAULT_MODELS if spacy.util.is_package(name))


def test_page_set_has_no_furniture_claims_and_keeps_every_body_claim() -> None:
    report = evaluate_pages(PAGES)
    assert len(report.pages) == 11
    assert report.furniture_claims == 0, report.summary()
    assert report.body_kept == report.body_claims > 0, report.summary()
    assert not any(page.speaker_changed for page in report.pages), report.summary()
    assert not any(page.required_missing for page in report.pages), report.summary()
    with_furniture = evaluate_pages(PAGES, keep_furniture=True)
    assert with_furniture.furniture_share > 0.2  # the set does hold furniture claims to remove


def test_page_set_body_lines_are_on_their_pages(tmp_path: Path) -> None:
    assert all(page["text"] for page in read_pages(PAGES))
    (tmp_path / "pages.json").write_text(json.dumps({"pages": [{"file": "a.txt", "body": ["Not there"]}]}), encoding="utf-8")
    (tmp_path / "a.txt").write_text("Something else.\n", encoding="utf-8")
    with pytest.raises(ValueError, match="no line starts with"):
        read_pages(tmp_path)


def test_cli_keep_furniture_and_evaluate_furniture(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    page = tmp_path / "page.txt"
    page.write_text(SIGNUP_PAGE, encoding="utf-8")
    assert main(["extract", str(page), "-q"]) == 0
    plain = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert main(["extract", str(page), "-q", "--keep-furniture"]) == 0
    kept = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert len(kept) > len(plain) and all(r["furniture"] is None for r in plain)
    assert main(["evaluate", "furniture", str(PAGES)]) == 0
    assert "furniture claims: 0 of" in capsys.readouterr().out


# --- HTML -------------------------------------------------------------------------------------

PAGE_HTML = """<html><head><title>Board passes budget</title></head><body>
<nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sports">Sports</a></nav>
<article><h1>Board passes budget</h1>
<p>The county board approved a new budget on Tuesday after a long debate over library hours.</p>
<p>Board chair Ellen Park said the plan would keep every library open through next year.</p>
<p>“Nobody loses a branch this year,” Park said after the vote, which ended a month of hearings.</p>
</article>
<footer>Copyright 2025 Valley News. All rights reserved.</footer></body></html>"""


def test_html_without_trafilatura_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "trafilatura", None)  # import fails as if not installed
    with pytest.raises(ImportError, match=r"claimx\[html\]"):
        claimx.extract_html(PAGE_HTML)
    assert "claimx[html]" in MISSING_HTML
    with pytest.raises(TypeError, match="str or bytes"):
        html_to_text(42)  # type: ignore[arg-type]


def test_extract_html_returns_the_text_its_offsets_point_into() -> None:
    pytest.importorskip("trafilatura")
    text, claims = claimx.extract_html(PAGE_HTML)
    assert "Home" not in text and "All rights reserved" not in text
    assert claims and all(text[c.start : c.end] == c.text for c in claims)
    assert any(c.speaker is not None and c.speaker.name == "Ellen Park" for c in claims)
    assert claimx.extract_html("") == ("", [])
    assert claimx.extract_html(PAGE_HTML).text == text  # the same page read again gives the same text


def test_cli_reads_html_files_by_suffix_and_jsonl_with_flag(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pytest.importorskip("trafilatura")
    page = tmp_path / "page.html"
    page.write_text(PAGE_HTML, encoding="utf-8")
    assert main(["extract", str(page), "-q"]) == 0
    from_file = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    text, claims = claimx.extract_html(PAGE_HTML)
    assert [r["text"] for r in from_file] == [c.text for c in claims]
    corpus = tmp_path / "pages.jsonl"
    corpus.write_text(json.dumps({"id": "p1", "text": PAGE_HTML}) + "\n", encoding="utf-8")
    assert main(["extract", str(corpus), "-q", "--html"]) == 0
    from_jsonl = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [r["text"] for r in from_jsonl] == [c.text for c in claims] and {r["doc_id"] for r in from_jsonl} == {"p1"}


def test_cli_reads_html_pages_in_folders_as_pages(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pytest.importorskip("trafilatura")
    root = tmp_path / "crawl"
    (root / "2025").mkdir(parents=True)
    (root / "2025" / "budget.HTM").write_text(PAGE_HTML, encoding="utf-8")
    (root / "notes.md").write_text("Park said nothing here counts.", encoding="utf-8")
    (root / "story.txt").write_text("The mayor said the bridge would reopen in May.", encoding="utf-8")
    assert main(["extract", str(root), "-q"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    by_doc: dict[str, list[str]] = {}
    for r in rows:
        by_doc.setdefault(Path(r["doc_id"]).name, []).append(r["text"])
    assert by_doc["budget.HTM"] == [c.text for c in claimx.extract_html(PAGE_HTML).claims]  # read as a page, not as markup
    assert "story.txt" in by_doc and "notes.md" not in by_doc
