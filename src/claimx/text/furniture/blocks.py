"""Page furniture, a line among its neighbours: the block rules and the zones of other stories."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from .lines import HEADLINE_MAX_WORDS, HEADLINE_MIN_WORDS, Line

__all__ = ["BLOCK_RULES", "BlockRule", "ENTRY_TIME", "HEADLINE", "mark_live_blog", "mark_zones"]

# Prose this long (in lines) ends a block of other stories: the article has resumed.
PROSE_RUN = 3
# A live blog is a page with at least this many entries, each a time of day and the entry's prose.
LIVE_BLOG_MIN_ENTRIES = 2
# "14:05", "2:05pm", "14:05 GMT", "Posted at 9:40 a.m.": a time of day alone, an entry's stamp
_CLOCK_ONLY = re.compile(r"^(?:(?:posted|updated)(?: at)?\s+)?\d{1,2}:\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+[a-z]{2,4})?$")
# A pull quote repeats at least this many words of the body.
PULL_QUOTE_MIN_WORDS = 4
# A line that is one quotation and nothing else (folded: curly single marks are straight): '“A”', '"A."', "'A'"
_WHOLE_QUOTE = re.compile(r"""^(?:“([^“”"]+)”|"([^“”"]+)"|'((?:[^']|(?<=\w)'(?=\w))+)')[.!?]?$""")
# "Police: ...", "Report: ...": a short label and a colon before a headline
_COLON_LABEL = re.compile(r"^[A-Z][\w.'’&-]*(?: [A-Z][\w.'’&-]*){0,3}: \S")

# --- live blogs: the entries are the article --------------------------------------------------

# The mark of a live-blog entry's stamp (and of the byline right after it): furniture, but no fixed
# part of a teaser, so the entry's paragraph between two stamps stays the article's.
ENTRY_TIME = "furniture.entry_time"


# A short line between an entry's stamp and its prose (a byline, a name label) belongs to the entry.
ENTRY_HEAD_MAX_WORDS = 8
_ENTRY_HEADS = frozenset({None, "furniture.byline", "furniture.label"})


def mark_live_blog(lines: Sequence[Line], marks: list[str | None]) -> None:
    """On a live blog, re-mark each entry's time stamp (and a byline under it) as :data:`ENTRY_TIME`.

    A teaser of another story has its stamp beside a headline or summary; a live blog has a time
    of day alone on a line ("14:05") before each entry's prose, often several entries of one
    paragraph. Read as teaser anchors, those stamps would make every one-paragraph entry a teaser.
    A page is a live blog when :data:`LIVE_BLOG_MIN_ENTRIES` clock-only stamps each come right
    before a prose line (or before a short byline line and then prose).
    """
    entries = []
    for i, line in enumerate(lines):
        if marks[i] != "furniture.timestamp" or _CLOCK_ONLY.match(line.folded) is None:
            continue
        k = _neighbour(lines, marks, i, 1)
        head = [i]
        if k is not None and not lines[k].prose and lines[k].n_words <= ENTRY_HEAD_MAX_WORDS and marks[k] in _ENTRY_HEADS:
            head.append(k)  # "Posted by Sam Lee", "Jane Roe, in Leeds": the entry's byline
            k = _neighbour(lines, marks, k, 1)
        if k is not None and marks[k] is None and lines[k].prose:
            entries.extend(head)
    if sum(marks[i] == "furniture.timestamp" for i in entries) >= LIVE_BLOG_MIN_ENTRIES:
        for i in entries:
            if marks[i] is not None:
                marks[i] = ENTRY_TIME


# --- block rules: a line among its neighbours ------------------------------------------------

BlockRule = Callable[[Sequence[Line], int, list[str | None]], bool]
# Line rules whose lines are the fixed parts of a teaser block of other stories. A label alone
# ("Associated Press", a name) is one only beside a headline: a list of names with a paragraph
# on each (victims, candidates) is article prose.
_ANCHORS = frozenset({"furniture.timestamp", "furniture.signed_stamp", "furniture.truncated", "furniture.byline", "furniture.section", "furniture.preview"})
# Line rules whose lines a scraper drops anywhere in an article: looked past when asking what a line's neighbours are.
_TRANSPARENT = frozenset({"furniture.interface", "furniture.credit"})


def _neighbour(lines: Sequence[Line], marks: list[str | None], i: int, step: int) -> int | None:
    k = i + step
    while 0 <= k < len(lines) and marks[k] in _TRANSPARENT:
        k += step
    return k if 0 <= k < len(lines) else None


def _not_body(lines: Sequence[Line], marks: list[str | None], k: int | None) -> bool:
    """The page's edge, a furniture line, or a line that is no sentence (a headline), except the page's own headline."""
    if k is not None and marks[k] == HEADLINE:
        return False
    return k is None or marks[k] is not None or not lines[k].prose


def is_repeated(lines: Sequence[Line], i: int, marks: list[str | None]) -> bool:
    """A line that is no sentence repeating an earlier line word for word: the page's headline at its foot.

    A repeated sentence is left alone: live blogs and results pages repeat their boilerplate.
    """
    line = lines[i]
    return i > 0 and line.n_words >= 2 and not line.ends_sentence and any(lines[k].folded == line.folded for k in range(i))


def is_repeated_quote(lines: Sequence[Line], i: int, marks: list[str | None]) -> bool:
    """A line that is only a quotation, and whose words another, longer line of the page quotes: a
    pull quote set beside the body, or a live-blog entry's headline taken from the entry.

    The quotation stands alone, with no cue, so it would be read as a second claim (or the last
    speaker's) of words already reported where they were said. At least
    :data:`PULL_QUOTE_MIN_WORDS` words; a quotation paragraph that carries on a speaker's words
    repeats no other line, so it stays.
    """
    match = _WHOLE_QUOTE.match(lines[i].folded)
    if match is None:
        return False
    inner = next(group for group in match.groups() if group).strip(" ,.!?;:…")
    if len(inner.split()) < PULL_QUOTE_MIN_WORDS:
        return False
    said = re.compile(rf"(?<!\w){re.escape(inner)}(?!\w)")
    return any(k != i and len(line.folded) > len(lines[i].folded) and said.search(line.folded) for k, line in enumerate(lines))


def is_preview(lines: Sequence[Line], i: int, marks: list[str | None]) -> bool:
    """A caption or summary cut off with an ellipsis and given whole on the next line."""
    line = lines[i]
    if not line.truncated or i + 1 >= len(lines):
        return False
    cut = line.folded.rstrip(" .…")
    return len(cut) >= 20 and lines[i + 1].folded.startswith(cut)


def is_other_headline(lines: Sequence[Line], i: int, marks: list[str | None]) -> bool:
    """A headline in a list of headlines: two or more unpunctuated lines of headline length in a row
    ("Police: Man held after ...", "Judge rejects bid to ..."); never the page's own headline.
    """
    if i == 0 or not _headline_like(lines[i]):
        return False
    return any(
        k is not None and k > 0 and marks[k] in (None, "furniture.headlines", "furniture.colon_label") and _headline_like(lines[k])
        for k in (_neighbour(lines, marks, i, -1), _neighbour(lines, marks, i, 1))
    )


def is_colon_label_headline(lines: Sequence[Line], i: int, marks: list[str | None]) -> bool:
    """A "Source: claim" headline alone between other blocks, after the page's first line: a link to
    another story ("Report: ...", "Editor: Jane Doe"), not a sentence of the article.
    """
    line = lines[i]
    return i > 0 and not line.ends_sentence and line.n_words <= HEADLINE_MAX_WORDS and _COLON_LABEL.match(line.text) is not None


def is_teaser(lines: Sequence[Line], i: int, marks: list[str | None]) -> bool:
    """Part of a teaser of another story: a headline or a summary line between two lines that are no
    article prose, at least one of them a fixed part of a teaser (a time stamp, a kicker, a byline);
    or a headline (no sentence) beside a source label ("Associated Press").
    """
    if lines[i].n_words > 2 * HEADLINE_MAX_WORDS + 20:
        return False
    before, after = _neighbour(lines, marks, i, -1), _neighbour(lines, marks, i, 1)
    if not (_not_body(lines, marks, before) and _not_body(lines, marks, after)):
        return False
    if lines[i].prose and (before is None or after is None):
        return False  # a paragraph at the page's edge: the article's first or last
    if any(k is not None and marks[k] in _ANCHORS for k in (before, after)):
        return True
    if lines[i].prose:
        return False
    return any(k is not None and marks[k] == "furniture.label" for k in (before, after))


def _headline_like(line: Line) -> bool:
    return HEADLINE_MIN_WORDS <= line.n_words <= HEADLINE_MAX_WORDS and not line.ends_sentence and not line.truncated


BLOCK_RULES: tuple[tuple[str, BlockRule], ...] = (
    ("furniture.repeated", is_repeated),
    ("furniture.pull_quote", is_repeated_quote),
    ("furniture.preview", is_preview),
    ("furniture.headlines", is_other_headline),
    ("furniture.colon_label", is_colon_label_headline),
    ("furniture.teaser", is_teaser),
)

# The mark of the page's own headline while the block rules run: the article's, never furniture.
HEADLINE = "article.headline"
# Line rules after which the page's other stories follow, until the article's prose resumes.
_ZONE_STARTS = frozenset({"furniture.section", "furniture.copyright"})


def mark_zones(lines: Sequence[Line], marks: list[str | None]) -> None:
    """After a section heading or the copyright line, every line is furniture ("furniture.zone") until
    the article's prose resumes: a run of :data:`PROSE_RUN` prose lines, or of two that no fixed part
    of a teaser follows (a "Related:" list in the middle of an article ends where the article goes on).
    """
    i = 0
    while i < len(lines):
        if marks[i] not in _ZONE_STARTS:
            i += 1
            continue
        j = i + 1
        while j < len(lines):
            run = 0
            while j + run < len(lines) and marks[j + run] is None and lines[j + run].prose:
                run += 1
            if run >= PROSE_RUN or run >= 2 and not _teaser_follows(lines, marks, j + run):
                break
            for k in range(j, j + max(run, 1)):
                if marks[k] is None:
                    marks[k] = "furniture.zone"
            j += max(run, 1)
        i = j


def _teaser_follows(lines: Sequence[Line], marks: list[str | None], k: int) -> bool:
    while k < len(lines) and marks[k] in _TRANSPARENT:
        k += 1
    return k < len(lines) and marks[k] in _ANCHORS | {"furniture.label"}
